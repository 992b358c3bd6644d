{{%AUTOESCAPE context="HTML"}}
{{#preview}}<p class="notice" role="status">[[Preview: this is how the episode will look. It is not public until it is published.]] <a href="/editor/episodes/{{id}}">[[Back to editing]]</a></p>{{/preview}}
<article class="post article episode" aria-labelledby="episode-title">
<h1 id="episode-title" data-user-text>{{title}}</h1>
<p class="meta">{{#numbered}}{{#has_season}}[[Season {{season}}]] · {{/has_season}}[[Episode {{episode_number}}]] · {{/numbered}}{{#is_trailer}}[[Trailer]] · {{/is_trailer}}{{#is_bonus}}[[Bonus]] · {{/is_bonus}}{{#has_topic}}<a href="/t/{{topic_slug}}" lang="{{topic_lang}}">{{topic}}</a> · {{/has_topic}}{{#dated}}<time datetime="{{day_iso}}">{{day}}</time>{{/dated}}{{#has_duration}} · <span>{{clock}}</span>{{/has_duration}}{{#is_explicit}} · [[Explicit]]{{/is_explicit}}</p>
{{#has_audio}}<audio controls preload="none">
<source src="/media/{{audio_path}}" type="{{audio_type}}">
<p>[[Your browser cannot play the episode here.]] <a href="/media/{{audio_path}}">[[Download it]]</a></p>
</audio>{{/has_audio}}
{{#no_audio}}<p class="muted">[[No audio yet.]]</p>{{/no_audio}}
<div class="body" data-user-text>{{description_html:none}}</div>
{{#has_chapters}}<section aria-labelledby="chapters-title">
<h2 id="chapters-title">[[Chapters]]</h2>
<ol class="chapters">
{{#chapter}}<li><time datetime="PT{{start_s}}S">{{at}}</time> <span data-user-text>{{title}}</span></li>
{{/chapter}}</ol>
</section>{{/has_chapters}}
{{#has_transcript}}<section aria-labelledby="transcript-title">
<h2 id="transcript-title">[[Transcript]]</h2>
<div class="transcript" data-user-text>{{#line}}<p>{{text}}</p>
{{/line}}</div>
</section>{{/has_transcript}}
</article>
{{#has_topic}}<aside class="article-topic" aria-labelledby="topic-more">
<h2 id="topic-more">[[Talk about it]]</h2>
<p><a href="/t/{{topic_slug}}">[[Read what others write about]] <span lang="{{topic_lang}}">{{topic}}</span></a> · <a href="/post/new?topic={{topic_slug}}">[[Write a post in this topic]]</a></p>
</aside>{{/has_topic}}
<p><a href="/podcast">← [[All episodes]]</a>{{#is_editor}} · <a href="/editor/episodes/{{id}}">[[Edit]]</a>{{/is_editor}}</p>
