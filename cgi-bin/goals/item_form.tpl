{{%AUTOESCAPE context="HTML"}}
{{! The fields of a goal item (item_form.c): the caller's <form> wraps them. }}
{{>form_errors}}
<div class="field">
<label for="title">[[Title]]</label>
<p class="hint" id="title-hint">[[A few words, at most {{title_max}} characters.]]</p>
<input id="title" name="title" value="{{title}}" required maxlength="{{title_max}}" aria-describedby="title-hint title-error"{{#title_invalid}} aria-invalid="true"{{/title_invalid}}>
<p class="error" id="title-error">{{title_error}}</p>
</div>
<div class="field">
<label for="description">[[Description (if you like)]]</label>
<p class="hint" id="description-hint">[[In plain words: what, and how you will know it is done. At most {{description_max}} characters.]]</p>
<textarea id="description" name="description" rows="4" maxlength="{{description_max}}" aria-describedby="description-hint description-error"{{#description_invalid}} aria-invalid="true"{{/description_invalid}}>{{description}}</textarea>
<p class="error" id="description-error">{{description_error}}</p>
</div>
<div class="field">
<label for="due_date">[[Date (if you like)]]</label>
<p class="hint" id="due_date-hint">[[Like 2026-05-31.]]</p>
<input id="due_date" name="due_date" type="date" value="{{due_date}}" min="{{year_min}}-01-01" max="{{year_max}}-12-31" aria-describedby="due_date-hint due_date-error"{{#due_date_invalid}} aria-invalid="true"{{/due_date_invalid}}>
<p class="error" id="due_date-error">{{due_date_error}}</p>
</div>
<div class="field">
<label for="due_time">[[Time (if you like)]]</label>
<p class="hint" id="due_time-hint">[[Like 09:30. Only with a date.]]</p>
<input id="due_time" name="due_time" type="time" value="{{due_time}}" aria-describedby="due_time-hint due_time-error"{{#due_time_invalid}} aria-invalid="true"{{/due_time_invalid}}>
<p class="error" id="due_time-error">{{due_time_error}}</p>
</div>
<div class="field">
<label for="remind">[[Reminder in your calendar]]</label>
<select id="remind" name="remind" aria-describedby="remind-error"{{#remind_invalid}} aria-invalid="true"{{/remind_invalid}}>
{{#remind_option}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>
{{/remind_option}}</select>
<p class="error" id="remind-error">{{remind_error}}</p>
</div>
