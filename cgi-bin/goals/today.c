/*
 * today.c - GET /goals[?done=<id>]: the participant's first page, made
 * for a phone and for a tired head: one step at a time. The first step
 * is what is due today or overdue (else the next one coming), big, with
 * a one-tap "Done"; then a few next ones, his coach's proposals waiting
 * for his answer, today's checklists, and the way to everything else.
 * After a "Done" (items.c sends him back with ?done=<id>) a short word
 * of acknowledgement names the step.
 */
#include <string.h>

#include "app.h"
#include "db.h"
#include "goals.h"
#include "i18n.h"
#include "page.h"
#include "participant.h"
#include "tmpl.h"

#define TODAY_NEXT 4 /* steps shown after the first */

const struct field today_query[] = {
    ID_FIELD("done", N_("Done"), 0),
    FIELDS_END,
};

/* His dated open steps (sub-goals and activities of goals he works on),
 * the earliest first: overdue ones come before today's. Read along
 * goal_items_due (participant_id, status, due_date). */
static const char SQL_STEPS[] =
    "SELECT g.id, g.level, g.title, DATE_FORMAT(g.due_date, '%Y-%m-%d') AS due_date, "
    "TIME_FORMAT(g.due_time, '%H:%i') AS due_time, top.title AS goal_title "
    "FROM goal_items g JOIN goal_items top ON top.id = g.goal_id "
    "WHERE g.participant_id = ? AND g.status = 'active' AND g.due_date IS NOT NULL "
    "AND g.level > 1 AND top.status = 'active' "
    "ORDER BY g.due_date, g.due_time IS NULL, g.due_time, g.id LIMIT ?";
static const char SQL_PROPOSALS[] =
    "SELECT id, level, title FROM goal_items WHERE participant_id = ? AND status = 'proposed' "
    "AND (created_by IS NULL OR created_by <> ?) ORDER BY id LIMIT 20";
/* A daily list's item counts as ticked only on the day it was ticked. */
static const char SQL_CHECKLISTS[] =
    "SELECT c.id, c.title, COUNT(i.id) AS total, "
    "COALESCE(SUM(i.done_on IS NULL OR i.done_on <> ?), 0) AS open "
    "FROM checklists c LEFT JOIN checklist_items i ON i.checklist_id = c.id "
    "WHERE c.participant_id = ? AND c.reset = 'daily' GROUP BY c.id, c.title ORDER BY c.id "
    "LIMIT 30";
static const char SQL_DONE[] =
    "SELECT title FROM goal_items WHERE id = ? AND participant_id = ? AND status = 'done'";

static const char *well_done(long long id)
{
	switch (id % 3) {
	case 0: return _("Well done.");
	case 1: return _("Good work.");
	default: return _("One more step taken.");
	}
}

static void step_row(struct request *req, struct tmpl_dict *row, const struct db_rows *r, size_t i,
                     const char *today)
{
	const char *due = db_get(r, i, "due_date");
	tmpl_set(row, "id", db_get(r, i, "id"));
	tmpl_set(row, "title", db_get(r, i, "title"));
	tmpl_set(row, "goal_title", db_get(r, i, "goal_title"));
	tmpl_set(row, "level_label", goals_level_label((int)db_get_int(r, i, "level")));
	tmpl_set(row, "due_iso", due);
	int cmp = strcmp(due, today);
	const char *at = db_get(r, i, "due_time");
	if (cmp == 0)
		tmpl_set(row, "due_text",
		         at ? arena_printf(req->arena, _("Today at %s"), at) : _("Today"));
	else if (cmp < 0)
		tmpl_set(row, "due_text",
		         arena_printf(req->arena, _("From %s"), goals_due_text(req, due, NULL)));
	else
		tmpl_set(row, "due_text", goals_due_text(req, due, at));
}

int today_fn(struct request *req)
{
	long long me = goals_me(req);
	if (me < 0)
		return -1;
	const char *today = goals_today(req);
	struct db_rows *steps = db_query(req, SQL_STEPS, db_int(me), db_int(TODAY_NEXT + 1));
	struct db_rows *props = steps ? db_query(req, SQL_PROPOSALS, db_int(me), db_int(me)) : NULL;
	struct db_rows *lists =
	    props ? db_query(req, SQL_CHECKLISTS, db_text(today), db_int(me)) : NULL;
	if (!lists)
		return -1;
	struct db_rows *done = NULL;
	long long done_id = req_int(req, "done");
	if (done_id && !(done = db_query(req, SQL_DONE, db_int(done_id), db_int(me))))
		return -1;

	struct tmpl_dict *d = page_begin(req, _("Today"), "goals/today.tpl");
	if (done && done->nrows == 1) {
		tmpl_show(d, "acknowledged");
		tmpl_set(d, "done_title", db_get(done, 0, "title"));
		tmpl_set(d, "well_done", well_done(done_id));
	}
	if (steps->nrows) {
		struct tmpl_dict *first = tmpl_add(d, "first");
		step_row(req, first, steps, 0, today);
		tmpl_show(d, strcmp(db_get(steps, 0, "due_date"), today) <= 0 ? "first_now"
		                                                              : "first_later");
		for (size_t i = 1; i < steps->nrows; i++)
			step_row(req, tmpl_add(d, "next"), steps, i, today);
		if (steps->nrows > 1)
			tmpl_show(d, "has_next");
	} else {
		tmpl_show(d, "nothing");
	}
	for (size_t i = 0; i < props->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "proposal");
		page_row(row, props, i); /* id, title */
		tmpl_set(row, "level_label", goals_level_label((int)db_get_int(props, i, "level")));
	}
	if (props->nrows)
		tmpl_show(d, "proposals");
	size_t shown = 0;
	for (size_t i = 0; i < lists->nrows; i++) {
		if (db_get_int(lists, i, "total") == 0)
			continue;
		struct tmpl_dict *row = tmpl_add(d, "checklist");
		page_row(row, lists, i); /* id, title */
		long long open = db_get_int(lists, i, "open");
		if (open)
			tmpl_set(
			    row, "left",
			    arena_printf(req->arena,
			                 ngettext("%lld left", "%lld left", (unsigned long)open),
			                 open));
		else
			tmpl_set(row, "left", _("All ticked"));
		shown++;
	}
	if (shown)
		tmpl_show(d, "checklists");
	goals_feedback_form(req, d);
	return page_end(req, 200);
}
