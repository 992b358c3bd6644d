/*
 * leaderboard.c - GET /leaderboard?period=week|month|all (default week):
 * the members who helped most in the period, by points, with the
 * backings they gave in it; the first three wear their medal. Members
 * only, and only those who have not left the leaderboard in their
 * settings. Any other period is a 400 that says which are valid.
 *
 * Queries: one, the ranking (medals.c) over points_time (created_at,
 * user_id) for a week or a month.
 */
#include <string.h>
#include <time.h>

#include "db.h"
#include "feed.h"
#include "i18n.h"
#include "page.h"
#include "tmpl.h"

static const struct {
	const char *key;
	const char *label;
} periods[PERIOD_COUNT] = {
    [PERIOD_WEEK] = {"week", N_("This week")},
    [PERIOD_MONTH] = {"month", N_("This month")},
    [PERIOD_ALL] = {"all", N_("All time")},
};

int leaderboard_fn(struct request *req)
{
	/* By length too: "week%00x" decodes to a value holding a NUL. */
	const struct kv *want = kv_find(&req->query, "period");
	int period = want ? -1 : PERIOD_WEEK;
	for (int i = 0; want && i < PERIOD_COUNT; i++)
		if (want->len == strlen(periods[i].key) && strcmp(want->value, periods[i].key) == 0)
			period = i;
	if (period < 0)
		return page_error(req, 400,
		                  _("The period of the leaderboard must be week, month or all."));

	const char *start = feed_period_start(req, (enum feed_period)period, time(NULL));
	struct db_rows *r =
	    db_query_v(req, FEED_SQL_RANKING, "si", start, (long long)LEADERBOARD_SIZE);
	if (!r)
		return -1;

	struct tmpl_dict *d = page_begin(req, _("Leaderboard"), "feed/leaderboard.tpl");
	for (int i = 0; i < PERIOD_COUNT; i++) {
		struct tmpl_dict *tab = tmpl_add(d, "period");
		tmpl_set(tab, "key", periods[i].key);
		tmpl_set(tab, "label", _(periods[i].label));
		if (i == period)
			tmpl_show(tab, "current");
	}
	tmpl_set(d, "period_label", _(periods[period].label));
	if (r->nrows == 0)
		tmpl_show(d, "none");
	else
		tmpl_show(d, "table");
	for (size_t i = 0; i < r->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "member");
		int place = (int)i + 1;
		tmpl_set_int(row, "place", place);
		tmpl_set(row, "handle", db_cell(r, i, 1));
		tmpl_set(row, "points", db_cell(r, i, 2));
		tmpl_set(row, "backings", db_cell(r, i, 3));
		if (place <= 3) {
			tmpl_show(row, "medal");
			tmpl_set(row, "medal_key", feed_medal_key(place));
			tmpl_set(row, "medal_name", feed_medal_name(place));
		}
		if (req->user.id && db_cell_int(r, i, 0) == req->user.id)
			tmpl_show(row, "me_row");
	}
	return page_end(req, 200);
}
