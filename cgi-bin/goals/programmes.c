/*
 * programmes.c - an admin's programmes, their coaches and who coaches
 * whom (goals.h; routes for the admin role only):
 *   GET  /coach/programmes               the programmes, and a form for a new one
 *   POST /coach/programmes               make one (name unique: 409 on a duplicate)
 *   GET  /coach/programmes/<id>          its coaches and participants
 *   POST /coach/programmes/<id>/coach    a coach (by pseudonym) joins it
 *   POST /coach/programmes/<id>/assign   a participant gets a coach of it
 *
 * A coach belongs to one programme (coaches.user_id is its key): adding a
 * coach of another programme moves him here, and the page says so. His
 * participants move with him (they keep their coach; participants'
 * programme is their coach's).
 *
 * A participant changes coach without losing anything: his goals stay
 * his (they belong to him, not to the coach); the open coach_history row
 * is ended and a new one opened, so who coached him when is kept; the new
 * coach reads him at once and the old one meets a 404 at once (access.c
 * asks participants.coach_id). The new pair gets its chat (chat_ensure);
 * the old coach leaves the old chat (chats_leave: the participant keeps
 * reading it; the old coach's header stops counting it and whoever
 * follows it live is asked again), and chat.c lets only his coach of
 * now into a coach chat anyway.
 *
 * Every change is written to the audit log (goals.programme, goals.coach,
 * goals.assign). The admin reads no participant's goals here.
 */
#include <string.h>

#include "app.h"
#include "auth.h"
#include "chats.h"
#include "db.h"
#include "form.h"
#include "goals.h"
#include "i18n.h"
#include "limits.h"
#include "page.h"
#include "response.h"
#include "text.h"
#include "tmpl.h"
#include "when.h"

#define PROGRAMME_NAME_MAX        80  /* programmes.name */
#define PROGRAMME_DESCRIPTION_MAX 500 /* programmes.description */
#define PROGRAMMES_SHOWN          200 /* programmes on the list (a handful in practice) */
#define PROGRAMME_PEOPLE_SHOWN    500 /* participants on a programme's page */

static const char SQL_PROGRAMMES[] =
    "SELECT p.id AS id, p.name AS name, p.description AS description, "
    "(SELECT COUNT(*) FROM coaches c WHERE c.programme_id = p.id) AS coaches, "
    "(SELECT COUNT(*) FROM participants q WHERE q.programme_id = p.id) AS participants "
    "FROM programmes p ORDER BY p.name LIMIT ?";
static const char SQL_NAME_TAKEN[] = "SELECT id FROM programmes WHERE name = ?";
static const char SQL_CREATE[] = "INSERT INTO programmes (name, description) VALUES (?, ?)";

static const char SQL_PROGRAMME[] = "SELECT id, name, description FROM programmes WHERE id = ?";
static const char SQL_PROGRAMME_NAME[] = "SELECT name FROM programmes WHERE id = ?";
static const char SQL_COACHES[] =
    "SELECT u.id AS id, u.handle AS handle, u.role = 'coach' AS is_coach, "
    "(SELECT COUNT(*) FROM participants q WHERE q.coach_id = u.id) AS caseload "
    "FROM coaches c JOIN users u ON u.id = c.user_id WHERE c.programme_id = ? "
    "ORDER BY u.handle";
/* Each participant with his coach of now and those before (coach_history). */
static const char SQL_PARTICIPANTS[] =
    "SELECT u.handle AS handle, c.handle AS coach, "
    "(SELECT MAX(h.started_at) FROM coach_history h "
    "  WHERE h.participant_id = q.user_id AND h.ended_at IS NULL) AS since, "
    "(SELECT GROUP_CONCAT(DISTINCT o.handle ORDER BY o.handle SEPARATOR ', ') "
    "  FROM coach_history h JOIN users o ON o.id = h.coach_id "
    "  WHERE h.participant_id = q.user_id AND h.ended_at IS NOT NULL "
    "  AND h.coach_id <> COALESCE(q.coach_id, 0)) AS earlier "
    "FROM participants q JOIN users u ON u.id = q.user_id "
    "LEFT JOIN users c ON c.id = q.coach_id "
    "WHERE q.programme_id = ? ORDER BY u.handle LIMIT ?";

static const char SQL_USER_BY_HANDLE[] = "SELECT id, role FROM users WHERE handle = ?";
static const char SQL_COACH_OF[] = "SELECT programme_id FROM coaches WHERE user_id = ? FOR UPDATE";
static const char SQL_ADD_COACH[] = "INSERT INTO coaches (user_id, programme_id) VALUES (?, ?) "
                                    "ON DUPLICATE KEY UPDATE programme_id = VALUES(programme_id)";
static const char SQL_MOVE_CASELOAD[] =
    "UPDATE participants SET programme_id = ? WHERE coach_id = ?";

static const char SQL_COACH_HERE[] =
    "SELECT u.id AS id FROM users u JOIN coaches c ON c.user_id = u.id "
    "WHERE u.handle = ? AND c.programme_id = ? AND u.role = 'coach'";
static const char SQL_MAKE_PARTICIPANT[] = "INSERT IGNORE INTO participants (user_id) VALUES (?)";
static const char SQL_PARTICIPANT_LOCK[] =
    "SELECT programme_id, coach_id FROM participants WHERE user_id = ? FOR UPDATE";
static const char SQL_ASSIGN[] =
    "UPDATE participants SET programme_id = ?, coach_id = ?, coach_seen_at = NULL "
    "WHERE user_id = ?";
static const char SQL_HISTORY_END[] =
    "UPDATE coach_history SET ended_at = NOW() WHERE participant_id = ? AND ended_at IS NULL";
static const char SQL_HISTORY_START[] =
    "INSERT INTO coach_history (participant_id, coach_id) VALUES (?, ?)";

const struct field programme_fields[] = {
    TEXT_FIELD("name", N_("Name"), 1, PROGRAMME_NAME_MAX, 0),
    TEXT_FIELD("description", N_("Description"), 0, PROGRAMME_DESCRIPTION_MAX, FIELD_MULTILINE),
    FIELDS_END,
};

const struct field programme_coach_fields[] = {
    TEXT_FIELD("handle", N_("Coach"), 1, LIMIT_HANDLE_MAX, 0),
    FIELDS_END,
};

const struct field programme_assign_fields[] = {
    TEXT_FIELD("participant", N_("Participant"), 1, LIMIT_HANDLE_MAX, 0),
    TEXT_FIELD("coach", N_("Coach"), 1, LIMIT_HANDLE_MAX, 0),
    FIELDS_END,
};

/* GET /coach/programmes/<id>?added=1 | moved=<programme> | assigned=1 |
 * same=1: what the last change did. */
const struct field programme_query[] = {
    CHECK_FIELD("added", N_("Added")),
    ID_FIELD("moved", N_("Moved from"), 0),
    CHECK_FIELD("assigned", N_("Assigned")),
    CHECK_FIELD("same", N_("Unchanged")),
    FIELDS_END,
};

/* ---- the list ---- */

static int show_programmes(struct request *req, int status)
{
	struct db_rows *r = db_query(req, SQL_PROGRAMMES, db_int(PROGRAMMES_SHOWN));
	if (!r)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Programmes"), "goals/programmes.tpl");
	for (size_t i = 0; i < r->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "programme");
		page_row(row, r, i); /* id, name, description, coaches, participants */
		if (*db_get(r, i, "description"))
			tmpl_show(row, "has_description");
	}
	tmpl_show(d, r->nrows ? "some" : "none");
	tmpl_set_int(d, "name_max", PROGRAMME_NAME_MAX);
	tmpl_set_int(d, "description_max", PROGRAMME_DESCRIPTION_MAX);
	if (req->form_in && req->form_in->fields == programme_fields)
		form_fill(req->form_in, d);
	goals_feedback_form(req, d);
	return page_end(req, status);
}

int programmes_fn(struct request *req)
{
	return show_programmes(req, 200);
}

/* ROUTE_TX. */
int programme_create_fn(struct request *req)
{
	struct form *f = req->form_in;
	const char *name = req_text(req, "name");
	if (!form_failed(f, "name") && text_blank(name))
		form_error(f, "name", _("Write a name."));
	if (f->failed)
		return show_programmes(req, 400);
	struct db_rows *t = db_query(req, SQL_NAME_TAKEN, db_text(name));
	if (!t)
		return -1;
	if (t->nrows) {
		form_error(f, "name", _("There is already a programme with that name."));
		return show_programmes(req, 409);
	}
	if (db_exec(req, SQL_CREATE, db_text(name), db_text(req_text(req, "description"))) < 0)
		return -1;
	long long id = db_last_id();
	if (auth_audit(req, "goals.programme", 0, arena_printf(req->arena, "created %lld", id)) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/coach/programmes/%lld", id));
}

/* ---- one programme ---- */

static int show_programme(struct request *req, long long id, int status)
{
	struct db_rows *p = db_query(req, SQL_PROGRAMME, db_int(id));
	if (!p)
		return -1;
	if (p->nrows != 1)
		return page_error(req, 404, _("There is no such programme."));
	struct db_rows *c = db_query(req, SQL_COACHES, db_int(id));
	struct db_rows *q =
	    c ? db_query(req, SQL_PARTICIPANTS, db_int(id), db_int(PROGRAMME_PEOPLE_SHOWN + 1))
	      : NULL;
	if (!q)
		return -1;
	const char *moved_from = NULL;
	long long moved = status == 200 ? req_int(req, "moved") : 0;
	if (moved) {
		struct db_rows *m = db_query(req, SQL_PROGRAMME_NAME, db_int(moved));
		if (!m)
			return -1;
		if (m->nrows == 1)
			moved_from = db_get(m, 0, "name");
	}

	struct tmpl_dict *d = page_begin(req, db_get(p, 0, "name"), "goals/programme.tpl");
	page_row(d, p, 0); /* id, name, description */
	if (*db_get(p, 0, "description"))
		tmpl_show(d, "has_description");
	if (status == 200) {
		if (moved_from) {
			tmpl_show(d, "moved");
			tmpl_set(d, "moved_from", moved_from);
		} else if (req_int(req, "added")) {
			tmpl_show(d, "added");
		}
		if (req_int(req, "assigned"))
			tmpl_show(d, "assigned");
		if (req_int(req, "same"))
			tmpl_show(d, "same");
	}
	const char *chosen = req->form_in && req->form_in->fields == programme_assign_fields
	                         ? req_text(req, "coach")
	                         : "";
	for (size_t i = 0; i < c->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "coach_row");
		tmpl_set(row, "coach_handle", db_get(c, i, "handle"));
		long long n = db_get_int(c, i, "caseload");
		tmpl_set(row, "caseload_text",
		         arena_printf(
		             req->arena,
		             ngettext("%lld participant", "%lld participants", (unsigned long)n),
		             n));
		if (!db_get_int(c, i, "is_coach")) {
			tmpl_show(row, "not_coach"); /* his role was changed since */
			continue;
		}
		struct tmpl_dict *o = tmpl_add(d, "coach_option");
		tmpl_set(o, "value", db_get(c, i, "handle"));
		if (strcmp(chosen, db_get(c, i, "handle")) == 0)
			tmpl_show(o, "selected");
	}
	tmpl_show(d, c->nrows ? "some_coaches" : "no_coaches");
	size_t shown = q->nrows > PROGRAMME_PEOPLE_SHOWN ? PROGRAMME_PEOPLE_SHOWN : q->nrows;
	for (size_t i = 0; i < shown; i++) {
		struct tmpl_dict *row = tmpl_add(d, "participant_row");
		tmpl_set(row, "participant_handle", db_get(q, i, "handle"));
		const char *coach = db_get(q, i, "coach");
		if (coach) {
			tmpl_show(row, "has_coach");
			tmpl_set(row, "coach_handle", coach);
			const char *since = db_get(q, i, "since");
			if (since) {
				tmpl_show(row, "since");
				when_set(req, row, "since", since, WHEN_DAY);
			}
		} else {
			tmpl_show(row, "no_coach");
		}
		const char *earlier = db_get(q, i, "earlier");
		if (earlier) {
			tmpl_show(row, "earlier");
			tmpl_set(row, "earlier_handles", earlier);
		}
	}
	if (q->nrows > PROGRAMME_PEOPLE_SHOWN)
		tmpl_show(d, "participants_cut");
	tmpl_set_int(d, "participants_shown", (long long)shown);
	tmpl_show(d, shown ? "some_participants" : "no_participants");
	if (req->form_in && (req->form_in->fields == programme_coach_fields ||
	                     req->form_in->fields == programme_assign_fields))
		form_fill(req->form_in, d);
	goals_feedback_form(req, d);
	return page_end(req, status);
}

int programme_fn(struct request *req)
{
	return show_programme(req, req->ids[0], 200);
}

/* The programme of the URL, or 404 answered: 0 / status / -1. */
static int programme_exists(struct request *req, long long id)
{
	struct db_rows *p = db_query(req, SQL_PROGRAMME, db_int(id));
	if (!p)
		return -1;
	if (p->nrows != 1)
		return page_error(req, 404, _("There is no such programme."));
	return 0;
}

/* ROUTE_TX. A coach of another programme moves here, with his participants. */
int programme_coach_fn(struct request *req)
{
	long long id = req->ids[0];
	int rc = programme_exists(req, id);
	if (rc != 0)
		return rc;
	struct form *f = req->form_in;
	long long coach = 0;
	if (!f->failed) {
		struct db_rows *u =
		    db_query(req, SQL_USER_BY_HANDLE, db_text(req_text(req, "handle")));
		if (!u)
			return -1;
		if (u->nrows != 1)
			form_error(f, "handle", _("There is no account with that name."));
		else if (strcmp(db_get(u, 0, "role"), "coach") != 0)
			form_error(
			    f, "handle",
			    _("That account is not a coach. Give it the coach role first, under "
			      "Users."));
		else
			coach = db_get_int(u, 0, "id");
	}
	if (f->failed)
		return show_programme(req, id, 400);
	struct db_rows *was = db_query(req, SQL_COACH_OF, db_int(coach));
	if (!was)
		return -1;
	long long from = was->nrows ? db_get_int(was, 0, "programme_id") : 0;
	if (from == id)
		return res_redirect(req,
		                    arena_printf(req->arena, "/coach/programmes/%lld?same=1", id));
	if (db_exec(req, SQL_ADD_COACH, db_int(coach), db_int(id)) < 0 ||
	    db_exec(req, SQL_MOVE_CASELOAD, db_int(id), db_int(coach)) < 0)
		return -1;
	if (auth_audit(req, "goals.coach", coach,
	               from ? arena_printf(req->arena, "programme %lld (moved from %lld)", id, from)
	                    : arena_printf(req->arena, "programme %lld", id)) < 0)
		return -1;
	return res_redirect(
	    req, from ? arena_printf(req->arena, "/coach/programmes/%lld?moved=%lld", id, from)
	              : arena_printf(req->arena, "/coach/programmes/%lld?added=1", id));
}

/* ROUTE_TX. He gets a coach of this programme; his history is kept. */
int programme_assign_fn(struct request *req)
{
	long long id = req->ids[0];
	int rc = programme_exists(req, id);
	if (rc != 0)
		return rc;
	struct form *f = req->form_in;
	long long pid = 0, coach = 0;
	if (!form_failed(f, "participant")) {
		struct db_rows *u =
		    db_query(req, SQL_USER_BY_HANDLE, db_text(req_text(req, "participant")));
		if (!u)
			return -1;
		if (u->nrows != 1)
			form_error(f, "participant", _("There is no account with that name."));
		else
			pid = db_get_int(u, 0, "id");
	}
	if (!form_failed(f, "coach")) {
		struct db_rows *c =
		    db_query(req, SQL_COACH_HERE, db_text(req_text(req, "coach")), db_int(id));
		if (!c)
			return -1;
		if (c->nrows != 1)
			form_error(f, "coach", _("Choose a coach of this programme."));
		else
			coach = db_get_int(c, 0, "id");
	}
	if (pid && pid == coach)
		form_error(f, "participant", _("A coach cannot be his own coach."));
	if (f->failed)
		return show_programme(req, id, 400);

	if (db_exec(req, SQL_MAKE_PARTICIPANT, db_int(pid)) < 0)
		return -1;
	struct db_rows *was = db_query(req, SQL_PARTICIPANT_LOCK, db_int(pid));
	if (!was)
		return -1;
	long long old_coach = db_get_int(was, 0, "coach_id");
	long long old_programme = db_get_int(was, 0, "programme_id");
	if (old_coach == coach && old_programme == id)
		return res_redirect(req,
		                    arena_printf(req->arena, "/coach/programmes/%lld?same=1", id));
	if (db_exec(req, SQL_ASSIGN, db_int(id), db_int(coach), db_int(pid)) < 0)
		return -1;
	if (old_coach != coach && (db_exec(req, SQL_HISTORY_END, db_int(pid)) < 0 ||
	                           db_exec(req, SQL_HISTORY_START, db_int(pid), db_int(coach)) < 0))
		return -1;
	/* The new pair's chat; the old coach leaves his (the participant
	 * keeps it, and his header stops counting it). */
	if (old_coach && old_coach != coach && chats_leave(req, pid, old_coach, "coach") < 0)
		return -1;
	if (chat_ensure(req, pid, coach, "coach") < 0)
		return -1;
	if (auth_audit(req, "goals.assign", pid,
	               arena_printf(req->arena, "programme %lld, coach %lld (was %lld)", id, coach,
	                            old_coach)) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/coach/programmes/%lld?assigned=1", id));
}
