/*
 * articles.c - the public pages: GET /articles (newest first, paged by
 * key), GET /articles/<slug> (one article, its topic, a way on to the
 * topic's community posts) and GET /articles/feed.xml (RSS 2.0).
 *
 * All three are shared (ROUTE_SHARED): an anonymous visitor gets the copy
 * nginx keeps for a second. Public means `public_at <= NOW()` (sql/020):
 * a draft, an unpublished article and one scheduled for later are 404
 * here, as if they did not exist.
 *
 * Queries: the list walks articles_public (public_at, id) from the
 * cursor down, PAGE_SIZE + 1 entries, no filesort; ?before=<id> costs one
 * lookup by primary key more (the cursor's public_at). An article is one
 * lookup by articles_slug. The feed reads RSS_ITEMS entries of
 * articles_public.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "db.h"
#include "feedxml.h"
#include "i18n.h"
#include "limits.h"
#include "media.h"
#include "page.h"
#include "response.h"
#include "tmpl.h"
#include "when.h"

/* After the cursor (at, id): older, or as old with a smaller id. */
static const char SQL_LIST[] =
    "SELECT a.id AS id, a.slug AS slug, a.title AS title, a.summary AS summary, "
    "a.public_at AS public_at, t.slug AS topic_slug, " TOPIC_NAME(
        "topic") "FROM articles a FORCE INDEX (articles_public) "
                 "STRAIGHT_JOIN topics t ON t.id = a.topic_id " TOPIC_TEXTS_JOIN
                 "WHERE a.public_at <= NOW() AND (a.public_at < ? OR (a.public_at = ? "
                 "AND a.id < ?)) ORDER BY a.public_at DESC, a.id DESC LIMIT ?";
static const char SQL_CURSOR[] = "SELECT public_at FROM articles WHERE id = ?";
static const char SQL_ONE[] =
    "SELECT " ARTICLE_COLUMNS ARTICLE_FROM "WHERE a.slug = ? AND a.public_at <= NOW()";
static const char SQL_FEED[] =
    "SELECT a.slug AS slug, a.title AS title, a.summary AS summary, a.body_html AS body_html, "
    "a.public_at AS public_at, GREATEST(a.public_at, a.updated_at) AS changed "
    "FROM articles a FORCE INDEX (articles_public) WHERE a.public_at <= NOW() "
    "ORDER BY a.public_at DESC, a.id DESC LIMIT ?";

/* Later than any article: the cursor of the first page. */
#define CURSOR_AT_NONE "9999-12-31 23:59:59"

const struct field articles_query[] = {
    ID_FIELD("before", N_("The place in the list"), 0),
    FIELDS_END,
};

int articles_fn(struct request *req)
{
	long long before = req_int(req, "before");
	const char *at = CURSOR_AT_NONE;
	if (before) {
		struct db_rows *c = db_query(req, SQL_CURSOR, db_int(before));
		if (!c)
			return -1;
		/* Gone or no longer public: from the start. */
		if (c->nrows == 1 && db_get(c, 0, "public_at"))
			at = db_get(c, 0, "public_at");
		else
			before = 0;
	}
	struct db_rows *r = db_query(req, SQL_LIST, db_text(i18n_lang()), db_text(at), db_text(at),
	                             db_int(before ? before : CURSOR_NONE), db_int(PAGE_SIZE + 1));
	if (!r)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Articles"), "media/articles.tpl");
	page_feed(req, _("Opbak: articles"), "/articles/feed.xml");
	size_t n = page_list(d, r, PAGE_SIZE, "more", "next_before");
	for (size_t i = 0; i < n; i++) {
		struct tmpl_dict *row = tmpl_add(d, "article");
		page_row(row, r, i);
		when_set(req, row, "day", db_get(r, i, "public_at"), WHEN_DAY);
	}
	if (n)
		tmpl_show(d, "list");
	else
		tmpl_show(d, "empty");
	tmpl_show(d, before ? "older_page" : "first_page");
	if (req->user.id && (MEDIA_EDITORS & ROLE_BIT(req->user.role)))
		tmpl_show(d, "is_editor");
	return page_end(req, 200);
}

int article_fn(struct request *req)
{
	const char *slug = req->args[0];
	static const char *none = N_("There is no such article.");
	if (!article_slug_valid(slug)) /* the column is ASCII: no query */
		return page_error(req, 404, _(none));
	struct db_rows *r = db_query(req, SQL_ONE, db_text(i18n_lang()), db_text(slug));
	if (!r)
		return -1;
	if (r->nrows != 1)
		return page_error(req, 404, _(none));
	struct tmpl_dict *d = page_begin(req, db_get(r, 0, "title"), "media/article.tpl");
	article_fill(req, d, r, 0);
	if (req->user.id && (MEDIA_EDITORS & ROLE_BIT(req->user.role)))
		tmpl_show(d, "is_editor");
	page_feed(req, _("Opbak: articles"), "/articles/feed.xml");
	return page_end(req, 200);
}

/*
 * The feed: the newest RSS_ITEMS public articles, each with its summary
 * and its whole text (HTML, escaped as RSS wants). As the community's
 * feeds (feed/rss.c): cacheable (Cache-Control: public, max-age=60), an
 * ETag over the bytes that core answers 304 to (app.c); Last-Modified is
 * the newest change among the items, for clients that ask
 * If-Modified-Since (nginx answers those, exact match).
 */
int articles_feed_fn(struct request *req)
{
	struct db_rows *r = db_query(req, SQL_FEED, db_int(RSS_ITEMS));
	if (!r)
		return -1;
	struct response *res = req->res;
	buf_reset(&res->body);
	struct feedxml *fx = feedxml_begin(&res->body, NULL);
	struct feedxml_channel ch = {
	    _("Opbak: articles"),
	    arena_printf(req->arena, "%s/articles", req->base_url),
	    _("Articles from the Opbak team about what comes up in young men's lives."),
	    i18n_lang(),
	    arena_printf(req->arena, "%s/articles/feed.xml", req->base_url),
	};
	feedxml_channel(fx, &ch);
	const char *newest = NULL;
	for (size_t i = 0; i < r->nrows; i++) {
		const char *link =
		    arena_printf(req->arena, "%s/articles/%s", req->base_url, db_get(r, i, "slug"));
		time_t t = when_parse(db_get(r, i, "public_at"));
		struct feedxml_item it = {db_get(r, i, "title"),    link, link, 1, t > 0 ? t : 0,
		                          db_get(r, i, "body_html")};
		feedxml_item(fx, &it);
		feedxml_item_end(fx);
		const char *changed = db_get(r, i, "changed");
		if (changed && (!newest || strcmp(changed, newest) > 0))
			newest = changed;
	}
	return feedxml_respond(req, fx, newest);
}
