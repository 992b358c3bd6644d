{{%AUTOESCAPE context="HTML"}}
<section class="hero">
<h1>[[Back each other up]]</h1>
<p class="lead">[[Opbak is a community for young men between 13 and 25. Write about what is on your mind — girls, school, family, friends, your body, your mood — and get concrete advice from others who have been there, and from trained support persons.]]</p>
{{#guest}}
<p><a class="button" href="/account/register">[[Join with a pseudonym]]</a> <a href="/account/login">[[Log in]]</a></p>
<p class="muted">[[No e-mail, no real name. You decide what you share.]]</p>
{{/guest}}
{{#member}}
<p>[[Welcome back,]] {{handle}}.</p>
{{/member}}
</section>
<section class="how">
<h2>[[How it works]]</h2>
<ol>
<li><strong>[[Write a post.]]</strong> [[Tell about a dilemma in your life, in your own words.]]</li>
<li><strong>[[Get backings.]]</strong> [[Others answer with concrete advice: try this, this worked for me.]]</li>
<li><strong>[[Ask a support person.]]</strong> [[Trained counsellors with their own life experience answer you personally.]]</li>
</ol>
<p>[[You decide what you do with the advice. Nobody here preaches.]]</p>
</section>
