/*
 * items.c - the participant's goals, sub-goals and activities (goals.h):
 *   GET  /goals/all                 every goal with its steps (goals_tree)
 *   GET  /goals/new[?parent=<id>]   a new goal, or a step below one of his
 *   POST /goals/new[?parent=<id>]   makes it (his own: personal, active)
 *   GET  /goals/<id>                one item: its steps, what others wrote
 *                                   on it, and what he can do with it
 *   GET  /goals/<id>/edit, POST     change it (not when agreed: he asks)
 *   POST /goals/<id>/done           one tap: done (then /goals?done=<id>)
 *   POST /goals/<id>/status         active, on hold, done, dropped
 *   POST /goals/<id>/accept         he accepts his coach's proposal
 *   POST /goals/<id>/change         he asks his coach for a change
 *   POST /goals/<id>/share          whom a goal is shared with, and since
 *   POST /goals/<id>/delete         his own item, not agreed, with its steps
 *
 * Every id is his own or a 404 (goals_item with VIEW_SELF; a write reads
 * it again locked). Every write is one transaction: a refusal (400, 409)
 * rolls it back whole.
 */
#include <string.h>

#include "app.h"
#include "db.h"
#include "goals.h"
#include "i18n.h"
#include "page.h"
#include "participant.h"
#include "response.h"
#include "tmpl.h"
#include "when.h"

static const char SQL_LOCK_ME[] = "SELECT user_id FROM participants WHERE user_id = ? FOR UPDATE";
static const char SQL_COUNT[] = "SELECT COUNT(*) AS n FROM goal_items WHERE participant_id = ?";
static const char SQL_INSERT[] =
    "INSERT INTO goal_items (participant_id, goal_id, parent_id, level, title, description, "
    "due_date, due_time, remind_minutes, status, agreed, personal, created_by) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', 0, 1, ?)";
static const char SQL_GOAL_SELF[] = "UPDATE goal_items SET goal_id = id WHERE id = ?";
static const char SQL_EDIT[] =
    "UPDATE goal_items SET title = ?, description = ?, due_date = ?, due_time = ?, "
    "remind_minutes = ?, updated_at = NOW() WHERE id = ?";
static const char SQL_DONE[] =
    "UPDATE goal_items SET status = 'done', done_at = NOW(), updated_at = NOW() "
    "WHERE id = ? AND status <> 'done'";
/* Done keeps when it was done; any other status forgets it (the history
 * of progress.c counts what is done now). done_at is set first: MariaDB
 * assigns left to right, so `status` there is still the old one. */
static const char SQL_STATUS[] =
    "UPDATE goal_items SET done_at = IF(?, IF(status = 'done', done_at, NOW()), NULL), "
    "status = ?, updated_at = NOW() WHERE id = ?";
static const char SQL_ACCEPT[] =
    "UPDATE goal_items SET status = 'active', agreed = 1, updated_at = NOW() WHERE id = ?";
static const char SQL_CHANGE[] =
    "UPDATE goal_items SET change_request = ?, updated_at = NOW() WHERE id = ?";
static const char SQL_CHANGE_COMMENT[] =
    "INSERT INTO goal_comments (participant_id, item_id, author_id, kind, body) "
    "VALUES (?, ?, ?, 'change', ?)";
/* A time he shared it stays while it stays shared (his consent and its
 * time); unticked, it is withdrawn at once. */
static const char SQL_SHARE[] =
    "UPDATE goal_items SET "
    "shared_coach_at = IF(?, COALESCE(shared_coach_at, NOW()), NULL), "
    "shared_employer_at = IF(?, COALESCE(shared_employer_at, NOW()), NULL), "
    "shared_relative_at = IF(?, COALESCE(shared_relative_at, NOW()), NULL), "
    "updated_at = NOW() WHERE id = ?";
static const char SQL_DELETE[] = "DELETE FROM goal_items WHERE id = ?";
static const char SQL_COACH[] = "SELECT coach_id FROM participants WHERE user_id = ?";
static const char SQL_CHILDREN[] =
    "SELECT id, level, title, status, DATE_FORMAT(due_date, '%Y-%m-%d') AS due_date, "
    "TIME_FORMAT(due_time, '%H:%i') AS due_time FROM goal_items WHERE parent_id = ? "
    "ORDER BY status IN ('done', 'dropped'), due_date IS NULL, due_date, due_time, id";
static const char SQL_COMMENTS[] = "SELECT c.id, c.kind, c.body, c.created_at, u.handle AS author "
                                   "FROM goal_comments c LEFT JOIN users u ON u.id = c.author_id "
                                   "WHERE c.item_id = ? ORDER BY c.id DESC LIMIT 100";
static const char SQL_PARENT_TITLE[] = "SELECT title FROM goal_items WHERE id = ?";

/* GET and POST /goals/new?parent=<id>: the goal or sub-goal it goes under. */
const struct field item_new_query[] = {
    ID_FIELD("parent", N_("Above"), 0),
    FIELDS_END,
};
const struct field item_status_fields[] = {
    CHOICE_FIELD("status", N_("Status"), goals_own_status_choices, FIELD_REQUIRED),
    FIELDS_END,
};
const struct field item_change_fields[] = {
    TEXT_FIELD("change_request", N_("What you would like changed"), 1, GOAL_CHANGE_MAX,
               FIELD_MULTILINE),
    FIELDS_END,
};
const struct field item_share_fields[] = {
    CHECK_FIELD("coach", N_("Your coach")),
    CHECK_FIELD("employer", N_("Your employer")),
    CHECK_FIELD("relative", N_("Your close relative")),
    FIELDS_END,
};
/* POST /goals/<id>/done: next=item goes back to the item's page instead
 * of Today. */
static const char *const done_next_choices[] = {"today", "item", NULL};
const struct field item_done_fields[] = {
    CHOICE_FIELD("next", N_("Next"), done_next_choices, 0),
    FIELDS_END,
};

static int is_proposal(struct request *req, const struct goal_item *it)
{
	return strcmp(it->status, "proposed") == 0 && it->created_by != req->user.id;
}

/* He changes it himself: made by him and not agreed with his coach. */
static int editable(struct request *req, const struct goal_item *it)
{
	return !it->agreed && !is_proposal(req, it);
}

static int deletable(struct request *req, const struct goal_item *it)
{
	return !it->agreed && it->created_by == req->user.id && strcmp(it->status, "proposed") != 0;
}

static const char *item_href(struct request *req, long long id)
{
	return arena_printf(req->arena, "/goals/%lld", id);
}

static long long coach_of(struct request *req)
{
	struct db_rows *r = db_query(req, SQL_COACH, db_int(req->user.id));
	if (!r)
		return -1;
	return r->nrows == 1 ? db_get_int(r, 0, "coach_id") : 0;
}

int goals_list_fn(struct request *req)
{
	long long me = goals_me(req);
	if (me < 0)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Your goals"), "goals/items_all.tpl");
	if (goals_tree(req, d, me, VIEW_SELF, "/goals/") < 0)
		return -1;
	goals_feedback_form(req, d);
	return page_end(req, 200);
}

/* The parent named by ?parent=, his own and able to have steps below it:
 * 0 (no parent: a goal, or *parent filled), else the status answered. */
static int read_parent(struct request *req, int for_update, struct goal_item *parent, int *has)
{
	*has = 0;
	long long id = req_int(req, "parent");
	if (!id)
		return 0;
	int rc = goals_item(req, id, VIEW_SELF, for_update, 0, parent);
	if (rc != 0)
		return rc;
	if (parent->level >= 3)
		return page_error(req, 400,
		                  _("An activity is the smallest step: nothing goes below it."));
	*has = 1;
	return 0;
}

static int show_new(struct request *req, const struct goal_item *parent, int has, int status)
{
	int level = has ? parent->level + 1 : 1;
	const char *title = level == 1   ? _("A new goal")
	                    : level == 2 ? _("A new sub-goal")
	                                 : _("A new activity");
	struct tmpl_dict *d = page_begin(req, title, "goals/item_new.tpl");
	tmpl_set(d, "heading", title);
	tmpl_set(d, "action",
	         has ? arena_printf(req->arena, "/goals/new?parent=%lld", parent->id)
	             : "/goals/new");
	if (has) {
		tmpl_show(d, "under");
		tmpl_set(d, "parent_title", parent->title);
		tmpl_set(d, "parent_href", item_href(req, parent->id));
	} else {
		tmpl_show(d, "top");
	}
	tmpl_set(d, "cancel_href", has ? item_href(req, parent->id) : "/goals/all");
	goals_item_form(req, d, NULL);
	goals_feedback_form(req, d);
	return page_end(req, status);
}

int item_new_fn(struct request *req)
{
	if (goals_me(req) < 0)
		return -1;
	struct goal_item parent;
	int has;
	int rc = read_parent(req, 0, &parent, &has);
	if (rc != 0)
		return rc;
	return show_new(req, &parent, has, 200);
}

/* ROUTE_TX. His participants row is locked first, so two creates at once
 * count one after the other (GOAL_ITEMS_MAX holds). */
int item_create_fn(struct request *req)
{
	long long me = goals_me(req);
	if (me < 0)
		return -1;
	struct db_rows *lock = db_query(req, SQL_LOCK_ME, db_int(me));
	if (!lock)
		return -1;
	struct goal_item parent;
	int has;
	int rc = read_parent(req, 1, &parent, &has);
	if (rc != 0)
		return rc;
	struct item_input in;
	if (goals_item_input(req, &in) != 0)
		return show_new(req, &parent, has, 400);
	struct db_rows *n = db_query(req, SQL_COUNT, db_int(me));
	if (!n)
		return -1;
	if (db_get_int(n, 0, "n") >= GOAL_ITEMS_MAX)
		return page_error(
		    req, 409,
		    arena_printf(req->arena,
		                 _("You have %d goals, sub-goals and activities, as many "
		                   "as there is room for. Delete some you do not need "
		                   "any more, then add this one."),
		                 GOAL_ITEMS_MAX));
	if (db_exec(req, SQL_INSERT, db_int(me), has ? db_int(parent.goal_id) : db_null(),
	            has ? db_int(parent.id) : db_null(), db_int(has ? parent.level + 1 : 1),
	            db_text(in.title), db_text(in.description), db_text(in.due_date),
	            db_text(in.due_time),
	            in.remind_minutes >= 0 ? db_int(in.remind_minutes) : db_null(), db_int(me)) < 0)
		return -1;
	long long id = db_last_id();
	if (!has && db_exec(req, SQL_GOAL_SELF, db_int(id)) < 0)
		return -1;
	return res_redirect(req, item_href(req, id));
}

static const char *comment_kind(const char *kind)
{
	if (strcmp(kind, "feedback") == 0)
		return _("Feedback from your coach");
	if (strcmp(kind, "comment") == 0)
		return _("A comment from your employer");
	if (strcmp(kind, "encouragement") == 0)
		return _("Encouragement");
	return _("You asked for a change");
}

/* The item's page; status 400 when a form on it was refused (the form
 * comes back filled in). */
static int show_item(struct request *req, const struct goal_item *it, int status)
{
	struct tmpl_dict *d = page_begin(req, it->title, "goals/item.tpl");
	tmpl_set_int(d, "id", it->id);
	tmpl_set(d, "title", it->title);
	tmpl_set(d, "level_label", goals_level_label(it->level));
	tmpl_set(d, "status", it->status);
	tmpl_set(d, "status_label", goals_status_label(it->status));
	if (it->description && *it->description) {
		tmpl_show(d, "has_description");
		tmpl_set(d, "description", it->description);
	}
	if (it->due_date) {
		tmpl_show(d, "due");
		tmpl_set(d, "due_iso", it->due_date);
		tmpl_set(d, "due_text", goals_due_text(req, it->due_date, it->due_time));
	}
	if (it->parent_id) {
		struct db_rows *p = db_query(req, SQL_PARENT_TITLE, db_int(it->parent_id));
		if (!p)
			return -1;
		tmpl_show(d, "has_parent");
		tmpl_set(d, "parent_href", item_href(req, it->parent_id));
		tmpl_set(d, "parent_title", p->nrows == 1 ? db_get(p, 0, "title") : "");
	} else {
		tmpl_show(d, "no_parent");
	}
	if (it->agreed)
		tmpl_show(d, "agreed");
	if (is_proposal(req, it))
		tmpl_show(d, "proposal");
	if (it->change_request) {
		tmpl_show(d, "asked");
		tmpl_set(d, "asked_change", it->change_request);
	}
	if (is_proposal(req, it) || it->agreed) {
		tmpl_show(d, "can_ask");
		tmpl_set_int(d, "change_max", GOAL_CHANGE_MAX);
	}
	int closed = strcmp(it->status, "done") == 0 || strcmp(it->status, "dropped") == 0;
	if (!is_proposal(req, it)) {
		if (strcmp(it->status, "done") != 0)
			tmpl_show(d, "can_done");
		for (size_t i = 0; goals_own_status_choices[i]; i++) {
			struct tmpl_dict *o = tmpl_add(d, "status_option");
			tmpl_set(o, "value", goals_own_status_choices[i]);
			tmpl_set(o, "label", goals_status_label(goals_own_status_choices[i]));
			if (strcmp(goals_own_status_choices[i], it->status) == 0)
				tmpl_show(o, "selected");
		}
		tmpl_show(d, "can_status");
	}
	if (editable(req, it))
		tmpl_show(d, "can_edit");
	if (deletable(req, it))
		tmpl_show(d, "can_delete");
	if (it->level < 3 && !closed) {
		tmpl_show(d, "can_add");
		tmpl_set(d, "add_label",
		         it->level == 1 ? _("Add a sub-goal") : _("Add an activity"));
	}
	if (it->level == 1) {
		tmpl_show(d, "can_share");
		if (it->personal)
			tmpl_show(d, "share_coach");
		else
			tmpl_show(d, "coach_sees");
		if (it->shared_coach)
			tmpl_show(d, "coach_checked");
		if (it->shared_employer)
			tmpl_show(d, "employer_checked");
		if (it->shared_relative)
			tmpl_show(d, "relative_checked");
	}

	struct db_rows *c = db_query(req, SQL_CHILDREN, db_int(it->id));
	if (!c)
		return -1;
	for (size_t i = 0; i < c->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "child");
		page_row(row, c, i); /* id, title, status */
		tmpl_set(row, "status_label", goals_status_label(db_get(c, i, "status")));
		tmpl_set(row, "level_label", goals_level_label((int)db_get_int(c, i, "level")));
		if (db_get(c, i, "due_date")) {
			tmpl_show(row, "due");
			tmpl_set(row, "due_text",
			         goals_due_text(req, db_get(c, i, "due_date"),
			                        db_get(c, i, "due_time")));
			tmpl_set(row, "due_iso", db_get(c, i, "due_date"));
		}
	}
	if (c->nrows)
		tmpl_show(d, "children");

	struct db_rows *m = db_query(req, SQL_COMMENTS, db_int(it->id));
	if (!m)
		return -1;
	for (size_t i = 0; i < m->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "comment");
		tmpl_set(row, "kind", comment_kind(db_get(m, i, "kind")));
		tmpl_set(row, "body", db_get(m, i, "body"));
		const char *author = db_get(m, i, "author");
		if (author) {
			tmpl_show(row, "author");
			tmpl_set(row, "author_handle", author);
		}
		when_set(req, row, "written", db_get(m, i, "created_at"), WHEN_AGO);
	}
	if (m->nrows)
		tmpl_show(d, "comments");

	if (req->form_in && req->form_in->fields == item_change_fields)
		form_fill(req->form_in, d);
	goals_feedback_form(req, d);
	return page_end(req, status);
}

int item_fn(struct request *req)
{
	struct goal_item it;
	int rc = goals_item(req, req->ids[0], VIEW_SELF, 0, 0, &it);
	if (rc != 0)
		return rc;
	return show_item(req, &it, 200);
}

static int not_editable(struct request *req, const struct goal_item *it)
{
	if (is_proposal(req, it))
		return page_error(
		    req, 409,
		    _("This is your coach's proposal. Accept it, or ask your coach for a "
		      "change."));
	return page_error(req, 409,
	                  _("This is agreed with your coach, so you change it together. Ask your "
	                    "coach for a change on its page."));
}

static int show_edit(struct request *req, const struct goal_item *it, int status)
{
	struct tmpl_dict *d = page_begin(req, _("Change it"), "goals/item_edit.tpl");
	tmpl_set_int(d, "id", it->id);
	tmpl_set(d, "title_now", it->title);
	tmpl_set(d, "level_label", goals_level_label(it->level));
	goals_item_form(req, d, it);
	goals_feedback_form(req, d);
	return page_end(req, status);
}

int item_edit_form_fn(struct request *req)
{
	struct goal_item it;
	int rc = goals_item(req, req->ids[0], VIEW_SELF, 0, 0, &it);
	if (rc != 0)
		return rc;
	if (!editable(req, &it))
		return not_editable(req, &it);
	return show_edit(req, &it, 200);
}

int item_edit_fn(struct request *req)
{
	struct goal_item it;
	int rc = goals_item(req, req->ids[0], VIEW_SELF, 1, 0, &it);
	if (rc != 0)
		return rc;
	if (!editable(req, &it))
		return not_editable(req, &it);
	struct item_input in;
	if (goals_item_input(req, &in) != 0)
		return show_edit(req, &it, 400);
	if (db_exec(req, SQL_EDIT, db_text(in.title), db_text(in.description), db_text(in.due_date),
	            db_text(in.due_time),
	            in.remind_minutes >= 0 ? db_int(in.remind_minutes) : db_null(),
	            db_int(it.id)) < 0)
		return -1;
	return res_redirect(req, item_href(req, it.id));
}

static int proposal_first(struct request *req)
{
	return page_error(
	    req, 409, _("This is your coach's proposal. Accept it first, or ask for a change."));
}

/* ROUTE_TX. Done twice is done once: the first time is kept. */
int item_done_fn(struct request *req)
{
	struct goal_item it;
	int rc = goals_item(req, req->ids[0], VIEW_SELF, 1, 0, &it);
	if (rc != 0)
		return rc;
	if (is_proposal(req, &it))
		return proposal_first(req);
	if (db_exec(req, SQL_DONE, db_int(it.id)) < 0)
		return -1;
	if (strcmp(req_text(req, "next"), "item") == 0)
		return res_redirect(req, item_href(req, it.id));
	return res_redirect(req, arena_printf(req->arena, "/goals?done=%lld", it.id));
}

int item_status_fn(struct request *req)
{
	struct goal_item it;
	int rc = goals_item(req, req->ids[0], VIEW_SELF, 1, 0, &it);
	if (rc != 0)
		return rc;
	if (is_proposal(req, &it))
		return proposal_first(req);
	const char *status = req_text(req, "status");
	if (db_exec(req, SQL_STATUS, db_int(strcmp(status, "done") == 0), db_text(status),
	            db_int(it.id)) < 0)
		return -1;
	return res_redirect(req, item_href(req, it.id));
}

int item_accept_fn(struct request *req)
{
	struct goal_item it;
	int rc = goals_item(req, req->ids[0], VIEW_SELF, 1, 0, &it);
	if (rc != 0)
		return rc;
	if (!is_proposal(req, &it))
		return page_error(req, 409, _("There is no proposal to accept here."));
	long long coach = coach_of(req);
	if (coach < 0 || db_exec(req, SQL_ACCEPT, db_int(it.id)) < 0 ||
	    goals_notify(req, coach, "goal_accepted", it.id) < 0)
		return -1;
	return res_redirect(req, item_href(req, it.id));
}

int item_change_fn(struct request *req)
{
	struct goal_item it;
	int rc = goals_item(req, req->ids[0], VIEW_SELF, 1, 0, &it);
	if (rc != 0)
		return rc;
	if (!is_proposal(req, &it) && !it.agreed)
		return page_error(req, 409,
		                  _("This is your own: you can change it yourself (Change it)."));
	if (req->form_in->failed)
		return show_item(req, &it, 400);
	const char *text = req_text(req, "change_request");
	long long coach = coach_of(req);
	if (coach < 0 || db_exec(req, SQL_CHANGE, db_text(text), db_int(it.id)) < 0 ||
	    db_exec(req, SQL_CHANGE_COMMENT, db_int(it.participant_id), db_int(it.id),
	            db_int(req->user.id), db_text(text)) < 0 ||
	    goals_notify(req, coach, "goal_change", it.id) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/goals/%lld#asked", it.id));
}

int item_share_fn(struct request *req)
{
	struct goal_item it;
	int rc = goals_item(req, req->ids[0], VIEW_SELF, 1, 0, &it);
	if (rc != 0)
		return rc;
	if (it.level != 1)
		return page_error(
		    req, 409, _("You choose whom to share with goal by goal, on the goal's page."));
	if (db_exec(req, SQL_SHARE, db_int(req_int(req, "coach")), db_int(req_int(req, "employer")),
	            db_int(req_int(req, "relative")), db_int(it.id)) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/goals/%lld#share", it.id));
}

int item_delete_fn(struct request *req)
{
	struct goal_item it;
	int rc = goals_item(req, req->ids[0], VIEW_SELF, 1, 0, &it);
	if (rc != 0)
		return rc;
	if (!deletable(req, &it))
		return page_error(
		    req, 409,
		    _("Only what you made yourself and did not agree with your coach can "
		      "be deleted. You can set it to Dropped instead."));
	if (db_exec(req, SQL_DELETE, db_int(it.id)) < 0)
		return -1;
	return res_redirect(req, it.parent_id ? item_href(req, it.parent_id) : "/goals/all");
}
