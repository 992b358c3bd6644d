{{%AUTOESCAPE context="HTML"}}
<section class="programme">
<p><a href="/coach/programmes">← [[Programmes]]</a></p>
<h1 data-user-text>{{name}}</h1>
{{#has_description}}<p data-user-text>{{description}}</p>{{/has_description}}
{{#added}}<p class="notice ok" role="status">[[The coach is in this programme now.]]</p>{{/added}}
{{#moved}}<p class="notice ok" role="status">[[The coach moved here from]] <span data-user-text>{{moved_from}}</span>. [[His participants came with him.]]</p>{{/moved}}
{{#assigned}}<p class="notice ok" role="status">[[The participant has his coach. His goals and history stay with him.]]</p>{{/assigned}}
{{#same}}<p class="notice" role="status">[[Nothing changed: it was so already.]]</p>{{/same}}
{{>form_errors}}

<h2>[[Coaches]]</h2>
{{#no_coaches}}<p class="muted">[[No coaches in this programme yet.]]</p>{{/no_coaches}}
{{#some_coaches}}<ul class="rows">
{{#coach_row}}<li><strong data-user-text>{{coach_handle}}</strong> · {{caseload_text}}{{#not_coach}} · [[no longer has the coach role]]{{/not_coach}}</li>
{{/coach_row}}</ul>{{/some_coaches}}
<form method="post" action="/coach/programmes/{{id}}/coach" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="handle">[[Add a coach: his pseudonym]]</label>
<p class="hint" id="handle-hint">[[The account must have the coach role. A coach of another programme moves here.]]</p>
<input id="handle" name="handle" value="{{handle}}" required autocapitalize="none" spellcheck="false" aria-describedby="handle-hint handle-error"{{#handle_invalid}} aria-invalid="true"{{/handle_invalid}}>
<p class="error" id="handle-error">{{handle_error}}</p>
</div>
<button type="submit">[[Add the coach]]</button>
</form>

<h2>[[Participants]]</h2>
{{#no_participants}}<p class="muted">[[No participants in this programme yet.]]</p>{{/no_participants}}
{{#participants_cut}}<p class="notice">[[Only the first {{participants_shown}} are shown.]]</p>{{/participants_cut}}
{{#some_participants}}<ul class="rows">
{{#participant_row}}<li><strong data-user-text>{{participant_handle}}</strong> · {{#has_coach}}[[Coach:]] <span data-user-text>{{coach_handle}}</span>{{#since}} [[since]] <time datetime="{{since_iso}}">{{since}}</time>{{/since}}{{/has_coach}}{{#no_coach}}[[No coach]]{{/no_coach}}{{#earlier}}<br><span class="meta">[[Before:]] <span data-user-text>{{earlier_handles}}</span></span>{{/earlier}}</li>
{{/participant_row}}</ul>{{/some_participants}}

<h3 id="assign-title">[[Give a participant a coach]]</h3>
<form method="post" action="/coach/programmes/{{id}}/assign" aria-labelledby="assign-title" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="participant">[[The participant's pseudonym]]</label>
<input id="participant" name="participant" value="{{participant}}" required autocapitalize="none" spellcheck="false" aria-describedby="participant-error"{{#participant_invalid}} aria-invalid="true"{{/participant_invalid}}>
<p class="error" id="participant-error">{{participant_error}}</p>
</div>
<div class="field">
<label for="coach">[[His coach]]</label>
<p class="hint" id="coach-hint">[[If he has another coach now, this one takes over. His goals and history stay with him.]]</p>
<select id="coach" name="coach" aria-describedby="coach-hint coach-error"{{#coach_invalid}} aria-invalid="true"{{/coach_invalid}}>
{{#coach_option}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>
{{/coach_option}}</select>
<p class="error" id="coach-error">{{coach_error}}</p>
</div>
<button type="submit">[[Save]]</button>
</form>
</section>
{{>feedback_form}}
