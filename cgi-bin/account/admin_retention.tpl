{{%AUTOESCAPE context="HTML"}}
<section class="narrow retention-form">
<p><a href="/admin/users">← [[Users]]</a></p>
<h1>[[How long Opbak keeps what]]</h1>
<p>[[The retention job deletes what is older than these periods, when the site starts and then once a day. Members read the same periods on their page Your data.]]</p>
{{#saved}}<p class="notice ok" role="status">[[Saved. The next run of the retention job uses the new periods.]]</p>{{/saved}}
{{>form_errors}}
<form method="post" action="/admin/retention" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
{{#rule}}<div class="field">
<label for="{{name}}">{{what}}</label>
<p class="hint" id="{{name}}-hint">[[A whole number of {{unit}} from {{min}} to {{max}}; {{dflt}} unless you change it. Now: {{how_long}}.]]</p>
<input id="{{name}}" name="{{name}}" value="{{value}}" inputmode="numeric" maxlength="12" required aria-describedby="{{name}}-hint {{name}}-error"{{#invalid}} aria-invalid="true"{{/invalid}}> <span class="unit">{{unit}}</span>
<p class="error" id="{{name}}-error">{{error}}</p>
</div>
{{/rule}}
<button type="submit">[[Save periods]]</button>
</form>
<h2>[[Fixed]]</h2>
<dl class="facts">
{{#fixed}}<dt>{{what}}</dt><dd>{{how_long}}</dd>
{{/fixed}}
</dl>
</section>
