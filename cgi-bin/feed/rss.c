/*
 * rss.c - GET /feed.xml and GET /t/<slug>/feed.xml: RSS 2.0 of the newest
 * posts that are visible and public (posts.is_public = 1: the author let
 * them leave the site). Written by core's feedxml (libxml2), so the feed
 * is well-formed whatever the titles hold; links are absolute, from
 * req->base_url. Feeds may be cached for a minute.
 *
 * Queries: the list over posts_status or posts_topic (plus the topic by
 * its slug for a topic's feed; a slug no topic can have is 404 first).
 */
#include <string.h>

#include "db.h"
#include "feed.h"
#include "feedxml.h"
#include "i18n.h"
#include "page.h"
#include "response.h"
#include "topics.h"
#include "when.h"

static const char SQL_PUBLIC[] =
    "SELECT p.id, p.title, p.body_html, p.created_at FROM posts p FORCE INDEX (posts_status) "
    "WHERE p.status = 'visible' AND p.is_public = 1 ORDER BY p.id DESC LIMIT ?";
/* The topic's words in the feed's language (sql/013), else the default. */
static const char SQL_TOPIC[] = "SELECT t.id AS id, " TOPIC_NAME("name") ", " TOPIC_DESCRIPTION(
    "description") ", t.slug AS slug FROM topics t " TOPIC_TEXTS_JOIN "WHERE t.slug = ?";
static const char SQL_TOPIC_PUBLIC[] =
    "SELECT p.id, p.title, p.body_html, p.created_at FROM posts p FORCE INDEX (posts_topic) "
    "WHERE p.topic_id = ? AND p.status = 'visible' AND p.is_public = 1 "
    "ORDER BY p.id DESC LIMIT ?";

/* Write the feed of rows (id, title, body_html, created_at) as the
 * response. */
static int send_feed(struct request *req, const struct feedxml_channel *ch, const struct db_rows *r)
{
	buf_reset(&req->res->body);
	struct feedxml *fx = feedxml_begin(&req->res->body, NULL);
	feedxml_channel(fx, ch);
	for (size_t i = 0; i < r->nrows; i++) {
		const char *link =
		    arena_printf(req->arena, "%s/p/%s", req->base_url, db_get(r, i, "id"));
		time_t t = when_parse(db_get(r, i, "created_at"));
		struct feedxml_item it = {db_get(r, i, "title"),    link, link, 1, t > 0 ? t : 0,
		                          db_get(r, i, "body_html")};
		feedxml_item(fx, &it);
		feedxml_item_end(fx);
	}
	return feedxml_respond(req, fx, NULL);
}

int rss_home_fn(struct request *req)
{
	struct db_rows *r = db_query(req, SQL_PUBLIC, db_int(RSS_ITEMS));
	if (!r)
		return -1;
	struct feedxml_channel ch = {
	    _("Opbak: newest posts"),
	    arena_printf(req->arena, "%s/", req->base_url),
	    _("Young men back each other up: the newest posts on Opbak."),
	    i18n_lang(),
	    arena_printf(req->arena, "%s/feed.xml", req->base_url),
	};
	return send_feed(req, &ch, r);
}

int rss_topic_fn(struct request *req)
{
	const char *slug = req->args[0];
	if (!topic_slug_valid(slug)) /* before the query: the column is ASCII */
		return page_error(req, 404, _("There is no such topic."));
	struct db_rows *t = db_query(req, SQL_TOPIC, FEED_LANG, db_text(slug));
	if (!t)
		return -1;
	if (t->nrows != 1)
		return page_error(req, 404, _("There is no such topic."));
	slug = db_get(t, 0, "slug"); /* the topic's own ASCII slug, not the address's */
	struct db_rows *r =
	    db_query(req, SQL_TOPIC_PUBLIC, db_int(db_get_int(t, 0, "id")), db_int(RSS_ITEMS));
	if (!r)
		return -1;
	struct feedxml_channel ch = {
	    arena_printf(req->arena, _("Opbak: %s"), db_get(t, 0, "name")),
	    arena_printf(req->arena, "%s/t/%s", req->base_url, slug),
	    db_get(t, 0, "description"),
	    i18n_lang(),
	    arena_printf(req->arena, "%s/t/%s/feed.xml", req->base_url, slug),
	};
	return send_feed(req, &ch, r);
}
