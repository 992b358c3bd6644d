/*
 * media - the team's articles: the public pages and their feed under
 * /articles, and the editor's desk under /editor (editors and admins).
 * The route table is the whole executable; media.h says which file holds
 * each handler. The podcast: /podcast (public, its feed), /editor/show and
 * /editor/episodes (the desk).
 */
#include "app.h"
#include "auth.h"
#include "media.h"

#define SHARED  ROUTE_SHARED /* the same for every anonymous reader: nginx keeps it 1 s */
#define TX      ROUTE_TX
#define UPLOAD  ROUTE_UPLOAD /* a multipart body nginx wrote to a file (app.h) */
#define EDITORS MEDIA_EDITORS

/* Every writing route is one transaction (TX); "#" is an article's id,
 * "*" its slug. /articles/feed.xml comes before /articles/<slug> (no slug
 * has a '.'), and /podcast/feed.xml before /podcast/<slug>. */
static const struct route routes[] = {
    {"GET", "/articles", articles_fn, SHARED, 0, articles_query, NULL},
    {"GET", "/articles/feed.xml", articles_feed_fn, SHARED, 0, NULL, NULL},
    {"GET", "/articles/*", article_fn, SHARED, 0, NULL, NULL},
    {"GET", "/podcast", podcast_fn, SHARED, 0, podcast_query, NULL},
    {"GET", "/podcast/feed.xml", podcast_feed_fn, SHARED, 0, NULL, NULL},
    {"GET", "/podcast/*", episode_fn, SHARED, 0, NULL, NULL},
    {"GET", "/podcast/*/chapters.json", episode_chapters_fn, SHARED, 0, NULL, NULL},
    {"GET", "/editor", desk_fn, 0, EDITORS, desk_query, NULL},
    {"GET", "/editor/new", desk_new_fn, 0, EDITORS, NULL, NULL},
    {"POST", "/editor/new", desk_create_fn, TX, EDITORS, NULL, article_fields},
    {"GET", "/editor/#", desk_edit_fn, 0, EDITORS, desk_query, NULL},
    {"POST", "/editor/#", desk_save_fn, TX, EDITORS, NULL, article_fields},
    {"GET", "/editor/#/preview", desk_preview_fn, 0, EDITORS, NULL, NULL},
    {"POST", "/editor/#/publish", desk_publish_fn, TX, EDITORS, NULL, NULL},
    {"POST", "/editor/#/schedule", desk_schedule_fn, TX, EDITORS, NULL, schedule_fields},
    {"POST", "/editor/#/unpublish", desk_unpublish_fn, TX, EDITORS, NULL, NULL},
    {"GET", "/editor/#/delete", desk_delete_form_fn, 0, EDITORS, NULL, NULL},
    {"POST", "/editor/#/delete", desk_delete_fn, TX, EDITORS, NULL, NULL},
    {"GET", "/editor/show", show_edit_fn, 0, EDITORS, show_query, NULL},
    {"POST", "/editor/show", show_save_fn, TX, EDITORS, NULL, show_fields},
    {"GET", "/editor/episodes/new", episode_new_fn, 0, EDITORS, NULL, NULL},
    {"POST", "/editor/episodes/new", episode_create_fn, TX, EDITORS, NULL, episode_fields},
    {"GET", "/editor/episodes/#", episode_edit_fn, 0, EDITORS, episode_query, NULL},
    {"POST", "/editor/episodes/#", episode_save_fn, TX, EDITORS, NULL, episode_fields},
    {"GET", "/editor/episodes/#/preview", episode_preview_fn, 0, EDITORS, NULL, NULL},
    {"POST", "/editor/episodes/#/publish", episode_publish_fn, TX, EDITORS, NULL, NULL},
    {"POST", "/editor/episodes/#/schedule", episode_schedule_fn, TX, EDITORS, NULL,
     schedule_fields},
    {"POST", "/editor/episodes/#/unpublish", episode_unpublish_fn, TX, EDITORS, NULL, NULL},
    {"GET", "/editor/episodes/#/delete", episode_delete_form_fn, 0, EDITORS, NULL, NULL},
    {"POST", "/editor/episodes/#/delete", episode_delete_fn, TX, EDITORS, NULL, NULL},
    /* Uploads (uploads.c): the body comes as a file nginx wrote (UPLOAD). */
    {"POST", "/editor/episodes/#/audio", upload_audio_fn, UPLOAD | TX, EDITORS, NULL, NULL},
    {"POST", "/editor/episodes/#/image", upload_episode_image_fn, UPLOAD | TX, EDITORS, NULL, NULL},
    {"POST", "/editor/episodes/#/transcript", upload_transcript_fn, UPLOAD | TX, EDITORS, NULL,
     NULL},
    {"POST", "/editor/show/artwork", upload_artwork_fn, UPLOAD | TX, EDITORS, NULL, NULL},
    {"POST", "/editor/articles/#/cover", upload_cover_fn, UPLOAD | TX, EDITORS, NULL, NULL},
};

static const char *const templates[] = {"media", NULL};

static const struct app app = {
    "media", routes, sizeof routes / sizeof routes[0], templates, "/account/login", NULL,
};

int main(int argc, char **argv)
{
	return app_main(argc, argv, &app);
}
