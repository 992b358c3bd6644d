/*
 * feed.h - the handlers of the feed executable (see main.c) and the few
 * helpers its pages share (list.c, medals.c).
 */
#ifndef OPBAK_FEED_H
#define OPBAK_FEED_H

#include <stddef.h>
#include <time.h>

#include "limits.h"
#include "request.h"

struct db_rows;
struct tmpl_dict;

/* The bounds of the reading pages are in core/limits.h. */
#define FEED_BEFORE_MAX 0x7fffffffffffffffLL /* "no ?before=": above any id */

int home_fn(struct request *req);
int topic_fn(struct request *req);
int post_page_fn(struct request *req);
int profile_fn(struct request *req);
int search_fn(struct request *req);
int leaderboard_fn(struct request *req);
int notifications_fn(struct request *req);
int rss_home_fn(struct request *req);
int rss_topic_fn(struct request *req);

/* ---- list.c: post lists and times shared by the pages ---------------- */

/* Every post list selects these columns, in this order, so one function
 * fills every list's rows. FEED_POST_FROM(hint) names the index the list
 * must walk ("FORCE INDEX (posts_status)"; "" for FULLTEXT) and fixes the
 * join order, posts first: left to itself the optimizer may start from
 * the 9 topics and sort every visible post, or walk posts_status as a ref
 * from the newest post down to ?before= instead of a range that starts
 * there. With both, a page reads PAGE_SIZE + 1 index entries however deep
 * it is (EXPLAIN with 10,000 posts: range, no filesort). */
#define FEED_POST_COLUMNS                                                                          \
	"p.id, p.title, p.created_at, p.backing_count, p.support_answered, t.slug, t.name, "       \
	"u.handle "
#define FEED_POST_FROM(hint)                                                                       \
	"FROM posts p " hint " STRAIGHT_JOIN topics t ON t.id = p.topic_id "                       \
	"STRAIGHT_JOIN users u ON u.id = p.user_id "

/* Include feed/post_list.tpl at {{>post_list}} in d and fill it from r
 * (rows of FEED_POST_COLUMNS, fetched with LIMIT PAGE_SIZE + 1). When
 * there are more, the "Older posts" link goes to more_href followed by
 * the id of the last row shown (more_href ends in "before=").
 * empty_text is shown when there are no rows at all. */
void feed_post_list(struct request *req, struct tmpl_dict *d, const struct db_rows *r,
                    const char *more_href, const char *empty_text);

/* Include feed/topics.tpl at {{>topics}} in d: every topic, in order,
 * the one whose slug is current (may be NULL) marked as the current page.
 * Returns the rows (id, slug, name, description) and sets *current_row to
 * the current topic's row, or (size_t)-1; NULL on database failure. */
struct db_rows *feed_topics(struct request *req, struct tmpl_dict *d, const char *current,
                            size_t *current_row);

/* A MariaDB DATETIME "YYYY-MM-DD HH:MM:SS" (UTC) as a time_t, or -1. */
time_t feed_time(const char *datetime);
/* How long ago, in words: "just now", "3 hours ago" (translated). */
const char *feed_age(struct request *req, const char *datetime);
/* Set {{key}} (words, as feed_age) and {{key_iso}} (for <time datetime>). */
void feed_set_age(struct request *req, struct tmpl_dict *d, const char *key, const char *datetime);
/* "n backings" (translated, plural-aware). */
const char *feed_backings_text(struct request *req, long long n);

/* ---- medals.c: points by period, the places that earn medals ---------- */

enum feed_period { PERIOD_WEEK, PERIOD_MONTH, PERIOD_ALL, PERIOD_COUNT };

/* Start of the period containing now, as "YYYY-MM-DD HH:MM:SS" UTC: the
 * ISO week's Monday 00:00, the month's 1st 00:00, or the epoch. */
const char *feed_period_start(struct request *req, enum feed_period p, time_t now);
/* Translated name of a medal by place (1 gold, 2 silver, 3 bronze). */
const char *feed_medal_name(int place);
/* The CSS/identifier word for a place: "gold", "silver", "bronze". */
const char *feed_medal_key(int place);
/* For one user: the place (1-3) he holds this week, month and all time,
 * 0 when none, in one query. -1 on database failure. */
int feed_medals_of(struct request *req, long long user_id, int places[PERIOD_COUNT]);
/* SQL of the ranking, shared by the leaderboard (so medals and places
 * agree): parameters period start (s) and limit (i). Columns: user id,
 * handle, points, backings given. */
extern const char FEED_SQL_RANKING[];

#endif
