/*
 * leaderboard.c - GET /leaderboard?period=week|month|all (default week):
 * the members who helped most in the period, by points, with the
 * backings they gave in it; the first three wear their medal. Members
 * only, and only those who have not left the leaderboard in their
 * settings. Any other period is core's 400, which says which are valid.
 *
 * Queries: one, the ranking (medals.c): the period's rows of
 * member_totals in the order of their index, joined to users.
 */
#include <string.h>
#include <time.h>

#include "app.h"
#include "db.h"
#include "feed.h"
#include "form.h"
#include "i18n.h"
#include "page.h"
#include "tmpl.h"

/* The keys are member_totals.kind and ?period=, in enum feed_period's
 * order; period_labels is in the same order. */
static const char *const period_keys[] = {"week", "month", "all", NULL};
static const char *const period_labels[PERIOD_COUNT] = {
    [PERIOD_WEEK] = N_("This week"),
    [PERIOD_MONTH] = N_("This month"),
    [PERIOD_ALL] = N_("All time"),
};
const struct field leaderboard_fields[] = {
    CHOICE_FIELD("period", N_("The period of the leaderboard"), period_keys, 0),
    FIELDS_END,
};

int leaderboard_fn(struct request *req)
{
	long long chosen = req_int(req, "period");
	int period = chosen < 0 ? PERIOD_WEEK : (int)chosen;

	const char *start = feed_period_start(req, (enum feed_period)period, time(NULL));
	struct db_rows *r = db_query(req, FEED_SQL_RANKING, db_text(period_keys[period]),
	                             db_text(start), db_int(LEADERBOARD_SIZE));
	if (!r)
		return -1;

	struct tmpl_dict *d = page_begin(req, _("Leaderboard"), "feed/leaderboard.tpl");
	for (int i = 0; i < PERIOD_COUNT; i++) {
		struct tmpl_dict *tab = tmpl_add(d, "period");
		tmpl_set(tab, "key", period_keys[i]);
		tmpl_set(tab, "label", _(period_labels[i]));
		if (i == period)
			tmpl_show(tab, "current");
	}
	tmpl_set(d, "period_label", _(period_labels[period]));
	if (r->nrows == 0)
		tmpl_show(d, "none");
	else
		tmpl_show(d, "table");
	for (size_t i = 0; i < r->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "member");
		int place = (int)i + 1;
		tmpl_set_int(row, "place", place);
		page_row(row, r, i);
		if (place <= 3) {
			tmpl_show(row, "medal");
			tmpl_set(row, "medal_key", feed_medal_key(place));
			tmpl_set(row, "medal_name", feed_medal_name(place));
		}
		if (req->user.id && db_get_int(r, i, "user_id") == req->user.id)
			tmpl_show(row, "me_row");
	}
	return page_end(req, 200);
}
