{{%AUTOESCAPE context="HTML"}}
<section class="narrow privacy looked">
<h1>[[Who looked at your data]]</h1>
<p>[[Every time someone else opened or changed your data, it is written down. Here you see each time, newest first: your coach, an employer, a close relative and support persons by their pseudonym; moderators and administrators by their role only, as they are never named to members.]]</p>
{{#nobody}}<p class="empty">[[Nobody has opened your data.]]</p>{{/nobody}}
{{#no_older}}<p class="empty">[[There is nothing older.]]</p>{{/no_older}}
<ul class="rows looked-list">
{{#look}}<li class="look" id="look-{{id}}"><time datetime="{{at_iso}}">{{at}}</time>: <span class="who">{{#named}}<strong data-user-text>{{who}}</strong>{{/named}}{{#unnamed}}{{who}}{{/unnamed}}{{#related}} ({{relation}}){{/related}}</span> <span class="what">{{what}}</span>.</li>
{{/look}}
</ul>
{{#more}}<p><a href="/account/privacy/looked?before={{next_before}}">[[Older]]</a></p>{{/more}}
{{#paged}}<p><a href="/account/privacy/looked">[[Newest]]</a></p>{{/paged}}
<p><a href="/account/privacy">[[Back to your data]]</a></p>
</section>
