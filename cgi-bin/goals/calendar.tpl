{{%AUTOESCAPE context="HTML"}}
<section class="calendar">
<p><a href="/goals">← [[Today]]</a></p>
<h1>[[Your goals in your calendar]]</h1>
<p>[[Your phone's calendar can show the activities and goals that have a date, with a reminder when you asked for one. It fetches them by itself, from your own private address.]]</p>
<h2 id="address">[[Your private address]]</h2>
<p class="calendar-address"><a href="webcal://{{webcal_rest}}" class="button">[[Add to my calendar]]</a></p>
<p class="hint">[[Or copy this address into your calendar app:]]</p>
<p class="calendar-url"><code>{{feed_url}}</code></p>
<h2>[[How to subscribe]]</h2>
<h3>[[iPhone]]</h3>
<p>[[Tap "Add to my calendar" above and then "Subscribe". Or open Settings, Calendar, Accounts, Add Account, Other, Add Subscribed Calendar, and paste the address.]]</p>
<h3>[[Android]]</h3>
<p>[[Open Google Calendar on a computer, choose "Other calendars", "+", "From URL", and paste the address. It then shows on your phone too. It can take some hours before changes show.]]</p>
<h2>[[Keep it private]]</h2>
<p>[[Anyone who has the address can see your dated goals. If you shared it by mistake or lost your phone, make a new address: the old one stops working at once, and you subscribe again with the new one.]]</p>
<form method="post" action="/goals/calendar">
<input type="hidden" name="csrf" value="{{csrf}}">
<button type="submit" class="secondary">[[Make a new address]]</button>
</form>
{{>feedback_form}}
</section>
