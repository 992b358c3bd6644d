/*
 * inbox - the private conversations between a member and the support
 * persons: the member's side under /ask, the support persons' under
 * /inbox. The route table is the whole executable; inbox.h says which
 * file holds each handler.
 */
#include "app.h"
#include "auth.h"
#include "inbox.h"

#define LOGIN ROUTE_LOGIN
#define TX    ROUTE_TX
#define STAFF INBOX_STAFF

/* Every writing route is one transaction (TX); "#" is a question's id. */
static const struct route routes[] = {
    {"GET", "/ask", ask_list_fn, LOGIN, 0, ask_list_query, NULL},
    {"GET", "/ask/#", ask_thread_fn, LOGIN, 0, ask_thread_query, NULL},
    {"POST", "/ask/#/reply", ask_reply_fn, LOGIN | TX, 0, NULL, inbox_message_fields},
    {"POST", "/ask/#/close", ask_close_fn, LOGIN | TX, 0, NULL, NULL},
    {"GET", "/inbox", desk_fn, 0, STAFF, desk_query, NULL},
    {"GET", "/inbox/stats", stats_fn, 0, STAFF, stats_query, NULL},
    {"GET", "/inbox/#", desk_thread_fn, 0, STAFF, desk_thread_query, NULL},
    {"POST", "/inbox/#/claim", desk_claim_fn, TX, STAFF, NULL, NULL},
    {"POST", "/inbox/#/unassign", desk_unassign_fn, TX, STAFF, NULL, NULL},
    {"POST", "/inbox/#/reply", desk_reply_fn, TX, STAFF, NULL, inbox_message_fields},
    {"POST", "/inbox/#/note", desk_note_fn, TX, STAFF, NULL, inbox_message_fields},
    {"POST", "/inbox/#/close", desk_close_fn, TX, STAFF, NULL, NULL},
    {"GET", "/support", support_fn, 0, 0, NULL, NULL},
    {"POST", "/inbox/available", support_available_fn, TX, STAFF, NULL, support_available_fields},
    {"POST", "/inbox/#/handover", desk_handover_fn, TX, STAFF, NULL, desk_handover_fields},
    {"GET", "/inbox/replies", replies_fn, 0, STAFF, replies_query, NULL},
    {"POST", "/inbox/replies", replies_add_fn, TX, STAFF, NULL, replies_fields},
    {"POST", "/inbox/replies/#/delete", replies_delete_fn, TX, STAFF, NULL, NULL},
    {"GET", "/inbox/#/publish", publish_form_fn, 0, STAFF, NULL, NULL},
    {"POST", "/inbox/#/publish", publish_fn, TX, STAFF, NULL, publish_fields},
    /* Live updates (core/live.h): nginx asks these before a browser may
     * subscribe (no login flag: a refusal is a 403/404, never a redirect
     * to the login page); typing writes nothing. */
    {"GET", "/ask/#/live", ask_live_fn, 0, 0, NULL, NULL},
    {"GET", "/inbox/#/live", desk_live_fn, 0, 0, NULL, NULL},
    {"POST", "/inbox/#/typing", desk_typing_fn, 0, STAFF, NULL, NULL},
};

static const char *const templates[] = {"inbox", NULL};

static const struct app app = {
    "inbox", routes, sizeof routes / sizeof routes[0], templates, "/account/login", inbox_hourly,
};

int main(int argc, char **argv)
{
	return app_main(argc, argv, &app);
}
