/*
 * feed.h - the handlers of the feed executable (see main.c) and the few
 * helpers its pages share (list.c, medals.c).
 */
#ifndef OPBAK_FEED_H
#define OPBAK_FEED_H

#include <stddef.h>
#include <time.h>

#include "form.h"
#include "i18n.h"
#include "limits.h"
#include "request.h"
#include "topics.h"

struct db_rows;
struct frag;
struct tmpl_dict;

/* The bounds of the reading pages are in core/limits.h. */
int home_fn(struct request *req);
int topic_fn(struct request *req);
int post_page_fn(struct request *req);
int profile_fn(struct request *req);
int search_fn(struct request *req);
int leaderboard_fn(struct request *req);
int notifications_fn(struct request *req);
int rss_home_fn(struct request *req);
int rss_topic_fn(struct request *req);

/* Query fields of the routes (main.c), declared next to their handlers.
 * Every list pages by key: ?before=<the id of the last row seen>, an id
 * or the request is refused (400) before the page runs. */
#define FEED_BEFORE_FIELD ID_FIELD("before", N_("The place in the list"), 0)
extern const struct field feed_list_fields[];   /* list.c: before alone */
extern const struct field feed_filter_fields[]; /* list.c: ?show=&backings=&before= */
extern const struct field leaderboard_fields[]; /* leaderboard.c: period */
extern const struct field search_fields[];      /* search.c: ?q=&before= */
extern const struct field post_page_fields[];   /* post_page.c: the notices */

/* ---- list.c: post lists and topics shared by the pages --------------- */

/* Every post list selects these columns, named as feed/post_list.tpl
 * names its values, so one function fills every list's rows.
 * FEED_POST_FROM(hint) names the index the list must walk ("FORCE INDEX
 * (posts_status)"; "" for FULLTEXT) and fixes the join order, posts
 * first: left to itself the optimizer may start from the 9 topics and
 * sort every visible post, or walk posts_status as a ref from the newest
 * post down to ?before= instead of a range that starts there. With both,
 * a page reads PAGE_SIZE + 1 index entries however deep it is (EXPLAIN
 * with 10,000 posts: range, no filesort). */
/* A list row's excerpt: the text of the body's first FEED_EXCERPT_SOURCE
 * characters of Markdown, cut to FEED_EXCERPT_MAX bytes (md_excerpt). */
#define FEED_EXCERPT_SOURCE "600"
#define FEED_EXCERPT_MAX    180
#define FEED_POST_COLUMNS                                                                          \
	"p.id AS id, p.title AS title, p.created_at AS created_at, "                               \
	"p.backing_count AS backing_count, p.support_answered AS support_answered, "               \
	"t.slug AS slug, " TOPIC_NAME("topic") ", u.handle AS handle, "                            \
	                                       "LEFT(p.body, " FEED_EXCERPT_SOURCE                 \
	                                       ") AS body_start "
#define FEED_POST_FROM(hint)                                                                       \
	"FROM posts p " hint " STRAIGHT_JOIN topics t ON t.id = p.topic_id " TOPIC_TEXTS_JOIN      \
	"STRAIGHT_JOIN users u ON u.id = p.user_id "
/* The first parameter of every list of FEED_POST_FROM, before the list's
 * own: the language of the topic names (sql/013; a topic without words in
 * it shows its default name). One row by primary key per post read. */
#define FEED_LANG db_text(i18n_lang())

/* The ?before= of a list (a route with feed_list_fields or a field
 * "before" of its own) for `WHERE p.id < ?`: CURSOR_NONE on the first
 * page. */
long long feed_before(const struct request *req);

/* Include feed/post_list.tpl at {{>post_list}} in d and fill it from r
 * (rows of FEED_POST_COLUMNS, fetched with LIMIT PAGE_SIZE + 1). When
 * there are more, the "Older posts" link goes to more_href followed by
 * the id of the last row shown (more_href ends in "before="). Shows
 * {{#first_page}} or {{#older_page}} in d, and when there are no rows,
 * empty_first (first page) or empty_older. */
void feed_post_list(struct request *req, struct tmpl_dict *d, const struct db_rows *r,
                    const char *more_href, const char *empty_first, const char *empty_older);

/* The filters of the front page and the topics: ?show=newest (the
 * default, the plain address), unanswered (no visible backing yet) or
 * backed (most backings first, then newest). Most backed pages by
 * (backing_count, id): ?backings=&before= of the last row seen. */
enum feed_show { SHOW_NEWEST, SHOW_UNANSWERED, SHOW_BACKED, SHOW_COUNT };
enum feed_show feed_show(const struct request *req);
/* The backing_count cursor of most backed: CURSOR_NONE on the first page. */
long long feed_backings_before(const struct request *req);
/* The filter and the place in the list, for a piece's key. */
const char *feed_filter_key(const struct request *req);
/* The links to the filters of the list at path ("/", "/t/<slug>"), the
 * current one marked, at {{>filters}} of d, and {{list_title}}. */
void feed_filters(struct request *req, struct tmpl_dict *d, const char *path);
/* feed_post_list() for a filtered list at path: its pager link keeps the
 * filter (and the count cursor). empty_first is the words of an empty
 * first page of newest and most backed. */
void feed_filtered_list(struct request *req, struct tmpl_dict *d, const struct db_rows *r,
                        const char *path, const char *empty_first);

/* Include feed/topics.tpl at {{>topics}} in d: every topic, in order,
 * the one whose slug is current (may be NULL) marked as the current page.
 * Returns the rows (id, slug, name, description) and sets *current_row to
 * the current topic's row, or (size_t)-1; NULL on database failure. */
struct db_rows *feed_topics(struct request *req, struct tmpl_dict *d, const char *current,
                            size_t *current_row);

/* A piece of a page every reader sees alike (core/frag.h), at {{marker}}
 * of d: the worker's kept copy of key while the site has not changed,
 * else template tpl filled by fill(req, piece dictionary, arg, &note),
 * kept and used. fill returns 0, -1 on a database failure, or a status
 * (404) the caller answers itself. The note fill sets (a title) is kept
 * with the piece and comes back in *note (when note is not NULL). */
typedef int feed_fill(struct request *req, struct tmpl_dict *piece, const void *arg,
                      const char **note);
int feed_piece(struct request *req, struct tmpl_dict *d, const char *marker, const char *key,
               const char *tpl, feed_fill *fill, const void *arg, const char **note);

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
 * agree), over member_totals: parameters the period's kind and start,
 * then the limit (medals.c). Columns: user_id, handle, points, backings
 * (backings given). */
extern const char FEED_SQL_RANKING[];

#endif
