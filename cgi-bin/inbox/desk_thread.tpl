{{%AUTOESCAPE context="HTML"}}
<section class="desk-thread" data-live="/live/inbox/{{id}}" data-live-new="[[A new message has come in the conversation.]]" data-typing="/inbox/{{id}}/typing" data-me="{{me}}" data-writing="[[%s is writing…]]">
<p><a href="/inbox">← [[Back to the inbox]]</a></p>
{{#done}}<p class="notice ok" role="status">{{notice}}</p>{{/done}}
{{#refused}}<p class="notice refused" role="alert">{{notice}}</p>{{/refused}}
{{>thread}}
{{#published}}<p class="notice ok">[[This question is published anonymously with its answer:]] <a href="{{published_href}}">[[See the post]]</a></p>{{/published}}
{{#can_publish}}<p class="desk-publish"><a href="/inbox/{{id}}/publish">[[Publish anonymously]]</a> <span class="muted">[[The member allowed it. You edit the question and the answer first.]]</span></p>{{/can_publish}}
<p class="live-notice visually-hidden" role="status" data-live-notice></p>
<p class="typing-notice" aria-live="polite" data-typing-notice></p>
<div class="desk-actions">
{{#can_claim}}<form method="post" action="/inbox/{{id}}/claim" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">[[Claim]]</button></form>{{/can_claim}}
{{#can_unassign}}<form method="post" action="/inbox/{{id}}/unassign" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" class="secondary">[[Unassign]]{{#unassign_other}}<span class="visually-hidden"> ({{claimer}})</span>{{/unassign_other}}</button></form>{{/can_unassign}}
</div>
{{#handover_form}}
<form method="post" action="/inbox/{{id}}/handover" novalidate class="desk-handover">
{{>form_errors}}
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="to">[[Hand over to a colleague]]</label>
<select id="to" name="to" required aria-describedby="to-error"{{#to_invalid}} aria-invalid="true"{{/to_invalid}}>
<option value="">[[Choose a support person]]</option>
{{#colleague}}<option value="{{handle}}"{{#selected}} selected{{/selected}}>{{handle}}</option>
{{/colleague}}</select>
<p class="error" id="to-error">{{to_error}}</p>
</div>
<button type="submit" class="secondary">[[Hand over]]</button>
</form>
{{/handover_form}}
{{#is_closed}}<p class="muted">[[This question is closed. The member can write again to open it.]]</p>{{/is_closed}}
{{#other_has_it}}<p class="muted">[[{{claimer}} has this question and replies to the member. You can add a note.]]</p>{{/other_has_it}}
{{#reply_form}}
<h2 id="reply">[[Reply]]</h2>
{{#has_saved_replies}}<nav class="saved-replies" aria-labelledby="saved-replies-title">
<p id="saved-replies-title">[[Start from a saved reply:]]</p>
<ul>
{{#saved_reply}}<li><a href="{{href}}" data-user-text>{{title}}</a></li>
{{/saved_reply}}</ul>
<p><a href="/inbox/replies">[[Your saved replies]]</a></p>
</nav>{{/has_saved_replies}}
{{>form_errors}}
<form method="post" action="/inbox/{{id}}/reply" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="{{field_id}}">[[Your reply]]</label>
<p class="hint" id="{{field_id}}-hint">[[The member sees this. Markdown: **bold**, *italic*, lists. Up to {{body_max}} characters.]]</p>
<textarea id="{{field_id}}" name="body" rows="8" required aria-describedby="{{field_id}}-hint {{field_id}}-error"{{#body_invalid}} aria-invalid="true"{{/body_invalid}}>{{body}}</textarea>
<p class="error" id="{{field_id}}-error">{{body_error}}</p>
</div>
<button type="submit">[[Send reply]]</button>
</form>
{{/reply_form}}
{{#note_form}}
<h2 id="note">[[Internal note]]</h2>
{{>form_errors}}
<form method="post" action="/inbox/{{id}}/note" novalidate class="desk-note">
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="{{field_id}}">[[Your note]]</label>
<p class="hint" id="{{field_id}}-hint">[[Only support persons see this, never the member. Up to {{body_max}} characters.]]</p>
<textarea id="{{field_id}}" name="body" rows="4" required aria-describedby="{{field_id}}-hint {{field_id}}-error"{{#body_invalid}} aria-invalid="true"{{/body_invalid}}>{{body}}</textarea>
<p class="error" id="{{field_id}}-error">{{body_error}}</p>
</div>
<button type="submit" class="secondary">[[Add note]]</button>
</form>
{{/note_form}}
{{#can_close}}<form method="post" action="/inbox/{{id}}/close" class="desk-close"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" class="secondary">[[Close the question]]</button></form>{{/can_close}}
</section>
<script src="/js/live.js" defer></script>
