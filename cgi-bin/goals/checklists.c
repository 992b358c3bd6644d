/*
 * checklists.c - checklists for everyday life (get up, shower, eat,
 * medicine, leave the house), ticked with big buttons:
 *   GET  /goals/checklists               his lists, ticked/total today, a new one
 *   POST /goals/checklists               a new list (title, reset daily|manual)
 *   GET  /goals/checklists/<id>          its items as buttons that tick
 *   POST /goals/checklists/<id>/add      an item (text)
 *   POST /goals/checklists/<id>/tick     tick or untick an item (item=<id>)
 *   POST /goals/checklists/<id>/remove   an item goes (item=<id>)
 *   POST /goals/checklists/<id>/reset    every item unticked
 *   POST /goals/checklists/<id>/delete   the list goes, with its items
 *
 * A daily list counts an item as ticked only on the day it was ticked
 * (done_on is today on the site's wall clock), so it starts fresh each
 * morning with nothing to do; a manual one keeps its ticks until he
 * resets it. Only his own lists exist for him: anyone else's list, or
 * an item of another list, is the same 404 as an id never used, and
 * nothing is written.
 */
#include <string.h>

#include "app.h"
#include "db.h"
#include "form.h"
#include "goals.h"
#include "i18n.h"
#include "participant.h"
#include "page.h"
#include "response.h"
#include "tmpl.h"

/* "Ticked" in SQL: the list's reset (?) and today (?) as parameters. */
#define TICKED "IF(c.reset = 'daily', IFNULL(i.done_on = ?, 0), i.done_on IS NOT NULL)"

static const char SQL_LISTS[] =
    "SELECT c.id AS id, c.title AS title, c.reset AS reset, COUNT(i.id) AS total, "
    "COALESCE(SUM(" TICKED "), 0) AS ticked "
    "FROM checklists c LEFT JOIN checklist_items i ON i.checklist_id = c.id "
    "WHERE c.participant_id = ? GROUP BY c.id ORDER BY c.id";
static const char SQL_FIND[] =
    "SELECT id, participant_id, title, reset FROM checklists WHERE id = ?";
static const char SQL_FIND_LOCK[] =
    "SELECT id, participant_id, title, reset FROM checklists WHERE id = ? FOR UPDATE";
static const char SQL_ITEMS[] = "SELECT i.id AS id, i.text AS text, " TICKED " AS ticked "
                                "FROM checklist_items i JOIN checklists c ON c.id = i.checklist_id "
                                "WHERE i.checklist_id = ? ORDER BY i.position, i.id";
/* Two creations at once must not both pass the count: his row first. */
static const char SQL_LOCK_ME[] = "SELECT user_id FROM participants WHERE user_id = ? FOR UPDATE";
static const char SQL_COUNT_LISTS[] =
    "SELECT COUNT(*) AS n FROM checklists WHERE participant_id = ?";
static const char SQL_CREATE[] =
    "INSERT INTO checklists (participant_id, title, reset) VALUES (?, ?, ?)";
static const char SQL_COUNT_ITEMS[] = "SELECT COUNT(*) AS n, COALESCE(MAX(position), 0) AS last "
                                      "FROM checklist_items WHERE checklist_id = ?";
static const char SQL_ADD[] =
    "INSERT INTO checklist_items (checklist_id, text, position) VALUES (?, ?, ?)";
static const char SQL_ITEM[] =
    "SELECT id FROM checklist_items WHERE id = ? AND checklist_id = ? FOR UPDATE";
/* Tick or untick: daily (1) compares with today, manual with nothing. */
static const char SQL_TICK[] =
    "UPDATE checklist_items SET done_on = IF(? = 1, IF(IFNULL(done_on = ?, 0), NULL, ?), "
    "IF(done_on IS NULL, ?, NULL)) WHERE id = ? AND checklist_id = ?";
static const char SQL_REMOVE[] = "DELETE FROM checklist_items WHERE id = ? AND checklist_id = ?";
static const char SQL_RESET[] = "UPDATE checklist_items SET done_on = NULL WHERE checklist_id = ?";
static const char SQL_DELETE[] = "DELETE FROM checklists WHERE id = ?";

static const char *const resets[] = {"daily", "manual", NULL};

const struct field checklist_fields[] = {
    TEXT_FIELD("title", N_("Title"), 1, GOAL_TITLE_MAX, 0),
    CHOICE_FIELD("reset", N_("Start again"), resets, FIELD_REQUIRED),
    FIELDS_END,
};
const struct field checklist_item_fields[] = {
    TEXT_FIELD("text", N_("Item"), 1, CHECKLIST_ITEM_MAX, 0),
    FIELDS_END,
};
const struct field checklist_tick_fields[] = {
    ID_FIELD("item", N_("Item"), FIELD_REQUIRED),
    FIELDS_END,
};

struct checklist {
	long long id;
	const char *title;
	int daily;
};

/* One of his lists, or the 404 page (another's, or none). */
static int find(struct request *req, long long id, int for_update, struct checklist *c)
{
	memset(c, 0, sizeof *c);
	if (goals_me(req) < 0)
		return -1;
	struct db_rows *r = db_query(req, for_update ? SQL_FIND_LOCK : SQL_FIND, db_int(id));
	if (!r)
		return -1;
	long long owner = r->nrows == 1 ? db_get_int(r, 0, "participant_id") : 0;
	int rc = goals_open(req, owner, VIEW_SELF, NULL, 0);
	if (rc != 0)
		return rc;
	c->id = id;
	c->title = db_get(r, 0, "title");
	c->daily = strcmp(db_get(r, 0, "reset"), "daily") == 0;
	return 0;
}

static int lists_page(struct request *req, int status, const char *problem)
{
	long long me = goals_me(req);
	if (me < 0)
		return -1;
	const char *day = goals_today(req);
	struct db_rows *r = db_query(req, SQL_LISTS, db_text(day), db_int(me));
	if (!r)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Your checklists"), "goals/checklists.tpl");
	for (size_t i = 0; i < r->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "checklist");
		page_row(row, r, i); /* id, title, total, ticked */
		int daily = strcmp(db_get(r, i, "reset"), "daily") == 0;
		tmpl_show(row, daily ? "daily" : "manual");
		long long total = db_get_int(r, i, "total");
		if (total > 0 && db_get_int(r, i, "ticked") == total)
			tmpl_show(row, "all_done");
	}
	if (r->nrows == 0)
		tmpl_show(d, "none");
	if (r->nrows < CHECKLISTS_MAX)
		tmpl_show(d, "can_create");
	else
		tmpl_show(d, "full");
	tmpl_set_int(d, "title_max", GOAL_TITLE_MAX);
	tmpl_set_int(d, "checklists_max", CHECKLISTS_MAX);
	if (problem)
		tmpl_set(tmpl_add(d, "problem"), "message", problem);
	/* The choice of reset, daily unless he chose manual. */
	const char *reset = req->form_in ? form_value(req->form_in, "reset") : "";
	tmpl_show(d, strcmp(reset, "manual") == 0 ? "manual_checked" : "daily_checked");
	if (req->form_in)
		form_fill(req->form_in, d);
	goals_feedback_form(req, d);
	return page_end(req, status);
}

int checklists_fn(struct request *req)
{
	return lists_page(req, 200, NULL);
}

/* ROUTE_TX. */
int checklist_create_fn(struct request *req)
{
	long long me = goals_me(req);
	if (me < 0)
		return -1;
	if (req->form_in->failed)
		return lists_page(req, 400, NULL);
	struct db_rows *lock = db_query(req, SQL_LOCK_ME, db_int(me));
	struct db_rows *c = lock ? db_query(req, SQL_COUNT_LISTS, db_int(me)) : NULL;
	if (!c)
		return -1;
	if (db_get_int(c, 0, "n") >= CHECKLISTS_MAX)
		return lists_page(
		    req, 409,
		    arena_printf(req->arena,
		                 _("You have %d checklists, the most you can have. Delete "
		                   "one you no longer use to make a new one."),
		                 CHECKLISTS_MAX));
	long long reset = req_int(req, "reset");
	if (db_exec(req, SQL_CREATE, db_int(me), db_text(req_text(req, "title")),
	            db_text(resets[reset == 1 ? 1 : 0])) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/goals/checklists/%lld", db_last_id()));
}

static int list_page(struct request *req, const struct checklist *c, int status,
                     const char *problem)
{
	struct db_rows *r = db_query(req, SQL_ITEMS, db_text(goals_today(req)), db_int(c->id));
	if (!r)
		return -1;
	struct tmpl_dict *d = page_begin(req, c->title, "goals/checklist.tpl");
	tmpl_set_int(d, "list_id", c->id);
	tmpl_set(d, "title", c->title);
	tmpl_show(d, c->daily ? "daily" : "manual");
	long long ticked = 0;
	for (size_t i = 0; i < r->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "item");
		page_row(row, r, i); /* id, text */
		if (db_get_int(r, i, "ticked")) {
			tmpl_show(row, "ticked");
			ticked++;
		} else {
			tmpl_show(row, "open");
		}
	}
	tmpl_set_int(d, "ticked", ticked);
	tmpl_set_int(d, "total", (long long)r->nrows);
	if (r->nrows == 0)
		tmpl_show(d, "empty");
	else if (ticked == (long long)r->nrows)
		tmpl_show(d, c->daily ? "all_done_today" : "all_done");
	if (r->nrows < CHECKLIST_ITEMS_MAX)
		tmpl_show(d, "can_add");
	else
		tmpl_show(d, "full");
	tmpl_set_int(d, "item_max", CHECKLIST_ITEM_MAX);
	tmpl_set_int(d, "items_max", CHECKLIST_ITEMS_MAX);
	if (problem)
		tmpl_set(tmpl_add(d, "problem"), "message", problem);
	if (req->form_in && req->route->form == checklist_item_fields)
		form_fill(req->form_in, d);
	goals_feedback_form(req, d);
	return page_end(req, status);
}

int checklist_fn(struct request *req)
{
	struct checklist c;
	int rc = find(req, req->ids[0], 0, &c);
	if (rc != 0)
		return rc;
	return list_page(req, &c, 200, NULL);
}

/* ROUTE_TX. The list's row lock keeps two additions at once from both
 * passing the count. */
int checklist_add_fn(struct request *req)
{
	struct checklist c;
	int rc = find(req, req->ids[0], 1, &c);
	if (rc != 0)
		return rc;
	if (req->form_in->failed)
		return list_page(req, &c, 400, NULL);
	struct db_rows *n = db_query(req, SQL_COUNT_ITEMS, db_int(c.id));
	if (!n)
		return -1;
	if (db_get_int(n, 0, "n") >= CHECKLIST_ITEMS_MAX)
		return list_page(
		    req, &c, 409,
		    arena_printf(req->arena,
		                 _("This list has %d items, the most it can have. Remove "
		                   "one to add another."),
		                 CHECKLIST_ITEMS_MAX));
	if (db_exec(req, SQL_ADD, db_int(c.id), db_text(req_text(req, "text")),
	            db_int(db_get_int(n, 0, "last") + 1)) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/goals/checklists/%lld#add", c.id));
}

/* The item named by the form, in this list (locked), or the 404 page. */
static int find_item(struct request *req, const struct checklist *c, long long *item)
{
	*item = req_int(req, "item");
	struct db_rows *r = db_query(req, SQL_ITEM, db_int(*item), db_int(c->id));
	if (!r)
		return -1;
	if (r->nrows != 1)
		return page_error(req, 404, _("There is nothing here for you."));
	return 0;
}

/* ROUTE_TX. */
int checklist_tick_fn(struct request *req)
{
	struct checklist c;
	long long item;
	int rc = find(req, req->ids[0], 1, &c);
	if (rc == 0)
		rc = find_item(req, &c, &item);
	if (rc != 0)
		return rc;
	const char *day = goals_today(req);
	if (db_exec(req, SQL_TICK, db_int(c.daily), db_text(day), db_text(day), db_text(day),
	            db_int(item), db_int(c.id)) < 0)
		return -1;
	return res_redirect(
	    req, arena_printf(req->arena, "/goals/checklists/%lld#item-%lld", c.id, item));
}

/* ROUTE_TX. */
int checklist_remove_fn(struct request *req)
{
	struct checklist c;
	long long item;
	int rc = find(req, req->ids[0], 1, &c);
	if (rc == 0)
		rc = find_item(req, &c, &item);
	if (rc != 0)
		return rc;
	if (db_exec(req, SQL_REMOVE, db_int(item), db_int(c.id)) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/goals/checklists/%lld", c.id));
}

/* ROUTE_TX. */
int checklist_reset_fn(struct request *req)
{
	struct checklist c;
	int rc = find(req, req->ids[0], 1, &c);
	if (rc != 0)
		return rc;
	if (db_exec(req, SQL_RESET, db_int(c.id)) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/goals/checklists/%lld", c.id));
}

/* ROUTE_TX. */
int checklist_delete_fn(struct request *req)
{
	struct checklist c;
	int rc = find(req, req->ids[0], 1, &c);
	if (rc != 0)
		return rc;
	if (db_exec(req, SQL_DELETE, db_int(c.id)) < 0)
		return -1;
	return res_redirect(req, "/goals/checklists");
}
