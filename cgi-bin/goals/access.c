/*
 * access.c - who may open a participant's data, as whom, and one goal
 * item read for a viewer (goals.h, "Access"). Every page of the goals
 * executable that names a participant or an item in its URL comes
 * through here, so the rule is written once: what a viewer may not see
 * does not exist for him (404), and what someone else opens is audited.
 */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "db.h"
#include "goals.h"
#include "i18n.h"
#include "page.h"

static const char SQL_ME[] = "INSERT IGNORE INTO participants (user_id) VALUES (?)";

/* One statement answers every relation: is he the coach now, an
 * employer with an open consented link, a relative who joined and was
 * not ended? */
static const char SQL_RELATION[] =
    "SELECT p.coach_id = ? AS is_coach, "
    "  EXISTS (SELECT 1 FROM employer_links l WHERE l.participant_id = p.user_id "
    "          AND l.employer_id = ? AND l.consent_at IS NOT NULL AND l.ended_at IS NULL) "
    "    AS is_employer, "
    "  EXISTS (SELECT 1 FROM relatives r WHERE r.participant_id = p.user_id "
    "          AND r.relative_id = ? AND r.joined_at IS NOT NULL AND r.ended_at IS NULL) "
    "    AS is_relative "
    "FROM participants p WHERE p.user_id = ?";

#define ITEM_COLUMNS                                                                               \
	"SELECT g.id, g.participant_id, g.goal_id, g.parent_id, g.level, g.title, "                \
	"g.description, DATE_FORMAT(g.due_date, '%Y-%m-%d') AS due_date, "                         \
	"TIME_FORMAT(g.due_time, '%H:%i') AS due_time, g.remind_minutes, g.status, g.agreed, "     \
	"top.personal, g.created_by, g.change_request, "                                           \
	"top.shared_coach_at IS NOT NULL AS shared_coach, "                                        \
	"top.shared_employer_at IS NOT NULL AS shared_employer, "                                  \
	"top.shared_relative_at IS NOT NULL AS shared_relative, g.done_at "                        \
	"FROM goal_items g JOIN goal_items top ON top.id = g.goal_id WHERE g.id = ?"
static const char SQL_ITEM[] = ITEM_COLUMNS;
static const char SQL_ITEM_LOCK[] = ITEM_COLUMNS " FOR UPDATE";

static const char SQL_NOTIFY[] = "INSERT INTO notifications (user_id, kind, item_id, actor_id) "
                                 "VALUES (?, ?, ?, ?)";

const char *const goals_status_choices[] = {"proposed", "active",  "on_hold",
                                            "done",     "dropped", NULL};

const char *goals_seen_by(enum goals_viewer as)
{
	switch (as) {
	case VIEW_COACH: return GOALS_SEEN_BY_COACH("top");
	case VIEW_EMPLOYER: return GOALS_SEEN_BY_EMPLOYER("top");
	case VIEW_RELATIVE: return GOALS_SEEN_BY_RELATIVE("top");
	case VIEW_SELF: break;
	}
	return "1";
}

long long goals_me(struct request *req)
{
	if (db_exec(req, SQL_ME, db_int(req->user.id)) < 0)
		return -1;
	return req->user.id;
}

static int not_found(struct request *req)
{
	return page_error(req, 404, _("There is nothing here for you."));
}

static const char *viewer_name(enum goals_viewer as)
{
	switch (as) {
	case VIEW_COACH: return "coach";
	case VIEW_EMPLOYER: return "employer";
	case VIEW_RELATIVE: return "relative";
	case VIEW_SELF: break;
	}
	return "self";
}

int goals_open(struct request *req, long long participant_id, enum goals_viewer expect,
               const char *what, int audit)
{
	if (!req->user.id)
		return not_found(req);
	if (expect == VIEW_SELF)
		return participant_id == req->user.id ? 0 : not_found(req);
	long long me = req->user.id;
	struct db_rows *r =
	    db_query(req, SQL_RELATION, db_int(me), db_int(me), db_int(me), db_int(participant_id));
	if (!r)
		return -1;
	if (r->nrows != 1 || participant_id == me)
		return not_found(req);
	int ok = (expect == VIEW_COACH && db_get_int(r, 0, "is_coach") == 1 &&
	          auth_allows(req, GOALS_COACHES)) ||
	         (expect == VIEW_EMPLOYER && db_get_int(r, 0, "is_employer") == 1 &&
	          auth_allows(req, GOALS_EMPLOYERS)) ||
	         (expect == VIEW_RELATIVE && db_get_int(r, 0, "is_relative") == 1);
	if (!ok)
		return not_found(req);
	if (audit && auth_audit(req, "goals.open", participant_id,
	                        arena_printf(req->arena, "%s: %s", viewer_name(expect),
	                                     what ? what : "goals")) < 0)
		return -1;
	return 0;
}

int goals_item(struct request *req, long long id, enum goals_viewer as, int for_update, int audit,
               struct goal_item *it)
{
	memset(it, 0, sizeof *it);
	struct db_rows *r = db_query(req, for_update ? SQL_ITEM_LOCK : SQL_ITEM, db_int(id));
	if (!r)
		return -1;
	if (r->nrows != 1)
		return not_found(req);
	it->id = db_get_int(r, 0, "id");
	it->participant_id = db_get_int(r, 0, "participant_id");
	it->goal_id = db_get_int(r, 0, "goal_id");
	it->parent_id = db_get_int(r, 0, "parent_id");
	it->level = (int)db_get_int(r, 0, "level");
	it->title = db_get(r, 0, "title");
	it->description = db_get(r, 0, "description");
	it->due_date = db_get(r, 0, "due_date");
	it->due_time = db_get(r, 0, "due_time");
	it->remind_minutes =
	    db_get(r, 0, "remind_minutes") ? db_get_int(r, 0, "remind_minutes") : -1;
	it->status = db_get(r, 0, "status");
	it->agreed = (int)db_get_int(r, 0, "agreed");
	it->personal = (int)db_get_int(r, 0, "personal");
	it->created_by = db_get_int(r, 0, "created_by");
	it->change_request = db_get(r, 0, "change_request");
	it->shared_coach = (int)db_get_int(r, 0, "shared_coach");
	it->shared_employer = (int)db_get_int(r, 0, "shared_employer");
	it->shared_relative = (int)db_get_int(r, 0, "shared_relative");
	it->done_at = db_get(r, 0, "done_at");
	/* What the viewer may not see of a participant he reads is not
	 * there either: the same page as an id never used. */
	int seen = as == VIEW_SELF || (as == VIEW_COACH && (!it->personal || it->shared_coach)) ||
	           (as == VIEW_EMPLOYER && it->shared_employer) ||
	           (as == VIEW_RELATIVE && it->shared_relative);
	if (as != VIEW_SELF && !seen)
		return not_found(req);
	int status = goals_open(req, it->participant_id, as,
	                        arena_printf(req->arena, "item %lld", it->id), audit);
	return status;
}

const char *goals_status_label(const char *status)
{
	if (strcmp(status, "proposed") == 0)
		return _("Proposed");
	if (strcmp(status, "on_hold") == 0)
		return _("On hold");
	if (strcmp(status, "done") == 0)
		return _("Done");
	if (strcmp(status, "dropped") == 0)
		return _("Dropped");
	return _("Active");
}

const char *goals_level_label(int level)
{
	if (level == 2)
		return _("Sub-goal");
	if (level == 3)
		return _("Activity");
	return _("Goal");
}

int goals_notify(struct request *req, long long user_id, const char *kind, long long item_id)
{
	if (!user_id || user_id == req->user.id)
		return 0;
	return db_exec(req, SQL_NOTIFY, db_int(user_id), db_text(kind),
	               item_id ? db_int(item_id) : db_null(), db_int(req->user.id)) < 0
	           ? -1
	           : 0;
}
