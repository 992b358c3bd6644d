{{%AUTOESCAPE context="HTML"}}
<ul class="topics">
{{#topic}}<li><a href="/t/{{slug}}"{{#current}} aria-current="page"{{/current}} lang="{{name_lang}}">{{name}}</a></li>
{{/topic}}
</ul>
