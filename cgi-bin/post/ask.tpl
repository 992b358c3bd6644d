{{%AUTOESCAPE context="HTML"}}
<section class="write">
{{#about_post}}<p><a href="/p/{{post}}">← [[Back to your post]]</a></p>{{/about_post}}
<h1>[[Ask a support person]]</h1>
<p>[[Support persons are trained adults who have lived through a lot themselves. They answer you personally, here on Opbak.]] <a href="/support">[[Meet the support persons]]</a></p>
{{#about_post}}<p>[[Your question is about your post “{{post_title}}”. The support person can read it.]]</p>{{/about_post}}
{{#refused}}<p class="notice refused" role="alert">{{refused_message}}</p>{{/refused}}
{{>form_errors}}
<form method="post" action="/post/ask" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
{{#about_post}}<input type="hidden" name="post" value="{{post}}">{{/about_post}}
<fieldset class="field{{#counsellor_invalid}} invalid{{/counsellor_invalid}}" aria-describedby="counsellor-error">
<legend id="counsellor">[[Who would you like to ask?]]</legend>
<div class="choice"><input type="radio" id="counsellor-any" name="counsellor" value="any"{{#any_checked}} checked{{/any_checked}}> <label for="counsellor-any">[[The first support person available]]</label></div>
{{#counsellor_option}}<div class="choice"><input type="radio" id="counsellor-{{handle}}" name="counsellor" value="{{handle}}"{{#checked}} checked{{/checked}} aria-describedby="experience-{{handle}}"> <label for="counsellor-{{handle}}">{{handle}}</label>
<p class="hint experience" id="experience-{{handle}}">{{experience}}</p></div>
{{/counsellor_option}}<p class="error" id="counsellor-error">{{counsellor_error}}</p>
</fieldset>
<div class="field">
<label for="subject">[[Subject]]</label>
<p class="hint" id="subject-hint">[[What it is about, in a few words: {{subject_min}} to {{subject_max}} characters.]]</p>
<input id="subject" name="subject" value="{{subject}}" required minlength="{{subject_min}}" maxlength="{{subject_max}}" aria-describedby="subject-hint subject-error"{{#subject_invalid}} aria-invalid="true"{{/subject_invalid}}>
<p class="error" id="subject-error">{{subject_error}}</p>
</div>
<div class="field">
<label for="body">[[Your question]]</label>
<p class="hint" id="body-hint">[[Write what you would like help with, {{body_min}} to {{body_max}} characters. Leave out your full name, phone number and address.]]</p>
<textarea id="body" name="body" rows="8" required aria-describedby="body-hint body-error"{{#body_invalid}} aria-invalid="true"{{/body_invalid}}>{{body}}</textarea>
<p class="error" id="body-error">{{body_error}}</p>
</div>
<div class="field">
<label class="check"><input type="checkbox" name="allow_publish" value="1" aria-describedby="publish-hint"{{#allow_publish_checked}} checked{{/allow_publish_checked}}> [[You may publish my question and its answer anonymously later]]</label>
<p class="hint" id="publish-hint">[[Others may learn from it. Before it is published, a support person removes your pseudonym and anything that could tell who you are.]]</p>
</div>
<button type="submit">[[Send question]]</button>
</form>
</section>
