/*
 * desk.c - the editor's desk (/editor, roles editor and admin; main.c).
 *
 *   GET  /editor                 my drafts, others' drafts, what is
 *                                scheduled, published and unpublished
 *   GET  /editor/new, POST       a new article (a draft)
 *   GET  /editor/<id>, POST      edit it (and its status, the actions)
 *   GET  /editor/<id>/preview    the page as the public will see it
 *   POST /editor/<id>/publish    public now
 *   POST /editor/<id>/schedule   public from a time (the site's zone)
 *   POST /editor/<id>/unpublish  taken down (its address stays taken)
 *   GET  /editor/<id>/delete, POST  asked for, then done
 *
 * Every editor may work on every article (a small team). Publishing,
 * scheduling, unpublishing and deleting are written to the audit log in
 * the same transaction (ROUTE_TX). A refused form answers 400 with the
 * form filled in again and nothing written (core rolls back).
 *
 * The address (slug) is chosen when the article is made (from the title
 * when left empty) and may change only while the article is a draft that
 * was never public; a new title never moves it.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "auth.h"
#include "db.h"
#include "form.h"
#include "i18n.h"
#include "limits.h"
#include "markdown.h"
#include "media.h"
#include "page.h"
#include "response.h"
#include "tmpl.h"
#include "when.h"

static const char SQL_DESK[] =
    "SELECT a.id AS id, a.title AS title, a.slug AS slug, a.status AS status, "
    "IFNULL(a.author_id, 0) AS author_id, u.handle AS author, a.updated_at AS updated_at, "
    "a.publish_at AS publish_at, a.public_at AS public_at, "
    "IFNULL(a.public_at <= NOW(), 0) AS live "
    "FROM articles a LEFT JOIN users u ON u.id = a.author_id "
    "ORDER BY a.updated_at DESC, a.id DESC LIMIT ?";
static const char SQL_ARTICLE[] =
    "SELECT a.id AS id, a.title AS title, a.slug AS slug, a.summary AS summary, a.body AS body, "
    "t.slug AS topic, a.status AS status, IFNULL(a.author_id, 0) AS author_id, "
    "a.publish_at AS publish_at, a.published_at AS published_at, a.public_at AS public_at, "
    "IFNULL(a.public_at <= NOW(), 0) AS live, a.cover_path AS cover_path "
    "FROM articles a JOIN topics t ON t.id = a.topic_id WHERE a.id = ?";
/* For a write: the article alone, locked. */
static const char SQL_LOCK[] = PUBLISHING_LOCK("articles", "IFNULL(public_at <= NOW(), 0) AS live");
static const char SQL_INSERT[] =
    "INSERT INTO articles (slug, title, summary, body, body_html, topic_id, author_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)";
static const char SQL_UPDATE[] =
    "UPDATE articles SET slug = ?, title = ?, summary = ?, body = ?, body_html = ?, "
    "topic_id = ?, updated_at = NOW() WHERE id = ?";

const struct field article_fields[] = {
    TEXT_FIELD("title", N_("Title"), LIMIT_ARTICLE_TITLE_MIN, LIMIT_ARTICLE_TITLE_MAX, 0),
    TEXT_FIELD("slug", N_("Address"), 0, LIMIT_ARTICLE_SLUG_MAX, 0),
    TEXT_FIELD("summary", N_("Summary"), LIMIT_ARTICLE_SUMMARY_MIN, LIMIT_ARTICLE_SUMMARY_MAX,
               FIELD_MULTILINE),
    TEXT_FIELD("topic", N_("Topic"), 1, LIMIT_TOPIC_SLUG_MAX, 0),
    TEXT_FIELD("body", N_("Text"), 1, LIMIT_ARTICLE_BODY_MAX, FIELD_MULTILINE),
    FIELDS_END,
};

const struct field schedule_fields[] = {
    TEXT_FIELD("at", N_("Publish at"), LIMIT_DATETIME_MIN, LIMIT_DATETIME_MAX, 0),
    FIELDS_END,
};

static const char *const done_values[] = {"saved",   "published",       "scheduled", "unpublished",
                                          "deleted", "episode_deleted", NULL};
static const char *const done_messages[] = {
    N_("The article is saved."),     N_("The article is published."),
    N_("The article is scheduled."), N_("The article is unpublished. It is no longer public."),
    N_("The article is deleted."),   N_("The episode is deleted."),
};

const struct field desk_query[] = {
    CHOICE_FIELD("done", N_("Done"), done_values, 0),
    FIELDS_END,
};

static void show_done(struct request *req, struct tmpl_dict *d)
{
	if (*req_text(req, "done")) {
		tmpl_show(d, "done");
		tmpl_set(d, "notice", _(done_messages[req_int(req, "done")]));
	}
}

/* ---- the desk ---------------------------------------------------------- */

/* The desk's sections, in the order a row is sorted into them. The first
 * three say so when they are empty. */
enum { DESK_MINE, DESK_SCHEDULED, DESK_PUBLISHED, DESK_OTHERS, DESK_UNPUBLISHED, DESK_SECTIONS };
static const char *const desk_sections[] = {"mine", "scheduled", "published", "others",
                                            "unpublished"};

int desk_fn(struct request *req)
{
	struct db_rows *r = db_query(req, SQL_DESK, db_int(ARTICLES_DESK_ROWS));
	if (!r)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Editor's desk"), "media/desk.tpl");
	show_done(req, d);
	int shown[DESK_SECTIONS] = {0};
	for (size_t i = 0; i < r->nrows; i++) {
		const char *status = db_get(r, i, "status");
		int s;
		if (strcmp(status, "draft") == 0)
			s = db_get_int(r, i, "author_id") == req->user.id ? DESK_MINE : DESK_OTHERS;
		else if (strcmp(status, "unpublished") == 0)
			s = DESK_UNPUBLISHED;
		else
			s = db_get_int(r, i, "live") ? DESK_PUBLISHED : DESK_SCHEDULED;
		struct tmpl_dict *row = tmpl_add(d, desk_sections[s]);
		page_row(row, r, i);
		when_set(req, row, "changed", db_get(r, i, "updated_at"), WHEN_AGO);
		if (db_get(r, i, "public_at"))
			when_set(req, row, "when", db_get(r, i, "public_at"), WHEN_MOMENT);
		shown[s] = 1;
	}
	for (int s = 0; s < DESK_SECTIONS; s++)
		tmpl_show(d, arena_printf(req->arena, "%s_%s", shown[s] ? "has" : "no",
		                          desk_sections[s]));
	if (r->nrows == ARTICLES_DESK_ROWS)
		tmpl_show(d, "truncated");
	tmpl_set_int(d, "desk_rows", ARTICLES_DESK_ROWS);
	if (episodes_desk_list(req, d) < 0)
		return -1;
	return page_end(req, 200);
}

/* ---- the form ---------------------------------------------------------- */

static void form_limits(struct tmpl_dict *d)
{
	tmpl_set_int(d, "title_min", LIMIT_ARTICLE_TITLE_MIN);
	tmpl_set_int(d, "title_max", LIMIT_ARTICLE_TITLE_MAX);
	tmpl_set_int(d, "slug_max", LIMIT_ARTICLE_SLUG_MAX);
	tmpl_set_int(d, "summary_min", LIMIT_ARTICLE_SUMMARY_MIN);
	tmpl_set_int(d, "summary_max", LIMIT_ARTICLE_SUMMARY_MAX);
	tmpl_set_int(d, "body_max", LIMIT_ARTICLE_BODY_MAX);
}

/* The edit page of article a (a row of SQL_ARTICLE, or NULL for a new
 * one), answering status. refill: the article form comes back with its
 * errors. at_error: the schedule form's message (its value refilled). */
static int show_form(struct request *req, int status, const struct db_rows *a, int refill,
                     const char *at_error)
{
	struct tmpl_dict *d =
	    page_begin(req, a ? _("Edit the article") : _("New article"), "media/edit.tpl");
	form_limits(d);
	const char *topic = NULL;
	if (a) {
		tmpl_show(d, "existing");
		tmpl_set(d, "id", db_get(a, 0, "id"));
		tmpl_set(d, "stored_slug", db_get(a, 0, "slug"));
		static const char *const said[4] = {
		    N_("Draft: only editors see it."), N_("Unpublished: not public."),
		    N_("Published: everyone can read it."), N_("Scheduled: not public yet.")};
		publishing_status(req, d, a, at_error, said);
		const char *cover = db_get(a, 0, "cover_path");
		tmpl_show(d, cover ? "has_cover" : "no_cover");
		if (cover)
			tmpl_set(d, "cover_path", cover);
		if (!refill) {
			static const char *const cols[] = {"title", "slug", "summary", "body"};
			for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++)
				tmpl_set(d, cols[i], db_get(a, 0, cols[i]));
			topic = db_get(a, 0, "topic");
		}
	} else {
		tmpl_show(d, "is_new");
		tmpl_show(d, "slug_editable");
	}
	if (refill) {
		form_fill(req->form_in, d);
		topic = req_text(req, "topic");
	}
	if (publishing_topic_options(req, d, topic) < 0)
		return -1;
	if (a && !refill)
		show_done(req, d);
	return page_end(req, status);
}

int desk_new_fn(struct request *req)
{
	return show_form(req, 200, NULL, 0, NULL);
}

/* The article by id as the form shows it; NULL with *status 404 when there
 * is none, or NULL on database failure (*status -1). */
static struct db_rows *load(struct request *req, long long id, int *status)
{
	struct db_rows *a = db_query(req, SQL_ARTICLE, db_int(id));
	*status = a ? 404 : -1;
	if (a && a->nrows != 1)
		return NULL;
	return a;
}

static int no_such(struct request *req)
{
	return page_error(req, 404, _("There is no such article."));
}

int desk_edit_fn(struct request *req)
{
	int status;
	struct db_rows *a = load(req, req->ids[0], &status);
	if (!a)
		return status < 0 ? -1 : no_such(req);
	return show_form(req, 200, a, 0, NULL);
}

/* ---- what publishing.c needs of an article ------------------------------ */

/* A schedule with no time, or one passed: the edit page again. */
static int schedule_refused(struct request *req, const char *at_error)
{
	int status;
	struct db_rows *a = load(req, req->ids[0], &status);
	return a ? show_form(req, 400, a, 0, at_error) : status;
}

static const struct publishing_kind article_kind = {
    .lock = SQL_LOCK,
    PUBLISHING_SQL("articles"),
    .noun = "article",
    .edit_path = "/editor/",
    .deleted_url = "/editor?done=deleted",
    .missing = N_("There is no such article."),
    .not_public = N_("This article is not published or scheduled."),
    .slug_in_use = N_("Another article has this address. Choose another one."),
    .schedule_refused = schedule_refused,
};

/* The checked form, and what it means: the topic's id, the slug to store
 * (slug_now: the stored one, or NULL for a new article), the Markdown
 * rendered. 0 when all is well; else the form's errors are set (answer
 * 400), or -1 on database failure. self: the article's own id (0: new). */
struct draft {
	long long topic_id;
	const char *slug;
	const char *html;
};

static int check_form(struct request *req, long long self, const char *slug_now, int slug_editable,
                      struct draft *out)
{
	struct form *f = req->form_in;
	const char *topic = req_text(req, "topic");
	out->topic_id = 0;
	if (*topic) {
		out->topic_id = publishing_topic_id(req, topic);
		if (out->topic_id < 0)
			return -1;
		if (!out->topic_id)
			form_error(f, "topic", _("Choose one of the topics."));
	}
	const char *body = req_text(req, "body");
	const char *problem = *body ? article_markdown_problem(body) : NULL;
	if (problem)
		form_error(f, "body", problem);
	const char *slug = publishing_slug(req, &article_kind, self, slug_now, slug_editable);
	if (!slug)
		return -1;
	if (f->failed) /* form_error sets it */
		return 1;
	out->slug = slug;
	out->html = md_render(req->arena, body, strlen(body));
	return 0;
}

int desk_create_fn(struct request *req)
{
	struct draft v;
	int rc = check_form(req, 0, NULL, 1, &v);
	if (rc < 0)
		return -1;
	if (rc)
		return show_form(req, 400, NULL, 1, NULL);
	if (db_exec(req, SQL_INSERT, db_text(v.slug), db_text(req_text(req, "title")),
	            db_text(req_text(req, "summary")), db_text(req_text(req, "body")),
	            db_text(v.html), db_int(v.topic_id), db_int(req->user.id)) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/editor/%lld?done=saved", db_last_id()));
}

int desk_save_fn(struct request *req)
{
	long long id = req->ids[0];
	struct db_rows *l = db_query(req, SQL_LOCK, db_int(id));
	if (!l)
		return -1;
	if (l->nrows != 1)
		return no_such(req);
	int editable =
	    strcmp(db_get(l, 0, "status"), "draft") == 0 && !db_get(l, 0, "published_at");
	struct draft v;
	int rc = check_form(req, id, db_get(l, 0, "slug"), editable, &v);
	if (rc < 0)
		return -1;
	if (rc) {
		int status;
		struct db_rows *a = load(req, id, &status);
		return a ? show_form(req, 400, a, 1, NULL) : status;
	}
	if (db_exec(req, SQL_UPDATE, db_text(v.slug), db_text(req_text(req, "title")),
	            db_text(req_text(req, "summary")), db_text(req_text(req, "body")),
	            db_text(v.html), db_int(v.topic_id), db_int(id)) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/editor/%lld?done=saved", id));
}

/* ---- preview ----------------------------------------------------------- */

static const char SQL_PREVIEW[] = "SELECT " ARTICLE_COLUMNS ARTICLE_FROM "WHERE a.id = ?";

int desk_preview_fn(struct request *req)
{
	struct db_rows *r = db_query(req, SQL_PREVIEW, db_text(i18n_lang()), db_int(req->ids[0]));
	if (!r)
		return -1;
	if (r->nrows != 1)
		return no_such(req);
	struct tmpl_dict *d = page_begin(req, db_get(r, 0, "title"), "media/article.tpl");
	article_fill(req, d, r, 0);
	tmpl_show(d, "preview");
	tmpl_set(d, "id", db_get(r, 0, "id"));
	return page_end(req, 200);
}

/* ---- publishing (publishing.c) ---------------------------------------- */

int desk_publish_fn(struct request *req)
{
	return publishing_publish(req, &article_kind);
}

int desk_schedule_fn(struct request *req)
{
	return publishing_schedule(req, &article_kind);
}

int desk_unpublish_fn(struct request *req)
{
	return publishing_unpublish(req, &article_kind);
}

int desk_delete_form_fn(struct request *req)
{
	int status;
	struct db_rows *a = load(req, req->ids[0], &status);
	if (!a)
		return status < 0 ? -1 : no_such(req);
	struct tmpl_dict *d = page_begin(req, _("Delete the article?"), "media/delete.tpl");
	page_row(d, a, 0);
	if (db_get_int(a, 0, "live"))
		tmpl_show(d, "is_live");
	return page_end(req, 200);
}

int desk_delete_fn(struct request *req)
{
	return publishing_delete(req, &article_kind);
}
