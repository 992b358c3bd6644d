{{%AUTOESCAPE context="HTML"}}
{{! One message of a chat: on the page (chat.tpl, each row of "message")
    and as a live update (chat.c publish). by-participant / by-other: the
    page's class as-participant / as-other marks the reader's own. }}
<li class="message by-{{side}}" id="m{{seq}}" data-seq="{{seq}}">
<p class="who">{{#by_someone}}<span data-user-text>{{author}}</span>{{/by_someone}}{{#by_nobody}}[[Deleted account]]{{/by_nobody}} · <time datetime="{{at_iso}}">{{at}}</time></p>
<p class="body" data-user-text>{{body:pre_escape}}</p></li>
