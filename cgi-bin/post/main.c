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
    {"GET", "/post/new", new_form_fn, ROUTE_LOGIN, 0},
    {"POST", "/post/new", new_fn, ROUTE_LOGIN, 0},
    {"GET", "/post/deleted", deleted_fn, 0, 0},
    {"GET", "/post/report", report_form_fn, ROUTE_LOGIN, 0},
    {"POST", "/post/report", report_fn, ROUTE_LOGIN, 0},
    {"GET", "/post/ask", ask_form_fn, ROUTE_LOGIN, 0},
    {"POST", "/post/ask", ask_fn, ROUTE_LOGIN, 0},
    {"GET", "/post/*/edit", edit_form_fn, ROUTE_LOGIN, 0},
    {"POST", "/post/*/edit", edit_fn, ROUTE_LOGIN, 0},
    {"GET", "/post/*/delete", delete_form_fn, ROUTE_LOGIN, 0},
    {"POST", "/post/*/delete", delete_fn, ROUTE_LOGIN, 0},
    {"GET", "/post/*/back", back_form_fn, 0, 0},
    {"POST", "/post/*/back", back_fn, ROUTE_LOGIN, 0},
    {"POST", "/post/backing/*/vote", vote_fn, ROUTE_LOGIN, 0},
    {"POST", "/post/backing/*/best", best_fn, ROUTE_LOGIN, 0},
    {"GET", "/mod", mod_fn, 0, MODS},
    {"GET", "/mod/settings", mod_settings_fn, 0, ADMIN},
    {"POST", "/mod/settings", mod_settings_save_fn, 0, ADMIN},
    {"GET", "/mod/feedback", mod_feedback_fn, 0, ADMIN},
    {"POST", "/mod/item/approve", mod_approve_fn, 0, MODS},
    {"POST", "/mod/item/hide", mod_reject_fn, 0, MODS},
    {"POST", "/mod/*/hide", mod_hide_fn, 0, MODS},
    {"POST", "/mod/*/restore", mod_restore_fn, 0, MODS},
    {"POST", "/mod/*/dismiss", mod_dismiss_fn, 0, MODS},
    {"GET", "/feedback", feedback_form_fn, 0, 0},
    {"POST", "/feedback", feedback_fn, 0, 0},
};

static const char *const templates[] = {"post", NULL};

static const struct app app = {
    "post",
    routes,
    sizeof routes / sizeof routes[0],
    templates,
};

int main(int argc, char **argv)
{
	return app_main(argc, argv, &app);
}
