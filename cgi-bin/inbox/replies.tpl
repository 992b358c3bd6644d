{{%AUTOESCAPE context="HTML"}}
<section class="saved-replies-page">
<p><a href="/inbox">← [[Back to the inbox]]</a></p>
<h1>[[Saved replies]]</h1>
<p>[[Texts to start a reply from. Shared ones every support person sees; personal ones only you.]]</p>
{{#done}}<p class="notice ok" role="status">{{notice}}</p>{{/done}}
{{#empty}}<p class="muted">[[No saved replies yet.]]</p>{{/empty}}
{{#reply}}
<article class="saved-reply" id="r{{id}}">
<h2 data-user-text>{{title}}</h2>
<p class="meta">{{#is_shared}}[[Shared]]{{#has_author}} · {{author}}{{/has_author}}{{/is_shared}}{{#is_personal}}[[Personal]]{{/is_personal}} · <time datetime="{{age_iso}}">{{age}}</time></p>
<p class="saved-reply-body" data-user-text>{{body}}</p>
{{#can_delete}}<form method="post" action="/inbox/replies/{{id}}/delete" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" class="secondary">[[Delete]]<span class="visually-hidden"> (<span data-user-text>{{title}}</span>)</span></button></form>{{/can_delete}}
</article>
{{/reply}}
<h2 id="add">[[Add a saved reply]]</h2>
{{>form_errors}}
<form method="post" action="/inbox/replies" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="title">[[Title]]</label>
<p class="hint" id="title-hint">[[{{title_min}} to {{title_max}} characters.]]</p>
<input id="title" name="title" value="{{title}}" required minlength="{{title_min}}" maxlength="{{title_max}}" aria-describedby="title-hint title-error"{{#title_invalid}} aria-invalid="true"{{/title_invalid}}>
<p class="error" id="title-error">{{title_error}}</p>
</div>
<div class="field">
<label for="body">[[Text]]</label>
<p class="hint" id="body-hint">[[Markdown: **bold**, *italic*, lists. Up to {{body_max}} characters.]]</p>
<textarea id="body" name="body" rows="8" required aria-describedby="body-hint body-error"{{#body_invalid}} aria-invalid="true"{{/body_invalid}}>{{body}}</textarea>
<p class="error" id="body-error">{{body_error}}</p>
</div>
<div class="field">
<label class="check"><input type="checkbox" name="shared" value="1"{{#shared_checked}} checked{{/shared_checked}}> [[Share with every support person]]</label>
</div>
<button type="submit">[[Save]]</button>
</form>
</section>
