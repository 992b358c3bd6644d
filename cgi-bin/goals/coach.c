/*
 * coach.c - the coach's side of the goals companion (goals.h):
 *   GET  /coach                         his caseload
 *   GET  /coach/p/<id>                  one participant: goals, what waits for
 *                                       him, indicators, employer links, chat
 *   GET  /coach/p/<id>/propose[?parent=<item>]  the form to propose a goal
 *   POST /coach/p/<id>/propose[?parent=<item>]  (or a sub-goal, an activity)
 *   GET  /coach/item/<id>               one item, its feedback, what he may do
 *   GET  /coach/item/<id>/edit          the form to change an item proposed
 *   POST /coach/item/<id>/edit          or agreed with him
 *   POST /coach/item/<id>/feedback      feedback on a completed sub-goal
 *   POST /coach/p/<id>/employer         propose linking an employer
 *   POST /coach/p/<id>/employer/<id>/end  end an employer link
 *
 * The coach reads only the participants whose coach he is now
 * (participants.coach_id): every participant or item in a URL goes through
 * goals_open() / goals_item() with VIEW_COACH, so another coach, or this
 * one about anybody else, meets the same 404 as an id never used. The
 * GET pages are audited ("goals.open"); the POSTs' re-reads are not.
 *
 * What he may change: only what is agreed or proposed with him. A
 * participant's personal goal shared with him is his to read, not to
 * change: its edit form answers 409 and says so (it is on his page, so a
 * 404 would be a lie). A coach's change to an agreed item sends it back to
 * 'proposed' (agreed items change only together): the participant accepts
 * it again. A done or dropped item is not changed (409): propose a new one.
 *
 * An employer link he proposes counts only once the participant consents
 * himself (/goals/people): the row is made with consent_at NULL, and the
 * participant is told ('employer_link').
 */
#include <string.h>

#include "app.h"
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

/* A caseload longer than this is shown cut (a coach has some 40). */
#define CASELOAD_MAX 300
/* Characters of an employer link's placement (employer_links.placement). */
#define EMPLOYER_PLACEMENT_MAX 120
/* Employer links shown on a participant's page, newest first. */
#define EMPLOYER_LINKS_SHOWN 20
/* Feedback and change requests shown on an item's page, oldest first. */
#define ITEM_COMMENTS_SHOWN 50

/*
 * The caseload in one statement: each participant whose coach he is,
 * with what waits for him among what he may see (GOALS_SEEN_BY_COACH):
 * completed sub-goals without feedback since they were done, items done
 * since he last looked, change requests, proposals not yet accepted, the
 * last time anything was done, and the unread messages of their chat.
 * The counts come from one grouped pass over the goal items of his
 * participants (goal_items_participant), not a query per participant.
 * "Quiet since": the last thing done, else when he became his coach,
 * else when the participant joined. place: 0 feedback waiting, 1 quiet
 * for QUIET_DAYS, 2 the rest; the quietest first within a place.
 */
static const char SQL_CASELOAD[] =
    "SELECT x.*, CASE WHEN x.waiting > 0 THEN 0 "
    "  WHEN x.quiet_since < NOW() - INTERVAL ? DAY THEN 1 ELSE 2 END AS place, "
    "  TIMESTAMPDIFF(DAY, x.quiet_since, NOW()) AS quiet_days "
    "FROM (SELECT u.id AS id, u.handle AS handle, p.coach_seen_at AS seen_at, "
    "  COALESCE(s.waiting, 0) AS waiting, COALESCE(s.new_done, 0) AS new_done, "
    "  COALESCE(s.changes, 0) AS changes, COALESCE(s.proposed, 0) AS proposed, "
    "  s.last_done AS last_done, "
    "  COALESCE(s.last_done, (SELECT MAX(h.started_at) FROM coach_history h "
    "    WHERE h.participant_id = p.user_id AND h.ended_at IS NULL), p.created_at) "
    "    AS quiet_since, "
    "  c.id AS chat_id, "
    "  GREATEST(CAST(c.last_seq AS SIGNED) - CAST(COALESCE(m.last_read_seq, 0) AS SIGNED), 0) "
    "    AS unread "
    "  FROM participants p JOIN users u ON u.id = p.user_id "
    "  LEFT JOIN (SELECT g.participant_id AS participant_id, "
    "    SUM(g.level = 2 AND g.status = 'done' AND NOT EXISTS (SELECT 1 FROM goal_comments f "
    "      WHERE f.item_id = g.id AND f.kind = 'feedback' AND f.created_at >= g.done_at)) "
    "      AS waiting, "
    "    SUM(g.status = 'done' AND (q.coach_seen_at IS NULL OR g.done_at > q.coach_seen_at)) "
    "      AS new_done, "
    "    SUM(g.change_request IS NOT NULL) AS changes, "
    "    SUM(g.status = 'proposed') AS proposed, "
    "    MAX(IF(g.status = 'done', g.done_at, NULL)) AS last_done "
    "    FROM participants q JOIN goal_items g ON g.participant_id = q.user_id "
    "    JOIN goal_items top ON top.id = g.goal_id "
    "    WHERE q.coach_id = ? AND " GOALS_SEEN_BY_COACH(
        "top") " "
               "    GROUP BY g.participant_id) s ON s.participant_id = p.user_id "
               "  LEFT JOIN chats c ON c.participant_id = p.user_id AND c.other_id = ? AND c.kind "
               "= 'coach' "
               "  LEFT JOIN chat_members m ON m.chat_id = c.id AND m.user_id = ? "
               "  WHERE p.coach_id = ?) x "
               "ORDER BY place, x.quiet_since, x.handle LIMIT ?";

static const char SQL_PARTICIPANT[] =
    "SELECT u.handle AS handle, p.coach_seen_at AS seen_at "
    "FROM participants p JOIN users u ON u.id = p.user_id WHERE p.user_id = ?";
static const char SQL_SEEN[] =
    "UPDATE participants SET coach_seen_at = NOW() WHERE user_id = ? AND coach_id = ?";

/* What waits on his page: completed sub-goals without feedback since,
 * change requests, proposals not yet accepted (what he may see). */
static const char SQL_WAITING[] =
    "SELECT g.id AS id, g.level AS level, g.title AS title, g.status AS status, "
    "g.change_request AS change_request, g.done_at AS done_at, "
    "(g.level = 2 AND g.status = 'done' AND NOT EXISTS (SELECT 1 FROM goal_comments f "
    "  WHERE f.item_id = g.id AND f.kind = 'feedback' AND f.created_at >= g.done_at)) "
    "  AS waiting "
    "FROM goal_items g JOIN goal_items top ON top.id = g.goal_id "
    "WHERE g.participant_id = ? AND " GOALS_SEEN_BY_COACH(
        "top") " "
               "AND (g.status IN ('proposed', 'done') OR g.change_request IS NOT NULL) "
               "ORDER BY g.done_at, g.id";

static const char SQL_LINKS[] =
    "SELECT l.id AS id, u.handle AS employer, l.placement AS placement, "
    "l.proposed_at AS proposed_at, l.consent_at AS consent_at, l.ended_at AS ended_at "
    "FROM employer_links l JOIN users u ON u.id = l.employer_id "
    "WHERE l.participant_id = ? ORDER BY l.id DESC LIMIT ?";
static const char SQL_CHAT[] =
    "SELECT id FROM chats WHERE participant_id = ? AND other_id = ? AND kind = 'coach'";

static const char SQL_ITEM_COMMENTS[] =
    "SELECT c.kind AS kind, c.body AS body, c.created_at AS created_at, u.handle AS author "
    "FROM goal_comments c LEFT JOIN users u ON u.id = c.author_id "
    "WHERE c.item_id = ? AND c.kind IN ('feedback', 'change') ORDER BY c.id LIMIT ?";

/* The participant's row is the lock of his items: a count and an insert
 * under it cannot pass GOAL_ITEMS_MAX together. */
static const char SQL_LOCK_PARTICIPANT[] =
    "SELECT user_id FROM participants WHERE user_id = ? FOR UPDATE";
static const char SQL_COUNT_ITEMS[] =
    "SELECT COUNT(*) AS n FROM goal_items WHERE participant_id = ?";
static const char SQL_PROPOSE[] =
    "INSERT INTO goal_items (participant_id, goal_id, parent_id, level, title, description, "
    "due_date, due_time, remind_minutes, status, agreed, personal, created_by) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'proposed', 0, 0, ?)";
static const char SQL_GOAL_IS_ITSELF[] = "UPDATE goal_items SET goal_id = id WHERE id = ?";
static const char SQL_EDIT[] =
    "UPDATE goal_items SET title = ?, description = ?, due_date = ?, due_time = ?, "
    "remind_minutes = ?, status = 'proposed', change_request = NULL, updated_at = NOW() "
    "WHERE id = ?";
static const char SQL_FEEDBACK[] =
    "INSERT INTO goal_comments (participant_id, item_id, author_id, kind, body) "
    "VALUES (?, ?, ?, 'feedback', ?)";

static const char SQL_EMPLOYER_BY_HANDLE[] = "SELECT id, role FROM users WHERE handle = ?";
static const char SQL_OPEN_LINK[] =
    "SELECT id FROM employer_links WHERE participant_id = ? AND employer_id = ? "
    "AND ended_at IS NULL";
static const char SQL_LINK[] =
    "INSERT INTO employer_links (participant_id, employer_id, placement, proposed_by) "
    "VALUES (?, ?, ?, ?)";
static const char SQL_LINK_OF[] =
    "SELECT employer_id, ended_at IS NOT NULL AS ended FROM employer_links "
    "WHERE id = ? AND participant_id = ? FOR UPDATE";
static const char SQL_LINK_END[] = "UPDATE employer_links SET ended_at = NOW() WHERE id = ?";

/* GET/POST /coach/p/<id>/propose?parent=<item>: under which item (none:
 * a goal). */
const struct field coach_propose_query[] = {
    ID_FIELD("parent", N_("Under"), 0),
    FIELDS_END,
};

const struct field coach_feedback_fields[] = {
    TEXT_FIELD("body", N_("Feedback"), 1, GOAL_COMMENT_MAX, FIELD_MULTILINE),
    FIELDS_END,
};

const struct field coach_employer_fields[] = {
    TEXT_FIELD("employer", N_("Employer"), 1, LIMIT_HANDLE_MAX, 0),
    TEXT_FIELD("placement", N_("Placement"), 0, EMPLOYER_PLACEMENT_MAX, 0),
    CHECK_FIELD("consent", N_("Consent")),
    FIELDS_END,
};

static const char *participant_href(struct request *req, long long id)
{
	return arena_printf(req->arena, "/coach/p/%lld", id);
}

/* ---- the caseload ---- */

int caseload_fn(struct request *req)
{
	long long me = req->user.id;
	struct db_rows *r = db_query(req, SQL_CASELOAD, db_int(QUIET_DAYS), db_int(me), db_int(me),
	                             db_int(me), db_int(me), db_int(CASELOAD_MAX + 1));
	if (!r)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Your participants"), "goals/caseload.tpl");
	size_t shown = r->nrows > CASELOAD_MAX ? CASELOAD_MAX : r->nrows;
	if (r->nrows > CASELOAD_MAX)
		tmpl_show(d, "cut");
	tmpl_set_int(d, "shown", (long long)shown);
	tmpl_set_int(d, "quiet_days_limit", QUIET_DAYS);
	for (size_t i = 0; i < shown; i++) {
		struct tmpl_dict *row = tmpl_add(d, "participant");
		tmpl_set(row, "id", db_get(r, i, "id"));
		tmpl_set(row, "handle", db_get(r, i, "handle"));
		long long place = db_get_int(r, i, "place");
		long long waiting = db_get_int(r, i, "waiting");
		long long new_done = db_get_int(r, i, "new_done");
		long long changes = db_get_int(r, i, "changes");
		long long proposed = db_get_int(r, i, "proposed");
		long long unread = db_get_int(r, i, "unread");
		long long quiet = db_get_int(r, i, "quiet_days");
		tmpl_set(row, "place", place == 0 ? "waiting" : place == 1 ? "quiet" : "rest");
		if (waiting) {
			tmpl_show(row, "has_waiting");
			tmpl_set(
			    row, "waiting_text",
			    arena_printf(req->arena,
			                 ngettext("%lld sub-goal done, waiting for your feedback",
			                          "%lld sub-goals done, waiting for your feedback",
			                          (unsigned long)waiting),
			                 waiting));
		}
		if (place == 1) {
			tmpl_show(row, "is_quiet");
			tmpl_set(row, "quiet_text",
			         arena_printf(req->arena,
			                      ngettext("Nothing done for %lld day",
			                               "Nothing done for %lld days",
			                               (unsigned long)quiet),
			                      quiet));
		}
		const char *seen = db_get(r, i, "seen_at");
		if (seen) {
			tmpl_show(row, "seen");
			when_set(req, row, "seen", seen, WHEN_AGO);
		} else {
			tmpl_show(row, "never_seen");
		}
		if (new_done)
			tmpl_set(tmpl_add(row, "news_item"), "text",
			         arena_printf(req->arena,
			                      ngettext("%lld step done since you looked",
			                               "%lld steps done since you looked",
			                               (unsigned long)new_done),
			                      new_done));
		if (changes)
			tmpl_set(
			    tmpl_add(row, "news_item"), "text",
			    arena_printf(req->arena,
			                 ngettext("%lld change asked for", "%lld changes asked for",
			                          (unsigned long)changes),
			                 changes));
		if (proposed)
			tmpl_set(tmpl_add(row, "news_item"), "text",
			         arena_printf(req->arena,
			                      ngettext("%lld proposal not accepted yet",
			                               "%lld proposals not accepted yet",
			                               (unsigned long)proposed),
			                      proposed));
		if (new_done || changes || proposed)
			tmpl_show(row, "news");
		if (unread && db_get(r, i, "chat_id")) {
			tmpl_show(row, "unread");
			tmpl_set(row, "chat_id", db_get(r, i, "chat_id"));
			tmpl_set(
			    row, "unread_text",
			    arena_printf(req->arena,
			                 ngettext("%lld unread message", "%lld unread messages",
			                          (unsigned long)unread),
			                 unread));
		}
	}
	tmpl_show(d, shown ? "some" : "none");
	goals_feedback_form(req, d);
	return page_end(req, 200);
}

/* ---- one participant ---- */

/* The participant's page; status 200, or 400/409 with the employer form
 * filled in again (req->form_in of POST /coach/p/<id>/employer). */
static int show_participant(struct request *req, long long pid, int status, int employer_form)
{
	struct db_rows *p = db_query(req, SQL_PARTICIPANT, db_int(pid));
	if (!p)
		return -1;
	if (p->nrows != 1)
		return page_error(req, 404, _("There is nothing here for you."));
	const char *handle = db_get(p, 0, "handle");
	const char *seen = db_get(p, 0, "seen_at");
	struct db_rows *w = db_query(req, SQL_WAITING, db_int(pid));
	struct db_rows *l =
	    w ? db_query(req, SQL_LINKS, db_int(pid), db_int(EMPLOYER_LINKS_SHOWN)) : NULL;
	struct db_rows *c = l ? db_query(req, SQL_CHAT, db_int(pid), db_int(req->user.id)) : NULL;
	if (!c)
		return -1;
	/* He has looked now: the caseload's "since you looked" starts again. */
	if (status == 200 && db_exec(req, SQL_SEEN, db_int(pid), db_int(req->user.id)) < 0)
		return -1;

	struct tmpl_dict *d = page_begin(req, handle, "goals/coach_participant.tpl");
	tmpl_set_int(d, "pid", pid);
	tmpl_set(d, "handle", handle);
	if (seen) {
		tmpl_show(d, "seen");
		when_set(req, d, "seen", seen, WHEN_AGO);
	}
	if (c->nrows == 1) {
		tmpl_show(d, "chat");
		tmpl_set(d, "chat_id", db_get(c, 0, "id"));
	}
	if (goals_tree(req, d, pid, VIEW_COACH, "/coach/item/") < 0)
		return -1;

	size_t nwaiting = 0, nchanges = 0, nproposed = 0;
	for (size_t i = 0; i < w->nrows; i++) {
		const char *st = db_get(w, i, "status");
		struct tmpl_dict *row = NULL;
		if (db_get_int(w, i, "waiting")) {
			row = tmpl_add(d, "waiting");
			nwaiting++;
			const char *done_at = db_get(w, i, "done_at");
			when_set(req, row, "done", done_at, WHEN_AGO);
			if (!seen || (done_at && strcmp(done_at, seen) > 0))
				tmpl_show(row, "new");
			tmpl_set_int(row, "body_max", GOAL_COMMENT_MAX);
		} else if (db_get(w, i, "change_request")) {
			row = tmpl_add(d, "change");
			nchanges++;
			tmpl_set(row, "change_request", db_get(w, i, "change_request"));
		} else if (strcmp(st, "proposed") == 0) {
			row = tmpl_add(d, "proposal");
			nproposed++;
		} else {
			continue; /* done, and its feedback given */
		}
		tmpl_set(row, "id", db_get(w, i, "id"));
		tmpl_set(row, "title", db_get(w, i, "title"));
		tmpl_set(row, "level_label", goals_level_label((int)db_get_int(w, i, "level")));
	}
	tmpl_show(d, nwaiting ? "some_waiting" : "no_waiting");
	if (nchanges)
		tmpl_show(d, "some_changes");
	if (nproposed)
		tmpl_show(d, "some_proposals");

	int indicators = goals_indicators_show(req, d, pid, VIEW_COACH);
	if (indicators < 0)
		return -1;
	if (indicators == 0)
		tmpl_show(d, "no_indicators");

	for (size_t i = 0; i < l->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "link");
		page_row(row, l, i); /* id, employer, placement */
		if (db_get(l, i, "ended_at")) {
			tmpl_show(row, "ended");
			when_set(req, row, "ended", db_get(l, i, "ended_at"), WHEN_DAY);
		} else {
			tmpl_show(row, db_get(l, i, "consent_at") ? "open" : "proposed");
			tmpl_show(row, "can_end");
			when_set(req, row, "proposed", db_get(l, i, "proposed_at"), WHEN_DAY);
		}
		if (*db_get(l, i, "placement"))
			tmpl_show(row, "has_placement");
	}
	tmpl_show(d, l->nrows ? "some_links" : "no_links");
	tmpl_set_int(d, "placement_max", EMPLOYER_PLACEMENT_MAX);
	if (employer_form && req->form_in) {
		form_fill(req->form_in, d);
		if (req_int(req, "consent"))
			tmpl_show(d, "consent_checked");
	}
	goals_feedback_form(req, d);
	return page_end(req, status);
}

int coach_participant_fn(struct request *req)
{
	long long pid = req->ids[0];
	int rc = goals_open(req, pid, VIEW_COACH, "goals", 1);
	if (rc != 0)
		return rc;
	return show_participant(req, pid, 200, 0);
}

/* ---- proposing ---- */

/* The form to propose; parent NULL: a goal. status 200, or 400 refilled. */
static int show_propose(struct request *req, long long pid, const struct goal_item *parent,
                        int status)
{
	struct db_rows *p = db_query(req, SQL_PARTICIPANT, db_int(pid));
	if (!p)
		return -1;
	if (p->nrows != 1)
		return page_error(req, 404, _("There is nothing here for you."));
	int level = parent ? parent->level + 1 : 1;
	const char *title = level == 1   ? _("Propose a goal")
	                    : level == 2 ? _("Propose a sub-goal")
	                                 : _("Propose an activity");
	struct tmpl_dict *d = page_begin(req, title, "goals/coach_item_form.tpl");
	tmpl_set(d, "heading", title);
	tmpl_set_int(d, "pid", pid);
	tmpl_set(d, "handle", db_get(p, 0, "handle"));
	tmpl_show(d, "propose");
	if (parent) {
		tmpl_show(d, "under");
		tmpl_set(d, "parent_title", parent->title);
		tmpl_set(d, "parent_level", goals_level_label(parent->level));
		tmpl_set(
		    d, "action",
		    arena_printf(req->arena, "/coach/p/%lld/propose?parent=%lld", pid, parent->id));
	} else {
		tmpl_set(d, "action", arena_printf(req->arena, "/coach/p/%lld/propose", pid));
	}
	goals_item_form(req, d, NULL);
	goals_feedback_form(req, d);
	return page_end(req, status);
}

/* The item to propose under (parent in the query), read for the coach:
 * 0 with *it filled (or *has 0: none asked), else the status answered.
 * Another participant's item is not there (404); an activity has nothing
 * under it (409). */
static int propose_parent(struct request *req, long long pid, int for_update, int audit,
                          struct goal_item *it, int *has)
{
	long long parent = req_int(req, "parent");
	*has = 0;
	if (!parent)
		return 0;
	int rc = goals_item(req, parent, VIEW_COACH, for_update, audit, it);
	if (rc != 0)
		return rc;
	if (it->participant_id != pid)
		return page_error(req, 404, _("There is nothing here for you."));
	if (it->level >= 3)
		return page_error(req, 409,
		                  _("An activity is the smallest step: nothing goes under it. "
		                    "Propose it under its sub-goal instead."));
	*has = 1;
	return 0;
}

int coach_propose_form_fn(struct request *req)
{
	long long pid = req->ids[0];
	int rc = goals_open(req, pid, VIEW_COACH, "propose", 1);
	if (rc != 0)
		return rc;
	struct goal_item parent;
	int has;
	rc = propose_parent(req, pid, 0, 0, &parent, &has);
	if (rc != 0)
		return rc;
	return show_propose(req, pid, has ? &parent : NULL, 200);
}

/* ROUTE_TX. The new item is 'proposed', neither personal nor agreed yet:
 * the participant accepts it or asks for a change. */
int coach_propose_fn(struct request *req)
{
	long long pid = req->ids[0];
	int rc = goals_open(req, pid, VIEW_COACH, "propose", 0);
	if (rc != 0)
		return rc;
	struct goal_item parent;
	int has;
	rc = propose_parent(req, pid, 1, 0, &parent, &has);
	if (rc != 0)
		return rc;
	struct item_input in;
	if (goals_item_input(req, &in) != 0)
		return show_propose(req, pid, has ? &parent : NULL, 400);
	struct db_rows *lock = db_query(req, SQL_LOCK_PARTICIPANT, db_int(pid));
	struct db_rows *n = lock ? db_query(req, SQL_COUNT_ITEMS, db_int(pid)) : NULL;
	if (!n)
		return -1;
	if (db_get_int(n, 0, "n") >= GOAL_ITEMS_MAX)
		return page_error(
		    req, 409,
		    arena_printf(
		        req->arena,
		        _("He already has %d goals, sub-goals and activities, the most one "
		          "person can have. Ask him to delete some that are done or dropped."),
		        GOAL_ITEMS_MAX));
	if (db_exec(req, SQL_PROPOSE, db_int(pid), has ? db_int(parent.goal_id) : db_null(),
	            has ? db_int(parent.id) : db_null(), db_int(has ? parent.level + 1 : 1),
	            db_text(in.title), db_text(in.description), db_text(in.due_date),
	            db_text(in.due_time),
	            in.remind_minutes >= 0 ? db_int(in.remind_minutes) : db_null(),
	            db_int(req->user.id)) < 0)
		return -1;
	long long id = db_last_id();
	if (!has && db_exec(req, SQL_GOAL_IS_ITSELF, db_int(id)) < 0)
		return -1;
	if (goals_notify(req, pid, "goal_proposed", id) < 0)
		return -1;
	return res_redirect(req, participant_href(req, pid));
}

/* ---- one item ---- */

/* Why the coach may not change it, or NULL when he may. */
static const char *not_changeable(const struct goal_item *it)
{
	if (it->personal)
		return _("This is his own goal, shared with you to read. Only he can change it.");
	if (strcmp(it->status, "done") == 0 || strcmp(it->status, "dropped") == 0)
		return _("This one is done or dropped, so it stays as it is. Propose a new one "
		         "instead.");
	if (!it->agreed && strcmp(it->status, "proposed") != 0)
		return _("Only what you agreed or proposed together can be changed here.");
	return NULL;
}

static int is_waiting_for_feedback(const struct goal_item *it)
{
	return it->level == 2 && strcmp(it->status, "done") == 0;
}

/* The item's page: status 200, or 400/409 with the feedback form filled
 * in again (POST /coach/item/<id>/feedback). */
static int show_item(struct request *req, const struct goal_item *it, int status)
{
	struct db_rows *c =
	    db_query(req, SQL_ITEM_COMMENTS, db_int(it->id), db_int(ITEM_COMMENTS_SHOWN));
	struct db_rows *p = c ? db_query(req, SQL_PARTICIPANT, db_int(it->participant_id)) : NULL;
	if (!p)
		return -1;
	if (p->nrows != 1)
		return page_error(req, 404, _("There is nothing here for you."));
	struct tmpl_dict *d = page_begin(req, it->title, "goals/coach_item.tpl");
	tmpl_set_int(d, "id", it->id);
	tmpl_set_int(d, "pid", it->participant_id);
	tmpl_set(d, "handle", db_get(p, 0, "handle"));
	tmpl_set(d, "title", it->title);
	tmpl_set(d, "level_label", goals_level_label(it->level));
	tmpl_set(d, "status", it->status);
	tmpl_set(d, "status_label", goals_status_label(it->status));
	if (*it->description) {
		tmpl_show(d, "has_description");
		tmpl_set(d, "description", it->description);
	}
	if (it->due_date) {
		tmpl_show(d, "due");
		tmpl_set(d, "due_date", it->due_date);
		tmpl_set(d, "due_time", it->due_time ? it->due_time : "");
	}
	if (it->agreed)
		tmpl_show(d, "agreed");
	if (it->personal)
		tmpl_show(d, "personal");
	if (it->change_request) {
		tmpl_show(d, "change_request");
		tmpl_set(d, "change_text", it->change_request);
	}
	if (!not_changeable(it))
		tmpl_show(d, "can_edit");
	if (it->level < 3)
		tmpl_show(d, it->level == 1 ? "can_add_sub" : "can_add_activity");
	if (is_waiting_for_feedback(it)) {
		tmpl_show(d, "give_feedback");
		tmpl_set_int(d, "body_max", GOAL_COMMENT_MAX);
	}
	for (size_t i = 0; i < c->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "comment");
		tmpl_set(row, "body", db_get(c, i, "body"));
		const char *author = db_get(c, i, "author");
		tmpl_set(row, "author", author ? author : "");
		tmpl_show(row, strcmp(db_get(c, i, "kind"), "feedback") == 0 ? "is_feedback"
		                                                             : "is_change");
		when_set(req, row, "at", db_get(c, i, "created_at"), WHEN_AGO);
	}
	if (c->nrows)
		tmpl_show(d, "some_comments");
	if (req->form_in && req->form_in->fields == coach_feedback_fields)
		form_fill(req->form_in, d);
	goals_feedback_form(req, d);
	return page_end(req, status);
}

int coach_item_fn(struct request *req)
{
	struct goal_item it;
	int rc = goals_item(req, req->ids[0], VIEW_COACH, 0, 1, &it);
	if (rc != 0)
		return rc;
	return show_item(req, &it, 200);
}

static int show_edit(struct request *req, const struct goal_item *it, int status)
{
	struct db_rows *p = db_query(req, SQL_PARTICIPANT, db_int(it->participant_id));
	if (!p)
		return -1;
	if (p->nrows != 1)
		return page_error(req, 404, _("There is nothing here for you."));
	const char *title = arena_printf(req->arena, _("Change: %s"), it->title);
	struct tmpl_dict *d = page_begin(req, title, "goals/coach_item_form.tpl");
	tmpl_set(d, "heading", goals_level_label(it->level));
	tmpl_set_int(d, "pid", it->participant_id);
	tmpl_set(d, "handle", db_get(p, 0, "handle"));
	tmpl_set(d, "item_title", it->title);
	tmpl_show(d, "edit");
	if (it->agreed && strcmp(it->status, "proposed") != 0)
		tmpl_show(d, "was_agreed");
	if (it->change_request) {
		tmpl_show(d, "change_request");
		tmpl_set(d, "change_text", it->change_request);
	}
	tmpl_set(d, "action", arena_printf(req->arena, "/coach/item/%lld/edit", it->id));
	goals_item_form(req, d, it);
	goals_feedback_form(req, d);
	return page_end(req, status);
}

int coach_item_edit_form_fn(struct request *req)
{
	struct goal_item it;
	int rc = goals_item(req, req->ids[0], VIEW_COACH, 0, 1, &it);
	if (rc != 0)
		return rc;
	const char *why = not_changeable(&it);
	if (why)
		return page_error(req, 409, why);
	return show_edit(req, &it, 200);
}

/* ROUTE_TX. Saved, it is a proposal again (agreed items change only
 * together): the participant's change request is answered by it. */
int coach_item_edit_fn(struct request *req)
{
	struct goal_item it;
	int rc = goals_item(req, req->ids[0], VIEW_COACH, 1, 0, &it);
	if (rc != 0)
		return rc;
	const char *why = not_changeable(&it);
	if (why)
		return page_error(req, 409, why);
	struct item_input in;
	if (goals_item_input(req, &in) != 0)
		return show_edit(req, &it, 400);
	if (db_exec(req, SQL_EDIT, db_text(in.title), db_text(in.description), db_text(in.due_date),
	            db_text(in.due_time),
	            in.remind_minutes >= 0 ? db_int(in.remind_minutes) : db_null(),
	            db_int(it.id)) < 0)
		return -1;
	if (goals_notify(req, it.participant_id, "goal_proposed", it.id) < 0)
		return -1;
	return res_redirect(req, participant_href(req, it.participant_id));
}

/* ROUTE_TX. Feedback goes on a completed sub-goal only. */
int coach_feedback_fn(struct request *req)
{
	struct goal_item it;
	int rc = goals_item(req, req->ids[0], VIEW_COACH, 1, 0, &it);
	if (rc != 0)
		return rc;
	if (!is_waiting_for_feedback(&it))
		return page_error(
		    req, 409,
		    _("Feedback is for a sub-goal he has completed. This one is not a "
		      "completed sub-goal."));
	const char *body = req_text(req, "body");
	if (!req->form_in->failed && text_blank(body))
		form_error(req->form_in, "body", _("Write your feedback: a few words are enough."));
	if (req->form_in->failed)
		return show_item(req, &it, 400);
	if (db_exec(req, SQL_FEEDBACK, db_int(it.participant_id), db_int(it.id),
	            db_int(req->user.id), db_text(body)) < 0)
		return -1;
	if (goals_notify(req, it.participant_id, "goal_feedback", it.id) < 0)
		return -1;
	return res_redirect(req, participant_href(req, it.participant_id));
}

/* ---- employer links ---- */

/* ROUTE_TX. The proposal waits for the participant's own consent. */
int coach_employer_fn(struct request *req)
{
	long long pid = req->ids[0];
	int rc = goals_open(req, pid, VIEW_COACH, "employer", 0);
	if (rc != 0)
		return rc;
	struct form *f = req->form_in;
	const char *handle = req_text(req, "employer");
	long long employer = 0;
	if (*handle && !form_failed(f, "employer")) {
		struct db_rows *u = db_query(req, SQL_EMPLOYER_BY_HANDLE, db_text(handle));
		if (!u)
			return -1;
		if (u->nrows != 1)
			form_error(f, "employer", _("There is no account with that name."));
		else if (strcmp(db_get(u, 0, "role"), "employer") != 0)
			form_error(f, "employer", _("That account is not an employer's."));
		else if ((employer = db_get_int(u, 0, "id")) == pid)
			form_error(f, "employer", _("He cannot be linked to himself."));
	}
	if (!req_int(req, "consent"))
		form_error(
		    f, "consent",
		    _("Tick this once you have asked him. The link counts only when he agrees "
		      "himself."));
	if (f->failed)
		return show_participant(req, pid, 400, 1);
	if (!db_query(req, SQL_LOCK_PARTICIPANT, db_int(pid)))
		return -1;
	struct db_rows *open = db_query(req, SQL_OPEN_LINK, db_int(pid), db_int(employer));
	if (!open)
		return -1;
	if (open->nrows) {
		form_error(f, "employer",
		           _("He is already linked with this employer, or the link waits for his "
		             "consent. End that link first."));
		return show_participant(req, pid, 409, 1);
	}
	if (db_exec(req, SQL_LINK, db_int(pid), db_int(employer),
	            db_text(req_text(req, "placement")), db_int(req->user.id)) < 0)
		return -1;
	if (auth_audit(req, "goals.employer_link", pid,
	               arena_printf(req->arena, "proposed: employer %lld", employer)) < 0)
		return -1;
	if (goals_notify(req, pid, "employer_link", 0) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/coach/p/%lld#employers", pid));
}

/* ROUTE_TX. Ending an ended link changes nothing and lands on the page.
 * The employer leaves their chat at once (chats_leave; the participant
 * keeps reading it). */
int coach_employer_end_fn(struct request *req)
{
	long long pid = req->ids[0], link = req->ids[1];
	int rc = goals_open(req, pid, VIEW_COACH, "employer", 0);
	if (rc != 0)
		return rc;
	struct db_rows *r = db_query(req, SQL_LINK_OF, db_int(link), db_int(pid));
	if (!r)
		return -1;
	if (r->nrows != 1)
		return page_error(req, 404, _("There is nothing here for you."));
	if (!db_get_int(r, 0, "ended")) {
		long long employer = db_get_int(r, 0, "employer_id");
		if (db_exec(req, SQL_LINK_END, db_int(link)) < 0 ||
		    chats_leave(req, pid, employer, "employer") < 0 ||
		    auth_audit(
		        req, "goals.employer_end", pid,
		        arena_printf(req->arena, "link %lld, employer %lld", link, employer)) < 0)
			return -1;
	}
	return res_redirect(req, arena_printf(req->arena, "/coach/p/%lld#employers", pid));
}
