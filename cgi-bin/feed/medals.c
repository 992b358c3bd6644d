/*
 * medals.c - points by period and the medals they earn.
 *
 * Points live in one ledger (table points, written by the post
 * executable); a period's score is a sum over it from the period's start:
 * the ISO week (Monday 00:00 UTC), the month (the 1st, 00:00 UTC) or all
 * time. Only members who stay on the leaderboard (role 'member',
 * users.on_leaderboard = 1) are ranked. Ties go to more backings given,
 * then to the older account, so a place is stable between two reloads.
 * Medals are computed on read: gold, silver and bronze for places 1-3.
 */
#include <stdio.h>
#include <string.h>

#include "db.h"
#include "feed.h"
#include "i18n.h"

/* The order by which places are given; the same text in both queries. */
#define RANK_ORDER "ORDER BY SUM(pt.points) DESC, SUM(pt.reason = 'backing') DESC, pt.user_id ASC "

const char FEED_SQL_RANKING[] =
    "SELECT pt.user_id, u.handle, SUM(pt.points), SUM(pt.reason = 'backing') "
    "FROM points pt JOIN users u ON u.id = pt.user_id "
    "WHERE pt.created_at >= ? AND u.role = 'member' AND u.on_leaderboard = 1 "
    "GROUP BY pt.user_id, u.handle " RANK_ORDER "LIMIT ?";

/* The top three of each period, ranked as on the leaderboard, in one
 * query; the place is the row's position within its period. */
#define TOP3(period)                                                                               \
	"(SELECT " period " AS period, pt.user_id, SUM(pt.points) AS total, "                      \
	"SUM(pt.reason = 'backing') AS given "                                                     \
	"FROM points pt JOIN users u ON u.id = pt.user_id "                                        \
	"WHERE pt.created_at >= ? AND u.role = 'member' AND u.on_leaderboard = 1 "                 \
	"GROUP BY pt.user_id " RANK_ORDER "LIMIT 3)"
static const char SQL_MEDALS[] = "SELECT m.period, m.user_id FROM (" TOP3("0") " UNION ALL " TOP3(
    "1") " UNION ALL " TOP3("2") ") m ORDER BY m.period, m.total DESC, m.given DESC, m.user_id ASC";

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
	struct db_rows *r = db_query_v(
	    req, SQL_MEDALS, "sss", feed_period_start(req, PERIOD_WEEK, now),
	    feed_period_start(req, PERIOD_MONTH, now), feed_period_start(req, PERIOD_ALL, now));
	if (!r)
		return -1;
	int seen[PERIOD_COUNT] = {0};
	for (size_t i = 0; i < r->nrows; i++) {
		long long period = db_cell_int(r, i, 0);
		if (period < 0 || period >= PERIOD_COUNT)
			continue;
		seen[period]++;
		if (db_cell_int(r, i, 1) == user_id)
			places[period] = seen[period];
	}
	return 0;
}
