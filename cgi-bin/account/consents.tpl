{{%AUTOESCAPE context="HTML"}}
<section class="narrow privacy consents">
<h1>[[Your consents]]</h1>
{{#notice}}<p class="notice ok" role="status">{{withdrawn}}</p>{{/notice}}
<p>[[Each thing you agreed to share or publish, and when. Withdraw one and it stops at once: the other person's next page no longer shows it.]]</p>
<ul class="rows consent-list">
{{#consent}}<li class="consent" id="consent-{{key}}">
<p>{{what}}{{#has_name}} <q data-user-text>{{name}}</q>{{/has_name}}{{#has_since}} <span class="muted">[[Since]] <time datetime="{{since_iso}}">{{since}}</time></span>{{/has_since}}</p>
<form method="post" action="/account/privacy/consents/withdraw">
<input type="hidden" name="csrf" value="{{csrf}}">
<input type="hidden" name="kind" value="{{kind}}">
<input type="hidden" name="id" value="{{id}}">
<button type="submit" class="secondary" aria-describedby="consent-{{key}}">[[Withdraw]]</button>
</form>
</li>
{{/consent}}
</ul>
{{#none}}<p class="empty">[[You have not agreed to share or publish anything.]]</p>{{/none}}
<p><a href="/account/privacy">[[Back to your data]]</a></p>
</section>
