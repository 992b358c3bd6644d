/*
 * supporter.c - the close relative's side (goals.h, "relative"):
 *   GET  /supporter                    the participants he supports, and
 *        the form for a code
 *   POST /supporter/join               he types the code a participant gave him
 *   GET  /supporter/p/<id>             what that participant shares with a
 *        close relative, and the encouragement he sent
 *   POST /supporter/p/<id>/encourage   he sends encouragement
 *
 * Any logged-in account may be a relative: what makes him one is a row
 * of relatives with his id, joined and not ended, which goals_open()
 * reads on every page (VIEW_RELATIVE). Ended by the participant, he gets
 * a 404 on the next page. Every opening is audited ("relative: goals").
 *
 * A code (people.c) works once: joining clears its hash. A code that is
 * wrong, used, withdrawn or expired gets one and the same answer, so the
 * answer tells a guesser nothing about which. Guessing a 50-bit code at
 * random is hopeless anyway; nginx's rate limit on POSTs bounds it more
 * (see the report: /supporter/join has no limit_req zone of its own yet).
 */
#include <string.h>

#include "app.h"
#include "arena.h"
#include "auth.h"
#include "db.h"
#include "form.h"
#include "goals.h"
#include "i18n.h"
#include "page.h"
#include "people.h"
#include "response.h"
#include "tmpl.h"
#include "when.h"

/* Encouragement he sent shown on a participant's page. */
#define SUPPORTER_SENT_SHOWN 20
/* Participants listed on /supporter (one relative of many is rare). */
#define SUPPORTER_LIST_MAX 100

/* "Your code" as typed: room for dashes and spaces around the ten. */
const struct field supporter_join_fields[] = {
    TEXT_FIELD("code", N_("The code"), 1, 32, 0),
    FIELDS_END,
};

static const char SQL_SUPPORTED[] =
    "SELECT r.participant_id AS id, u.handle AS handle, r.joined_at AS joined_at "
    "FROM relatives r JOIN users u ON u.id = r.participant_id "
    "WHERE r.relative_id = ? AND r.ended_at IS NULL AND r.joined_at IS NOT NULL "
    "ORDER BY r.joined_at DESC, r.id DESC LIMIT ?";
static const char SQL_CODE[] =
    "SELECT id, participant_id, relative_id, code_expires_at > NOW() AS valid "
    "FROM relatives WHERE code_hash = ? AND ended_at IS NULL FOR UPDATE";
static const char SQL_ALREADY[] =
    "SELECT 1 FROM relatives WHERE participant_id = ? AND relative_id = ? "
    "AND joined_at IS NOT NULL AND ended_at IS NULL";
static const char SQL_JOIN[] =
    "UPDATE relatives SET relative_id = ?, joined_at = NOW(), code_hash = NULL WHERE id = ?";

static const char SQL_HANDLE[] = "SELECT handle FROM users WHERE id = ?";
static const char SQL_SENT[] =
    "SELECT body, created_at FROM goal_comments WHERE participant_id = ? AND author_id = ? "
    "AND kind = 'encouragement' ORDER BY id DESC LIMIT ?";
static const char SQL_ENCOURAGE[] =
    "INSERT INTO goal_comments (participant_id, item_id, author_id, kind, body) "
    "VALUES (?, NULL, ?, 'encouragement', ?)";

static int show_supporter(struct request *req, int status)
{
	struct db_rows *r =
	    db_query(req, SQL_SUPPORTED, db_int(req->user.id), db_int(SUPPORTER_LIST_MAX));
	if (!r)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("People you support"), "goals/supporter.tpl");
	tmpl_show(d, r->nrows ? "some" : "none");
	for (size_t i = 0; i < r->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "participant");
		page_row(row, r, i); /* id, handle */
		when_set(req, row, "since", db_get(r, i, "joined_at"), WHEN_DAY);
	}
	if (req->form_in)
		form_fill(req->form_in, d);
	goals_feedback_form(req, d);
	return page_end(req, status);
}

int supporter_fn(struct request *req)
{
	return show_supporter(req, 200);
}

/* ROUTE_TX. A refused code writes nothing (core rolls back a 400). */
int supporter_join_fn(struct request *req)
{
	if (req->form_in->failed)
		return show_supporter(req, 400);
	char code[RELATIVE_CODE_LEN + 1];
	char hash[65];
	const char *no = _("That code does not work. Ask for a new one.");
	if (people_code_normalise(req_text(req, "code"), code) < 0) {
		form_error(req->form_in, "code", no);
		return show_supporter(req, 400);
	}
	auth_token_hash(code, hash);
	struct db_rows *r = db_query(req, SQL_CODE, db_text(hash));
	if (!r)
		return -1;
	if (r->nrows != 1 || !db_get_int(r, 0, "valid") || db_get(r, 0, "relative_id")) {
		form_error(req->form_in, "code", no);
		return show_supporter(req, 400);
	}
	long long participant = db_get_int(r, 0, "participant_id");
	if (participant == req->user.id) {
		form_error(req->form_in, "code",
		           _("This is your own code. Give it to your close relative."));
		return show_supporter(req, 400);
	}
	struct db_rows *a = db_query(req, SQL_ALREADY, db_int(participant), db_int(req->user.id));
	if (!a)
		return -1;
	if (a->nrows) {
		form_error(req->form_in, "code",
		           _("You already follow this person. The code is still unused."));
		return show_supporter(req, 400);
	}
	if (db_exec(req, SQL_JOIN, db_int(req->user.id), db_int(db_get_int(r, 0, "id"))) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/supporter/p/%lld", participant));
}

static int show_participant(struct request *req, long long participant, int status)
{
	struct db_rows *h = db_query(req, SQL_HANDLE, db_int(participant));
	if (!h)
		return -1;
	const char *handle = h->nrows ? db_get(h, 0, "handle") : "";
	struct tmpl_dict *d = page_begin(req, handle, "goals/supporter_participant.tpl");
	tmpl_set(d, "handle", handle);
	tmpl_set_int(d, "id", participant);
	tmpl_set_int(d, "body_max", GOAL_COMMENT_MAX);
	int goals = goals_tree(req, d, participant, VIEW_RELATIVE, NULL);
	if (goals < 0)
		return -1;
	if (goals == 0)
		tmpl_show(d, "no_goals");
	struct db_rows *s = db_query(req, SQL_SENT, db_int(participant), db_int(req->user.id),
	                             db_int(SUPPORTER_SENT_SHOWN));
	if (!s)
		return -1;
	if (s->nrows)
		tmpl_show(d, "sent");
	for (size_t i = 0; i < s->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "encouragement");
		tmpl_set(row, "body", db_get(s, i, "body"));
		when_set(req, row, "at", db_get(s, i, "created_at"), WHEN_AGO);
	}
	if (req->form_in)
		form_fill(req->form_in, d);
	goals_feedback_form(req, d);
	return page_end(req, status);
}

int supporter_participant_fn(struct request *req)
{
	int rc = goals_open(req, req->ids[0], VIEW_RELATIVE, "goals", 1);
	if (rc != 0)
		return rc;
	return show_participant(req, req->ids[0], 200);
}

/* ROUTE_TX. Encouragement is on no goal in particular (item_id NULL);
 * the participant is told in the header and reads it on /goals/people. */
int supporter_encourage_fn(struct request *req)
{
	long long participant = req->ids[0];
	int rc = goals_open(req, participant, VIEW_RELATIVE, "encouragement", 0);
	if (rc != 0)
		return rc;
	if (req->form_in->failed)
		return show_participant(req, participant, 400);
	if (db_exec(req, SQL_ENCOURAGE, db_int(participant), db_int(req->user.id),
	            db_text(req_text(req, "body"))) < 0 ||
	    goals_notify(req, participant, "goal_encouragement", 0) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/supporter/p/%lld#sent", participant));
}
