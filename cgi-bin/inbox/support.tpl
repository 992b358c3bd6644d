{{%AUTOESCAPE context="HTML"}}
<section class="support">
<h1>[[Support persons]]</h1>
<p class="lead">[[Ask a support person for a backing, privately. Only he and the other support persons read your question.]]</p>
<p><a class="button" href="/post/ask?counsellor=any">[[Ask the first available]]</a></p>
{{#nobody}}<p class="muted">[[There are no support persons yet.]]</p>{{/nobody}}
<ul class="support-list">
{{#person}}<li class="support-person{{#available}} available{{/available}}">
<h2><a href="/u/{{handle}}" data-user-text>{{handle}}</a></h2>
{{#available}}<p class="status status-available">[[Available now]]</p>{{/available}}
{{#away}}<p class="status status-away">[[Not available right now — you can still ask, he answers when he is back]]</p>{{/away}}
{{#has_bio}}<p class="bio" data-user-text>{{bio}}</p>{{/has_bio}}
{{#has_life_experience}}<h3>[[Life experience]]</h3>
<p class="life-experience" data-user-text>{{life_experience}}</p>{{/has_life_experience}}
{{#has_topics}}<h3>[[Topics known well]]</h3>
<ul class="topics">
{{#topic}}<li><a href="/t/{{slug}}" lang="{{name_lang}}">{{name}}</a></li>
{{/topic}}</ul>{{/has_topics}}
<p><a class="button secondary" href="/post/ask?counsellor={{handle}}">[[Ask {{handle}}]]</a></p>
</li>
{{/person}}
</ul>
</section>
