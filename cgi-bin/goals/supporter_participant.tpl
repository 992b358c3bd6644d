{{%AUTOESCAPE context="HTML"}}
<section class="supporter">
<p><a href="/supporter">← [[People you support]]</a></p>
<h1 data-user-text>{{handle}}</h1>
<h2>[[Shared with you]]</h2>
<p class="hint">[[You see only the goals that are shared with you.]]</p>
{{#no_goals}}<p>[[Nothing is shared with you at the moment.]]</p>{{/no_goals}}
{{>tree}}
{{#sent}}
<h2 id="sent">[[What you sent]]</h2>
<ul class="rows">
{{#encouragement}}<li><p class="meta"><time datetime="{{at_iso}}">{{at}}</time></p><p class="body" data-user-text>{{body}}</p></li>{{/encouragement}}
</ul>
{{/sent}}
<h2 id="encourage-title">[[Send encouragement]]</h2>
{{>form_errors}}
<form method="post" action="/supporter/p/{{id}}/encourage" aria-labelledby="encourage-title" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="body">[[Your words]]</label>
<p class="hint" id="body-hint">[[A few kind words are enough. At most {{body_max}} characters.]]</p>
<textarea id="body" name="body" rows="4" required aria-describedby="body-hint body-error"{{#body_invalid}} aria-invalid="true"{{/body_invalid}}>{{body}}</textarea>
<p class="error" id="body-error">{{body_error}}</p>
</div>
<button type="submit">[[Send]]</button>
</form>
</section>
{{>feedback_form}}
