{{%AUTOESCAPE context="HTML"}}
<section class="narrow">
<h1>[[Join Opbak]]</h1>
<p>[[You only need a pseudonym and a password. We never ask for your e-mail or your real name.]]</p>
{{>form_errors}}
<form method="post" action="/account/register" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="handle">[[Pseudonym]]</label>
<p class="hint" id="handle-hint">[[3 to 20 letters, digits or _. This is the only name others see.]]</p>
<input id="handle" name="handle" value="{{handle}}" autocomplete="username" autocapitalize="none" spellcheck="false" required minlength="3" maxlength="20" aria-describedby="handle-hint handle-error"{{#handle_invalid}} aria-invalid="true"{{/handle_invalid}}>
<p class="error" id="handle-error">{{handle_error}}</p>
</div>
<div class="field">
<label for="password">[[Password]]</label>
<p class="hint" id="password-hint">[[At least 10 characters. A few words in a row are easy to remember and hard to guess.]]</p>
<input id="password" name="password" type="password" autocomplete="new-password" required minlength="10" aria-describedby="password-hint password-error"{{#password_invalid}} aria-invalid="true"{{/password_invalid}}>
<p class="error" id="password-error">{{password_error}}</p>
</div>
<div class="field">
<label for="password2">[[Repeat password]]</label>
<input id="password2" name="password2" type="password" autocomplete="new-password" required minlength="10" aria-describedby="password2-error"{{#password2_invalid}} aria-invalid="true"{{/password2_invalid}}>
<p class="error" id="password2-error">{{password2_error}}</p>
</div>
<div class="field">
<label for="birth_date">[[Date of birth]]</label>
<p class="hint" id="birth_date-hint">[[Opbak is for people aged 13 and over. Nobody else sees your birthday.]]</p>
<input id="birth_date" name="birth_date" type="date" value="{{birth_date}}" required aria-describedby="birth_date-hint birth_date-error"{{#birth_date_invalid}} aria-invalid="true"{{/birth_date_invalid}}>
<p class="error" id="birth_date-error">{{birth_date_error}}</p>
</div>
<button type="submit">[[Join]]</button>
</form>
<p>[[Already a member?]] <a href="/account/login">[[Log in]]</a></p>
</section>
