/*
 * indicators.c - what the participant rates, 1 to 5, as often as he
 * likes (energy, mood, sleep, readiness for work), and the trend:
 *   GET  /goals/indicators              his indicators, the latest rating, one tap to rate
 *   POST /goals/indicators              a new one (name)
 *   GET  /goals/indicators/<id>         the trend over the last 8 weeks
 *   POST /goals/indicators/<id>/rate    a rating (rating=1..5; chart=1: back to the trend)
 *   POST /goals/indicators/<id>/share   his coach sees the trend or not (shared)
 *   POST /goals/indicators/<id>/delete  gone, with its ratings
 *
 * The trend is drawn here as inline SVG (chart.c gives the numbers) with
 * its text alternative (a sentence and a table of the last ratings);
 * goals_indicators_show() draws it for his own page and for his coach's
 * (VIEW_COACH: only the ones he shared). Only his own indicators exist
 * for him: anyone else's id is the same 404 as one never used.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "chart.h"
#include "db.h"
#include "form.h"
#include "goals.h"
#include "i18n.h"
#include "page.h"
#include "response.h"
#include "tmpl.h"
#include "when.h"

#define TABLE_ROWS 8 /* the newest ratings in the text alternative */

static const char SQL_FIND[] = "SELECT id, participant_id FROM indicators WHERE id = ?";
static const char SQL_FIND_LOCK[] = "SELECT id, participant_id FROM indicators WHERE id = ? "
                                    "FOR UPDATE";
/* Two creations at once must not both pass the count: his row first. */
static const char SQL_LOCK_ME[] = "SELECT user_id FROM participants WHERE user_id = ? FOR UPDATE";
static const char SQL_COUNT[] = "SELECT COUNT(*) AS n FROM indicators WHERE participant_id = ?";
static const char SQL_INSERT[] = "INSERT INTO indicators (participant_id, name) VALUES (?, ?)";
static const char SQL_RATE[] = "INSERT INTO indicator_ratings (indicator_id, rating) VALUES (?, ?)";
static const char SQL_SHARE[] =
    "UPDATE indicators SET shared_coach_at = IF(? = 1, COALESCE(shared_coach_at, NOW()), NULL) "
    "WHERE id = ?";
static const char SQL_DELETE[] = "DELETE FROM indicators WHERE id = ?";

/* The indicators a viewer sees (only_shared: those shared with the
 * coach; only: one of them, 0 every one), each with its latest rating
 * and the averages of the last 8 weeks and of the 8 weeks before. */
static const char SQL_LIST[] =
    "SELECT i.id AS id, i.name AS name, i.shared_coach_at IS NOT NULL AS shared, "
    "UNIX_TIMESTAMP() AS now, "
    "(SELECT r.rating FROM indicator_ratings r WHERE r.indicator_id = i.id "
    " ORDER BY r.rated_at DESC, r.id DESC LIMIT 1) AS latest, "
    "(SELECT AVG(r.rating) FROM indicator_ratings r WHERE r.indicator_id = i.id "
    " AND r.rated_at >= NOW() - INTERVAL 56 DAY) AS avg_now, "
    "(SELECT COUNT(*) FROM indicator_ratings r WHERE r.indicator_id = i.id "
    " AND r.rated_at >= NOW() - INTERVAL 56 DAY) AS n_now, "
    "(SELECT AVG(r.rating) FROM indicator_ratings r WHERE r.indicator_id = i.id "
    " AND r.rated_at >= NOW() - INTERVAL 112 DAY AND r.rated_at < NOW() - INTERVAL 56 DAY) "
    " AS avg_before "
    "FROM indicators i WHERE i.participant_id = ? "
    "AND (? = 0 OR i.shared_coach_at IS NOT NULL) AND (? = 0 OR i.id = ?) ORDER BY i.id";
/* Their ratings of the last 8 weeks, oldest first, at most
 * CHART_POINTS_MAX (the newest) per indicator. */
static const char SQL_RATINGS[] =
    "SELECT indicator_id, t, rating, rated_at FROM ("
    " SELECT r.indicator_id AS indicator_id, UNIX_TIMESTAMP(r.rated_at) AS t, r.rating AS rating, "
    " r.rated_at AS rated_at, r.id AS id, ROW_NUMBER() OVER (PARTITION BY r.indicator_id "
    " ORDER BY r.rated_at DESC, r.id DESC) AS n "
    " FROM indicator_ratings r JOIN indicators i ON i.id = r.indicator_id "
    " WHERE i.participant_id = ? AND (? = 0 OR i.shared_coach_at IS NOT NULL) "
    " AND (? = 0 OR i.id = ?) AND r.rated_at >= NOW() - INTERVAL 56 DAY) x "
    "WHERE n <= ? ORDER BY indicator_id, rated_at, id";

const struct field indicator_fields[] = {
    TEXT_FIELD("name", N_("Name"), 1, INDICATOR_NAME_MAX, 0),
    FIELDS_END,
};
const struct field indicator_rate_fields[] = {
    INT_FIELD("rating", N_("Rating"), INDICATOR_SCALE_MIN, INDICATOR_SCALE_MAX, FIELD_REQUIRED),
    CHECK_FIELD("chart", N_("Back to the trend")),
    FIELDS_END,
};
const struct field indicator_share_fields[] = {
    CHECK_FIELD("shared", N_("Share with your coach")),
    FIELDS_END,
};

/* What we suggest when he has none yet (each one tap to make). */
static const char *const suggestions[] = {N_("Energy"), N_("Mood"), N_("Sleep"),
                                          N_("Readiness for work"), NULL};

/* One of his indicators, or the 404 page (another's, or none). */
static int find(struct request *req, long long id, int for_update)
{
	long long me = goals_me(req);
	if (me < 0)
		return -1;
	struct db_rows *r = db_query(req, for_update ? SQL_FIND_LOCK : SQL_FIND, db_int(id));
	if (!r)
		return -1;
	long long owner = r->nrows == 1 ? db_get_int(r, 0, "participant_id") : 0;
	return goals_open(req, owner, VIEW_SELF, NULL, 0);
}

/* The trend sentence, e.g. "Average 3.4 over the last 8 weeks, up from 2.9". */
static const char *summary(struct request *req, const struct db_rows *r, size_t i)
{
	if (db_get_int(r, i, "n_now") == 0)
		return _("No ratings in the last 8 weeks.");
	char now[16], before[16];
	double avg_now = strtod(db_get(r, i, "avg_now"), NULL);
	chart_average(avg_now, now, sizeof now);
	const char *b = db_get(r, i, "avg_before");
	if (!b)
		return arena_printf(req->arena, _("Average %s over the last 8 weeks."), now);
	double avg_before = strtod(b, NULL);
	chart_average(avg_before, before, sizeof before);
	switch (chart_trend(avg_now, avg_before)) {
	case 1:
		return arena_printf(req->arena, _("Average %s over the last 8 weeks, up from %s."),
		                    now, before);
	case -1:
		return arena_printf(
		    req->arena, _("Average %s over the last 8 weeks, down from %s."), now, before);
	default:
		return arena_printf(
		    req->arena,
		    _("Average %s over the last 8 weeks, the same as the 8 weeks before."), now);
	}
}

/* A date under the chart: day/month on the site's wall clock. */
static const char *tick_label(struct request *req, long long t)
{
	when_zone(req); /* lends the site's zone to localtime_r */
	time_t tt = (time_t)t;
	struct tm tm;
	if (!localtime_r(&tt, &tm))
		return "";
	return arena_printf(req->arena, "%d/%d", tm.tm_mday, tm.tm_mon + 1);
}

/* The chart and its text alternative of indicator i of the list r, from
 * its ratings (rows [first, end) of k, oldest first). */
static void draw(struct request *req, struct tmpl_dict *row, const struct db_rows *r, size_t i,
                 const struct db_rows *k, size_t first, size_t end)
{
	long long to = db_get_int(r, i, "now");
	long long from = to - CHART_DAYS * 86400LL;
	struct chart c;
	chart_layout(&c, from, to);
	tmpl_set(row, "view_box", arena_printf(req->arena, "0 0 %d %d", c.width, c.height));
	tmpl_set_int(row, "left", c.left);
	tmpl_set_int(row, "right", c.right);
	tmpl_set_int(row, "bottom", c.bottom);
	tmpl_set_int(row, "label_y", c.bottom + 22);
	tmpl_set_int(row, "tick_y", c.bottom + 6);
	for (size_t y = 0; y < c.nyticks; y++) {
		struct tmpl_dict *t = tmpl_add(row, "ytick");
		tmpl_set_int(t, "y", c.yticks[y].y);
		tmpl_set_int(t, "text_y", c.yticks[y].y + 5);
		tmpl_set_int(t, "text_x", c.left - 12);
		tmpl_set_int(t, "value", c.yticks[y].value);
	}
	for (size_t x = 0; x < c.nxticks; x++) {
		struct tmpl_dict *t = tmpl_add(row, "xtick");
		tmpl_set_int(t, "x", c.xticks[x].x);
		tmpl_set(t, "label", tick_label(req, c.xticks[x].t));
	}
	size_t n = end - first;
	struct chart_point *p = arena_calloc(req->arena, n ? n : 1, sizeof *p);
	for (size_t j = 0; j < n; j++) {
		p[j].t = db_get_int(k, first + j, "t");
		p[j].value = (int)db_get_int(k, first + j, "rating");
		struct tmpl_dict *dot = tmpl_add(row, "dot");
		tmpl_set_int(dot, "cx", chart_x(&c, p[j].t, from, to));
		tmpl_set_int(dot, "cy", chart_y(&c, p[j].value));
	}
	struct buf points = {0};
	chart_points(&c, p, n, from, to, &points);
	tmpl_set(row, "points", points.data ? points.data : "");
	buf_free(&points);
	if (n > 1)
		tmpl_show(row, "line");
	tmpl_set(row, "summary", summary(req, r, i));
	/* The newest ratings first, as a table for whoever cannot see the chart. */
	for (size_t j = 0; j < n && j < TABLE_ROWS; j++) {
		size_t at = end - 1 - j;
		struct tmpl_dict *t = tmpl_add(row, "rating");
		tmpl_set_int(t, "value", db_get_int(k, at, "rating"));
		when_set(req, t, "when", db_get(k, at, "rated_at"), WHEN_MOMENT);
	}
	tmpl_show(row, n ? "table" : "no_ratings");
}

/* Fill section "indicator" of d with the indicators the viewer sees
 * (only: one of them). Returns how many, or -1. */
static int fill(struct request *req, struct tmpl_dict *d, long long participant_id,
                enum goals_viewer as, long long only, int links)
{
	int shared_only = as != VIEW_SELF;
	if (as != VIEW_SELF && as != VIEW_COACH)
		return 0; /* nobody else sees indicators */
	struct db_rows *r = db_query(req, SQL_LIST, db_int(participant_id), db_int(shared_only),
	                             db_int(only), db_int(only));
	if (!r)
		return -1;
	if (r->nrows == 0)
		return 0;
	struct db_rows *k = db_query(req, SQL_RATINGS, db_int(participant_id), db_int(shared_only),
	                             db_int(only), db_int(only), db_int(CHART_POINTS_MAX));
	if (!k)
		return -1;
	size_t at = 0;
	for (size_t i = 0; i < r->nrows; i++) {
		long long id = db_get_int(r, i, "id");
		struct tmpl_dict *row = tmpl_add(d, "indicator");
		tmpl_set_int(row, "id", id);
		tmpl_set(row, "name", db_get(r, i, "name"));
		if (db_get(r, i, "latest")) {
			tmpl_set(row, "latest", db_get(r, i, "latest"));
			tmpl_show(row, "has_latest");
		}
		if (links)
			tmpl_show(row, "link");
		/* Both lists are in the order of the indicator's id. */
		while (at < k->nrows && db_get_int(k, at, "indicator_id") < id)
			at++;
		size_t first = at;
		while (at < k->nrows && db_get_int(k, at, "indicator_id") == id)
			at++;
		draw(req, row, r, i, k, first, at);
	}
	return (int)r->nrows;
}

int goals_indicators_show(struct request *req, struct tmpl_dict *d, long long participant_id,
                          enum goals_viewer as)
{
	struct tmpl_dict *inc = tmpl_include(d, "indicators", "goals/indicator_charts.tpl");
	/* Nothing when there are none: the caller says so in its own words. */
	return fill(req, inc, participant_id, as, 0, as == VIEW_SELF);
}

/* The scale's buttons of a rating form (1..5), the latest marked. */
static void scale(struct tmpl_dict *row, long long latest)
{
	for (int v = INDICATOR_SCALE_MIN; v <= INDICATOR_SCALE_MAX; v++) {
		struct tmpl_dict *b = tmpl_add(row, "scale");
		tmpl_set_int(b, "value", v);
		if (v == latest)
			tmpl_show(b, "current");
	}
}

static const char SQL_MINE[] =
    "SELECT i.id AS id, i.name AS name, i.shared_coach_at IS NOT NULL AS shared, "
    "(SELECT r.rating FROM indicator_ratings r WHERE r.indicator_id = i.id "
    " ORDER BY r.rated_at DESC, r.id DESC LIMIT 1) AS latest, "
    "(SELECT r.rated_at FROM indicator_ratings r WHERE r.indicator_id = i.id "
    " ORDER BY r.rated_at DESC, r.id DESC LIMIT 1) AS latest_at "
    "FROM indicators i WHERE i.participant_id = ? ORDER BY i.id";

static int list_page(struct request *req, int status, const char *problem)
{
	long long me = goals_me(req);
	if (me < 0)
		return -1;
	struct db_rows *r = db_query(req, SQL_MINE, db_int(me));
	if (!r)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("How are you?"), "goals/indicators.tpl");
	for (size_t i = 0; i < r->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "indicator");
		page_row(row, r, i); /* id, name, latest */
		if (db_get(r, i, "latest")) {
			tmpl_show(row, "has_latest");
			when_set(req, row, "latest_when", db_get(r, i, "latest_at"), WHEN_AGO);
		}
		scale(row, db_get(r, i, "latest") ? db_get_int(r, i, "latest") : 0);
	}
	if (r->nrows == 0) {
		tmpl_show(d, "none");
		for (size_t i = 0; suggestions[i]; i++)
			tmpl_set(tmpl_add(d, "suggestion"), "name", _(suggestions[i]));
	}
	if (r->nrows < INDICATORS_MAX)
		tmpl_show(d, "can_create");
	else
		tmpl_show(d, "full");
	tmpl_set_int(d, "indicators_max", INDICATORS_MAX);
	tmpl_set_int(d, "name_max", INDICATOR_NAME_MAX);
	if (problem)
		tmpl_set(tmpl_add(d, "problem"), "message", problem);
	if (req->form_in)
		form_fill(req->form_in, d);
	goals_feedback_form(req, d);
	return page_end(req, status);
}

int indicators_fn(struct request *req)
{
	return list_page(req, 200, NULL);
}

/* ROUTE_TX. */
int indicator_create_fn(struct request *req)
{
	long long me = goals_me(req);
	if (me < 0)
		return -1;
	if (req->form_in->failed)
		return list_page(req, 400, NULL);
	struct db_rows *lock = db_query(req, SQL_LOCK_ME, db_int(me));
	struct db_rows *c = lock ? db_query(req, SQL_COUNT, db_int(me)) : NULL;
	if (!c)
		return -1;
	if (db_get_int(c, 0, "n") >= INDICATORS_MAX)
		return list_page(
		    req, 409,
		    arena_printf(req->arena,
		                 _("You have %d indicators, the most you can have. Delete "
		                   "one you no longer use to make a new one."),
		                 INDICATORS_MAX));
	if (db_exec(req, SQL_INSERT, db_int(me), db_text(req_text(req, "name"))) < 0)
		return -1;
	return res_redirect(req, "/goals/indicators");
}

int indicator_fn(struct request *req)
{
	long long id = req->ids[0];
	int rc = find(req, id, 0);
	if (rc != 0)
		return rc;
	struct tmpl_dict *d = page_begin(req, _("Your trend"), "goals/indicator.tpl");
	struct tmpl_dict *inc = tmpl_include(d, "indicators", "goals/indicator_charts.tpl");
	if (fill(req, inc, req->user.id, VIEW_SELF, id, 0) < 0)
		return -1;
	struct db_rows *r = db_query(req, SQL_MINE, db_int(req->user.id));
	if (!r)
		return -1;
	for (size_t i = 0; i < r->nrows; i++) {
		if (db_get_int(r, i, "id") != id)
			continue;
		tmpl_set(d, "name", db_get(r, i, "name"));
		if (db_get_int(r, i, "shared"))
			tmpl_show(d, "shared");
		scale(d, db_get(r, i, "latest") ? db_get_int(r, i, "latest") : 0);
	}
	tmpl_set_int(d, "id", id);
	goals_feedback_form(req, d);
	return page_end(req, 200);
}

/* ROUTE_TX. The door has checked the rating is on the scale. */
int indicator_rate_fn(struct request *req)
{
	long long id = req->ids[0];
	int rc = find(req, id, 1);
	if (rc != 0)
		return rc;
	if (db_exec(req, SQL_RATE, db_int(id), db_int(req_int(req, "rating"))) < 0)
		return -1;
	if (req_int(req, "chart"))
		return res_redirect(req, arena_printf(req->arena, "/goals/indicators/%lld", id));
	return res_redirect(req, arena_printf(req->arena, "/goals/indicators#indicator-%lld", id));
}

/* ROUTE_TX. Sharing again keeps the time he first shared it. */
int indicator_share_fn(struct request *req)
{
	long long id = req->ids[0];
	int rc = find(req, id, 1);
	if (rc != 0)
		return rc;
	if (db_exec(req, SQL_SHARE, db_int(req_int(req, "shared") ? 1 : 0), db_int(id)) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/goals/indicators/%lld", id));
}

/* ROUTE_TX. */
int indicator_delete_fn(struct request *req)
{
	long long id = req->ids[0];
	int rc = find(req, id, 1);
	if (rc != 0)
		return rc;
	if (db_exec(req, SQL_DELETE, db_int(id)) < 0)
		return -1;
	return res_redirect(req, "/goals/indicators");
}
