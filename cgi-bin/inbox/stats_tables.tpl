{{%AUTOESCAPE context="HTML"}}
{{! The tables of /inbox/stats: made once per period and kept (stats.c). }}
{{#total}}<p class="stats-total">[[Asked]]: <span class="n-asked">{{asked}}</span> · [[Answered]]: <span class="n-answered">{{answered}}</span> · [[Median time to first answer]]: {{#median}}<time datetime="{{iso}}">{{words}}</time>{{/median}}{{#no_median}}–{{/no_median}} · [[Answered within 24 hours]]: {{share}}</p>{{/total}}
{{#cut}}<p class="notice">[[Only the newest questions are counted:]] {{max}}.</p>{{/cut}}
<table class="stats-table" id="weeks">
<caption>[[Questions per week, newest first]]</caption>
<thead><tr><th scope="col">[[Week]]</th><th scope="col" class="num">[[Asked]]</th><th scope="col" class="num">[[Answered]]</th><th scope="col" class="num">[[Median time to first answer]]</th><th scope="col" class="num">[[Answered within 24 hours]]</th></tr></thead>
<tbody>
{{#week}}<tr id="week-{{week_iso}}"><th scope="row">{{week}} <span class="muted">([[from]] {{from}})</span></th><td class="num">{{asked}}</td><td class="num">{{answered}}</td><td class="num">{{#median}}<time datetime="{{iso}}">{{words}}</time>{{/median}}{{#no_median}}–{{/no_median}}</td><td class="num">{{share}}</td></tr>
{{/week}}
</tbody>
</table>
<table class="stats-table" id="topics">
<caption>[[Per topic of the post asked about]]</caption>
<thead><tr><th scope="col">[[Topic]]</th><th scope="col" class="num">[[Asked]]</th><th scope="col" class="num">[[Answered]]</th><th scope="col" class="num">[[Median time to first answer]]</th><th scope="col" class="num">[[Answered within 24 hours]]</th></tr></thead>
<tbody>
{{#topic}}<tr><th scope="row">{{#named}}<span lang="{{lang}}">{{name}}</span>{{/named}}{{#no_post}}[[No post]]{{/no_post}}</th><td class="num">{{asked}}</td><td class="num">{{answered}}</td><td class="num">{{#median}}<time datetime="{{iso}}">{{words}}</time>{{/median}}{{#no_median}}–{{/no_median}}</td><td class="num">{{share}}</td></tr>
{{/topic}}
{{#no_topics}}<tr><td colspan="5">[[No questions in this period.]]</td></tr>{{/no_topics}}
</tbody>
</table>
<table class="stats-table" id="people">
<caption>[[Per support person: the questions he answered first]]</caption>
<thead><tr><th scope="col">[[Support person]]</th><th scope="col" class="num">[[Answered first]]</th><th scope="col" class="num">[[Median time to first answer]]</th></tr></thead>
<tbody>
{{#person}}<tr><th scope="row"><span data-user-text>{{handle}}</span></th><td class="num">{{answered}}</td><td class="num">{{#median}}<time datetime="{{iso}}">{{words}}</time>{{/median}}{{#no_median}}–{{/no_median}}</td></tr>
{{/person}}
{{#no_people}}<tr><td colspan="3">[[No answers in this period.]]</td></tr>{{/no_people}}
</tbody>
</table>
