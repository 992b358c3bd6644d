{{%AUTOESCAPE context="HTML"}}
<section class="articles" aria-labelledby="articles-title">
<h1 id="articles-title">[[Articles]]</h1>
{{#first_page}}<p class="lead">[[The Opbak team writes about what often comes up in young men's lives. Each article links to the posts of its topic, where you can ask the others.]]</p>{{/first_page}}
<p><a href="/articles/feed.xml">[[RSS feed of the articles]]</a>{{#is_editor}} · <a href="/editor">[[Editor's desk]]</a>{{/is_editor}}</p>
{{#empty}}<p class="muted">[[No articles yet.]]</p>{{/empty}}
{{#list}}
<ol class="posts article-list">
{{#article}}
<li>
<h2 class="post-title"><a href="/articles/{{slug}}">{{title}}</a></h2>
<p class="excerpt">{{summary}}</p>
<p class="meta"><a href="/t/{{topic_slug}}" lang="{{topic_lang}}">{{topic}}</a> · <time datetime="{{day_iso}}">{{day}}</time></p>
</li>
{{/article}}
</ol>
{{/list}}
{{#more}}<p class="pager"><a href="/articles?before={{next_before}}" rel="next">[[Older articles]]</a></p>{{/more}}
</section>
