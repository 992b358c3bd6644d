/*
 * replies.c - saved replies: texts a support person starts a reply from
 * (inbox.h). Shared ones (owner_id NULL) every support person sees;
 * personal ones only their owner.
 *
 *   GET  /inbox/replies              the ones I may use, and a form to add
 *   POST /inbox/replies              add one (title, body, share)
 *   POST /inbox/replies/<id>/delete  a personal one by its owner; a shared
 *                                    one by its author or an admin
 *
 * On a conversation (desk.c) their titles are links, /inbox/<q>?start=<id>,
 * that put the body in the reply's textarea: no JavaScript. An id that is
 * not one of mine to use (someone else's personal reply, or gone) is
 * ignored, as if absent, so the page tells nothing of it.
 */
#include "app.h"
#include "auth.h"
#include "db.h"
#include "form.h"
#include "i18n.h"
#include "inbox.h"
#include "limits.h"
#include "page.h"
#include "response.h"
#include "tmpl.h"
#include "when.h"

/* The ones I may use: the shared, then mine; by title within each. */
static const char SQL_USABLE[] =
    "SELECT r.id AS id, r.title AS title, r.body AS body, r.created_at AS created_at, "
    "r.owner_id IS NULL AS shared, r.author_id AS author_id, a.handle AS author "
    "FROM saved_replies r LEFT JOIN users a ON a.id = r.author_id "
    "WHERE r.owner_id IS NULL OR r.owner_id = ? ORDER BY shared DESC, r.title, r.id LIMIT ?";
static const char SQL_ONE_USABLE[] = "SELECT body FROM saved_replies WHERE id = ? AND "
                                     "(owner_id IS NULL OR owner_id = ?)";
static const char SQL_ADD[] =
    "INSERT INTO saved_replies (owner_id, author_id, title, body) VALUES (?, ?, ?, ?)";
static const char SQL_ONE[] = "SELECT IFNULL(owner_id, 0) AS owner_id, IFNULL(author_id, 0) "
                              "AS author_id FROM saved_replies WHERE id = ? FOR UPDATE";
static const char SQL_DELETE[] = "DELETE FROM saved_replies WHERE id = ?";

const struct field replies_fields[] = {
    TEXT_FIELD("title", N_("Title"), SAVED_REPLY_TITLE_MIN, SAVED_REPLY_TITLE_MAX, 0),
    TEXT_FIELD("body", N_("Text"), 1, LIMIT_QUESTION_MAX, FIELD_MULTILINE),
    CHECK_FIELD("shared", N_("Share with every support person")),
    FIELDS_END,
};

static const char *const done_values[] = {"added", "deleted", NULL};
static const char *const done_messages[] = {
    N_("Your saved reply is added."),
    N_("The saved reply is deleted."),
};

const struct field replies_query[] = {
    CHOICE_FIELD("done", N_("Done"), done_values, 0),
    FIELDS_END,
};

/* 1 when the logged-in user may delete a reply owned by owner (0:
 * shared) and written by author. */
static int may_delete(const struct request *req, long long owner, long long author)
{
	if (owner)
		return owner == req->user.id;
	return author == req->user.id || req->user.role == ROLE_ADMIN;
}

/* The page, answering status; refill: the form comes back with its
 * errors (400). */
static int show(struct request *req, int status, int refill)
{
	struct db_rows *r =
	    db_query(req, SQL_USABLE, db_int(req->user.id), db_int(SAVED_REPLIES_SHOWN));
	if (!r)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Saved replies"), "inbox/replies.tpl");
	for (size_t i = 0; i < r->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "reply");
		page_row(row, r, i);
		when_set(req, row, "age", db_get(r, i, "created_at"), WHEN_DAY);
		int shared = (int)db_get_int(r, i, "shared");
		tmpl_show(row, shared ? "is_shared" : "is_personal");
		if (shared && db_get(r, i, "author"))
			tmpl_show(row, "has_author");
		if (may_delete(req, shared ? 0 : req->user.id, db_get_int(r, i, "author_id")))
			tmpl_show(row, "can_delete");
	}
	if (r->nrows == 0)
		tmpl_show(d, "empty");
	if (!refill && *req_text(req, "done")) {
		tmpl_show(d, "done");
		tmpl_set(d, "notice", _(done_messages[req_int(req, "done")]));
	}
	tmpl_set_int(d, "title_min", SAVED_REPLY_TITLE_MIN);
	tmpl_set_int(d, "title_max", SAVED_REPLY_TITLE_MAX);
	tmpl_set_int(d, "body_max", LIMIT_QUESTION_MAX);
	if (refill) {
		form_fill(req->form_in, d);
		if (req_int(req, "shared") > 0)
			tmpl_show(d, "shared_checked");
	}
	return page_end(req, status);
}

int replies_fn(struct request *req)
{
	return show(req, 200, 0);
}

int replies_add_fn(struct request *req)
{
	if (req->form_in->failed)
		return show(req, 400, 1);
	int shared = req_int(req, "shared") > 0;
	if (db_exec(req, SQL_ADD, shared ? db_null() : db_int(req->user.id), db_int(req->user.id),
	            db_text(req_text(req, "title")), db_text(req_text(req, "body"))) < 0)
		return -1;
	return res_redirect(req, "/inbox/replies?done=added");
}

int replies_delete_fn(struct request *req)
{
	struct db_rows *r = db_query(req, SQL_ONE, db_int(req->ids[0]));
	if (!r)
		return -1;
	long long owner = r->nrows ? db_get_int(r, 0, "owner_id") : 0;
	/* Gone, or someone else's personal one: not his to know of. */
	if (!r->nrows || (owner && owner != req->user.id))
		return page_error(req, 404, _("There is no such saved reply."));
	if (!may_delete(req, owner, db_get_int(r, 0, "author_id")))
		return page_error(
		    req, 403, _("Only its author or an admin can delete a shared saved reply."));
	if (db_exec(req, SQL_DELETE, db_int(req->ids[0])) < 0)
		return -1;
	return res_redirect(req, "/inbox/replies?done=deleted");
}

int replies_offer(struct request *req, struct tmpl_dict *d, long long question_id,
                  const char **start)
{
	*start = NULL;
	struct db_rows *r =
	    db_query(req, SQL_USABLE, db_int(req->user.id), db_int(SAVED_REPLIES_SHOWN));
	if (!r)
		return -1;
	for (size_t i = 0; i < r->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "saved_reply");
		tmpl_set(row, "title", db_get(r, i, "title"));
		tmpl_set(row, "href",
		         arena_printf(req->arena, "/inbox/%lld?start=%s#reply", question_id,
		                      db_get(r, i, "id")));
	}
	if (r->nrows)
		tmpl_show(d, "has_saved_replies");
	long long wanted = req_int(req, "start");
	if (wanted > 0) {
		struct db_rows *one =
		    db_query(req, SQL_ONE_USABLE, db_int(wanted), db_int(req->user.id));
		if (!one)
			return -1;
		if (one->nrows)
			*start = db_get(one, 0, "body");
	}
	return 0;
}
