/*
 * uploads.c - the editors' upload forms (main.c; store.h for the files):
 *
 *   POST /editor/episodes/<id>/audio       an episode's MP3 or M4A
 *   POST /editor/episodes/<id>/image       its square image
 *   POST /editor/episodes/<id>/transcript  its WebVTT or SRT transcript
 *   POST /editor/show/artwork              the show's square artwork
 *   POST /editor/articles/<id>/cover       an article's cover image
 *
 * Each is ROUTE_UPLOAD (nginx wrote the body to a file, core mapped it:
 * app.h) and one transaction (ROUTE_TX): the row is locked, the file
 * checked and stored (store.c), the row's columns of sql/021 set, the
 * change audited, and the file it replaces removed once that committed
 * (store_remove). The form's file field is "file". A refusal answers its
 * status (400, 413) with the page saying what is wrong and why; nothing
 * is stored (a file already written is removed when core rolls back).
 * Done, the editor is sent back to the page he came from.
 */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "auth.h"
#include "db.h"
#include "i18n.h"
#include "media.h"
#include "page.h"
#include "response.h"
#include "store.h"
#include "transcript.h"

static const char SQL_EPISODE_LOCK[] =
    "SELECT id, slug, audio_path, image_path, transcript_path FROM episodes WHERE id = ? "
    "FOR UPDATE";
static const char SQL_EPISODE_AUDIO[] =
    "UPDATE episodes SET audio_path = ?, audio_type = ?, audio_bytes = ?, duration_s = ?, "
    "updated_at = NOW() WHERE id = ?";
static const char SQL_EPISODE_IMAGE[] =
    "UPDATE episodes SET image_path = ?, image_type = ?, updated_at = NOW() WHERE id = ?";
static const char SQL_EPISODE_TRANSCRIPT[] =
    "UPDATE episodes SET transcript_path = ?, transcript_type = ?, transcript_text = ?, "
    "updated_at = NOW() WHERE id = ?";
static const char SQL_SHOW_LOCK[] = "SELECT id, artwork_path FROM podcast_show WHERE id = 1 "
                                    "FOR UPDATE";
static const char SQL_SHOW_ARTWORK[] =
    "UPDATE podcast_show SET artwork_path = ?, artwork_type = ?, updated_at = NOW() "
    "WHERE id = 1";
static const char SQL_ARTICLE_LOCK[] =
    "SELECT id, slug, cover_path FROM articles WHERE id = ? FOR UPDATE";
static const char SQL_ARTICLE_COVER[] =
    "UPDATE articles SET cover_path = ?, cover_type = ?, updated_at = NOW() WHERE id = ?";

/* The form's file, or NULL when none was chosen (a browser sends an
 * empty part with an empty filename). */
static const struct upload *the_file(const struct request *req)
{
	for (size_t i = 0; i < req->uploads.count; i++)
		if (strcmp(req->uploads.items[i].field, "file") == 0 &&
		    req->uploads.items[i].len > 0)
			return &req->uploads.items[i];
	return NULL;
}

static int refused(struct request *req, const struct store_refusal *no)
{
	return page_error(req, no->status, no->why);
}

/* What a file goes to: the row's lock (by the path's id, or the show's
 * one row), and the answer when there is no such row. */
struct target {
	const char *lock;
	int by_id;
	int missing_status;
	const char *missing; /* N_() */
};
static const struct target episode_target = {SQL_EPISODE_LOCK, 1, 404,
                                             N_("There is no such episode.")};
static const struct target show_target = {
    SQL_SHOW_LOCK, 0, 409, N_("Save the show's details first, then upload its artwork.")};
static const struct target article_target = {SQL_ARTICLE_LOCK, 1, 404,
                                             N_("There is no such article.")};

/* The first steps of every upload: the form's file (400 when none was
 * chosen), then the row it goes to, locked. The row and *file, or NULL
 * with *status the answer given (or -1 on database failure). */
static struct db_rows *upload_begin(struct request *req, const struct target *t,
                                    const struct upload **file, int *status)
{
	*file = the_file(req);
	if (!*file) {
		*status = page_error(req, 400, _("Choose a file to upload first."));
		return NULL;
	}
	struct db_rows *r =
	    t->by_id ? db_query(req, t->lock, db_int(req->ids[0])) : db_query(req, t->lock);
	*status = -1;
	if (r && r->nrows != 1) {
		*status = page_error(req, t->missing_status, _(t->missing));
		return NULL;
	}
	return r;
}

static int back_to_episode(struct request *req)
{
	return res_redirect(
	    req, arena_printf(req->arena, "/editor/episodes/%lld?done=uploaded", req->ids[0]));
}

static int audit_file(struct request *req, const char *action, const char *what,
                      const struct stored *s)
{
	return auth_audit(
	    req, action, 0,
	    arena_printf(req->arena, "%s %s %s %lld bytes", what, s->path, s->type, s->bytes));
}

int upload_audio_fn(struct request *req)
{
	const struct upload *file;
	int status;
	struct db_rows *e = upload_begin(req, &episode_target, &file, &status);
	if (!e)
		return status;
	struct stored s;
	struct store_refusal no;
	if (store_audio(req, file, &s, &no) < 0)
		return refused(req, &no);
	if (db_exec(req, SQL_EPISODE_AUDIO, db_text(s.path), db_text(s.type), db_int(s.bytes),
	            db_int(s.seconds), db_int(req->ids[0])) < 0 ||
	    audit_file(req, "episode.audio",
	               arena_printf(req->arena, "episode %lld (%lld s)", req->ids[0], s.seconds),
	               &s) < 0)
		return -1;
	store_remove(req, db_get(e, 0, "audio_path"));
	return back_to_episode(req);
}

int upload_episode_image_fn(struct request *req)
{
	const struct upload *file;
	int status;
	struct db_rows *e = upload_begin(req, &episode_target, &file, &status);
	if (!e)
		return status;
	struct stored s;
	struct store_refusal no;
	if (store_image(req, file, STORE_ARTWORK_MIN, &s, &no) < 0)
		return refused(req, &no);
	if (db_exec(req, SQL_EPISODE_IMAGE, db_text(s.path), db_text(s.type), db_int(req->ids[0])) <
	        0 ||
	    audit_file(req, "episode.image", arena_printf(req->arena, "episode %lld", req->ids[0]),
	               &s) < 0)
		return -1;
	store_remove(req, db_get(e, 0, "image_path"));
	return back_to_episode(req);
}

/* The cues' text, one cue a line, for the episode's page. */
static const char *cues_text(struct request *req, const struct transcript *t)
{
	size_t size = 1;
	for (size_t i = 0; i < t->count; i++)
		size += strlen(t->cues[i].text) + 1;
	char *out = arena_alloc(req->arena, size), *o = out;
	for (size_t i = 0; i < t->count; i++) {
		size_t n = strlen(t->cues[i].text);
		if (n == 0)
			continue;
		if (o > out)
			*o++ = '\n';
		memcpy(o, t->cues[i].text, n);
		o += n;
	}
	*o = '\0';
	return out;
}

int upload_transcript_fn(struct request *req)
{
	const struct upload *file;
	int status;
	struct db_rows *e = upload_begin(req, &episode_target, &file, &status);
	if (!e)
		return status;
	struct stored s;
	struct store_refusal no;
	struct transcript t; /* the cues store_transcript read, for their text */
	if (store_transcript(req, file, &s, &t, &no) < 0)
		return refused(req, &no);
	if (db_exec(req, SQL_EPISODE_TRANSCRIPT, db_text(s.path), db_text(s.type),
	            db_text(cues_text(req, &t)), db_int(req->ids[0])) < 0 ||
	    audit_file(req, "episode.transcript",
	               arena_printf(req->arena, "episode %lld (%zu cues)", req->ids[0], t.count),
	               &s) < 0)
		return -1;
	store_remove(req, db_get(e, 0, "transcript_path"));
	return back_to_episode(req);
}

int upload_artwork_fn(struct request *req)
{
	const struct upload *file;
	int status;
	struct db_rows *r = upload_begin(req, &show_target, &file, &status);
	if (!r)
		return status;
	struct stored s;
	struct store_refusal no;
	if (store_image(req, file, STORE_ARTWORK_MIN, &s, &no) < 0)
		return refused(req, &no);
	if (db_exec(req, SQL_SHOW_ARTWORK, db_text(s.path), db_text(s.type)) < 0 ||
	    audit_file(req, "show.artwork", "show", &s) < 0)
		return -1;
	store_remove(req, db_get(r, 0, "artwork_path"));
	return res_redirect(req, "/editor/show");
}

int upload_cover_fn(struct request *req)
{
	const struct upload *file;
	int status;
	struct db_rows *r = upload_begin(req, &article_target, &file, &status);
	if (!r)
		return status;
	struct stored s;
	struct store_refusal no;
	if (store_image(req, file, 0, &s, &no) < 0)
		return refused(req, &no);
	if (db_exec(req, SQL_ARTICLE_COVER, db_text(s.path), db_text(s.type), db_int(req->ids[0])) <
	        0 ||
	    audit_file(
	        req, "article.cover",
	        arena_printf(req->arena, "article %lld %s", req->ids[0], db_get(r, 0, "slug")),
	        &s) < 0)
		return -1;
	store_remove(req, db_get(r, 0, "cover_path"));
	return res_redirect(req, arena_printf(req->arena, "/editor/%lld", req->ids[0]));
}
