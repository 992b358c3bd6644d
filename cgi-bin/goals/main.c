/*
 * goals - the goals companion: a participant's goals, sub-goals and
 * activities with his coach, his checklists, indicators and calendar
 * (/goals), the coach's caseload (/coach), the employer's and the close
 * relative's views of what is shared with them (/employer, /supporter)
 * and the chats (/chat). The route table is the whole executable;
 * goals.h says which file holds each handler and who may see what.
 */
#include "app.h"
#include "auth.h"
#include "goals.h"

#define LOGIN    ROUTE_LOGIN
#define TX       ROUTE_TX
#define COACH    GOALS_COACHES
#define EMPLOYER GOALS_EMPLOYERS
#define ADMIN    GOALS_ADMINS

/* Every writing route is one transaction (TX); "#" is a row id. The
 * participant's and the relative's pages need only a login (anyone may
 * keep goals, anyone may be a relative); goals_open() checks the rest. */
static const struct route routes[] = {
    /* the participant: today, goals, progress */
    {"GET", "/goals", today_fn, LOGIN, 0, today_query, NULL},
    {"GET", "/goals/all", goals_list_fn, LOGIN, 0, NULL, NULL},
    {"GET", "/goals/progress", progress_fn, LOGIN, 0, NULL, NULL},
    {"GET", "/goals/new", item_new_fn, LOGIN, 0, item_new_query, NULL},
    {"POST", "/goals/new", item_create_fn, LOGIN | TX, 0, item_new_query, item_fields},
    {"GET", "/goals/#", item_fn, LOGIN, 0, NULL, NULL},
    {"GET", "/goals/#/edit", item_edit_form_fn, LOGIN, 0, NULL, NULL},
    {"POST", "/goals/#/edit", item_edit_fn, LOGIN | TX, 0, NULL, item_fields},
    {"POST", "/goals/#/done", item_done_fn, LOGIN | TX, 0, NULL, item_done_fields},
    {"POST", "/goals/#/status", item_status_fn, LOGIN | TX, 0, NULL, item_status_fields},
    {"POST", "/goals/#/accept", item_accept_fn, LOGIN | TX, 0, NULL, NULL},
    {"POST", "/goals/#/change", item_change_fn, LOGIN | TX, 0, NULL, item_change_fields},
    {"POST", "/goals/#/share", item_share_fn, LOGIN | TX, 0, NULL, item_share_fields},
    {"POST", "/goals/#/delete", item_delete_fn, LOGIN | TX, 0, NULL, NULL},
    /* checklists, indicators, the calendar feed */
    {"GET", "/goals/checklists", checklists_fn, LOGIN, 0, NULL, NULL},
    {"POST", "/goals/checklists", checklist_create_fn, LOGIN | TX, 0, NULL, checklist_fields},
    {"GET", "/goals/checklists/#", checklist_fn, LOGIN, 0, NULL, NULL},
    {"POST", "/goals/checklists/#/add", checklist_add_fn, LOGIN | TX, 0, NULL,
     checklist_item_fields},
    {"POST", "/goals/checklists/#/tick", checklist_tick_fn, LOGIN | TX, 0, NULL,
     checklist_tick_fields},
    {"POST", "/goals/checklists/#/remove", checklist_remove_fn, LOGIN | TX, 0, NULL,
     checklist_tick_fields},
    {"POST", "/goals/checklists/#/reset", checklist_reset_fn, LOGIN | TX, 0, NULL, NULL},
    {"POST", "/goals/checklists/#/delete", checklist_delete_fn, LOGIN | TX, 0, NULL, NULL},
    {"GET", "/goals/indicators", indicators_fn, LOGIN, 0, NULL, NULL},
    {"POST", "/goals/indicators", indicator_create_fn, LOGIN | TX, 0, NULL, indicator_fields},
    {"GET", "/goals/indicators/#", indicator_fn, LOGIN, 0, NULL, NULL},
    {"POST", "/goals/indicators/#/rate", indicator_rate_fn, LOGIN | TX, 0, NULL,
     indicator_rate_fields},
    {"POST", "/goals/indicators/#/share", indicator_share_fn, LOGIN | TX, 0, NULL,
     indicator_share_fields},
    {"POST", "/goals/indicators/#/delete", indicator_delete_fn, LOGIN | TX, 0, NULL, NULL},
    {"GET", "/goals/calendar", calendar_fn, LOGIN, 0, NULL, NULL},
    {"POST", "/goals/calendar", calendar_renew_fn, LOGIN | TX, 0, NULL, NULL},
    /* the feed a phone's calendar reads: no login, the address is the secret */
    {"GET", "/goals/calendar/*", calendar_feed_fn, 0, 0, NULL, NULL},
    /* the participant's people: coach, employer links, close relatives */
    {"GET", "/goals/people", people_fn, LOGIN, 0, NULL, NULL},
    {"POST", "/goals/people/employer/#/consent", people_employer_consent_fn, LOGIN | TX, 0, NULL,
     NULL},
    {"POST", "/goals/people/employer/#/end", people_employer_end_fn, LOGIN | TX, 0, NULL, NULL},
    {"POST", "/goals/people/relative", people_relative_invite_fn, LOGIN | TX, 0, NULL, NULL},
    {"POST", "/goals/people/relative/#/end", people_relative_end_fn, LOGIN | TX, 0, NULL, NULL},
    /* the coach ("#" after /p/ is the participant) */
    {"GET", "/coach", caseload_fn, 0, COACH, NULL, NULL},
    {"GET", "/coach/p/#", coach_participant_fn, 0, COACH, NULL, NULL},
    {"GET", "/coach/p/#/propose", coach_propose_form_fn, 0, COACH, coach_propose_query, NULL},
    {"POST", "/coach/p/#/propose", coach_propose_fn, TX, COACH, coach_propose_query, item_fields},
    {"GET", "/coach/item/#", coach_item_fn, 0, COACH, NULL, NULL},
    {"GET", "/coach/item/#/edit", coach_item_edit_form_fn, 0, COACH, NULL, NULL},
    {"POST", "/coach/item/#/edit", coach_item_edit_fn, TX, COACH, NULL, item_fields},
    {"POST", "/coach/item/#/feedback", coach_feedback_fn, TX, COACH, NULL, coach_feedback_fields},
    {"POST", "/coach/p/#/employer", coach_employer_fn, TX, COACH, NULL, coach_employer_fields},
    {"POST", "/coach/p/#/employer/#/end", coach_employer_end_fn, TX, COACH, NULL, NULL},
    /* an admin: programmes, coaches, who coaches whom */
    {"GET", "/coach/programmes", programmes_fn, 0, ADMIN, NULL, NULL},
    {"POST", "/coach/programmes", programme_create_fn, TX, ADMIN, NULL, programme_fields},
    {"GET", "/coach/programmes/#", programme_fn, 0, ADMIN, programme_query, NULL},
    {"POST", "/coach/programmes/#/coach", programme_coach_fn, TX, ADMIN, NULL,
     programme_coach_fields},
    {"POST", "/coach/programmes/#/assign", programme_assign_fn, TX, ADMIN, NULL,
     programme_assign_fields},
    /* the employer and the close relative */
    {"GET", "/employer", employer_fn, 0, EMPLOYER, NULL, NULL},
    {"GET", "/employer/p/#", employer_participant_fn, 0, EMPLOYER, NULL, NULL},
    {"POST", "/employer/item/#/comment", employer_comment_fn, TX, EMPLOYER, NULL,
     goals_comment_fields},
    {"GET", "/supporter", supporter_fn, LOGIN, 0, NULL, NULL},
    {"POST", "/supporter/join", supporter_join_fn, LOGIN | TX, 0, NULL, supporter_join_fields},
    {"GET", "/supporter/p/#", supporter_participant_fn, LOGIN, 0, NULL, NULL},
    {"POST", "/supporter/p/#/encourage", supporter_encourage_fn, LOGIN | TX, 0, NULL,
     goals_comment_fields},
    /* chat: a participant with his coach, with an employer */
    {"GET", "/chat", chats_fn, LOGIN, 0, NULL, NULL},
    {"GET", "/chat/#", chat_fn, LOGIN, 0, chat_query, NULL},
    {"POST", "/chat/#", chat_send_fn, LOGIN | TX, 0, NULL, chat_fields},
    /* nginx asks before a browser may follow a chat live (core/live.h) */
    {"GET", "/chat/#/live", chat_live_fn, 0, 0, NULL, NULL},
};

static const char *const templates[] = {"goals", NULL};

static const struct app app = {
    "goals", routes, sizeof routes / sizeof routes[0], templates, "/account/login", goals_hourly,
};

int main(int argc, char **argv)
{
	return app_main(argc, argv, &app);
}
