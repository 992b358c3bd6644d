{{%AUTOESCAPE context="HTML"}}
<section class="notice" aria-labelledby="error-title">
<h1 id="error-title">{{heading}}</h1>
<p>{{message}}</p>
<p class="muted">[[Error code]] {{status}}</p>
<p><a href="/">[[Go to the front page]]</a></p>
</section>
