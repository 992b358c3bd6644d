/*
 * backing.c - answering a post: POST /post/<id>/back (a backing), POST
 * /post/backing/<id>/vote (one up-vote per member, never on one's own)
 * and POST /post/backing/<id>/best (the post's author marks or unmarks a
 * backing as best).
 *
 * Only visible things can be answered, voted or marked: a pending or
 * hidden post or backing is 404 here, as it is on the post page for
 * everybody but its author and the moderators.
 *
 * A backing that fails a guard comes back on a small page of its own (the
 * post page belongs to the feed executable): the post's title, the way
 * back, and the form with every word the member typed.
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

static const char SQL_POST[] = "SELECT title, status FROM posts WHERE id = ?";
/* FOR UPDATE, not a shared lock: this transaction goes on to update the
 * post's counter, and two shared holders both waiting to update would
 * deadlock. Backings on one post queue here instead, briefly. */
static const char SQL_POST_LOCK[] = "SELECT status FROM posts WHERE id = ? FOR UPDATE";
static const char SQL_INSERT[] =
    "INSERT INTO backings (post_id, user_id, body, body_html, status, by_support, crisis) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)";
static const char SQL_BACKING[] = "SELECT b.user_id, b.post_id, b.status, p.status, p.user_id "
                                  "FROM backings b JOIN posts p ON p.id = b.post_id WHERE b.id = ?";
static const char SQL_VOTE[] = "INSERT INTO votes (backing_id, user_id) VALUES (?, ?)";
static const char SQL_COUNT_VOTE[] = "UPDATE backings SET votes = votes + 1 WHERE id = ?";
static const char SQL_BACKING_LOCK[] =
    "SELECT is_best, status FROM backings WHERE id = ? FOR UPDATE";
static const char SQL_BEST_SET[] = "UPDATE backings SET is_best = ? WHERE id = ?";

static const struct field fields[] = {
    TEXT_FIELD("body", N_("Your backing"), 1, LIMIT_BACKING_MAX, FIELD_MULTILINE),
};

/* Where a backing is on its post's page. */
static const char *back_to(struct request *req, long long post_id, long long backing_id)
{
	return arena_printf(req->arena, "/p/%lld#b%lld", post_id, backing_id);
}

static int backing_gone(struct request *req)
{
	return page_error(req, 404, _("There is no such backing, or it is not shown."));
}

/* The backing form again, on a page of its own, with why it was refused. */
static int show(struct request *req, long long post_id, const char *title, const struct form *f,
                int status, const char *notice)
{
	struct tmpl_dict *d = page_begin(req, _("Your backing"), "post/backing.tpl");
	tmpl_set_int(d, "post_id", post_id);
	tmpl_set(d, "post_title", title);
	tmpl_set_int(d, "body_max", LIMIT_BACKING_MAX);
	form_fill(f, d);
	if (notice) {
		tmpl_show(d, "refused");
		tmpl_set(d, "refused_message", notice);
	}
	return page_end(req, status);
}

/* GET /post/<id>/back: a reload of a refused backing's page, or a
 * bookmark of it. The form lives on the post page. */
int back_form_fn(struct request *req)
{
	long long id = req_parse_id(req->args[0]);
	if (!id)
		return page_error(req, 404, _("There is no such post."));
	return res_redirect(req, arena_printf(req->arena, "/p/%lld", id));
}

int back_fn(struct request *req)
{
	long long post_id = req_parse_id(req->args[0]);
	struct db_rows *p = post_id ? db_query_v(req, SQL_POST, "i", post_id) : NULL;
	if (post_id && !p)
		return -1;
	if (!p || p->nrows != 1 || strcmp(db_cell(p, 0, 1), "visible") != 0)
		return page_error(req, 404,
		                  _("There is no such post, or it cannot be answered right now."));
	const char *title = db_cell(p, 0, 0);

	struct writer w;
	if (rules_writer(req, WRITING_BACKING, &w) < 0)
		return -1;
	struct form f;
	form_read(req, &req->form, fields, 1, &f);
	if (!f.errors[0])
		rules_check_text(req, &w, &f, "body");
	if (f.failed)
		return show(req, post_id, title, &f, 400, NULL);
	if (rules_over_cap(&w, NEW_MEMBER_BACKINGS_HOUR))
		return show(req, post_id, title, &f, 429, rules_cap_message(req, WRITING_BACKING));

	const char *body = form_value(&f, "body");
	int held = rules_held(req, &w);
	if (held < 0)
		return -1;
	int crisis = rules_crisis(&w, NULL, body);
	int by_support = req->user.role == ROLE_COUNSELLOR;
	const char *html = md_render(req->arena, body, strlen(body));

	if (db_begin(req) < 0)
		return -1;
	/* The post may have been hidden since we looked: hold it still. */
	struct db_rows *still = db_query_v(req, SQL_POST_LOCK, "i", post_id);
	if (!still)
		goto fail;
	if (still->nrows != 1 || strcmp(db_cell(still, 0, 0), "visible") != 0) {
		db_rollback(req);
		return page_error(req, 404,
		                  _("There is no such post, or it cannot be answered right now."));
	}
	if (db_exec_v(req, SQL_INSERT, "iisssii", post_id, req->user.id, body, html,
	              held ? "pending" : "visible", (long long)by_support, (long long)crisis) < 0)
		goto fail;
	long long id = db_last_id();
	if (crisis && ledger_crisis_report(req, post_id, id) < 0)
		goto fail;
	if (!held && ledger_backing_shown(req, id, 1) < 0)
		goto fail;
	if (db_commit(req) < 0)
		return -1;
	return res_redirect(req, back_to(req, post_id, id));
fail:
	db_rollback(req);
	return -1;
}

/* The backing behind /post/backing/<id>/...: NULL with *status set when
 * it does not exist or is not visible (404). */
static struct db_rows *visible_backing(struct request *req, long long *id, int *status)
{
	*id = req_parse_id(req->args[0]);
	struct db_rows *b = *id ? db_query_v(req, SQL_BACKING, "i", *id) : NULL;
	if (*id && !b) {
		*status = -1;
		return NULL;
	}
	if (!b || b->nrows != 1 || strcmp(db_cell(b, 0, 2), "visible") != 0 ||
	    strcmp(db_cell(b, 0, 3), "visible") != 0) {
		*status = backing_gone(req);
		return NULL;
	}
	return b;
}

/* In the caller's transaction, lock the backing and see that it is
 * still shown (a hide may have come after visible_backing() looked).
 * Locking it before writing also keeps two voters, whose vote rows would
 * each take a shared lock on it by foreign key, from deadlocking when
 * both update its count. 1: locked and shown, *is_best set; 0: gone, the
 * transaction rolled back; -1: the database failed. */
static int lock_shown_backing(struct request *req, long long id, int *is_best)
{
	struct db_rows *b = db_query_v(req, SQL_BACKING_LOCK, "i", id);
	if (!b)
		return -1;
	if (b->nrows != 1 || strcmp(db_cell(b, 0, 1), "visible") != 0) {
		db_rollback(req);
		return 0;
	}
	*is_best = db_cell_int(b, 0, 0) != 0;
	return 1;
}

int vote_fn(struct request *req)
{
	long long id;
	int status;
	struct db_rows *b = visible_backing(req, &id, &status);
	if (!b)
		return status;
	long long author = db_cell_int(b, 0, 0), post_id = db_cell_int(b, 0, 1);
	if (author == req->user.id)
		return post_notice(
		    req, 403, _("That is your own backing"),
		    _("You cannot vote for your own backing. Others will, if it helps."),
		    back_to(req, post_id, id), _("Back to the post"));

	if (db_begin(req) < 0)
		return -1;
	int was_best;
	int shown = lock_shown_backing(req, id, &was_best);
	if (shown < 0)
		goto fail;
	if (shown == 0)
		return backing_gone(req);
	if (db_exec_v(req, SQL_VOTE, "ii", id, req->user.id) < 0) {
		int dup = db_errno() == DB_ER_DUP_ENTRY && !req->db_failed;
		db_rollback(req);
		if (!dup)
			return -1;
		return post_notice(req, 409, _("You have already voted"),
		                   _("You have already voted for this backing. One vote each."),
		                   back_to(req, post_id, id), _("Back to the post"));
	}
	if (db_exec_v(req, SQL_COUNT_VOTE, "i", id) < 0 ||
	    ledger_vote(req, id, req->user.id, author) < 0)
		goto fail;
	if (db_commit(req) < 0)
		return -1;
	return res_redirect(req, back_to(req, post_id, id));
fail:
	db_rollback(req);
	return -1;
}

int best_fn(struct request *req)
{
	long long id;
	int status;
	struct db_rows *b = visible_backing(req, &id, &status);
	if (!b)
		return status;
	long long author = db_cell_int(b, 0, 0), post_id = db_cell_int(b, 0, 1);
	if (db_cell_int(b, 0, 4) != req->user.id)
		return post_notice(
		    req, 403, _("Not your post"),
		    _("Only the one who wrote the post can choose its best backings."),
		    back_to(req, post_id, id), _("Back to the post"));
	if (author == req->user.id)
		return post_notice(req, 403, _("That is your own backing"),
		                   _("Best backings are the ones others gave you."),
		                   back_to(req, post_id, id), _("Back to the post"));

	if (db_begin(req) < 0)
		return -1;
	int was_best;
	int shown = lock_shown_backing(req, id, &was_best);
	if (shown < 0)
		goto fail;
	if (shown == 0)
		return backing_gone(req);
	int on = !was_best;
	if (db_exec_v(req, SQL_BEST_SET, "ii", (long long)on, id) < 0 ||
	    ledger_best(req, id, author, on) < 0 ||
	    (on && ledger_notify(req, author, "best", post_id, id, req->user.id) < 0))
		goto fail;
	if (db_commit(req) < 0)
		return -1;
	return res_redirect(req, back_to(req, post_id, id));
fail:
	db_rollback(req);
	return -1;
}
