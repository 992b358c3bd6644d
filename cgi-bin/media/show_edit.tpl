{{%AUTOESCAPE context="HTML"}}
<section class="show-edit">
<p><a href="/editor">← [[Back to the desk]]</a></p>
<h1>[[The podcast's show]]</h1>
{{#done}}<p class="notice ok" role="status">[[The show is saved.]]</p>{{/done}}
{{#first_time}}<p class="hint">[[The show is not saved yet. Its feed starts working once it is.]]</p>{{/first_time}}
<p>[[The feed for podcast apps:]] <a href="/podcast/feed.xml">{{feed_url}}</a> · <a href="/podcast">[[The public page]]</a></p>
{{>form_errors}}
<form method="post" action="/editor/show" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="title">[[Title]]</label>
<input id="title" name="title" value="{{title}}" required maxlength="120" aria-describedby="title-error"{{#title_invalid}} aria-invalid="true"{{/title_invalid}}>
<p class="error" id="title-error">{{title_error}}</p>
</div>
<div class="field">
<label for="description">[[Description]]</label>
<p class="hint" id="description-hint">[[Plain text, as podcast apps show it. Up to 4000 characters.]]</p>
<textarea id="description" name="description" rows="6" required maxlength="4000" aria-describedby="description-hint description-error"{{#description_invalid}} aria-invalid="true"{{/description_invalid}}>{{description}}</textarea>
<p class="error" id="description-error">{{description_error}}</p>
</div>
<div class="field">
<label for="author">[[Author]]</label>
<input id="author" name="author" value="{{author}}" required maxlength="120" aria-describedby="author-error"{{#author_invalid}} aria-invalid="true"{{/author_invalid}}>
<p class="error" id="author-error">{{author_error}}</p>
</div>
<div class="field">
<label for="owner_name">[[Owner's name]]</label>
<input id="owner_name" name="owner_name" value="{{owner_name}}" required maxlength="120" aria-describedby="owner_name-error"{{#owner_name_invalid}} aria-invalid="true"{{/owner_name_invalid}}>
<p class="error" id="owner_name-error">{{owner_name_error}}</p>
</div>
<div class="field">
<label for="owner_email">[[Owner's e-mail (optional)]]</label>
<p class="hint" id="owner_email-hint">[[Podcast directories write here to confirm the show is yours. It is public in the feed.]]</p>
<input id="owner_email" name="owner_email" type="email" value="{{owner_email}}" maxlength="254" aria-describedby="owner_email-hint owner_email-error"{{#owner_email_invalid}} aria-invalid="true"{{/owner_email_invalid}}>
<p class="error" id="owner_email-error">{{owner_email_error}}</p>
</div>
<div class="field">
<label for="language">[[Language]]</label>
<select id="language" name="language">
{{#language_option}}<option value="{{code}}" lang="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>
{{/language_option}}</select>
</div>
<div class="field">
<label for="category">[[Category]]</label>
<p class="hint" id="category-hint">[[Apple Podcasts' category, as apps list the show.]]</p>
<select id="category" name="category" required aria-describedby="category-hint category-error"{{#category_invalid}} aria-invalid="true"{{/category_invalid}}>
<option value="">[[Choose a category]]</option>
{{#category_option}}<option value="{{value}}" lang="en"{{#selected}} selected{{/selected}}>{{label}}</option>
{{/category_option}}</select>
<p class="error" id="category-error">{{category_error}}</p>
</div>
<div class="field check">
<input id="explicit" name="explicit" type="checkbox" value="1"{{#explicit_checked}} checked{{/explicit_checked}}>
<label for="explicit">[[Explicit: the show has content not suitable for children]]</label>
</div>
<div class="field">
<label for="copyright">[[Copyright]]</label>
<input id="copyright" name="copyright" value="{{copyright}}" required maxlength="200" aria-describedby="copyright-error"{{#copyright_invalid}} aria-invalid="true"{{/copyright_invalid}}>
<p class="error" id="copyright-error">{{copyright_error}}</p>
</div>
<div class="field check">
<input id="locked" name="locked" type="checkbox" value="1"{{#locked_checked}} checked{{/locked_checked}}>
<label for="locked">[[Locked: other podcast hosts may not import the show]]</label>
</div>
{{#saved_before}}<p class="hint">[[The show's podcast:guid:]] <code>{{guid}}</code></p>{{/saved_before}}
<button type="submit">[[Save]]</button>
</form>
{{#saved_before}}
<h2>[[Artwork]]</h2>
{{#has_artwork}}<p><img src="/media/{{artwork_path}}" alt="[[The show's artwork]]" width="300" height="300"> <span class="meta">{{artwork_type}}</span></p>{{/has_artwork}}
{{#no_artwork}}<p class="muted">[[No artwork yet. Apple Podcasts needs it.]]</p>{{/no_artwork}}
<form method="post" action="/editor/show/artwork" enctype="multipart/form-data">
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="artwork">[[Artwork file]]</label>
<p class="hint" id="artwork-hint">[[A square JPEG or PNG, {{artwork_min}} to {{artwork_max}} pixels on a side.]]</p>
<input id="artwork" name="file" type="file" accept="image/jpeg,image/png" required aria-describedby="artwork-hint">
</div>
<button type="submit" class="secondary">[[Upload the artwork]]</button>
</form>
{{/saved_before}}
</section>
