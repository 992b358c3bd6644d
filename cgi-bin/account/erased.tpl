{{%AUTOESCAPE context="HTML"}}
<section class="narrow">
<h1>[[Your account is erased]]</h1>
<p>[[Your account, your pseudonym, your conversations, goals and chats are gone, and you are logged out everywhere.]]</p>
{{#all}}<p>[[Your posts and backings are deleted too.]]</p>{{/all}}
{{#kept}}<p>[[Your posts and backings stay, shown as written by {{former}}. Nothing links them to you any more.]]</p>{{/kept}}
<p>[[Thank you for the time you spent here. You are always welcome back.]]</p>
<p><a href="/">[[Go to the front page]]</a></p>
</section>
