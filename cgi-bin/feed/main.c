/*
 * feed - the pages that read: the community feed, topics, posts,
 * profiles, search, the leaderboard, notifications and the RSS feeds.
 * Every form on these pages posts to the post executable (/post/...).
 * Every address no other executable owns ends here, so its 404 page is
 * the site's 404 page.
 */
#include "app.h"
#include "feed.h"

#define LIST   feed_list_fields   /* ?before=<id> */
#define FILTER feed_filter_fields /* ?show=newest|unanswered|backed&backings=&before= */
#define SHARED ROUTE_SHARED       /* the same for every anonymous reader: nginx keeps it 1 s */

static const struct route routes[] = {
    {"GET", "/", home_fn, SHARED, 0, FILTER, NULL},
    {"GET", "/feed.xml", rss_home_fn, SHARED, 0, NULL, NULL},
    {"GET", "/t/*", topic_fn, SHARED, 0, FILTER, NULL},
    {"GET", "/t/*/feed.xml", rss_topic_fn, SHARED, 0, NULL, NULL},
    {"GET", "/p/#", post_page_fn, SHARED, 0, post_page_fields, NULL},
    {"GET", "/u/*", profile_fn, SHARED, 0, LIST, NULL},
    {"GET", "/search", search_fn, SHARED, 0, search_fields, NULL},
    {"GET", "/leaderboard", leaderboard_fn, SHARED, 0, leaderboard_fields, NULL},
    {"GET", "/notifications", notifications_fn, ROUTE_LOGIN, 0, LIST, NULL},
};

static const char *const templates[] = {"feed", NULL};

static const struct app app = {
    "feed", routes, sizeof routes / sizeof routes[0], templates, "/account/login", NULL,
};

int main(int argc, char **argv)
{
	return app_main(argc, argv, &app);
}
