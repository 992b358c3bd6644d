{{%AUTOESCAPE context="HTML"}}
<nav class="topic-nav" aria-labelledby="topics-title">
<h2 id="topics-title">[[Topics]]</h2>
{{>topics}}
</nav>
<section aria-labelledby="newest-title">
<h2 id="newest-title">{{#first_page}}[[Newest posts]]{{/first_page}}{{#older_page}}[[Older posts]]{{/older_page}}</h2>
{{>post_list}}
</section>
