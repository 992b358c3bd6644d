{{%AUTOESCAPE context="HTML"}}
<section class="employer">
<h1>[[Your participants]]</h1>
{{#none}}<p>[[Nobody is linked to you yet. When a participant says yes to a link his coach suggests, you find him here.]]</p>{{/none}}
{{#some}}
<ul class="rows">
{{#participant}}<li>
<p><a href="/employer/p/{{id}}" data-user-text>{{handle}}</a>{{#has_placement}}, <span data-user-text>{{placement}}</span>{{/has_placement}} <span class="meta">[[linked since]] <time datetime="{{since_iso}}">{{since}}</time></span></p>
{{#has_chat}}<p><a href="/chat/{{chat_id}}">[[Chat]]</a></p>{{/has_chat}}
</li>{{/participant}}
</ul>
{{/some}}
</section>
{{>feedback_form}}
