/*
 * goals.h - the goals companion: a participant on his way back to work,
 * his coach, his employer and his close relative (issue 13; sql/023).
 *
 * Who is who:
 *   participant  any logged-in account with a participants row (made on
 *                his first visit to /goals); an admin puts him in a
 *                programme with a coach. Pages under /goals.
 *   coach        users.role 'coach', in a programme (coaches); reads the
 *                participants whose coach he is. Pages under /coach.
 *   employer     users.role 'employer'; reads a participant who consented
 *                to the link his coach proposed (employer_links). /employer.
 *   relative     any account that entered a participant's one-time code
 *                (relatives). Pages under /supporter.
 *   admin        manages programmes, coaches and who coaches whom
 *                (/coach/programmes); reads no participant's goals.
 *
 * Access: every id in a URL is checked against the viewer through
 * goals_open() and goals_item() below; anything he may not see is a 404
 * (the same page as an id never used), and every opening of a
 * participant's data by someone else is written to the audit log.
 *
 * The files: access.c (this header's access helpers), today.c (/goals),
 * items.c (goals, sub-goals, activities), progress.c, checklists.c,
 * indicators.c (and chart.c, the SVG), calendar.c (and ical.c, the
 * iCalendar writer), people.c (the participant's coach, employer links
 * and relatives), coach.c, programmes.c, employer.c, supporter.c,
 * chat.c. Each page's template is beside it (goals/<name>.tpl).
 */
#ifndef OPBAK_GOALS_H
#define OPBAK_GOALS_H

#include "auth.h"
#include "form.h"
#include "request.h"

struct tmpl_dict;

#define GOALS_COACHES   ROLE_BIT(ROLE_COACH)
#define GOALS_EMPLOYERS ROLE_BIT(ROLE_EMPLOYER)
#define GOALS_ADMINS    ROLE_BIT(ROLE_ADMIN)

/* ---- limits on what a participant or his people type (sql/023) ---- */
#define GOAL_TITLE_MAX       120  /* characters: goal_items.title, checklists.title */
#define GOAL_DESCRIPTION_MAX 2000 /* characters */
#define GOAL_COMMENT_MAX     2000 /* feedback, comments, encouragement, chat */
#define GOAL_CHANGE_MAX      1000 /* a request for a change */
#define GOAL_ITEMS_MAX       500  /* goal items one participant may have */
#define CHECKLIST_ITEM_MAX   200  /* characters of one checklist item */
#define CHECKLIST_ITEMS_MAX  50   /* items in one checklist */
#define CHECKLISTS_MAX       30   /* checklists of one participant */
#define INDICATOR_NAME_MAX   60   /* characters */
#define INDICATORS_MAX       12   /* indicators of one participant */
#define INDICATOR_SCALE_MIN  1
#define INDICATOR_SCALE_MAX  5
#define GOAL_YEAR_MIN        2000 /* a due date outside these years is refused */
#define GOAL_YEAR_MAX        2099
#define QUIET_DAYS           14 /* caseload: nothing done for this long */
#define RELATIVE_CODE_DAYS   7  /* a one-time code is valid this long */
#define CHAT_PAGE            50 /* messages shown at once */

/* How the viewer stands to the participant whose data a page shows. */
enum goals_viewer {
	VIEW_SELF,     /* the participant himself */
	VIEW_COACH,    /* his coach now */
	VIEW_EMPLOYER, /* an employer he consented to be linked with, link open */
	VIEW_RELATIVE, /* a close relative who joined with his code, not ended */
};

/* SQL conditions on a goal_items row `g` joined to its goal `top`
 * (`JOIN goal_items top ON top.id = g.goal_id`): what each viewer sees.
 * A coach sees what is agreed or proposed with him (not personal) and
 * the personal goals shared with him; an employer or a relative only
 * goals shared with him. */
#define GOALS_SEEN_BY_COACH(top)    "(" top ".personal = 0 OR " top ".shared_coach_at IS NOT NULL)"
#define GOALS_SEEN_BY_EMPLOYER(top) "(" top ".shared_employer_at IS NOT NULL)"
#define GOALS_SEEN_BY_RELATIVE(top) "(" top ".shared_relative_at IS NOT NULL)"
/* The condition for a viewer (VIEW_SELF: "1"). */
const char *goals_seen_by(enum goals_viewer as);

/* The participant the logged-in user is: makes his participants row on
 * first use (any logged-in account may keep goals). His id, or -1 on
 * database failure. */
long long goals_me(struct request *req);

/* May the logged-in user open participant's data, and as whom? 0 with
 * *as set, else the status answered (a 404 page: no such participant
 * for him), or -1 on database failure. `expect` is the viewer the page
 * is for (/coach pages: VIEW_COACH, ...): another relation is a 404
 * too. When the viewer is not the participant and audit is set, the
 * opening is written to the audit log ("goals.open", the participant,
 * detail = what, e.g. "coach: goals"). */
int goals_open(struct request *req, long long participant_id, enum goals_viewer expect,
               const char *what, int audit);

/* A goal item as the pages read it; strings in the request's arena. */
struct goal_item {
	long long id;
	long long participant_id;
	long long goal_id;   /* its goal (itself for a goal) */
	long long parent_id; /* 0 for a goal */
	int level;           /* 1 goal, 2 sub-goal, 3 activity */
	const char *title;
	const char *description;
	const char *due_date;     /* "YYYY-MM-DD" or NULL */
	const char *due_time;     /* "HH:MM" or NULL */
	long long remind_minutes; /* -1: no reminder */
	const char *status;       /* "proposed", "active", "on_hold", "done", "dropped" */
	int agreed;
	int personal;
	long long created_by;
	const char *change_request;                         /* NULL: none asked */
	int shared_coach, shared_employer, shared_relative; /* of its goal */
	const char *done_at;
};

/* Read item id for the viewer `as` (the relation the page is for, which
 * goals_open() checks against the item's participant): 0 with *it
 * filled, else 404 answered (not there, not his, not shared with him),
 * or -1. for_update locks the row (a write, ROUTE_TX). audit: as
 * goals_open(). */
int goals_item(struct request *req, long long id, enum goals_viewer as, int for_update, int audit,
               struct goal_item *it);

/* What a status is called on a page ("Proposed", "Active", "On hold",
 * "Done", "Dropped"), translated; and the status choices of a form. */
const char *goals_status_label(const char *status);
extern const char *const goals_status_choices[];
/* "Goal", "Sub-goal", "Activity". */
const char *goals_level_label(int level);

/* The form of a goal item, shared by the participant's pages (items.c)
 * and the coach's (coach.c): item_fields, checked and read by
 * goals_item_input(), shown (filled in again) by goals_item_form().
 * item_form.c and goals/item_form.tpl (tmpl_include(d, "item_form",
 * "goals/item_form.tpl")). */
struct item_input {
	const char *title;
	const char *description;
	const char *due_date;     /* "YYYY-MM-DD" or NULL */
	const char *due_time;     /* "HH:MM" or NULL (only with a date) */
	long long remind_minutes; /* -1: none */
};
/* 0 with *in filled, or 400 after marking what is wrong for the form
 * (the caller then shows its page again with goals_item_form and 400). */
int goals_item_input(struct request *req, struct item_input *in);
/* Fill the form's dictionary: the values sent when the form is shown
 * again, else it's (NULL: empty, for a new item) and the messages. */
void goals_item_form(struct request *req, struct tmpl_dict *d, const struct goal_item *it);

/* The participant's goals as viewer `as` may see them, each with its
 * sub-goals and activities, status and progress bar, into section
 * "goal" of d through goals/tree.tpl (tmpl_include(d, "tree",
 * "goals/tree.tpl")); links go to link_prefix + id ("/goals/",
 * "/coach/item/"..., NULL: no links). Returns how many goals, -1. */
int goals_tree(struct request *req, struct tmpl_dict *d, long long participant_id,
               enum goals_viewer as, const char *link_prefix);

/* The participant's indicators the viewer may see (VIEW_SELF every one;
 * VIEW_COACH those shared with him), each with its chart (SVG, drawn
 * here) and its text alternative, through goals/indicator_charts.tpl
 * (tmpl_include(d, "indicators", ...)). Returns how many, -1. */
int goals_indicators_show(struct request *req, struct tmpl_dict *d, long long participant_id,
                          enum goals_viewer as);

/* Tell user something about a participant's goals: a notification
 * (kind as in sql/023: "goal_proposed", ...) with the actor and the
 * item (0: none). -1 on database failure. */
int goals_notify(struct request *req, long long user_id, const char *kind, long long item_id);

/* A date "YYYY-MM-DD" within GOAL_YEAR_MIN..MAX and a real day of its
 * month: 0, else -1. A time "HH:MM": 0, else -1. Pure (fuzz_goals_dates). */
int goals_parse_date(const char *s, int *year, int *month, int *day);
int goals_parse_time(const char *s, int *hour, int *minute);

/* Fill the section "feedback_form" of a goals page: the "tell us what
 * would help" form (goals/feedback_form.tpl, sent to POST /feedback with
 * area=goals). Call on every goals page. */
void goals_feedback_form(struct request *req, struct tmpl_dict *d);

/* The conversation of kind "coach" or "employer" between participant
 * and other, made (with both sides' chat_members rows) when it is not
 * there yet. Its id, or -1. In the caller's transaction. */
long long chat_ensure(struct request *req, long long participant_id, long long other_id,
                      const char *kind);

/* jobs.c: the hourly job (struct app): a step due today is told to its
 * participant in the header, once. */
void goals_hourly(struct request *req);

/* ---- handlers (main.c's table), by file ---- */
/* today.c, items.c, progress.c: the participant's goals */
int today_fn(struct request *req);
int goals_list_fn(struct request *req);
int item_new_fn(struct request *req);
int item_create_fn(struct request *req);
int item_fn(struct request *req);
int item_edit_form_fn(struct request *req);
int item_edit_fn(struct request *req);
int item_done_fn(struct request *req);
int item_status_fn(struct request *req);
int item_accept_fn(struct request *req);
int item_change_fn(struct request *req);
int item_share_fn(struct request *req);
int item_delete_fn(struct request *req);
int progress_fn(struct request *req);
extern const struct field item_new_query[];
extern const struct field item_fields[];
extern const struct field item_status_fields[];
extern const struct field item_change_fields[];
extern const struct field item_share_fields[];
extern const struct field item_done_fields[];
extern const struct field today_query[];

/* checklists.c, indicators.c, calendar.c */
int checklists_fn(struct request *req);
int checklist_create_fn(struct request *req);
int checklist_fn(struct request *req);
int checklist_add_fn(struct request *req);
int checklist_tick_fn(struct request *req);
int checklist_remove_fn(struct request *req);
int checklist_reset_fn(struct request *req);
int checklist_delete_fn(struct request *req);
extern const struct field checklist_fields[];
extern const struct field checklist_item_fields[];
extern const struct field checklist_tick_fields[];
int indicators_fn(struct request *req);
int indicator_create_fn(struct request *req);
int indicator_fn(struct request *req);
int indicator_rate_fn(struct request *req);
int indicator_share_fn(struct request *req);
int indicator_delete_fn(struct request *req);
extern const struct field indicator_fields[];
extern const struct field indicator_rate_fields[];
extern const struct field indicator_share_fields[];
int calendar_fn(struct request *req);
int calendar_renew_fn(struct request *req);
int calendar_feed_fn(struct request *req);

/* people.c: the participant's coach, employer links, close relatives */
int people_fn(struct request *req);
int people_employer_consent_fn(struct request *req);
int people_employer_end_fn(struct request *req);
int people_relative_invite_fn(struct request *req);
int people_relative_end_fn(struct request *req);

/* coach.c, programmes.c */
int caseload_fn(struct request *req);
int coach_participant_fn(struct request *req);
int coach_propose_form_fn(struct request *req);
int coach_propose_fn(struct request *req);
int coach_item_fn(struct request *req);
int coach_item_edit_form_fn(struct request *req);
int coach_item_edit_fn(struct request *req);
int coach_feedback_fn(struct request *req);
int coach_employer_fn(struct request *req);
int coach_employer_end_fn(struct request *req);
extern const struct field coach_propose_query[];
extern const struct field coach_feedback_fields[];
extern const struct field coach_employer_fields[];
int programmes_fn(struct request *req);
int programme_create_fn(struct request *req);
int programme_fn(struct request *req);
int programme_coach_fn(struct request *req);
int programme_assign_fn(struct request *req);
extern const struct field programme_fields[];
extern const struct field programme_query[];
extern const struct field programme_coach_fields[];
extern const struct field programme_assign_fields[];

/* employer.c, supporter.c */
int employer_fn(struct request *req);
int employer_participant_fn(struct request *req);
int employer_comment_fn(struct request *req);
int supporter_fn(struct request *req);
int supporter_join_fn(struct request *req);
int supporter_participant_fn(struct request *req);
int supporter_encourage_fn(struct request *req);
extern const struct field goals_comment_fields[];
extern const struct field supporter_join_fields[];

/* chat.c */
int chats_fn(struct request *req);
int chat_fn(struct request *req);
int chat_send_fn(struct request *req);
int chat_live_fn(struct request *req);
extern const struct field chat_fields[];
extern const struct field chat_query[];

#endif
