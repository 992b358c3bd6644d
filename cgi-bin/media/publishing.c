/*
 * publishing.c - what articles and episodes share at the desk: the edit
 * form's topics and slug rule; the actions on a row (publish, schedule,
 * unpublish, delete: locked, written and audited in the route's
 * transaction), told apart by a struct publishing_kind (media.h); the
 * schedule's time (the site's wall clock in the form, UTC in the
 * database), the check of a "publish at" field, and what the edit page
 * says about a row's status and which actions it offers.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "auth.h"
#include "db.h"
#include "i18n.h"
#include "media.h"
#include "page.h"
#include "response.h"
#include "tmpl.h"
#include "when.h"

static const char SQL_NOW_FUTURE[] = "SELECT ? > UTC_TIMESTAMP() AS future";
/* The topics' names in the editor's language (sql/013), else the default. */
static const char SQL_TOPICS[] =
    "SELECT t.slug AS slug, " TOPIC_NAME("name") "FROM topics t " TOPIC_TEXTS_JOIN
                                                 "ORDER BY t.position, t.id";
static const char SQL_TOPIC_ID[] = "SELECT id FROM topics WHERE slug = ?";

const char *publishing_local_input(struct request *req, time_t t)
{
	when_zone(req); /* lends the site's zone to localtime (when.h) */
	struct tm tm;
	char out[20];
	localtime_r(&t, &tm);
	strftime(out, sizeof out, "%Y-%m-%dT%H:%M", &tm);
	return arena_strdup(req->arena, out);
}

const char *publishing_utc_from_local(struct request *req, const char *s)
{
	int y, mo, dd, h, mi, sec = 0, used = 0;
	size_t n = strlen(s);
	if (n == 16) {
		if (sscanf(s, "%4d-%2d-%2dT%2d:%2d%n", &y, &mo, &dd, &h, &mi, &used) != 5)
			return NULL;
	} else if (sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &dd, &h, &mi, &sec, &used) !=
	           6) {
		return NULL;
	}
	if ((size_t)used != n || y < 2000 || y > 9998 || mo < 1 || mo > 12 || dd < 1 || dd > 31 ||
	    h > 23 || mi > 59 || sec > 59 || h < 0 || mi < 0 || sec < 0)
		return NULL;
	when_zone(req);
	struct tm tm = {0};
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = dd;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = sec;
	tm.tm_isdst = -1;
	time_t t = mktime(&tm);
	if (t == (time_t)-1 || tm.tm_mday != dd) /* 31 February */
		return NULL;
	struct tm utc;
	char out[20];
	gmtime_r(&t, &utc);
	strftime(out, sizeof out, "%Y-%m-%d %H:%M:%S", &utc);
	return arena_strdup(req->arena, out);
}

int publishing_schedule_at(struct request *req, const char **utc, const char **at_error)
{
	*utc = NULL;
	*at_error = NULL;
	if (req->form_in->failed)
		*at_error = _("Give a day and a time, like 2026-12-24 18:00.");
	else if (!(*utc = publishing_utc_from_local(req, req_text(req, "at"))))
		*at_error = _("That is not a time. Give a day and a time, like 2026-12-24 18:00.");
	else {
		struct db_rows *f = db_query(req, SQL_NOW_FUTURE, db_text(*utc));
		if (!f)
			return -1;
		if (!db_get_int(f, 0, "future"))
			*at_error =
			    _("That time has passed. Choose a time in the future, or publish "
			      "now.");
	}
	return 0;
}

void publishing_status(struct request *req, struct tmpl_dict *d, const struct db_rows *a,
                       const char *at_error, const char *const said[4])
{
	const char *st = db_get(a, 0, "status");
	int live = (int)db_get_int(a, 0, "live");
	const char *text = strcmp(st, "draft") == 0         ? said[0]
	                   : strcmp(st, "unpublished") == 0 ? said[1]
	                   : live                           ? said[2]
	                                                    : said[3];
	tmpl_set(d, "status_text", _(text));
	if (db_get(a, 0, "public_at")) {
		when_set(req, d, "when", db_get(a, 0, "public_at"), WHEN_MOMENT);
		tmpl_show(d, live ? "live_since" : "public_from");
	}
	if (live)
		tmpl_show(d, "is_live");
	if (!live || strcmp(st, "published") != 0)
		tmpl_show(d, "can_publish");
	if (strcmp(st, "published") == 0 || strcmp(st, "scheduled") == 0)
		tmpl_show(d, "can_unpublish");
	if (strcmp(st, "draft") == 0 && !db_get(a, 0, "published_at"))
		tmpl_show(d, "slug_editable");
	else
		tmpl_show(d, "slug_fixed");
	time_t at = time(NULL) + 3600;
	const char *pa = db_get(a, 0, "publish_at");
	if (pa && when_parse(pa) > time(NULL))
		at = when_parse(pa);
	tmpl_set(d, "at", at_error ? req_text(req, "at") : publishing_local_input(req, at));
	tmpl_set(d, "zone", when_zone(req));
	if (at_error) {
		tmpl_set(d, "at_error", at_error);
		tmpl_show(d, "at_invalid");
	}
}

/* ---- the actions ------------------------------------------------------- */

static int no_such(struct request *req, const struct publishing_kind *k)
{
	return page_error(req, 404, _(k->missing));
}

/* Lock the row of the path's id for a change of status; to_publish:
 * and ask the kind whether it may be published. The row, or NULL with
 * *status the answer given (404, the hook's) or -1. */
static struct db_rows *lock(struct request *req, const struct publishing_kind *k, int to_publish,
                            int *status)
{
	struct db_rows *l = db_query(req, k->lock, db_int(req->ids[0]));
	if (!l) {
		*status = -1;
		return NULL;
	}
	if (l->nrows != 1) {
		*status = no_such(req, k);
		return NULL;
	}
	if (to_publish && k->may_publish && (*status = k->may_publish(req, l)) != 0)
		return NULL;
	return l;
}

/* The audit record of what happened to the row: "<noun>_<action>". */
static int audit(struct request *req, const struct publishing_kind *k, const char *action,
                 const struct db_rows *l, const char *more)
{
	const char *detail = arena_printf(req->arena, "%s %lld %s%s%s", k->noun, req->ids[0],
	                                  db_get(l, 0, "slug"), more ? " " : "", more ? more : "");
	return auth_audit(req, arena_printf(req->arena, "%s_%s", k->noun, action),
	                  db_get_int(l, 0, "author_id"), detail);
}

static int done(struct request *req, const struct publishing_kind *k, const char *what)
{
	return res_redirect(
	    req, arena_printf(req->arena, "%s%lld?done=%s", k->edit_path, req->ids[0], what));
}

int publishing_publish(struct request *req, const struct publishing_kind *k)
{
	int status;
	struct db_rows *l = lock(req, k, 1, &status);
	if (!l)
		return status;
	if (strcmp(db_get(l, 0, "status"), "published") == 0)
		return done(req, k, "published"); /* already: nothing to do */
	if (db_exec(req, k->publish, db_int(req->ids[0])) < 0 ||
	    audit(req, k, "publish", l, NULL) < 0)
		return -1;
	return done(req, k, "published");
}

int publishing_schedule(struct request *req, const struct publishing_kind *k)
{
	int status;
	struct db_rows *l = lock(req, k, 1, &status);
	if (!l)
		return status;
	const char *at_error, *utc;
	if (publishing_schedule_at(req, &utc, &at_error) < 0)
		return -1;
	if (at_error)
		return k->schedule_refused(req, at_error);
	if (db_exec(req, k->schedule, db_text(utc), db_int(req->ids[0])) < 0 ||
	    audit(req, k, "schedule", l, utc) < 0)
		return -1;
	return done(req, k, "scheduled");
}

int publishing_unpublish(struct request *req, const struct publishing_kind *k)
{
	int status;
	struct db_rows *l = lock(req, k, 0, &status);
	if (!l)
		return status;
	const char *st = db_get(l, 0, "status");
	if (strcmp(st, "draft") == 0 || strcmp(st, "unpublished") == 0)
		return page_error(req, 409, _(k->not_public));
	if (db_exec(req, k->unpublish, db_int(req->ids[0])) < 0 ||
	    audit(req, k, "unpublish", l, NULL) < 0)
		return -1;
	return done(req, k, "unpublished");
}

int publishing_delete(struct request *req, const struct publishing_kind *k)
{
	int status;
	struct db_rows *l = lock(req, k, 0, &status);
	if (!l)
		return status;
	if (db_exec(req, k->remove, db_int(req->ids[0])) < 0 ||
	    audit(req, k, "delete", l, NULL) < 0)
		return -1;
	if (k->deleted)
		k->deleted(req, l);
	return res_redirect(req, k->deleted_url);
}

/* ---- the edit form ----------------------------------------------------- */

int publishing_topic_options(struct request *req, struct tmpl_dict *d, const char *chosen)
{
	struct db_rows *t = db_query(req, SQL_TOPICS, db_text(i18n_lang()));
	if (!t)
		return -1;
	for (size_t i = 0; i < t->nrows; i++) {
		struct tmpl_dict *o = tmpl_add(d, "topic_option");
		page_row(o, t, i);
		if (chosen && strcmp(db_get(t, i, "slug"), chosen) == 0)
			tmpl_show(o, "selected");
	}
	return 0;
}

long long publishing_topic_id(struct request *req, const char *slug)
{
	if (!topic_slug_valid(slug)) /* before the query: the column is ASCII */
		return 0;
	struct db_rows *t = db_query(req, SQL_TOPIC_ID, db_text(slug));
	if (!t)
		return -1;
	return t->nrows == 1 ? db_get_int(t, 0, "id") : 0;
}

const char *publishing_slug(struct request *req, const struct publishing_kind *k, long long self,
                            const char *slug_now, int slug_editable)
{
	struct form *f = req->form_in;
	const char *slug = req_text(req, "slug");
	if (!slug_editable || !*slug)
		slug = slug_now ? slug_now : article_slug_from(req->arena, req_text(req, "title"));
	else if (!article_slug_valid(slug))
		form_error(
		    f, "slug",
		    _("Use 2 to 80 of the letters a-z, digits and '-' (not first or last)."));
	if (!f->failed && (!slug_now || strcmp(slug, slug_now) != 0)) {
		struct db_rows *s = db_query(req, k->slug_taken, db_text(slug));
		if (!s)
			return NULL;
		if (s->nrows && db_get_int(s, 0, "id") != self)
			form_error(f, "slug", _(k->slug_in_use));
	}
	return slug;
}
