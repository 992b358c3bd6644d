{{%AUTOESCAPE context="HTML"}}
<section class="checklists">
<p><a href="/goals">← [[Today]]</a></p>
<h1>[[Your checklists]]</h1>
<p>[[Small steps for your day: tick them off as you go.]]</p>
{{#problem}}<p class="notice refused" role="alert">{{message}}</p>{{/problem}}
{{#none}}<p>[[You have no checklists yet. A morning list is a good start: get up, shower, eat, take your medicine.]]</p>{{/none}}
<ul class="rows checklist-rows">
{{#checklist}}
<li><a href="/goals/checklists/{{id}}" class="checklist-link"><span data-user-text>{{title}}</span></a>
<span class="count">{{ticked}}/{{total}}</span>
<span class="meta">{{#daily}}[[starts again every day]]{{/daily}}{{#manual}}[[starts again when you reset it]]{{/manual}}</span>
{{#all_done}}<span class="meta">· [[all done]]</span>{{/all_done}}</li>
{{/checklist}}
</ul>
{{#can_create}}
{{>form_errors}}
<h2 id="new-checklist">[[A new checklist]]</h2>
<form method="post" action="/goals/checklists" aria-labelledby="new-checklist" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="title">[[Title]]</label>
<p class="hint" id="title-hint">[[For example "Morning". At most {{title_max}} characters.]]</p>
<input id="title" name="title" value="{{title}}" required maxlength="{{title_max}}" aria-describedby="title-hint title-error"{{#title_invalid}} aria-invalid="true"{{/title_invalid}}>
<p class="error" id="title-error">{{title_error}}</p>
</div>
<fieldset class="field">
<legend>[[When does it start again?]]</legend>
<p><input type="radio" id="reset-daily" name="reset" value="daily"{{#daily_checked}} checked{{/daily_checked}}> <label for="reset-daily">[[Every day: it is fresh each morning]]</label></p>
<p><input type="radio" id="reset-manual" name="reset" value="manual"{{#manual_checked}} checked{{/manual_checked}}> <label for="reset-manual">[[When I reset it]]</label></p>
</fieldset>
<button type="submit">[[Make the checklist]]</button>
</form>
{{/can_create}}
{{#full}}<p class="notice">[[You have {{checklists_max}} checklists, the most you can have. Delete one you no longer use to make a new one.]]</p>{{/full}}
{{>feedback_form}}
</section>
