{{%AUTOESCAPE context="HTML"}}
<section class="publish">
<p><a href="/inbox/{{id}}">← [[Back to the conversation]]</a></p>
<h1>[[Publish anonymously]]</h1>
<p>[[The member allowed this question to be published with its answer. It becomes a post everybody can read, under the name "anonym", and the answer a backing from you.]] <span class="muted">[[Conversation:]] <span data-user-text>{{subject}}</span></span></p>
<div class="notice" role="note">
<p><strong>[[Before you publish, remove everything that could tell who he is:]]</strong> [[his pseudonym]] (<span data-user-text>{{member}}</span>), [[names, places, schools, clubs, ages, dates and details only he and the people around him would know.]]</p>
</div>
{{>form_errors}}
<form method="post" action="/inbox/{{id}}/publish" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="title">[[Title]]</label>
<p class="hint" id="title-hint">[[What it is about, in a few words: {{title_min}} to {{title_max}} characters.]]</p>
<input id="title" name="title" value="{{title}}" required minlength="{{title_min}}" maxlength="{{title_max}}" aria-describedby="title-hint title-error"{{#title_invalid}} aria-invalid="true"{{/title_invalid}}>
<p class="error" id="title-error">{{title_error}}</p>
</div>
<div class="field">
<label for="topic">[[Topic]]</label>
<select id="topic" name="topic" required aria-describedby="topic-error"{{#topic_invalid}} aria-invalid="true"{{/topic_invalid}}>
<option value="">[[Choose a topic]]</option>
{{#topic_option}}<option value="{{slug}}"{{#selected}} selected{{/selected}} lang="{{name_lang}}">{{name}}</option>
{{/topic_option}}</select>
<p class="error" id="topic-error">{{topic_error}}</p>
</div>
<div class="field">
<label for="body">[[The question]]</label>
<p class="hint" id="body-hint">[[The member's words, as the post will show them. Markdown: **bold**, *italic*, lists. At most {{body_max}} characters.]]</p>
<textarea id="body" name="body" rows="10" required aria-describedby="body-hint body-error"{{#body_invalid}} aria-invalid="true"{{/body_invalid}}>{{body}}</textarea>
<p class="error" id="body-error">{{body_error}}</p>
</div>
<div class="field">
<label for="answer">[[The answer]]</label>
<p class="hint" id="answer-hint">[[What the support persons answered, as your backing on the post. At most {{answer_max}} characters.]]</p>
<textarea id="answer" name="answer" rows="10" required aria-describedby="answer-hint answer-error"{{#answer_invalid}} aria-invalid="true"{{/answer_invalid}}>{{answer}}</textarea>
<p class="error" id="answer-error">{{answer_error}}</p>
</div>
<button type="submit">[[Publish]]</button> <a href="/inbox/{{id}}">[[Cancel]]</a>
</form>
</section>
