{{%AUTOESCAPE context="HTML"}}
<h1 lang="{{name_lang}}">{{name}}</h1>
<p class="lead" lang="{{description_lang}}">{{description}}</p>
<p><a href="/post/new?topic={{slug}}">[[Write a post in this topic]]</a> · <a href="/t/{{slug}}/feed.xml">[[RSS feed of this topic]]</a></p>
{{#article}}<aside class="topic-article" aria-labelledby="article-title">
<h2 id="article-title">[[From the Opbak team]]</h2>
<p><a href="/articles/{{article_slug}}" data-user-text>{{article_title}}</a></p>
<p class="excerpt">{{article_summary}}</p>
</aside>{{/article}}
{{#episode}}<aside class="topic-article topic-episode" aria-labelledby="episode-title">
<h2 id="episode-title">[[From the Opbak podcast]]</h2>
<p><a href="/podcast/{{episode_slug}}" data-user-text>{{episode_title}}</a></p>
</aside>{{/episode}}
<section aria-labelledby="posts-title">
<h2 id="posts-title">{{list_title}}</h2>
{{>filters}}
{{>post_list}}
</section>
<nav class="topic-nav" aria-labelledby="topics-title">
<h2 id="topics-title">[[Other topics]]</h2>
{{>topics}}
</nav>
