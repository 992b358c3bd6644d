{{%AUTOESCAPE context="HTML"}}
<section class="narrow admin-user">
<p><a href="/admin/users">[[Users]]</a></p>
<h1 data-user-text>{{handle}}</h1>
<p class="muted">[[Opening an account is written down: the member sees on his privacy page that an administrator opened it.]]</p>
<dl class="facts">
<dt>[[Pseudonym]]</dt><dd data-user-text>{{handle}}</dd>
<dt>[[Role]]</dt><dd>{{role_label}}</dd>
{{#support}}<dt>[[Rights]]</dt><dd>{{#moderates}}[[May moderate the community]]{{/moderates}}{{#moderates_not}}[[Does not moderate]]{{/moderates_not}}; {{#lead}}[[Lead support person: reads every conversation]]{{/lead}}{{#lead_not}}[[Not a lead support person]]{{/lead_not}}</dd>{{/support}}
<dt>[[Joined]]</dt><dd><time datetime="{{joined_iso}}">{{joined}}</time></dd>
<dt>[[Last login]]</dt><dd><time datetime="{{last_login_iso}}">{{last_login}}</time></dd>
<dt>[[Posts]]</dt><dd class="count-posts">{{posts}}</dd>
<dt>[[Backings]]</dt><dd class="count-backings">{{backings}}</dd>
<dt>[[Reports made]]</dt><dd class="count-reports">{{reports}}</dd>
<dt>[[Questions asked]]</dt><dd class="count-questions">{{questions}}</dd>
<dt>[[Goals]]</dt><dd class="count-goals">{{goals}}</dd>
</dl>
{{#yourself}}<p>[[This is your own account. Another admin changes your role.]]</p>{{/yourself}}
{{#other}}<p><a href="/admin/users?q={{q_url}}">[[Change role or rights]]</a></p>{{/other}}
</section>
