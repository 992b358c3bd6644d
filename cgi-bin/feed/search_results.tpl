{{%AUTOESCAPE context="HTML"}}
<section aria-labelledby="results-title">
<h2 id="results-title">[[Posts that match]]</h2>
{{>post_list}}
</section>
