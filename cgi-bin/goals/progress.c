/*
 * progress.c - GET /goals/progress: a bar per goal (its sub-goals and
 * activities done, of all not dropped) and what got done week by week,
 * the last PROGRESS_WEEKS ISO weeks on the site's wall clock, newest
 * first. A week with nothing done says so gently: a quiet week is fine.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "db.h"
#include "goals.h"
#include "i18n.h"
#include "page.h"
#include "participant.h"
#include "tmpl.h"
#include "when.h"

#define PROGRESS_WEEKS    12
#define PROGRESS_DONE_MAX 500 /* done steps read for the weeks (GOAL_ITEMS_MAX) */

static const char SQL_BARS[] =
    "SELECT top.id, top.title, top.status, "
    "COALESCE(SUM(g.status = 'done'), 0) AS done, COALESCE(SUM(g.status <> 'dropped'), 0) AS total "
    "FROM goal_items top LEFT JOIN goal_items g ON g.goal_id = top.id AND g.level > 1 "
    "WHERE top.participant_id = ? AND top.level = 1 AND top.status <> 'dropped' "
    "GROUP BY top.id, top.title, top.status ORDER BY top.status = 'done', top.id";
/* Along goal_items_done (participant_id, done_at). */
static const char SQL_DONE[] =
    "SELECT id, level, title, done_at FROM goal_items "
    "WHERE participant_id = ? AND done_at >= ? AND level > 1 AND status = 'done' "
    "ORDER BY done_at DESC, id DESC LIMIT ?";

/* Days since 1970-01-01 of a civil date (proleptic Gregorian). */
static long days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* The Monday (days since 1970) of the week of a local struct tm. */
static long monday_of(const struct tm *tm)
{
	long days = days_from_civil(tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday);
	int weekday = (tm->tm_wday + 6) % 7; /* Monday 0 */
	return days - weekday;
}

int progress_fn(struct request *req)
{
	long long me = goals_me(req);
	if (me < 0)
		return -1;
	when_zone(req); /* the site's wall clock for localtime_r */
	time_t now = time(NULL);
	struct tm local;
	if (!localtime_r(&now, &local))
		return -1;
	long this_monday = monday_of(&local);
	/* The first Monday counted, at local midnight, as UTC for the query. */
	struct tm start = local;
	start.tm_mday -= (local.tm_wday + 6) % 7 + 7 * (PROGRESS_WEEKS - 1);
	start.tm_hour = start.tm_min = start.tm_sec = 0;
	start.tm_isdst = -1;
	time_t since = mktime(&start);
	struct tm since_utc;
	char since_text[32];
	if (since == (time_t)-1 || !gmtime_r(&since, &since_utc) ||
	    !strftime(since_text, sizeof since_text, "%Y-%m-%d %H:%M:%S", &since_utc))
		return -1;

	struct db_rows *bars = db_query(req, SQL_BARS, db_int(me));
	struct db_rows *done = bars ? db_query(req, SQL_DONE, db_int(me), db_text(since_text),
	                                       db_int(PROGRESS_DONE_MAX))
	                            : NULL;
	if (!done)
		return -1;

	struct tmpl_dict *d = page_begin(req, _("Your progress"), "goals/progress.tpl");
	for (size_t i = 0; i < bars->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "bar");
		page_row(row, bars, i); /* id, title, done, total */
		long long n = db_get_int(bars, i, "done"), total = db_get_int(bars, i, "total");
		if (strcmp(db_get(bars, i, "status"), "done") == 0)
			tmpl_show(row, "goal_done");
		if (total) {
			tmpl_show(row, "has_steps");
			tmpl_set(
			    row, "bar_text",
			    arena_printf(req->arena,
			                 ngettext("%lld of %lld step done",
			                          "%lld of %lld steps done", (unsigned long)total),
			                 n, total));
		} else {
			tmpl_show(row, "no_steps");
		}
	}
	tmpl_show(d, bars->nrows ? "bars" : "no_goals");

	/* Week by week, newest first: each done step into the week of its
	 * local day. */
	struct tmpl_dict *weeks[PROGRESS_WEEKS];
	int counts[PROGRESS_WEEKS] = {0};
	for (int w = 0; w < PROGRESS_WEEKS; w++) {
		weeks[w] = tmpl_add(d, "week");
		struct tm monday = local;
		monday.tm_mday -= (local.tm_wday + 6) % 7 + 7 * w;
		monday.tm_hour = 12;
		monday.tm_isdst = -1;
		time_t t = mktime(&monday);
		struct tm m;
		char iso[16], week[8];
		if (t == (time_t)-1 || !localtime_r(&t, &m))
			continue;
		strftime(iso, sizeof iso, "%Y-%m-%d", &m);
		strftime(week, sizeof week, "%V", &m);
		tmpl_set(weeks[w], "week_label",
		         w == 0 ? _("This week")
		                : arena_printf(req->arena, _("Week %d, from %s"), atoi(week),
		                               goals_due_text(req, iso, NULL)));
		tmpl_set(weeks[w], "monday_iso", iso);
	}
	for (size_t i = 0; i < done->nrows; i++) {
		time_t t = when_parse(db_get(done, i, "done_at"));
		struct tm tm;
		if (t < 0 || !localtime_r(&t, &tm))
			continue;
		long w = (this_monday - monday_of(&tm)) / 7;
		if (w < 0 || w >= PROGRESS_WEEKS)
			continue;
		struct tmpl_dict *row = tmpl_add(weeks[w], "item");
		page_row(row, done, i); /* id, title */
		tmpl_set(row, "level_label", goals_level_label((int)db_get_int(done, i, "level")));
		counts[w]++;
	}
	for (int w = 0; w < PROGRESS_WEEKS; w++) {
		if (counts[w]) {
			tmpl_show(weeks[w], "some");
			tmpl_set(weeks[w], "count",
			         arena_printf(req->arena,
			                      ngettext("%d step done", "%d steps done",
			                               (unsigned long)counts[w]),
			                      counts[w]));
		} else {
			tmpl_show(weeks[w], "quiet");
		}
	}
	goals_feedback_form(req, d);
	return page_end(req, 200);
}
