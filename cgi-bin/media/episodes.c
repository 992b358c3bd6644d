/*
 * episodes.c - the podcast's episodes at the editor's desk (main.c):
 *
 *   GET  /editor/episodes/new, POST       a new episode (a draft)
 *   GET  /editor/episodes/<id>, POST      edit it, see its files, the actions
 *   GET  /editor/episodes/<id>/preview    the page as the public will see it
 *   POST /editor/episodes/<id>/publish    public now (refused without audio)
 *   POST /editor/episodes/<id>/schedule   public from a time (the same)
 *   POST /editor/episodes/<id>/unpublish  taken down
 *   GET  /editor/episodes/<id>/delete, POST  asked for, then done
 *
 * As articles (desk.c, publishing.c): every write is one transaction,
 * publish/schedule/unpublish/delete are audited ("episode_publish" ...),
 * a refused form answers 400 filled in again with nothing written. The
 * files (audio, image, transcript) come by their own upload forms
 * (uploads.c), which answer back here (?done=uploaded) or show their own
 * refusal.
 *
 * The guid in the feed is made when the episode is made (UUID v4) and
 * never changes; the slug stays once the episode has been public.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
#include "store.h"
#include "tmpl.h"
#include "transcript.h"
#include "when.h"

static const char SQL_DESK[] =
    "SELECT e.id AS id, e.title AS title, e.slug AS slug, e.status AS status, "
    "e.season AS season, e.episode_number AS episode_number, e.updated_at AS updated_at, "
    "e.public_at AS public_at, IFNULL(e.public_at <= NOW(), 0) AS live, "
    "e.audio_path IS NOT NULL AS has_audio "
    "FROM episodes e ORDER BY e.updated_at DESC, e.id DESC LIMIT ?";
static const char SQL_NUMBER_TAKEN[] =
    "SELECT id FROM episodes WHERE episode_number = ? AND season <=> ? AND id <> ? LIMIT 1";
static const char SQL_EPISODE[] =
    "SELECT e.id AS id, e.guid AS guid, e.title AS title, e.slug AS slug, "
    "e.description AS description, t.slug AS topic, e.season AS season, "
    "e.episode_number AS episode_number, e.episode_type AS episode_type, "
    "e.explicit AS explicit, e.chapters AS chapters, e.audio_path AS audio_path, "
    "e.audio_type AS audio_type, e.audio_bytes AS audio_bytes, e.duration_s AS duration_s, "
    "e.image_path AS image_path, e.image_type AS image_type, "
    "e.transcript_path AS transcript_path, e.transcript_type AS transcript_type, "
    "e.status AS status, IFNULL(e.author_id, 0) AS author_id, e.publish_at AS publish_at, "
    "e.published_at AS published_at, e.public_at AS public_at, "
    "IFNULL(e.public_at <= NOW(), 0) AS live "
    "FROM episodes e LEFT JOIN topics t ON t.id = e.topic_id WHERE e.id = ?";
static const char SQL_LOCK[] =
    PUBLISHING_LOCK("episodes", "audio_path IS NOT NULL AS has_audio, audio_path, image_path, "
                                "transcript_path");
static const char SQL_INSERT[] =
    "INSERT INTO episodes (slug, guid, title, description, description_html, topic_id, "
    "season, episode_number, episode_type, explicit, chapters, chapters_json, author_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
static const char SQL_UPDATE[] =
    "UPDATE episodes SET slug = ?, title = ?, description = ?, description_html = ?, "
    "topic_id = ?, season = ?, episode_number = ?, episode_type = ?, explicit = ?, "
    "chapters = ?, chapters_json = ?, updated_at = NOW() WHERE id = ?";

static const char *const episode_types[] = {"full", "trailer", "bonus", NULL};

const struct field episode_fields[] = {
    TEXT_FIELD("title", N_("Title"), EPISODE_TITLE_MIN, PODCAST_TITLE_MAX, 0),
    TEXT_FIELD("slug", N_("Address"), 0, LIMIT_ARTICLE_SLUG_MAX, 0),
    TEXT_FIELD("description", N_("Description"), 1, EPISODE_DESCRIPTION_MAX, FIELD_MULTILINE),
    TEXT_FIELD("topic", N_("Topic"), 0, LIMIT_TOPIC_SLUG_MAX, 0),
    TEXT_FIELD("season", N_("Season"), 0, 4, 0),
    TEXT_FIELD("episode_number", N_("Episode number"), 0, 4, 0),
    CHOICE_FIELD("episode_type", N_("Type"), episode_types, FIELD_REQUIRED),
    CHECK_FIELD("explicit", N_("Explicit")),
    TEXT_FIELD("chapters", N_("Chapters"), 0, EPISODE_CHAPTERS_MAX, FIELD_MULTILINE),
    FIELDS_END,
};

static const char *const done_values[] = {"saved",   "published", "scheduled", "unpublished",
                                          "deleted", "uploaded",  NULL};
static const char *const done_messages[] = {
    N_("The episode is saved."),     N_("The episode is published."),
    N_("The episode is scheduled."), N_("The episode is unpublished. It is no longer public."),
    N_("The episode is deleted."),   N_("The file is stored."),
};

const struct field episode_query[] = {
    CHOICE_FIELD("done", N_("Done"), done_values, 0),
    FIELDS_END,
};

/* ---- the desk's list (desk.c) ------------------------------------------- */

int episodes_desk_list(struct request *req, struct tmpl_dict *d)
{
	struct db_rows *r = db_query(req, SQL_DESK, db_int(EPISODES_DESK_ROWS));
	if (!r)
		return -1;
	for (size_t i = 0; i < r->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "episode");
		page_row(row, r, i);
		const char *st = db_get(r, i, "status");
		int live = (int)db_get_int(r, i, "live");
		tmpl_set(row, "state",
		         strcmp(st, "draft") == 0         ? _("Draft")
		         : strcmp(st, "unpublished") == 0 ? _("Unpublished")
		         : live                           ? _("Published")
		                                          : _("Scheduled"));
		if (!db_get_int(r, i, "has_audio"))
			tmpl_show(row, "no_audio");
		when_set(req, row, "changed", db_get(r, i, "updated_at"), WHEN_AGO);
	}
	tmpl_show(d, r->nrows ? "has_episodes" : "no_episodes");
	return 0;
}

/* ---- the form ----------------------------------------------------------- */

static void files_shown(struct request *req, struct tmpl_dict *d, const struct db_rows *a)
{
	if (db_get(a, 0, "audio_path")) {
		tmpl_show(d, "has_audio");
		tmpl_set(d, "audio_size",
		         arena_printf(req->arena, "%.1f MB",
		                      (double)db_get_int(a, 0, "audio_bytes") / 1e6));
		tmpl_set(d, "audio_clock",
		         episode_clock(req->arena, db_get_int(a, 0, "duration_s")));
	} else {
		tmpl_show(d, "no_audio");
	}
	tmpl_show(d, db_get(a, 0, "image_path") ? "has_image" : "no_image");
	tmpl_show(d, db_get(a, 0, "transcript_path") ? "has_transcript" : "no_transcript");
}

static int show_form(struct request *req, int status, const struct db_rows *a, int refill,
                     const char *at_error, const char *refused)
{
	struct tmpl_dict *d =
	    page_begin(req, a ? _("Edit the episode") : _("New episode"), "media/episode_edit.tpl");
	tmpl_set_int(d, "title_min", EPISODE_TITLE_MIN);
	tmpl_set_int(d, "title_max", PODCAST_TITLE_MAX);
	tmpl_set_int(d, "slug_max", LIMIT_ARTICLE_SLUG_MAX);
	tmpl_set_int(d, "description_max", EPISODE_DESCRIPTION_MAX);
	const char *topic = NULL, *type = "full";
	int explicit_ = 0;
	if (a) {
		tmpl_show(d, "existing");
		tmpl_set(d, "id", db_get(a, 0, "id"));
		tmpl_set(d, "stored_slug", db_get(a, 0, "slug"));
		tmpl_set(d, "guid", db_get(a, 0, "guid"));
		static const char *const said[4] = {
		    N_("Draft: only editors see it."), N_("Unpublished: not public."),
		    N_("Published: everyone can hear it."), N_("Scheduled: not public yet.")};
		publishing_status(req, d, a, at_error, said);
		files_shown(req, d, a);
		static const char *const files[] = {"audio_path",      "audio_type",
		                                    "image_path",      "image_type",
		                                    "transcript_path", "transcript_type"};
		for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
			if (db_get(a, 0, files[i]))
				tmpl_set(d, files[i], db_get(a, 0, files[i]));
		if (!refill) {
			static const char *const cols[] = {"title",  "slug",     "description",
			                                   "season", "chapters", "episode_number"};
			for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++)
				if (db_get(a, 0, cols[i]))
					tmpl_set(d, cols[i], db_get(a, 0, cols[i]));
			topic = db_get(a, 0, "topic");
			type = db_get(a, 0, "episode_type");
			explicit_ = (int)db_get_int(a, 0, "explicit");
			if (*req_text(req, "done")) {
				tmpl_show(d, "done");
				tmpl_set(d, "notice", _(done_messages[req_int(req, "done")]));
			}
		}
		if (refused) {
			tmpl_set(d, "refused", refused);
			tmpl_show(d, "is_refused");
		}
	} else {
		tmpl_show(d, "is_new");
		tmpl_show(d, "slug_editable");
	}
	if (refill) {
		form_fill(req->form_in, d);
		topic = req_text(req, "topic");
		long long t = req_int(req, "episode_type");
		type = episode_types[t < 0 ? 0 : t];
		explicit_ = (int)req_int(req, "explicit");
	}
	for (size_t i = 0; episode_types[i]; i++)
		if (strcmp(type, episode_types[i]) == 0)
			tmpl_show(d, arena_printf(req->arena, "type_%s", episode_types[i]));
	if (explicit_)
		tmpl_show(d, "explicit_checked");
	if (publishing_topic_options(req, d, topic) < 0)
		return -1;
	return page_end(req, status);
}

int episode_new_fn(struct request *req)
{
	return show_form(req, 200, NULL, 0, NULL, NULL);
}

static struct db_rows *load(struct request *req, long long id, int *status)
{
	struct db_rows *a = db_query(req, SQL_EPISODE, db_int(id));
	*status = a ? 404 : -1;
	if (a && a->nrows != 1)
		return NULL;
	return a;
}

static int no_such(struct request *req)
{
	return page_error(req, 404, _("There is no such episode."));
}

int episode_edit_fn(struct request *req)
{
	int status;
	struct db_rows *a = load(req, req->ids[0], &status);
	if (!a)
		return status < 0 ? -1 : no_such(req);
	return show_form(req, 200, a, 0, NULL, NULL);
}

/* ---- what publishing.c needs of an episode ------------------------------ */

/* Publishing or scheduling an episode with no audio: 409, the edit page
 * saying why. */
static int may_publish(struct request *req, const struct db_rows *l)
{
	if (db_get_int(l, 0, "has_audio"))
		return 0;
	int status;
	struct db_rows *a = load(req, req->ids[0], &status);
	if (!a)
		return status < 0 ? -1 : no_such(req);
	return show_form(req, 409, a, 0, NULL,
	                 _("An episode needs its audio before it can be published or scheduled. "
	                   "Upload the audio first."));
}

static int schedule_refused(struct request *req, const char *at_error)
{
	int status;
	struct db_rows *a = load(req, req->ids[0], &status);
	return a ? show_form(req, 400, a, 0, at_error, NULL) : status;
}

/* The row goes in the transaction; its files after it is written (a
 * retried transaction removes them again, which store_remove allows). */
static void remove_files(struct request *req, const struct db_rows *l)
{
	static const char *const files[] = {"audio_path", "image_path", "transcript_path"};
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
		if (db_get(l, 0, files[i]))
			store_remove(req, db_get(l, 0, files[i]));
}

static const struct publishing_kind episode_kind = {
    .lock = SQL_LOCK,
    PUBLISHING_SQL("episodes"),
    .noun = "episode",
    .edit_path = "/editor/episodes/",
    .deleted_url = "/editor?done=episode_deleted",
    .missing = N_("There is no such episode."),
    .not_public = N_("This episode is not published or scheduled."),
    .slug_in_use = N_("Another episode has this address. Choose another one."),
    .may_publish = may_publish,
    .schedule_refused = schedule_refused,
    .deleted = remove_files,
};

struct draft {
	struct db_value topic, season, number;
	const char *slug, *html, *chapters_json;
};

/* A number field: db_null() when empty, its value 1..EPISODE_NUMBER_MAX,
 * or an error on the field. */
static struct db_value number(struct form *f, const char *name, const char *text)
{
	if (!*text)
		return db_null();
	char *end;
	long v = strtol(text, &end, 10);
	if (*end || v < 1 || v > EPISODE_NUMBER_MAX || text[0] < '0' || text[0] > '9') {
		form_error(f, name, _("Write a whole number from 1 to 9999, or leave it empty."));
		return db_null();
	}
	return db_int(v);
}

static int check_form(struct request *req, long long self, const char *slug_now, int slug_editable,
                      struct draft *out)
{
	struct form *f = req->form_in;
	const char *topic = req_text(req, "topic");
	out->topic = db_null();
	if (*topic) {
		long long id = publishing_topic_id(req, topic);
		if (id < 0)
			return -1;
		if (!id)
			form_error(f, "topic", _("Choose one of the topics, or none."));
		else
			out->topic = db_int(id);
	}
	out->season = number(f, "season", req_text(req, "season"));
	out->number = number(f, "episode_number", req_text(req, "episode_number"));
	const char *body = req_text(req, "description");
	const char *problem = *body ? article_markdown_problem(body) : NULL;
	if (problem)
		form_error(f, "description", problem);
	struct chapters ch = {0};
	int bad_line = 0;
	if (chapters_parse(req->arena, req_text(req, "chapters"), &ch, &bad_line) < 0)
		form_error(
		    f, "chapters",
		    arena_printf(req->arena,
		                 _("Line %d is not a chapter. Write one per line, a time "
		                   "and a title, like \"0:00 Intro\" or \"1:02:30 Questions\"; "
		                   "the first at 0:00, the times rising."),
		                 bad_line));
	const char *slug = publishing_slug(req, &episode_kind, self, slug_now, slug_editable);
	if (!slug)
		return -1;
	if (!f->failed && out->number.type != DB_NULL) {
		struct db_rows *n =
		    db_query(req, SQL_NUMBER_TAKEN, out->number, out->season, db_int(self));
		if (!n)
			return -1;
		if (n->nrows)
			form_error(f, "episode_number",
			           _("Another episode of this season has this number."));
	}
	if (f->failed)
		return 1;
	out->slug = slug;
	out->html = md_render(req->arena, body, strlen(body));
	out->chapters_json = ch.count ? chapters_json(req->arena, &ch) : NULL;
	return 0;
}

static struct db_value text_or_null(const char *s)
{
	return s && *s ? db_text(s) : db_null();
}

int episode_create_fn(struct request *req)
{
	struct draft v;
	int rc = check_form(req, 0, NULL, 1, &v);
	if (rc < 0)
		return -1;
	if (rc)
		return show_form(req, 400, NULL, 1, NULL, NULL);
	char guid[UUID_TEXT];
	uuid_v4(guid);
	if (db_exec(req, SQL_INSERT, db_text(v.slug), db_text(guid),
	            db_text(req_text(req, "title")), db_text(req_text(req, "description")),
	            db_text(v.html), v.topic, v.season, v.number,
	            db_text(episode_types[req_int(req, "episode_type")]),
	            db_int(req_int(req, "explicit")), text_or_null(req_text(req, "chapters")),
	            text_or_null(v.chapters_json), db_int(req->user.id)) < 0)
		return -1;
	return res_redirect(
	    req, arena_printf(req->arena, "/editor/episodes/%lld?done=saved", db_last_id()));
}

int episode_save_fn(struct request *req)
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
		return a ? show_form(req, 400, a, 1, NULL, NULL) : status;
	}
	if (db_exec(req, SQL_UPDATE, db_text(v.slug), db_text(req_text(req, "title")),
	            db_text(req_text(req, "description")), db_text(v.html), v.topic, v.season,
	            v.number, db_text(episode_types[req_int(req, "episode_type")]),
	            db_int(req_int(req, "explicit")), text_or_null(req_text(req, "chapters")),
	            text_or_null(v.chapters_json), db_int(id)) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/editor/episodes/%lld?done=saved", id));
}

/* ---- preview ------------------------------------------------------------ */

static const char SQL_PREVIEW[] = "SELECT " EPISODE_COLUMNS EPISODE_FROM "WHERE e.id = ?";

int episode_preview_fn(struct request *req)
{
	struct db_rows *r = db_query(req, SQL_PREVIEW, db_text(i18n_lang()), db_int(req->ids[0]));
	if (!r)
		return -1;
	if (r->nrows != 1)
		return no_such(req);
	struct tmpl_dict *d = page_begin(req, db_get(r, 0, "title"), "media/episode.tpl");
	episode_fill(req, d, r, 0);
	tmpl_show(d, "preview");
	return page_end(req, 200);
}

/* ---- publishing (publishing.c) ----------------------------------------- */

int episode_publish_fn(struct request *req)
{
	return publishing_publish(req, &episode_kind);
}

int episode_schedule_fn(struct request *req)
{
	return publishing_schedule(req, &episode_kind);
}

int episode_unpublish_fn(struct request *req)
{
	return publishing_unpublish(req, &episode_kind);
}

int episode_delete_form_fn(struct request *req)
{
	int status;
	struct db_rows *a = load(req, req->ids[0], &status);
	if (!a)
		return status < 0 ? -1 : no_such(req);
	struct tmpl_dict *d = page_begin(req, _("Delete the episode?"), "media/episode_delete.tpl");
	tmpl_set(d, "id", db_get(a, 0, "id"));
	tmpl_set(d, "title", db_get(a, 0, "title"));
	if (db_get_int(a, 0, "live"))
		tmpl_show(d, "is_live");
	return page_end(req, 200);
}

int episode_delete_fn(struct request *req)
{
	return publishing_delete(req, &episode_kind);
}
