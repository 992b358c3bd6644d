{{%AUTOESCAPE context="HTML"}}
<section class="notice" aria-labelledby="notice-title">
<h1 id="notice-title">{{heading}}</h1>
<p>{{message}}</p>
{{#back}}<p><a href="{{back_url}}">{{back_label}}</a></p>{{/back}}
</section>
