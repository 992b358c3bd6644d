/*
 * post - the writing side of the community: posts, backings, votes, best
 * backings, reports, questions to a support person, the moderation queue
 * and feedback to the team. The route table is the whole executable;
 * post.h says which file holds each handler.
 */
#include "app.h"
#include "auth.h"
#include "post.h"

#define MODS  AUTH_MODERATORS
#define ADMIN ROLE_BIT(ROLE_ADMIN)
#define LOGIN ROUTE_LOGIN
#define TX    ROUTE_TX

/* Every writing route is one transaction (TX); "#" is a row id. */
static const struct route routes[] = {
    {"GET", "/post/new", new_form_fn, LOGIN, 0, post_new_query, NULL},
    {"POST", "/post/new", new_fn, LOGIN | TX, 0, NULL, post_fields},
    {"GET", "/post/deleted", deleted_fn, 0, 0, NULL, NULL},
    {"GET", "/post/report", report_form_fn, LOGIN, 0, report_query, NULL},
    {"POST", "/post/report", report_fn, LOGIN | TX, 0, NULL, report_fields},
    {"GET", "/post/ask", ask_form_fn, LOGIN, 0, ask_query, NULL},
    {"POST", "/post/ask", ask_fn, LOGIN | TX, 0, NULL, ask_fields},
    {"GET", "/post/#/edit", edit_form_fn, LOGIN, 0, NULL, NULL},
    {"POST", "/post/#/edit", edit_fn, LOGIN | TX, 0, NULL, post_fields},
    {"GET", "/post/#/delete", delete_form_fn, LOGIN, 0, NULL, NULL},
    {"POST", "/post/#/delete", delete_fn, LOGIN | TX, 0, NULL, NULL},
    {"GET", "/post/#/back", back_form_fn, 0, 0, NULL, NULL},
    {"POST", "/post/#/back", back_fn, LOGIN | TX, 0, NULL, backing_fields},
    {"POST", "/post/#/review", review_fn, LOGIN | TX, 0, NULL, review_fields},
    {"POST", "/post/backing/#/vote", vote_fn, LOGIN | TX, 0, NULL, NULL},
    {"POST", "/post/backing/#/best", best_fn, LOGIN | TX, 0, NULL, NULL},
    {"GET", "/mod", mod_fn, 0, MODS, mod_query, NULL},
    {"GET", "/mod/settings", mod_settings_fn, 0, ADMIN, mod_settings_query, NULL},
    {"POST", "/mod/settings", mod_settings_save_fn, TX, ADMIN, NULL, mod_settings_fields},
    {"GET", "/mod/feedback", mod_feedback_fn, 0, ADMIN, mod_feedback_query, NULL},
    {"POST", "/mod/item/approve", mod_approve_fn, TX, MODS, NULL, mod_item_fields},
    {"POST", "/mod/item/hide", mod_reject_fn, TX, MODS, NULL, mod_item_fields},
    {"POST", "/mod/#/hide", mod_hide_fn, TX, MODS, NULL, NULL},
    {"POST", "/mod/#/restore", mod_restore_fn, TX, MODS, NULL, NULL},
    {"POST", "/mod/#/dismiss", mod_dismiss_fn, TX, MODS, NULL, NULL},
    {"POST", "/mod/#/keep", mod_keep_fn, TX, MODS, NULL, NULL},
    {"GET", "/feedback", feedback_form_fn, 0, 0, feedback_query, NULL},
    {"POST", "/feedback", feedback_fn, TX, 0, NULL, feedback_fields},
};

static const char *const templates[] = {"post", NULL};

static const struct app app = {
    "post", routes, sizeof routes / sizeof routes[0], templates, "/account/login", NULL,
};

int main(int argc, char **argv)
{
	return app_main(argc, argv, &app);
}
