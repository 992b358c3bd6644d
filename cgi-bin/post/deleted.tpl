{{%AUTOESCAPE context="HTML"}}
<section class="narrow">
<h1>[[Your post is deleted]]</h1>
<p class="notice ok" role="status">[[It is gone, with its backings.]]</p>
<p><a href="/">[[Back to the front page]]</a> · <a href="/post/new">[[Write a new post]]</a></p>
</section>
