{{%AUTOESCAPE context="HTML"}}
<section class="desk">
<h1>[[Editor's desk]]</h1>
{{#done}}<p class="notice ok" role="status">{{notice}}</p>{{/done}}
<p><a class="button" href="/editor/new">[[New article]]</a> · <a href="/articles">[[The public list]]</a> · <a class="button" href="/editor/episodes/new">[[New episode]]</a> · <a href="/editor/show">[[The podcast's show]]</a></p>
<h2>[[My drafts]]</h2>
{{#has_mine}}<ul class="desk-list">{{#mine}}<li><a href="/editor/{{id}}" data-user-text>{{title}}</a> <span class="meta">[[changed]] <time datetime="{{changed_iso}}">{{changed}}</time></span></li>
{{/mine}}</ul>{{/has_mine}}
{{#no_mine}}<p class="muted">[[No drafts.]]</p>{{/no_mine}}
{{#has_others}}<h2>[[Drafts by others]]</h2>
<ul class="desk-list">{{#others}}<li><a href="/editor/{{id}}" data-user-text>{{title}}</a> <span class="meta"><span data-user-text>{{author}}</span> · <time datetime="{{changed_iso}}">{{changed}}</time></span></li>
{{/others}}</ul>{{/has_others}}
<h2>[[Scheduled]]</h2>
{{#has_scheduled}}<ul class="desk-list">{{#scheduled}}<li><a href="/editor/{{id}}" data-user-text>{{title}}</a> <span class="meta">[[public from]] <time datetime="{{when_iso}}">{{when}}</time></span></li>
{{/scheduled}}</ul>{{/has_scheduled}}
{{#no_scheduled}}<p class="muted">[[Nothing is scheduled.]]</p>{{/no_scheduled}}
<h2>[[Published]]</h2>
{{#has_published}}<ul class="desk-list">{{#published}}<li><a href="/editor/{{id}}" data-user-text>{{title}}</a> <span class="meta"><a href="/articles/{{slug}}">/articles/{{slug}}</a> · <time datetime="{{when_iso}}">{{when}}</time></span></li>
{{/published}}</ul>{{/has_published}}
{{#no_published}}<p class="muted">[[Nothing is published.]]</p>{{/no_published}}
{{#has_unpublished}}<h2>[[Unpublished]]</h2>
<ul class="desk-list">{{#unpublished}}<li><a href="/editor/{{id}}" data-user-text>{{title}}</a> <span class="meta">[[changed]] <time datetime="{{changed_iso}}">{{changed}}</time></span></li>
{{/unpublished}}</ul>{{/has_unpublished}}
{{#truncated}}<p class="muted">[[Only the {{desk_rows}} articles changed last are listed.]]</p>{{/truncated}}
<h2 id="episodes">[[Podcast episodes]]</h2>
{{#has_episodes}}<ul class="desk-list">{{#episode}}<li><a href="/editor/episodes/{{id}}" data-user-text>{{title}}</a> <span class="meta">{{state}}{{#no_audio}} · [[no audio yet]]{{/no_audio}} · [[changed]] <time datetime="{{changed_iso}}">{{changed}}</time></span></li>
{{/episode}}</ul>{{/has_episodes}}
{{#no_episodes}}<p class="muted">[[No episodes yet.]]</p>{{/no_episodes}}
</section>
