{{%AUTOESCAPE context="HTML"}}
{{#empty}}<p class="muted">{{empty_text}}</p>{{/empty}}
{{#list}}
<ol class="posts">
{{#post}}
<li>
<h3 class="post-title"><a href="/p/{{id}}">{{title}}</a></h3>
<p class="excerpt">{{excerpt}}</p>
<p class="meta"><a href="/t/{{slug}}" lang="{{topic_lang}}">{{topic}}</a> · <a href="/u/{{handle}}">{{handle}}</a> · <time datetime="{{age_iso}}">{{age}}</time> · <span class="backings">{{backings}}</span>{{#answered}} · <span class="support-mark">[[A support person answered]]</span>{{/answered}}</p>
</li>
{{/post}}
</ol>
{{/list}}
{{#more}}<p class="pager"><a href="{{more_href}}{{next_before}}" rel="next">{{more_text}}</a></p>{{/more}}
