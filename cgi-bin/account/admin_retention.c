/*
 * admin_retention.c - GET/POST /admin/retention (admins): how long Opbak
 * keeps what. One field per rule of community/retention.h that has a
 * setting, named as the setting, with its unit and bounds; the fixed
 * rules (exports, sessions, what lives as long as the account) are
 * listed but not editable. A value outside its rule's bounds comes back
 * 400 with the form as typed and the message at its field; nothing is
 * saved unless every value is right (ROUTE_TX). A save is audited
 * ('retention.settings', each change "name old -> new") and answered 303
 * to the form with a notice. The members' page /account/privacy and the
 * retention job read the same rows, so they follow at once.
 *
 * Closed conversations (inbox_retention_days) are also set at
 * /mod/settings (sql/014); both write the same row.
 */
#include <string.h>

#include "account.h"
#include "app.h"
#include "auth.h"
#include "db.h"
#include "form.h"
#include "i18n.h"
#include "page.h"
#include "response.h"
#include "retention.h"
#include "tmpl.h"

#define PERIOD_CHARS 12 /* a period as typed: digits, far more than any max */

static const char SQL_SET[] = "INSERT INTO settings (name, value) VALUES (?, ?) "
                              "ON DUPLICATE KEY UPDATE value = VALUES(value)";

/* The settable rules of retention.c, in its order; labels are the rule's
 * "what". Each is digits only, checked against its rule's bounds in
 * admin_retention_save_fn (so the form comes back, not a bare 400). */
const struct field admin_retention_fields[] = {
    TEXT_FIELD("inbox_retention_days", N_("Closed conversations with support persons"), 1,
               PERIOD_CHARS, 0),
    TEXT_FIELD("retention_audit_days", N_("The log of who opened or changed data"), 1, PERIOD_CHARS,
               0),
    TEXT_FIELD("retention_throttle_minutes", N_("Failed log-ins and their network addresses"), 1,
               PERIOD_CHARS, 0),
    TEXT_FIELD("retention_notifications_days", N_("Notifications"), 1, PERIOD_CHARS, 0),
    TEXT_FIELD("retention_inactive_days", N_("Accounts nobody logs in to"), 1, PERIOD_CHARS, 0),
    FIELDS_END,
};

/* GET /admin/retention?saved=1: the notice after a save. */
const struct field admin_retention_query_fields[] = {
    CHECK_FIELD("saved", N_("Saved")),
    FIELDS_END,
};

static const char *unit_text(const struct retention_rule *rule)
{
	return rule->unit == RETENTION_MINUTES ? _("minutes") : _("days");
}

/* The form: each settable rule's field (its value now, or what was
 * typed), its unit and bounds, and the fixed rules below it. */
static int show(struct request *req, int status, const long long *v, int saved)
{
	struct tmpl_dict *d =
	    page_begin(req, _("How long Opbak keeps what"), "account/admin_retention.tpl");
	const struct form *f = req_is_post(req) ? req->form_in : NULL;
	for (size_t i = 0; i < retention_nrules; i++) {
		const struct retention_rule *rule = &retention_rules[i];
		struct tmpl_dict *row = tmpl_add(d, rule->setting ? "rule" : "fixed");
		tmpl_set(row, "what", _(rule->what));
		tmpl_set(row, "how_long", retention_period_text(req, rule, v[i]));
		if (!rule->setting)
			continue;
		tmpl_set(row, "name", rule->setting);
		tmpl_set(row, "unit", unit_text(rule));
		tmpl_set_int(row, "min", rule->min);
		tmpl_set_int(row, "max", rule->max);
		tmpl_set_int(row, "dflt", rule->dflt);
		const char *error = f ? form_error_of(f, rule->setting) : NULL;
		if (f)
			tmpl_set(row, "value", form_value(f, rule->setting));
		else
			tmpl_set(row, "value", arena_printf(req->arena, "%lld", v[i]));
		if (error) {
			tmpl_set(row, "error", error);
			tmpl_show(row, "invalid");
		}
	}
	if (f)
		form_fill(f, d); /* the summary of errors at the top */
	if (saved)
		tmpl_show(d, "saved");
	return page_end(req, status);
}

int admin_retention_fn(struct request *req)
{
	long long v[RETENTION_RULES_MAX];
	if (retention_values(req, v) < 0)
		return -1;
	return show(req, 200, v, req_int(req, "saved") == 1);
}

/* ROUTE_TX: every value or none. */
int admin_retention_save_fn(struct request *req)
{
	struct form *f = req->form_in;
	long long old[RETENTION_RULES_MAX], fresh[RETENTION_RULES_MAX];
	if (retention_values(req, old) < 0)
		return -1;
	for (size_t i = 0; i < retention_nrules; i++) {
		const struct retention_rule *rule = &retention_rules[i];
		fresh[i] = old[i];
		if (!rule->setting || form_failed(f, rule->setting))
			continue;
		if (retention_parse(rule, form_value(f, rule->setting), &fresh[i]) < 0)
			form_error(f, rule->setting,
			           arena_printf(req->arena,
			                        _("Enter a whole number of %s from %lld to %lld."),
			                        unit_text(rule), rule->min, rule->max));
	}
	if (f->failed)
		return show(req, 400, old, 0);
	const char *changes = "";
	for (size_t i = 0; i < retention_nrules; i++) {
		const struct retention_rule *rule = &retention_rules[i];
		if (!rule->setting || fresh[i] == old[i])
			continue;
		if (db_exec(req, SQL_SET, db_text(rule->setting),
		            db_text(arena_printf(req->arena, "%lld", fresh[i]))) < 0)
			return -1;
		changes = arena_printf(req->arena, "%s%s%s %lld -> %lld", changes,
		                       *changes ? ", " : "", rule->setting, old[i], fresh[i]);
	}
	if (*changes && auth_audit(req, "retention.settings", 0, changes) < 0)
		return -1;
	return res_redirect(req, "/admin/retention?saved=1");
}
