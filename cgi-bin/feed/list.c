/*
 * list.c - what the reading pages share: the list of posts (one template,
 * feed/post_list.tpl, filled from one column layout), its ?before= cursor,
 * and the topic list. Times are told by core/when.h.
 */
#include <libintl.h>
#include <string.h>

#include "app.h"
#include "db.h"
#include "feed.h"
#include "form.h"
#include "frag.h"
#include "i18n.h"
#include "limits.h"
#include "markdown.h"
#include "page.h"
#include "tmpl.h"
#include "topics.h"
#include "when.h"

/* In the request's language (sql/013), else the default words. */
static const char SQL_TOPICS[] =
    "SELECT t.id AS id, t.slug AS slug, " TOPIC_NAME("name") ", " TOPIC_DESCRIPTION(
        "description") "FROM topics t " TOPIC_TEXTS_JOIN "ORDER BY t.position, t.id";

const struct field feed_list_fields[] = {
    FEED_BEFORE_FIELD,
    FIELDS_END,
};

long long feed_before(const struct request *req)
{
	long long before = req_int(req, "before");
	return before ? before : CURSOR_NONE;
}

const char *feed_backings_text(struct request *req, long long n)
{
	return arena_printf(req->arena, ngettext("%lld backing", "%lld backings", (unsigned long)n),
	                    n);
}

/* feed_post_list() with the pager link's words. */
static void post_list(struct request *req, struct tmpl_dict *d, const struct db_rows *r,
                      const char *more_href, const char *more_text, const char *empty_first,
                      const char *empty_older)
{
	int first = req_int(req, "before") == 0;
	tmpl_show(d, first ? "first_page" : "older_page");
	struct tmpl_dict *l = tmpl_include(d, "post_list", "feed/post_list.tpl");
	size_t shown = page_list(l, r, PAGE_SIZE, "more", "next_before");
	if (shown == 0) {
		tmpl_show(l, "empty");
		tmpl_set(l, "empty_text", first ? empty_first : empty_older);
		return;
	}
	tmpl_show(l, "list");
	tmpl_set(l, "more_href", more_href);
	tmpl_set(l, "more_text", more_text);
	for (size_t i = 0; i < shown; i++) {
		struct tmpl_dict *row = tmpl_add(l, "post");
		page_row(row, r, i); /* id, title, slug, topic, handle */
		const char *start = db_get(r, i, "body_start");
		tmpl_set(row, "excerpt",
		         md_excerpt(req->arena, start, strlen(start), FEED_EXCERPT_MAX));
		when_set(req, row, "age", db_get(r, i, "created_at"), WHEN_AGO);
		tmpl_set(row, "backings",
		         feed_backings_text(req, db_get_int(r, i, "backing_count")));
		if (db_get_int(r, i, "support_answered"))
			tmpl_show(row, "answered");
	}
}

void feed_post_list(struct request *req, struct tmpl_dict *d, const struct db_rows *r,
                    const char *more_href, const char *empty_first, const char *empty_older)
{
	post_list(req, d, r, more_href, _("Older posts"), empty_first, empty_older);
}

/* ---- the filters of the front page and the topics ------------------- */

/* ?show=, in enum feed_show's order; the labels and headings follow it. */
static const char *const show_keys[] = {"newest", "unanswered", "backed", NULL};
static const char *const show_labels[SHOW_COUNT] = {
    [SHOW_NEWEST] = N_("Newest"),
    [SHOW_UNANSWERED] = N_("Unanswered"),
    [SHOW_BACKED] = N_("Most backed"),
};
static const char *const show_headings[SHOW_COUNT] = {
    [SHOW_NEWEST] = N_("Newest posts"),
    [SHOW_UNANSWERED] = N_("Posts nobody has backed up yet"),
    [SHOW_BACKED] = N_("Most backed posts"),
};
static const char *const show_more_headings[SHOW_COUNT] = {
    [SHOW_NEWEST] = N_("Older posts"),
    [SHOW_UNANSWERED] = N_("Older posts nobody has backed up yet"),
    [SHOW_BACKED] = N_("More of the most backed posts"),
};

/* The most backed list pages by (backing_count, id): ?backings= is the
 * count of the last row seen, ?before= its id. An INT_FIELD is an int: a
 * post with more backings than that cannot be a cursor (nor will be). */
#define BACKINGS_MAX 2147483647
const struct field feed_filter_fields[] = {
    FEED_BEFORE_FIELD,
    CHOICE_FIELD("show", N_("The posts to show"), show_keys, 0),
    INT_FIELD("backings", N_("The place in the list"), 0, BACKINGS_MAX, 0),
    FIELDS_END,
};

enum feed_show feed_show(const struct request *req)
{
	long long chosen = req_int(req, "show");
	return chosen > 0 && chosen < SHOW_COUNT ? (enum feed_show)chosen : SHOW_NEWEST;
}

long long feed_backings_before(const struct request *req)
{
	return req_int(req, "before") ? req_int(req, "backings") : CURSOR_NONE;
}

const char *feed_filter_key(const struct request *req)
{
	enum feed_show show = feed_show(req); /* ?backings= counts in most backed alone */
	return arena_printf(req->arena, "%s:%lld:%lld", show_keys[show],
	                    show == SHOW_BACKED ? feed_backings_before(req) : 0, feed_before(req));
}

/* The first page of the list at path under filter `show`: newest is the
 * plain address. */
static const char *filter_href(struct request *req, const char *path, enum feed_show show)
{
	if (show == SHOW_NEWEST)
		return path;
	return arena_printf(req->arena, "%s?show=%s", path, show_keys[show]);
}

void feed_filters(struct request *req, struct tmpl_dict *d, const char *path)
{
	enum feed_show current = feed_show(req);
	struct tmpl_dict *nav = tmpl_include(d, "filters", "feed/filters.tpl");
	for (int i = 0; i < SHOW_COUNT; i++) {
		struct tmpl_dict *link = tmpl_add(nav, "filter");
		tmpl_set(link, "href", filter_href(req, path, (enum feed_show)i));
		tmpl_set(link, "label", _(show_labels[i]));
		if (i == (int)current)
			tmpl_show(link, "current");
	}
	tmpl_set(d, "list_title",
	         req_int(req, "before") ? _(show_more_headings[current])
	                                : _(show_headings[current]));
}

void feed_filtered_list(struct request *req, struct tmpl_dict *d, const struct db_rows *r,
                        const char *path, const char *empty_first)
{
	enum feed_show show = feed_show(req);
	const char *more =
	    show == SHOW_NEWEST
	        ? arena_printf(req->arena, "%s?before=", path)
	        : arena_printf(req->arena, "%s&before=", filter_href(req, path, show));
	if (show == SHOW_BACKED && r->nrows > PAGE_SIZE) /* the last row shown: its count */
		more =
		    arena_printf(req->arena, "%s&backings=%s&before=", filter_href(req, path, show),
		                 db_get(r, PAGE_SIZE - 1, "backing_count"));
	static const char *const none[SHOW_COUNT] = {
	    [SHOW_UNANSWERED] = N_("Every post here has been backed up. Look again later, "
	                           "or read the newest."),
	};
	post_list(req, d, r, more, show == SHOW_BACKED ? _("More posts") : _("Older posts"),
	          none[show] ? _(none[show]) : empty_first,
	          show == SHOW_BACKED ? _("There are no more posts.")
	                              : _("There are no older posts."));
}

struct db_rows *feed_topics(struct request *req, struct tmpl_dict *d, const char *current,
                            size_t *current_row)
{
	struct db_rows *r = db_query(req, SQL_TOPICS, FEED_LANG);
	if (!r)
		return NULL;
	*current_row = (size_t)-1;
	struct tmpl_dict *l = tmpl_include(d, "topics", "feed/topics.tpl");
	for (size_t i = 0; i < r->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(l, "topic");
		page_row(row, r, i); /* slug, name (and id, description) */
		if (current && strcmp(current, db_get(r, i, "slug")) == 0) {
			tmpl_show(row, "current");
			*current_row = i;
		}
	}
	return r;
}

int feed_piece(struct request *req, struct tmpl_dict *d, const char *marker, const char *key,
               const char *tpl, feed_fill *fill, const void *arg, const char **note)
{
	const struct frag *f = frag_get(req, key);
	if (!f) {
		if (req->db_failed)
			return -1;
		const char *made_note = NULL;
		struct tmpl_dict *p = tmpl_new(tpl);
		int rc = fill(req, p, arg, &made_note);
		struct buf html = {0};
		if (rc == 0 && tmpl_expand(tpl, p, &html) < 0)
			rc = -1;
		tmpl_free(p);
		if (rc == 0)
			f = frag_put(req, key, html.data ? html.data : "", html.len, made_note);
		buf_free(&html);
		if (rc != 0)
			return rc;
	}
	tmpl_setn(d, marker, f->html, f->len);
	if (note)
		*note = f->note;
	return 0;
}
