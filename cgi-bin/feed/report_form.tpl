{{%AUTOESCAPE context="HTML"}}
<details class="report">
<summary>{{#post}}[[Report this post]]{{/post}}{{#backing}}[[Report this backing]]{{/backing}}</summary>
<form method="post" action="/post/report">
<input type="hidden" name="csrf" value="{{csrf}}">
<input type="hidden" name="post" value="{{post_id}}">
{{#backing}}<input type="hidden" name="backing" value="{{backing_id}}">{{/backing}}
<div class="field">
<label for="reason-{{suffix}}">[[What is wrong?]]</label>
<select id="reason-{{suffix}}" name="reason" required>
<option value="">[[Choose a reason]]</option>
{{#reason}}<option value="{{value}}">{{label}}</option>
{{/reason}}
</select>
</div>
<div class="field">
<label for="note-{{suffix}}">[[Anything the moderators should know (optional)]]</label>
<textarea id="note-{{suffix}}" name="note" rows="3" maxlength="500"></textarea>
</div>
<button type="submit">[[Send the report]]</button>
</form>
</details>
