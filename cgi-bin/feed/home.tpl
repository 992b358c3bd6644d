{{%AUTOESCAPE context="HTML"}}
<section class="hero">
<h1>[[Back each other up]]</h1>
{{#guest}}
<p class="lead">[[Opbak is a community for young men between 13 and 25. Write about what is on your mind — girls, school, family, friends, your body, your mood — and get concrete advice from others who have been there, and from trained support persons.]]</p>
<p><a class="button" href="/account/register">[[Join with a pseudonym]]</a> <a href="/account/login">[[Log in]]</a></p>
<p class="muted">[[No e-mail, no real name. You decide what you share.]]</p>
{{/guest}}
{{#member}}
<p>[[Welcome back,]] {{handle}}. [[Something on your mind? Others here have been there.]] <a href="/post/new">[[Write a post]]</a></p>
{{/member}}
</section>
<nav class="topic-nav" aria-labelledby="topics-title">
<h2 id="topics-title">[[Topics]]</h2>
{{>topics}}
</nav>
<section aria-labelledby="newest-title">
<h2 id="newest-title">{{#first_page}}[[Newest posts]]{{/first_page}}{{#older_page}}[[Older posts]]{{/older_page}}</h2>
{{>post_list}}
</section>
