/*
 * ask.c - the member's side of the inbox (inbox.h):
 *   GET  /ask[?before=<id>]        his conversations, newest activity first
 *   GET  /ask/<id>[?sent=1&help=1] one conversation, with a reply form
 *   POST /ask/<id>/reply           he writes in it (and so opens it again)
 *   POST /ask/<id>/close           he closes it
 *   GET  /ask/<id>/live            may he follow it live (nginx asks; 204)
 *
 * He asks at /post/ask (the post executable: the guards and caps of
 * writing), which sends him here afterwards (?sent=1, with help=1 when
 * his words spoke of a crisis). Only his own conversations exist for him:
 * inbox_question() answers 404 for anyone else's id, as for one never
 * used. What he reads of a status is inbox_member_status(); internal
 * notes never reach this side (inbox_thread() with SIDE_MEMBER).
 */
#include <string.h>

#include "app.h"
#include "crisis.h"
#include "db.h"
#include "form.h"
#include "i18n.h"
#include "inbox.h"
#include "limits.h"
#include "page.h"
#include "response.h"
#include "tmpl.h"
#include "when.h"

/* His conversations by key, newest activity first: (last_activity_at,
 * id) below the cursor's, read along the index questions_activity
 * (member_id, last_activity_at, id). The first page's cursor is the end
 * of time. A question asked before the inbox has no subject: its first
 * words stand for it. */
static const char SQL_LIST[] =
    "SELECT q.id AS id, q.subject AS subject, LEFT(q.body, 80) AS opening, "
    "CHAR_LENGTH(q.body) > 80 AS cut, q.status AS status, q.last_activity_at AS last_activity_at, "
    "c.handle AS counsellor "
    "FROM questions q LEFT JOIN users c ON c.id = q.counsellor_id "
    "WHERE q.member_id = ? AND q.last_activity_at <= ? "
    "AND (q.last_activity_at < ? OR q.id < ?) "
    "ORDER BY q.last_activity_at DESC, q.id DESC LIMIT ?";
/* Where ?before= stands: one of his own, else the first page. */
static const char SQL_CURSOR[] =
    "SELECT last_activity_at FROM questions WHERE id = ? AND member_id = ?";
static const char END_OF_TIME[] = "9999-12-31 23:59:59";
/* His reply opens an answered or closed question again: back to the
 * support person who has it, else to the pool (the brief's state rules). */
static const char SQL_REOPEN[] =
    "UPDATE questions SET status = IF(claimed_by IS NULL, 'new', 'claimed'), closed_at = NULL "
    "WHERE id = ? AND status IN ('answered', 'closed')";
static const char SQL_URGENT[] = "UPDATE questions SET urgent = 1 WHERE id = ?";
static const char SQL_CLOSE[] =
    "UPDATE questions SET status = 'closed', closed_at = NOW() WHERE id = ?";

/* GET /ask?before=<id>: the id of the last conversation on the page before. */
const struct field ask_list_query[] = {
    ID_FIELD("before", N_("Older than"), 0),
    FIELDS_END,
};

/* GET /ask/<id>?sent=1[&help=1]: /post/ask sends him here after asking;
 * help=1 (also after a reply) when his words spoke of a crisis. */
const struct field ask_thread_query[] = {
    CHECK_FIELD("sent", N_("Sent")),
    CHECK_FIELD("help", N_("Help")),
    FIELDS_END,
};

int ask_list_fn(struct request *req)
{
	const char *at = END_OF_TIME;
	long long before = req_int(req, "before");
	if (before) {
		struct db_rows *c = db_query(req, SQL_CURSOR, db_int(before), db_int(req->user.id));
		if (!c)
			return -1;
		if (c->nrows == 1)
			at = db_get(c, 0, "last_activity_at");
		else
			before = 0; /* not his, or gone since: from the start */
	}
	struct db_rows *r = db_query(req, SQL_LIST, db_int(req->user.id), db_text(at), db_text(at),
	                             db_int(before ? before : CURSOR_NONE), db_int(PAGE_SIZE + 1));
	if (!r)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Your questions"), "inbox/ask_list.tpl");
	size_t shown = page_list(d, r, PAGE_SIZE, "more", "next_before");
	for (size_t i = 0; i < shown; i++) {
		struct tmpl_dict *row = tmpl_add(d, "conversation");
		page_row(row, r, i); /* id, subject, opening, status, counsellor */
		const char *subject = db_get(r, i, "subject");
		tmpl_show(row, subject && *subject ? "has_subject" : "no_subject");
		if (db_get_int(r, i, "cut"))
			tmpl_show(row, "cut");
		tmpl_show(row, db_get(r, i, "counsellor") ? "asked_by_name" : "asked_any");
		tmpl_set(row, "status_words", inbox_member_status(db_get(r, i, "status")));
		when_set(req, row, "activity", db_get(r, i, "last_activity_at"), WHEN_AGO);
	}
	if (shown == 0) {
		tmpl_show(d, before ? "no_older" : "none");
	} else {
		tmpl_show(d, "some");
		if (before)
			tmpl_show(d, "older"); /* a link back to the newest */
	}
	return page_end(req, 200);
}

/* The conversation and, under it, the reply form (filled in again when
 * a reply failed its checks) and the close button while it is open. */
static int show_thread(struct request *req, const struct question *q, int status)
{
	const char *title = q->subject && *q->subject ? q->subject : _("Your question");
	struct tmpl_dict *d = page_begin(req, title, "inbox/ask_thread.tpl");
	struct tmpl_dict *t = tmpl_include(d, "thread", "inbox/thread.tpl");
	if (inbox_thread(req, t, q, SIDE_MEMBER) < 0)
		return -1;
	tmpl_set_int(d, "id", q->id);
	if (publish_offer(req, d, q, SIDE_MEMBER) < 0)
		return -1;
	tmpl_set_int(d, "body_max", LIMIT_QUESTION_MAX);
	tmpl_show(d, strcmp(q->status, "closed") == 0 ? "closed" : "open");
	if (status == 200 && req_int(req, "sent"))
		tmpl_show(t, "sent"); /* under the conversation's h1 (thread.tpl) */
	if (status == 200 && req_int(req, "help"))
		tmpl_show(t, "help");
	if (req->form_in)
		form_fill(req->form_in, d);
	return page_end(req, status);
}

int ask_thread_fn(struct request *req)
{
	struct question q;
	int rc = inbox_question(req, req->ids[0], SIDE_MEMBER, 0, 0, &q);
	if (rc != 0)
		return rc;
	return show_thread(req, &q, 200);
}

/* ROUTE_TX. The member can always write in his own conversation; on an
 * answered or closed one his words open it again. */
int ask_reply_fn(struct request *req)
{
	struct question q;
	int rc = inbox_question(req, req->ids[0], SIDE_MEMBER, 1, 0, &q);
	if (rc != 0)
		return rc;
	if (req->form_in->failed)
		return show_thread(req, &q, 400);
	const char *body = req_text(req, "body");
	long long message = inbox_add_message(req, q.id, "message", body);
	if (message < 0 || db_exec(req, SQL_REOPEN, db_int(q.id)) < 0)
		return -1;
	/* Words of suicide or self-harm later in a conversation count as in
	 * the question: first in the pool, and he is shown where to get help
	 * right now. */
	int crisis = guard_crisis(body);
	if (crisis && db_exec(req, SQL_URGENT, db_int(q.id)) < 0)
		return -1;
	if (inbox_live_message(req, &q, message) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/ask/%lld%s#m%lld", q.id,
	                                      crisis ? "?help=1" : "", message));
}

/* ROUTE_TX. Closing a closed conversation changes nothing and lands on
 * the same page (a second click, a second tab). */
int ask_close_fn(struct request *req)
{
	struct question q;
	int rc = inbox_question(req, req->ids[0], SIDE_MEMBER, 1, 0, &q);
	if (rc != 0)
		return rc;
	if (strcmp(q.status, "closed") != 0 && db_exec(req, SQL_CLOSE, db_int(q.id)) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/ask/%lld", q.id));
}

/* Whether this session may follow conversation <id> live: his own only
 * (anyone else's is 404, as on the page). nginx asks before every
 * EventSource connection; the answer has no body. */
int ask_live_fn(struct request *req)
{
	if (!req->user.id)
		return page_error(req, 403, _("You need to log in to do that."));
	struct question q;
	int rc = inbox_question(req, req->ids[0], SIDE_MEMBER, 0, 0, &q);
	if (rc != 0)
		return rc;
	req->res->status = 204;
	return 204;
}
