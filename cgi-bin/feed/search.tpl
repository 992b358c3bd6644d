{{%AUTOESCAPE context="HTML"}}
<h1>[[Search]]</h1>
{{>form_errors}}
<form method="get" action="/search" class="search" role="search">
<div class="field">
<label for="q">[[Search words]]</label>
<input id="q" name="q" type="search" value="{{q}}" maxlength="{{q_max}}" aria-describedby="q-error"{{#q_invalid}} aria-invalid="true"{{/q_invalid}}>
<p class="error" id="q-error">{{q_error}}</p>
</div>
<button type="submit">[[Search]]</button>
</form>
{{results:none}}
