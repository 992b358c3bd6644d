/*
 * feed - the pages that read: the community feed, topics, posts,
 * profiles, search, the leaderboard, notifications and the RSS feeds.
 * Every form on these pages posts to the post executable (/post/...).
 * Every address no other executable owns ends here, so its 404 page is
 * the site's 404 page.
 */
#include "app.h"
#include "feed.h"

static const struct route routes[] = {
    {"GET", "/", home_fn, 0, 0},
    {"GET", "/feed.xml", rss_home_fn, 0, 0},
    {"GET", "/t/*", topic_fn, 0, 0},
    {"GET", "/t/*/feed.xml", rss_topic_fn, 0, 0},
    {"GET", "/p/*", post_page_fn, 0, 0},
    {"GET", "/u/*", profile_fn, 0, 0},
    {"GET", "/search", search_fn, 0, 0},
    {"GET", "/leaderboard", leaderboard_fn, 0, 0},
    {"GET", "/notifications", notifications_fn, ROUTE_LOGIN, 0},
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
