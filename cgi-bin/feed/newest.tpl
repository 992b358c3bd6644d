{{%AUTOESCAPE context="HTML"}}
<nav class="topic-nav" aria-labelledby="topics-title">
<h2 id="topics-title">[[Topics]]</h2>
{{>topics}}
</nav>
<section aria-labelledby="newest-title">
<h2 id="newest-title">{{list_title}}</h2>
{{>filters}}
{{>post_list}}
</section>
