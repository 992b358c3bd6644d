{{%AUTOESCAPE context="HTML"}}
{{#preview}}<p class="notice" role="status">[[Preview: this is how the article will look. It is not public until it is published.]] <a href="/editor/{{id}}">[[Back to editing]]</a></p>{{/preview}}
<article class="post article" aria-labelledby="article-title">
<h1 id="article-title" data-user-text>{{title}}</h1>
<p class="meta"><a href="/t/{{topic_slug}}" lang="{{topic_lang}}">{{topic}}</a>{{#dated}} · <time datetime="{{day_iso}}">{{day}}</time>{{/dated}}</p>
<p class="lead" data-user-text>{{summary}}</p>
{{#cover}}<p class="cover"><img src="/media/{{cover_path}}" alt=""></p>{{/cover}}
<div class="body">{{body_html:none}}</div>
</article>
<aside class="article-topic" aria-labelledby="topic-more">
<h2 id="topic-more">[[Talk about it]]</h2>
<p><a href="/t/{{topic_slug}}">[[Read what others write about]] <span lang="{{topic_lang}}">{{topic}}</span></a> · <a href="/post/new?topic={{topic_slug}}">[[Write a post in this topic]]</a></p>
</aside>
<p><a href="/articles">← [[All articles]]</a>{{#is_editor}} · <a href="/editor/{{id}}">[[Edit]]</a>{{/is_editor}}</p>
