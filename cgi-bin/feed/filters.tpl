{{%AUTOESCAPE context="HTML"}}
<nav class="tabs" aria-label="[[Which posts]]">
<ul>
{{#filter}}<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>
{{/filter}}
</ul>
</nav>
