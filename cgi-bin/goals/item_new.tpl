{{%AUTOESCAPE context="HTML"}}
<section class="goals narrow">
{{#under}}<p><a href="{{parent_href}}">← <span data-user-text>{{parent_title}}</span></a></p>{{/under}}
{{#top}}<p><a href="/goals/all">← [[Your goals]]</a></p>{{/top}}
<h1>{{heading}}</h1>
{{#under}}<p>[[Below:]] <strong data-user-text>{{parent_title}}</strong></p>{{/under}}
{{#top}}<p class="hint">[[A goal is something you want to reach. You can break it into sub-goals and small activities afterwards. Only you see it unless you share it.]]</p>{{/top}}
<form method="post" action="{{action}}" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
{{>item_form}}
<button type="submit">[[Save]]</button> <a href="{{cancel_href}}">[[Cancel]]</a>
</form>
{{>feedback_form}}
</section>
