{{%AUTOESCAPE context="HTML"}}
<section class="people">
<p><a href="/goals">← [[Today]]</a></p>
<h1>[[Your people]]</h1>
{{#new_code}}
<div class="notice ok relative-code" role="status">
<h2>[[Your code for a close relative]]</h2>
<p class="code" data-user-text>{{code}}</p>
<p>[[Give this code to your close relative. He or she logs in on Opbak, goes to this address and types the code:]]</p>
<p class="address" data-user-text>{{supporter_url}}</p>
<p>[[The code works once, for {{code_days}} days. You see it only now: write it down or send it now.]]</p>
<p>[[Your close relative will see only the goals you share with a close relative, and can send you encouragement. You can end it at any time.]]</p>
</div>
{{/new_code}}

<h2 id="coach">[[Your coach]]</h2>
{{#has_programme}}<p>[[Programme:]] <strong data-user-text>{{programme}}</strong></p>{{/has_programme}}
{{#has_coach}}<p>[[Your coach is]] <strong data-user-text>{{coach}}</strong>{{#coach_since_known}}, [[since]] <time datetime="{{coach_since_iso}}">{{coach_since}}</time>{{/coach_since_known}}.</p>{{/has_coach}}
{{#no_coach}}<p>[[You have no coach at the moment.]]</p>{{/no_coach}}
{{#earlier}}
<h3>[[Your coaches before]]</h3>
<ul class="rows">
{{#earlier_coach}}<li><span data-user-text>{{handle}}</span> <span class="meta">(<time datetime="{{from_iso}}">{{from}}</time> – <time datetime="{{to_iso}}">{{to}}</time>)</span></li>{{/earlier_coach}}
</ul>
{{/earlier}}

<h2 id="sharing">[[Who sees which goal]]</h2>
{{#no_goals}}<p>[[You have no goals yet.]]</p>{{/no_goals}}
{{#has_goals}}
<p class="hint">[[Open a goal to change who sees it.]]</p>
<ul class="rows sharing">
{{#goal}}<li><a href="/goals/{{id}}" data-user-text>{{title}}</a>
<ul class="seen-by">
<li>[[Coach:]] {{#coach_yes}}<strong>[[sees it]]</strong>{{/coach_yes}}{{#coach_no}}[[does not see it]]{{/coach_no}}</li>
<li>[[Employer:]] {{#employer_yes}}<strong>[[sees it]]</strong>{{/employer_yes}}{{#employer_no}}[[does not see it]]{{/employer_no}}</li>
<li>[[Close relative:]] {{#relative_yes}}<strong>[[sees it]]</strong>{{/relative_yes}}{{#relative_no}}[[does not see it]]{{/relative_no}}</li>
</ul></li>{{/goal}}
</ul>
{{/has_goals}}

<h2 id="employers">[[Employers]]</h2>
{{#no_links}}<p>[[You are not linked to an employer.]]</p>{{/no_links}}
{{#proposal}}
<div class="notice proposal">
<p>{{#by_known}}<span data-user-text>{{proposer}}</span> [[suggests linking you with an employer:]]{{/by_known}}{{#by_unknown}}[[Your coach suggests linking you with an employer:]]{{/by_unknown}} <strong data-user-text>{{employer}}</strong>{{#has_placement}}, <span data-user-text>{{placement}}</span>{{/has_placement}}.</p>
<p>[[If you say yes, the employer sees only the goals you share with an employer, can comment on them, and you can chat. You can end the link at any time.]]</p>
<div class="actions">
<form method="post" action="/goals/people/employer/{{id}}/consent" class="inline">
<input type="hidden" name="csrf" value="{{csrf}}">
<button type="submit">[[Yes, link us]]</button>
</form>
<form method="post" action="/goals/people/employer/{{id}}/end" class="inline">
<input type="hidden" name="csrf" value="{{csrf}}">
<button type="submit" class="secondary">[[No]]</button>
</form>
</div>
</div>
{{/proposal}}
{{#link}}
<ul class="rows"><li>
<p><strong data-user-text>{{employer}}</strong>{{#has_placement}}, <span data-user-text>{{placement}}</span>{{/has_placement}}. [[Linked since]] <time datetime="{{since_iso}}">{{since}}</time>.</p>
<div class="actions">
{{#has_chat}}<a class="button secondary" href="/chat/{{chat_id}}">[[Chat]]</a>{{/has_chat}}
<form method="post" action="/goals/people/employer/{{id}}/end" class="inline">
<input type="hidden" name="csrf" value="{{csrf}}">
<button type="submit" class="secondary">[[End the link]]</button>
</form>
</div>
</li></ul>
{{/link}}

<h2 id="relatives">[[Close relatives]]</h2>
<p>[[A close relative sees only the goals you share with a close relative, and can send you encouragement.]]</p>
{{#no_relatives}}<p>[[No close relative follows you.]]</p>{{/no_relatives}}
<ul class="rows">
{{#relative}}<li>
<form method="post" action="/goals/people/relative/{{id}}/end" class="row">
<input type="hidden" name="csrf" value="{{csrf}}">
<span class="who"><strong data-user-text>{{handle}}</strong>, [[since]] <time datetime="{{since_iso}}">{{since}}</time></span>
<button type="submit" class="secondary">[[End]]</button>
</form>
</li>{{/relative}}
</ul>
{{#invitations}}
<h3>[[Codes not used yet]]</h3>
<ul class="rows">
{{#invitation}}<li>
<form method="post" action="/goals/people/relative/{{id}}/end" class="row">
<input type="hidden" name="csrf" value="{{csrf}}">
<span class="who">[[Made]] <time datetime="{{made_iso}}">{{made}}</time>, [[works until]] <time datetime="{{expires_iso}}">{{expires}}</time></span>
<button type="submit" class="secondary">[[Withdraw the code]]</button>
</form>
</li>{{/invitation}}
</ul>
{{/invitations}}
<form method="post" action="/goals/people/relative">
<input type="hidden" name="csrf" value="{{csrf}}">
<p class="hint">[[You get a code to give to your close relative. It works once.]]</p>
<button type="submit">[[Invite a close relative]]</button>
</form>

{{#words}}
<h2 id="words">[[What they wrote to you]]</h2>
<ul class="rows words">
{{#word}}<li>
<p class="meta"><span data-user-text>{{author}}</span>{{#encouragement}}, [[encouragement]]{{/encouragement}}{{#comment}}{{#on_item}}, [[on]] <a href="/goals/{{item_id}}" data-user-text>{{item_title}}</a>{{/on_item}}{{/comment}} · <time datetime="{{at_iso}}">{{at}}</time></p>
<p class="body" data-user-text>{{body}}</p>
</li>{{/word}}
</ul>
{{/words}}
</section>
{{>feedback_form}}
