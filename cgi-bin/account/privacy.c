/*
 * privacy.c - GET /account/privacy (logged in): "Your data". First what
 * Opbak keeps about him: each kind of data, why, who sees it and how
 * long, made from the retention rules and their current periods
 * (community/retention.h), the same ones the retention job applies, so
 * the page cannot say one thing while the job does another. Then the
 * four things he can do: export, erase, see who looked, his consents.
 */
#include "account.h"
#include "i18n.h"
#include "page.h"
#include "retention.h"
#include "tmpl.h"

int privacy_fn(struct request *req)
{
	long long v[RETENTION_RULES_MAX];
	if (retention_values(req, v) < 0)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Your data"), "account/privacy.tpl");
	for (size_t i = 0; i < retention_nrules; i++) {
		const struct retention_rule *rule = &retention_rules[i];
		struct tmpl_dict *row = tmpl_add(d, "rule");
		tmpl_set(row, "what", _(rule->what));
		tmpl_set(row, "why", _(rule->why));
		tmpl_set(row, "who", _(rule->who));
		tmpl_set(row, "how_long", retention_period_text(req, rule, v[i]));
		if (rule->setting) { /* an anchor: #rule-<setting> */
			tmpl_show(row, "has_setting");
			tmpl_set(row, "setting", rule->setting);
		}
	}
	/* Addresses: kept with a failed log-in, as long as throttling needs. */
	int t = retention_find("retention_throttle_minutes");
	if (t >= 0)
		tmpl_set(d, "throttle", retention_period_text(req, &retention_rules[t], v[t]));
	return page_end(req, 200);
}
