{{%AUTOESCAPE context="HTML"}}
{{! "Tell us what would help", on every goals page (feedback.c). Ids are
    prefixed so they never meet the page's own form fields. }}
<details class="goals-feedback">
<summary>[[Tell us what would help]]</summary>
<form method="post" action="/feedback" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<input type="hidden" name="area" value="goals">
<p class="hint">[[Your words go to the team that makes this service, not to your coach. We read everything.]]</p>
<fieldset class="field">
<legend>[[What is it about?]]</legend>
{{#kind_option}}<div class="choice"><input type="radio" id="feedback-kind-{{value}}" name="kind" value="{{value}}"{{#checked}} checked{{/checked}}> <label for="feedback-kind-{{value}}">{{label}}</label></div>
{{/kind_option}}</fieldset>
<div class="field">
<label for="feedback-body">[[Your feedback]]</label>
<p class="hint" id="feedback-body-hint">[[{{body_min}} to {{body_max}} characters.]]</p>
<textarea id="feedback-body" name="body" rows="4" aria-describedby="feedback-body-hint"></textarea>
</div>
<button type="submit" class="secondary">[[Send to the team]]</button>
</form>
</details>
