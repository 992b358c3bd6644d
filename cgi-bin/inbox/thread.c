/*
 * thread.c - what both sides of a conversation share (inbox.h).
 */
#include <string.h>

#include "auth.h"
#include "db.h"
#include "i18n.h"
#include "inbox.h"
#include "limits.h"
#include "live.h"
#include "markdown.h"
#include "page.h"
#include "tmpl.h"
#include "when.h"

/* The question with the names around it: the member's pseudonym and age
 * in years (never the date of birth), who was asked, who has it. */
#define SQL_QUESTION_(tail)                                                                        \
	"SELECT q.id AS id, q.member_id AS member_id, COALESCE(q.counsellor_id, 0) AS "            \
	"counsellor_id, COALESCE(q.claimed_by, 0) AS claimed_by, COALESCE(q.post_id, 0) AS "       \
	"post_id, q.status AS status, q.subject AS subject, q.body AS body, q.urgent AS urgent, "  \
	"q.allow_publish AS allow_publish, q.created_at AS created_at, q.last_activity_at AS "     \
	"last_activity_at, m.handle AS member, TIMESTAMPDIFF(YEAR, m.birth_date, CURDATE()) AS "   \
	"member_age, c.handle AS counsellor, k.handle AS claimer, p.title AS post_title "          \
	"FROM questions q JOIN users m ON m.id = q.member_id "                                     \
	"LEFT JOIN users c ON c.id = q.counsellor_id LEFT JOIN users k ON k.id = q.claimed_by "    \
	"LEFT JOIN posts p ON p.id = q.post_id AND p.status <> 'hidden' WHERE q.id = ?" tail
static const char SQL_QUESTION[] = SQL_QUESTION_("");
/* A write locks the question alone first (FOR UPDATE on the join would
 * lock the member's and the post's rows too). */
static const char SQL_LOCK[] = "SELECT id FROM questions WHERE id = ? FOR UPDATE";
/* Oldest first; notes only when asked for (the staff's side). */
static const char SQL_MESSAGES[] =
    "SELECT qm.id AS id, qm.kind AS kind, qm.body_html AS body_html, qm.created_at AS "
    "created_at, COALESCE(qm.author_id, 0) AS author_id, u.handle AS author, u.role AS role "
    "FROM question_messages qm LEFT JOIN users u ON u.id = qm.author_id "
    "WHERE qm.question_id = ? AND (qm.kind = 'message' OR ?) ORDER BY qm.id";
/* One of them, for a live update (inbox_live_message). */
static const char SQL_MESSAGE[] =
    "SELECT qm.id AS id, qm.kind AS kind, qm.body_html AS body_html, qm.created_at AS "
    "created_at, COALESCE(qm.author_id, 0) AS author_id, u.handle AS author, u.role AS role "
    "FROM question_messages qm LEFT JOIN users u ON u.id = qm.author_id "
    "WHERE qm.id = ? AND qm.question_id = ?";
/* The language the member reads his pages in (NULL: the site's). */
static const char SQL_MEMBER_LANG[] = "SELECT lang FROM users WHERE id = ?";
static const char SQL_ADD[] = "INSERT INTO question_messages (question_id, author_id, kind, "
                              "body, body_html) VALUES (?, ?, ?, ?, ?)";
static const char SQL_TOUCH[] = "UPDATE questions SET last_activity_at = NOW() WHERE id = ?";

const struct field inbox_message_fields[] = {
    TEXT_FIELD("body", N_("Your message"), 1, LIMIT_QUESTION_MAX, FIELD_MULTILINE),
    FIELDS_END,
};

int inbox_is_staff(const struct request *req)
{
	return auth_allows(req, INBOX_STAFF);
}

int inbox_is_lead(const struct request *req)
{
	return inbox_is_staff(req) && auth_allows(req, INBOX_LEADS);
}

int inbox_may_read(const struct request *req, const struct question *q)
{
	long long me = req->user.id;
	if (!inbox_is_staff(req))
		return 0;
	if (inbox_is_lead(req) || q->claimed_by == me || q->counsellor_id == me)
		return 1;
	/* The pool: nobody has it, and it does not wait for a colleague
	 * asked by name (the hourly job lets it go to everyone). */
	return !q->claimed_by && !q->counsellor_id && strcmp(q->status, "closed") != 0;
}

static long long get_id(const struct db_rows *r, const char *column)
{
	return db_get_int(r, 0, column);
}

int inbox_question(struct request *req, long long id, enum inbox_side side, int for_update,
                   int audit, struct question *q)
{
	memset(q, 0, sizeof *q);
	if (for_update && !db_query(req, SQL_LOCK, db_int(id)))
		return -1;
	struct db_rows *r = db_query(req, SQL_QUESTION, db_int(id));
	if (!r)
		return -1;
	/* Someone else's conversation does not exist for a member: the same
	 * answer as for an id that was never used. */
	if (r->nrows != 1 || (side == SIDE_MEMBER && get_id(r, "member_id") != req->user.id) ||
	    (side == SIDE_STAFF && !inbox_is_staff(req)))
		return page_error(req, 404, _("There is no such conversation."));
	q->id = get_id(r, "id");
	q->member_id = get_id(r, "member_id");
	q->counsellor_id = get_id(r, "counsellor_id");
	q->claimed_by = get_id(r, "claimed_by");
	q->post_id = get_id(r, "post_id");
	q->status = db_get(r, 0, "status");
	q->subject = db_get(r, 0, "subject");
	q->body = db_get(r, 0, "body");
	q->urgent = (int)get_id(r, "urgent");
	q->allow_publish = (int)get_id(r, "allow_publish");
	q->created_at = db_get(r, 0, "created_at");
	q->last_activity_at = db_get(r, 0, "last_activity_at");
	q->member = db_get(r, 0, "member");
	q->member_age = get_id(r, "member_age");
	q->counsellor = db_get(r, 0, "counsellor");
	q->claimer = db_get(r, 0, "claimer");
	q->post_title = db_get(r, 0, "post_title");
	if (side == SIDE_STAFF && !inbox_may_read(req, q)) {
		/* A colleague's conversation: not there for a support person
		 * who may not read it (404, nothing written). A write on one
		 * he saw in the pool before a colleague took it (his claim
		 * lost) is told who has it now, and nothing more. */
		if (for_update && q->claimed_by && strcmp(q->status, "closed") != 0)
			return page_error(
			    req, 409,
			    arena_printf(req->arena, _("%s has this question."),
			                 q->claimer ? q->claimer : _("Another support person")));
		return page_error(req, 404, _("There is no such conversation."));
	}
	q->body_html = md_render(req->arena, q->body, strlen(q->body));
	/* Everyone but the member who reads it is written down (supervision
	 * follows who read what). */
	if (audit && side == SIDE_STAFF && req->user.id != q->member_id &&
	    auth_audit(req, "inbox.open", q->member_id,
	               arena_printf(req->arena, "question %lld", id)) < 0)
		return -1;
	return 0;
}

const char *inbox_member_status(const char *status)
{
	if (strcmp(status, "answered") == 0)
		return _("Answered");
	if (strcmp(status, "closed") == 0)
		return _("Closed");
	return _("Waiting for an answer");
}

const char *inbox_staff_status(const char *status)
{
	if (strcmp(status, "claimed") == 0)
		return _("Claimed");
	if (strcmp(status, "answered") == 0)
		return _("Answered, waiting for the member");
	if (strcmp(status, "closed") == 0)
		return _("Closed");
	return _("New");
}

/* m, the dictionary of inbox/message.tpl, with row i of r (the columns
 * of SQL_MESSAGES). */
static void fill_message(struct request *req, struct tmpl_dict *m, const struct question *q,
                         const struct db_rows *r, size_t i)
{
	page_row(m, r, i); /* id, kind, body_html, author, role */
	when_set(req, m, "at", db_get(r, i, "created_at"), WHEN_MOMENT);
	long long author = db_get_int(r, i, "author_id");
	int note = strcmp(db_get(r, i, "kind"), "note") == 0;
	tmpl_show(m, note ? "note" : "said");
	if (author == q->member_id)
		tmpl_show(m, "by_member");
	else if (!db_get(r, i, "author"))
		tmpl_show(m, "by_nobody"); /* an account since deleted */
	else
		tmpl_show(m, "by_staff");
	if (author && author == req->user.id)
		tmpl_show(m, "mine");
}

int inbox_thread(struct request *req, struct tmpl_dict *d, const struct question *q,
                 enum inbox_side side)
{
	struct db_rows *r =
	    db_query(req, SQL_MESSAGES, db_int(q->id), db_int(side == SIDE_STAFF ? 1 : 0));
	if (!r)
		return -1;
	tmpl_set_int(d, "question_id", q->id);
	tmpl_set(d, "subject", *q->subject ? q->subject : _("Your question"));
	tmpl_set(d, "question_html", q->body_html); /* rendered safe by md_render */
	tmpl_set(d, "member", q->member);
	tmpl_set_int(d, "member_age", q->member_age);
	if (side == SIDE_STAFF)
		tmpl_show(d, "show_age"); /* his age helps them answer; the member knows it */
	tmpl_set(d, "status_words",
	         side == SIDE_MEMBER ? inbox_member_status(q->status)
	                             : inbox_staff_status(q->status));
	tmpl_set(d, "status", q->status);
	when_set(req, d, "asked", q->created_at, WHEN_MOMENT);
	if (q->urgent)
		tmpl_show(d, "urgent");
	if (q->counsellor) {
		tmpl_show(d, "asked_by_name");
		tmpl_set(d, "counsellor", q->counsellor);
	}
	if (q->claimer) {
		tmpl_show(d, "claimed");
		tmpl_set(d, "claimer", q->claimer);
	}
	if (q->post_title) {
		tmpl_show(d, "about_post");
		tmpl_set_int(d, "post_id", q->post_id);
		tmpl_set(d, "post_title", q->post_title);
	}
	for (size_t i = 0; i < r->nrows; i++)
		fill_message(req, tmpl_include(tmpl_add(d, "message"), "item", "inbox/message.tpl"),
		             q, r, i);
	return 0;
}

long long inbox_add_message(struct request *req, long long question_id, const char *kind,
                            const char *body)
{
	const char *html = md_render(req->arena, body, strlen(body));
	if (!html)
		return -1;
	long long n = db_exec(req, SQL_ADD, db_int(question_id), db_int(req->user.id),
	                      db_text(kind), db_text(body), db_text(html));
	if (n < 0)
		return -1;
	long long id = db_last_id(); /* the INSERT's: the UPDATE below sets it to 0 */
	/* A note is not activity: the member's list shows when his
	 * conversation last moved, and must not tell him a note was written. */
	if (strcmp(kind, "note") != 0 && db_exec(req, SQL_TOUCH, db_int(question_id)) < 0)
		return -1;
	return id;
}

/* Message row 0 of r as inbox/message.tpl makes it, in the worker's
 * language now; NULL when the template fails. */
static const char *render_message(struct request *req, const struct question *q,
                                  const struct db_rows *r)
{
	struct tmpl_dict *m = tmpl_new("inbox/message.tpl");
	fill_message(req, m, q, r, 0);
	struct buf out = {0};
	int rc = tmpl_expand("inbox/message.tpl", m, &out);
	tmpl_free(m);
	const char *html =
	    rc == 0 ? arena_strndup(req->arena, out.data ? out.data : "", out.len) : NULL;
	buf_free(&out);
	return html;
}

int inbox_live_message(struct request *req, const struct question *q, long long message_id)
{
	struct db_rows *r = db_query(req, SQL_MESSAGE, db_int(message_id), db_int(q->id));
	if (!r)
		return -1;
	if (r->nrows != 1)
		return 0;
	/* The support persons' pages: in the writer's language (a team
	 * works in one). */
	const char *html = render_message(req, q, r);
	if (html)
		live_publish(req, arena_printf(req->arena, "desk-%lld", q->id), "message", html);
	if (strcmp(db_get(r, 0, "kind"), "message") != 0)
		return 0; /* a note: never on the member's channel */
	/* The member's page: in his language, as his page would say it. */
	struct db_rows *lang = db_query(req, SQL_MEMBER_LANG, db_int(q->member_id));
	if (!lang)
		return -1;
	const char *was = i18n_lang();
	const char *his = lang->nrows == 1 ? db_get(lang, 0, "lang") : NULL;
	if (!his || i18n_use(his) < 0)
		i18n_use_default();
	html = render_message(req, q, r);
	i18n_use(was);
	if (html)
		live_publish(req, arena_printf(req->arena, "ask-%lld", q->id), "message", html);
	return 0;
}
