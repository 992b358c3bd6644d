{{%AUTOESCAPE context="HTML"}}
<section class="chats">
<h1>[[Chat]]</h1>
{{#none}}<p>[[You have no chats yet. A chat with your coach or your employer starts here once you are linked.]]</p>{{/none}}
{{#some}}
<ul class="rows chat-list">
{{#chat}}<li><a href="/chat/{{id}}"><span class="chat-name" data-user-text>{{name}}</span>{{#unread}} <span class="count"><span class="visually-hidden">, </span>{{unread_count}}<span class="visually-hidden"> [[unread]]</span></span>{{/unread}}</a>
<p class="meta">{{role}}{{#ended}} · [[Ended]]{{/ended}}</p>
{{#last}}<p class="excerpt"><span data-user-text>{{excerpt}}</span>{{#cut}}…{{/cut}} · <time datetime="{{last_at_iso}}">{{last_at}}</time></p>{{/last}}
{{#empty}}<p class="hint">[[No messages yet.]]</p>{{/empty}}
</li>
{{/chat}}
</ul>
{{/some}}
{{>feedback_form}}
</section>
