{{%AUTOESCAPE context="HTML"}}
<section class="supporter">
<h1>[[People you support]]</h1>
{{#none}}<p>[[You do not support anyone here yet. When someone gives you a code, type it below.]]</p>{{/none}}
{{#some}}
<ul class="rows">
{{#participant}}<li><a href="/supporter/p/{{id}}" data-user-text>{{handle}}</a> <span class="meta">[[since]] <time datetime="{{since_iso}}">{{since}}</time></span></li>{{/participant}}
</ul>
{{/some}}
<h2 id="join-title">[[Do you have a code?]]</h2>
{{>form_errors}}
<form method="post" action="/supporter/join" aria-labelledby="join-title" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="code">[[The code]]</label>
<p class="hint" id="code-hint">[[The 10 letters and numbers you were given. Small or capital letters, with or without the dash: both work.]]</p>
<input type="text" id="code" name="code" value="{{code}}" maxlength="32" autocomplete="off" autocapitalize="characters" spellcheck="false" required class="code-input" aria-describedby="code-hint code-error"{{#code_invalid}} aria-invalid="true"{{/code_invalid}}>
<p class="error" id="code-error">{{code_error}}</p>
</div>
<button type="submit">[[Use the code]]</button>
</form>
</section>
{{>feedback_form}}
