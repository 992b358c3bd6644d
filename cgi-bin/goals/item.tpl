{{%AUTOESCAPE context="HTML"}}
<section class="goals goal-item status-{{status}}">
{{#has_parent}}<p><a href="{{parent_href}}">← <span data-user-text>{{parent_title}}</span></a></p>{{/has_parent}}
{{#no_parent}}<p><a href="/goals/all">← [[Your goals]]</a></p>{{/no_parent}}
<p class="goal-meta">{{level_label}} · <span class="goal-status">{{status_label}}</span>{{#agreed}} · [[Agreed with your coach]]{{/agreed}}</p>
<h1 data-user-text>{{title}}</h1>
{{#due}}<p class="goal-due">[[When:]] <time datetime="{{due_iso}}">{{due_text}}</time></p>{{/due}}
{{#has_description}}<p class="goal-description" data-user-text>{{description}}</p>{{/has_description}}

{{#proposal}}<div class="notice" role="note">
<p>[[Your coach proposes this. Does it suit you?]]</p>
<form method="post" action="/goals/{{id}}/accept" class="inline">
<input type="hidden" name="csrf" value="{{csrf}}">
<button type="submit" class="big">[[Yes, I accept]]</button>
</form>
</div>{{/proposal}}

{{#can_done}}<form method="post" action="/goals/{{id}}/done">
<input type="hidden" name="csrf" value="{{csrf}}">
<input type="hidden" name="next" value="item">
<button type="submit" class="big">[[Done]]</button>
</form>{{/can_done}}

{{#children}}<h2>[[Steps]]</h2>
<ul class="rows goal-children">
{{#child}}<li class="status-{{status}}"><a href="/goals/{{id}}" data-user-text>{{title}}</a> <span class="goal-meta">{{level_label}} · {{status_label}}{{#due}} · <time datetime="{{due_iso}}">{{due_text}}</time>{{/due}}</span></li>
{{/child}}</ul>{{/children}}
{{#can_add}}<p><a class="button secondary" href="/goals/new?parent={{id}}">{{add_label}}</a></p>{{/can_add}}

{{#comments}}<h2>[[What others wrote]]</h2>
<ul class="rows goal-comments">
{{#comment}}<li><p class="goal-meta">{{kind}}{{#author}} · {{author_handle}}{{/author}} · <time datetime="{{written_iso}}">{{written}}</time></p>
<p data-user-text>{{body}}</p></li>
{{/comment}}</ul>{{/comments}}

{{#asked}}<p class="notice" id="asked">[[You asked your coach for a change:]] <span data-user-text>{{asked_change}}</span></p>{{/asked}}
{{#can_ask}}<h2 id="change-title">[[Ask your coach for a change]]</h2>
{{>form_errors}}
<form method="post" action="/goals/{{id}}/change" aria-labelledby="change-title" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="change_request">[[What would you like changed?]]</label>
<p class="hint" id="change_request-hint">[[At most {{change_max}} characters.]]</p>
<textarea id="change_request" name="change_request" rows="4" maxlength="{{change_max}}" aria-describedby="change_request-hint change_request-error"{{#change_request_invalid}} aria-invalid="true"{{/change_request_invalid}}>{{change_request}}</textarea>
<p class="error" id="change_request-error">{{change_request_error}}</p>
</div>
<button type="submit" class="secondary">[[Send to your coach]]</button>
</form>{{/can_ask}}

{{#can_status}}<h2 id="status-title">[[Status]]</h2>
<form method="post" action="/goals/{{id}}/status" aria-labelledby="status-title">
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="status">[[How is it going?]]</label>
<select id="status" name="status">
{{#status_option}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>
{{/status_option}}</select>
</div>
<button type="submit" class="secondary">[[Save status]]</button>
</form>{{/can_status}}

{{#can_share}}<h2 id="share">[[Who sees this goal]]</h2>
<form method="post" action="/goals/{{id}}/share">
<input type="hidden" name="csrf" value="{{csrf}}">
<p class="hint">[[Tick who may see this goal and its steps. Untick to stop it at once.]]</p>
{{#coach_sees}}<p>[[Your coach sees it: you agreed it together.]]</p>{{/coach_sees}}
{{#share_coach}}<div class="field check"><input type="checkbox" id="share-coach" name="coach" value="1"{{#coach_checked}} checked{{/coach_checked}}> <label for="share-coach">[[Your coach]]</label></div>{{/share_coach}}
<div class="field check"><input type="checkbox" id="share-employer" name="employer" value="1"{{#employer_checked}} checked{{/employer_checked}}> <label for="share-employer">[[Your employer]]</label></div>
<div class="field check"><input type="checkbox" id="share-relative" name="relative" value="1"{{#relative_checked}} checked{{/relative_checked}}> <label for="share-relative">[[Your close relative]]</label></div>
<button type="submit" class="secondary">[[Save who sees it]]</button>
</form>{{/can_share}}

{{#can_edit}}<p><a href="/goals/{{id}}/edit">[[Change it]]</a></p>{{/can_edit}}
{{#can_delete}}<form method="post" action="/goals/{{id}}/delete">
<input type="hidden" name="csrf" value="{{csrf}}">
<button type="submit" class="secondary">[[Delete it, with its steps]]</button>
</form>{{/can_delete}}
{{>feedback_form}}
</section>
