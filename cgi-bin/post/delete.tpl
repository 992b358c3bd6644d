{{%AUTOESCAPE context="HTML"}}
<section class="narrow">
<h1>[[Delete your post?]]</h1>
<p>[[Your post “{{title}}” will be gone, with every backing others wrote on it and the points they got for them. This cannot be undone.]]</p>
<form method="post" action="/post/{{post_id}}/delete">
<input type="hidden" name="csrf" value="{{csrf}}">
<button type="submit" class="danger">[[Delete it]]</button> <a href="/p/{{post_id}}">[[Keep it]]</a>
</form>
</section>
