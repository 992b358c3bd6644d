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
{{newest:none}}
