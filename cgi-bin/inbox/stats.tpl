{{%AUTOESCAPE context="HTML"}}
<section class="stats">
<h1>[[Inbox statistics]]</h1>
<nav class="tabs" aria-label="[[Period]]">
<ul>
{{#period}}<li><a href="/inbox/stats?weeks={{key}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>
{{/period}}
</ul>
</nav>
<p class="hint">[[Counts and times only. The first answer is the first message to the member from a support person; internal notes do not count. Weeks run Monday to Sunday in the time zone]] {{zone}}.</p>
{{tables:none}}
</section>
