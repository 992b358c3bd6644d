{{%AUTOESCAPE context="HTML"}}
<section class="narrow privacy">
<h1>[[Your data]]</h1>
<p>[[Here you see what Opbak keeps about you and for how long, and you can take your data with you, erase it, see who looked at it and take back what you agreed to.]]</p>

<h2 id="kept">[[What we keep about you]]</h2>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="kept">
<table class="kept">
<caption class="visually-hidden">[[What we keep about you]]</caption>
<thead><tr><th scope="col">[[What]]</th><th scope="col">[[Why]]</th><th scope="col">[[Who can see it]]</th><th scope="col">[[How long]]</th></tr></thead>
<tbody>
{{#rule}}<tr{{#has_setting}} id="rule-{{setting}}"{{/has_setting}}><th scope="row">{{what}}</th><td>{{why}}</td><td>{{who}}</td><td class="how-long">{{how_long}}</td></tr>
{{/rule}}
</tbody>
</table>
</div>
<p id="addresses">[[Your network address (IP address) is kept only to slow down password guessing, with a failed log-in, for {{throttle}}. The web server's logs keep no full address.]]</p>
<p class="muted">[[Nothing is sent anywhere else: no advertising, no tracking.]]</p>

<h2 id="ways">[[What you can do]]</h2>
<ul class="rows privacy-ways">
<li><a href="/account/privacy/export">[[Export your data]]</a>: [[all your data as one file to keep and one page to read, ready to download for a day.]]</li>
<li><a href="/account/privacy/erase">[[Erase your account]]</a>: [[leave Opbak; you choose whether your posts and backings go with you or stay under "a former member".]]</li>
<li><a href="/account/privacy/looked">[[Who looked]]</a>: [[every time staff, a support person, your coach, an employer or a relative opened your data.]]</li>
<li><a href="/account/privacy/consents">[[Your consents]]</a>: [[what you agreed to share or publish, when, and a button to take it back at once.]]</li>
</ul>
</section>
