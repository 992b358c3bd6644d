{{%AUTOESCAPE context="HTML"}}
<section class="article-edit">
<p><a href="/editor">← [[Back to the desk]]</a></p>
{{#is_new}}<h1>[[New article]]</h1>{{/is_new}}
{{#existing}}<h1>[[Edit the article]]</h1>
{{#done}}<p class="notice ok" role="status">{{notice}}</p>{{/done}}
<p class="status">{{status_text}}{{#live_since}} [[Public since]] <time datetime="{{when_iso}}">{{when}}</time>.{{/live_since}}{{#public_from}} [[Public from]] <time datetime="{{when_iso}}">{{when}}</time>.{{/public_from}}</p>
<p><a href="/editor/{{id}}/preview">[[Preview]]</a>{{#is_live}} · <a href="/articles/{{stored_slug}}">[[The public page]]</a>{{/is_live}}</p>
{{/existing}}
{{>form_errors}}
<form method="post" action="{{#is_new}}/editor/new{{/is_new}}{{#existing}}/editor/{{id}}{{/existing}}" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="title">[[Title]]</label>
<p class="hint" id="title-hint">[[{{title_min}} to {{title_max}} characters.]]</p>
<input id="title" name="title" value="{{title}}" required minlength="{{title_min}}" maxlength="{{title_max}}" aria-describedby="title-hint title-error"{{#title_invalid}} aria-invalid="true"{{/title_invalid}}>
<p class="error" id="title-error">{{title_error}}</p>
</div>
{{#slug_editable}}<div class="field">
<label for="slug">[[Address]]</label>
<p class="hint" id="slug-hint">[[The end of the article's address: /articles/... Letters a-z, digits and '-'. Leave it empty to make it from the title. It cannot change once the article has been public.]]</p>
<input id="slug" name="slug" value="{{slug}}" maxlength="{{slug_max}}" aria-describedby="slug-hint slug-error"{{#slug_invalid}} aria-invalid="true"{{/slug_invalid}}>
<p class="error" id="slug-error">{{slug_error}}</p>
</div>{{/slug_editable}}
{{#slug_fixed}}<p class="hint">[[Address:]] /articles/{{stored_slug}} [[(kept, also when the title changes)]]</p>{{/slug_fixed}}
<div class="field">
<label for="summary">[[Summary]]</label>
<p class="hint" id="summary-hint">[[One or two sentences for the list and the feed. {{summary_min}} to {{summary_max}} characters.]]</p>
<textarea id="summary" name="summary" rows="3" required maxlength="{{summary_max}}" aria-describedby="summary-hint summary-error"{{#summary_invalid}} aria-invalid="true"{{/summary_invalid}}>{{summary}}</textarea>
<p class="error" id="summary-error">{{summary_error}}</p>
</div>
<div class="field">
<label for="topic">[[Topic]]</label>
<select id="topic" name="topic" required aria-describedby="topic-error"{{#topic_invalid}} aria-invalid="true"{{/topic_invalid}}>
<option value="">[[Choose a topic]]</option>
{{#topic_option}}<option value="{{slug}}"{{#selected}} selected{{/selected}} lang="{{name_lang}}">{{name}}</option>
{{/topic_option}}</select>
<p class="error" id="topic-error">{{topic_error}}</p>
</div>
<div class="field">
<label for="body">[[Text]]</label>
<p class="hint" id="body-hint">[[Markdown: ## headings, **bold**, *italic*, lists and links. No raw HTML. Up to {{body_max}} characters.]]</p>
<textarea id="body" name="body" rows="20" required aria-describedby="body-hint body-error"{{#body_invalid}} aria-invalid="true"{{/body_invalid}}>{{body}}</textarea>
<p class="error" id="body-error">{{body_error}}</p>
</div>
<button type="submit">{{#is_new}}[[Save as a draft]]{{/is_new}}{{#existing}}[[Save]]{{/existing}}</button>
</form>
{{#existing}}
<h2>[[Publishing]]</h2>
{{#can_publish}}<form method="post" action="/editor/{{id}}/publish" class="inline">
<input type="hidden" name="csrf" value="{{csrf}}">
<button type="submit">[[Publish now]]</button>
</form>{{/can_publish}}
<form method="post" action="/editor/{{id}}/schedule" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="at">[[Publish at]]</label>
<p class="hint" id="at-hint">[[The site's time ({{zone}}).]]</p>
<input id="at" name="at" type="datetime-local" value="{{at}}" required aria-describedby="at-hint at-error"{{#at_invalid}} aria-invalid="true"{{/at_invalid}}>
<p class="error" id="at-error">{{at_error}}</p>
</div>
<button type="submit" class="secondary">[[Schedule]]</button>
</form>
{{#can_unpublish}}<form method="post" action="/editor/{{id}}/unpublish" class="inline">
<input type="hidden" name="csrf" value="{{csrf}}">
<button type="submit" class="secondary">[[Unpublish]]</button>
</form>{{/can_unpublish}}
<h2>[[Cover image]]</h2>
{{#has_cover}}<p><img src="/media/{{cover_path}}" alt="[[The article's cover image]]" class="cover-preview"></p>{{/has_cover}}
{{#no_cover}}<p class="muted">[[No cover image yet.]]</p>{{/no_cover}}
<form method="post" action="/editor/articles/{{id}}/cover" enctype="multipart/form-data">
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field"><label for="cover-file">[[Cover image (JPEG or PNG, up to 3000 pixels on a side)]]</label>
<input id="cover-file" name="file" type="file" accept="image/jpeg,image/png" required></div>
<button type="submit" class="secondary">[[Upload the cover image]]</button>
</form>
<p><a href="/editor/{{id}}/delete">[[Delete the article]]</a></p>
{{/existing}}
</section>
