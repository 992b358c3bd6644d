/*
 * chat.c - the chats of the goals part (issue 13; sql/023, goals.h):
 *   GET  /chat                      his conversations
 *   GET  /chat/<id>[?before=<seq>]  one conversation: the last CHAT_PAGE
 *                                   messages (older ones page by seq), a
 *                                   form to write; reading marks it read
 *   POST /chat/<id>                 he writes in it
 *   GET  /chat/<id>/live            may this session follow it live?
 *                                   (nginx asks: 204, 403 nobody logged
 *                                   in, 404 otherwise)
 *
 * One conversation between a participant and his coach, one between him
 * and each employer he is linked to. chat_ensure() makes it (the coach
 * helper when an admin assigns a coach, people.c when the participant
 * consents to an employer link); chats_leave() (community/chats.h) takes the other side out
 * when that relation ends.
 *
 * Who may open a chat (chat_open, the one rule every route uses): a
 * member of it (chat_members) whose relation still holds - the coach
 * while participants.coach_id names him and his role is coach; the
 * employer while an open, consented employer_links row joins the pair
 * and his role is employer. A former coach or an unlinked employer loses
 * the chat at once: 404, as for an id never used. The participant keeps
 * reading an ended conversation (it is his history) but can no longer
 * write in it (409); his list marks it ended.
 *
 * Order: a message's place is seq, given under the chats row's lock
 * (SELECT ... FOR UPDATE, last_seq + 1), so two writers at once never
 * share or swap a place. The message goes to the other side live
 * (live.h, channel chat-<id>) rendered by chat_message.tpl, the same
 * piece the page shows, in the language of the one who reads it there
 * (the writer's own page reloads after his POST). Without JavaScript
 * the page works by reloading.
 *
 * A coach or an employer opening a chat opens the participant's data:
 * written to the audit log ("goals.open", "coach: chat") on every GET of
 * the conversation (the page, not the POST's re-read).
 */
#include <string.h>

#include "app.h"
#include "arena.h"
#include "auth.h"
#include "db.h"
#include "form.h"
#include "goals.h"
#include "i18n.h"
#include "limits.h"
#include "live.h"
#include "log.h"
#include "page.h"
#include "response.h"
#include "text.h"
#include "tmpl.h"
#include "when.h"

/* Chats in one list: a participant has a few; a coach one per
 * participant of his caseload. */
#define CHATS_LISTED 200
/* Whether the relation behind chat c (users ou: the other side) still
 * holds: the participant's coach now, or an open consented employer
 * link; and the other side still has the role. */
#define SQL_CHAT_LIVE                                                                              \
	"(CASE c.kind WHEN 'coach' THEN ou.role = 'coach' AND EXISTS (SELECT 1 FROM participants " \
	"p WHERE p.user_id = c.participant_id AND p.coach_id = c.other_id) "                       \
	"ELSE ou.role = 'employer' AND EXISTS (SELECT 1 FROM employer_links l "                    \
	"WHERE l.participant_id = c.participant_id AND l.employer_id = c.other_id "                \
	"AND l.consent_at IS NOT NULL AND l.ended_at IS NULL) END)"

static const char SQL_ENSURE_CHAT[] =
    "INSERT IGNORE INTO chats (participant_id, other_id, kind) VALUES (?, ?, ?)";
static const char SQL_FIND_CHAT[] = "SELECT id, last_seq FROM chats "
                                    "WHERE participant_id = ? AND other_id = ? AND kind = ?";
/* A side (back) in a conversation starts with nothing unread. */
static const char SQL_ENSURE_MEMBER[] =
    "INSERT IGNORE INTO chat_members (chat_id, user_id, last_read_seq) VALUES (?, ?, ?)";

/* The conversation as the viewer (his chat_members row) stands in it. */
static const char SQL_CHAT[] =
    "SELECT c.id AS id, c.participant_id AS participant_id, c.other_id AS other_id, "
    "c.kind AS kind, c.last_seq AS last_seq, m.last_read_seq AS last_read_seq, "
    "pu.handle AS participant, ou.handle AS other, ou.role AS other_role, " SQL_CHAT_LIVE
    " AS live FROM chats c JOIN chat_members m ON m.chat_id = c.id AND m.user_id = ? "
    "JOIN users pu ON pu.id = c.participant_id JOIN users ou ON ou.id = c.other_id "
    "WHERE c.id = ?";
/* The newest messages below seq `before`, newest first (the page shows
 * them turned round); one more than shown says there are older ones. */
static const char SQL_MESSAGES[] =
    "SELECT x.seq AS seq, x.body AS body, x.created_at AS created_at, "
    "COALESCE(x.author_id, 0) AS author_id, u.handle AS author "
    "FROM chat_messages x LEFT JOIN users u ON u.id = x.author_id "
    "WHERE x.chat_id = ? AND x.seq < ? ORDER BY x.seq DESC LIMIT ?";
static const char SQL_MESSAGE[] =
    "SELECT x.seq AS seq, x.body AS body, x.created_at AS created_at, "
    "COALESCE(x.author_id, 0) AS author_id, u.handle AS author "
    "FROM chat_messages x LEFT JOIN users u ON u.id = x.author_id "
    "WHERE x.chat_id = ? AND x.seq = ?";
static const char SQL_MARK_READ[] = "UPDATE chat_members SET last_read_seq = ? "
                                    "WHERE chat_id = ? AND user_id = ? AND last_read_seq < ?";
/* The writers' queue: one at a time per conversation. */
static const char SQL_LOCK[] = "SELECT last_seq FROM chats WHERE id = ? FOR UPDATE";
static const char SQL_ADD[] =
    "INSERT INTO chat_messages (chat_id, seq, author_id, body) VALUES (?, ?, ?, ?)";
static const char SQL_SEQ[] = "UPDATE chats SET last_seq = ? WHERE id = ?";
static const char SQL_READ_OWN[] =
    "UPDATE chat_members SET last_read_seq = ? WHERE chat_id = ? AND user_id = ?";
/* The language the other side reads his pages in (NULL: the site's). */
static const char SQL_LANG[] = "SELECT lang FROM users WHERE id = ?";

/* His chats, the most recent conversation first: the other side's live
 * ones, and the participant's own ended ones too (read-only). */
static const char SQL_LIST[] =
    "SELECT c.id AS id, c.kind AS kind, c.participant_id AS participant_id, "
    "c.last_seq - m.last_read_seq AS unread, pu.handle AS participant, ou.handle AS other, "
    "ou.role AS other_role, " SQL_CHAT_LIVE " AS live, "
    "LEFT(x.body, 80) AS excerpt, CHAR_LENGTH(x.body) > 80 AS cut, x.created_at AS last_at "
    "FROM chat_members m JOIN chats c ON c.id = m.chat_id "
    "JOIN users pu ON pu.id = c.participant_id JOIN users ou ON ou.id = c.other_id "
    "LEFT JOIN chat_messages x ON x.chat_id = c.id AND x.seq = c.last_seq "
    "WHERE m.user_id = ? AND (c.participant_id = ? OR " SQL_CHAT_LIVE ") "
    "ORDER BY COALESCE(x.created_at, c.created_at) DESC, c.id DESC LIMIT ?";

/* POST /chat/<id>: what he writes. */
const struct field chat_fields[] = {
    TEXT_FIELD("body", N_("Your message"), 1, GOAL_COMMENT_MAX, FIELD_MULTILINE),
    FIELDS_END,
};

/* GET /chat/<id>?before=<seq>: the messages before that one. */
const struct field chat_query[] = {
    ID_FIELD("before", N_("Older than"), 0),
    FIELDS_END,
};

/* A conversation as chat_open() read it for the viewer; strings in the
 * request's arena. */
struct chat {
	long long id;
	long long participant_id;
	long long other_id;
	const char *kind; /* "coach", "employer" */
	long long last_seq;
	long long last_read_seq; /* the viewer's */
	const char *participant; /* handles */
	const char *other;
	const char *other_role;
	int live;   /* the relation holds: both may write */
	int is_him; /* the viewer is the participant */
};

long long chat_ensure(struct request *req, long long participant_id, long long other_id,
                      const char *kind)
{
	if (db_exec(req, SQL_ENSURE_CHAT, db_int(participant_id), db_int(other_id), db_text(kind)) <
	    0)
		return -1;
	struct db_rows *r =
	    db_query(req, SQL_FIND_CHAT, db_int(participant_id), db_int(other_id), db_text(kind));
	if (!r)
		return -1;
	if (r->nrows != 1) {
		/* INSERT IGNORE met no participants row (a foreign key): the
		 * caller's bug, not the user's. */
		log_msg(req->id, "chat_ensure: no chat for %lld and %lld (%s)", participant_id,
		        other_id, kind);
		req->db_failed = 1;
		return -1;
	}
	long long id = db_get_int(r, 0, "id");
	long long seq = db_get_int(r, 0, "last_seq");
	if (db_exec(req, SQL_ENSURE_MEMBER, db_int(id), db_int(participant_id), db_int(seq)) < 0 ||
	    db_exec(req, SQL_ENSURE_MEMBER, db_int(id), db_int(other_id), db_int(seq)) < 0)
		return -1;
	return id;
}

static int not_found(struct request *req)
{
	return page_error(req, 404, _("There is no such conversation."));
}

/* May the logged-in user open chat id? 0 with *c filled; else the 404
 * page answered (not a member, or the relation ended and he is not the
 * participant), or -1. */
static int chat_open(struct request *req, long long id, struct chat *c)
{
	memset(c, 0, sizeof *c);
	if (!req->user.id)
		return not_found(req);
	struct db_rows *r = db_query(req, SQL_CHAT, db_int(req->user.id), db_int(id));
	if (!r)
		return -1;
	if (r->nrows != 1)
		return not_found(req);
	c->id = db_get_int(r, 0, "id");
	c->participant_id = db_get_int(r, 0, "participant_id");
	c->other_id = db_get_int(r, 0, "other_id");
	c->kind = db_get(r, 0, "kind");
	c->last_seq = db_get_int(r, 0, "last_seq");
	c->last_read_seq = db_get_int(r, 0, "last_read_seq");
	c->participant = db_get(r, 0, "participant");
	c->other = db_get(r, 0, "other");
	c->other_role = db_get(r, 0, "other_role");
	c->live = db_get_int(r, 0, "live") == 1;
	c->is_him = c->participant_id == req->user.id;
	if (!c->is_him && (c->other_id != req->user.id || !c->live))
		return not_found(req);
	return 0;
}

/* What the other side is called under his handle: the participant's
 * coach or employer; for them, the participant. */
static const char *side_label(int viewer_is_participant, const char *other_role)
{
	if (!viewer_is_participant)
		return _("Participant");
	const char *label = auth_role_label(auth_role_parse(other_role));
	return label ? label : "";
}

/* m, the dictionary of goals/chat_message.tpl, with row i of r (the
 * columns of SQL_MESSAGES). by-participant / by-other: the page's own
 * class (as-participant / as-other) tells which are the reader's own, so
 * one rendering serves both sides. */
static void fill_message(struct request *req, struct tmpl_dict *m, const struct chat *c,
                         const struct db_rows *r, size_t i)
{
	page_row(m, r, i); /* seq, body, author */
	when_set(req, m, "at", db_get(r, i, "created_at"), WHEN_MOMENT);
	long long author = db_get_int(r, i, "author_id");
	tmpl_set(m, "side", author == c->participant_id ? "participant" : "other");
	tmpl_show(m, db_get(r, i, "author") ? "by_someone" : "by_nobody");
}

static const char *render_message(struct request *req, const struct chat *c,
                                  const struct db_rows *r)
{
	struct tmpl_dict *m = tmpl_new("goals/chat_message.tpl");
	fill_message(req, m, c, r, 0);
	struct buf out = {0};
	int rc = tmpl_expand("goals/chat_message.tpl", m, &out);
	tmpl_free(m);
	const char *html =
	    rc == 0 ? arena_strndup(req->arena, out.data ? out.data : "", out.len) : NULL;
	buf_free(&out);
	return html;
}

/* Message seq to whoever has the conversation open, in the language of
 * the side that did not write it (the writer's page reloads). */
static int publish(struct request *req, const struct chat *c, long long seq)
{
	struct db_rows *r = db_query(req, SQL_MESSAGE, db_int(c->id), db_int(seq));
	if (!r)
		return -1;
	if (r->nrows != 1)
		return 0;
	long long reader = c->is_him ? c->other_id : c->participant_id;
	struct db_rows *lang = db_query(req, SQL_LANG, db_int(reader));
	if (!lang)
		return -1;
	const char *was = i18n_lang();
	const char *his = lang->nrows == 1 ? db_get(lang, 0, "lang") : NULL;
	if (!his || i18n_use(his) < 0)
		i18n_use_default();
	const char *html = render_message(req, c, r);
	i18n_use(was);
	if (html)
		live_publish(req, arena_printf(req->arena, "chat-%lld", c->id), "message", html);
	return 0;
}

int chats_fn(struct request *req)
{
	long long me = req->user.id;
	struct db_rows *r = db_query(req, SQL_LIST, db_int(me), db_int(me), db_int(CHATS_LISTED));
	if (!r)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Chat"), "goals/chats.tpl");
	for (size_t i = 0; i < r->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "chat");
		int him = db_get_int(r, i, "participant_id") == me;
		tmpl_set(row, "id", db_get(r, i, "id"));
		tmpl_set(row, "name", db_get(r, i, him ? "other" : "participant"));
		tmpl_set(row, "role", side_label(him, db_get(r, i, "other_role")));
		long long unread = db_get_int(r, i, "unread");
		if (unread > 0) {
			tmpl_show(row, "unread");
			tmpl_set_int(row, "unread_count", unread);
		}
		if (db_get_int(r, i, "live") != 1)
			tmpl_show(row, "ended");
		if (db_get(r, i, "excerpt")) {
			tmpl_show(row, "last");
			tmpl_set(row, "excerpt", db_get(r, i, "excerpt"));
			if (db_get_int(r, i, "cut"))
				tmpl_show(row, "cut");
			when_set(req, row, "last_at", db_get(r, i, "last_at"), WHEN_AGO);
		} else {
			tmpl_show(row, "empty");
		}
	}
	tmpl_show(d, r->nrows ? "some" : "none");
	goals_feedback_form(req, d);
	return page_end(req, 200);
}

/* The conversation's page: the messages before `before` (0: the newest),
 * the form while it is open (filled in again after a refusal). */
static int show_chat(struct request *req, const struct chat *c, long long before, int status)
{
	struct db_rows *r = db_query(req, SQL_MESSAGES, db_int(c->id),
	                             db_int(before ? before : CURSOR_NONE), db_int(CHAT_PAGE + 1));
	if (!r)
		return -1;
	const char *name = c->is_him ? c->other : c->participant;
	struct tmpl_dict *d =
	    page_begin(req, arena_printf(req->arena, _("Chat with %s"), name), "goals/chat.tpl");
	tmpl_set_int(d, "id", c->id);
	tmpl_set(d, "name", name);
	tmpl_set(d, "role", side_label(c->is_him, c->other_role));
	tmpl_set(d, "viewer_side", c->is_him ? "participant" : "other");
	size_t shown = r->nrows > CHAT_PAGE ? CHAT_PAGE : r->nrows;
	for (size_t k = shown; k-- > 0;)
		fill_message(req,
		             tmpl_include(tmpl_add(d, "message"), "item", "goals/chat_message.tpl"),
		             c, r, k);
	if (r->nrows > CHAT_PAGE) {
		tmpl_show(d, "older");
		tmpl_set(d, "older_before", db_get(r, shown - 1, "seq"));
	}
	if (before)
		tmpl_show(d, "newer"); /* the newest page follows the chat live */
	else if (c->live)
		tmpl_show(d, "follow");
	if (shown == 0)
		tmpl_show(d, before ? "no_older" : "none");
	if (c->live) {
		tmpl_show(d, "open");
		tmpl_set_int(d, "body_max", GOAL_COMMENT_MAX);
		if (req->form_in)
			form_fill(req->form_in, d);
	} else {
		tmpl_show(d, "ended");
	}
	goals_feedback_form(req, d);
	return page_end(req, status);
}

int chat_fn(struct request *req)
{
	struct chat c;
	int rc = chat_open(req, req->ids[0], &c);
	if (rc != 0)
		return rc;
	if (!c.is_him &&
	    auth_audit(req, "goals.open", c.participant_id,
	               strcmp(c.kind, "coach") == 0 ? "coach: chat" : "employer: chat") < 0)
		return -1;
	long long before = req_int(req, "before");
	/* Reading the newest messages marks the conversation read: the
	 * header on this very page counts it read too. */
	if (!before && c.last_read_seq < c.last_seq) {
		if (db_exec(req, SQL_MARK_READ, db_int(c.last_seq), db_int(c.id),
		            db_int(req->user.id), db_int(c.last_seq)) < 0)
			return -1;
		auth_unread(req);
		req->user.chat_unread -= c.last_seq - c.last_read_seq;
		if (req->user.chat_unread < 0)
			req->user.chat_unread = 0;
	}
	return show_chat(req, &c, before, 200);
}

/* ROUTE_TX. The message takes the next place under the conversation's
 * lock; a refusal stores nothing. */
int chat_send_fn(struct request *req)
{
	struct chat c;
	int rc = chat_open(req, req->ids[0], &c);
	if (rc != 0)
		return rc;
	if (!c.live)
		return page_error(req, 409,
		                  _("This conversation has ended. You can read it, but no longer "
		                    "write in it."));
	const char *body = req_text(req, "body");
	if (!req->form_in->failed && text_blank(body))
		form_error(req->form_in, "body", _("Write a message first."));
	if (req->form_in->failed)
		return show_chat(req, &c, 0, 400);
	struct db_rows *lock = db_query(req, SQL_LOCK, db_int(c.id));
	if (!lock)
		return -1;
	if (lock->nrows != 1)
		return not_found(req);
	long long seq = db_get_int(lock, 0, "last_seq") + 1;
	if (db_exec(req, SQL_ADD, db_int(c.id), db_int(seq), db_int(req->user.id), db_text(body)) <
	        0 ||
	    db_exec(req, SQL_SEQ, db_int(seq), db_int(c.id)) < 0 ||
	    db_exec(req, SQL_READ_OWN, db_int(seq), db_int(c.id), db_int(req->user.id)) < 0)
		return -1;
	if (publish(req, &c, seq) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/chat/%lld#m%lld", c.id, seq));
}

/* Whether this session may follow chat <id> live; nginx asks before
 * every EventSource connection and reads only the status. */
int chat_live_fn(struct request *req)
{
	if (!req->user.id)
		return page_error(req, 403, _("You need to log in to do that."));
	struct chat c;
	int rc = chat_open(req, req->ids[0], &c);
	if (rc != 0)
		return rc;
	req->res->status = 204;
	return 204;
}
