{{%AUTOESCAPE context="HTML"}}
{{#reported}}<p class="notice ok" role="status">[[Thank you for the report. A moderator will look at it soon.]]</p>{{/reported}}
{{#pending_author}}<p class="notice" role="status">[[Your post is waiting for approval. At night a moderator reads new posts before everybody can see them. Until then only you can see it.]]</p>{{/pending_author}}
{{#pending_mod}}<p class="notice" role="status">[[This post is waiting for approval. Only its author and moderators can see it.]]</p>{{/pending_mod}}
{{#hidden_author}}<p class="notice" role="status">[[Your post was hidden by a moderator. Only you and the moderators can see it.]]</p>{{/hidden_author}}
{{#hidden_reason}}<p class="notice">[[The reason:]] {{reason}}</p>
{{#review_asked}}<p class="notice" role="status">[[You asked for a new look on]] <time datetime="{{review_iso}}">{{review}}</time>. [[A moderator will answer.]]</p>{{/review_asked}}
{{#review_kept}}<p class="notice" role="status">[[A moderator looked at it again on]] <time datetime="{{review_handled_iso}}">{{review_handled}}</time> [[and kept it hidden.]]</p>{{/review_kept}}
{{/hidden_reason}}
{{#hidden_mod}}<p class="notice" role="status">[[This post is hidden by a moderator. Only its author and moderators can see it.]]</p>{{/hidden_mod}}
<article class="post" aria-labelledby="post-title">
<h1 id="post-title">{{title}}</h1>
<p class="meta"><a href="/t/{{slug}}" lang="{{topic_lang}}">{{topic}}</a> · <a href="/u/{{author}}">{{author}}</a> · <time datetime="{{age_iso}}">{{age}}</time>{{#edited}} · [[edited]]{{/edited}}</p>
{{#crisis}}
<aside class="crisis" aria-labelledby="crisis-title">
<h2 id="crisis-title">[[You do not have to carry this alone]]</h2>
<p>[[What you wrote sounds heavy. Thank you for telling it here; others will answer you. If you are thinking about hurting yourself or ending your life, please talk to someone right now. You do not have to say who you are:]]</p>
<ul>
<li>[[Denmark:]] <span lang="da">Livslinien</span> <a class="tel" href="tel:+4570201201">70 201 201</a> · <span lang="da">Børns Vilkår, BørneTelefonen</span> <a class="tel" href="tel:116111">116 111</a></li>
<li>[[Sweden:]] <span lang="sv">Mind Självmordslinjen</span> <a class="tel" href="tel:90101">90101</a> · BRIS <a class="tel" href="tel:116111">116 111</a></li>
<li>[[If you are in danger right now, call]] <a class="tel" href="tel:112">112</a>.</li>
</ul>
<p>[[You can also ask one of our support persons for a backing.]] <a href="/post/ask?post={{id}}">[[Ask a support person]]</a></p>
</aside>
{{/crisis}}
<div class="body">{{body_html:none}}</div>
{{#answered_by_support}}<p class="question-status answered"><span class="support-mark">[[A support person answered]]</span></p>{{/answered_by_support}}
{{#author_tools}}
<ul class="actions">
<li><a href="/post/ask?post={{id}}">[[Ask a support person for a backing]]</a></li>
<li><a href="/post/{{id}}/edit">[[Edit your post]]</a></li>
<li><a href="/post/{{id}}/delete">[[Delete your post]]</a></li>
</ul>
{{/author_tools}}
{{>post_report}}
{{#can_review}}
<form method="post" action="/post/{{id}}/review" class="review" aria-labelledby="review-title">
<h2 id="review-title">[[Ask a moderator to look again]]</h2>
<p class="hint" id="review-hint">[[If you think the post should be shown, a moderator will read it again. You can ask once.]]</p>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="review-note">[[Anything the moderator should know (optional)]]</label>
<textarea id="review-note" name="note" rows="3" maxlength="500" aria-describedby="review-hint"></textarea>
</div>
<button type="submit">[[Ask for a new look]]</button>
</form>
{{/can_review}}
</article>

<section class="backings" aria-labelledby="backings-title">
<h2 id="backings-title">{{backings_text}}</h2>
{{#no_backings}}<p class="muted">[[No backings yet.]]</p>{{/no_backings}}
<ol class="backing-list">
{{#backing}}
<li id="b{{bid}}" class="backing{{#best}} best{{/best}}{{#support}} by-support{{/support}}">
<p class="meta">{{#best}}<span class="best-mark">[[Best backing]]</span> · {{/best}}<a href="/u/{{handle}}">{{handle}}</a>{{#support}} <span class="support-mark">[[Support person]]</span>{{/support}} · <time datetime="{{age_iso}}">{{age}}</time> · {{votes_text}}</p>
{{#b_pending}}<p class="notice">[[Waiting for approval: only you and the moderators see this backing.]]</p>{{/b_pending}}
{{#b_hidden}}<p class="notice">[[Hidden by a moderator: only its author and the moderators see this backing.]]</p>{{/b_hidden}}
<div class="body">{{body_html:none}}</div>
<div class="actions">
{{#can_vote}}<form method="post" action="/post/backing/{{bid}}/vote" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">[[This helped]]<span class="visually-hidden"> ([[backing by]] {{handle}})</span></button></form>{{/can_vote}}
{{#voted}}<span class="voted">[[Voted]]</span>{{/voted}}
{{#can_best}}<form method="post" action="/post/backing/{{bid}}/best" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">[[Mark as best]]<span class="visually-hidden"> ([[backing by]] {{handle}})</span></button></form>{{/can_best}}
{{#can_unbest}}<form method="post" action="/post/backing/{{bid}}/best" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">[[Unmark best]]<span class="visually-hidden"> ([[backing by]] {{handle}})</span></button></form>{{/can_unbest}}
</div>
{{>backing_report}}
</li>
{{/backing}}
</ol>
{{#can_back}}
<h2 id="back-title">[[Write a backing]]</h2>
<form method="post" action="/post/{{id}}/back" aria-labelledby="back-title">
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="body">[[Your backing]]</label>
<p class="hint" id="body-hint">[[Be concrete: what could he try? What worked for you? He decides what to do with it.]]</p>
<textarea id="body" name="body" rows="6" required aria-describedby="body-hint"></textarea>
</div>
<button type="submit">[[Send backing]]</button>
</form>
{{/can_back}}
{{#guest}}<p><a href="/account/login?next=/p/{{id}}">[[Log in]]</a> [[or]] <a href="/account/register">[[join]]</a> [[to back him up.]]</p>{{/guest}}
</section>
