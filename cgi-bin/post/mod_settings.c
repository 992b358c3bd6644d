/*
 * mod_settings.c - GET/POST /mod/settings (admins): night
 * pre-moderation on or off, and its hours in the site's time zone.
 *
 * While it is on, a member's new post or backing written between the
 * start hour and the end hour (the window may wrap midnight: 22 -> 9) is
 * held as 'pending' until a moderator approves it. Every change goes to
 * the audit log with the old and new values.
 */
#include <stdio.h>
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

static const char SQL_SETTINGS[] =
    "SELECT name, value FROM settings "
    "WHERE name IN ('premod_enabled', 'premod_start', 'premod_end', 'site_timezone')";
static const char SQL_SET[] = "INSERT INTO settings (name, value) VALUES (?, ?) ON DUPLICATE KEY "
                              "UPDATE value = VALUES(value)";

static const struct field fields[] = {
    TEXT_FIELD("premod_enabled", N_("Hold posts at night"), 0, LIMIT_CHECKBOX, 0),
    TEXT_FIELD("premod_start", N_("From hour"), 1, LIMIT_HOUR_DIGITS, 0),
    TEXT_FIELD("premod_end", N_("Until hour"), 1, LIMIT_HOUR_DIGITS, 0),
};
#define NFIELDS (sizeof fields / sizeof fields[0])

struct premod {
	const char *enabled, *start, *end, *tz;
};

static int load(struct request *req, struct premod *p)
{
	struct db_rows *r = db_query_v(req, SQL_SETTINGS, "");
	if (!r)
		return -1;
	p->enabled = "0";
	p->start = "22";
	p->end = "9";
	p->tz = "Europe/Copenhagen";
	for (size_t i = 0; i < r->nrows; i++) {
		const char *name = db_cell(r, i, 0), *value = db_cell(r, i, 1);
		if (strcmp(name, "premod_enabled") == 0)
			p->enabled = value;
		else if (strcmp(name, "premod_start") == 0)
			p->start = value;
		else if (strcmp(name, "premod_end") == 0)
			p->end = value;
		else if (strcmp(name, "site_timezone") == 0)
			p->tz = value;
	}
	return 0;
}

/* An hour 0-23 written as digits, or -1. */
static int hour_of(const char *s)
{
	if (!*s || strlen(s) > LIMIT_HOUR_DIGITS || strspn(s, "0123456789") != strlen(s))
		return -1;
	int h = (s[0] - '0') * (s[1] ? 10 : 1) + (s[1] ? s[1] - '0' : 0);
	return h <= 23 ? h : -1;
}

static int show(struct request *req, const struct form *f, int status)
{
	struct premod p;
	if (load(req, &p) < 0)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Night pre-moderation"), "post/mod_settings.tpl");
	int checked =
	    f ? strcmp(form_value(f, "premod_enabled"), "1") == 0 : strcmp(p.enabled, "1") == 0;
	if (checked)
		tmpl_show(d, "enabled_checked");
	tmpl_set(d, "premod_start", p.start);
	tmpl_set(d, "premod_end", p.end);
	tmpl_set(d, "timezone", p.tz);
	int hour = guard_local_hour(time(NULL), p.tz);
	if (hour >= 0) {
		tmpl_show(d, "clock");
		tmpl_set_int(d, "hour", hour);
		if (strcmp(p.enabled, "1") == 0 &&
		    guard_in_window(hour, hour_of(p.start), hour_of(p.end)))
			tmpl_show(d, "holding_now");
		else
			tmpl_show(d, "not_holding_now");
	}
	if (f)
		form_fill(f, d);
	const char *saved = req_query(req, "saved");
	if (status == 200 && saved && strcmp(saved, "1") == 0)
		tmpl_show(d, "saved");
	return page_end(req, status);
}

int mod_settings_fn(struct request *req)
{
	return show(req, NULL, 200);
}

int mod_settings_save_fn(struct request *req)
{
	struct form f;
	form_read(req, &req->form, fields, NFIELDS, &f);
	const char *enabled = strcmp(form_value(&f, "premod_enabled"), "1") == 0 ? "1" : "0";
	int start = hour_of(form_value(&f, "premod_start"));
	int end = hour_of(form_value(&f, "premod_end"));
	if (!f.errors[1] && start < 0)
		form_error(&f, "premod_start", _("From hour must be a whole hour from 0 to 23."));
	if (!f.errors[2] && end < 0)
		form_error(&f, "premod_end", _("Until hour must be a whole hour from 0 to 23."));
	if (!f.failed && start == end && enabled[0] == '1')
		form_error(
		    &f, "premod_end",
		    _("From and until are the same hour, so nothing would be held. To switch "
		      "night pre-moderation off, untick the box."));
	if (f.failed)
		return show(req, &f, 400);

	struct premod old;
	if (load(req, &old) < 0)
		return -1;
	char s[4], e[4];
	snprintf(s, sizeof s, "%d", start);
	snprintf(e, sizeof e, "%d", end);
	if (db_begin(req) < 0)
		return -1;
	if (db_exec_v(req, SQL_SET, "ss", "premod_enabled", enabled) < 0 ||
	    db_exec_v(req, SQL_SET, "ss", "premod_start", s) < 0 ||
	    db_exec_v(req, SQL_SET, "ss", "premod_end", e) < 0 ||
	    auth_audit(req, "mod.settings", 0,
	               arena_printf(req->arena, "premod %s %s-%s -> %s %s-%s", old.enabled,
	                            old.start, old.end, enabled, s, e)) < 0) {
		db_rollback(req);
		return -1;
	}
	if (db_commit(req) < 0)
		return -1;
	return res_redirect(req, "/mod/settings?saved=1");
}
