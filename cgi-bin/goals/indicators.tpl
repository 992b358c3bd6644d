{{%AUTOESCAPE context="HTML"}}
<section class="indicators">
<p><a href="/goals">← [[Today]]</a></p>
<h1>[[How are you?]]</h1>
<p>[[Rate how you feel, from 1 (low) to 5 (high), as often as you like. Over time you see how it changes.]]</p>
{{#problem}}<p class="notice refused" role="alert">{{message}}</p>{{/problem}}
{{#indicator}}
<section class="indicator" id="indicator-{{id}}" aria-labelledby="indicator-{{id}}-name">
<h2 id="indicator-{{id}}-name"><span data-user-text>{{name}}</span></h2>
{{#has_latest}}<p class="meta">[[Last time:]] <strong>{{latest}}</strong> · <time datetime="{{latest_when_iso}}">{{latest_when}}</time></p>{{/has_latest}}
<form method="post" action="/goals/indicators/{{id}}/rate" class="scale">
<input type="hidden" name="csrf" value="{{csrf}}">
<fieldset>
<legend>[[How is it now? 1 is low, 5 is high.]]</legend>
<div class="scale-buttons">
{{#scale}}<button type="submit" name="rating" value="{{value}}"{{#current}} class="current"{{/current}}>{{value}}</button>{{/scale}}
</div>
</fieldset>
</form>
<p><a href="/goals/indicators/{{id}}">[[See the trend]]</a></p>
</section>
{{/indicator}}
{{#none}}
<p>[[You have no indicators yet. Start with one of these, or make your own.]]</p>
<div class="suggestions">
{{#suggestion}}<form method="post" action="/goals/indicators"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="name" value="{{name}}"><button type="submit" class="secondary">{{name}}</button></form>{{/suggestion}}
</div>
{{/none}}
{{#can_create}}
{{>form_errors}}
<h2 id="new-indicator">[[A new indicator]]</h2>
<form method="post" action="/goals/indicators" aria-labelledby="new-indicator" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="name">[[What do you want to rate?]]</label>
<p class="hint" id="name-hint">[[For example energy, mood or sleep. At most {{name_max}} characters.]]</p>
<input id="name" name="name" value="{{name}}" required maxlength="{{name_max}}" aria-describedby="name-hint name-error"{{#name_invalid}} aria-invalid="true"{{/name_invalid}}>
<p class="error" id="name-error">{{name_error}}</p>
</div>
<button type="submit">[[Add]]</button>
</form>
{{/can_create}}
{{#full}}<p class="notice">[[You have {{indicators_max}} indicators, the most you can have. Delete one you no longer use to make a new one.]]</p>{{/full}}
{{>feedback_form}}
</section>
