{{%AUTOESCAPE context="HTML"}}
<section class="narrow">
<h1>[[Delete your account]]</h1>
<p>[[This deletes your account and logs you out everywhere. It cannot be undone: your pseudonym becomes free for others.]]</p>
{{>form_errors}}
<form method="post" action="/account/delete" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="password">[[Your password, to confirm]]</label>
<input id="password" name="password" type="password" autocomplete="current-password" required aria-describedby="password-error"{{#password_invalid}} aria-invalid="true"{{/password_invalid}}>
<p class="error" id="password-error">{{password_error}}</p>
</div>
<button type="submit" class="danger">[[Delete my account]]</button>
</form>
<p><a href="/account/settings">[[Keep my account]]</a></p>
</section>
