{{%AUTOESCAPE context="HTML"}}
<section class="coach-participant">
<p><a href="/coach">← [[Your participants]]</a></p>
<h1 data-user-text>{{handle}}</h1>
{{#seen}}<p class="meta">[[You last looked]] <time datetime="{{seen_iso}}">{{seen}}</time>.</p>{{/seen}}
{{#chat}}<p><a class="button" href="/chat/{{chat_id}}">[[Chat with him]]</a></p>{{/chat}}

<h2 id="waiting">[[Waiting for your feedback]]</h2>
{{#no_waiting}}<p class="muted">[[No completed sub-goal is waiting for feedback.]]</p>{{/no_waiting}}
{{#some_waiting}}<ul class="rows coach-waiting">
{{#waiting}}<li>
<h3><a href="/coach/item/{{id}}" data-user-text>{{title}}</a></h3>
<p class="meta">{{level_label}} · [[Done]] <time datetime="{{done_iso}}">{{done}}</time>{{#new}} · <span class="new">[[New since you looked]]</span>{{/new}}</p>
<form method="post" action="/coach/item/{{id}}/feedback" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="body-{{id}}">[[Your feedback]]</label>
<textarea id="body-{{id}}" name="body" rows="3" required maxlength="{{body_max}}"></textarea>
</div>
<button type="submit">[[Send feedback]]</button>
</form>
</li>
{{/waiting}}</ul>{{/some_waiting}}

{{#some_changes}}<h2>[[He asked for a change]]</h2>
<ul class="rows">
{{#change}}<li>
<h3><a href="/coach/item/{{id}}" data-user-text>{{title}}</a></h3>
<p class="meta">{{level_label}}</p>
<blockquote data-user-text>{{change_request}}</blockquote>
<p><a class="button" href="/coach/item/{{id}}/edit">[[Change it]]</a></p>
</li>
{{/change}}</ul>{{/some_changes}}

{{#some_proposals}}<h2>[[Proposals he has not accepted yet]]</h2>
<ul class="rows">
{{#proposal}}<li><a href="/coach/item/{{id}}" data-user-text>{{title}}</a> <span class="meta">{{level_label}}</span></li>
{{/proposal}}</ul>{{/some_proposals}}

<h2>[[His goals]]</h2>
<p><a class="button" href="/coach/p/{{pid}}/propose">[[Propose a goal]]</a></p>
{{>tree}}

<h2>[[How he rates himself]]</h2>
{{#no_indicators}}<p class="muted">[[He shares no ratings with you.]]</p>{{/no_indicators}}
{{>indicators}}

<h2 id="employers">[[Employers]]</h2>
{{#no_links}}<p class="muted">[[He is not linked with an employer.]]</p>{{/no_links}}
{{#some_links}}<ul class="rows">
{{#link}}<li>
<strong data-user-text>{{employer}}</strong>{{#has_placement}} · <span data-user-text>{{placement}}</span>{{/has_placement}}
<span class="meta">{{#open}}· [[Linked: he agreed]]{{/open}}{{#proposed}}· [[Proposed]] <time datetime="{{proposed_iso}}">{{proposed}}</time>, [[waiting for his consent]]{{/proposed}}{{#ended}}· [[Ended]] <time datetime="{{ended_iso}}">{{ended}}</time>{{/ended}}</span>
{{#can_end}}<form method="post" action="/coach/p/{{pid}}/employer/{{id}}/end" class="inline">
<input type="hidden" name="csrf" value="{{csrf}}">
<button type="submit" class="secondary">[[End link]]</button>
</form>{{/can_end}}
</li>
{{/link}}</ul>{{/some_links}}

<h3 id="link-title">[[Link him with an employer]]</h3>
{{>form_errors}}
<form method="post" action="/coach/p/{{pid}}/employer" aria-labelledby="link-title" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="employer">[[The employer's pseudonym]]</label>
<input id="employer" name="employer" value="{{employer}}" required autocapitalize="none" spellcheck="false" aria-describedby="employer-error"{{#employer_invalid}} aria-invalid="true"{{/employer_invalid}}>
<p class="error" id="employer-error">{{employer_error}}</p>
</div>
<div class="field">
<label for="placement">[[The placement (if you like)]]</label>
<p class="hint" id="placement-hint">[[For example: work trial in the workshop, 10 hours a week. At most {{placement_max}} characters.]]</p>
<input id="placement" name="placement" value="{{placement}}" maxlength="{{placement_max}}" aria-describedby="placement-hint placement-error"{{#placement_invalid}} aria-invalid="true"{{/placement_invalid}}>
<p class="error" id="placement-error">{{placement_error}}</p>
</div>
<div class="field">
<label class="check"><input type="checkbox" id="consent" name="consent" value="1"{{#consent_checked}} checked{{/consent_checked}} aria-describedby="consent-error"{{#consent_invalid}} aria-invalid="true"{{/consent_invalid}}> [[I have asked him, and he wants this link]]</label>
<p class="hint">[[He is asked to agree himself. The employer sees nothing until he has.]]</p>
<p class="error" id="consent-error">{{consent_error}}</p>
</div>
<button type="submit">[[Propose the link]]</button>
</form>
</section>
{{>feedback_form}}
