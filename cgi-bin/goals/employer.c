/*
 * employer.c - the employer's side (goals.h, "employer"):
 *   GET  /employer                  the participants linked to him
 *   GET  /employer/p/<id>           what one of them shares with an
 *        employer, a comment form under each shared goal, his comments,
 *        and the way to their chat
 *   POST /employer/item/<id>/comment   his comment on a shared goal item
 *
 * A participant exists for him only while a link is consented and open:
 * a link his coach proposed but the participant has not said yes to is
 * not listed and its pages are 404 (goals_open, VIEW_EMPLOYER), and so is
 * one ended, from the next request on. A goal not shared with an employer
 * is a 404 too (goals_item). Every opening is audited ("employer: goals").
 */
#include <string.h>

#include "app.h"
#include "arena.h"
#include "db.h"
#include "form.h"
#include "goals.h"
#include "i18n.h"
#include "page.h"
#include "response.h"
#include "tmpl.h"
#include "when.h"

/* His comments shown on a participant's page. */
#define EMPLOYER_COMMENTS_SHOWN 50
/* Linked participants listed (a workplace has a handful). */
#define EMPLOYER_LIST_MAX 200

/* The words of an employer's comment and of a relative's encouragement
 * (supporter.c). */
const struct field goals_comment_fields[] = {
    TEXT_FIELD("body", N_("Your words"), 1, GOAL_COMMENT_MAX, FIELD_MULTILINE),
    FIELDS_END,
};

static const char SQL_LINKED[] =
    "SELECT l.participant_id AS id, u.handle AS handle, l.placement AS placement, "
    "l.consent_at AS consent_at, ch.id AS chat_id "
    "FROM employer_links l JOIN users u ON u.id = l.participant_id "
    "LEFT JOIN chats ch ON ch.participant_id = l.participant_id AND ch.other_id = l.employer_id "
    "  AND ch.kind = 'employer' "
    "WHERE l.employer_id = ? AND l.ended_at IS NULL AND l.consent_at IS NOT NULL "
    "ORDER BY l.consent_at DESC, l.id DESC LIMIT ?";
static const char SQL_LINK[] =
    "SELECT u.handle AS handle, l.placement AS placement, ch.id AS chat_id "
    "FROM employer_links l JOIN users u ON u.id = l.participant_id "
    "LEFT JOIN chats ch ON ch.participant_id = l.participant_id AND ch.other_id = l.employer_id "
    "  AND ch.kind = 'employer' "
    "WHERE l.participant_id = ? AND l.employer_id = ? AND l.ended_at IS NULL "
    "AND l.consent_at IS NOT NULL";
static const char SQL_SHARED_GOALS[] =
    "SELECT id, title FROM goal_items WHERE participant_id = ? AND level = 1 "
    "AND shared_employer_at IS NOT NULL ORDER BY id";
/* His comments on goals still shared with him (a goal no longer shared
 * takes his comments on it out of his sight, title and all). */
static const char SQL_MY_COMMENTS[] =
    "SELECT top.id AS goal_id, g.id AS item_id, g.title AS item_title, g.level AS level, "
    "c.body AS body, c.created_at AS created_at "
    "FROM goal_comments c JOIN goal_items g ON g.id = c.item_id "
    "JOIN goal_items top ON top.id = g.goal_id "
    "WHERE c.participant_id = ? AND c.author_id = ? AND c.kind = 'comment' "
    "AND " GOALS_SEEN_BY_EMPLOYER("top") " ORDER BY c.id DESC LIMIT ?";
static const char SQL_COMMENT[] =
    "INSERT INTO goal_comments (participant_id, item_id, author_id, kind, body) "
    "VALUES (?, ?, ?, 'comment', ?)";

int employer_fn(struct request *req)
{
	struct db_rows *r =
	    db_query(req, SQL_LINKED, db_int(req->user.id), db_int(EMPLOYER_LIST_MAX));
	if (!r)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Your participants"), "goals/employer.tpl");
	tmpl_show(d, r->nrows ? "some" : "none");
	for (size_t i = 0; i < r->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "participant");
		page_row(row, r, i); /* id, handle, placement, chat_id */
		const char *placement = db_get(r, i, "placement");
		if (placement && *placement)
			tmpl_show(row, "has_placement");
		if (db_get(r, i, "chat_id"))
			tmpl_show(row, "has_chat");
		when_set(req, row, "since", db_get(r, i, "consent_at"), WHEN_DAY);
	}
	goals_feedback_form(req, d);
	return page_end(req, 200);
}

/* The participant's page; failed_goal: the goal whose comment form comes
 * back filled in with its message (0: none). */
static int show_participant(struct request *req, long long participant, long long failed_goal,
                            int status)
{
	struct db_rows *l = db_query(req, SQL_LINK, db_int(participant), db_int(req->user.id));
	if (!l)
		return -1;
	if (l->nrows != 1) /* goals_open() saw the link in this request */
		return page_error(req, 404, _("There is nothing here for you."));
	const char *handle = db_get(l, 0, "handle");
	struct tmpl_dict *d = page_begin(req, handle, "goals/employer_participant.tpl");
	page_row(d, l, 0); /* handle, placement, chat_id */
	const char *placement = db_get(l, 0, "placement");
	if (placement && *placement)
		tmpl_show(d, "has_placement");
	if (db_get(l, 0, "chat_id"))
		tmpl_show(d, "has_chat");
	tmpl_set_int(d, "body_max", GOAL_COMMENT_MAX);
	if (goals_tree(req, d, participant, VIEW_EMPLOYER, NULL) < 0)
		return -1;
	struct db_rows *g = db_query(req, SQL_SHARED_GOALS, db_int(participant));
	struct db_rows *c = g ? db_query(req, SQL_MY_COMMENTS, db_int(participant),
	                                 db_int(req->user.id), db_int(EMPLOYER_COMMENTS_SHOWN))
	                      : NULL;
	if (!c)
		return -1;
	tmpl_show(d, g->nrows ? "some" : "none");
	for (size_t i = 0; i < g->nrows; i++) {
		long long goal = db_get_int(g, i, "id");
		struct tmpl_dict *row = tmpl_add(d, "goal");
		tmpl_set_int(row, "goal_id", goal);
		tmpl_set(row, "title", db_get(g, i, "title"));
		if (goal == failed_goal && req->form_in) {
			form_fill(req->form_in, row);
			tmpl_set(row, "field_id", "body");
			tmpl_show(row, "open");
		} else {
			tmpl_set(row, "body", "");
			tmpl_set(row, "field_id", arena_printf(req->arena, "body-%lld", goal));
		}
		for (size_t k = 0; k < c->nrows; k++) {
			if (db_get_int(c, k, "goal_id") != goal)
				continue;
			struct tmpl_dict *mine = tmpl_add(row, "comment");
			tmpl_set(mine, "body", db_get(c, k, "body"));
			when_set(req, mine, "at", db_get(c, k, "created_at"), WHEN_AGO);
			if (db_get_int(c, k, "level") > 1) {
				tmpl_set(mine, "item_title", db_get(c, k, "item_title"));
				tmpl_show(mine, "on_part");
			}
		}
	}
	goals_feedback_form(req, d);
	return page_end(req, status);
}

int employer_participant_fn(struct request *req)
{
	int rc = goals_open(req, req->ids[0], VIEW_EMPLOYER, "goals", 1);
	if (rc != 0)
		return rc;
	return show_participant(req, req->ids[0], 0, 200);
}

/* ROUTE_TX. A comment on an item of a goal shared with an employer; the
 * participant is told (the item named) and reads it on /goals/people. */
int employer_comment_fn(struct request *req)
{
	struct goal_item it;
	int rc = goals_item(req, req->ids[0], VIEW_EMPLOYER, 1, 0, &it);
	if (rc != 0)
		return rc;
	if (req->form_in->failed)
		return show_participant(req, it.participant_id, it.goal_id, 400);
	if (db_exec(req, SQL_COMMENT, db_int(it.participant_id), db_int(it.id),
	            db_int(req->user.id), db_text(req_text(req, "body"))) < 0 ||
	    goals_notify(req, it.participant_id, "goal_comment", it.id) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/employer/p/%lld#goal-%lld",
	                                      it.participant_id, it.goal_id));
}
