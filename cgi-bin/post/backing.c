/*
 * backing.c - answering a post: POST /post/<id>/back (a backing), POST
 * /post/backing/<id>/vote (one up-vote per member, never on one's own)
 * and POST /post/backing/<id>/best (the post's author marks or unmarks a
 * backing as best).
 *
 * Only visible things can be answered, voted or marked: a pending or
 * hidden post or backing is 404 here, for everybody, before any other
 * answer (a 403 "not your post" about a hidden backing would tell that
 * it exists), as it is on the post page for everybody but its author and
 * the moderators.
 *
 * A backing that fails a guard comes back on a small page of its own (the
 * post page belongs to the feed executable): the post's title, the way
 * back, and the form with every word the member typed.
 *
 * Each route is one transaction (ROUTE_TX); rows are locked in the
 * ledger's order (community/ledger.h): the post, then the backing.
 */
#include <string.h>

#include "auth.h"
#include "db.h"
#include "form.h"
#include "i18n.h"
#include "limits.h"
#include "markdown.h"
#include "page.h"
#include "post.h"
#include "response.h"
#include "tmpl.h"

/* A best mark locks the post, then the backing (the ledger's order), so
 * neither can be hidden between the look and the write. A backing and a
 * vote lock their row in the ledger, with the counter's update. */
static const char SQL_POST_LOCK[] = "SELECT status FROM posts WHERE id = ? FOR UPDATE";
static const char SQL_INSERT[] =
    "INSERT INTO backings (post_id, user_id, body, body_html, status, by_support, crisis) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)";
static const char SQL_BACKING[] =
    "SELECT b.user_id, b.post_id, b.status, p.status AS post_status, p.user_id AS post_author "
    "FROM backings b JOIN posts p ON p.id = b.post_id WHERE b.id = ?";
static const char SQL_BACKING_LOCK[] =
    "SELECT is_best, status FROM backings WHERE id = ? FOR UPDATE";

const struct field backing_fields[] = {
    TEXT_FIELD("body", N_("Your backing"), 1, LIMIT_BACKING_MAX, FIELD_MULTILINE),
    FIELDS_END,
};

/* Where a backing is on its post's page. */
static const char *back_to(struct request *req, long long post_id, long long backing_id)
{
	return arena_printf(req->arena, "/p/%lld#b%lld", post_id, backing_id);
}

static int post_gone(struct request *req)
{
	return page_error(req, 404,
	                  _("There is no such post, or it cannot be answered right now."));
}

static int backing_gone(struct request *req)
{
	return page_error(req, 404, _("There is no such backing, or it is not shown."));
}

/* Lock a row (the post, or a backing) with sql and see it is shown: the
 * row, or NULL with *status set (gone()'s 404, or -1). */
static struct db_rows *lock_shown(struct request *req, const char *sql, long long id,
                                  int (*gone)(struct request *), int *status)
{
	struct db_rows *r = db_query(req, sql, db_int(id));
	if (!r) {
		*status = -1;
		return NULL;
	}
	if (r->nrows != 1 || status_of(db_get(r, 0, "status")) != STATUS_VISIBLE) {
		*status = gone(req);
		return NULL;
	}
	return r;
}

/* The backing form again, on a page of its own, with why it was refused. */
static int show(struct request *req, long long post_id, const char *title, int status,
                const char *notice)
{
	struct tmpl_dict *d = page_begin(req, _("Your backing"), "post/backing.tpl");
	tmpl_set_int(d, "post_id", post_id);
	tmpl_set(d, "post_title", title);
	tmpl_set_int(d, "body_max", LIMIT_BACKING_MAX);
	post_refill(d, req->form_in, notice);
	return page_end(req, status);
}

/* GET /post/<id>/back: a reload of a refused backing's page, or a
 * bookmark of it. The form lives on the post page. */
int back_form_fn(struct request *req)
{
	return res_redirect(req, arena_printf(req->arena, "/p/%lld", req->ids[0]));
}

/* One read (the writer and the post, rules_writer), the guards, then the
 * ledger locks the post (counting the backing) only if it is still shown:
 * a hide or a delete meanwhile is a 404 here, as before the look. */
int back_fn(struct request *req)
{
	long long post_id = req->ids[0];
	struct writer w;
	struct db_rows *p = rules_writer(req, WRITING_BACKING, db_int(post_id), &w);
	if (!p)
		return -1;
	if (status_of(db_get(p, 0, "post_status")) != STATUS_VISIBLE)
		return post_gone(req);
	const char *title = db_get(p, 0, "post_title");

	struct form *f = req->form_in;
	if (!f->errors[0])
		rules_check_text(req, &w, f, "body");
	if (f->failed)
		return show(req, post_id, title, 400, NULL);
	if (rules_over_cap(&w, NEW_MEMBER_BACKINGS_HOUR))
		return show(req, post_id, title, 429, rules_cap_message(req, WRITING_BACKING));

	const char *body = req_text(req, "body");
	int held = rules_held(&w);
	int crisis = rules_crisis(&w, NULL, body);
	int by_support = req->user.role == ROLE_COUNSELLOR;
	const char *html = md_render(req->arena, body, strlen(body));
	int shown = ledger_backing_coming(req, post_id, !held);
	if (shown <= 0)
		return shown < 0 ? -1 : post_gone(req);
	if (db_exec(req, SQL_INSERT, db_int(post_id), db_int(req->user.id), db_text(body),
	            db_text(html), db_text(status_values[held ? STATUS_PENDING : STATUS_VISIBLE]),
	            db_int(by_support), db_int(crisis)) < 0)
		return -1;
	long long id = db_last_id();
	if ((crisis && ledger_crisis_report(req, post_id, id) < 0) ||
	    (!held && ledger_backing_written(req, id, post_id, db_get_int(p, 0, "post_author"),
	                                     by_support) < 0))
		return -1;
	return res_redirect(req, back_to(req, post_id, id));
}

/* VOTED: a vote the ledger did not count (voted is its answer), to be
 * explained; BEST: a best mark to make. */
enum backing_act { VOTED, BEST };

/* The backing behind /post/backing/<id>/...: find it visible on a visible
 * post and refuse what this member may not do. A best mark then locks the
 * post and the backing, sees it is still shown (a hide may have come
 * meanwhile) and lets the ledger write; a vote that did not count gets
 * its answer. */
static int act_on_backing(struct request *req, enum backing_act act, int voted)
{
	long long id = req->ids[0];
	struct db_rows *b = db_query(req, SQL_BACKING, db_int(id));
	if (!b)
		return -1;
	/* Nothing but a visible backing on a visible post goes past here:
	 * "not your post" or "your own backing" about one that is not shown
	 * would tell that it exists (issue 8, finding 8). */
	if (b->nrows != 1 || status_of(db_get(b, 0, "post_status")) != STATUS_VISIBLE ||
	    status_of(db_get(b, 0, "status")) != STATUS_VISIBLE)
		return backing_gone(req);
	long long author = db_get_int(b, 0, "user_id"), post_id = db_get_int(b, 0, "post_id");
	const char *back = back_to(req, post_id, id);
	if (act == VOTED && author == req->user.id)
		return post_notice(
		    req, 403, _("That is your own backing"),
		    _("You cannot vote for your own backing. Others will, if it helps."), back,
		    _("Back to the post"));
	if (act == BEST && db_get_int(b, 0, "post_author") != req->user.id)
		return post_notice(
		    req, 403, _("Not your post"),
		    _("Only the one who wrote the post can choose its best backings."), back,
		    _("Back to the post"));
	if (act == BEST && author == req->user.id)
		return post_notice(req, 403, _("That is your own backing"),
		                   _("Best backings are the ones others gave you."), back,
		                   _("Back to the post"));

	if (act == BEST) {
		int status;
		if (!lock_shown(req, SQL_POST_LOCK, post_id, backing_gone, &status))
			return status;
		struct db_rows *l = lock_shown(req, SQL_BACKING_LOCK, id, backing_gone, &status);
		if (!l)
			return status;
		int on = db_get_int(l, 0, "is_best") == 0;
		if (ledger_best(req, id, author, post_id, req->user.id, on) < 0)
			return -1;
		return res_redirect(req, back);
	}
	if (voted == 1)
		return post_notice(req, 409, _("You have already voted"),
		                   _("You have already voted for this backing. One vote each."),
		                   back, _("Back to the post"));
	return backing_gone(req); /* it changed while we looked */
}

/* A vote goes straight to the ledger, whose one statement counts it only
 * when it may count (and locks the backing); only a vote that did not
 * count is looked into, for its answer. */
int vote_fn(struct request *req)
{
	long long id = req->ids[0], post_id = 0;
	int voted = ledger_vote(req, id, req->user.id, &post_id);
	if (voted < 0)
		return -1;
	if (voted == 0)
		return res_redirect(req, back_to(req, post_id, id));
	return act_on_backing(req, VOTED, voted);
}

int best_fn(struct request *req)
{
	return act_on_backing(req, BEST, 0);
}
