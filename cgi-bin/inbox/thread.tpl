{{%AUTOESCAPE context="HTML"}}
<article class="conversation" aria-labelledby="q-subject">
<header>
<h1 id="q-subject" data-user-text>{{subject}}</h1>
<p class="meta">{{#urgent}}<span class="badge urgent">[[Urgent]]</span> · {{/urgent}}<span class="status status-{{status}}">{{status_words}}</span> · [[asked]] <time datetime="{{asked_iso}}">{{asked}}</time>{{#asked_by_name}} · [[to]] <a href="/u/{{counsellor}}">{{counsellor}}</a>{{/asked_by_name}}{{#claimed}} · [[with]] <a href="/u/{{claimer}}">{{claimer}}</a>{{/claimed}}</p>
{{#about_post}}<p class="meta">[[About the post]] <a href="/p/{{post_id}}" data-user-text>{{post_title}}</a></p>{{/about_post}}
</header>
{{! The member's side only, right after he asked (ask.c): under the h1. }}
{{#sent}}
<p class="notice ok" role="status">[[Your question is sent. A support person will read it and answer you here.]]</p>
{{/sent}}
{{#help}}
<aside class="crisis" aria-labelledby="help-title">
<h2 id="help-title">[[If you need someone right now]]</h2>
<p>[[It sounds like things are really hard. You do not have to wait for us: you can talk to someone right now, for free and without giving your name.]]</p>
<ul>
<li>[[Denmark:]] <span lang="da">Livslinien</span> <a class="tel" href="tel:+4570201201">70 201 201</a> · <span lang="da">Børns Vilkår, BørneTelefonen</span> <a class="tel" href="tel:116111">116 111</a></li>
<li>[[Sweden:]] <span lang="sv">Mind Självmordslinjen</span> <a class="tel" href="tel:90101">90101</a> · BRIS <a class="tel" href="tel:116111">116 111</a></li>
<li>[[If you are in danger right now, call]] <a class="tel" href="tel:112">112</a>.</li>
</ul>
</aside>
{{/help}}
<ol class="thread">
<li class="message by-member"><p class="who"><span data-user-text>{{member}}</span>{{#show_age}}, {{member_age}} [[years]]{{/show_age}}</p>
<div class="body">{{question_html:none}}</div></li>
{{#message}}{{>item}}
{{/message}}
</ol>
</article>
