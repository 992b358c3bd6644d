{{%AUTOESCAPE context="HTML"}}
<section class="narrow">
<h1>[[Your account]]</h1>
{{#saved_welcome}}<p class="notice ok" role="status">[[Welcome to Opbak! You are logged in.]]</p>{{/saved_welcome}}
{{#saved_profile}}<p class="notice ok" role="status">[[Your profile is saved.]]</p>{{/saved_profile}}
{{#saved_password}}<p class="notice ok" role="status">[[Your password is changed. Other devices were logged out.]]</p>{{/saved_password}}
{{>form_errors}}
<dl class="facts">
<dt>[[Pseudonym]]</dt><dd>{{handle}}</dd>
<dt>[[Role]]</dt><dd>{{role}}</dd>
<dt>[[Member since]]</dt><dd>{{since}}</dd>
</dl>

<h2 id="profile">[[Profile]]</h2>
<form method="post" action="/account/settings/profile">
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="bio">[[About you]]</label>
<p class="hint" id="bio-hint">[[A few lines others see on your profile, at most {{bio_max}} characters. Leave out anything that tells who you are.]]</p>
<textarea id="bio" name="bio" rows="5" maxlength="{{bio_max}}" aria-describedby="bio-hint bio-error"{{#bio_invalid}} aria-invalid="true"{{/bio_invalid}}>{{bio}}</textarea>
<p class="error" id="bio-error">{{bio_error}}</p>
</div>
<button type="submit">[[Save profile]]</button>
</form>

<h2 id="password-change">[[Change password]]</h2>
<form method="post" action="/account/settings/password" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="current">[[Current password]]</label>
<input id="current" name="current" type="password" autocomplete="current-password" required aria-describedby="current-error"{{#current_invalid}} aria-invalid="true"{{/current_invalid}}>
<p class="error" id="current-error">{{current_error}}</p>
</div>
<div class="field">
<label for="new">[[New password]]</label>
<input id="new" name="new" type="password" autocomplete="new-password" required minlength="10" aria-describedby="new-error"{{#new_invalid}} aria-invalid="true"{{/new_invalid}}>
<p class="error" id="new-error">{{new_error}}</p>
</div>
<div class="field">
<label for="new2">[[Repeat new password]]</label>
<input id="new2" name="new2" type="password" autocomplete="new-password" required minlength="10" aria-describedby="new2-error"{{#new2_invalid}} aria-invalid="true"{{/new2_invalid}}>
<p class="error" id="new2-error">{{new2_error}}</p>
</div>
<button type="submit">[[Change password]]</button>
</form>

<h2>[[Leave Opbak]]</h2>
<p><a href="/account/delete">[[Delete your account]]</a></p>
</section>
