/*
 * profile.c - GET /u/<handle>: a member as others see him. His bio, the
 * visible posts he wrote (newest first, paginated by key), the backings
 * he gave (how many, and the latest few), his points of all time, his
 * badges and the medals he holds now. A support person (role counsellor)
 * also shows his life experience (when he wrote one that is not his bio
 * again), the topics he knows and a link to ask him for a backing; he
 * shows no points, as support persons help without them (the
 * leaderboard says so). 404 for a pseudonym nobody has.
 *
 * Queries: the user (with his backing count, an index range over
 * backings_user, and his all-time points, one row of member_totals by its
 * primary key, kept by triggers on the ledger: 0 when he has no row), his
 * posts (posts_user (user_id, id)), his latest backings, his badges, his
 * medals (medals.c, one query) and, for a support person, his topics: six
 * at most, none of them per row.
 */
#include <string.h>

#include "app.h"
#include "db.h"
#include "feed.h"
#include "i18n.h"
#include "limits.h"
#include "page.h"
#include "tmpl.h"
#include "topics.h"
#include "users.h"
#include "when.h"

/* Named as profile.tpl names the values. */
static const char SQL_USER[] =
    "SELECT u.id AS id, u.handle AS handle, u.role AS role, u.bio AS bio, "
    "u.life_experience AS life_experience, u.created_at AS created_at, "
    "(SELECT COUNT(*) FROM backings b WHERE b.user_id = u.id AND b.status = 'visible') "
    "AS backings_count, "
    "COALESCE((SELECT mt.points FROM member_totals mt WHERE mt.user_id = u.id "
    "AND mt.kind = 'all' AND mt.period = '1970-01-01'), 0) AS points "
    "FROM users u WHERE u.handle = ?";
static const char SQL_USER_POSTS[] = "SELECT " FEED_POST_COLUMNS FEED_POST_FROM(
    "FORCE INDEX (posts_user)") "WHERE p.user_id = ? AND p.status = 'visible' AND p.id < ? "
                                "ORDER BY p.id DESC LIMIT ?";
static const char SQL_USER_BACKINGS[] =
    "SELECT b.id AS bid, b.post_id AS post_id, p.title AS title, b.created_at AS created_at "
    "FROM backings b "
    "JOIN posts p ON p.id = b.post_id "
    "WHERE b.user_id = ? AND b.status = 'visible' AND p.status = 'visible' "
    "ORDER BY b.id DESC LIMIT ?";
static const char SQL_BADGES[] =
    "SELECT badge FROM badges WHERE user_id = ? ORDER BY awarded_at, badge";
static const char SQL_USER_TOPICS[] = "SELECT t.slug AS slug, " TOPIC_NAME(
    "name") "FROM user_topics ut "
            "JOIN topics t ON t.id = ut.topic_id " TOPIC_TEXTS_JOIN
            "WHERE ut.user_id = ? ORDER BY t.position, t.id";

/* The badges the post executable awards (table badges), as shown. */
static const struct {
	const char *key;
	const char *label;
	const char *why;
} badges[] = {
    {"first_post", N_("First post"), N_("Wrote a first post")},
    {"first_backing", N_("First backing"), N_("Backed someone up for the first time")},
    {"ten_backings", N_("Ten backings"), N_("Gave 10 backings")},
    {"fifty_backings", N_("Fifty backings"), N_("Gave 50 backings")},
    {"first_best", N_("First best"), N_("A backing was marked best")},
    {"five_best", N_("Five best"), N_("Five backings were marked best")},
    {"ten_votes", N_("Ten votes"), N_("Backings got 10 votes from others")},
};

static const char *const period_names[PERIOD_COUNT] = {
    N_("this week"),
    N_("this month"),
    N_("of all time"),
};

int profile_fn(struct request *req)
{
	const char *handle = req->args[0];
	if (users_check_handle(handle)) /* not even a possible pseudonym */
		return page_error(req, 404, _("Nobody here has that pseudonym."));
	struct db_rows *u = db_query(req, SQL_USER, db_text(handle));
	if (!u)
		return -1;
	if (u->nrows != 1)
		return page_error(req, 404, _("Nobody here has that pseudonym."));
	long long uid = db_get_int(u, 0, "id");
	handle = db_get(u, 0, "handle"); /* as he writes it */
	int support = strcmp(db_get(u, 0, "role"), "counsellor") == 0;

	struct db_rows *posts = db_query(req, SQL_USER_POSTS, FEED_LANG, db_int(uid),
	                                 db_int(feed_before(req)), db_int(PAGE_SIZE + 1));
	if (!posts)
		return -1;
	struct db_rows *given =
	    db_query(req, SQL_USER_BACKINGS, db_int(uid), db_int(PROFILE_BACKINGS));
	if (!given)
		return -1;
	struct db_rows *owned = db_query(req, SQL_BADGES, db_int(uid));
	if (!owned)
		return -1;
	struct db_rows *knows =
	    support ? db_query(req, SQL_USER_TOPICS, FEED_LANG, db_int(uid)) : NULL;
	if (support && !knows)
		return -1;
	int places[PERIOD_COUNT];
	if (feed_medals_of(req, uid, places) < 0)
		return -1;

	struct tmpl_dict *d = page_begin(req, handle, "feed/profile.tpl");
	page_row(d, u, 0); /* handle, bio, life_experience, backings_count, points */
	if (*db_get(u, 0, "bio"))
		tmpl_show(d, "has_bio");
	when_set(req, d, "joined", db_get(u, 0, "created_at"), WHEN_DAY);
	if (req->user.id == uid)
		tmpl_show(d, "is_me");

	/* The reserved account (sql/018) is nobody: it owns the questions
	 * published from the inbox, and the page says so instead of points. */
	if (strcmp(handle, USERS_RESERVED_HANDLE) == 0) {
		tmpl_show(d, "reserved");
	} else if (!support) {
		tmpl_show(d, "has_points");
	} else {
		const char *life = db_get(u, 0, "life_experience");
		tmpl_show(d, "support");
		if (*life && strcmp(life, db_get(u, 0, "bio")) != 0)
			tmpl_show(d, "has_life_experience");
		if (knows->nrows > 0)
			tmpl_show(d, "knows");
		for (size_t i = 0; i < knows->nrows; i++)
			page_row(tmpl_add(d, "known_topic"), knows, i); /* slug, name */
	}

	int any_medal = 0;
	for (int i = 0; i < PERIOD_COUNT; i++) {
		if (!places[i])
			continue;
		any_medal = 1;
		struct tmpl_dict *m = tmpl_add(d, "medal");
		tmpl_set(m, "medal_key", feed_medal_key(places[i]));
		tmpl_set(m, "medal_name", feed_medal_name(places[i]));
		tmpl_set(m, "period", _(period_names[i]));
	}
	int any_badge = 0;
	for (size_t i = 0; i < owned->nrows; i++) {
		for (size_t k = 0; k < sizeof badges / sizeof badges[0]; k++) {
			if (strcmp(db_get(owned, i, "badge"), badges[k].key) != 0)
				continue;
			struct tmpl_dict *b = tmpl_add(d, "badge");
			tmpl_set(b, "key", badges[k].key);
			tmpl_set(b, "label", _(badges[k].label));
			tmpl_set(b, "why", _(badges[k].why));
			any_badge = 1;
		}
	}
	if (any_medal || any_badge)
		tmpl_show(d, "awards");

	tmpl_show(d, given->nrows ? "has_given" : "no_given");
	for (size_t i = 0; i < given->nrows; i++) {
		struct tmpl_dict *g = tmpl_add(d, "given");
		page_row(g, given, i); /* bid, post_id, title */
		when_set(req, g, "age", db_get(given, i, "created_at"), WHEN_AGO);
	}

	feed_post_list(req, d, posts, arena_printf(req->arena, "/u/%s?before=", handle),
	               _("No posts yet."), _("There are no older posts."));
	return page_end(req, 200);
}
