{{%AUTOESCAPE context="HTML"}}
<section class="narrow erase">
<h1>[[Erase your account]]</h1>
<p>[[Erasing cannot be undone. Read what each choice does, choose one, and confirm with your password.]]</p>
{{>form_errors}}

<h2>[[Whatever you choose]]</h2>
<h3>[[This is erased]]</h3>
<ul>
<li>[[Your account: your pseudonym, your date of birth, your profile and your settings. Your pseudonym becomes free for others.]]</li>
<li>[[Your logins: you are logged out on every device.]]</li>
<li>[[Your questions to support persons, with every message in those conversations.]]</li>
<li>[[Your goals, sub-goals, activities, checklists and indicators, and what your coach, employer or close relative wrote on them.]]</li>
<li>[[Your chats with your coach or employer, and your links to them and to a close relative.]]</li>
<li>[[Your votes, points, badges and notifications.]]</li>
<li>[[Your exports and the feedback you sent to the team.]]</li>
</ul>
<h3>[[This stays, without your name]]</h3>
<ul>
<li>[[Reports you made about posts stay with the moderators. Nobody can see that you made them.]]</li>
<li>[[If you helped others as a support person, coach or employer: what you wrote in their conversations and on their goals stays for them, with no name on it. Your chats with the people you coached or employed are erased.]]</li>
<li>[[The record of what staff did, and what you did as staff, stays until it is deleted like all such records (see What we keep about you).]]</li>
</ul>

<form method="post" action="/account/privacy/erase" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<fieldset class="field{{#mode_invalid}} invalid{{/mode_invalid}}" aria-describedby="mode-error">
<legend id="mode">[[What happens to your posts and backings?]]</legend>
<div class="choice">
<input type="radio" id="mode-all" name="mode" value="all" required aria-describedby="mode-all-what"{{#all_checked}} checked{{/all_checked}}>
<label for="mode-all">[[Erase everything I wrote]]</label>
<ul id="mode-all-what" class="hint">
<li>[[Your posts are deleted, with every backing others wrote on them.]]</li>
<li>[[Your backings on others' posts are deleted.]]</li>
<li>[[Points others earned with backings on your posts go with them.]]</li>
</ul>
</div>
<div class="choice">
<input type="radio" id="mode-keep" name="mode" value="keep" required aria-describedby="mode-keep-what"{{#keep_checked}} checked{{/keep_checked}}>
<label for="mode-keep">[[Keep my posts and backings, without my name]]</label>
<ul id="mode-keep-what" class="hint">
<li>[[Your posts and backings stay where they are, so your advice still helps. They are shown as written by the shared account {{former}}, the same for everyone who left this way. Nobody can see that they were yours.]]</li>
<li>[[Backings and votes others gave them stay.]]</li>
<li>[[Your points and badges for them are erased with your account.]]</li>
</ul>
</div>
<p class="error" id="mode-error">{{mode_error}}</p>
</fieldset>
<div class="field">
<label for="password">[[Your password, to confirm]]</label>
<input id="password" name="password" type="password" autocomplete="current-password" required aria-describedby="password-error"{{#password_invalid}} aria-invalid="true"{{/password_invalid}}>
<p class="error" id="password-error">{{password_error}}</p>
</div>
<button type="submit" class="danger">[[Erase my account]]</button>
</form>
<p><a href="/account/privacy">[[Keep my account]]</a></p>
</section>
