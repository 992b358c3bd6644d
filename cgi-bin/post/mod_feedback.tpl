{{%AUTOESCAPE context="HTML"}}
<section>
<p><a href="/mod">← [[Back to the queue]]</a></p>
<h1>[[Feedback to the team]]</h1>
{{#none}}<p>[[No feedback yet.]]</p>{{/none}}
{{#item}}
<article class="mod-item feedback-{{kind}}" aria-labelledby="feedback-{{id}}">
<h2 id="feedback-{{id}}">{{kind_label}}</h2>
<p class="muted"><span class="badge feedback-area-{{area}}">{{area_label}}</span> · {{#member}}<a href="/u/{{handle}}">{{handle}}</a>{{/member}}{{#anonymous}}[[anonymous]]{{/anonymous}} · <time datetime="{{created_iso}}">{{created}}</time></p>
<div class="mod-text">{{body}}</div>
</article>
{{/item}}
{{#more}}<p><a href="/mod/feedback?before={{next_before}}">[[Older feedback]]</a></p>{{/more}}
</section>
