{{%AUTOESCAPE context="HTML"}}
<section class="goals progress-page">
<p><a href="/goals">← [[Today]]</a></p>
<h1>[[Your progress]]</h1>
{{#no_goals}}<p>[[No goals yet.]] <a href="/goals/new">[[Add a goal]]</a></p>{{/no_goals}}
{{#bars}}<ul class="rows goal-bars">
{{#bar}}<li><a href="/goals/{{id}}" data-user-text>{{title}}</a>{{#goal_done}} · [[Done]]{{/goal_done}}
{{#has_steps}}<p class="goal-progress"><progress max="{{total}}" value="{{done}}"></progress> <span>{{bar_text}}</span></p>{{/has_steps}}
{{#no_steps}}<p class="hint">[[No sub-goals or activities yet.]]</p>{{/no_steps}}</li>
{{/bar}}</ul>{{/bars}}
<h2>[[Week by week]]</h2>
<ol class="rows progress-weeks">
{{#week}}<li><h3><time datetime="{{monday_iso}}">{{week_label}}</time></h3>
{{#some}}<p class="goal-meta">{{count}}</p>
<ul>
{{#item}}<li><a href="/goals/{{id}}" data-user-text>{{title}}</a> <span class="goal-meta">{{level_label}}</span></li>
{{/item}}</ul>{{/some}}
{{#quiet}}<p class="hint">[[Nothing marked done this week. That is all right.]]</p>{{/quiet}}
</li>
{{/week}}</ol>
{{>feedback_form}}
</section>
