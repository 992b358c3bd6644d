/*
 * item_form.c - what the participant's pages and the coach's share about
 * a goal item (goals.h): its form (item_fields, goals_item_input(),
 * goals_item_form()) and the tree of goals, sub-goals and activities
 * (goals_tree()), plus the participant's dates (participant.h).
 *
 * The form: item_form.tpl holds only the fields and the summary of what
 * is wrong; the caller's template wraps them in its own <form> with its
 * action, the CSRF token and its button:
 *
 *	<form method="post" action="/goals/new" novalidate>
 *	<input type="hidden" name="csrf" value="{{csrf}}">
 *	{{>item_form}}
 *	<button type="submit">...</button>
 *	</form>
 *
 * and its handler calls goals_item_form(req, d, it) with the page's
 * dictionary d (the include is made here). After a refused POST the
 * values sent come back with a message by each field that failed.
 *
 * The tree: goals_tree(req, d, ...) fills the include {{>tree}} of d.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "db.h"
#include "goals.h"
#include "i18n.h"
#include "participant.h"
#include "text.h"
#include "tmpl.h"
#include "when.h"

/* A reminder, in minutes before the due time ("none": no reminder). */
static const char *const remind_choices[] = {"none", "0", "15", "60", "1440", NULL};

const struct field item_fields[] = {
    TEXT_FIELD("title", N_("Title"), 1, GOAL_TITLE_MAX, 0),
    TEXT_FIELD("description", N_("Description"), 0, GOAL_DESCRIPTION_MAX, FIELD_MULTILINE),
    TEXT_FIELD("due_date", N_("Date"), 0, 10, 0),
    TEXT_FIELD("due_time", N_("Time"), 0, 5, 0),
    CHOICE_FIELD("remind", N_("Reminder"), remind_choices, 0),
    FIELDS_END,
};

const char *const goals_own_status_choices[] = {"active", "on_hold", "done", "dropped", NULL};

/* Every goal item of a participant a viewer may see, goal by goal (the
 * open ones first, then done and dropped ones), each goal's items by
 * level and due date; the counts for the progress bars are made in C.
 * One statement per viewer: its condition is part of the prepared text. */
#define TREE_SELECT                                                                                \
	"SELECT g.id, g.goal_id, g.parent_id, g.level, g.title, g.status, g.agreed, "              \
	"top.personal, DATE_FORMAT(g.due_date, '%Y-%m-%d') AS due_date, "                          \
	"TIME_FORMAT(g.due_time, '%H:%i') AS due_time, "                                           \
	"top.shared_coach_at IS NOT NULL AS shared_coach, "                                        \
	"top.shared_employer_at IS NOT NULL AS shared_employer, "                                  \
	"top.shared_relative_at IS NOT NULL AS shared_relative "                                   \
	"FROM goal_items g JOIN goal_items top ON top.id = g.goal_id "                             \
	"WHERE g.participant_id = ? AND "
#define TREE_ORDER                                                                                 \
	" ORDER BY top.status IN ('done', 'dropped'), top.id, g.level, g.due_date IS NULL, "       \
	"g.due_date, g.due_time, g.id"
static const char SQL_TREE_SELF[] = TREE_SELECT "1" TREE_ORDER;
static const char SQL_TREE_COACH[] = TREE_SELECT GOALS_SEEN_BY_COACH("top") TREE_ORDER;
static const char SQL_TREE_EMPLOYER[] = TREE_SELECT GOALS_SEEN_BY_EMPLOYER("top") TREE_ORDER;
static const char SQL_TREE_RELATIVE[] = TREE_SELECT GOALS_SEEN_BY_RELATIVE("top") TREE_ORDER;

const char *goals_today(struct request *req)
{
	when_zone(req); /* sets the worker's TZ to the site's zone */
	time_t now = time(NULL);
	struct tm tm;
	char day[16];
	if (!localtime_r(&now, &tm) || strftime(day, sizeof day, "%Y-%m-%d", &tm) == 0)
		return "2000-01-01";
	return arena_strdup(req->arena, day);
}

const char *goals_due_text(struct request *req, const char *date, const char *time_of_day)
{
	if (!date)
		return "";
	/* Noon UTC is the same day on the wall clock of every European
	 * zone (and any within eleven hours of UTC), so the day's words come
	 * from when.c, as everywhere on the site. */
	const char *day =
	    when_text(req, arena_printf(req->arena, "%s 12:00:00", date), WHEN_DAY, time(NULL));
	if (!time_of_day)
		return day;
	/* TRANSLATORS: a due date and its time of day, e.g. "31 May 2026, 09:30". */
	return arena_printf(req->arena, _("%s, %s"), day, time_of_day);
}

/* A date of the right shape (four digits, two, two) whose year is
 * outside the years taken: said so, rather than "not a date". */
static int year_out_of_range(const char *s)
{
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (int i = 0; i < 4; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	int year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	return year < GOAL_YEAR_MIN || year > GOAL_YEAR_MAX;
}

int goals_item_input(struct request *req, struct item_input *in)
{
	struct form *f = req->form_in;
	memset(in, 0, sizeof *in);
	in->remind_minutes = -1;
	if (!f)
		return 400;
	in->title = form_value(f, "title");
	in->description = form_value(f, "description");
	const char *date = form_value(f, "due_date");
	const char *at = form_value(f, "due_time");
	long long remind = form_int(f, "remind"); /* index in remind_choices, -1 absent */
	int y, mo, d, h, mi;

	if (!form_value(f, "title")[0] || text_blank(in->title))
		form_error(f, "title", _("Write a title: a few words about what it is."));
	if (*date && goals_parse_date(date, &y, &mo, &d) < 0)
		form_error(f, "due_date",
		           year_out_of_range(date)
		               ? arena_printf(req->arena,
		                              _("The date must be in the years %d to %d."),
		                              GOAL_YEAR_MIN, GOAL_YEAR_MAX)
		               : _("That is not a date. Write it like 2026-05-31."));
	if (*at && goals_parse_time(at, &h, &mi) < 0)
		form_error(f, "due_time", _("That is not a time. Write it like 09:30."));
	else if (*at && !*date)
		form_error(f, "due_time", _("A time needs a date too."));
	if (remind > 0 && !*at)
		form_error(f, "remind", _("A reminder needs a time."));
	if (f->failed)
		return 400;
	in->due_date = *date ? date : NULL;
	in->due_time = *at ? at : NULL;
	if (remind > 0)
		in->remind_minutes = strtoll(remind_choices[remind], NULL, 10);
	return 0;
}

static const char *remind_label(const char *choice)
{
	if (strcmp(choice, "0") == 0)
		return _("At the time");
	if (strcmp(choice, "15") == 0)
		return _("15 minutes before");
	if (strcmp(choice, "60") == 0)
		return _("1 hour before");
	if (strcmp(choice, "1440") == 0)
		return _("1 day before");
	return _("No reminder");
}

void goals_item_form(struct request *req, struct tmpl_dict *d, const struct goal_item *it)
{
	struct tmpl_dict *t = tmpl_include(d, "item_form", "goals/item_form.tpl");
	tmpl_set_int(t, "title_max", GOAL_TITLE_MAX);
	tmpl_set_int(t, "description_max", GOAL_DESCRIPTION_MAX);
	tmpl_set_int(t, "year_min", GOAL_YEAR_MIN);
	tmpl_set_int(t, "year_max", GOAL_YEAR_MAX);
	const char *remind = "none";
	if (req->form_in && req->form_in->fields == item_fields) {
		/* the values sent, and what is wrong with them */
		form_fill(req->form_in, t);
		const char *sent = form_value(req->form_in, "remind");
		if (*sent)
			remind = sent;
	} else if (it) {
		tmpl_set(t, "title", it->title);
		tmpl_set(t, "description", it->description);
		tmpl_set(t, "due_date", it->due_date ? it->due_date : "");
		tmpl_set(t, "due_time", it->due_time ? it->due_time : "");
		if (it->remind_minutes >= 0)
			remind = arena_printf(req->arena, "%lld", it->remind_minutes);
	}
	for (size_t i = 0; remind_choices[i]; i++) {
		struct tmpl_dict *o = tmpl_add(t, "remind_option");
		tmpl_set(o, "value", remind_choices[i]);
		tmpl_set(o, "label", remind_label(remind_choices[i]));
		if (strcmp(remind_choices[i], remind) == 0)
			tmpl_show(o, "selected");
	}
}

static const char *tree_sql(enum goals_viewer as)
{
	switch (as) {
	case VIEW_COACH: return SQL_TREE_COACH;
	case VIEW_EMPLOYER: return SQL_TREE_EMPLOYER;
	case VIEW_RELATIVE: return SQL_TREE_RELATIVE;
	case VIEW_SELF: break;
	}
	return SQL_TREE_SELF;
}

/* One item of the tree: its title, level, status, due date and link. */
static void tree_row(struct request *req, struct tmpl_dict *row, const struct db_rows *r, size_t i,
                     const char *link_prefix)
{
	const char *status = db_get(r, i, "status");
	tmpl_set(row, "id", db_get(r, i, "id"));
	tmpl_set(row, "title", db_get(r, i, "title"));
	tmpl_set(row, "status", status);
	tmpl_set(row, "status_label", goals_status_label(status));
	tmpl_set(row, "level_label", goals_level_label((int)db_get_int(r, i, "level")));
	const char *due = db_get(r, i, "due_date");
	if (due) {
		tmpl_show(row, "due");
		tmpl_set(row, "due_iso", due);
		tmpl_set(row, "due_text", goals_due_text(req, due, db_get(r, i, "due_time")));
	}
	if (strcmp(status, "done") == 0)
		tmpl_show(row, "is_done");
	if (db_get_int(r, i, "agreed"))
		tmpl_show(row, "agreed");
	if (link_prefix) {
		tmpl_show(row, "link");
		tmpl_set(row, "href",
		         arena_printf(req->arena, "%s%s", link_prefix, db_get(r, i, "id")));
	} else {
		tmpl_show(row, "nolink");
	}
}

int goals_tree(struct request *req, struct tmpl_dict *d, long long participant_id,
               enum goals_viewer as, const char *link_prefix)
{
	struct db_rows *r = db_query(req, tree_sql(as), db_int(participant_id));
	if (!r)
		return -1;
	struct tmpl_dict *t = tmpl_include(d, "tree", "goals/tree.tpl");
	int goals = 0;
	for (size_t i = 0; i < r->nrows; i++) {
		if (db_get_int(r, i, "level") != 1)
			continue;
		long long goal = db_get_int(r, i, "id");
		struct tmpl_dict *g = tmpl_add(t, "goal");
		tree_row(req, g, r, i, link_prefix);
		goals++;
		if (as == VIEW_SELF) {
			if (db_get_int(r, i, "personal"))
				tmpl_show(g, "personal");
			if (db_get_int(r, i, "shared_coach") ||
			    db_get_int(r, i, "shared_employer") ||
			    db_get_int(r, i, "shared_relative"))
				tmpl_show(g, "shared");
		}
		/* The rows of this goal follow it in level order: sub-goals,
		 * then activities; each activity goes under its sub-goal. */
		long long done = 0, total = 0;
		struct tmpl_dict *subs = NULL;
		for (size_t j = 0; j < r->nrows; j++) {
			if (db_get_int(r, j, "goal_id") != goal || db_get_int(r, j, "level") != 2)
				continue;
			if (!subs)
				subs = tmpl_add(g, "subgoals");
			struct tmpl_dict *s = tmpl_add(subs, "subgoal");
			tree_row(req, s, r, j, link_prefix);
			long long sub = db_get_int(r, j, "id");
			struct tmpl_dict *acts = NULL;
			for (size_t k = 0; k < r->nrows; k++) {
				if (db_get_int(r, k, "parent_id") != sub ||
				    db_get_int(r, k, "level") != 3)
					continue;
				if (!acts)
					acts = tmpl_add(s, "activities");
				tree_row(req, tmpl_add(acts, "activity"), r, k, link_prefix);
			}
		}
		for (size_t j = 0; j < r->nrows; j++) {
			if (db_get_int(r, j, "goal_id") != goal || db_get_int(r, j, "level") == 1)
				continue;
			const char *st = db_get(r, j, "status");
			if (strcmp(st, "dropped") == 0)
				continue;
			total++;
			done += strcmp(st, "done") == 0;
		}
		if (total) {
			tmpl_show(g, "progress");
			tmpl_set_int(g, "done", done);
			tmpl_set_int(g, "total", total);
			tmpl_set_int(g, "percent", done * 100 / total);
			tmpl_set(
			    g, "progress_text",
			    arena_printf(req->arena,
			                 ngettext("%lld of %lld step done",
			                          "%lld of %lld steps done", (unsigned long)total),
			                 done, total));
		} else {
			tmpl_show(g, "no_steps");
		}
	}
	if (goals)
		tmpl_show(t, "some");
	else
		tmpl_show(t, "none");
	return goals;
}
