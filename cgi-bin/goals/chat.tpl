{{%AUTOESCAPE context="HTML"}}
<section class="chat as-{{viewer_side}}"{{#follow}} data-live="/live/chat/{{id}}" data-live-new="[[A new message has come in the chat.]]"{{/follow}}>
<p><a href="/chat">← [[Your chats]]</a></p>
<h1>[[Chat with]] <span data-user-text>{{name}}</span></h1>
<p class="meta">{{role}}</p>
{{#ended}}<p class="notice">[[This conversation has ended. You can read it, but no longer write in it.]]</p>{{/ended}}
{{#older}}<p><a href="/chat/{{id}}?before={{older_before}}">[[Older messages]]</a></p>{{/older}}
{{#none}}<p class="hint">[[No messages yet. You can write the first one.]]</p>{{/none}}
{{#no_older}}<p class="hint">[[There are no older messages.]]</p>{{/no_older}}
<ol class="thread chat-thread">
{{#message}}{{>item}}
{{/message}}
</ol>
{{#newer}}<p><a href="/chat/{{id}}">[[Newest messages]]</a></p>{{/newer}}
<p class="live-notice visually-hidden" role="status" data-live-notice></p>
{{#open}}
{{>form_errors}}
<form method="post" action="/chat/{{id}}" class="chat-form" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="body">[[Your message]]</label>
<textarea id="body" name="body" rows="3" required aria-describedby="body-hint body-error"{{#body_invalid}} aria-invalid="true"{{/body_invalid}}>{{body}}</textarea>
<p class="hint" id="body-hint">[[At most {{body_max}} characters.]]</p>
<p class="error" id="body-error">{{body_error}}</p>
</div>
<button type="submit">[[Send]]</button>
</form>
{{/open}}
{{>feedback_form}}
</section>
{{#follow}}<script src="/js/live.js" defer></script>{{/follow}}
