/*
 * feed - the pages that read: for now the front page; the community
 * feed, topics, posts, profiles, search and the leaderboard come here.
 * Every address no other executable owns ends here, so its 404 page is
 * the site's 404 page.
 */
#include "app.h"
#include "feed.h"

static const struct route routes[] = {
    {"GET", "/", home_fn, 0, 0},
};

static const char *const templates[] = {"feed", NULL};

static const struct app app = {
    "feed",
    routes,
    sizeof routes / sizeof routes[0],
    templates,
};

int main(int argc, char **argv)
{
	return app_main(argc, argv, &app);
}
