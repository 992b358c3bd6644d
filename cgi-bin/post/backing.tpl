{{%AUTOESCAPE context="HTML"}}
<section class="write">
<p><a href="/p/{{post_id}}">← [[Back to the post]]</a></p>
<h1>[[Your backing on “{{post_title}}”]]</h1>
{{#refused}}<p class="notice refused" role="alert">{{refused_message}}</p>{{/refused}}
{{>form_errors}}
<form method="post" action="/post/{{post_id}}/back" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="body">[[Your backing]]</label>
<p class="hint" id="body-hint">[[Give concrete advice or support: what would you try, what worked for you? No names, phone numbers or e-mail. Markdown works. At most {{body_max}} characters.]]</p>
<textarea id="body" name="body" rows="10" required aria-describedby="body-hint body-error"{{#body_invalid}} aria-invalid="true"{{/body_invalid}}>{{body}}</textarea>
<p class="error" id="body-error">{{body_error}}</p>
</div>
<button type="submit">[[Send backing]]</button>
</form>
</section>
