{{%AUTOESCAPE context="HTML"}}
<section class="coach-item">
<p><a href="/coach/p/{{pid}}">← <span data-user-text>{{handle}}</span></a></p>
<h1 data-user-text>{{title}}</h1>
<p class="meta">{{level_label}} · <span class="goal-status status-{{status}}">{{status_label}}</span>{{#agreed}} · [[Agreed with you]]{{/agreed}}{{#personal}} · [[His own goal, shared with you]]{{/personal}}{{#due}} · <time datetime="{{due_date}}">{{due_date}} {{due_time}}</time>{{/due}}</p>
{{#has_description}}<p class="goal-description" data-user-text>{{description}}</p>{{/has_description}}
{{#change_request}}<div class="notice"><p>[[He asked for a change:]]</p><blockquote data-user-text>{{change_text}}</blockquote></div>{{/change_request}}
<p>{{#can_edit}}<a class="button" href="/coach/item/{{id}}/edit">[[Change it]]</a> {{/can_edit}}
{{#can_add_sub}}<a class="button secondary" href="/coach/p/{{pid}}/propose?parent={{id}}">[[Propose a sub-goal]]</a>{{/can_add_sub}}
{{#can_add_activity}}<a class="button secondary" href="/coach/p/{{pid}}/propose?parent={{id}}">[[Propose an activity]]</a>{{/can_add_activity}}</p>

{{#some_comments}}<h2>[[Feedback and requests]]</h2>
<ul class="rows">
{{#comment}}<li>
<p class="meta">{{#is_feedback}}[[Feedback from]]{{/is_feedback}}{{#is_change}}[[Change asked by]]{{/is_change}} <span data-user-text>{{author}}</span> · <time datetime="{{at_iso}}">{{at}}</time></p>
<p data-user-text>{{body}}</p>
</li>
{{/comment}}</ul>{{/some_comments}}

{{#give_feedback}}<h2 id="feedback-title">[[Your feedback]]</h2>
{{>form_errors}}
<form method="post" action="/coach/item/{{id}}/feedback" aria-labelledby="feedback-title" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="body">[[What went well, what comes next]]</label>
<p class="hint" id="body-hint">[[He is told you wrote. At most {{body_max}} characters.]]</p>
<textarea id="body" name="body" rows="5" required maxlength="{{body_max}}" aria-describedby="body-hint body-error"{{#body_invalid}} aria-invalid="true"{{/body_invalid}}>{{body}}</textarea>
<p class="error" id="body-error">{{body_error}}</p>
</div>
<button type="submit">[[Send feedback]]</button>
</form>{{/give_feedback}}
</section>
{{>feedback_form}}
