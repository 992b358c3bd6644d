{{%AUTOESCAPE context="HTML"}}
<section class="narrow">
<h1>[[Export your data]]</h1>
<p>[[An export is all Opbak keeps about you, in two files: one for programs (JSON) and one to read (a web page). It holds:]]</p>
<ul class="export-parts">
{{#part}}<li>{{about}}</li>
{{/part}}</ul>
{{#last}}
<h2>[[Your export]]</h2>
<dl class="facts">
<dt>[[Made]]</dt><dd><time datetime="{{made_iso}}">{{made}}</time></dd>
<dt>[[Deleted]]</dt><dd><time datetime="{{deleted_iso}}">{{deleted}}</time></dd>
</dl>
<ul class="export-files">
<li><a href="/account/privacy/export.html">[[Read it as a web page]]</a> ({{html_size}})</li>
<li><a href="/account/privacy/export.json" download>[[Download it as JSON]]</a> ({{json_size}})</li>
</ul>
<p class="hint">[[Only you can open these files. They are deleted a day after they were made; you can make a new export at any time.]]</p>
{{/last}}
<form method="post" action="/account/privacy/export">
<input type="hidden" name="csrf" value="{{csrf}}">
<button type="submit">[[Make my export]]</button>
</form>
<p><a href="/account/privacy">[[Back to your data]]</a></p>
</section>
