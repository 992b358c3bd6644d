{{%AUTOESCAPE context="HTML"}}
<h1>[[Notifications]]</h1>
{{#none}}<p class="muted">[[Nothing yet. When someone backs you up, you will see it here.]]</p>{{/none}}
{{#no_older}}<p class="muted">[[There are no older notifications.]]</p>{{/no_older}}
<ul class="rows notifications">
{{#note}}
<li{{#unread}} class="unread"{{/unread}}>{{#unread}}<span class="new">[[New]]</span> {{/unread}}
{{#backing}}{{#has_actor}}<a href="/u/{{actor}}">{{actor}}</a>{{/has_actor}}{{#no_actor}}[[Someone]]{{/no_actor}} [[backed you up on]] {{#linked}}<a href="{{href}}">{{title}}</a>{{/linked}}{{/backing}}
{{#best}}{{#has_actor}}<a href="/u/{{actor}}">{{actor}}</a>{{/has_actor}}{{#no_actor}}[[Someone]]{{/no_actor}} [[marked your backing as best on]] {{#linked}}<a href="{{href}}">{{title}}</a>{{/linked}}{{/best}}
{{#support_answer}}[[A support person answered you on]] {{#linked}}<a href="{{href}}">{{title}}</a>{{/linked}}{{/support_answer}}
{{#approved}}{{#on_post}}[[Your post was approved and everybody can see it now:]]{{/on_post}}{{#on_backing}}[[Your backing was approved and everybody can see it now, on]]{{/on_backing}} {{#linked}}<a href="{{href}}">{{title}}</a>{{/linked}}{{/approved}}
{{#hidden}}{{#on_post}}[[A moderator hid your post]]{{/on_post}}{{#on_backing}}[[A moderator hid your backing on]]{{/on_backing}} {{#linked}}<a href="{{href}}">{{title}}</a>{{/linked}}{{/hidden}}
{{#review_restored}}[[A moderator looked at your post again and restored it:]] {{#linked}}<a href="{{href}}">{{title}}</a>{{/linked}}{{/review_restored}}
{{#question_reply}}<a href="{{question_href}}">[[A support person replied to your question]]</a>{{#has_subject}}: <span data-user-text>{{subject}}</span>{{/has_subject}}{{/question_reply}}
{{#question_pool}}[[Nobody could take your question in time, so it went to all support persons:]] <a href="{{question_href}}">{{#has_subject}}<span data-user-text>{{subject}}</span>{{/has_subject}}{{#no_subject}}[[Your question]]{{/no_subject}}</a>{{/question_pool}}
{{#question_published}}[[Your question was published anonymously with its answer, as you allowed:]] {{#linked}}<a href="{{href}}">{{title}}</a>{{/linked}}{{/question_published}}
{{#review_kept}}[[A moderator looked at your post again and kept it hidden:]] {{#linked}}<a href="{{href}}">{{title}}</a>{{/linked}}{{/review_kept}}
{{#goal_proposed}}<a href="{{goal_href}}">[[Your coach proposed something for you to look at]]</a>{{/goal_proposed}}
{{#goal_accepted}}{{#has_actor}}{{actor}}{{/has_actor}}{{#no_actor}}[[Someone]]{{/no_actor}} <a href="{{goal_href}}">[[accepted your proposal]]</a>{{/goal_accepted}}
{{#goal_change}}{{#has_actor}}{{actor}}{{/has_actor}}{{#no_actor}}[[Someone]]{{/no_actor}} <a href="{{goal_href}}">[[asked for a change to your proposal]]</a>{{/goal_change}}
{{#goal_feedback}}<a href="{{goal_href}}">[[Your coach gave you feedback]]</a>{{/goal_feedback}}
{{#goal_comment}}<a href="{{goal_href}}">[[Your employer wrote a comment on your goal]]</a>{{/goal_comment}}
{{#goal_encouragement}}<a href="{{goal_href}}">[[You got a word of encouragement]]</a>{{/goal_encouragement}}
{{#goal_due}}<a href="{{goal_href}}">[[A step of yours is due]]</a>{{/goal_due}}
{{#account_inactive}}[[Nobody had logged in to your account for a long time. Opbak deletes an account nobody logs in to for {{period}}, so yours was to go on <time datetime="{{due_iso}}">{{due}}</time> (your posts and backings would stay, under "a former member"). Logging in keeps your account, so it stays.]]{{/account_inactive}}
{{#employer_link}}<a href="{{goal_href}}">[[Your coach suggests a link with an employer. It needs your yes.]]</a>{{/employer_link}}
<span class="muted">· <time datetime="{{age_iso}}">{{age}}</time></span>
</li>
{{/note}}
</ul>
{{#more}}<p class="pager"><a href="/notifications?before={{next_before}}" rel="next">[[Older notifications]]</a></p>{{/more}}
