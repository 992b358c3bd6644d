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

static const struct route routes[] = {
    {"GET", "/post/new", new_form_fn, ROUTE_LOGIN, 0, NULL, NULL},
    {"POST", "/post/new", new_fn, ROUTE_LOGIN, 0, NULL, NULL},
    {"GET", "/post/deleted", deleted_fn, 0, 0, NULL, NULL},
    {"GET", "/post/report", report_form_fn, ROUTE_LOGIN, 0, NULL, NULL},
    {"POST", "/post/report", report_fn, ROUTE_LOGIN, 0, NULL, NULL},
    {"GET", "/post/ask", ask_form_fn, ROUTE_LOGIN, 0, NULL, NULL},
    {"POST", "/post/ask", ask_fn, ROUTE_LOGIN, 0, NULL, NULL},
    {"GET", "/post/*/edit", edit_form_fn, ROUTE_LOGIN, 0, NULL, NULL},
    {"POST", "/post/*/edit", edit_fn, ROUTE_LOGIN, 0, NULL, NULL},
    {"GET", "/post/*/delete", delete_form_fn, ROUTE_LOGIN, 0, NULL, NULL},
    {"POST", "/post/*/delete", delete_fn, ROUTE_LOGIN, 0, NULL, NULL},
    {"GET", "/post/*/back", back_form_fn, 0, 0, NULL, NULL},
    {"POST", "/post/*/back", back_fn, ROUTE_LOGIN, 0, NULL, NULL},
    {"POST", "/post/backing/*/vote", vote_fn, ROUTE_LOGIN, 0, NULL, NULL},
    {"POST", "/post/backing/*/best", best_fn, ROUTE_LOGIN, 0, NULL, NULL},
    {"GET", "/mod", mod_fn, 0, MODS, NULL, NULL},
    {"GET", "/mod/settings", mod_settings_fn, 0, ADMIN, NULL, NULL},
    {"POST", "/mod/settings", mod_settings_save_fn, 0, ADMIN, NULL, NULL},
    {"GET", "/mod/feedback", mod_feedback_fn, 0, ADMIN, NULL, NULL},
    {"POST", "/mod/item/approve", mod_approve_fn, 0, MODS, NULL, NULL},
    {"POST", "/mod/item/hide", mod_reject_fn, 0, MODS, NULL, NULL},
    {"POST", "/mod/*/hide", mod_hide_fn, 0, MODS, NULL, NULL},
    {"POST", "/mod/*/restore", mod_restore_fn, 0, MODS, NULL, NULL},
    {"POST", "/mod/*/dismiss", mod_dismiss_fn, 0, MODS, NULL, NULL},
    {"GET", "/feedback", feedback_form_fn, 0, 0, NULL, NULL},
    {"POST", "/feedback", feedback_fn, 0, 0, NULL, NULL},
};

static const char *const templates[] = {"post", NULL};

static const struct app app = {
    "post", routes, sizeof routes / sizeof routes[0], templates, "/account/login",
};

int main(int argc, char **argv)
{
	return app_main(argc, argv, &app);
}
