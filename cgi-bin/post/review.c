/*
 * review.c - POST /post/<id>/review: the author of a hidden post asks a
 * moderator to look at it again, once per post (review_requests, sql/010),
 * with an optional short note. The form is on his hidden post (/p/<id>);
 * the request shows in the /mod queue with the reason the post was hidden,
 * where a moderator restores it or keeps it hidden (mod.c), which closes
 * the request.
 *
 * Only the author of a hidden post may ask: anyone else, or a post that is
 * not hidden, is told there is no such post (404), as /p/<id> does.
 */
#include <string.h>

#include "auth.h"
#include "db.h"
#include "form.h"
#include "i18n.h"
#include "page.h"
#include "post.h"
#include "response.h"

#define REVIEW_NOTE_MAX 500

static const char SQL_POST_LOCK[] = "SELECT status, user_id FROM posts WHERE id = ? FOR UPDATE";
/* Whether he asked already, and whether a report hid the post (the
 * request belongs to it: a moderator answers from that report). */
static const char SQL_REQUEST[] =
    "SELECT (SELECT COUNT(*) FROM review_requests WHERE post_id = ?) AS asked, "
    "(SELECT COUNT(*) FROM reports WHERE post_id = ? AND backing_id IS NULL "
    "AND status = 'hidden') AS hidden_by_report";
static const char SQL_INSERT[] =
    "INSERT INTO review_requests (post_id, author_id, note) VALUES (?, ?, ?)";

const struct field review_fields[] = {
    TEXT_FIELD("note", N_("Anything the moderator should know"), 0, REVIEW_NOTE_MAX,
               FIELD_MULTILINE),
    FIELDS_END,
};

int review_fn(struct request *req)
{
	static const char *gone = N_("There is no post at this address. It may have been removed, "
	                             "or the link may be mistyped.");
	long long id = req->ids[0];
	struct db_rows *p = db_query(req, SQL_POST_LOCK, db_int(id));
	if (!p)
		return -1;
	if (p->nrows != 1 || db_get_int(p, 0, "user_id") != req->user.id ||
	    strcmp(db_get(p, 0, "status"), "hidden") != 0)
		return page_error(req, 404, _(gone));
	const char *back = arena_printf(req->arena, "/p/%lld", id);
	if (req->form_in && req->form_in->failed)
		return post_notice(req, 400, _("Your note is too long"),
		                   _("Please keep the note to 500 characters and send it again."),
		                   back, _("Back to your post"));
	struct db_rows *r = db_query(req, SQL_REQUEST, db_int(id), db_int(id));
	if (!r)
		return -1;
	if (!db_get_int(r, 0, "hidden_by_report"))
		return page_error(req, 404, _(gone));
	if (db_get_int(r, 0, "asked"))
		return post_notice(req, 409, _("You have already asked"),
		                   _("You can ask for a new look at a post once. A moderator will "
		                     "look at it and you will see the answer on your post."),
		                   back, _("Back to your post"));
	if (db_exec(req, SQL_INSERT, db_int(id), db_int(req->user.id),
	            db_text(req_text(req, "note"))) < 0 ||
	    auth_audit(req, "post.review", req->user.id,
	               arena_printf(req->arena, "post %lld", id)) < 0)
		return -1;
	return res_redirect(req, back);
}
