{{%AUTOESCAPE context="HTML"}}
<section class="goals">
<p><a href="/goals">← [[Today]]</a></p>
<h1>[[Your goals]]</h1>
<p><a class="button" href="/goals/new">[[Add a goal]]</a></p>
<h2>[[Goals, sub-goals and activities]]</h2>
{{>tree}}
<p><a href="/goals/progress">[[See your progress]]</a></p>
{{>feedback_form}}
</section>
