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
<div class="field">
<label for="position-new">[[Order]]</label>
<input id="position-new" name="position" value="{{position}}" inputmode="numeric" aria-describedby="position-new-error"{{#position_invalid}} aria-invalid="true"{{/position_invalid}}>
<p class="error" id="position-new-error">{{position_error}}</p>
</div>
<button type="submit">[[Add topic]]</button>
</form>
{{/new_topic}}
</section>
