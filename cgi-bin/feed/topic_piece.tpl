{{%AUTOESCAPE context="HTML"}}
<h1>{{name}}</h1>
<p class="lead">{{description}}</p>
<p><a href="/post/new?topic={{slug}}">[[Write a post in this topic]]</a> · <a href="/t/{{slug}}/feed.xml">[[RSS feed of this topic]]</a></p>
<section aria-labelledby="posts-title">
<h2 id="posts-title">{{#first_page}}[[Newest posts]]{{/first_page}}{{#older_page}}[[Older posts]]{{/older_page}}</h2>
{{>post_list}}
</section>
<nav class="topic-nav" aria-labelledby="topics-title">
<h2 id="topics-title">[[Other topics]]</h2>
{{>topics}}
</nav>
