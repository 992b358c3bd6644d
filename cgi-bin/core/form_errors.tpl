{{%AUTOESCAPE context="HTML"}}
{{#form_errors_any}}
<div class="errors" role="alert" tabindex="-1">
<h2>[[Please fix this:]]</h2>
<ul>
{{#form_errors}}<li><a href="#{{field}}">{{message}}</a></li>{{/form_errors}}
</ul>
</div>
{{/form_errors_any}}
