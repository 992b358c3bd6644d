/*
 * calendar.c - the participant's goals in his phone's calendar:
 *   GET  /goals/calendar                  his feed's address, how to subscribe
 *   POST /goals/calendar            a new address; the old one stops working
 *   GET  /goals/calendar/<feed name>.ics  the feed (RFC 5545), no login
 *
 * A calendar app fetches the feed without his session, so its address is
 * the secret: /goals/calendar/<id>-<generation>-<mac>.ics, where mac =
 * auth_mac("calendar", "<id>-<generation>"). Nothing secret is stored:
 * the server checks the MAC again on each fetch, and renewing adds one
 * to participants.calendar_generation, so every older address (a phone
 * lost, a screenshot shared) is a 404 from then on. A name that is not
 * exactly that form, a wrong MAC, another id or an old generation all
 * get the same 404.
 *
 * The feed holds one event per dated goal item of his that is not
 * dropped (all his items are his to see, personal ones too), with a
 * reminder when he asked for one.
 */
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "auth.h"
#include "db.h"
#include "goals.h"
#include "i18n.h"
#include "ical.h"
#include "page.h"
#include "response.h"
#include "tmpl.h"
#include "when.h"

static const char SQL_GENERATION[] =
    "SELECT calendar_generation FROM participants WHERE user_id = ?";
static const char SQL_RENEW[] =
    "UPDATE participants SET calendar_generation = calendar_generation + 1 WHERE user_id = ?";
/* His dated items, at most GOAL_ITEMS_MAX (all he may have). */
static const char SQL_EVENTS[] =
    "SELECT id, level, title, description, DATE_FORMAT(due_date, '%Y-%m-%d') AS due_date, "
    "TIME_FORMAT(due_time, '%H:%i') AS due_time, remind_minutes, status, "
    "DATE_FORMAT(updated_at, '%Y%m%dT%H%i%sZ') AS stamp "
    "FROM goal_items WHERE participant_id = ? AND due_date IS NOT NULL "
    "AND status <> 'dropped' ORDER BY due_date, id LIMIT ?";

/* "/goals/calendar/<id>-<generation>-<mac>.ics" for participant id. */
static const char *feed_path(struct request *req, long long id, long long generation)
{
	char message[48], mac[65];
	snprintf(message, sizeof message, "%lld-%lld", id, generation);
	auth_mac("calendar", message, mac);
	return arena_printf(req->arena, "/goals/calendar/%s-%s.ics", message, mac);
}

int calendar_fn(struct request *req)
{
	long long me = goals_me(req);
	if (me < 0)
		return -1;
	struct db_rows *r = db_query(req, SQL_GENERATION, db_int(me));
	if (!r)
		return -1;
	if (r->nrows != 1)
		return page_error(req, 404, _("There is nothing here for you."));
	const char *path = feed_path(req, me, db_get_int(r, 0, "calendar_generation"));
	const char *https = arena_printf(req->arena, "%s%s", req->base_url, path);
	/* webcal:// is the same address for a calendar app to subscribe to. */
	const char *host = strstr(req->base_url, "://");
	/* The template writes "webcal://" itself: ctemplate lets no variable
	 * start a link with a scheme other than http(s). */
	const char *webcal =
	    arena_printf(req->arena, "%s%s", host ? host + 3 : req->base_url, path);
	struct tmpl_dict *d =
	    page_begin(req, _("Your goals in your calendar"), "goals/calendar.tpl");
	tmpl_set(d, "feed_url", https);
	tmpl_set(d, "webcal_rest", webcal);
	goals_feedback_form(req, d);
	return page_end(req, 200);
}

/* ROUTE_TX. */
int calendar_renew_fn(struct request *req)
{
	long long me = goals_me(req);
	if (me < 0 || db_exec(req, SQL_RENEW, db_int(me)) < 0)
		return -1;
	return res_redirect(req, "/goals/calendar#address");
}

/* "YYYYMMDD" of a "YYYY-MM-DD". */
static const char *ical_date(struct request *req, const char *date)
{
	int y, m, d;
	if (sscanf(date, "%d-%d-%d", &y, &m, &d) != 3)
		return NULL;
	return arena_printf(req->arena, "%04d%02d%02d", y, m, d);
}

/* The instant of a date and a time on the site's wall clock, in UTC
 * ("YYYYMMDDTHHMMSSZ"). Why UTC and not TZID=Europe/Copenhagen: RFC 5545
 * (3.2.19) wants a VTIMEZONE component for every TZID a calendar uses,
 * which would have to be written out for whatever zone the site is set
 * to (a setting), rules and all; a UTC time needs none, every calendar
 * app shows it on the phone's own clock, and the feed is made again on
 * each fetch, so a change of the zone's rules reaches it at once. */
static const char *ical_instant(struct request *req, const char *date, const char *time_of_day)
{
	int y, mo, d, h, mi;
	if (sscanf(date, "%d-%d-%d", &y, &mo, &d) != 3 ||
	    sscanf(time_of_day, "%d:%d", &h, &mi) != 2)
		return NULL;
	when_zone(req); /* lends the site's zone to mktime */
	struct tm tm = {0};
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_isdst = -1;
	time_t t = mktime(&tm);
	struct tm u;
	if (t == (time_t)-1 || !gmtime_r(&t, &u))
		return NULL;
	return arena_printf(req->arena, "%04d%02d%02dT%02d%02d%02dZ", u.tm_year + 1900,
	                    u.tm_mon + 1, u.tm_mday, u.tm_hour, u.tm_min, u.tm_sec);
}

static void event(struct request *req, struct buf *out, const struct db_rows *r, size_t i)
{
	const char *start_date = ical_date(req, db_get(r, i, "due_date"));
	if (!start_date)
		return;
	const char *time_of_day = db_get(r, i, "due_time");
	const char *instant =
	    time_of_day ? ical_instant(req, db_get(r, i, "due_date"), time_of_day) : NULL;
	const char *title = db_get(r, i, "title");
	ical_line(out, "BEGIN", "VEVENT");
	ical_line(out, "UID", arena_printf(req->arena, "%s@opbak", db_get(r, i, "id")));
	ical_line(out, "DTSTAMP", db_get(r, i, "stamp"));
	if (instant)
		ical_line(out, "DTSTART", instant);
	else
		ical_line(out, "DTSTART;VALUE=DATE", start_date);
	ical_text(out, "SUMMARY", title);
	const char *description = db_get(r, i, "description");
	const char *level = goals_level_label((int)db_get_int(r, i, "level"));
	ical_text(out, "DESCRIPTION",
	          description && *description
	              ? arena_printf(req->arena, "%s: %s\n\n%s", level,
	                             goals_status_label(db_get(r, i, "status")), description)
	              : arena_printf(req->arena, "%s: %s", level,
	                             goals_status_label(db_get(r, i, "status"))));
	ical_line(out, "STATUS",
	          strcmp(db_get(r, i, "status"), "proposed") == 0 ? "TENTATIVE" : "CONFIRMED");
	ical_line(out, "URL",
	          arena_printf(req->arena, "%s/goals/%s", req->base_url, db_get(r, i, "id")));
	if (db_get(r, i, "remind_minutes")) {
		long long minutes = db_get_int(r, i, "remind_minutes");
		ical_line(out, "BEGIN", "VALARM");
		ical_line(out, "ACTION", "DISPLAY");
		ical_text(out, "DESCRIPTION", title);
		ical_line(out, "TRIGGER",
		          minutes > 0 ? arena_printf(req->arena, "-PT%lldM", minutes) : "PT0M");
		ical_line(out, "END", "VALARM");
	}
	ical_line(out, "END", "VEVENT");
}

static int not_found(struct request *req)
{
	return page_error(req, 404, _("There is nothing here for you."));
}

/* No login: the address is the secret (above). */
int calendar_feed_fn(struct request *req)
{
	long long id, generation;
	char given[65], mac[65];
	if (req->nargs < 1 || ical_feed_name(req->args[0], &id, &generation, given) < 0)
		return not_found(req);
	char message[48];
	snprintf(message, sizeof message, "%lld-%lld", id, generation);
	auth_mac("calendar", message, mac);
	if (sodium_memcmp(mac, given, 64) != 0)
		return not_found(req);
	struct db_rows *p = db_query(req, SQL_GENERATION, db_int(id));
	if (!p)
		return -1;
	if (p->nrows != 1 || db_get_int(p, 0, "calendar_generation") != generation)
		return not_found(req);
	struct db_rows *r = db_query(req, SQL_EVENTS, db_int(id), db_int(GOAL_ITEMS_MAX));
	if (!r)
		return -1;
	struct response *res = req->res;
	struct buf *out = &res->body;
	ical_line(out, "BEGIN", "VCALENDAR");
	ical_line(out, "VERSION", "2.0");
	ical_line(out, "PRODID", "-//Opbak//Goals//EN");
	ical_line(out, "CALSCALE", "GREGORIAN");
	ical_line(out, "METHOD", "PUBLISH");
	ical_text(out, "X-WR-CALNAME", _("Opbak: your goals"));
	ical_line(out, "REFRESH-INTERVAL;VALUE=DURATION", "PT1H");
	ical_line(out, "X-PUBLISHED-TTL", "PT1H");
	for (size_t i = 0; i < r->nrows; i++)
		event(req, out, r, i);
	ical_line(out, "END", "VCALENDAR");
	/* Core sends "Cache-Control: no-store" on every answer that is not
	 * cacheable: no shared cache keeps his feed (stricter than private). */
	res->content_type = "text/calendar; charset=utf-8";
	res->status = 200;
	return 200;
}
