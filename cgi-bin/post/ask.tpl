{{%AUTOESCAPE context="HTML"}}
<section class="write">
{{#asking}}
{{#about_post}}<p><a href="/p/{{post}}">← [[Back to your post]]</a></p>{{/about_post}}
<h1>[[Ask a support person]]</h1>
<p>[[Support persons are trained adults who have lived through a lot themselves. They answer you personally, here on Opbak.]]</p>
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
<label for="body">[[Your question]]</label>
<p class="hint" id="body-hint">[[Write what you would like help with, {{body_min}} to {{body_max}} characters. Leave out your full name, phone number and address.]]</p>
<textarea id="body" name="body" rows="8" required aria-describedby="body-hint body-error"{{#body_invalid}} aria-invalid="true"{{/body_invalid}}>{{body}}</textarea>
<p class="error" id="body-error">{{body_error}}</p>
</div>
<button type="submit">[[Send question]]</button>
</form>
{{/asking}}
{{#sent}}
<h1>[[Your question is sent]]</h1>
<p class="notice ok" role="status">[[A support person will read it and answer you here on Opbak. It can take a little while, especially at night.]]</p>
{{#help}}
<aside class="crisis" aria-labelledby="help-title">
<h2 id="help-title">[[If you need someone right now]]</h2>
<p>[[It sounds like things are really hard. You do not have to wait for us: you can talk to someone right now, for free and without giving your name.]]</p>
<ul>
<li>[[Denmark:]] <span lang="da">Livslinien</span> <a class="tel" href="tel:+4570201201">70 201 201</a> · <span lang="da">Børns Vilkår, BørneTelefonen</span> <a class="tel" href="tel:116111">116 111</a></li>
<li>[[Sweden:]] <span lang="sv">Mind Självmordslinjen</span> <a class="tel" href="tel:90101">90101</a> · BRIS <a class="tel" href="tel:116111">116 111</a></li>
<li>[[If you are in danger right now, call]] <a class="tel" href="tel:112">112</a>.</li>
</ul>
</aside>
{{/help}}
<p><a href="/">[[Back to the front page]]</a></p>
{{/sent}}
</section>
