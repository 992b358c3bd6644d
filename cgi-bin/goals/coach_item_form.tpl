{{%AUTOESCAPE context="HTML"}}
<section class="coach-item-form">
<p><a href="/coach/p/{{pid}}">← <span data-user-text>{{handle}}</span></a></p>
{{#propose}}<h1>{{heading}}</h1>
<p class="hint">[[For]] <span data-user-text>{{handle}}</span>{{#under}} · {{parent_level}}: <strong data-user-text>{{parent_title}}</strong>{{/under}}. [[He sees it as a proposal and accepts it or asks for a change.]]</p>{{/propose}}
{{#edit}}<h1>[[Change]] <span data-user-text>{{item_title}}</span></h1>
<p class="hint">{{heading}} · [[After your change it is a proposal again: he accepts it or asks for another change.]]</p>
{{#change_request}}<div class="notice"><p>[[He asked for this change:]]</p><blockquote data-user-text>{{change_text}}</blockquote></div>{{/change_request}}{{/edit}}
<form method="post" action="{{action}}" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
{{>item_form}}
<button type="submit">{{#propose}}[[Send the proposal]]{{/propose}}{{#edit}}[[Save and send to him]]{{/edit}}</button>
</form>
</section>
{{>feedback_form}}
