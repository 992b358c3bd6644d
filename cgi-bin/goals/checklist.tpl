{{%AUTOESCAPE context="HTML"}}
<section class="checklist">
<p><a href="/goals/checklists">← [[Your checklists]]</a></p>
<h1><span data-user-text>{{title}}</span></h1>
<p class="meta"><span class="count">{{ticked}}/{{total}}</span> {{#daily}}[[This list starts again every day.]]{{/daily}}{{#manual}}[[This list starts again when you reset it.]]{{/manual}}</p>
{{#problem}}<p class="notice refused" role="alert">{{message}}</p>{{/problem}}
{{#all_done_today}}<p class="notice ok" role="status">[[All done for today. Well done!]]</p>{{/all_done_today}}
{{#all_done}}<p class="notice ok" role="status">[[All done. Well done!]]</p>{{/all_done}}
{{#empty}}<p>[[The list is empty. Add the first step below.]]</p>{{/empty}}
<ul class="checklist-items">
{{#item}}
<li id="item-{{id}}">
<form method="post" action="/goals/checklists/{{list_id}}/tick" class="tick">
<input type="hidden" name="csrf" value="{{csrf}}">
<input type="hidden" name="item" value="{{id}}">
<button type="submit" class="tick-button{{#ticked}} ticked{{/ticked}}" aria-pressed="{{#ticked}}true{{/ticked}}{{#open}}false{{/open}}"><span class="tick-box" aria-hidden="true">{{#ticked}}✓{{/ticked}}</span> <span data-user-text>{{text}}</span></button>
</form>
</li>
{{/item}}
</ul>
{{#can_add}}
{{>form_errors}}
<h2 id="add">[[Add a step]]</h2>
<form method="post" action="/goals/checklists/{{list_id}}/add" aria-labelledby="add" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="text">[[What is the step?]]</label>
<p class="hint" id="text-hint">[[At most {{item_max}} characters.]]</p>
<input id="text" name="text" value="{{text}}" required maxlength="{{item_max}}" aria-describedby="text-hint text-error"{{#text_invalid}} aria-invalid="true"{{/text_invalid}}>
<p class="error" id="text-error">{{text_error}}</p>
</div>
<button type="submit">[[Add]]</button>
</form>
{{/can_add}}
{{#full}}<p class="notice">[[This list has {{items_max}} items, the most it can have. Remove one to add another.]]</p>{{/full}}
<details class="checklist-edit">
<summary>[[Change the list]]</summary>
<form method="post" action="/goals/checklists/{{list_id}}/reset">
<input type="hidden" name="csrf" value="{{csrf}}">
<button type="submit" class="secondary">[[Untick everything]]</button>
</form>
<ul class="rows">
{{#item}}
<li><form method="post" action="/goals/checklists/{{list_id}}/remove">
<input type="hidden" name="csrf" value="{{csrf}}">
<input type="hidden" name="item" value="{{id}}">
<span data-user-text>{{text}}</span> <button type="submit" class="link">[[Remove]]</button>
</form></li>
{{/item}}
</ul>
<form method="post" action="/goals/checklists/{{list_id}}/delete">
<input type="hidden" name="csrf" value="{{csrf}}">
<p class="hint">[[Deleting the list deletes all its steps. It cannot be undone.]]</p>
<button type="submit" class="danger">[[Delete this checklist]]</button>
</form>
</details>
{{>feedback_form}}
</section>
