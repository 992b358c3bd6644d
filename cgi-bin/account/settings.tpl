{{%AUTOESCAPE context="HTML"}}
<section class="narrow">
<h1>[[Your account]]</h1>
{{#saved_welcome}}<p class="notice ok" role="status">[[Welcome to Opbak! You are logged in.]]</p>{{/saved_welcome}}
{{#saved_profile}}<p class="notice ok" role="status">[[Your profile is saved.]]</p>{{/saved_profile}}
{{#saved_language}}<p class="notice ok" role="status">[[Your language is saved.]]</p>{{/saved_language}}
{{#saved_password}}<p class="notice ok" role="status">[[Your password is changed. Other devices were logged out.]]</p>{{/saved_password}}
{{>form_errors}}
<dl class="facts">
<dt>[[Pseudonym]]</dt><dd>{{handle}}</dd>
<dt>[[Role]]</dt><dd>{{role}}</dd>
<dt>[[Member since]]</dt><dd><time datetime="{{since_iso}}">{{since}}</time></dd>
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
{{#is_counsellor}}
<div class="field">
<label for="life_experience">[[Your life experience]]</label>
<p class="hint" id="life_experience-hint">[[Members choose whom to ask by what you have lived through, not by titles: "grew up with divorced parents, was bullied at school, plays football". At most {{life_experience_max}} characters.]]</p>
<textarea id="life_experience" name="life_experience" rows="6" maxlength="{{life_experience_max}}" aria-describedby="life_experience-hint life_experience-error"{{#life_experience_invalid}} aria-invalid="true"{{/life_experience_invalid}}>{{life_experience}}</textarea>
<p class="error" id="life_experience-error">{{life_experience_error}}</p>
</div>
<fieldset class="field">
<legend>[[Topics you know well]]</legend>
{{#topic}}<label class="check"><input type="checkbox" name="topic" value="{{id}}"{{#checked}} checked{{/checked}}> <span lang="{{name_lang}}">{{name}}</span></label>
{{/topic}}
</fieldset>
{{/is_counsellor}}
{{#is_member}}
<div class="field">
<label class="check"><input type="checkbox" name="on_leaderboard" value="1"{{#on_leaderboard_checked}} checked{{/on_leaderboard_checked}}> [[Show me on the leaderboard]]</label>
</div>
{{/is_member}}
<button type="submit">[[Save profile]]</button>
</form>

<h2 id="language">[[Language]]</h2>
<form method="post" action="/account/settings/language">
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="lang">[[The language Opbak speaks to you]]</label>
<p class="hint" id="lang-hint">[[On every device where you are logged in. Left open, Opbak follows what your browser asks for.]]</p>
<select id="lang" name="lang" aria-describedby="lang-hint">
<option value="">[[As my browser asks]]</option>
{{#language}}<option value="{{code}}" lang="{{code}}"{{#chosen}} selected{{/chosen}}>{{name}}</option>
{{/language}}</select>
</div>
<button type="submit">[[Save language]]</button>
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

<h2 id="your-data">[[Your data]]</h2>
<ul class="actions"><li><a href="/account/privacy">[[Your data: see it, take it, erase it]]</a></li></ul>
</section>
