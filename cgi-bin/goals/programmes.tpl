{{%AUTOESCAPE context="HTML"}}
<section class="programmes">
<p><a href="/admin/users">← [[Users]]</a></p>
<h1>[[Programmes]]</h1>
<p class="hint">[[A programme is a service coaches work in. Each coach belongs to one; each participant gets a coach of it.]]</p>
{{#none}}<p class="muted">[[No programmes yet.]]</p>{{/none}}
{{#some}}<ul class="rows">
{{#programme}}<li>
<h2><a href="/coach/programmes/{{id}}" data-user-text>{{name}}</a></h2>
{{#has_description}}<p data-user-text>{{description}}</p>{{/has_description}}
<p class="meta">[[Coaches:]] {{coaches}} · [[Participants:]] {{participants}}</p>
</li>
{{/programme}}</ul>{{/some}}
<h2 id="new-title">[[New programme]]</h2>
{{>form_errors}}
<form method="post" action="/coach/programmes" aria-labelledby="new-title" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="name">[[Name]]</label>
<p class="hint" id="name-hint">[[At most {{name_max}} characters.]]</p>
<input id="name" name="name" value="{{name}}" required maxlength="{{name_max}}" aria-describedby="name-hint name-error"{{#name_invalid}} aria-invalid="true"{{/name_invalid}}>
<p class="error" id="name-error">{{name_error}}</p>
</div>
<div class="field">
<label for="description">[[Description (if you like)]]</label>
<p class="hint" id="description-hint">[[At most {{description_max}} characters.]]</p>
<textarea id="description" name="description" rows="3" maxlength="{{description_max}}" aria-describedby="description-hint description-error"{{#description_invalid}} aria-invalid="true"{{/description_invalid}}>{{description}}</textarea>
<p class="error" id="description-error">{{description_error}}</p>
</div>
<button type="submit">[[Make the programme]]</button>
</form>
</section>
{{>feedback_form}}
