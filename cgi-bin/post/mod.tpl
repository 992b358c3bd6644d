{{%AUTOESCAPE context="HTML"}}
<section class="mod">
<h1>[[Moderation]]</h1>
{{#is_admin}}<p><a href="/mod/settings">[[Night pre-moderation settings]]</a> · <a href="/mod/feedback">[[Feedback to the team]]</a></p>{{/is_admin}}
{{#done}}<p class="notice ok" role="status">{{done_message}}</p>{{/done}}

<h2 id="reports">[[Open reports]]</h2>
<p class="hint">[[Most urgent first: words about suicide or self-harm, and sexual content involving minors.]]</p>
{{#no_reports}}<p>[[No open reports.]]</p>{{/no_reports}}
{{#report}}
<article class="mod-item{{#urgent}} urgent{{/urgent}}" aria-labelledby="report-{{id}}">
<h3 id="report-{{id}}">{{#urgent}}<span class="mark-urgent">[[Urgent]]</span> {{/urgent}}{{reason}}</h3>
<p class="muted">{{#by_member}}[[Reported by]] {{reporter}}{{/by_member}}{{#automatic}}[[Found automatically: words about suicide or self-harm]]{{/automatic}} · <time datetime="{{created_iso}}">{{created}}</time></p>
{{#has_note}}<p class="mod-note"><strong>[[Note]]:</strong> <span data-user-text>{{note}}</span></p>{{/has_note}}
{{#exists}}<p>{{#is_post}}[[Post]]{{/is_post}}{{#is_backing}}[[Backing]]{{/is_backing}} [[by]] <a href="/u/{{author}}">{{author}}</a> [[on]] <a href="/p/{{post_id}}{{#is_backing}}#b{{backing_id}}{{/is_backing}}">{{title}}</a> · {{status}}{{#crisis}} · <span class="mark-crisis">[[crisis]]</span>{{/crisis}}</p>{{/exists}}
{{#gone}}<p>{{#is_post}}[[Post]]{{/is_post}}{{#is_backing}}[[Backing]]{{/is_backing}} [[by]] {{author}} [[on]] <span data-user-text>{{title}}</span> · <strong class="mark-gone">{{status}}</strong></p>
<p class="hint">[[The text as it was reported, kept for the moderators:]]</p>{{/gone}}
<div class="mod-text">{{text}}</div>
<div class="mod-actions">
{{#gone}}<form method="post" action="/mod/{{id}}/dismiss" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">[[Close the report]]<span class="visually-hidden"> ([[report on]] {{title}})</span></button></form>{{/gone}}
{{#exists}}{{#can_hide}}<form method="post" action="/mod/{{id}}/hide" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" class="danger">[[Hide]]<span class="visually-hidden"> ({{title}})</span></button></form>{{/can_hide}}
{{#can_restore}}<form method="post" action="/mod/{{id}}/restore" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{#was_held}}[[Approve]]{{/was_held}}{{#was_hidden}}[[Restore]]{{/was_hidden}}<span class="visually-hidden"> ({{title}})</span></button></form>{{/can_restore}}
<form method="post" action="/mod/{{id}}/dismiss" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" class="secondary">[[Dismiss]]<span class="visually-hidden"> ([[report on]] {{title}})</span></button></form>{{/exists}}
</div>
</article>
{{/report}}
{{#more_reports}}<p><a href="/mod?prio={{next_prio}}&amp;after={{next_after}}">[[More reports]]</a></p>{{/more_reports}}

<h2 id="reviews">[[Asked to look again]]</h2>
<p class="hint">[[Authors of hidden posts who ask a moderator to look at them again. Restore the post, or keep it hidden: he sees the answer on his post.]]</p>
{{#no_reviews}}<p>[[No requests.]]</p>{{/no_reviews}}
{{#review}}
<article class="mod-item" aria-labelledby="review-{{post_id}}">
<h3 id="review-{{post_id}}"><a href="/p/{{post_id}}">{{title}}</a>{{#crisis}} <span class="mark-crisis">[[crisis]]</span>{{/crisis}}</h3>
<p class="muted">[[by]] <a href="/u/{{author}}">{{author}}</a> · <time datetime="{{created_iso}}">{{created}}</time>{{#has_report}} · [[Hidden for:]] {{reason}}{{/has_report}}</p>
{{#has_note}}<p class="mod-note"><strong>[[Note]]:</strong> <span data-user-text>{{note}}</span></p>{{/has_note}}
{{#has_report}}<div class="mod-actions">
<form method="post" action="/mod/{{report_id}}/restore" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">[[Restore]]<span class="visually-hidden"> ({{title}})</span></button></form>
<form method="post" action="/mod/{{report_id}}/keep" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" class="secondary">[[Keep hidden]]<span class="visually-hidden"> ({{title}})</span></button></form>
</div>{{/has_report}}
</article>
{{/review}}

<h2 id="pending">[[Waiting for approval]]</h2>
<p class="hint">[[Posts and backings written at night. Nobody but the author sees them until you approve.]]</p>
<h3>[[Posts]]</h3>
{{#no_pending_posts}}<p>[[No posts waiting.]]</p>{{/no_pending_posts}}
{{#pending_post}}
<article class="mod-item" aria-labelledby="pending-post-{{id}}">
<h4 id="pending-post-{{id}}"><a href="/p/{{id}}">{{title}}</a>{{#crisis}} <span class="mark-crisis">[[crisis]]</span>{{/crisis}}</h4>
<p class="muted">[[by]] <a href="/u/{{author}}">{{author}}</a> · <span lang="{{topic_lang}}">{{topic}}</span> · <time datetime="{{created_iso}}">{{created}}</time></p>
<div class="mod-text">{{text}}</div>
<div class="mod-actions">
<form method="post" action="/mod/item/approve" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="kind" value="post"><input type="hidden" name="id" value="{{id}}"><button type="submit">[[Approve]]<span class="visually-hidden"> ({{title}})</span></button></form>
<form method="post" action="/mod/item/hide" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="kind" value="post"><input type="hidden" name="id" value="{{id}}"><button type="submit" class="danger">[[Refuse]]<span class="visually-hidden"> ({{title}})</span></button></form>
</div>
</article>
{{/pending_post}}
{{#more_posts}}<p><a href="/mod?posts_after={{next_posts}}#pending">[[More posts waiting]]</a></p>{{/more_posts}}
<h3>[[Backings]]</h3>
{{#no_pending_backings}}<p>[[No backings waiting.]]</p>{{/no_pending_backings}}
{{#pending_backing}}
<article class="mod-item" aria-labelledby="pending-backing-{{id}}">
<h4 id="pending-backing-{{id}}">[[Backing on]] <a href="/p/{{post_id}}#b{{id}}">{{title}}</a>{{#crisis}} <span class="mark-crisis">[[crisis]]</span>{{/crisis}}</h4>
<p class="muted">[[by]] <a href="/u/{{author}}">{{author}}</a> · <time datetime="{{created_iso}}">{{created}}</time></p>
<div class="mod-text">{{text}}</div>
<div class="mod-actions">
<form method="post" action="/mod/item/approve" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="kind" value="backing"><input type="hidden" name="id" value="{{id}}"><button type="submit">[[Approve]]<span class="visually-hidden"> ({{title}})</span></button></form>
<form method="post" action="/mod/item/hide" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="kind" value="backing"><input type="hidden" name="id" value="{{id}}"><button type="submit" class="danger">[[Refuse]]<span class="visually-hidden"> ({{title}})</span></button></form>
</div>
</article>
{{/pending_backing}}
{{#more_backings}}<p><a href="/mod?backings_after={{next_backings}}#pending">[[More backings waiting]]</a></p>{{/more_backings}}

<h2 id="handled">[[Handled lately]]</h2>
{{#no_handled}}<p>[[Nothing handled yet.]]</p>{{/no_handled}}
<ul class="rows">
{{#handled}}
<li><span>{{reason}}: {{#exists}}<a href="/p/{{post_id}}{{#is_backing}}#b{{backing_id}}{{/is_backing}}">{{title}}</a>{{/exists}}{{#gone}}<span data-user-text>{{title}}</span> ([[deleted]]){{/gone}} — {{outcome}} [[by]] {{by}} · <time datetime="{{at_iso}}">{{at}}</time></span>
{{#can_restore}}<form method="post" action="/mod/{{id}}/restore" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" class="link">[[Restore]]<span class="visually-hidden"> ({{title}})</span></button></form>{{/can_restore}}</li>
{{/handled}}
</ul>
</section>
