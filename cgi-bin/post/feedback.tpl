{{%AUTOESCAPE context="HTML"}}
<section class="narrow">
{{#asking}}
<h1>[[Feedback to the team]]</h1>
<p>[[Tell us what is good, what could be better, or about something that does not work. The team behind Opbak reads everything.]]</p>
<p class="hint">[[Feedback goes to the team, not to the community. To tell the moderators about a post or a backing, use “Report” beside it. If you need help yourself, ask a support person.]]</p>
{{#anonymous}}<p class="hint">[[You are not logged in, so your feedback is anonymous and we cannot answer you.]]</p>{{/anonymous}}
{{#refused}}<p class="notice refused" role="alert">{{refused_message}}</p>{{/refused}}
{{>form_errors}}
<form method="post" action="/feedback" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
{{#goals_area}}<input type="hidden" name="area" value="goals">{{/goals_area}}
<fieldset class="field{{#kind_invalid}} invalid{{/kind_invalid}}" aria-describedby="kind-error">
<legend id="kind">[[What is it about?]]</legend>
{{#kind_option}}<div class="choice"><input type="radio" id="kind-{{value}}" name="kind" value="{{value}}"{{#checked}} checked{{/checked}}> <label for="kind-{{value}}">{{label}}</label></div>
{{/kind_option}}<p class="error" id="kind-error">{{kind_error}}</p>
</fieldset>
<div class="field">
<label for="body">[[Your feedback]]</label>
<p class="hint" id="body-hint">[[{{body_min}} to {{body_max}} characters.]]</p>
<textarea id="body" name="body" rows="8" required aria-describedby="body-hint body-error"{{#body_invalid}} aria-invalid="true"{{/body_invalid}}>{{body}}</textarea>
<p class="error" id="body-error">{{body_error}}</p>
</div>
<button type="submit">[[Send feedback]]</button>
</form>
{{/asking}}
{{#thanks}}
<h1>[[Thank you]]</h1>
<p class="notice ok" role="status">[[Your feedback has reached the team. It helps us make Opbak better.]]</p>
{{#back_home}}<p><a href="/">[[Back to the front page]]</a></p>{{/back_home}}
{{#back_goals}}<p><a href="/goals">[[Back to your goals]]</a></p>{{/back_goals}}
{{/thanks}}
</section>
