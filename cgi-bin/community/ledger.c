/*
 * ledger.c - what a post or a backing becoming visible, ceasing to be, or
 * being voted for or marked best does to the rest of the community (see
 * ledger.h for the rules and the lock order).
 *
 * Counters change in SQL (backing_count + 1), never read-modify-write in
 * C. A write runs only the statements it needs: a fresh backing has no
 * votes and no best mark to count, a member's backing no support mark to
 * set, and badges are one statement over the member's totals.
 */
#include "ledger.h"

#include <string.h>

#include "db.h"
#include "users.h"

const char *const status_values[] = {"visible", "pending", "hidden", NULL};

enum status status_of(const char *value)
{
	for (int i = 0; value && status_values[i]; i++)
		if (strcmp(value, status_values[i]) == 0)
			return (enum status)i;
	return STATUS_HIDDEN;
}

/* The badges and the totals each one counts (contract: issue 3). */
const struct badge_rule badge_rules[] = {
    {"first_post", "posts", 1},       {"first_backing", "backings", 1},
    {"ten_backings", "backings", 10}, {"fifty_backings", "backings", 50},
    {"first_best", "best", 1},        {"five_best", "best", 5},
    {"ten_votes", "votes", 10},
};
const size_t badge_nrules = sizeof badge_rules / sizeof badge_rules[0];

size_t ledger_badges_earned(const struct ledger_counts *c, const char **out)
{
	size_t n = 0;
	for (size_t i = 0; i < badge_nrules; i++) {
		const char *k = badge_rules[i].counts;
		long long have = strcmp(k, "posts") == 0      ? c->posts
		                 : strcmp(k, "backings") == 0 ? c->backings
		                 : strcmp(k, "best") == 0     ? c->best
		                                              : c->votes;
		if (have >= badge_rules[i].need)
			out[n++] = badge_rules[i].badge;
	}
	return n;
}

/* Badges: the member's all-time totals and the badges he holds, in one
 * read of two primary keys; the rare badge newly earned is inserted
 * (INSERT IGNORE settles a race with another writer for him). This
 * replaced a COUNT over his whole ledger per badge rule (5.3 ms per
 * backing and growing); a derived table of the rules joined in SQL cost
 * 2.8 ms, this read about 0.1 ms. A join, not a subquery, for held: the
 * optimizer runs on every execution, and subqueries are what it spends
 * most on (issue 9's profile). */
static const char SQL_TOTALS[] =
    "SELECT t.posts, t.backings, t.best, t.votes, GROUP_CONCAT(b.badge) AS held "
    "FROM member_totals t LEFT JOIN badges b ON b.user_id = t.user_id "
    "WHERE t.user_id = ? AND t.kind = 'all' AND t.period = '1970-01-01' GROUP BY t.user_id";
static const char SQL_BADGE[] = "INSERT IGNORE INTO badges (user_id, badge) VALUES (?, ?)";

static const char SQL_POST[] = "SELECT user_id, status, created_at FROM posts WHERE id = ?";
static const char SQL_POINTS[] =
    "INSERT IGNORE INTO points (user_id, reason, ref_id, voter_id, points, created_at) "
    "VALUES (?, ?, ?, 0, ?, ?)";
/* A post written just now, visible: its points, dated by its own row. */
static const char SQL_NEW_POST_POINTS[] =
    "INSERT IGNORE INTO points (user_id, reason, ref_id, voter_id, points, created_at) "
    "SELECT user_id, 'post', id, 0, ?, created_at FROM posts WHERE id = ?";
static const char SQL_POST_POINTS_GONE[] =
    "DELETE FROM points WHERE reason = 'post' AND ref_id = ?";

static const char SQL_BACKING[] =
    "SELECT b.user_id, b.post_id, b.status, b.by_support, b.is_best, b.votes, b.created_at, "
    "       p.user_id AS post_author "
    "FROM backings b JOIN posts p ON p.id = b.post_id WHERE b.id = ?";
static const char SQL_COUNT_UP[] =
    "UPDATE posts SET backing_count = backing_count + 1 WHERE id = ?";
/* A backing about to be written on a post: the post's row locked (and,
 * for a visible backing, counted) only while the post is shown. By the
 * primary key, here and for a vote: the optimizer would otherwise walk
 * (status, id) and lock that index entry before the row, out of order
 * with a moderator changing the status. */
static const char SQL_COUNT_UP_SHOWN[] = "UPDATE posts FORCE INDEX (PRIMARY) "
                                         "SET backing_count = backing_count + 1 "
                                         "WHERE id = ? AND status = 'visible'";
static const char SQL_LOCK_SHOWN[] =
    "SELECT id FROM posts WHERE id = ? AND status = 'visible' FOR UPDATE";
static const char SQL_COUNT_DOWN[] =
    "UPDATE posts SET backing_count = backing_count - 1 WHERE id = ? AND backing_count > 0";
/* The votes a restored or approved backing already has (each dated by
 * its vote). */
static const char SQL_NEW_BACKING_POINTS[] =
    "INSERT IGNORE INTO points (user_id, reason, ref_id, voter_id, points, created_at) "
    "SELECT user_id, 'backing', id, 0, ?, created_at FROM backings WHERE id = ?";
static const char SQL_VOTES_POINTS[] =
    "INSERT IGNORE INTO points (user_id, reason, ref_id, voter_id, points, created_at) "
    "SELECT ?, 'vote', backing_id, user_id, ?, created_at FROM votes WHERE backing_id = ?";
static const char SQL_BACKING_POINTS_GONE[] =
    "DELETE FROM points WHERE reason IN ('backing', 'best', 'vote') AND ref_id = ?";
static const char SQL_SUPPORT_POST[] = "UPDATE posts SET support_answered = 1 WHERE id = ?";

/* The vote counted first, only when it may count (a shown backing on a
 * shown post, not the voter's own; the post is read, not locked): the
 * update locks the backing before the vote row's foreign key takes a
 * shared lock on it; two voters holding shared locks and both updating
 * would deadlock. The vote row then says whose backing it is and where. */
static const char SQL_COUNT_VOTE[] =
    "UPDATE backings FORCE INDEX (PRIMARY) SET votes = votes + 1 "
    "WHERE id = ? AND status = 'visible' AND user_id <> ? "
    "AND EXISTS (SELECT 1 FROM posts p WHERE p.id = backings.post_id AND p.status = 'visible')";
static const char SQL_VOTE[] =
    "INSERT IGNORE INTO votes (backing_id, user_id) VALUES (?, ?) "
    "RETURNING (SELECT b.user_id FROM backings b WHERE b.id = backing_id) AS author, "
    "(SELECT b.post_id FROM backings b WHERE b.id = backing_id) AS post_id";
static const char SQL_UNCOUNT_VOTE[] = "UPDATE backings SET votes = votes - 1 WHERE id = ?";
static const char SQL_VOTE_POINTS[] =
    "INSERT IGNORE INTO points (user_id, reason, ref_id, voter_id, points, created_at) "
    "SELECT ?, 'vote', backing_id, user_id, ?, created_at FROM votes "
    "WHERE backing_id = ? AND user_id = ?";

static const char SQL_BEST_SET[] = "UPDATE backings SET is_best = ? WHERE id = ?";
static const char SQL_BEST_POINTS[] =
    "INSERT IGNORE INTO points (user_id, reason, ref_id, voter_id, points, created_at) "
    "SELECT user_id, 'best', id, 0, ?, created_at FROM backings "
    "WHERE id = ? AND status = 'visible' AND is_best = 1";
static const char SQL_BEST_POINTS_GONE[] =
    "DELETE FROM points WHERE reason = 'best' AND ref_id = ?";

static const char SQL_LOCK_BACKINGS[] = "SELECT id FROM backings WHERE post_id = ? FOR UPDATE";
static const char SQL_DELETE_BACKINGS_POINTS[] =
    "DELETE FROM points WHERE reason IN ('backing', 'best', 'vote') "
    "AND ref_id IN (SELECT id FROM backings WHERE post_id = ?)";
static const char SQL_DELETE_POST[] = "DELETE FROM posts WHERE id = ?";

/* A leaving member, in lock order: others' posts' counts, the backings
 * he voted for, then points. */
static const char SQL_UNCOUNT_BACKINGS[] =
    "UPDATE posts p JOIN (SELECT post_id, COUNT(*) AS n FROM backings "
    "  WHERE user_id = ? AND status = 'visible' GROUP BY post_id) x ON x.post_id = p.id "
    "SET p.backing_count = p.backing_count - x.n";
static const char SQL_UNVOTE[] =
    "UPDATE backings b JOIN votes v ON v.backing_id = b.id SET b.votes = b.votes - 1 "
    "WHERE v.user_id = ?";
static const char SQL_UNVOTE_POINTS[] = "DELETE FROM points WHERE reason = 'vote' AND voter_id = ?";
static const char SQL_OTHERS_POINTS[] =
    "DELETE pt FROM points pt JOIN backings b ON b.id = pt.ref_id "
    "JOIN posts p ON p.id = b.post_id "
    "WHERE pt.reason IN ('backing', 'best', 'vote') AND p.user_id = ?";

/* A member erased who leaves his posts and backings behind
 * (ledger_member_handing_over): they change owner, counters untouched. */
static const char SQL_HAND_OVER_POSTS[] = "UPDATE posts SET user_id = ? WHERE user_id = ?";
static const char SQL_HAND_OVER_BACKINGS[] = "UPDATE backings SET user_id = ? WHERE user_id = ?";

static const char SQL_CRISIS_REPORT[] =
    "INSERT INTO reports (reporter_id, post_id, backing_id, reason, priority) "
    "VALUES (NULL, ?, NULLIF(?, 0), 'self_harm', 2)";
/* Nobody is told anything on an account nobody can log in to (the one
 * that owns the published questions, sql/018). */
static const char SQL_NOTIFY[] =
    "INSERT INTO notifications (user_id, kind, post_id, backing_id, actor_id) "
    "SELECT id, ?, NULLIF(?, 0), NULLIF(?, 0), NULLIF(?, 0) FROM users "
    "WHERE id = ? AND password_hash <> ?";

/* 1 when badge is one of the comma-separated names in held. */
static int holds(const char *held, const char *badge)
{
	size_t n = strlen(badge);
	for (const char *p = held; p && *p; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL)
		if (strncmp(p, badge, n) == 0 && (p[n] == ',' || p[n] == '\0'))
			return 1;
	return 0;
}

int ledger_badges(struct request *req, long long user_id)
{
	struct db_rows *t = db_query(req, SQL_TOTALS, db_int(user_id));
	if (!t)
		return -1;
	if (t->nrows != 1)
		return 0;
	struct ledger_counts c = {db_get_int(t, 0, "posts"), db_get_int(t, 0, "backings"),
	                          db_get_int(t, 0, "best"), db_get_int(t, 0, "votes")};
	const char *held = db_get(t, 0, "held");
	const char *earned[sizeof badge_rules / sizeof badge_rules[0]];
	size_t n = ledger_badges_earned(&c, earned);
	for (size_t i = 0; i < n; i++)
		if (!holds(held, earned[i]) &&
		    db_exec(req, SQL_BADGE, db_int(user_id), db_text(earned[i])) < 0)
			return -1;
	return 0;
}

int ledger_notify(struct request *req, long long user_id, const char *kind, long long post_id,
                  long long backing_id, long long actor_id)
{
	if (user_id == actor_id)
		return 0;
	return db_exec(req, SQL_NOTIFY, db_text(kind), db_int(post_id), db_int(backing_id),
	               db_int(actor_id), db_int(user_id), db_text(USERS_RESERVED_HASH)) < 0
	           ? -1
	           : 0;
}

int ledger_crisis_report(struct request *req, long long post_id, long long backing_id)
{
	return db_exec(req, SQL_CRISIS_REPORT, db_int(post_id), db_int(backing_id)) < 0 ? -1 : 0;
}

int ledger_post_shown(struct request *req, long long post_id)
{
	struct db_rows *p = db_query(req, SQL_POST, db_int(post_id));
	if (!p)
		return -1;
	if (p->nrows != 1 || status_of(db_get(p, 0, "status")) != STATUS_VISIBLE)
		return 0;
	long long author = db_get_int(p, 0, "user_id");
	long long n = db_exec(req, SQL_POINTS, db_int(author), db_text("post"), db_int(post_id),
	                      db_int(POINTS_POST), db_text(db_get(p, 0, "created_at")));
	if (n < 0)
		return -1;
	return n > 0 ? ledger_badges(req, author) : 0;
}

int ledger_post_written(struct request *req, long long post_id)
{
	long long n = db_exec(req, SQL_NEW_POST_POINTS, db_int(POINTS_POST), db_int(post_id));
	if (n < 0)
		return -1;
	return n > 0 ? ledger_badges(req, req->user.id) : 0;
}

int ledger_post_gone(struct request *req, long long post_id)
{
	return db_exec(req, SQL_POST_POINTS_GONE, db_int(post_id)) < 0 ? -1 : 0;
}

int ledger_post_delete(struct request *req, long long post_id)
{
	if (!db_query(req, SQL_LOCK_BACKINGS, db_int(post_id)) ||
	    db_exec(req, SQL_DELETE_BACKINGS_POINTS, db_int(post_id)) < 0 ||
	    db_exec(req, SQL_POST_POINTS_GONE, db_int(post_id)) < 0 ||
	    db_exec(req, SQL_DELETE_POST, db_int(post_id)) < 0)
		return -1;
	return 0;
}

/* What a backing written just now causes besides its points: the post
 * author's notification and, for a support person, the post marked
 * answered (posts.support_answered). A question about the post is not
 * touched: it is answered in its own conversation (cgi-bin/inbox), and a
 * backing is no answer to it. A support person's backing is
 * "support_answer" (one notification, not two). */
static int backing_news(struct request *req, long long backing_id, long long author,
                        long long post_id, long long post_author, int by_support)
{
	if (ledger_notify(req, post_author, by_support ? "support_answer" : "backing", post_id,
	                  backing_id, author) < 0)
		return -1;
	if (by_support && db_exec(req, SQL_SUPPORT_POST, db_int(post_id)) < 0)
		return -1;
	return 0;
}

int ledger_backing_coming(struct request *req, long long post_id, int visible)
{
	if (!visible) {
		struct db_rows *p = db_query(req, SQL_LOCK_SHOWN, db_int(post_id));
		return p ? p->nrows == 1 : -1;
	}
	long long n = db_exec(req, SQL_COUNT_UP_SHOWN, db_int(post_id));
	return n < 0 ? -1 : n == 1;
}

int ledger_backing_written(struct request *req, long long backing_id, long long post_id,
                           long long post_author, int by_support)
{
	long long author = req->user.id;
	if (author == post_author) /* help given to others earns, news goes to others */
		return 0;
	if (db_exec(req, SQL_NEW_BACKING_POINTS, db_int(POINTS_BACKING), db_int(backing_id)) < 0 ||
	    ledger_badges(req, author) < 0)
		return -1;
	return backing_news(req, backing_id, author, post_id, post_author, by_support);
}

int ledger_backing_shown(struct request *req, long long backing_id, int fresh)
{
	struct db_rows *b = db_query(req, SQL_BACKING, db_int(backing_id));
	if (!b)
		return -1;
	if (b->nrows != 1 || status_of(db_get(b, 0, "status")) != STATUS_VISIBLE)
		return 0;
	long long author = db_get_int(b, 0, "user_id"), post_id = db_get_int(b, 0, "post_id");
	long long post_author = db_get_int(b, 0, "post_author");
	const char *created = db_get(b, 0, "created_at");
	if (db_exec(req, SQL_COUNT_UP, db_int(post_id)) < 0)
		return -1;
	/* Help given to others earns; a backing on one's own post does not
	 * (nor can it be marked best or voted for by its own writer). */
	if (author == post_author)
		return 0;
	if (db_exec(req, SQL_POINTS, db_int(author), db_text("backing"), db_int(backing_id),
	            db_int(POINTS_BACKING), db_text(created)) < 0)
		return -1;
	if (db_get_int(b, 0, "is_best") &&
	    db_exec(req, SQL_POINTS, db_int(author), db_text("best"), db_int(backing_id),
	            db_int(POINTS_BEST), db_text(created)) < 0)
		return -1;
	if (db_get_int(b, 0, "votes") > 0 && db_exec(req, SQL_VOTES_POINTS, db_int(author),
	                                             db_int(POINTS_VOTE), db_int(backing_id)) < 0)
		return -1;
	if (ledger_badges(req, author) < 0)
		return -1;
	if (!fresh)
		return 0;
	return backing_news(req, backing_id, author, post_id, post_author,
	                    db_get_int(b, 0, "by_support") != 0);
}

int ledger_backing_gone(struct request *req, long long backing_id)
{
	struct db_rows *b = db_query(req, SQL_BACKING, db_int(backing_id));
	if (!b)
		return -1;
	if (b->nrows != 1)
		return 0;
	if (db_exec(req, SQL_COUNT_DOWN, db_int(db_get_int(b, 0, "post_id"))) < 0 ||
	    db_exec(req, SQL_BACKING_POINTS_GONE, db_int(backing_id)) < 0)
		return -1;
	return 0;
}

int ledger_vote(struct request *req, long long backing_id, long long voter_id, long long *post_id)
{
	long long n = db_exec(req, SQL_COUNT_VOTE, db_int(backing_id), db_int(voter_id));
	if (n < 0)
		return -1;
	if (n == 0)
		return 2;
	struct db_rows *v = db_query(req, SQL_VOTE, db_int(backing_id), db_int(voter_id));
	if (!v)
		return -1;
	if (v->nrows == 0) /* voted before: the count goes back */
		return db_exec(req, SQL_UNCOUNT_VOTE, db_int(backing_id)) < 0 ? -1 : 1;
	long long author_id = db_get_int(v, 0, "author");
	*post_id = db_get_int(v, 0, "post_id");
	if (db_exec(req, SQL_VOTE_POINTS, db_int(author_id), db_int(POINTS_VOTE),
	            db_int(backing_id), db_int(voter_id)) < 0 ||
	    ledger_badges(req, author_id) < 0)
		return -1;
	return 0;
}

int ledger_best(struct request *req, long long backing_id, long long author_id, long long post_id,
                long long actor_id, int on)
{
	if (db_exec(req, SQL_BEST_SET, db_int(on), db_int(backing_id)) < 0)
		return -1;
	if (!on)
		return db_exec(req, SQL_BEST_POINTS_GONE, db_int(backing_id)) < 0 ? -1 : 0;
	if (db_exec(req, SQL_BEST_POINTS, db_int(POINTS_BEST), db_int(backing_id)) < 0 ||
	    ledger_badges(req, author_id) < 0 ||
	    ledger_notify(req, author_id, "best", post_id, backing_id, actor_id) < 0)
		return -1;
	return 0;
}

int ledger_member_leaving(struct request *req, long long user_id)
{
	if (db_exec(req, SQL_UNCOUNT_BACKINGS, db_int(user_id)) < 0 ||
	    db_exec(req, SQL_UNVOTE, db_int(user_id)) < 0 ||
	    db_exec(req, SQL_UNVOTE_POINTS, db_int(user_id)) < 0 ||
	    db_exec(req, SQL_OTHERS_POINTS, db_int(user_id)) < 0)
		return -1;
	return 0;
}

int ledger_member_handing_over(struct request *req, long long user_id, long long heir_id)
{
	if (heir_id <= 0 || heir_id == user_id ||
	    db_exec(req, SQL_HAND_OVER_POSTS, db_int(heir_id), db_int(user_id)) < 0 ||
	    db_exec(req, SQL_UNVOTE, db_int(user_id)) < 0 ||
	    db_exec(req, SQL_HAND_OVER_BACKINGS, db_int(heir_id), db_int(user_id)) < 0 ||
	    db_exec(req, SQL_UNVOTE_POINTS, db_int(user_id)) < 0)
		return -1;
	return 0;
}
