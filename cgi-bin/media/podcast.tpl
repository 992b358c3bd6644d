{{%AUTOESCAPE context="HTML"}}
<section class="articles podcast" aria-labelledby="podcast-title">
<h1 id="podcast-title" data-user-text>{{show_title}}</h1>
{{#first_page}}
{{#has_artwork}}<p><img class="artwork" src="/media/{{artwork_path}}" alt="[[The show's artwork]]" width="300" height="300"></p>{{/has_artwork}}
{{#has_show}}<p class="lead" data-user-text>{{show_description}}</p>{{/has_show}}
{{/first_page}}
{{#has_show}}<p><a href="/podcast/feed.xml">[[The podcast's RSS feed]]</a> · <a href="podcast://{{feed_host}}/podcast/feed.xml">[[Subscribe in your app]]</a></p>
<p class="hint">[[In your podcast app, choose to follow a show by its address, and paste:]] <code>{{feed_url}}</code></p>{{/has_show}}
{{#is_editor}}<p><a href="/editor/show">[[Edit the show]]</a> · <a href="/editor">[[Editor's desk]]</a></p>{{/is_editor}}
{{#empty}}<p class="muted">[[No episodes yet.]]</p>{{/empty}}
{{#list}}
<ol class="posts article-list">
{{#episode}}
<li>
<h2 class="post-title"><a href="/podcast/{{slug}}" data-user-text>{{title}}</a></h2>
<p class="meta">{{#numbered}}[[Episode {{episode_number}}]] · {{/numbered}}<time datetime="{{day_iso}}">{{day}}</time>{{#has_duration}} · {{clock}}{{/has_duration}}{{#has_topic}} · <a href="/t/{{topic_slug}}" lang="{{topic_lang}}">{{topic}}</a>{{/has_topic}}</p>
</li>
{{/episode}}
</ol>
{{/list}}
{{#more}}<p class="pager"><a href="/podcast?before={{next_before}}" rel="next">[[Older episodes]]</a></p>{{/more}}
</section>
