/*
 * ledger.c - what a post or a backing becoming visible, or ceasing to be,
 * does to the rest of the community: posts.backing_count, the points
 * ledger, badges and notifications.
 *
 * Every function runs inside the caller's transaction, so a write and
 * everything it causes commit or vanish together. Counters change in SQL
 * (backing_count + 1), never read-modify-write in C. Points are rows in
 * `points`, one per reason and thing, inserted with INSERT IGNORE against
 * the unique key (reason, ref_id, voter_id) and dated by the thing's own
 * created_at, so restoring a hidden backing puts its points back into the
 * week it was written. Only visible content earns; a backing on one's own
 * post earns nothing (the leaderboard counts help given to others).
 * Badges count ledger rows, are awarded with INSERT IGNORE and kept once
 * earned.
 */
#include <string.h>

#include "db.h"
#include "post.h"

static const char SQL_POST_POINTS[] =
    "INSERT IGNORE INTO points (user_id, reason, ref_id, voter_id, points, created_at) "
    "SELECT user_id, 'post', id, 0, ?, created_at FROM posts WHERE id = ? AND status = 'visible'";
static const char SQL_POST_POINTS_GONE[] =
    "DELETE FROM points WHERE reason = 'post' AND ref_id = ?";
static const char SQL_POST_AUTHOR[] = "SELECT user_id FROM posts WHERE id = ?";

static const char SQL_BACKING[] =
    "SELECT b.user_id, b.post_id, p.user_id FROM backings b JOIN posts p ON p.id = b.post_id "
    "WHERE b.id = ?";
static const char SQL_COUNT_UP[] =
    "UPDATE posts SET backing_count = backing_count + 1 WHERE id = ?";
static const char SQL_COUNT_DOWN[] =
    "UPDATE posts SET backing_count = backing_count - 1 WHERE id = ? AND backing_count > 0";
static const char SQL_BACKING_POINTS[] =
    "INSERT IGNORE INTO points (user_id, reason, ref_id, voter_id, points, created_at) "
    "SELECT b.user_id, 'backing', b.id, 0, ?, b.created_at "
    "FROM backings b JOIN posts p ON p.id = b.post_id "
    "WHERE b.id = ? AND b.status = 'visible' AND b.user_id <> p.user_id";
static const char SQL_BEST_POINTS[] =
    "INSERT IGNORE INTO points (user_id, reason, ref_id, voter_id, points, created_at) "
    "SELECT user_id, 'best', id, 0, ?, created_at FROM backings "
    "WHERE id = ? AND status = 'visible' AND is_best = 1";
static const char SQL_VOTE_POINTS[] =
    "INSERT IGNORE INTO points (user_id, reason, ref_id, voter_id, points, created_at) "
    "SELECT b.user_id, 'vote', b.id, v.user_id, ?, v.created_at "
    "FROM votes v JOIN backings b ON b.id = v.backing_id "
    "WHERE v.backing_id = ? AND b.status = 'visible'";
static const char SQL_ONE_VOTE_POINTS[] =
    "INSERT IGNORE INTO points (user_id, reason, ref_id, voter_id, points, created_at) "
    "SELECT b.user_id, 'vote', b.id, v.user_id, ?, v.created_at "
    "FROM votes v JOIN backings b ON b.id = v.backing_id "
    "WHERE v.backing_id = ? AND v.user_id = ? AND b.status = 'visible'";
static const char SQL_BEST_POINTS_GONE[] =
    "DELETE FROM points WHERE reason = 'best' AND ref_id = ?";
static const char SQL_BACKING_POINTS_GONE[] =
    "DELETE FROM points WHERE reason IN ('backing', 'best', 'vote') AND ref_id = ?";
/* The post's author hears of a new backing; a support person's backing is
 * "support_answer" (one notification, not two). Never himself. */
static const char SQL_NOTIFY_BACKING[] =
    "INSERT INTO notifications (user_id, kind, post_id, backing_id, actor_id) "
    "SELECT p.user_id, IF(b.by_support = 1, 'support_answer', 'backing'), p.id, b.id, b.user_id "
    "FROM backings b JOIN posts p ON p.id = b.post_id "
    "WHERE b.id = ? AND p.user_id <> b.user_id";
static const char SQL_SUPPORT_POST[] =
    "UPDATE posts p JOIN backings b ON b.post_id = p.id SET p.support_answered = 1 "
    "WHERE b.id = ? AND b.by_support = 1 AND p.user_id <> b.user_id";
static const char SQL_SUPPORT_QUESTIONS[] =
    "UPDATE questions q JOIN backings b ON b.post_id = q.post_id "
    "SET q.status = 'answered', q.answered_at = NOW() "
    "WHERE b.id = ? AND b.by_support = 1 AND q.status = 'open' AND q.member_id <> b.user_id";

static const char SQL_BADGE[] =
    "INSERT IGNORE INTO badges (user_id, badge) "
    "SELECT ?, ? FROM points WHERE user_id = ? AND reason = ? HAVING COUNT(*) >= ?";
static const char SQL_CRISIS_REPORT[] =
    "INSERT INTO reports (reporter_id, post_id, backing_id, reason, priority) "
    "VALUES (NULL, ?, NULLIF(?, 0), 'self_harm', 2)";
static const char SQL_NOTIFY[] =
    "INSERT INTO notifications (user_id, kind, post_id, backing_id, actor_id) "
    "VALUES (?, ?, NULLIF(?, 0), NULLIF(?, 0), NULLIF(?, 0))";

/* The badges and the ledger rows each one counts (contract: issue 3). */
static const struct {
	const char *badge;
	const char *reason;
	int count;
} badge_rules[] = {
    {"first_post", "post", 1},       {"first_backing", "backing", 1},
    {"ten_backings", "backing", 10}, {"fifty_backings", "backing", 50},
    {"first_best", "best", 1},       {"five_best", "best", 5},
    {"ten_votes", "vote", 10},
};

int ledger_badges(struct request *req, long long user_id, const char *reason)
{
	for (size_t i = 0; i < sizeof badge_rules / sizeof badge_rules[0]; i++) {
		if (strcmp(badge_rules[i].reason, reason) != 0)
			continue;
		if (db_exec_v(req, SQL_BADGE, "isisi", user_id, badge_rules[i].badge, user_id,
		              reason, (long long)badge_rules[i].count) < 0)
			return -1;
	}
	return 0;
}

int ledger_post_shown(struct request *req, long long post_id)
{
	long long n = db_exec_v(req, SQL_POST_POINTS, "ii", (long long)POINTS_POST, post_id);
	if (n < 0)
		return -1;
	struct db_rows *r = db_query_v(req, SQL_POST_AUTHOR, "i", post_id);
	if (!r)
		return -1;
	if (r->nrows == 1 && ledger_badges(req, db_cell_int(r, 0, 0), "post") < 0)
		return -1;
	return 0;
}

int ledger_post_gone(struct request *req, long long post_id)
{
	return db_exec_v(req, SQL_POST_POINTS_GONE, "i", post_id) < 0 ? -1 : 0;
}

int ledger_backing_shown(struct request *req, long long backing_id, int fresh)
{
	struct db_rows *b = db_query_v(req, SQL_BACKING, "i", backing_id);
	if (!b)
		return -1;
	if (b->nrows != 1)
		return 0;
	long long author = db_cell_int(b, 0, 0), post_id = db_cell_int(b, 0, 1);
	if (db_exec_v(req, SQL_COUNT_UP, "i", post_id) < 0 ||
	    db_exec_v(req, SQL_BACKING_POINTS, "ii", (long long)POINTS_BACKING, backing_id) < 0 ||
	    db_exec_v(req, SQL_BEST_POINTS, "ii", (long long)POINTS_BEST, backing_id) < 0 ||
	    db_exec_v(req, SQL_VOTE_POINTS, "ii", (long long)POINTS_VOTE, backing_id) < 0 ||
	    ledger_badges(req, author, "backing") < 0 || ledger_badges(req, author, "best") < 0 ||
	    ledger_badges(req, author, "vote") < 0)
		return -1;
	if (!fresh)
		return 0;
	if (db_exec_v(req, SQL_NOTIFY_BACKING, "i", backing_id) < 0 ||
	    db_exec_v(req, SQL_SUPPORT_POST, "i", backing_id) < 0 ||
	    db_exec_v(req, SQL_SUPPORT_QUESTIONS, "i", backing_id) < 0)
		return -1;
	return 0;
}

int ledger_backing_gone(struct request *req, long long backing_id)
{
	struct db_rows *b = db_query_v(req, SQL_BACKING, "i", backing_id);
	if (!b)
		return -1;
	if (b->nrows != 1)
		return 0;
	if (db_exec_v(req, SQL_COUNT_DOWN, "i", db_cell_int(b, 0, 1)) < 0 ||
	    db_exec_v(req, SQL_BACKING_POINTS_GONE, "i", backing_id) < 0)
		return -1;
	return 0;
}

int ledger_crisis_report(struct request *req, long long post_id, long long backing_id)
{
	return db_exec_v(req, SQL_CRISIS_REPORT, "ii", post_id, backing_id) < 0 ? -1 : 0;
}

int ledger_notify(struct request *req, long long user_id, const char *kind, long long post_id,
                  long long backing_id, long long actor_id)
{
	if (user_id == actor_id)
		return 0;
	return db_exec_v(req, SQL_NOTIFY, "isiii", user_id, kind, post_id, backing_id, actor_id) < 0
	           ? -1
	           : 0;
}

int ledger_vote(struct request *req, long long backing_id, long long voter_id, long long author_id)
{
	if (db_exec_v(req, SQL_ONE_VOTE_POINTS, "iii", (long long)POINTS_VOTE, backing_id,
	              voter_id) < 0 ||
	    ledger_badges(req, author_id, "vote") < 0)
		return -1;
	return 0;
}

int ledger_best(struct request *req, long long backing_id, long long author_id, int on)
{
	if (!on)
		return db_exec_v(req, SQL_BEST_POINTS_GONE, "i", backing_id) < 0 ? -1 : 0;
	if (db_exec_v(req, SQL_BEST_POINTS, "ii", (long long)POINTS_BEST, backing_id) < 0 ||
	    ledger_badges(req, author_id, "best") < 0)
		return -1;
	return 0;
}
