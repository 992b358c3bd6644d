{{%AUTOESCAPE context="HTML"}}
<section class="ask" data-live="/live/ask/{{id}}" data-live-new="[[A new message has come in the conversation.]]">
<p><a href="/ask">← [[Your questions]]</a></p>
{{>thread}}
{{#published}}<p class="notice ok">[[Your question and its answer were published anonymously, as you allowed. Your pseudonym is not on it.]] <a href="{{published_href}}">[[See the post]]</a></p>{{/published}}
<p class="live-notice visually-hidden" role="status" data-live-notice></p>
{{>form_errors}}
<h2 id="reply-title">[[Write to the support person]]</h2>
{{#closed}}<p class="notice">[[This conversation is closed. Write again to open it.]]</p>{{/closed}}
<form method="post" action="/ask/{{id}}/reply" aria-labelledby="reply-title" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="body">[[Your message]]</label>
<p class="hint" id="body-hint">[[At most {{body_max}} characters. Leave out your full name, phone number and address.]]</p>
<textarea id="body" name="body" rows="6" required aria-describedby="body-hint body-error"{{#body_invalid}} aria-invalid="true"{{/body_invalid}}>{{body}}</textarea>
<p class="error" id="body-error">{{body_error}}</p>
</div>
<button type="submit">[[Send message]]</button>
</form>
{{#open}}
<form method="post" action="/ask/{{id}}/close" class="close">
<input type="hidden" name="csrf" value="{{csrf}}">
<p class="hint">[[Has this helped, or do you not need an answer any more? You can close the conversation. You can always write again.]]</p>
<button type="submit" class="secondary">[[Close the conversation]]</button>
</form>
{{/open}}
</section>
<script src="/js/live.js" defer></script>
