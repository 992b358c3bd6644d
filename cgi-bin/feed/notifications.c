/*
 * notifications.c - GET /notifications (logged in): what happened to the
 * member's posts and backings, and to his questions, newest first,
 * paginated by key, each with a link to the place (/p/<post>#b<backing>,
 * or his conversation /ask/<question> when a support person replied there;
 * that one names no support person: sql/014). Viewing the page marks every
 * unread notification read; those that were unread are marked "new" on
 * this view.
 *
 * Queries: the list over notifications_user (user_id, id), joined to the
 * post (title), the question (its subject: only his own) and the actor
 * (handle), and the goal item (whose participant a coach's link names);
 * then one UPDATE over notifications_unread (user_id, read_at).
 */
#include <string.h>

#include "app.h"
#include "db.h"
#include "feed.h"
#include "i18n.h"
#include "limits.h"
#include "page.h"
#include "retention.h"
#include "tmpl.h"
#include "when.h"

static const char SQL_LIST[] =
    "SELECT n.id AS id, n.kind AS kind, n.post_id AS post_id, n.backing_id AS backing_id, "
    "n.question_id AS question_id, q.subject AS subject, "
    "n.created_at AS created_at, n.read_at IS NULL AS unread, p.title AS title, "
    "p.status = 'visible' OR p.user_id = n.user_id AS title_shown, a.handle AS actor, "
    "n.item_id AS item_id, gi.participant_id AS item_participant, "
    "n.created_at + INTERVAL ? DAY AS due_at "
    "FROM notifications n LEFT JOIN posts p ON p.id = n.post_id "
    "LEFT JOIN goal_items gi ON gi.id = n.item_id "
    "LEFT JOIN questions q ON q.id = n.question_id AND q.member_id = n.user_id "
    "LEFT JOIN users a ON a.id = n.actor_id "
    "WHERE n.user_id = ? AND n.id < ? ORDER BY n.id DESC LIMIT ?";
static const char SQL_MARK_READ[] =
    "UPDATE notifications SET read_at = NOW() WHERE user_id = ? AND read_at IS NULL";

/* The kinds of table notifications; the template has a section each. */
static const char *const kinds[] = {
    "backing", "best", "support_answer", "approved", "hidden", "review_restored", "review_kept",
    "question_reply", "question_pool", "question_published",
    /* the goals companion (sql/023) */
    "goal_proposed", "goal_accepted", "goal_change", "goal_feedback", "goal_comment",
    "goal_encouragement", "goal_due", "employer_link",
    /* the retention job's warning (community/retention.c, sql/024) */
    "account_inactive"};

/* Where a goals notification leads: the participant to his item (his
 * people for an employer link), the coach to the participant whose item
 * it is (goal_accepted, goal_change). NULL: not a goals kind. */
static const char *goal_href(struct request *req, const char *kind, const char *item,
                             const char *participant)
{
	if (strncmp(kind, "goal_", 5) != 0 && strcmp(kind, "employer_link") != 0)
		return NULL;
	if (strcmp(kind, "employer_link") == 0)
		return "/goals/people";
	if (strcmp(kind, "goal_accepted") == 0 || strcmp(kind, "goal_change") == 0)
		return participant ? arena_printf(req->arena, "/coach/p/%s", participant)
		                   : "/coach";
	return item ? arena_printf(req->arena, "/goals/%s", item) : "/goals";
}

int notifications_fn(struct request *req)
{
	struct db_rows *r =
	    db_query(req, SQL_LIST, db_int(RETENTION_WARN_DAYS), db_int(req->user.id),
	             db_int(feed_before(req)), db_int(PAGE_SIZE + 1));
	if (!r)
		return -1;
	if (db_exec(req, SQL_MARK_READ, db_int(req->user.id)) < 0)
		return -1;
	req->user.unread = 0; /* the header badge: they are read now */

	struct tmpl_dict *d = page_begin(req, _("Notifications"), "feed/notifications.tpl");
	size_t shown = page_list(d, r, PAGE_SIZE, "more", "next_before");
	if (shown == 0)
		tmpl_show(d, req_int(req, "before") ? "no_older" : "none");
	for (size_t i = 0; i < shown; i++) {
		const char *kind = db_get(r, i, "kind");
		struct tmpl_dict *row = tmpl_add(d, "note");
		for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
			if (strcmp(kind, kinds[k]) == 0)
				tmpl_show(row, kinds[k]);
		if (db_get_int(r, i, "unread"))
			tmpl_show(row, "unread");
		when_set(req, row, "age", db_get(r, i, "created_at"), WHEN_AGO);
		const char *post = db_get(r, i, "post_id");
		const char *backing = db_get(r, i, "backing_id");
		const char *question = db_get(r, i, "question_id");
		/* /ask/5 for a reply to his question (with its subject; one
		 * asked before subjects existed has none); /p/12#b34, or /p/12
		 * for the post itself; a post since deleted leaves its
		 * notification without a link. */
		if (question) {
			tmpl_set(row, "question_href",
			         arena_printf(req->arena, "/ask/%s", question));
			const char *subject = db_get(r, i, "subject");
			if (subject && *subject) {
				tmpl_show(row, "has_subject");
				tmpl_set(row, "subject", subject);
			} else {
				tmpl_show(row, "no_subject");
			}
		} else if (post) {
			tmpl_show(row, "linked");
			tmpl_set(row, "href",
			         backing ? arena_printf(req->arena, "/p/%s#b%s", post, backing)
			                 : arena_printf(req->arena, "/p/%s", post));
		}
		/* The title of a post he may no longer see is not repeated. */
		const char *title = db_get(r, i, "title");
		tmpl_set(row, "title",
		         post && title && db_get_int(r, i, "title_shown") ? title : _("a post"));
		const char *actor = db_get(r, i, "actor");
		if (actor) {
			tmpl_show(row, "has_actor");
			tmpl_set(row, "actor", actor);
		} else {
			tmpl_show(row, "no_actor");
		}
		tmpl_show(row, backing ? "on_backing" : "on_post");
		const char *goal =
		    goal_href(req, kind, db_get(r, i, "item_id"), db_get(r, i, "item_participant"));
		if (goal)
			tmpl_set(row, "goal_href", goal);
		/* The warning says when and why: the day it was due to go, and
		 * the period without a login (the rule's current value). */
		if (strcmp(kind, "account_inactive") == 0) {
			when_set(req, row, "due", db_get(r, i, "due_at"), WHEN_DAY);
			long long v[RETENTION_RULES_MAX];
			int k = retention_find("retention_inactive_days");
			if (k < 0 || retention_values(req, v) < 0)
				return -1;
			tmpl_set(row, "period",
			         retention_period_text(req, &retention_rules[k], v[k]));
		}
	}
	return page_end(req, 200);
}
