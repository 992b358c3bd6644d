{{%AUTOESCAPE context="HTML"}}
<section class="caseload">
<h1>[[Your participants]]</h1>
{{#none}}<p class="notice">[[Nobody has you as coach yet. When an admin gives you participants, they appear here.]]</p>{{/none}}
{{#some}}<p class="hint">[[Those waiting for your feedback come first, then those who have done nothing for {{quiet_days_limit}} days, then the rest.]]</p>
{{#cut}}<p class="notice">[[Only the first {{shown}} are shown.]]</p>{{/cut}}
<ul class="rows caseload-list">
{{#participant}}<li class="caseload-row caseload-{{place}}">
<h2><a href="/coach/p/{{id}}" data-user-text>{{handle}}</a></h2>
{{#has_waiting}}<p class="caseload-waiting"><strong>{{waiting_text}}</strong></p>{{/has_waiting}}
{{#is_quiet}}<p class="caseload-quiet">{{quiet_text}}</p>{{/is_quiet}}
{{#news}}<ul class="caseload-news">
{{#news_item}}<li>{{text}}</li>
{{/news_item}}</ul>{{/news}}
{{#unread}}<p><a href="/chat/{{chat_id}}">{{unread_text}}</a></p>{{/unread}}
<p class="meta">{{#seen}}[[You looked]] <time datetime="{{seen_iso}}">{{seen}}</time>{{/seen}}{{#never_seen}}[[You have not looked yet]]{{/never_seen}}</p>
</li>
{{/participant}}</ul>{{/some}}
</section>
{{>feedback_form}}
