/*
 * home.c - GET /: the community feed. A short welcome (and the way in for
 * guests), the topics, and the newest visible posts, PAGE_SIZE a page,
 * paginated by key (?before=<id>).
 *
 * Queries: none while the worker keeps the topics and the list (a
 * piece, feed_piece); else the topics, then one list over posts_status
 * (status, id) joined to topics and users for the names.
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

/* The topics and a page of the newest posts: the same for everyone. */
static int fill_newest(struct request *req, struct tmpl_dict *d, const void *arg, const char **note)
{
	(void)arg;
	(void)note;
	struct db_rows *posts =
	    db_query(req, SQL_NEWEST, db_int(feed_before(req)), db_int(PAGE_SIZE + 1));
	size_t current;
	if (!posts || !feed_topics(req, d, NULL, &current))
		return -1;
	feed_post_list(req, d, posts,
	               "/?before=", _("Nothing here yet. Be the first to write a post."),
	               _("There are no older posts."));
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
	const char *key = arena_printf(req->arena, "home:%lld", feed_before(req));
	int rc = feed_piece(req, d, "newest", key, "feed/newest.tpl", fill_newest, NULL, NULL);
	return rc ? rc : page_end(req, 200);
}
