{{%AUTOESCAPE context="HTML"}}
<section class="profile" aria-labelledby="profile-title">
<h1 id="profile-title">{{handle}}{{#support}} <span class="support-mark">[[Support person]]</span>{{/support}}</h1>
{{#reserved}}<p class="bio">[[These are questions members asked our support persons privately, published with their answers because the members allowed it. The support persons removed anything that could tell who asked.]]</p>{{/reserved}}
{{#has_bio}}<p class="bio">{{bio}}</p>{{/has_bio}}
{{#is_me}}<p><a href="/account/settings">[[Edit your profile]]</a></p>{{/is_me}}
{{#support}}
{{#has_life_experience}}
<h2>[[Life experience]]</h2>
<p class="life-experience">{{life_experience}}</p>
{{/has_life_experience}}
{{#knows}}
<h2>[[Topics known well]]</h2>
<ul class="topics">
{{#known_topic}}<li><a href="/t/{{slug}}" lang="{{name_lang}}">{{name}}</a></li>
{{/known_topic}}
</ul>
{{/knows}}
<p><a class="button" href="/post/ask?counsellor={{handle}}">[[Ask]] {{handle}} [[for a backing]]</a></p>
{{/support}}
<dl class="facts">
<dt>[[Joined]]</dt><dd><time datetime="{{joined_iso}}">{{joined}}</time></dd>
<dt>[[Backings given]]</dt><dd>{{backings_count}}</dd>
{{#has_points}}<dt>[[Points, all time]]</dt><dd>{{points}}</dd>{{/has_points}}
</dl>
{{#awards}}
<h2>[[Medals and badges]]</h2>
<ul class="awards">
{{#medal}}<li><span class="medal medal-{{medal_key}}">{{medal_name}}</span> [[on the leaderboard]] {{period}}</li>
{{/medal}}
{{#badge}}<li><span class="badge badge-{{key}}">{{label}}</span> <span class="muted">{{why}}</span></li>
{{/badge}}
</ul>
{{/awards}}
</section>

<section aria-labelledby="given-title">
<h2 id="given-title">[[Latest backings given]]</h2>
{{#no_given}}<p class="muted">[[No backings yet.]]</p>{{/no_given}}
{{#has_given}}
<ul class="rows">
{{#given}}<li><a href="/p/{{post_id}}#b{{bid}}">{{title}}</a> <span class="muted"><time datetime="{{age_iso}}">{{age}}</time></span></li>
{{/given}}
</ul>
{{/has_given}}
</section>

<section aria-labelledby="posts-title">
<h2 id="posts-title">{{#first_page}}[[Posts]]{{/first_page}}{{#older_page}}[[Older posts]]{{/older_page}}</h2>
{{>post_list}}
</section>
