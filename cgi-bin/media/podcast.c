/*
 * podcast.c - the podcast's public pages: GET /podcast (the show and its
 * episodes, newest first, paged by key), /podcast/<slug> (one episode: the
 * player, its description, chapters and transcript, a way on to its
 * topic), /podcast/<slug>/chapters.json (Podcasting 2.0 chapters) and
 * /podcast/feed.xml (RSS 2.0 with the itunes and podcast namespaces,
 * every tag Apple Podcasts requires or recommends).
 *
 * All are shared (ROUTE_SHARED) as the articles' pages. Public means
 * `public_at <= NOW()` (sql/021); the feed also leaves out an episode with
 * no audio (it cannot have been published, but a row changed by hand
 * must not make the feed invalid). The feed holds every public episode up
 * to PODCAST_FEED_ITEMS: podcast apps show the whole back catalogue.
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
#include "transcript.h"
#include "when.h"

#define PODCAST_FEED_ITEMS 1000
#define CURSOR_AT_NONE     "9999-12-31 23:59:59"

static const char SQL_SHOW[] =
    "SELECT title, description, author, owner_name, owner_email, language, category, "
    "subcategory, explicit, copyright, artwork_path, guid, locked, updated_at "
    "FROM podcast_show WHERE id = 1";
static const char SQL_LIST[] =
    "SELECT e.id AS id, e.slug AS slug, e.title AS title, e.episode_number AS episode_number, "
    "e.duration_s AS duration_s, e.public_at AS public_at, t.slug AS topic_slug, " TOPIC_NAME(
        "topic") "FROM episodes e FORCE INDEX (episodes_public) "
                 "LEFT JOIN topics t ON t.id = e.topic_id " TOPIC_TEXTS_JOIN
                 "WHERE e.public_at <= NOW() AND (e.public_at < ? OR (e.public_at = ? "
                 "AND e.id < ?)) ORDER BY e.public_at DESC, e.id DESC LIMIT ?";
static const char SQL_CURSOR[] = "SELECT public_at FROM episodes WHERE id = ?";
static const char SQL_ONE[] =
    "SELECT " EPISODE_COLUMNS EPISODE_FROM "WHERE e.slug = ? AND e.public_at <= NOW()";
static const char SQL_CHAPTERS[] =
    "SELECT chapters_json FROM episodes WHERE slug = ? AND public_at <= NOW()";
static const char SQL_FEED[] =
    "SELECT e.slug AS slug, e.guid AS guid, e.title AS title, "
    "e.description_html AS description_html, e.public_at AS public_at, "
    "GREATEST(e.public_at, e.updated_at) AS changed, e.audio_path AS audio_path, "
    "e.audio_type AS audio_type, e.audio_bytes AS audio_bytes, e.duration_s AS duration_s, "
    "e.season AS season, e.episode_number AS episode_number, e.episode_type AS episode_type, "
    "e.explicit AS explicit, e.image_path AS image_path, e.transcript_path AS transcript_path, "
    "e.transcript_type AS transcript_type, e.chapters_json IS NOT NULL AS has_chapters "
    "FROM episodes e FORCE INDEX (episodes_public) "
    "WHERE e.public_at <= NOW() AND e.audio_path IS NOT NULL "
    "ORDER BY e.public_at DESC, e.id DESC LIMIT ?";

const struct field podcast_query[] = {
    ID_FIELD("before", N_("The place in the list"), 0),
    FIELDS_END,
};

static int is_editor(const struct request *req)
{
	return req->user.id && (MEDIA_EDITORS & ROLE_BIT(req->user.role));
}

const char *episode_clock(struct arena *a, long long s)
{
	if (s >= 3600)
		return arena_printf(a, "%lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
	return arena_printf(a, "%lld:%02lld", s / 60, s % 60);
}

static const char *feed_title(const struct db_rows *show)
{
	return show->nrows ? db_get(show, 0, "title") : _("Opbak: the podcast");
}

int podcast_fn(struct request *req)
{
	struct db_rows *show = db_query(req, SQL_SHOW);
	if (!show)
		return -1;
	long long before = req_int(req, "before");
	const char *at = CURSOR_AT_NONE;
	if (before) {
		struct db_rows *c = db_query(req, SQL_CURSOR, db_int(before));
		if (!c)
			return -1;
		if (c->nrows == 1 && db_get(c, 0, "public_at"))
			at = db_get(c, 0, "public_at");
		else
			before = 0;
	}
	struct db_rows *r = db_query(req, SQL_LIST, db_text(i18n_lang()), db_text(at), db_text(at),
	                             db_int(before ? before : CURSOR_NONE), db_int(PAGE_SIZE + 1));
	if (!r)
		return -1;
	struct tmpl_dict *d = page_begin(req, feed_title(show), "media/podcast.tpl");
	tmpl_set(d, "show_title", feed_title(show));
	if (show->nrows) {
		tmpl_show(d, "has_show");
		tmpl_set(d, "show_description", db_get(show, 0, "description"));
		if (db_get(show, 0, "artwork_path")) {
			tmpl_show(d, "has_artwork");
			tmpl_set(d, "artwork_path", db_get(show, 0, "artwork_path"));
		}
		page_feed(req, feed_title(show), "/podcast/feed.xml");
	}
	const char *url = arena_printf(req->arena, "%s/podcast/feed.xml", req->base_url);
	tmpl_set(d, "feed_url", url);
	const char *host = strstr(req->base_url, "://");
	tmpl_set(d, "feed_host", host ? host + 3 : req->base_url);
	size_t n = page_list(d, r, PAGE_SIZE, "more", "next_before");
	for (size_t i = 0; i < n; i++) {
		struct tmpl_dict *row = tmpl_add(d, "episode");
		page_row(row, r, i);
		when_set(req, row, "day", db_get(r, i, "public_at"), WHEN_DAY);
		if (db_get(r, i, "episode_number"))
			tmpl_show(row, "numbered");
		if (db_get(r, i, "topic_slug"))
			tmpl_show(row, "has_topic");
		if (db_get(r, i, "duration_s")) {
			tmpl_show(row, "has_duration");
			tmpl_set(row, "clock",
			         episode_clock(req->arena, db_get_int(r, i, "duration_s")));
		}
	}
	tmpl_show(d, n ? "list" : "empty");
	tmpl_show(d, before ? "older_page" : "first_page");
	if (is_editor(req))
		tmpl_show(d, "is_editor");
	return page_end(req, 200);
}

void episode_fill(struct request *req, struct tmpl_dict *d, const struct db_rows *r, size_t i)
{
	page_row(d, r, i);
	if (db_get(r, i, "public_at")) {
		when_set(req, d, "day", db_get(r, i, "public_at"), WHEN_DAY);
		tmpl_show(d, "dated");
	}
	if (db_get(r, i, "episode_number")) {
		tmpl_show(d, "numbered");
		if (db_get(r, i, "season"))
			tmpl_show(d, "has_season");
	}
	const char *type = db_get(r, i, "episode_type");
	if (strcmp(type, "trailer") == 0)
		tmpl_show(d, "is_trailer");
	else if (strcmp(type, "bonus") == 0)
		tmpl_show(d, "is_bonus");
	if (db_get_int(r, i, "explicit"))
		tmpl_show(d, "is_explicit");
	if (db_get(r, i, "topic_slug"))
		tmpl_show(d, "has_topic");
	tmpl_show(d, db_get(r, i, "audio_path") ? "has_audio" : "no_audio");
	if (db_get(r, i, "duration_s")) {
		tmpl_show(d, "has_duration");
		tmpl_set(d, "clock", episode_clock(req->arena, db_get_int(r, i, "duration_s")));
	}
	const char *text = db_get(r, i, "chapters");
	struct chapters ch = {0};
	int bad;
	if (text && chapters_parse(req->arena, text, &ch, &bad) == 0 && ch.count) {
		tmpl_show(d, "has_chapters");
		for (size_t c = 0; c < ch.count; c++) {
			struct tmpl_dict *row = tmpl_add(d, "chapter");
			tmpl_set_int(row, "start_s", ch.items[c].start_s);
			tmpl_set(row, "at", episode_clock(req->arena, ch.items[c].start_s));
			tmpl_set(row, "title", ch.items[c].title);
		}
	}
	const char *tx = db_get(r, i, "transcript_text");
	if (tx && *tx) {
		tmpl_show(d, "has_transcript");
		for (const char *p = tx; *p;) {
			size_t len = strcspn(p, "\n");
			if (len)
				tmpl_setn(tmpl_add(d, "line"), "text", p, len);
			p += len;
			if (*p)
				p++;
		}
	}
}

int episode_fn(struct request *req)
{
	const char *slug = req->args[0];
	static const char *none = N_("There is no such episode.");
	if (!article_slug_valid(slug))
		return page_error(req, 404, _(none));
	struct db_rows *r = db_query(req, SQL_ONE, db_text(i18n_lang()), db_text(slug));
	if (!r)
		return -1;
	if (r->nrows != 1)
		return page_error(req, 404, _(none));
	struct tmpl_dict *d = page_begin(req, db_get(r, 0, "title"), "media/episode.tpl");
	episode_fill(req, d, r, 0);
	if (is_editor(req))
		tmpl_show(d, "is_editor");
	page_feed(req, _("Opbak: the podcast"), "/podcast/feed.xml");
	return page_end(req, 200);
}

int episode_chapters_fn(struct request *req)
{
	const char *slug = req->args[0];
	static const char *none = N_("There is no such episode.");
	if (!article_slug_valid(slug))
		return page_error(req, 404, _(none));
	struct db_rows *r = db_query(req, SQL_CHAPTERS, db_text(slug));
	if (!r)
		return -1;
	if (r->nrows != 1 || !db_get(r, 0, "chapters_json"))
		return page_error(req, 404, _(none));
	struct response *res = req->res;
	buf_reset(&res->body);
	buf_puts(&res->body, db_get(r, 0, "chapters_json"));
	res->content_type = "application/json+chapters";
	res->cacheable = 1;
	res->status = 200;
	return 200;
}

/* An absolute URL of a stored file. */
static const char *media_url(struct request *req, const char *path)
{
	return arena_printf(req->arena, "%s/media/%s", req->base_url, path);
}

static void channel_tags(struct request *req, struct feedxml *fx, const struct db_rows *s)
{
	feedxml_element(fx, NULL, "copyright", db_get(s, 0, "copyright"));
	if (db_get(s, 0, "artwork_path")) {
		const char *img[] = {"href", media_url(req, db_get(s, 0, "artwork_path")), NULL};
		feedxml_element_attrs(fx, "itunes", "image", img, NULL);
	}
	const char *cat[] = {"text", db_get(s, 0, "category"), NULL};
	const char *sub = db_get(s, 0, "subcategory");
	if (sub && *sub) {
		feedxml_start(fx, "itunes", "category", cat);
		const char *subcat[] = {"text", sub, NULL};
		feedxml_element_attrs(fx, "itunes", "category", subcat, NULL);
		feedxml_end(fx);
	} else {
		feedxml_element_attrs(fx, "itunes", "category", cat, NULL);
	}
	feedxml_element(fx, "itunes", "explicit", db_get_int(s, 0, "explicit") ? "true" : "false");
	feedxml_element(fx, "itunes", "author", db_get(s, 0, "author"));
	const char *email = db_get(s, 0, "owner_email");
	feedxml_start(fx, "itunes", "owner", NULL);
	feedxml_element(fx, "itunes", "name", db_get(s, 0, "owner_name"));
	if (email && *email)
		feedxml_element(fx, "itunes", "email", email);
	feedxml_end(fx);
	feedxml_element(fx, "itunes", "type", "episodic");
	if (db_get(s, 0, "guid"))
		feedxml_element(fx, "podcast", "guid", db_get(s, 0, "guid"));
	const char *locked = db_get_int(s, 0, "locked") ? "yes" : "no";
	const char *owner[] = {"owner", email, NULL};
	feedxml_element_attrs(fx, "podcast", "locked", email && *email ? owner : NULL, locked);
}

static void item_tags(struct request *req, struct feedxml *fx, const struct db_rows *r, size_t i,
                      const char *show_image, const char *link)
{
	const char *enc[] = {
	    "url",    media_url(req, db_get(r, i, "audio_path")),
	    "length", db_get(r, i, "audio_bytes") ? db_get(r, i, "audio_bytes") : "0",
	    "type",   db_get(r, i, "audio_type"),
	    NULL};
	feedxml_element_attrs(fx, NULL, "enclosure", enc, NULL);
	if (db_get(r, i, "duration_s"))
		feedxml_element(fx, "itunes", "duration", db_get(r, i, "duration_s"));
	if (db_get(r, i, "episode_number"))
		feedxml_element(fx, "itunes", "episode", db_get(r, i, "episode_number"));
	if (db_get(r, i, "season"))
		feedxml_element(fx, "itunes", "season", db_get(r, i, "season"));
	feedxml_element(fx, "itunes", "episodeType", db_get(r, i, "episode_type"));
	feedxml_element(fx, "itunes", "explicit", db_get_int(r, i, "explicit") ? "true" : "false");
	const char *image =
	    db_get(r, i, "image_path") ? media_url(req, db_get(r, i, "image_path")) : show_image;
	if (image) {
		const char *img[] = {"href", image, NULL};
		feedxml_element_attrs(fx, "itunes", "image", img, NULL);
	}
	if (db_get(r, i, "transcript_path")) {
		const char *tr[] = {"url", media_url(req, db_get(r, i, "transcript_path")), "type",
		                    db_get(r, i, "transcript_type"), NULL};
		feedxml_element_attrs(fx, "podcast", "transcript", tr, NULL);
	}
	if (db_get_int(r, i, "has_chapters")) {
		const char *ch[] = {"url", arena_printf(req->arena, "%s/chapters.json", link),
		                    "type", "application/json+chapters", NULL};
		feedxml_element_attrs(fx, "podcast", "chapters", ch, NULL);
	}
}

/*
 * The feed: the show (404 until it is saved at /editor/show) and its
 * public episodes with audio. Cacheable as the articles' feed: an ETag
 * over the bytes that core answers 304 to (app.c), Last-Modified the
 * newest change of the show or an item.
 */
int podcast_feed_fn(struct request *req)
{
	struct db_rows *s = db_query(req, SQL_SHOW);
	if (!s)
		return -1;
	if (s->nrows != 1)
		return page_error(req, 404, _("The podcast has no feed yet."));
	struct db_rows *r = db_query(req, SQL_FEED, db_int(PODCAST_FEED_ITEMS));
	if (!r)
		return -1;
	struct response *res = req->res;
	buf_reset(&res->body);
	static const char *const ns[] = {"itunes", FEEDXML_NS_ITUNES, "podcast", FEEDXML_NS_PODCAST,
	                                 NULL};
	struct feedxml *fx = feedxml_begin(&res->body, ns);
	struct feedxml_channel ch = {
	    db_get(s, 0, "title"),
	    arena_printf(req->arena, "%s/podcast", req->base_url),
	    db_get(s, 0, "description"),
	    db_get(s, 0, "language"),
	    arena_printf(req->arena, "%s/podcast/feed.xml", req->base_url),
	};
	feedxml_channel(fx, &ch);
	channel_tags(req, fx, s);
	const char *show_image =
	    db_get(s, 0, "artwork_path") ? media_url(req, db_get(s, 0, "artwork_path")) : NULL;
	const char *newest = db_get(s, 0, "updated_at");
	for (size_t i = 0; i < r->nrows; i++) {
		const char *link =
		    arena_printf(req->arena, "%s/podcast/%s", req->base_url, db_get(r, i, "slug"));
		time_t t = when_parse(db_get(r, i, "public_at"));
		struct feedxml_item it = {db_get(r, i, "title"), link,
		                          db_get(r, i, "guid"),  0,
		                          t > 0 ? t : 0,         db_get(r, i, "description_html")};
		feedxml_item(fx, &it);
		item_tags(req, fx, r, i, show_image, link);
		feedxml_item_end(fx);
		const char *changed = db_get(r, i, "changed");
		if (changed && (!newest || strcmp(changed, newest) > 0))
			newest = changed;
	}
	return feedxml_respond(req, fx, newest);
}
