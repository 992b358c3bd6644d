{{%AUTOESCAPE context="HTML"}}
<section class="narrow">
<h1>[[Log in]]</h1>
{{>form_errors}}
<form method="post" action="/account/login" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<input type="hidden" name="next" value="{{next}}">
<div class="field">
<label for="handle">[[Pseudonym]]</label>
<input id="handle" name="handle" value="{{handle}}" autocomplete="username" autocapitalize="none" spellcheck="false" required aria-describedby="handle-error"{{#handle_invalid}} aria-invalid="true"{{/handle_invalid}}>
<p class="error" id="handle-error">{{handle_error}}</p>
</div>
<div class="field">
<label for="password">[[Password]]</label>
<input id="password" name="password" type="password" autocomplete="current-password" required aria-describedby="password-error"{{#password_invalid}} aria-invalid="true"{{/password_invalid}}>
<p class="error" id="password-error">{{password_error}}</p>
</div>
<button type="submit">[[Log in]]</button>
</form>
<p>[[New here?]] <a href="/account/register">[[Join Opbak]]</a></p>
</section>
