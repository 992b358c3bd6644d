{{%AUTOESCAPE context="HTML"}}
<section class="indicator-page">
<p><a href="/goals/indicators">← [[How are you?]]</a></p>
<h1><span data-user-text>{{name}}</span></h1>
<form method="post" action="/goals/indicators/{{id}}/rate" class="scale">
<input type="hidden" name="csrf" value="{{csrf}}">
<input type="hidden" name="chart" value="1">
<fieldset>
<legend>[[How is it now? 1 is low, 5 is high.]]</legend>
<div class="scale-buttons">
{{#scale}}<button type="submit" name="rating" value="{{value}}"{{#current}} class="current"{{/current}}>{{value}}</button>{{/scale}}
</div>
</fieldset>
</form>
{{>indicators}}
<h2 id="share-title">[[Your coach]]</h2>
<form method="post" action="/goals/indicators/{{id}}/share" aria-labelledby="share-title">
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field check">
<input type="checkbox" id="shared" name="shared" value="1"{{#shared}} checked{{/shared}}>
<label for="shared">[[Let your coach see this trend]]</label>
<p class="hint">[[Only your coach sees it, and only while this is ticked.]]</p>
</div>
<button type="submit" class="secondary">[[Save]]</button>
</form>
<h2 id="delete-title">[[Delete]]</h2>
<form method="post" action="/goals/indicators/{{id}}/delete" aria-labelledby="delete-title">
<input type="hidden" name="csrf" value="{{csrf}}">
<p class="hint">[[This deletes the indicator and all its ratings. It cannot be undone.]]</p>
<button type="submit" class="danger">[[Delete this indicator]]</button>
</form>
{{>feedback_form}}
</section>
