{{%AUTOESCAPE context="HTML"}}
<section class="article-edit episode-edit">
<p><a href="/editor">← [[Back to the desk]]</a></p>
{{#is_new}}<h1>[[New episode]]</h1>{{/is_new}}
{{#existing}}<h1>[[Edit the episode]]</h1>
{{#done}}<p class="notice ok" role="status">{{notice}}</p>{{/done}}
{{#is_refused}}<p class="notice error" role="alert">{{refused}}</p>{{/is_refused}}
<p class="status">{{status_text}}{{#live_since}} [[Public since]] <time datetime="{{when_iso}}">{{when}}</time>.{{/live_since}}{{#public_from}} [[Public from]] <time datetime="{{when_iso}}">{{when}}</time>.{{/public_from}}</p>
<p><a href="/editor/episodes/{{id}}/preview">[[Preview]]</a>{{#is_live}} · <a href="/podcast/{{stored_slug}}">[[The public page]]</a>{{/is_live}}</p>
{{/existing}}
{{>form_errors}}
<form method="post" action="{{#is_new}}/editor/episodes/new{{/is_new}}{{#existing}}/editor/episodes/{{id}}{{/existing}}" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="title">[[Title]]</label>
<p class="hint" id="title-hint">[[{{title_min}} to {{title_max}} characters.]]</p>
<input id="title" name="title" value="{{title}}" required minlength="{{title_min}}" maxlength="{{title_max}}" aria-describedby="title-hint title-error"{{#title_invalid}} aria-invalid="true"{{/title_invalid}}>
<p class="error" id="title-error">{{title_error}}</p>
</div>
{{#slug_editable}}<div class="field">
<label for="slug">[[Address]]</label>
<p class="hint" id="slug-hint">[[The end of the episode's address: /podcast/... Letters a-z, digits and '-'. Leave it empty to make it from the title. It cannot change once the episode has been public.]]</p>
<input id="slug" name="slug" value="{{slug}}" maxlength="{{slug_max}}" aria-describedby="slug-hint slug-error"{{#slug_invalid}} aria-invalid="true"{{/slug_invalid}}>
<p class="error" id="slug-error">{{slug_error}}</p>
</div>{{/slug_editable}}
{{#slug_fixed}}<p class="hint">[[Address:]] /podcast/{{stored_slug}} [[(kept, also when the title changes)]]</p>{{/slug_fixed}}
<div class="field">
<label for="description">[[Description]]</label>
<p class="hint" id="description-hint">[[Markdown: **bold**, *italic*, lists and links. No raw HTML. Up to {{description_max}} characters.]]</p>
<textarea id="description" name="description" rows="10" required aria-describedby="description-hint description-error"{{#description_invalid}} aria-invalid="true"{{/description_invalid}}>{{description}}</textarea>
<p class="error" id="description-error">{{description_error}}</p>
</div>
<div class="field">
<label for="topic">[[Topic (optional)]]</label>
<select id="topic" name="topic" aria-describedby="topic-error"{{#topic_invalid}} aria-invalid="true"{{/topic_invalid}}>
<option value="">[[No topic]]</option>
{{#topic_option}}<option value="{{slug}}"{{#selected}} selected{{/selected}} lang="{{name_lang}}">{{name}}</option>
{{/topic_option}}</select>
<p class="error" id="topic-error">{{topic_error}}</p>
</div>
<div class="field">
<label for="season">[[Season (optional)]]</label>
<input id="season" name="season" inputmode="numeric" value="{{season}}" maxlength="4" aria-describedby="season-error"{{#season_invalid}} aria-invalid="true"{{/season_invalid}}>
<p class="error" id="season-error">{{season_error}}</p>
</div>
<div class="field">
<label for="episode_number">[[Episode number (optional)]]</label>
<input id="episode_number" name="episode_number" inputmode="numeric" value="{{episode_number}}" maxlength="4" aria-describedby="episode_number-error"{{#episode_number_invalid}} aria-invalid="true"{{/episode_number_invalid}}>
<p class="error" id="episode_number-error">{{episode_number_error}}</p>
</div>
<div class="field">
<label for="episode_type">[[Type]]</label>
<select id="episode_type" name="episode_type">
<option value="full"{{#type_full}} selected{{/type_full}}>[[A full episode]]</option>
<option value="trailer"{{#type_trailer}} selected{{/type_trailer}}>[[A trailer]]</option>
<option value="bonus"{{#type_bonus}} selected{{/type_bonus}}>[[Bonus material]]</option>
</select>
</div>
<div class="field check">
<input id="explicit" name="explicit" type="checkbox" value="1"{{#explicit_checked}} checked{{/explicit_checked}}>
<label for="explicit">[[Explicit: not suitable for children]]</label>
</div>
<div class="field">
<label for="chapters">[[Chapters (optional)]]</label>
<p class="hint" id="chapters-hint">[[One per line: a time and a title, like "0:00 Intro" or "1:02:30 Questions". The first at 0:00.]]</p>
<textarea id="chapters" name="chapters" rows="6" aria-describedby="chapters-hint chapters-error"{{#chapters_invalid}} aria-invalid="true"{{/chapters_invalid}}>{{chapters}}</textarea>
<p class="error" id="chapters-error">{{chapters_error}}</p>
</div>
<button type="submit">{{#is_new}}[[Save as a draft]]{{/is_new}}{{#existing}}[[Save]]{{/existing}}</button>
</form>
{{#existing}}
<h2>[[Files]]</h2>
<h3>[[Audio]]</h3>
{{#has_audio}}<p><audio controls preload="none" src="/media/{{audio_path}}"></audio></p>
<p class="meta">{{audio_type}} · {{audio_size}} · {{audio_clock}}</p>{{/has_audio}}
{{#no_audio}}<p class="muted">[[No audio yet. The episode cannot be published without it.]]</p>{{/no_audio}}
<form method="post" action="/editor/episodes/{{id}}/audio" enctype="multipart/form-data">
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field"><label for="audio-file">[[Audio file (MP3 or M4A, up to 200 MB)]]</label>
<input id="audio-file" name="file" type="file" accept="audio/mpeg,audio/mp4,.mp3,.m4a" required></div>
<button type="submit" class="secondary">[[Upload the audio]]</button>
</form>
<h3>[[Image]]</h3>
{{#has_image}}<p><img src="/media/{{image_path}}" alt="[[The episode's image]]" width="200" height="200"> <span class="meta">{{image_type}}</span></p>{{/has_image}}
{{#no_image}}<p class="muted">[[No image: apps show the show's artwork.]]</p>{{/no_image}}
<form method="post" action="/editor/episodes/{{id}}/image" enctype="multipart/form-data">
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field"><label for="image-file">[[Image file (square JPEG or PNG, 1400 to 3000 pixels)]]</label>
<input id="image-file" name="file" type="file" accept="image/jpeg,image/png" required></div>
<button type="submit" class="secondary">[[Upload the image]]</button>
</form>
<h3>[[Transcript]]</h3>
{{#has_transcript}}<p class="meta"><a href="/media/{{transcript_path}}">{{transcript_type}}</a></p>{{/has_transcript}}
{{#no_transcript}}<p class="muted">[[No transcript yet.]]</p>{{/no_transcript}}
<form method="post" action="/editor/episodes/{{id}}/transcript" enctype="multipart/form-data">
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field"><label for="transcript-file">[[Transcript file (WebVTT or SRT)]]</label>
<input id="transcript-file" name="file" type="file" accept=".vtt,.srt,text/vtt" required></div>
<button type="submit" class="secondary">[[Upload the transcript]]</button>
</form>
<h2>[[Publishing]]</h2>
<p class="hint">[[The episode's guid in the feed (never changes):]] <code>{{guid}}</code></p>
{{#can_publish}}<form method="post" action="/editor/episodes/{{id}}/publish" class="inline">
<input type="hidden" name="csrf" value="{{csrf}}">
<button type="submit">[[Publish now]]</button>
</form>{{/can_publish}}
<form method="post" action="/editor/episodes/{{id}}/schedule" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field">
<label for="at">[[Publish at]]</label>
<p class="hint" id="at-hint">[[The site's time ({{zone}}).]]</p>
<input id="at" name="at" type="datetime-local" value="{{at}}" required aria-describedby="at-hint at-error"{{#at_invalid}} aria-invalid="true"{{/at_invalid}}>
<p class="error" id="at-error">{{at_error}}</p>
</div>
<button type="submit" class="secondary">[[Schedule]]</button>
</form>
{{#can_unpublish}}<form method="post" action="/editor/episodes/{{id}}/unpublish" class="inline">
<input type="hidden" name="csrf" value="{{csrf}}">
<button type="submit" class="secondary">[[Unpublish]]</button>
</form>{{/can_unpublish}}
<p><a href="/editor/episodes/{{id}}/delete">[[Delete the episode]]</a></p>
{{/existing}}
</section>
