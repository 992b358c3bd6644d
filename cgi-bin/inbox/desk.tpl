{{%AUTOESCAPE context="HTML"}}
<section class="desk">
<h1>[[Inbox]]</h1>
{{#done}}<p class="notice ok" role="status">{{notice}}</p>{{/done}}
<p><a href="/inbox/replies">[[Saved replies]]</a> · <a href="/inbox/stats">[[Statistics]]</a></p>
{{#available_form}}<form method="post" action="/inbox/available" class="available">
<input type="hidden" name="csrf" value="{{csrf}}">
<p>{{#is_available}}[[You are available until]] <time datetime="{{until_iso}}">{{until}}</time>.{{/is_available}}{{#is_away}}[[You are not available now.]]{{/is_away}}
<label for="available-hours">[[I am]]</label>
<select id="available-hours" name="hours">
<option value="2">[[available for the next 2 hours]]</option>
<option value="4">[[available for the next 4 hours]]</option>
<option value="8">[[available for the next 8 hours]]</option>
<option value="off"{{#is_available}} selected{{/is_available}}>[[not available]]</option>
</select>
<button type="submit" class="secondary">[[Save]]</button></p>
</form>
{{/available_form}}
<nav class="tabs" aria-label="[[Which questions]]">
<ul>
{{#view}}<li><a href="/inbox?view={{key}}"{{#current}} aria-current="page"{{/current}}>{{label}} <span class="count">({{count}})</span></a></li>
{{/view}}
</ul>
</nav>
{{#pool_hint}}<p class="hint">[[New questions to anyone, or to you by name. Urgent first, then the one waiting longest.]]</p>{{/pool_hint}}
{{#mine_hint}}<p class="hint">[[The questions you have and that are not closed. The one quiet longest first.]]</p>{{/mine_hint}}
{{#all_hint}}<p class="hint">[[Every question, newest first.]]</p>{{/all_hint}}
{{#empty}}<p class="muted">[[No questions here.]]</p>{{/empty}}
<ol class="desk-list">
{{#question}}<li class="desk-row{{#is_urgent}} urgent{{/is_urgent}}">
<h2><a href="/inbox/{{id}}">{{#is_urgent}}<span class="mark-urgent">[[Urgent]]</span> {{/is_urgent}}{{#no_subject}}[[No subject]]{{/no_subject}}<span data-user-text>{{subject}}</span></a></h2>
<p class="meta"><span data-user-text>{{member}}</span>, {{member_age}} [[years]] · [[Asked of]] {{#asked_by_name}}<span data-user-text>{{counsellor}}</span>{{/asked_by_name}}{{#asked_anyone}}[[the first available]]{{/asked_anyone}} · {{#has_claimer}}[[With]] <span data-user-text>{{claimer}}</span>{{/has_claimer}}{{#unclaimed}}[[Nobody has it]]{{/unclaimed}}</p>
<p class="meta"><span class="status status-{{status}}">{{status_words}}</span> · {{#since_asked}}[[Asked]]{{/since_asked}}{{#since_activity}}[[Last activity]]{{/since_activity}} <time datetime="{{waiting_iso}}">{{waiting}}</time></p>
</li>
{{/question}}
</ol>
{{#more}}<p><a href="/inbox?view={{view_key}}{{more_key}}{{next_after}}">[[More questions]]</a></p>{{/more}}
</section>
