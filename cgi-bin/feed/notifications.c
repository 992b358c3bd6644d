/*
 * notifications.c - GET /notifications (logged in): what happened to the
 * member's posts and backings, newest first, paginated by key, each with
 * a link to the place (/p/<post>#b<backing>). Viewing the page marks every
 * unread notification read; those that were unread are marked "new" on
 * this view.
 *
 * Queries: the list over notifications_user (user_id, id), joined to the
 * post (title) and the actor (handle); then one UPDATE over
 * notifications_unread (user_id, read_at).
 */
#include <string.h>

#include "db.h"
#include "feed.h"
#include "i18n.h"
#include "limits.h"
#include "page.h"
#include "tmpl.h"

static const char SQL_LIST[] =
    "SELECT n.id, n.kind, n.post_id, n.backing_id, n.created_at, n.read_at IS NULL, "
    "p.title, p.status = 'visible' OR p.user_id = n.user_id, a.handle "
    "FROM notifications n LEFT JOIN posts p ON p.id = n.post_id "
    "LEFT JOIN users a ON a.id = n.actor_id "
    "WHERE n.user_id = ? AND n.id < ? ORDER BY n.id DESC LIMIT ?";
static const char SQL_MARK_READ[] =
    "UPDATE notifications SET read_at = NOW() WHERE user_id = ? AND read_at IS NULL";

/* The kinds of table notifications; the template has a section each. */
static const char *const kinds[] = {"backing", "best", "support_answer", "approved", "hidden"};

int notifications_fn(struct request *req)
{
	long long before = req_query_id(req, "before", FEED_BEFORE_MAX);
	struct db_rows *r =
	    db_query_v(req, SQL_LIST, "iii", req->user.id, before, (long long)PAGE_SIZE + 1);
	if (!r)
		return -1;
	if (db_exec_v(req, SQL_MARK_READ, "i", req->user.id) < 0)
		return -1;
	req->user.unread = 0; /* the header badge: they are read now */

	struct tmpl_dict *d = page_begin(req, _("Notifications"), "feed/notifications.tpl");
	size_t shown = page_list(d, r, PAGE_SIZE, "more", "next_before");
	if (shown == 0)
		tmpl_show(d, before == FEED_BEFORE_MAX ? "none" : "no_older");
	for (size_t i = 0; i < shown; i++) {
		const char *kind = db_cell(r, i, 1);
		struct tmpl_dict *row = tmpl_add(d, "note");
		for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
			if (strcmp(kind, kinds[k]) == 0)
				tmpl_show(row, kinds[k]);
		if (db_cell_int(r, i, 5))
			tmpl_show(row, "unread");
		feed_set_age(req, row, "age", db_cell(r, i, 4));
		const char *post = db_cell(r, i, 2);
		const char *backing = db_cell(r, i, 3);
		/* /p/12#b34, or /p/12 for the post itself; a post since deleted
		 * leaves its notification without a link. */
		if (post) {
			tmpl_show(row, "linked");
			tmpl_set(row, "href",
			         backing ? arena_printf(req->arena, "/p/%s#b%s", post, backing)
			                 : arena_printf(req->arena, "/p/%s", post));
		}
		/* The title of a post he may no longer see is not repeated. */
		tmpl_set(row, "title",
		         post && db_cell(r, i, 6) && db_cell_int(r, i, 7) ? db_cell(r, i, 6)
		                                                          : _("a post"));
		const char *actor = db_cell(r, i, 8);
		if (actor) {
			tmpl_show(row, "has_actor");
			tmpl_set(row, "actor", actor);
		} else {
			tmpl_show(row, "no_actor");
		}
		if (backing)
			tmpl_show(row, "on_backing");
		else
			tmpl_show(row, "on_post");
	}
	return page_end(req, 200);
}
