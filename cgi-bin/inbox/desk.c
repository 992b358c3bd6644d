/*
 * desk.c - the support persons' side of the inbox (inbox.h).
 *
 *   GET  /inbox?view=pool|mine|all   the questions, in three views with
 *                                    their counts in the tabs:
 *        pool  new, asked of nobody or of me: urgent first, then oldest
 *        mine  claimed by me and not closed: the longest quiet first
 *        all   every question, newest first (leads and admins only:
 *              the others open only what inbox_may_read() lets them)
 *   GET  /inbox/<id>                 the conversation with its internal
 *                                    notes, and what can be done now
 *   POST /inbox/<id>/claim           take it (one of two at once wins)
 *   POST /inbox/<id>/unassign        put it back in the pool
 *   POST /inbox/<id>/reply           answer the member (he is notified)
 *   POST /inbox/<id>/note            a note only support persons read
 *   POST /inbox/<id>/close           done
 *   POST /inbox/<id>/handover        give it to a colleague (to=handle)
 *   GET  /inbox/<id>/live            may he follow it live (nginx asks; 204)
 *   POST /inbox/<id>/typing          he is writing: his colleagues are told
 *
 * Live updates (core/live.h): a reply or a note is announced on the
 * conversation's channels after the commit (inbox_live_message), so an
 * open page shows it without a reload; "typing" goes to the support
 * persons' channel only, and is stored nowhere.
 *
 * Every write is one transaction (ROUTE_TX) that first locks the question
 * (inbox_question with for_update), so two support persons acting at once
 * are served one after the other: the second reads what the first did
 * (the connection is READ COMMITTED) and is told (409, the conversation
 * with a sentence on top naming who has it). The claim's UPDATE also
 * says in its WHERE what it expects, so it could not take a question
 * someone else has even without the lock.
 *
 * Opening a conversation writes "inbox.open" to the audit log (supervision
 * follows who read what); the writes do not open it again, but the page
 * they redirect to does.
 */
#include <string.h>

#include "app.h"
#include "auth.h"
#include "db.h"
#include "form.h"
#include "i18n.h"
#include "inbox.h"
#include "limits.h"
#include "live.h"
#include "page.h"
#include "response.h"
#include "tmpl.h"
#include "when.h"

/* A row of a list: the question, the member's pseudonym and age in years
 * (never his date of birth), who was asked, who has it. activity_key is
 * the "mine" view's cursor (seconds, UTC: every connection is +00:00). */
#define SQL_LIST_(where, order)                                                                    \
	"SELECT q.id AS id, q.subject AS subject, q.urgent AS urgent, q.status AS status, "        \
	"q.created_at AS created_at, q.last_activity_at AS last_activity_at, "                     \
	"UNIX_TIMESTAMP(q.last_activity_at) AS activity_key, m.handle AS member, "                 \
	"TIMESTAMPDIFF(YEAR, m.birth_date, CURDATE()) AS member_age, c.handle AS counsellor, "     \
	"k.handle AS claimer FROM questions q JOIN users m ON m.id = q.member_id "                 \
	"LEFT JOIN users c ON c.id = q.counsellor_id LEFT JOIN users k ON k.id = q.claimed_by "    \
	"WHERE " where " ORDER BY " order " LIMIT ?"
/* The pool's key is (urgent DESC, id): ?urgent=&after= go on after the
 * last row shown; the first page starts above every urgency (2). The
 * pool is short (questions_pool: status first), so the mixed order's
 * sort is over few rows. */
static const char SQL_POOL[] =
    SQL_LIST_("q.status = 'new' AND (q.counsellor_id IS NULL OR q.counsellor_id = ?) "
              "AND (q.urgent < ? OR (q.urgent = ? AND q.id > ?))",
              "q.urgent DESC, q.id");
/* Mine: the one quiet longest first, key (last_activity_at, id). */
static const char SQL_MINE[] = SQL_LIST_(
    "q.claimed_by = ? AND q.status <> 'closed' AND (q.last_activity_at > FROM_UNIXTIME(?) "
    "OR (q.last_activity_at = FROM_UNIXTIME(?) AND q.id > ?))",
    "q.last_activity_at, q.id");
static const char SQL_ALL[] = SQL_LIST_("q.id < ?", "q.id DESC");
/* The tabs' counts, each from its own index, each reading at most
 * DESK_COUNT_MAX + 1 entries (a tab says "1000+" beyond): with 100,000
 * questions the exact counts cost 75 ms a page (make bench), these a
 * millisecond. */
#define DESK_COUNT_MAX 1000
#define DESK_COUNT_(where)                                                                         \
	"(SELECT COUNT(*) FROM (SELECT 1 FROM questions WHERE " where                              \
	" LIMIT 1001) x)" /* MAX + 1 */
/* clang-format off */
static const char SQL_COUNTS[] = "SELECT "
    DESK_COUNT_("status = 'new' AND (counsellor_id IS NULL OR counsellor_id = ?)") " AS pool, "
    DESK_COUNT_("claimed_by = ? AND status <> 'closed'") " AS mine, "
    DESK_COUNT_("1") " AS total";
/* clang-format on */

/* The state rule of a claim (issue 11): one row changed = won. */
static const char SQL_CLAIM[] = "UPDATE questions SET claimed_by = ?, claimed_at = NOW(), "
                                "status = 'claimed' WHERE id = ? AND claimed_by IS NULL AND "
                                "status = 'new'";
/* A reply to a question nobody has takes it (whatever its status: an
 * answered one whose support person's account is gone has nobody). */
static const char SQL_TAKE[] = "UPDATE questions SET claimed_by = ?, claimed_at = NOW() "
                               "WHERE id = ? AND claimed_by IS NULL";
static const char SQL_UNASSIGN[] = "UPDATE questions SET claimed_by = NULL, claimed_at = NULL, "
                                   "status = 'new' WHERE id = ?";
static const char SQL_ANSWERED[] = "UPDATE questions SET status = 'answered' WHERE id = ?";
static const char SQL_CLOSE[] =
    "UPDATE questions SET status = 'closed', closed_at = NOW() WHERE id = ?";
/* The member hears that there is an answer; the support person stays
 * unnamed there (no actor). */
static const char SQL_NOTIFY[] = "INSERT INTO notifications (user_id, kind, question_id, actor_id) "
                                 "VALUES (?, 'question_reply', ?, NULL)";

/* Hand over: the colleague takes it as it is (claimed or answered: the
 * conversation's state does not change with who has it). */
static const char SQL_HANDOVER[] =
    "UPDATE questions SET claimed_by = ?, claimed_at = NOW() WHERE id = ?";
/* Who it can go to: the support persons (role counsellor), but the one
 * who has it. */
static const char SQL_COLLEAGUES[] =
    "SELECT id, handle FROM users WHERE role = 'counsellor' AND id <> ? ORDER BY handle";

/* ?view=: the keys, in the order of the tabs. */
enum view { VIEW_POOL, VIEW_MINE, VIEW_ALL, VIEW_COUNT };
static const char *const view_keys[] = {"pool", "mine", "all", NULL};
static const char *const view_labels[VIEW_COUNT] = {
    [VIEW_POOL] = N_("Pool"),
    [VIEW_MINE] = N_("Mine"),
    [VIEW_ALL] = N_("All"),
};
static const char *const view_counts[VIEW_COUNT] = {"pool", "mine", "total"};

/* The "mine" cursor: seconds since 1970, as far as UNIX_TIMESTAMP goes. */
#define ACTIVITY_KEY_MAX 2147483647

/* What ?done= may say after an action (the redirect back), and the
 * sentence for each. */
static const char *const done_values[] = {"claimed", "unassigned",  "replied", "noted",
                                          "closed",  "handed_over", NULL};
static const char *const done_messages[] = {
    N_("You have this question now."),
    N_("It is back in the pool."),
    N_("Your reply is sent. The member gets a notification."),
    N_("Your note is added. Only support persons see it."),
    N_("The question is closed."),
    N_("The question is handed over."),
};

const struct field desk_query[] = {
    CHOICE_FIELD("view", N_("Which questions"), view_keys, 0),
    CHOICE_FIELD("done", N_("Done"), done_values, 0),
    INT_FIELD("urgent", N_("Urgent"), 0, 1, 0),
    ID_FIELD("after", N_("After"), 0),
    INT_FIELD("at", N_("Last activity"), 0, ACTIVITY_KEY_MAX, 0),
    ID_FIELD("before", N_("Before"), 0),
    FIELDS_END,
};

const struct field desk_thread_query[] = {
    CHOICE_FIELD("done", N_("Done"), done_values, 0),
    ID_FIELD("start", N_("Saved reply"), 0),
    FIELDS_END,
};

const struct field desk_handover_fields[] = {
    TEXT_FIELD("to", N_("Colleague"), LIMIT_HANDLE_MIN, LIMIT_HANDLE_MAX, 0),
    FIELDS_END,
};

/* ---- the list -------------------------------------------------------- */

static struct db_rows *list_rows(struct request *req, enum view view)
{
	long long me = req->user.id, limit = PAGE_SIZE + 1;
	switch (view) {
	case VIEW_MINE:
		return db_query(req, SQL_MINE, db_int(me), db_int(req_int(req, "at")),
		                db_int(req_int(req, "at")), db_int(req_int(req, "after")),
		                db_int(limit));
	case VIEW_ALL: {
		long long before = req_int(req, "before");
		return db_query(req, SQL_ALL, db_int(before ? before : CURSOR_NONE), db_int(limit));
	}
	default: {
		long long urgent = *req_text(req, "urgent") ? req_int(req, "urgent") : 2;
		return db_query(req, SQL_POOL, db_int(me), db_int(urgent), db_int(urgent),
		                db_int(req_int(req, "after")), db_int(limit));
	}
	}
}

int desk_fn(struct request *req)
{
	long long chosen = req_int(req, "view");
	enum view view = chosen < 0 ? VIEW_POOL : (enum view)chosen;
	int lead = inbox_is_lead(req);
	if (view == VIEW_ALL && !lead)
		return page_error(req, 403,
		                  _("Only a lead support person or an admin sees every question."));
	struct db_rows *counts =
	    db_query(req, SQL_COUNTS, db_int(req->user.id), db_int(req->user.id));
	struct db_rows *r = counts ? list_rows(req, view) : NULL;
	if (!r)
		return -1;

	struct tmpl_dict *d = page_begin(req, _("Inbox"), "inbox/desk.tpl");
	if (support_available_form(req, d) < 0)
		return -1;
	if (*req_text(req, "done")) {
		tmpl_show(d, "done");
		tmpl_set(d, "notice", _(done_messages[req_int(req, "done")]));
	}
	for (int i = 0; i < VIEW_COUNT; i++) {
		if (i == VIEW_ALL && !lead)
			continue;
		struct tmpl_dict *tab = tmpl_add(d, "view");
		tmpl_set(tab, "key", view_keys[i]);
		tmpl_set(tab, "label", _(view_labels[i]));
		long long n = db_get_int(counts, 0, view_counts[i]);
		tmpl_set(tab, "count",
		         n > DESK_COUNT_MAX ? arena_printf(req->arena, "%d+", DESK_COUNT_MAX)
		                            : db_get(counts, 0, view_counts[i]));
		if (i == (int)view)
			tmpl_show(tab, "current");
	}
	tmpl_set(d, "view_key", view_keys[view]);
	tmpl_show(d, view == VIEW_POOL   ? "pool_hint"
	             : view == VIEW_MINE ? "mine_hint"
	                                 : "all_hint");

	size_t shown = page_list(d, r, PAGE_SIZE, "more", "next_after");
	for (size_t i = 0; i < shown; i++) {
		struct tmpl_dict *row = tmpl_add(d, "question");
		page_row(row, r, i);
		if (!*db_get(r, i, "subject"))
			tmpl_show(row, "no_subject"); /* asked before questions had one */
		if (db_get_int(r, i, "urgent"))
			tmpl_show(row, "is_urgent");
		tmpl_show(row, db_get(r, i, "counsellor") ? "asked_by_name" : "asked_anyone");
		tmpl_show(row, db_get(r, i, "claimer") ? "has_claimer" : "unclaimed");
		tmpl_set(row, "status_words", inbox_staff_status(db_get(r, i, "status")));
		/* The pool waits since the question came; the others since the
		 * last thing said. */
		tmpl_show(row, view == VIEW_POOL ? "since_asked" : "since_activity");
		when_set(req, row, "waiting",
		         db_get(r, i, view == VIEW_POOL ? "created_at" : "last_activity_at"),
		         WHEN_AGO);
	}
	if (shown == 0)
		tmpl_show(d, "empty");
	if (r->nrows > shown) { /* the rest of the key, beside next_after (the id) */
		if (view == VIEW_POOL)
			tmpl_set(d, "more_key",
			         arena_printf(req->arena,
			                      "&urgent=%s&after=", db_get(r, shown - 1, "urgent")));
		else if (view == VIEW_MINE)
			tmpl_set(d, "more_key",
			         arena_printf(req->arena, "&at=%s&after=",
			                      db_get(r, shown - 1, "activity_key")));
		else
			tmpl_set(d, "more_key", "&before=");
	}
	return page_end(req, 200);
}

/* ---- one conversation -------------------------------------------------- */

/* What the page says on top: after a redirect (?done=), or why an action
 * was refused (409). */
struct notice {
	const char *text;
	int refused;
};

/* Which form a refused text goes back into (400), or none. */
enum refill { REFILL_NONE, REFILL_REPLY, REFILL_NOTE, REFILL_HANDOVER };

/* One of the two message forms, as section `section`: its textarea's id
 * is "body" when it is refilled (the error summary links to #body), else
 * its own. */
static struct tmpl_dict *message_form(struct request *req, struct tmpl_dict *d, const char *section,
                                      const char *own_id, int refilled)
{
	struct tmpl_dict *f = tmpl_add(d, section);
	tmpl_set(f, "field_id", refilled ? "body" : own_id);
	tmpl_set_int(f, "body_max", inbox_message_fields[0].max);
	if (refilled)
		form_fill(req->form_in, f);
	return f;
}

/* The hand-over form (section handover_form): a select of the
 * colleagues, the one chosen kept when it comes back (400). -1 on
 * database failure. */
static int handover_form(struct request *req, struct tmpl_dict *d, const struct question *q,
                         int refilled)
{
	struct db_rows *r = db_query(req, SQL_COLLEAGUES, db_int(q->claimed_by));
	if (!r)
		return -1;
	if (r->nrows == 0)
		return 0;
	struct tmpl_dict *f = tmpl_add(d, "handover_form");
	const char *chosen = refilled ? req_text(req, "to") : "";
	for (size_t i = 0; i < r->nrows; i++) {
		struct tmpl_dict *o = tmpl_add(f, "colleague");
		tmpl_set(o, "handle", db_get(r, i, "handle"));
		if (strcmp(chosen, db_get(r, i, "handle")) == 0)
			tmpl_show(o, "selected");
	}
	if (refilled)
		form_fill(req->form_in, f);
	return 0;
}

/* The conversation page for q, answering status. */
static int show_thread(struct request *req, const struct question *q, int status,
                       const struct notice *notice, enum refill refill)
{
	struct tmpl_dict *d =
	    page_begin(req, *q->subject ? q->subject : _("Question"), "inbox/desk_thread.tpl");
	if (inbox_thread(req, tmpl_include(d, "thread", "inbox/thread.tpl"), q, SIDE_STAFF) < 0)
		return -1;
	tmpl_set_int(d, "id", q->id);
	if (publish_offer(req, d, q, SIDE_STAFF) < 0)
		return -1;
	if (notice && notice->text) {
		tmpl_show(d, notice->refused ? "refused" : "done");
		tmpl_set(d, "notice", notice->text);
	}
	int closed = strcmp(q->status, "closed") == 0;
	int mine = q->claimed_by == req->user.id;
	int lead = inbox_is_lead(req);
	if (!q->claimed_by && strcmp(q->status, "new") == 0)
		tmpl_show(d, "can_claim");
	if (q->claimed_by && !closed && (mine || lead)) {
		if (handover_form(req, d, q, refill == REFILL_HANDOVER) < 0)
			return -1;
		tmpl_show(d, "can_unassign");
		if (!mine) {
			tmpl_show(d, "unassign_other");
			tmpl_set(d, "claimer", q->claimer ? q->claimer : "");
		}
	}
	if (closed)
		tmpl_show(d, "is_closed");
	else if (q->claimed_by && !mine) {
		tmpl_show(d, "other_has_it");
		tmpl_set(d, "claimer", q->claimer ? q->claimer : "");
	} else {
		/* Saved replies to start from; ?start= fills the textarea. */
		const char *start = NULL;
		struct tmpl_dict *f =
		    message_form(req, d, "reply_form", "reply-body", refill == REFILL_REPLY);
		if (replies_offer(req, f, q->id, &start) < 0)
			return -1;
		if (start && refill != REFILL_REPLY)
			tmpl_set(f, "body", start);
	}
	message_form(req, d, "note_form", "note-body", refill == REFILL_NOTE);
	if (!closed && (mine || !q->claimed_by || lead))
		tmpl_show(d, "can_close");
	return page_end(req, status);
}

int desk_thread_fn(struct request *req)
{
	struct question q;
	int status = inbox_question(req, req->ids[0], SIDE_STAFF, 0, 1, &q);
	if (status)
		return status;
	struct notice notice = {NULL, 0};
	if (*req_text(req, "done"))
		notice.text = _(done_messages[req_int(req, "done")]);
	return show_thread(req, &q, 200, &notice, REFILL_NONE);
}

/* ---- actions ------------------------------------------------------------ */

/* The question of /inbox/<id>/..., locked for the transaction; 0, or the
 * status answered. */
static int lock_question(struct request *req, struct question *q)
{
	return inbox_question(req, req->ids[0], SIDE_STAFF, 1, 0, q);
}

/* Refused because of the state someone else left it in: the conversation
 * as it is now, with why on top. Nothing was changed (core rolls back). */
static int refused(struct request *req, const struct question *q, const char *why)
{
	struct notice notice = {why, 1};
	return show_thread(req, q, 409, &notice, REFILL_NONE);
}

static int refused_other(struct request *req, const struct question *q)
{
	return refused(req, q,
	               arena_printf(req->arena, _("%s has this question."),
	                            q->claimer ? q->claimer : _("Another support person")));
}

static int refused_closed(struct request *req, const struct question *q)
{
	return refused(req, q, _("This question is closed."));
}

/* After a write that may have put the conversation out of his reach (a
 * hand-over, or back in the pool of a colleague asked by name): to it
 * when he may still read it as it is now (after), else to his inbox. */
static int back_or_desk(struct request *req, const struct question *after, const char *done)
{
	if (inbox_may_read(req, after))
		return res_redirect(
		    req, arena_printf(req->arena, "/inbox/%lld?done=%s", after->id, done));
	return res_redirect(req, arena_printf(req->arena, "/inbox?view=mine&done=%s", done));
}

/* Who may read question id on the desk has changed (claimed, back in
 * the pool, handed over): end its live subscriptions after the commit,
 * so each browser asks again (inbox_may_read) and a colleague who may no
 * longer read it stops getting its messages and notes. */
static void readers_changed(struct request *req, long long id)
{
	live_close(req, arena_printf(req->arena, "desk-%lld", id));
}

static int back(struct request *req, long long id, const char *done, long long message)
{
	if (message)
		return res_redirect(
		    req, arena_printf(req->arena, "/inbox/%lld?done=%s#m%lld", id, done, message));
	return res_redirect(req, arena_printf(req->arena, "/inbox/%lld?done=%s", id, done));
}

int desk_claim_fn(struct request *req)
{
	struct question q;
	int status = lock_question(req, &q);
	if (status)
		return status;
	if (q.claimed_by == req->user.id)
		return back(req, q.id, "claimed", 0); /* his already: a second click */
	if (q.claimed_by)
		return refused_other(req, &q);
	if (strcmp(q.status, "closed") == 0)
		return refused_closed(req, &q);
	long long n = db_exec(req, SQL_CLAIM, db_int(req->user.id), db_int(q.id));
	if (n < 0)
		return -1;
	if (n == 0) /* not new: an answered one left without its support person */
		return refused(req, &q,
		               _("This question cannot be claimed now. Reply to take it."));
	readers_changed(req, q.id);
	return back(req, q.id, "claimed", 0);
}

int desk_unassign_fn(struct request *req)
{
	struct question q;
	int status = lock_question(req, &q);
	if (status)
		return status;
	if (!q.claimed_by)
		return refused(req, &q, _("Nobody has this question now: it is in the pool."));
	if (strcmp(q.status, "closed") == 0)
		return refused_closed(req, &q);
	if (q.claimed_by != req->user.id && !inbox_is_lead(req))
		return refused_other(req, &q);
	if (db_exec(req, SQL_UNASSIGN, db_int(q.id)) < 0)
		return -1;
	q.claimed_by = 0;
	q.status = "new";
	readers_changed(req, q.id);
	return back_or_desk(req, &q, "unassigned");
}

int desk_reply_fn(struct request *req)
{
	struct question q;
	int status = lock_question(req, &q);
	if (status)
		return status;
	if (strcmp(q.status, "closed") == 0)
		return refused_closed(req, &q);
	if (q.claimed_by && q.claimed_by != req->user.id)
		return refused_other(req, &q);
	if (req->form_in->failed)
		return show_thread(req, &q, 400, NULL, REFILL_REPLY);
	if (!q.claimed_by && db_exec(req, SQL_TAKE, db_int(req->user.id), db_int(q.id)) < 0)
		return -1;
	if (!q.claimed_by)
		readers_changed(req, q.id); /* before the reply: sent in this order */
	long long message = inbox_add_message(req, q.id, "message", req_text(req, "body"));
	if (message < 0 || db_exec(req, SQL_ANSWERED, db_int(q.id)) < 0 ||
	    db_exec(req, SQL_NOTIFY, db_int(q.member_id), db_int(q.id)) < 0 ||
	    inbox_live_message(req, &q, message) < 0)
		return -1;
	return back(req, q.id, "replied", message);
}

int desk_note_fn(struct request *req)
{
	struct question q;
	int status = lock_question(req, &q);
	if (status)
		return status;
	if (req->form_in->failed)
		return show_thread(req, &q, 400, NULL, REFILL_NOTE);
	long long message = inbox_add_message(req, q.id, "note", req_text(req, "body"));
	if (message < 0 || inbox_live_message(req, &q, message) < 0)
		return -1;
	return back(req, q.id, "noted", message);
}

int desk_close_fn(struct request *req)
{
	struct question q;
	int status = lock_question(req, &q);
	if (status)
		return status;
	/* Whoever has it, or anyone when nobody has; a lead or an admin
	 * any he reads. */
	if (q.claimed_by && q.claimed_by != req->user.id && !inbox_is_lead(req))
		return refused_other(req, &q);
	if (strcmp(q.status, "closed") != 0 && db_exec(req, SQL_CLOSE, db_int(q.id)) < 0)
		return -1;
	q.status = "closed"; /* one nobody has is then no longer in the pool */
	return back_or_desk(req, &q, "closed");
}

/* Give a claimed question to a colleague: whoever has it, a lead or an admin.
 * He has it from now (claimed_at), in the state it is in; the audit log
 * keeps from whom to whom. He is not told otherwise (for now). */
int desk_handover_fn(struct request *req)
{
	struct question q;
	int status = lock_question(req, &q);
	if (status)
		return status;
	if (strcmp(q.status, "closed") == 0)
		return refused_closed(req, &q);
	if (!q.claimed_by)
		return refused(req, &q, _("Nobody has this question now: it is in the pool."));
	if (q.claimed_by != req->user.id && !inbox_is_lead(req))
		return refused_other(req, &q);
	struct form *f = req->form_in;
	long long to = 0;
	if (!f->failed) {
		struct db_rows *c = db_query(req, SQL_COLLEAGUES, db_int(q.claimed_by));
		if (!c)
			return -1;
		for (size_t i = 0; i < c->nrows; i++)
			if (strcmp(req_text(req, "to"), db_get(c, i, "handle")) == 0)
				to = db_get_int(c, i, "id");
		if (!to)
			form_error(f, "to", _("Choose one of the support persons in the list."));
	}
	if (f->failed)
		return show_thread(req, &q, 400, NULL, REFILL_HANDOVER);
	if (db_exec(req, SQL_HANDOVER, db_int(to), db_int(q.id)) < 0 ||
	    auth_audit(req, "inbox.handover", q.member_id,
	               arena_printf(req->arena, "question %lld from %s to %s", q.id,
	                            q.claimer ? q.claimer : "?", req_text(req, "to"))) < 0)
		return -1;
	q.claimed_by = to;
	readers_changed(req, q.id);
	return back_or_desk(req, &q, "handed_over");
}

/* ---- live ----------------------------------------------------------------- */

/* Whether this session may follow conversation <id> on the support
 * persons' side: staff only (a member is refused even for his own: the
 * notes and "typing" go there). No audit: the page itself was opened,
 * and written down, before its script asks. */
int desk_live_fn(struct request *req)
{
	if (!inbox_is_staff(req))
		return page_error(req, 403, _("Your account does not have access to this page."));
	struct question q;
	int status = inbox_question(req, req->ids[0], SIDE_STAFF, 0, 0, &q);
	if (status)
		return status;
	req->res->status = 204;
	return 204;
}

/* Not a transaction: it reads the question and writes nothing. */
int desk_typing_fn(struct request *req)
{
	struct question q;
	int status = inbox_question(req, req->ids[0], SIDE_STAFF, 0, 0, &q);
	if (status)
		return status;
	live_publish(req, arena_printf(req->arena, "desk-%lld", q.id), "typing", req->user.handle);
	req->res->status = 204;
	return 204;
}
