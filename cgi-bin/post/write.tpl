{{%AUTOESCAPE context="HTML"}}
<section class="write">
{{#creating}}<h1>[[Write a post]]</h1>
{{#first}}<div class="notice ok" role="status">
<p>[[Welcome to Opbak! You are logged in.]]</p>
<p>[[How it works: write about what is on your mind, in your own words. Others who have been there, and trained support persons, back you up with concrete advice. Only your pseudonym is shown, never your real name.]]</p>
<p>[[You find your settings later under Settings at the top of the page.]]</p>
</div>{{/first}}
<p>[[Tell about something on your mind. Others answer with backings: concrete advice from people who have been there.]]</p>{{/creating}}
{{#editing}}<h1>[[Edit your post]]</h1>{{/editing}}
{{#night}}<p class="notice" role="note">[[At night a moderator reads new posts before others see them. Yours will appear as soon as one has looked at it.]]</p>{{/night}}
{{#refused}}<p class="notice refused" role="alert">{{refused_message}}</p>{{/refused}}
{{>form_errors}}
<form method="post" action="{{action}}" novalidate>
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
<label for="body">[[Your post]]</label>
<p class="hint" id="body-hint">[[Tell what happened and what you wonder about. Leave out names, phone numbers, e-mail and anything else that tells who you or others are. You can use Markdown: *italic*, **bold**, lists. At most {{body_max}} characters.]]</p>
{{#new_member}}<p class="hint" id="body-new">[[Links are possible after your first day as a member.]]</p>{{/new_member}}
<textarea id="body" name="body" rows="12" required aria-describedby="body-hint{{#new_member}} body-new{{/new_member}} body-error"{{#body_invalid}} aria-invalid="true"{{/body_invalid}}>{{body}}</textarea>
<p class="error" id="body-error">{{body_error}}</p>
</div>
<div class="field check">
<input type="checkbox" id="public" name="public" value="1"{{#public_checked}} checked{{/public_checked}} aria-describedby="public-hint public-error">
<label for="public">[[Also show it in Opbak's RSS feed]]</label>
<p class="hint" id="public-hint">[[Anyone can read posts on Opbak. With this ticked, apps and sites that follow our RSS feed can show your post too.]]</p>
<p class="error" id="public-error">{{public_error}}</p>
</div>
{{#creating}}<button type="submit">[[Post it]]</button>{{/creating}}
{{#editing}}<button type="submit">[[Save changes]]</button> <a href="/p/{{post_id}}">[[Cancel]]</a>{{/editing}}
</form>
{{#editing}}<p><a href="/post/{{post_id}}/delete">[[Delete this post]]</a></p>{{/editing}}
</section>
