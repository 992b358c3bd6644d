/*
 * medals.c - points by period and the medals they earn.
 *
 * Points live in one ledger (table points, written only by the
 * community's ledger); triggers keep per-member totals of it
 * (member_totals, sql/004): kind 'all' (period 1970-01-01), 'week'
 * (period = the ISO week's Monday, UTC) and 'month' (the 1st). A ranking
 * reads the totals of one period, never a sum over the ledger. Only
 * members who stay on the leaderboard (role 'member',
 * users.on_leaderboard = 1) are ranked. Ties go to more backings given,
 * then to the older account (the smaller id), so a place is stable
 * between two reloads. Medals are computed on read: gold, silver and
 * bronze for places 1-3.
 *
 * The index member_totals_rank (kind, period, points DESC, backings
 * DESC, user_id) is the ranking's order, so a ranking reads the period's
 * top rows in index order and stops at its LIMIT, whatever the number of
 * members: with 160,558 rows of totals (40,000 members), ANALYZE shows a
 * range on member_totals_rank reading 50 rows (r_rows 50) for the
 * leaderboard and 3 per period for the medals, no filesort. FORCE INDEX
 * keeps that plan while the table is small.
 */
#include <stdio.h>
#include <string.h>

#include "db.h"
#include "feed.h"
#include "i18n.h"

/* The order by which places are given; the same text in both queries. */
#define RANK_ORDER "ORDER BY t.points DESC, t.backings DESC, t.user_id ASC "
#define RANKED                                                                                     \
	"FROM member_totals t FORCE INDEX (member_totals_rank) JOIN users u ON u.id = t.user_id "  \
	"WHERE t.kind = ? AND t.period = ? AND t.points > 0 AND u.role = 'member' "                \
	"AND u.on_leaderboard = 1 "

const char FEED_SQL_RANKING[] =
    "SELECT t.user_id, u.handle, t.points, t.backings " RANKED RANK_ORDER "LIMIT ?";

/* The top three of each period, ranked as on the leaderboard, in one
 * query; the place is the row's position within its period. */
#define TOP3(period)                                                                               \
	"(SELECT " period " AS period, t.user_id, t.points, t.backings " RANKED RANK_ORDER         \
	"LIMIT 3)"
static const char SQL_MEDALS[] =
    "SELECT m.period, m.user_id FROM (" TOP3("0") " UNION ALL " TOP3("1") " UNION ALL " TOP3(
        "2") ") m ORDER BY m.period, m.points DESC, m.backings DESC, m.user_id ASC";

const char *feed_period_start(struct request *req, enum feed_period p, time_t now)
{
	struct tm tm;
	gmtime_r(&now, &tm);
	switch (p) {
	case PERIOD_WEEK: {
		time_t midnight = now - (tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec);
		time_t monday = midnight - (time_t)((tm.tm_wday + 6) % 7) * 86400;
		gmtime_r(&monday, &tm);
		break;
	}
	case PERIOD_MONTH:
		tm.tm_mday = 1;
		tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
		break;
	default: return "1970-01-01 00:00:00";
	}
	return arena_printf(req->arena, "%04d-%02d-%02d %02d:%02d:%02d", tm.tm_year + 1900,
	                    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

const char *feed_medal_name(int place)
{
	switch (place) {
	case 1: return _("Gold");
	case 2: return _("Silver");
	case 3: return _("Bronze");
	default: return "";
	}
}

const char *feed_medal_key(int place)
{
	switch (place) {
	case 1: return "gold";
	case 2: return "silver";
	case 3: return "bronze";
	default: return "";
	}
}

int feed_medals_of(struct request *req, long long user_id, int places[PERIOD_COUNT])
{
	time_t now = time(NULL);
	for (int i = 0; i < PERIOD_COUNT; i++)
		places[i] = 0;
	struct db_rows *r = db_query(
	    req, SQL_MEDALS, db_text("week"), db_text(feed_period_start(req, PERIOD_WEEK, now)),
	    db_text("month"), db_text(feed_period_start(req, PERIOD_MONTH, now)), db_text("all"),
	    db_text(feed_period_start(req, PERIOD_ALL, now)));
	if (!r)
		return -1;
	int seen[PERIOD_COUNT] = {0};
	for (size_t i = 0; i < r->nrows; i++) {
		long long period = db_get_int(r, i, "period");
		if (period < 0 || period >= PERIOD_COUNT)
			continue;
		seen[period]++;
		if (db_get_int(r, i, "user_id") == user_id)
			places[period] = seen[period];
	}
	return 0;
}
