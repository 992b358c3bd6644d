{{%AUTOESCAPE context="HTML"}}
<section>
<h1>[[Topics]]</h1>
<p><a href="/admin/users">[[Users]]</a> · [[Topics]]</p>
{{#saved}}<p class="notice ok" role="status">[[The topic is saved.]]</p>{{/saved}}
{{#topic}}
<form method="post" action="/admin/topics" class="card">
<input type="hidden" name="csrf" value="{{csrf}}">
<input type="hidden" name="id" value="{{id}}">
<h2>/t/{{slug}}</h2>
{{>form_errors}}
<div class="field">
<label for="name-{{id}}">[[Name]]</label>
<input id="name-{{id}}" name="name" value="{{name}}" maxlength="60" aria-describedby="name-{{id}}-error"{{#name_invalid}} aria-invalid="true"{{/name_invalid}}>
<p class="error" id="name-{{id}}-error">{{name_error}}</p>
</div>
<div class="field">
<label for="description-{{id}}">[[Description]]</label>
<input id="description-{{id}}" name="description" value="{{description}}" maxlength="300" aria-describedby="description-{{id}}-error"{{#description_invalid}} aria-invalid="true"{{/description_invalid}}>
<p class="error" id="description-{{id}}-error">{{description_error}}</p>
</div>
<p class="hint" id="languages-{{id}}-hint">[[Danish and Swedish left empty show the name and description above.]]</p>
<div class="field">
<label for="name_da-{{id}}">[[Name in Danish]]</label>
<input id="name_da-{{id}}" name="name_da" value="{{name_da}}" maxlength="60" lang="da" aria-describedby="languages-{{id}}-hint name_da-{{id}}-error"{{#name_da_invalid}} aria-invalid="true"{{/name_da_invalid}}>
<p class="error" id="name_da-{{id}}-error">{{name_da_error}}</p>
</div>
<div class="field">
<label for="description_da-{{id}}">[[Description in Danish]]</label>
<input id="description_da-{{id}}" name="description_da" value="{{description_da}}" maxlength="300" lang="da" aria-describedby="languages-{{id}}-hint description_da-{{id}}-error"{{#description_da_invalid}} aria-invalid="true"{{/description_da_invalid}}>
<p class="error" id="description_da-{{id}}-error">{{description_da_error}}</p>
</div>
<div class="field">
<label for="name_sv-{{id}}">[[Name in Swedish]]</label>
<input id="name_sv-{{id}}" name="name_sv" value="{{name_sv}}" maxlength="60" lang="sv" aria-describedby="languages-{{id}}-hint name_sv-{{id}}-error"{{#name_sv_invalid}} aria-invalid="true"{{/name_sv_invalid}}>
<p class="error" id="name_sv-{{id}}-error">{{name_sv_error}}</p>
</div>
<div class="field">
<label for="description_sv-{{id}}">[[Description in Swedish]]</label>
<input id="description_sv-{{id}}" name="description_sv" value="{{description_sv}}" maxlength="300" lang="sv" aria-describedby="languages-{{id}}-hint description_sv-{{id}}-error"{{#description_sv_invalid}} aria-invalid="true"{{/description_sv_invalid}}>
<p class="error" id="description_sv-{{id}}-error">{{description_sv_error}}</p>
</div>
<div class="field">
<label for="position-{{id}}">[[Order]]</label>
<input id="position-{{id}}" name="position" value="{{position}}" inputmode="numeric" aria-describedby="position-{{id}}-error"{{#position_invalid}} aria-invalid="true"{{/position_invalid}}>
<p class="error" id="position-{{id}}-error">{{position_error}}</p>
</div>
<button type="submit">[[Save]]</button>
</form>
{{/topic}}
{{#new_topic}}
<form method="post" action="/admin/topics" class="card">
<input type="hidden" name="csrf" value="{{csrf}}">
<h2>[[New topic]]</h2>
{{>form_errors}}
<div class="field">
<label for="slug-new">[[Address]]</label>
<p class="hint" id="slug-new-hint">[[Lower-case letters, digits and -, e.g. money-and-debt. It cannot be changed later.]]</p>
<input id="slug-new" name="slug" value="{{slug}}" maxlength="40" aria-describedby="slug-new-hint slug-new-error"{{#slug_invalid}} aria-invalid="true"{{/slug_invalid}}>
<p class="error" id="slug-new-error">{{slug_error}}</p>
</div>
<div class="field">
<label for="name-new">[[Name]]</label>
<input id="name-new" name="name" value="{{name}}" maxlength="60" aria-describedby="name-new-error"{{#name_invalid}} aria-invalid="true"{{/name_invalid}}>
<p class="error" id="name-new-error">{{name_error}}</p>
</div>
<div class="field">
<label for="description-new">[[Description]]</label>
<input id="description-new" name="description" value="{{description}}" maxlength="300" aria-describedby="description-new-error"{{#description_invalid}} aria-invalid="true"{{/description_invalid}}>
<p class="error" id="description-new-error">{{description_error}}</p>
</div>
<p class="hint" id="languages-new-hint">[[Danish and Swedish left empty show the name and description above.]]</p>
<div class="field">
<label for="name_da-new">[[Name in Danish]]</label>
<input id="name_da-new" name="name_da" value="{{name_da}}" maxlength="60" lang="da" aria-describedby="languages-new-hint name_da-new-error"{{#name_da_invalid}} aria-invalid="true"{{/name_da_invalid}}>
<p class="error" id="name_da-new-error">{{name_da_error}}</p>
</div>
<div class="field">
<label for="description_da-new">[[Description in Danish]]</label>
<input id="description_da-new" name="description_da" value="{{description_da}}" maxlength="300" lang="da" aria-describedby="languages-new-hint description_da-new-error"{{#description_da_invalid}} aria-invalid="true"{{/description_da_invalid}}>
<p class="error" id="description_da-new-error">{{description_da_error}}</p>
</div>
<div class="field">
<label for="name_sv-new">[[Name in Swedish]]</label>
<input id="name_sv-new" name="name_sv" value="{{name_sv}}" maxlength="60" lang="sv" aria-describedby="languages-new-hint name_sv-new-error"{{#name_sv_invalid}} aria-invalid="true"{{/name_sv_invalid}}>
<p class="error" id="name_sv-new-error">{{name_sv_error}}</p>
</div>
<div class="field">
<label for="description_sv-new">[[Description in Swedish]]</label>
<input id="description_sv-new" name="description_sv" value="{{description_sv}}" maxlength="300" lang="sv" aria-describedby="languages-new-hint description_sv-new-error"{{#description_sv_invalid}} aria-invalid="true"{{/description_sv_invalid}}>
<p class="error" id="description_sv-new-error">{{description_sv_error}}</p>
</div>
<div class="field">
<label for="position-new">[[Order]]</label>
<input id="position-new" name="position" value="{{position}}" inputmode="numeric" aria-describedby="position-new-error"{{#position_invalid}} aria-invalid="true"{{/position_invalid}}>
<p class="error" id="position-new-error">{{position_error}}</p>
</div>
<button type="submit">[[Add topic]]</button>
</form>
{{/new_topic}}
</section>
