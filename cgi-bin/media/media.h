/*
 * media.h - the team's articles (and, in a later slice, the podcast):
 * the public pages under /articles, their RSS feed, and the editor's desk
 * under /editor (roles editor and admin).
 *
 *   article.c   what the public and the desk share: an article's address
 *               (slug) rules, its Markdown checked and rendered, the page
 *               of one article (also the desk's preview)
 *   articles.c  GET /articles, /articles/<slug>, /articles/feed.xml
 *   desk.c      /editor: the lists, new, edit, preview, publish, schedule,
 *               unpublish, delete
 *   publishing.c what articles and episodes share at the desk: the
 *               actions (publish, schedule, unpublish, delete) behind a
 *               struct publishing_kind, the schedule's time, the status
 *               an edit page shows
 *   uuid.c      SHA-1, UUID v4 (an episode's guid) and v5 (the show's
 *               podcast:guid)
 *   show.c      /editor/show: the podcast's show (one row)
 *   episodes.c  /editor/episodes: new, edit, preview, publish, schedule,
 *               unpublish, delete (as articles)
 *   podcast.c   GET /podcast, /podcast/<slug>, its chapters.json, and
 *               /podcast/feed.xml (RSS 2.0 with itunes and podcast)
 *
 * Table: articles (sql/020). When an article is public is one column the
 * database computes from its status, public_at (see sql/020): every
 * public query asks `public_at <= NOW()`, so a scheduled article is
 * public when its time has come, with no job.
 */
#ifndef OPBAK_MEDIA_H
#define OPBAK_MEDIA_H

#include <stddef.h>
#include <time.h>

#include "auth.h"
#include "form.h"
#include "request.h"
#include "topics.h"

struct tmpl_dict;
struct db_rows;

/* Who works the desk. */
#define MEDIA_EDITORS (ROLE_BIT(ROLE_EDITOR) | ROLE_BIT(ROLE_ADMIN))

/* ---- article.c ---- */

/* 1 when s may be an article's address: LIMIT_ARTICLE_SLUG_MIN to
 * LIMIT_ARTICLE_SLUG_MAX of a-z, 0-9 and '-', not starting or ending
 * with '-' (the column is ASCII: anything else is answered before a
 * query). */
int article_slug_valid(const char *s);
/* An address made from a title: letters of the Nordic and other Latin
 * alphabets spelt in a-z (æ ae, ø oe, å aa, é e ...), every other run of
 * characters one '-', cut at a '-' to at most 60 characters; "article"
 * when nothing is left. Allocated from a. */
char *article_slug_from(struct arena *a, const char *title);

/* What is wrong with an article's Markdown for its editor, or NULL: raw
 * HTML (the page would drop it silently) or a link or image to a
 * javascript:, vbscript:, file: or data: address. */
const char *article_markdown_problem(const char *body);

/* The columns of one article as its page shows it (article.tpl), for
 * "SELECT " ARTICLE_COLUMNS ARTICLE_FROM "WHERE ...": the first
 * parameter is the language of the topic's name (db_text(i18n_lang())). */
#define ARTICLE_COLUMNS                                                                            \
	"a.id AS id, a.slug AS slug, a.title AS title, a.summary AS summary, "                     \
	"a.body_html AS body_html, a.status AS status, a.public_at AS public_at, "                 \
	"a.updated_at AS updated_at, a.published_at AS published_at, a.cover_path AS cover_path, " \
	"t.slug AS topic_slug, " TOPIC_NAME("topic") ", u.handle AS author "
#define ARTICLE_FROM                                                                               \
	"FROM articles a STRAIGHT_JOIN topics t ON t.id = a.topic_id " TOPIC_TEXTS_JOIN            \
	"LEFT JOIN users u ON u.id = a.author_id "

/* Fill d (media/article.tpl) from row i of r (ARTICLE_COLUMNS). */
void article_fill(struct request *req, struct tmpl_dict *d, const struct db_rows *r, size_t i);

/* ---- articles.c: the public pages (ROUTE_SHARED) ---- */
int articles_fn(struct request *req);
int article_fn(struct request *req);
int articles_feed_fn(struct request *req);
extern const struct field articles_query[]; /* ?before=<id> */

/* ---- desk.c: the editor's desk ---- */
int desk_fn(struct request *req);
int desk_new_fn(struct request *req);
int desk_create_fn(struct request *req);
int desk_edit_fn(struct request *req);
int desk_save_fn(struct request *req);
int desk_preview_fn(struct request *req);
int desk_publish_fn(struct request *req);
int desk_schedule_fn(struct request *req);
int desk_unpublish_fn(struct request *req);
int desk_delete_form_fn(struct request *req);
int desk_delete_fn(struct request *req);
extern const struct field desk_query[];      /* ?done= */
extern const struct field article_fields[];  /* title, slug, summary, topic, body */
extern const struct field schedule_fields[]; /* at */

/* ---- publishing.c ---- */

/* What the desk does alike to an article and an episode (publish,
 * schedule, unpublish, delete, each audited), told apart by one of these
 * (desk.c's article_kind, episodes.c's episode_kind). The SQL is made
 * from the table's name by PUBLISHING_SQL and PUBLISHING_LOCK below, so
 * every statement stays a literal with ? placeholders. */
struct publishing_kind {
	/* The row alone for a write, FOR UPDATE (PUBLISHING_LOCK): columns
	 * status, slug, author_id, published_at and the kind's own. */
	const char *lock;
	/* PUBLISHING_SQL: each takes the id last (schedule: the time first). */
	const char *publish, *schedule, *unpublish, *remove;
	const char *slug_taken; /* the row that has a slug: id */
	const char *noun; /* the audit's: action "<noun>_publish", detail "<noun> <id> <slug>" */
	const char *edit_path;   /* the edit page's address but its id: "/editor/" (a prefix, as a
	                            format must be a literal) */
	const char *deleted_url; /* where a delete sends the editor */
	const char *missing;     /* N_(): no such row (404) */
	const char *not_public;  /* N_(): unpublishing a draft or an unpublished one (409) */
	const char *slug_in_use; /* N_(): the form's slug is another row's */
	/* NULL, or asked before publishing or scheduling the locked row l: 0
	 * when it may be; else the answer it gave (a status, or -1). */
	int (*may_publish)(struct request *req, const struct db_rows *l);
	/* The edit page again (400) with the schedule form's at_error. */
	int (*schedule_refused)(struct request *req, const char *at_error);
	/* NULL, or told of a deleted row l (written, audited) to remove what
	 * goes with it. */
	void (*deleted)(struct request *req, const struct db_rows *l);
};

/* The statements every kind shares, for a struct publishing_kind's
 * initialiser: table is a string literal ("articles"). Published now: one
 * that was public before keeps its first date (its place in the list and
 * the feed), a scheduled one whose time came its scheduled time. Taken
 * down: one that was public keeps the date it first was (a scheduled one
 * that never came out has none). */
#define PUBLISHING_SQL(table)                                                                      \
	.publish = "UPDATE " table " SET published_at = COALESCE(published_at, "                   \
	           "IF(status = 'scheduled' AND publish_at <= NOW(), publish_at, NOW())), "        \
	           "status = 'published', publish_at = NULL, updated_at = NOW() WHERE id = ?",     \
	.schedule = "UPDATE " table " SET status = 'scheduled', publish_at = ?, "                  \
	            "updated_at = NOW() WHERE id = ?",                                             \
	.unpublish = "UPDATE " table " SET published_at = COALESCE(published_at, "                 \
	             "IF(status = 'scheduled' AND publish_at <= NOW(), publish_at, NULL)), "       \
	             "status = 'unpublished', publish_at = NULL, updated_at = NOW() WHERE id = ?", \
	.remove = "DELETE FROM " table " WHERE id = ?",                                            \
	.slug_taken = "SELECT id FROM " table " WHERE slug = ?"
/* The lock of one row, with the kind's own columns besides. */
#define PUBLISHING_LOCK(table, columns)                                                            \
	"SELECT status, slug, IFNULL(author_id, 0) AS author_id, published_at, " columns           \
	" FROM " table " WHERE id = ? FOR UPDATE"

/* The actions on the row of the path's id (req->ids[0]), each in the
 * route's transaction, audited, answering a 303 to the edit page
 * (?done=published, scheduled, unpublished; a delete to deleted_url).
 * Publishing a published row does nothing; unpublishing one that is not
 * published or scheduled is 409; no such row 404. */
int publishing_publish(struct request *req, const struct publishing_kind *k);
int publishing_schedule(struct request *req, const struct publishing_kind *k);
int publishing_unpublish(struct request *req, const struct publishing_kind *k);
int publishing_delete(struct request *req, const struct publishing_kind *k);

/* The edit form's helpers. The options of the topic field (topic_option:
 * slug, name; the chosen one selected); -1 on database failure. */
int publishing_topic_options(struct request *req, struct tmpl_dict *d, const char *chosen);
/* The id of the topic with this slug; 0 when there is none, -1 on
 * database failure. */
long long publishing_topic_id(struct request *req, const char *slug);
/* The slug to store for the form's row (self: its id, 0 for a new one;
 * slug_now: its stored slug, NULL for a new one): the field's when it may
 * be edited and is given, else the stored one, else one made from the
 * title. A slug that breaks the rule (article_slug_valid), or that
 * another row of the kind has (asked only when the form has no error so
 * far), is an error on the field "slug". NULL on database failure. */
const char *publishing_slug(struct request *req, const struct publishing_kind *k, long long self,
                            const char *slug_now, int slug_editable);

/* The value "YYYY-MM-DDTHH:MM" of a datetime-local field for t, on the
 * site's wall clock. */
const char *publishing_local_input(struct request *req, time_t t);
/* "YYYY-MM-DDTHH:MM[:SS]" on the site's wall clock as a UTC DATETIME
 * "YYYY-MM-DD HH:MM:SS", or NULL when it is no such time. */
const char *publishing_utc_from_local(struct request *req, const char *s);
/* The schedule form's field "at" (schedule_fields): 0 and *utc, or 0 and
 * *at_error (a sentence: not a time, or a time passed); -1 on database
 * failure. */
int publishing_schedule_at(struct request *req, const char **utc, const char **at_error);
/* What the edit page of row a says about its status and offers (columns
 * status, live, public_at, published_at, publish_at): {{status_text}}
 * (one of said[]: draft, unpublished, published, scheduled, as N_()
 * strings), sections live_since / public_from, is_live, can_publish,
 * can_unpublish, slug_editable / slug_fixed, and the schedule field
 * {{at}}, {{zone}} (with at_error: refilled, its message shown). */
void publishing_status(struct request *req, struct tmpl_dict *d, const struct db_rows *a,
                       const char *at_error, const char *const said[4]);

/* ---- uuid.c ---- */
#define UUID_TEXT 37 /* "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" and NUL */
/* SHA-1 (FIPS 180-4) of len bytes. */
void sha1(const void *data, size_t len, unsigned char out[20]);
/* A random UUID (version 4, libsodium's randombytes), lower case. */
void uuid_v4(char out[UUID_TEXT]);
/* The name-based UUID (version 5, SHA-1, RFC 9562) of name in namespace
 * ns (its text form); -1 when ns is not a UUID. */
int uuid_v5(const char *ns, const char *name, char out[UUID_TEXT]);
/* The Podcasting 2.0 namespace for podcast:guid. */
#define PODCAST_GUID_NS "ead4c236-bf58-58c6-a2c6-a6b28d128cb6"
/* podcast:guid of a feed at url: UUID v5 of the URL without its scheme
 * ("https://") and trailing slashes. */
void podcast_guid(const char *url, char out[UUID_TEXT]);

/* The podcast's limits (characters; the columns of sql/021). */
#define PODCAST_TITLE_MAX       120
#define PODCAST_DESCRIPTION_MAX 4000 /* the show's (Apple: up to 4000) */
#define PODCAST_NAME_MAX        120  /* author, owner */
#define PODCAST_EMAIL_MAX       254
#define PODCAST_COPYRIGHT_MAX   200
#define EPISODE_TITLE_MIN       3
#define EPISODE_DESCRIPTION_MAX 10000 /* Markdown */
#define EPISODE_NUMBER_MAX      9999  /* season and episode numbers: 1..this */
#define EPISODE_CHAPTERS_MAX    8000  /* the chapters as typed */
#define EPISODES_DESK_ROWS      200   /* episodes on the desk, last changed first */

/* ---- show.c: /editor/show ---- */
int show_edit_fn(struct request *req);
int show_save_fn(struct request *req);
extern const struct field show_fields[];
extern const struct field show_query[]; /* ?done= */
/* Apple's categories: {category, subcategory or ""}, ending {NULL, NULL}. */
struct apple_category {
	const char *category, *subcategory;
};
extern const struct apple_category apple_categories[];

/* ---- episodes.c: the desk's episodes ---- */
int episode_new_fn(struct request *req);
int episode_create_fn(struct request *req);
int episode_edit_fn(struct request *req);
int episode_save_fn(struct request *req);
int episode_preview_fn(struct request *req);
int episode_publish_fn(struct request *req);
int episode_schedule_fn(struct request *req);
int episode_unpublish_fn(struct request *req);
int episode_delete_form_fn(struct request *req);
int episode_delete_fn(struct request *req);
/* The desk's list of episodes (desk.c calls it on /editor). */
int episodes_desk_list(struct request *req, struct tmpl_dict *d);
extern const struct field episode_fields[];
extern const struct field episode_query[]; /* ?done= */

/* ---- podcast.c: the public pages (ROUTE_SHARED) ---- */
int podcast_fn(struct request *req);
int episode_fn(struct request *req);
int episode_chapters_fn(struct request *req);
int podcast_feed_fn(struct request *req);
extern const struct field podcast_query[]; /* ?before=<id> */
/* The columns of one episode as its page shows it (episode.tpl), and its
 * FROM; first parameter: the topic's language (db_text(i18n_lang())). */
#define EPISODE_COLUMNS                                                                            \
	"e.id AS id, e.slug AS slug, e.title AS title, e.description_html AS description_html, "   \
	"e.season AS season, e.episode_number AS episode_number, "                                 \
	"e.episode_type AS episode_type, e.explicit AS explicit, e.audio_path AS audio_path, "     \
	"e.audio_type AS audio_type, e.audio_bytes AS audio_bytes, e.duration_s AS duration_s, "   \
	"e.image_path AS image_path, e.transcript_path AS transcript_path, "                       \
	"e.transcript_text AS transcript_text, e.chapters AS chapters, e.public_at AS public_at, " \
	"t.slug AS topic_slug, " TOPIC_NAME("topic") " "
#define EPISODE_FROM "FROM episodes e LEFT JOIN topics t ON t.id = e.topic_id " TOPIC_TEXTS_JOIN
/* Fill d (media/episode.tpl) from row i of r (EPISODE_COLUMNS). */
void episode_fill(struct request *req, struct tmpl_dict *d, const struct db_rows *r, size_t i);
/* "1:02:03" or "4:05" of seconds, in the arena. */
const char *episode_clock(struct arena *a, long long seconds);

/* ---- uploads.c: the upload forms (ROUTE_UPLOAD | TX; the file field is
 * "file"; store.h) ---- */
int upload_audio_fn(struct request *req);         /* POST /editor/episodes/<id>/audio */
int upload_episode_image_fn(struct request *req); /* POST /editor/episodes/<id>/image */
int upload_transcript_fn(struct request *req);    /* POST /editor/episodes/<id>/transcript */
int upload_artwork_fn(struct request *req);       /* POST /editor/show/artwork */
int upload_cover_fn(struct request *req);         /* POST /editor/articles/<id>/cover */

#endif
