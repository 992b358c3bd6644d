/*
 * mod_settings.c - GET/POST /mod/settings (admins): night
 * pre-moderation on or off, its hours, and the site's time zone (which
 * those hours and every date and time on the site are told in).
 *
 * While it is on, a member's new post or backing written between the
 * start hour and the end hour (the window may wrap midnight: 22 -> 9) is
 * held as 'pending' until a moderator approves it. The zone is an IANA
 * name this system's tzdata has (when_zone_valid); the worker that saves
 * it reads it again at once, the others within a minute (when.h). Every
 * change goes to the audit log with the old and new values.
 *
 * The inbox's two settings are here too (sql/014, cgi-bin/inbox/jobs.c):
 * the hours a question asked of one support person waits for him before
 * it goes to all of them, and the days a closed conversation is kept.
 */
#include <string.h>
#include <time.h>

#include "auth.h"
#include "db.h"
#include "form.h"
#include "guard.h"
#include "i18n.h"
#include "limits.h"
#include "page.h"
#include "post.h"
#include "response.h"
#include "tmpl.h"
#include "when.h"

static const char SQL_INBOX[] =
    "SELECT MAX(IF(name = 'inbox_claim_hours', value, NULL)) AS inbox_claim_hours, "
    "MAX(IF(name = 'inbox_retention_days', value, NULL)) AS inbox_retention_days "
    "FROM settings WHERE name IN ('inbox_claim_hours', 'inbox_retention_days')";
static const char SQL_SET[] = "INSERT INTO settings (name, value) VALUES (?, ?) ON DUPLICATE KEY "
                              "UPDATE value = VALUES(value)";

const struct field mod_settings_query[] = {
    CHECK_FIELD("saved", N_("Saved")),
    FIELDS_END,
};

/* The hours are typed by a person: checked here, so a wrong hour comes
 * back in the form with its message (not as a bare 400 page). */
const struct field mod_settings_fields[] = {
    CHECK_FIELD("premod_enabled", N_("Hold posts at night")),
    TEXT_FIELD("premod_start", N_("From hour"), 1, LIMIT_HOUR_DIGITS, 0),
    TEXT_FIELD("premod_end", N_("Until hour"), 1, LIMIT_HOUR_DIGITS, 0),
    /* Optional so that a form without it (an older page) keeps the zone. */
    TEXT_FIELD("site_timezone", N_("Time zone"), 0, WHEN_ZONE_MAX, 0),
    /* The inbox's; optional too: empty keeps what is set. */
    TEXT_FIELD("inbox_claim_hours", N_("Hours a question waits for the one asked"), 0, 4, 0),
    TEXT_FIELD("inbox_retention_days", N_("Days a closed conversation is kept"), 0, 4, 0),
    FIELDS_END,
};
enum { CLAIM_HOURS_FIELD = 4, RETENTION_DAYS_FIELD = 5 }; /* mod_settings_fields */

/* A whole number typed in 1..max, or -1. */
static long long whole(const char *s, long long max)
{
	long long n = 0;
	if (!s || !*s || strlen(s) > 4)
		return -1;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return -1;
		n = n * 10 + (*s - '0');
	}
	return n >= 1 && n <= max ? n : -1;
}

static int show(struct request *req, const struct form *f, int status)
{
	struct premod p;
	if (rules_premod(req, &p) < 0)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Night pre-moderation"), "post/mod_settings.tpl");
	if (f ? req_int(req, "premod_enabled") == 1 : p.enabled)
		tmpl_show(d, "enabled_checked");
	tmpl_set_int(d, "premod_start", p.start);
	tmpl_set_int(d, "premod_end", p.end);
	tmpl_set(d, "timezone", p.tz);
	tmpl_set(d, "site_timezone", p.tz); /* form_fill puts back what was typed */
	struct db_rows *inbox = db_query(req, SQL_INBOX);
	if (!inbox)
		return -1;
	page_row(d, inbox, 0); /* inbox_claim_hours, inbox_retention_days */
	int hour = guard_local_hour(time(NULL), p.tz);
	if (hour >= 0) {
		tmpl_show(d, "clock");
		tmpl_set_int(d, "hour", hour);
		tmpl_show(d, p.enabled && guard_in_window(hour, p.start, p.end)
		                 ? "holding_now"
		                 : "not_holding_now");
	}
	post_refill(d, f, NULL);
	if (status == 200 && req_int(req, "saved"))
		tmpl_show(d, "saved");
	return page_end(req, status);
}

int mod_settings_fn(struct request *req)
{
	return show(req, NULL, 200);
}

int mod_settings_save_fn(struct request *req)
{
	struct form *f = req->form_in;
	const char *enabled = req_int(req, "premod_enabled") ? "1" : "0";
	int start = rules_hour(req_text(req, "premod_start"));
	int end = rules_hour(req_text(req, "premod_end"));
	if (!f->errors[1] && start < 0)
		form_error(f, "premod_start", _("From hour must be a whole hour from 0 to 23."));
	if (!f->errors[2] && end < 0)
		form_error(f, "premod_end", _("Until hour must be a whole hour from 0 to 23."));
	if (!f->failed && start == end && enabled[0] == '1')
		form_error(
		    f, "premod_end",
		    _("From and until are the same hour, so nothing would be held. To switch "
		      "night pre-moderation off, untick the box."));
	const char *zone = req_text(req, "site_timezone");
	if (!f->errors[3] && zone && *zone && !when_zone_valid(zone))
		form_error(f, "site_timezone",
		           _("This server knows no time zone by that name. Use a name from the tz "
		             "database, such as Europe/Copenhagen or Europe/Stockholm."));
	const char *hours = req_text(req, "inbox_claim_hours");
	const char *days = req_text(req, "inbox_retention_days");
	if (!f->errors[CLAIM_HOURS_FIELD] && *hours &&
	    whole(hours, LIMIT_INBOX_CLAIM_HOURS_MAX) < 0)
		form_error(f, "inbox_claim_hours",
		           arena_printf(req->arena, _("Hours must be a whole number from 1 to %d."),
		                        LIMIT_INBOX_CLAIM_HOURS_MAX));
	if (!f->errors[RETENTION_DAYS_FIELD] && *days &&
	    whole(days, LIMIT_INBOX_RETENTION_DAYS_MAX) < 0)
		form_error(f, "inbox_retention_days",
		           arena_printf(req->arena, _("Days must be a whole number from 1 to %d."),
		                        LIMIT_INBOX_RETENTION_DAYS_MAX));
	if (f->failed)
		return show(req, f, 400);

	struct premod old;
	if (rules_premod(req, &old) < 0)
		return -1;
	const char *s = arena_printf(req->arena, "%d", start);
	const char *e = arena_printf(req->arena, "%d", end);
	if (db_exec(req, SQL_SET, db_text("premod_enabled"), db_text(enabled)) < 0 ||
	    db_exec(req, SQL_SET, db_text("premod_start"), db_text(s)) < 0 ||
	    db_exec(req, SQL_SET, db_text("premod_end"), db_text(e)) < 0 ||
	    auth_audit(req, "mod.settings", 0,
	               arena_printf(req->arena, "premod %d %d-%d -> %s %s-%s", old.enabled,
	                            old.start, old.end, enabled, s, e)) < 0)
		return -1;
	if (zone && *zone && strcmp(zone, old.tz) != 0) {
		if (db_exec(req, SQL_SET, db_text("site_timezone"), db_text(zone)) < 0 ||
		    auth_audit(req, "mod.settings", 0,
		               arena_printf(req->arena, "timezone %s -> %s", old.tz, zone)) < 0)
			return -1;
		when_zone_changed();
	}
	if (*hours && (db_exec(req, SQL_SET, db_text("inbox_claim_hours"), db_text(hours)) < 0 ||
	               auth_audit(req, "mod.settings", 0,
	                          arena_printf(req->arena, "inbox claim hours -> %s", hours)) < 0))
		return -1;
	if (*days && (db_exec(req, SQL_SET, db_text("inbox_retention_days"), db_text(days)) < 0 ||
	              auth_audit(req, "mod.settings", 0,
	                         arena_printf(req->arena, "inbox retention days -> %s", days)) < 0))
		return -1;
	return res_redirect(req, "/mod/settings?saved=1");
}
