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
#include "when.h"

static const char SQL_TOPICS[] =
    "SELECT id, slug, name, description FROM topics ORDER BY position, id";

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

void feed_post_list(struct request *req, struct tmpl_dict *d, const struct db_rows *r,
                    const char *more_href, const char *empty_first, const char *empty_older)
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

struct db_rows *feed_topics(struct request *req, struct tmpl_dict *d, const char *current,
                            size_t *current_row)
{
	struct db_rows *r = db_query(req, SQL_TOPICS);
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
