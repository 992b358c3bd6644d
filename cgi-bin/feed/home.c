/*
 * home.c - GET /: the community feed. A short welcome (and the way in for
 * guests), the topics, and the visible posts, PAGE_SIZE a page: the
 * newest, those nobody has backed up yet (?show=unanswered) or the most
 * backed (?show=backed), paginated by key (?before=<id>, and for most
 * backed ?backings=<count>: list.c).
 *
 * Queries: none while the worker keeps the topics and the list (a
 * piece, feed_piece, one per filter and place); else the topics, then
 * one list joined to topics and users for the names: newest over
 * posts_status (status, id), the two others over posts_backed (status,
 * backing_count, id, sql/012). Each reads PAGE_SIZE + 1 entries of a
 * range at any depth (EXPLAIN with 1,049,416 posts: range, no filesort).
 */
#include "db.h"
#include "feed.h"
#include "i18n.h"
#include "limits.h"
#include "page.h"
#include "tmpl.h"

static const char SQL_NEWEST[] = "SELECT " FEED_POST_COLUMNS FEED_POST_FROM(
    "FORCE INDEX (posts_status)") "WHERE p.status = 'visible' AND p.id < ? "
                                  "ORDER BY p.id DESC LIMIT ?";
/* Left to itself the optimizer takes posts_backed as a ref on its first
 * columns and walks it from the top down to the cursor (1,049,416 posts:
 * 102,806 entries read for an unanswered page at ?before=500000, 507,546
 * for most backed), as FEED_POST_FROM says of posts_status; forced, it is
 * the range that starts at the cursor: 20 entries. */
static const char SQL_UNANSWERED[] = "SELECT " FEED_POST_COLUMNS FEED_POST_FROM(
    "FORCE INDEX (posts_backed)") "WHERE p.status = 'visible' AND p.backing_count = 0 "
                                  "AND p.id < ? ORDER BY p.id DESC LIMIT ?";
/* After the row (backings, before): fewer backings, or as many and older. */
static const char SQL_BACKED[] = "SELECT " FEED_POST_COLUMNS FEED_POST_FROM(
    "FORCE INDEX (posts_backed)") "WHERE p.status = 'visible' AND (p.backing_count < ? "
                                  "OR (p.backing_count = ? AND p.id < ?)) "
                                  "ORDER BY p.backing_count DESC, p.id DESC LIMIT ?";

/* The topics and a page of the list the filter asks for: the same for
 * everyone. */
static int fill_newest(struct request *req, struct tmpl_dict *d, const void *arg, const char **note)
{
	(void)arg;
	(void)note;
	long long before = feed_before(req), backings = feed_backings_before(req);
	struct db_rows *posts;
	switch (feed_show(req)) {
	case SHOW_UNANSWERED:
		posts =
		    db_query(req, SQL_UNANSWERED, FEED_LANG, db_int(before), db_int(PAGE_SIZE + 1));
		break;
	case SHOW_BACKED:
		posts = db_query(req, SQL_BACKED, FEED_LANG, db_int(backings), db_int(backings),
		                 db_int(before), db_int(PAGE_SIZE + 1));
		break;
	default:
		posts = db_query(req, SQL_NEWEST, FEED_LANG, db_int(before), db_int(PAGE_SIZE + 1));
		break;
	}
	size_t current;
	if (!posts || !feed_topics(req, d, NULL, &current))
		return -1;
	feed_filters(req, d, "/");
	feed_filtered_list(req, d, posts, "/",
	                   _("Nothing here yet. Be the first to write a post."));
	return 0;
}

int home_fn(struct request *req)
{
	struct tmpl_dict *d = page_begin(req, _("Back each other up"), "feed/home.tpl");
	page_feed(req, _("Opbak: newest posts"), "/feed.xml");
	if (req->user.id) {
		tmpl_show(d, "member");
		tmpl_set(d, "handle", req->user.handle);
	} else {
		tmpl_show(d, "guest");
	}
	const char *key = arena_printf(req->arena, "home:%s", feed_filter_key(req));
	int rc = feed_piece(req, d, "newest", key, "feed/newest.tpl", fill_newest, NULL, NULL);
	return rc ? rc : page_end(req, 200);
}
