{{%AUTOESCAPE context="HTML"}}
{{! One message of a conversation: on the page (thread.tpl, each row of
    "message") and as a live update (live.h, thread.c inbox_live_message). }}
<li class="message{{#note}} note{{/note}}{{#by_member}} by-member{{/by_member}}{{#by_staff}} by-staff{{/by_staff}}" id="m{{id}}">
<p class="who">{{#note}}<span class="badge">[[Internal note]]</span> {{/note}}{{#by_member}}<span data-user-text>{{author}}</span>{{/by_member}}{{#by_staff}}<a href="/u/{{author}}">{{author}}</a> <span class="badge">[[Support person]]</span>{{/by_staff}}{{#by_nobody}}[[Deleted account]]{{/by_nobody}} · <time datetime="{{at_iso}}">{{at}}</time></p>
<div class="body">{{body_html:none}}</div></li>
