{{%AUTOESCAPE context="HTML"}}
<h1>[[Leaderboard]]</h1>
<p class="lead">[[Who backed others up the most. Points: 5 for a backing, 10 when it is marked best, 1 for each vote it gets, 2 for a post.]]</p>
<nav class="tabs" aria-label="[[Period]]">
<ul>
{{#period}}<li><a href="/leaderboard?period={{key}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>
{{/period}}
</ul>
</nav>
{{#none}}<p class="muted">[[Nobody has points in this period yet. A backing is worth 5 — you could be first.]]</p>{{/none}}
{{#table}}
<table class="leaderboard">
<caption>{{period_label}}</caption>
<thead><tr><th scope="col">[[Place]]</th><th scope="col">[[Member]]</th><th scope="col">[[Points]]</th><th scope="col">[[Backings given]]</th></tr></thead>
<tbody>
{{#member}}<tr{{#me_row}} class="me"{{/me_row}}><td>{{place}}</td><td><a href="/u/{{handle}}">{{handle}}</a>{{#medal}} <span class="medal medal-{{medal_key}}">{{medal_name}}</span>{{/medal}}</td><td>{{points}}</td><td>{{backings}}</td></tr>
{{/member}}
</tbody>
</table>
{{/table}}
<p class="muted">[[Only members are ranked. Support persons help without points.]]</p>
