{{%AUTOESCAPE context="HTML"}}
<section>
<h1>[[Delete the episode?]]</h1>
<p><strong data-user-text>{{title}}</strong></p>
{{#is_live}}<p class="notice">[[It is public now: its page and its place in the feed go away, and so do its files.]]</p>{{/is_live}}
<p>[[Deleting cannot be undone. To take it down for a while, unpublish it instead.]]</p>
<form method="post" action="/editor/episodes/{{id}}/delete">
<input type="hidden" name="csrf" value="{{csrf}}">
<button type="submit" class="danger">[[Delete for good]]</button>
<a href="/editor/episodes/{{id}}">[[Cancel]]</a>
</form>
</section>
