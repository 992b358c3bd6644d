{{%AUTOESCAPE context="HTML"}}
<section class="employer">
<p><a href="/employer">← [[Your participants]]</a></p>
<h1 data-user-text>{{handle}}</h1>
{{#has_placement}}<p>[[Placement:]] <span data-user-text>{{placement}}</span></p>{{/has_placement}}
{{#has_chat}}<p><a class="button secondary" href="/chat/{{chat_id}}">[[Chat]]</a></p>{{/has_chat}}
<h2>[[Shared with you]]</h2>
<p class="hint">[[You see only the goals that are shared with you.]]</p>
{{>tree}}
{{#none}}<p>[[Nothing is shared with you at the moment.]]</p>{{/none}}
{{#some}}
<h2>[[Comment on a goal]]</h2>
<ul class="rows employer-goals">
{{#goal}}<li id="goal-{{goal_id}}">
<h3 data-user-text>{{title}}</h3>
{{#comment}}<div class="comment"><p class="meta">[[You wrote]]{{#on_part}} ([[on]] <span data-user-text>{{item_title}}</span>){{/on_part}} · <time datetime="{{at_iso}}">{{at}}</time></p><p class="body" data-user-text>{{body}}</p></div>{{/comment}}
<details class="comment-form"{{#open}} open{{/open}}>
<summary>[[Write a comment]]</summary>
{{>form_errors}}
<form method="post" action="/employer/item/{{goal_id}}/comment" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="{{field_id}}">[[Your words]]</label>
<p class="hint" id="{{field_id}}-hint">[[The participant reads it. At most {{body_max}} characters.]]</p>
<textarea id="{{field_id}}" name="body" rows="4" required aria-describedby="{{field_id}}-hint {{field_id}}-error"{{#body_invalid}} aria-invalid="true"{{/body_invalid}}>{{body}}</textarea>
<p class="error" id="{{field_id}}-error">{{body_error}}</p>
</div>
<button type="submit">[[Send comment]]</button>
</form>
</details>
</li>{{/goal}}
</ul>
{{/some}}
</section>
{{>feedback_form}}
