/*
 * list.c - what the reading pages share: the list of posts (one template,
 * feed/post_list.tpl, filled from one column layout), the topic list, and
 * times told as "3 hours ago".
 *
 * Ages are computed here, in C, from the row's created_at (UTC, as every
 * connection sets time_zone '+00:00') and the clock of this request, so
 * that they can be translated with plural forms (ngettext).
 */
#include <libintl.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "auth.h"
#include "db.h"
#include "feed.h"
#include "i18n.h"
#include "limits.h"
#include "tmpl.h"

static const char SQL_TOPICS[] =
    "SELECT id, slug, name, description FROM topics ORDER BY position, id";

time_t feed_time(const char *datetime)
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	if (!datetime || sscanf(datetime, "%4d-%2d-%2d %2d:%2d:%2d", &tm.tm_year, &tm.tm_mon,
	                        &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6)
		return -1;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	return timegm(&tm);
}

const char *feed_age(struct request *req, const char *datetime)
{
	time_t t = feed_time(datetime);
	if (t < 0)
		return "";
	long long s = (long long)(time(NULL) - t);
	if (s < 60) /* also a clock a little ahead of the database */
		return _("just now");
	long long m = s / 60, h = m / 60, d = h / 24;
	int n;
	const char *fmt;
	if (m < 60) {
		n = (int)m;
		fmt = ngettext("%d minute ago", "%d minutes ago", (unsigned long)n);
	} else if (h < 24) {
		n = (int)h;
		fmt = ngettext("%d hour ago", "%d hours ago", (unsigned long)n);
	} else if (d < 7) {
		n = (int)d;
		fmt = ngettext("%d day ago", "%d days ago", (unsigned long)n);
	} else if (d < 30) {
		n = (int)(d / 7);
		fmt = ngettext("%d week ago", "%d weeks ago", (unsigned long)n);
	} else if (d < 365) {
		n = (int)(d / 30);
		fmt = ngettext("%d month ago", "%d months ago", (unsigned long)n);
	} else {
		n = (int)(d / 365);
		fmt = ngettext("%d year ago", "%d years ago", (unsigned long)n);
	}
	return arena_printf(req->arena, fmt, n);
}

void feed_set_age(struct request *req, struct tmpl_dict *d, const char *key, const char *datetime)
{
	tmpl_set(d, key, feed_age(req, datetime));
	char iso_key[64];
	snprintf(iso_key, sizeof iso_key, "%s_iso", key);
	/* "2025-06-03 09:41:00" -> "2025-06-03T09:41:00Z" */
	if (datetime && strlen(datetime) == 19)
		tmpl_set(d, iso_key,
		         arena_printf(req->arena, "%.10sT%sZ", datetime, datetime + 11));
}

const char *feed_backings_text(struct request *req, long long n)
{
	return arena_printf(req->arena, ngettext("%lld backing", "%lld backings", (unsigned long)n),
	                    n);
}

void feed_post_list(struct request *req, struct tmpl_dict *d, const struct db_rows *r,
                    const char *more_href, const char *empty_text)
{
	struct tmpl_dict *l = tmpl_include(d, "post_list", "feed/post_list.tpl");
	size_t shown = r->nrows > PAGE_SIZE ? PAGE_SIZE : r->nrows;
	if (shown == 0) {
		tmpl_show(l, "empty");
		tmpl_set(l, "empty_text", empty_text);
		return;
	}
	tmpl_show(l, "list");
	for (size_t i = 0; i < shown; i++) {
		struct tmpl_dict *row = tmpl_add(l, "post");
		tmpl_set(row, "id", db_cell(r, i, 0));
		tmpl_set(row, "title", db_cell(r, i, 1));
		feed_set_age(req, row, "age", db_cell(r, i, 2));
		tmpl_set(row, "backings", feed_backings_text(req, db_cell_int(r, i, 3)));
		if (db_cell_int(r, i, 4))
			tmpl_show(row, "answered");
		tmpl_set(row, "slug", db_cell(r, i, 5));
		tmpl_set(row, "topic", db_cell(r, i, 6));
		tmpl_set(row, "handle", db_cell(r, i, 7));
	}
	if (r->nrows > PAGE_SIZE) {
		tmpl_show(l, "more");
		tmpl_set(l, "more_href",
		         arena_printf(req->arena, "%s%s", more_href, db_cell(r, shown - 1, 0)));
	}
}

struct db_rows *feed_topics(struct request *req, struct tmpl_dict *d, const char *current,
                            size_t *current_row)
{
	struct db_rows *r = db_query_v(req, SQL_TOPICS, "");
	if (!r)
		return NULL;
	*current_row = (size_t)-1;
	struct tmpl_dict *l = tmpl_include(d, "topics", "feed/topics.tpl");
	for (size_t i = 0; i < r->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(l, "topic");
		tmpl_set(row, "slug", db_cell(r, i, 1));
		tmpl_set(row, "name", db_cell(r, i, 2));
		tmpl_set(row, "description", db_cell(r, i, 3));
		if (current && strcmp(current, db_cell(r, i, 1)) == 0) {
			tmpl_show(row, "current");
			*current_row = i;
		}
	}
	return r;
}
