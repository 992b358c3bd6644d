{{%AUTOESCAPE context="HTML"}}
<section class="narrow">
<p><a href="/mod">← [[Back to the queue]]</a></p>
<h1>[[Night pre-moderation]]</h1>
<p>[[At night few adults are awake to read along. While this is on, new posts and backings by members written between the two hours wait for a moderator before others see them. Support persons and admins are never held.]]</p>
{{#saved}}<p class="notice ok" role="status">[[Saved.]]</p>{{/saved}}
{{#clock}}<p>[[It is now {{hour}}:00 in {{timezone}}.]] {{#holding_now}}[[New posts are held right now.]]{{/holding_now}}{{#not_holding_now}}[[New posts are shown at once right now.]]{{/not_holding_now}}</p>{{/clock}}
{{>form_errors}}
<form method="post" action="/mod/settings" novalidate>
<input type="hidden" name="csrf" value="{{csrf}}">
<div class="field check">
<input type="checkbox" id="premod_enabled" name="premod_enabled" value="1"{{#enabled_checked}} checked{{/enabled_checked}}>
<label for="premod_enabled">[[Hold posts and backings at night]]</label>
</div>
<div class="field">
<label for="premod_start">[[From hour (0–23)]]</label>
<input id="premod_start" name="premod_start" value="{{premod_start}}" inputmode="numeric" maxlength="2" required aria-describedby="premod_start-error"{{#premod_start_invalid}} aria-invalid="true"{{/premod_start_invalid}}>
<p class="error" id="premod_start-error">{{premod_start_error}}</p>
</div>
<div class="field">
<label for="premod_end">[[Until hour (0–23)]]</label>
<p class="hint" id="premod_end-hint">[[Posts are held from the start of the first hour until the second hour begins; 22 and 9 hold from 22:00 until 09:00, in {{timezone}}.]]</p>
<input id="premod_end" name="premod_end" value="{{premod_end}}" inputmode="numeric" maxlength="2" required aria-describedby="premod_end-hint premod_end-error"{{#premod_end_invalid}} aria-invalid="true"{{/premod_end_invalid}}>
<p class="error" id="premod_end-error">{{premod_end_error}}</p>
</div>
<div class="field">
<label for="site_timezone">[[Time zone of the site]]</label>
<p class="hint" id="site_timezone-hint">[[A name from the tz database, such as Europe/Copenhagen or Europe/Stockholm. The hours above and every date and time on the site are told in this zone.]]</p>
<input id="site_timezone" name="site_timezone" value="{{site_timezone}}" maxlength="64" autocomplete="off" autocapitalize="off" spellcheck="false" aria-describedby="site_timezone-hint site_timezone-error"{{#site_timezone_invalid}} aria-invalid="true"{{/site_timezone_invalid}}>
<p class="error" id="site_timezone-error">{{site_timezone_error}}</p>
</div>
<h2>[[The inbox]]</h2>
<div class="field">
<label for="inbox_claim_hours">[[Hours a question waits for the support person it was asked of]]</label>
<p class="hint" id="inbox_claim_hours-hint">[[If he has not taken it by then, it goes to all support persons and the member is told.]]</p>
<input id="inbox_claim_hours" name="inbox_claim_hours" value="{{inbox_claim_hours}}" inputmode="numeric" maxlength="4" aria-describedby="inbox_claim_hours-hint inbox_claim_hours-error"{{#inbox_claim_hours_invalid}} aria-invalid="true"{{/inbox_claim_hours_invalid}}>
<p class="error" id="inbox_claim_hours-error">{{inbox_claim_hours_error}}</p>
</div>
<div class="field">
<label for="inbox_retention_days">[[Days a closed conversation is kept]]</label>
<p class="hint" id="inbox_retention_days-hint">[[Then it is deleted with all its messages, by itself.]]</p>
<input id="inbox_retention_days" name="inbox_retention_days" value="{{inbox_retention_days}}" inputmode="numeric" maxlength="4" aria-describedby="inbox_retention_days-hint inbox_retention_days-error"{{#inbox_retention_days_invalid}} aria-invalid="true"{{/inbox_retention_days_invalid}}>
<p class="error" id="inbox_retention_days-error">{{inbox_retention_days_error}}</p>
</div>
<button type="submit">[[Save]]</button>
</form>
</section>
