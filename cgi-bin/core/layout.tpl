{{%AUTOESCAPE context="HTML"}}<!doctype html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{{title}} · Opbak</title>
<link rel="stylesheet" href="/css/site.css">
<link rel="icon" href="/img/icon.svg" type="image/svg+xml">
<link rel="apple-touch-icon" href="/img/icon-180.png">
<link rel="manifest" href="/manifest.webmanifest">
<meta name="theme-color" content="#0a6363">
{{#feed}}<link rel="alternate" type="application/rss+xml" title="{{feed_title}}" href="{{feed_url}}">{{/feed}}
</head>
<body>
<a class="skip" href="#main">[[Skip to content]]</a>
<header class="top">
<a class="brand" href="/">Opbak</a>
<nav aria-label="[[Main]]">
<ul class="quick">
<li><a href="/search">[[Search]]</a></li>
{{#logged_in}}
<li><a class="button" href="/post/new">[[Write]]</a></li>
{{/logged_in}}
{{#logged_out}}
<li class="wide"><a href="/leaderboard">[[Leaderboard]]</a></li>
<li><a href="/account/login">[[Log in]]</a></li>
<li><a class="button" href="/account/register">[[Join]]</a></li>
{{/logged_out}}
</ul>
{{#logged_in}}
<details class="menu">
<summary>[[Menu]]{{#menu_unread}}<span class="count"><span class="visually-hidden">, </span>{{menu_unread_count}}<span class="visually-hidden"> [[unread]]</span></span>{{/menu_unread}}</summary>
<ul>
<li><a href="/leaderboard">[[Leaderboard]]</a></li>
<li><a href="/notifications">[[Notifications]]{{#unread}}<span class="count"><span class="visually-hidden">, </span>{{unread_count}}<span class="visually-hidden"> [[unread]]</span></span>{{/unread}}</a></li>
<li><a href="/u/{{me}}">{{me}}</a></li>
{{#chats}}<li><a href="/chat">[[Chat]]{{#chat_unread}}<span class="count"><span class="visually-hidden">, </span>{{chat_unread_count}}<span class="visually-hidden"> [[unread]]</span></span>{{/chat_unread}}</a></li>{{/chats}}
<li><a href="/goals">[[Goals]]</a></li>
{{#is_coach}}<li><a href="/coach">[[Caseload]]</a></li>{{/is_coach}}{{#is_employer}}<li><a href="/employer">[[Participants]]</a></li>{{/is_employer}}
{{#is_support}}<li><a href="/inbox">[[Inbox]]</a></li>{{/is_support}}{{#not_support}}<li><a href="/ask">[[Your questions]]</a></li>{{/not_support}}
<li><a href="/account/settings">[[Settings]]</a></li>
{{#is_mod}}<li><a href="/mod">[[Moderation]]</a></li>{{/is_mod}}
{{#is_admin}}<li><a href="/admin/users">[[Admin]]</a></li>{{/is_admin}}
<li><form method="post" action="/account/logout" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" class="link">[[Log out]]</button></form></li>
</ul>
</details>
{{/logged_in}}
</nav>
</header>
<main id="main">
{{>content}}
</main>
<footer class="bottom">
<p>[[Opbak is a place where young men back each other up. Be kind, be concrete.]]</p>
<p><a href="/articles">[[Articles]]</a> · <a href="/leaderboard">[[Leaderboard]]</a> · <a href="/feedback">[[Tell us what is good, what could be better, or about a problem]]</a> · <a href="/feed.xml">[[RSS]]</a></p>
{{#logged_out}}<nav class="languages" aria-label="[[Language]]"><ul>
{{#language}}<li>{{#chosen}}<span aria-current="true">{{name}}</span>{{/chosen}}{{#other}}<a href="/account/language?to={{code}}&amp;next={{here:u}}" lang="{{code}}" hreflang="{{code}}">{{name}}</a>{{/other}}</li>
{{/language}}</ul></nav>{{/logged_out}}
{{#logged_in}}<p>[[Language:]] {{lang_name}} · <a href="/account/settings#language">[[Change language]]</a></p>{{/logged_in}}
</footer>
</body>
</html>
