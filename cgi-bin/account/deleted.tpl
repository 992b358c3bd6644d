{{%AUTOESCAPE context="HTML"}}
<section class="narrow">
<h1>[[Your account is deleted]]</h1>
<p>[[Thank you for the time you spent here. You are always welcome back.]]</p>
<p><a href="/">[[Go to the front page]]</a></p>
</section>
