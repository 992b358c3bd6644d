{{%AUTOESCAPE context="HTML"}}
<section class="goals narrow">
<p><a href="/goals/{{id}}">← <span data-user-text>{{title_now}}</span></a></p>
<h1>[[Change it]]</h1>
<form method="post" action="/goals/{{id}}/edit" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
{{>item_form}}
<button type="submit">[[Save changes]]</button> <a href="/goals/{{id}}">[[Cancel]]</a>
</form>
{{>feedback_form}}
</section>
