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
 *
 * Table: articles (sql/020). When an article is public is one column the
 * database computes from its status, public_at (see sql/020): every
 * public query asks `public_at <= NOW()`, so a scheduled article is
 * public when its time has come, with no job.
 */
#ifndef OPBAK_MEDIA_H
#define OPBAK_MEDIA_H

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
	"a.updated_at AS updated_at, a.published_at AS published_at, "                             \
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

#endif
