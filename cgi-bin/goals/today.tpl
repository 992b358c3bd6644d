{{%AUTOESCAPE context="HTML"}}
<section class="goals today">
{{#acknowledged}}<p class="notice ok today-done" role="status">[[Done:]] <strong data-user-text>{{done_title}}</strong>. {{well_done}}</p>{{/acknowledged}}
<h1>[[Today]]</h1>
{{#first}}<div class="today-step">
{{#first_now}}<p class="today-label">[[Your step now]]</p>{{/first_now}}
{{#first_later}}<p class="today-label">[[Nothing is due today. Next:]]</p>{{/first_later}}
<h2 class="today-title"><a href="/goals/{{id}}" data-user-text>{{title}}</a></h2>
<p class="goal-meta"><time datetime="{{due_iso}}">{{due_text}}</time> · <span data-user-text>{{goal_title}}</span></p>
<form method="post" action="/goals/{{id}}/done">
<input type="hidden" name="csrf" value="{{csrf}}">
<button type="submit" class="big today-done-button">[[Done]]</button>
</form>
</div>{{/first}}
{{#nothing}}<div class="today-step">
<p>[[Nothing is due. Take it easy today.]]</p>
<p><a class="button secondary" href="/goals/new">[[Add a goal]]</a></p>
</div>{{/nothing}}
{{#has_next}}<h2>[[Next]]</h2>
<ul class="rows today-next">
{{#next}}<li><a href="/goals/{{id}}" data-user-text>{{title}}</a> <span class="goal-meta"><time datetime="{{due_iso}}">{{due_text}}</time></span></li>
{{/next}}</ul>{{/has_next}}
{{#proposals}}<h2>[[Your coach proposes]]</h2>
<ul class="rows today-proposals">
{{#proposal}}<li><a href="/goals/{{id}}" data-user-text>{{title}}</a> <span class="goal-meta">{{level_label}}</span></li>
{{/proposal}}</ul>{{/proposals}}
{{#checklists}}<h2>[[Checklists for today]]</h2>
<ul class="rows today-checklists">
{{#checklist}}<li><a href="/goals/checklists/{{id}}" data-user-text>{{title}}</a> <span class="count">{{left}}</span></li>
{{/checklist}}</ul>{{/checklists}}
<nav class="goals-nav" aria-label="[[Goals]]">
<ul>
<li><a href="/goals/all">[[All your goals]]</a></li>
<li><a href="/goals/progress">[[Progress]]</a></li>
<li><a href="/goals/checklists">[[Checklists]]</a></li>
<li><a href="/goals/indicators">[[How you feel]]</a></li>
<li><a href="/goals/calendar">[[Calendar]]</a></li>
<li><a href="/goals/people">[[Your people]]</a></li>
<li><a href="/chat">[[Chat]]</a></li>
</ul>
</nav>
{{>feedback_form}}
</section>
