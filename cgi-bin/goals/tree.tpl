{{%AUTOESCAPE context="HTML"}}
{{! Goals, sub-goals and activities (item_form.c, goals_tree). }}
{{#none}}<p class="notice">[[No goals here yet.]]</p>{{/none}}
{{#some}}<ul class="goal-tree">
{{#goal}}<li class="goal-tree-goal status-{{status}}">
<h3 class="goal-tree-title">{{#link}}<a href="{{href}}" data-user-text>{{title}}</a>{{/link}}{{#nolink}}<span data-user-text>{{title}}</span>{{/nolink}}</h3>
<p class="goal-meta"><span class="goal-status">{{status_label}}</span>{{#agreed}} · [[Agreed with the coach]]{{/agreed}}{{#personal}} · [[Personal]]{{/personal}}{{#shared}} · [[Shared]]{{/shared}}{{#due}} · <time datetime="{{due_iso}}">{{due_text}}</time>{{/due}}</p>
{{#progress}}<p class="goal-progress"><progress max="{{total}}" value="{{done}}">{{percent}}%</progress> <span>{{progress_text}}</span></p>{{/progress}}
{{#no_steps}}<p class="hint">[[No sub-goals or activities yet.]]</p>{{/no_steps}}
{{#subgoals}}<ul class="goal-tree-sub">
{{#subgoal}}<li class="status-{{status}}">{{#link}}<a href="{{href}}" data-user-text>{{title}}</a>{{/link}}{{#nolink}}<span data-user-text>{{title}}</span>{{/nolink}}
<span class="goal-meta">{{level_label}} · {{status_label}}{{#due}} · <time datetime="{{due_iso}}">{{due_text}}</time>{{/due}}</span>
{{#activities}}<ul class="goal-tree-sub">
{{#activity}}<li class="status-{{status}}">{{#link}}<a href="{{href}}" data-user-text>{{title}}</a>{{/link}}{{#nolink}}<span data-user-text>{{title}}</span>{{/nolink}}
<span class="goal-meta">{{level_label}} · {{status_label}}{{#due}} · <time datetime="{{due_iso}}">{{due_text}}</time>{{/due}}</span></li>
{{/activity}}</ul>{{/activities}}
</li>
{{/subgoal}}</ul>{{/subgoals}}
</li>
{{/goal}}</ul>{{/some}}
