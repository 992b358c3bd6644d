{{%AUTOESCAPE context="HTML"}}
<section class="conversations">
<h1>[[Your questions]]</h1>
<p>[[Your conversations with the support persons. Only you and the support persons can read them.]]</p>
<p><a class="button" href="/post/ask">[[Ask a support person]]</a></p>
{{#none}}<p>[[You have not asked a support person anything yet. When you do, your conversation is here, and the answer comes here too.]]</p>{{/none}}
{{#no_older}}<p>[[There are no older conversations.]] <a href="/ask">[[Back to your newest questions]]</a></p>{{/no_older}}
{{#some}}
<ul class="rows">
{{#conversation}}
<li class="conversation-row">
<p class="subject"><a href="/ask/{{id}}">{{#has_subject}}<span data-user-text>{{subject}}</span>{{/has_subject}}{{#no_subject}}<span data-user-text>{{opening}}</span>{{#cut}}…{{/cut}}{{/no_subject}}</a></p>
<p class="meta"><span class="status status-{{status}}">{{status_words}}</span> · {{#asked_by_name}}[[asked of]] <a href="/u/{{counsellor}}">{{counsellor}}</a>{{/asked_by_name}}{{#asked_any}}[[asked of the first support person available]]{{/asked_any}} · [[last activity]] <time datetime="{{activity_iso}}">{{activity}}</time></p>
</li>
{{/conversation}}
</ul>
{{/some}}
{{#more}}<p class="pager"><a href="/ask?before={{next_before}}">[[Older questions]]</a></p>{{/more}}
{{#older}}<p class="pager"><a href="/ask">[[Newest questions]]</a></p>{{/older}}
</section>
