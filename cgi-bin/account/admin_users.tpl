{{%AUTOESCAPE context="HTML"}}
<section>
<h1>[[Users]]</h1>
<p>[[Users]] · <a href="/admin/topics">[[Topics]]</a> · <a href="/coach/programmes">[[Programmes]]</a> · <a href="/admin/retention">[[Retention]]</a></p>
{{#changed}}<p class="notice ok" role="status">[[Role changed for]] {{q}}.</p>{{/changed}}
{{#rights_changed}}<p class="notice ok" role="status">[[Rights saved for]] {{q}}.</p>{{/rights_changed}}
{{>form_errors}}
<form method="get" action="/admin/users" class="search">
<div class="field">
<label for="q">[[Pseudonym starts with]]</label>
<input id="q" name="q" value="{{q}}" autocapitalize="none" spellcheck="false" aria-describedby="q-error"{{#q_invalid}} aria-invalid="true"{{/q_invalid}}>
<p class="error" id="q-error">{{q_error}}</p>
</div>
<button type="submit">[[Find]]</button>
</form>
{{#none}}<p>[[No users match.]]</p>{{/none}}
<ul class="rows">
{{#user}}
<li>
<form method="post" action="/admin/users/role" class="row">
<input type="hidden" name="csrf" value="{{csrf}}">
<input type="hidden" name="user" value="{{id}}">
<span class="who"><a href="/admin/users/{{id}}"><strong data-user-text>{{handle}}</strong></a> <span class="muted">[[since]] <time datetime="{{since_iso}}">{{since}}</time></span></span>
<label class="visually-hidden" for="role-{{id}}">[[Role of]] {{handle}}</label>
<select id="role-{{id}}" name="role">
{{#role}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/role}}
</select>
<button type="submit">[[Change role]]</button>
</form>
{{#rights}}<form method="post" action="/admin/users/rights" class="rights">
<input type="hidden" name="csrf" value="{{csrf}}">
<input type="hidden" name="user" value="{{id}}">
<fieldset>
<legend class="visually-hidden">[[Rights of]] {{handle}}</legend>
<label class="check"><input type="checkbox" name="moderate" value="1"{{#moderate}} checked{{/moderate}}> [[May moderate the community]]</label>
<label class="check"><input type="checkbox" name="lead" value="1"{{#lead}} checked{{/lead}}> [[Lead support person: reads every conversation]]</label>
</fieldset>
<button type="submit" class="secondary">[[Save rights]]</button>
</form>{{/rights}}
</li>
{{/user}}
</ul>
{{#more}}<p><a href="/admin/users?q={{q_url}}&amp;before={{next_before}}">[[Older users]]</a></p>{{/more}}
</section>
