{{%AUTOESCAPE context="HTML"}}
{{#begin}}<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>[[Your data on Opbak]]</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:0 auto;padding:1rem;color:#1b1b1b;background:#fff}
h1,h2,h3{line-height:1.2}h2{margin-top:2.5rem;border-bottom:1px solid #ccc}
section.item,li.sub{border-left:3px solid #ccc;padding-left:.75rem;margin:1rem 0}
dl{display:grid;grid-template-columns:minmax(8rem,auto) 1fr;gap:.25rem .75rem;margin:0}
dt{font-weight:600}dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
ul.sub{list-style:none;padding-left:1rem}
@media (prefers-color-scheme:dark){body{color:#eee;background:#161616}}
@media (max-width:30rem){dl{grid-template-columns:1fr}dd{margin-bottom:.5rem}}
</style>
</head>
<body>
<main>
<h1>[[Your data on Opbak]]</h1>
<p>[[Made for {{handle}}, {{made}}.]]</p>
<nav><ul>{{#toc}}<li><a href="#{{key}}">{{title}}</a></li>{{/toc}}</ul></nav>
{{/begin}}{{#part}}<h2 id="{{key}}">{{title}}</h2>
{{#none}}<p>[[Nothing here.]]</p>
{{/none}}{{/part}}{{#row}}<section class="item"><dl>{{#cell}}<dt>{{label}}</dt><dd data-user-text>{{value}}</dd>{{/cell}}</dl>{{#row_end_here}}</section>
{{/row_end_here}}{{/row}}{{#sub}}<h3>{{title}}</h3>
{{#none}}<p>[[Nothing here.]]</p>
{{/none}}<ul class="sub">{{#item}}<li class="sub"><dl>{{#cell}}<dt>{{label}}</dt><dd data-user-text>{{value}}</dd>{{/cell}}</dl></li>
{{/item}}</ul>
{{/sub}}{{#row_end}}</section>
{{/row_end}}{{#end}}</main>
</body>
</html>
{{/end}}
