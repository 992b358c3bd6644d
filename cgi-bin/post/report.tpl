{{%AUTOESCAPE context="HTML"}}
<section class="narrow">
<p><a href="/p/{{post}}">← [[Back to the post]]</a></p>
<h1>[[Report to the moderators]]</h1>
{{#is_post}}<p>[[You are reporting the post “{{post_title}}” by {{author}}.]]</p>{{/is_post}}
{{#is_backing}}<p>[[You are reporting a backing by {{author}} on “{{post_title}}”.]]</p>{{/is_backing}}
<p class="hint">[[A moderator reads every report. The one you report does not see who reported him.]]</p>
<p class="notice" role="note">[[If someone is in danger right now, call 112.]]</p>
{{#refused}}<p class="notice refused" role="alert">{{refused_message}}</p>{{/refused}}
{{>form_errors}}
<form method="post" action="/post/report" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<input type="hidden" name="post" value="{{post}}">
{{#is_backing}}<input type="hidden" name="backing" value="{{backing}}">{{/is_backing}}
<fieldset class="field{{#reason_invalid}} invalid{{/reason_invalid}}" aria-describedby="reason-error">
<legend id="reason">[[What is wrong?]]</legend>
{{#reason_option}}<div class="choice"><input type="radio" id="reason-{{value}}" name="reason" value="{{value}}"{{#checked}} checked{{/checked}}> <label for="reason-{{value}}">{{label}}</label></div>
{{/reason_option}}<p class="error" id="reason-error">{{reason_error}}</p>
</fieldset>
<div class="field">
<label for="note">[[Anything the moderators should know (optional)]]</label>
<p class="hint" id="note-hint">[[At most {{note_max}} characters.]]</p>
<textarea id="note" name="note" rows="4" aria-describedby="note-hint note-error"{{#note_invalid}} aria-invalid="true"{{/note_invalid}}>{{note}}</textarea>
<p class="error" id="note-error">{{note_error}}</p>
</div>
<button type="submit">[[Send report]]</button>
</form>
</section>
