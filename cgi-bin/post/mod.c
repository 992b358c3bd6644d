/*
 * mod.c - the moderation queue, for admins and counsellors (the adults
 * responsible for a community of minors).
 *
 *   GET  /mod                        open reports, most urgent first (crisis,
 *                                    self-harm and sexual content involving
 *                                    minors: priority 2), then the posts and
 *                                    backings held at night, then what was
 *                                    handled lately (to undo a hide)
 *   POST /mod/<report>/hide          take the reported thing down
 *   POST /mod/<report>/restore       put it back (or, if it was held, approve it)
 *   POST /mod/<report>/dismiss       the report needs nothing done
 *   POST /mod/item/approve           a held post or backing becomes visible
 *   POST /mod/item/hide              a held post or backing is refused
 *
 * Every action is one transaction: the report rows (status, handled_by,
 * handled_at), the item's status, what that does to backing_count, the
 * points ledger and notifications (ledger.c), and a line in the audit log.
 * The rows are locked (FOR UPDATE) first, so two moderators clicking at
 * once cannot count a backing twice; the second one is told it was
 * already handled (409).
 *
 * Hiding closes the members' open reports on the same thing with it, but
 * not an automatic crisis report: a boy who wrote about hurting himself
 * still needs a counsellor to reach out, whatever happens to the text.
 * Notifications of moderation carry no actor: members see "a moderator",
 * never which adult, so nobody is singled out.
 */
#include <string.h>

#include "auth.h"
#include "db.h"
#include "form.h"
#include "i18n.h"
#include "limits.h"
#include "page.h"
#include "post.h"
#include "reports.h"
#include "response.h"
#include "tmpl.h"

static const char SQL_REPORTS[] =
    "SELECT r.id, r.reason, r.priority, r.note, DATE_FORMAT(r.created_at, '%Y-%m-%d %H:%i'), "
    "       rep.handle, r.post_id, p.title, r.backing_id, "
    "       IF(r.backing_id IS NULL, p.status, b.status), "
    "       IF(r.backing_id IS NULL, p.body, b.body), "
    "       IF(r.backing_id IS NULL, p.crisis, b.crisis), au.handle "
    "FROM reports r JOIN posts p ON p.id = r.post_id "
    "LEFT JOIN backings b ON b.id = r.backing_id "
    "LEFT JOIN users rep ON rep.id = r.reporter_id "
    "JOIN users au ON au.id = IF(r.backing_id IS NULL, p.user_id, b.user_id) "
    "WHERE r.status = 'open' AND (r.priority < ? OR (r.priority = ? AND r.id > ?)) "
    "ORDER BY r.priority DESC, r.id LIMIT ?";
static const char SQL_PENDING_POSTS[] =
    "SELECT p.id, p.title, p.body, u.handle, DATE_FORMAT(p.created_at, '%Y-%m-%d %H:%i'), "
    "       p.crisis, t.name "
    "FROM posts p JOIN users u ON u.id = p.user_id JOIN topics t ON t.id = p.topic_id "
    "WHERE p.status = 'pending' AND p.id > ? ORDER BY p.id LIMIT ?";
static const char SQL_PENDING_BACKINGS[] =
    "SELECT b.id, b.body, u.handle, DATE_FORMAT(b.created_at, '%Y-%m-%d %H:%i'), b.crisis, "
    "       p.id, p.title "
    "FROM backings b JOIN users u ON u.id = b.user_id JOIN posts p ON p.id = b.post_id "
    "WHERE b.status = 'pending' AND b.id > ? ORDER BY b.id LIMIT ?";
static const char SQL_HANDLED[] =
    "SELECT r.id, r.status, r.reason, h.handle, DATE_FORMAT(r.handled_at, '%Y-%m-%d %H:%i'), "
    "       r.post_id, p.title, r.backing_id, IF(r.backing_id IS NULL, p.status, b.status) "
    "FROM reports r JOIN posts p ON p.id = r.post_id "
    "LEFT JOIN backings b ON b.id = r.backing_id "
    "LEFT JOIN users h ON h.id = r.handled_by "
    "WHERE r.status <> 'open' ORDER BY r.id DESC LIMIT ?";

static const char SQL_REPORT_LOCK[] =
    "SELECT status, post_id, IFNULL(backing_id, 0) FROM reports WHERE id = ? FOR UPDATE";
static const char SQL_POST_LOCK[] = "SELECT status, user_id, id FROM posts WHERE id = ? FOR UPDATE";
static const char SQL_BACKING_LOCK[] =
    "SELECT status, user_id, post_id FROM backings WHERE id = ? FOR UPDATE";
static const char SQL_POST_STATUS[] = "UPDATE posts SET status = ? WHERE id = ?";
static const char SQL_BACKING_STATUS[] = "UPDATE backings SET status = ? WHERE id = ?";
/* Hiding: this report, and the members' open reports on the same thing. */
static const char SQL_CLOSE_HIDDEN[] =
    "UPDATE reports SET status = 'hidden', handled_by = ?, handled_at = NOW() "
    "WHERE id = ? OR (status = 'open' AND reporter_id IS NOT NULL AND post_id = ? "
    "AND backing_id <=> NULLIF(?, 0))";
/* Restoring: this report, and the reports that hid the same thing. */
static const char SQL_CLOSE_RESTORED[] =
    "UPDATE reports SET status = 'restored', handled_by = ?, handled_at = NOW() "
    "WHERE id = ? OR (status = 'hidden' AND post_id = ? AND backing_id <=> NULLIF(?, 0))";
static const char SQL_CLOSE_DISMISSED[] =
    "UPDATE reports SET status = 'dismissed', handled_by = ?, handled_at = NOW() WHERE id = ?";

#define HANDLED_SHOWN 20 /* lately handled reports listed under the queue */

/* ---- the queue ------------------------------------------------------- */

static const char *status_label(const char *status)
{
	if (strcmp(status, "visible") == 0)
		return _("shown");
	if (strcmp(status, "pending") == 0)
		return _("waiting for approval");
	return _("hidden");
}

static const char *handled_label(const char *status)
{
	if (strcmp(status, "hidden") == 0)
		return _("hidden");
	if (strcmp(status, "restored") == 0)
		return _("restored");
	return _("dismissed");
}

static void fill_reports(struct tmpl_dict *d, const struct db_rows *r)
{
	size_t shown = page_list(d, r, MOD_PAGE_SIZE, "more_reports", "next_after");
	for (size_t i = 0; i < shown; i++) {
		struct tmpl_dict *row = tmpl_add(d, "report");
		const char *status = db_cell(r, i, 9);
		tmpl_set(row, "id", db_cell(r, i, 0));
		tmpl_set(row, "reason", report_reason_label(db_cell(r, i, 1)));
		if (db_cell_int(r, i, 2) >= 2)
			tmpl_show(row, "urgent");
		if (*db_cell(r, i, 3)) {
			tmpl_show(row, "has_note");
			tmpl_set(row, "note", db_cell(r, i, 3));
		}
		tmpl_set(row, "created", db_cell(r, i, 4));
		if (db_cell(r, i, 5)) {
			tmpl_show(row, "by_member");
			tmpl_set(row, "reporter", db_cell(r, i, 5));
		} else {
			tmpl_show(row, "automatic");
		}
		tmpl_set(row, "post_id", db_cell(r, i, 6));
		tmpl_set(row, "title", db_cell(r, i, 7));
		if (db_cell(r, i, 8)) {
			tmpl_show(row, "is_backing");
			tmpl_set(row, "backing_id", db_cell(r, i, 8));
		} else {
			tmpl_show(row, "is_post");
		}
		tmpl_set(row, "status", status_label(status));
		tmpl_set(row, "text", db_cell(r, i, 10));
		if (db_cell_int(r, i, 11))
			tmpl_show(row, "crisis");
		tmpl_set(row, "author", db_cell(r, i, 12));
		if (strcmp(status, "hidden") != 0)
			tmpl_show(row, "can_hide");
		if (strcmp(status, "visible") != 0)
			tmpl_show(row, "can_restore");
		if (strcmp(status, "pending") == 0)
			tmpl_show(row, "was_held");
		else if (strcmp(status, "hidden") == 0)
			tmpl_show(row, "was_hidden");
	}
	if (shown == 0)
		tmpl_show(d, "no_reports");
	if (r->nrows > shown) /* the queue's key is (priority, id) */
		tmpl_set(d, "next_prio", db_cell(r, shown - 1, 2));
}

int mod_fn(struct request *req)
{
	/* The queue's key is (priority DESC, id): ?prio=&after= continue
	 * after the last row shown; 3 is above every priority (the top). */
	const char *ps = req_query(req, "prio");
	long long prio = 3, after = req_query_id(req, "after", 0);
	if (ps && strcmp(ps, "0") == 0)
		prio = 0;
	else if (ps && req_parse_id(ps) > 0 && req_parse_id(ps) < 3)
		prio = req_parse_id(ps);
	long long posts_after = req_query_id(req, "posts_after", 0);
	long long backings_after = req_query_id(req, "backings_after", 0);
	long long limit = MOD_PAGE_SIZE + 1;

	struct db_rows *reports = db_query_v(req, SQL_REPORTS, "iiii", prio, prio, after, limit);
	struct db_rows *posts =
	    reports ? db_query_v(req, SQL_PENDING_POSTS, "ii", posts_after, limit) : NULL;
	struct db_rows *backings =
	    posts ? db_query_v(req, SQL_PENDING_BACKINGS, "ii", backings_after, limit) : NULL;
	struct db_rows *handled =
	    backings ? db_query_v(req, SQL_HANDLED, "i", (long long)HANDLED_SHOWN) : NULL;
	if (!handled)
		return -1;

	struct tmpl_dict *d = page_begin(req, _("Moderation"), "post/mod.tpl");
	if (req->user.role == ROLE_ADMIN)
		tmpl_show(d, "is_admin");
	const char *done = req_query(req, "done");
	if (done) {
		const char *what = strcmp(done, "hidden") == 0 ? _("Hidden. The author was told.")
		                   : strcmp(done, "restored") == 0
		                       ? _("Restored: it is shown again.")
		                   : strcmp(done, "dismissed") == 0 ? _("Report dismissed.")
		                   : strcmp(done, "approved") == 0
		                       ? _("Approved: it is shown, and the author was told.")
		                   : strcmp(done, "refused") == 0
		                       ? _("Refused: it stays hidden, and the author was told.")
		                       : NULL;
		if (what) {
			tmpl_show(d, "done");
			tmpl_set(d, "done_message", what);
		}
	}
	fill_reports(d, reports);

	size_t n = page_list(d, posts, MOD_PAGE_SIZE, "more_posts", "next_posts");
	for (size_t i = 0; i < n; i++) {
		struct tmpl_dict *row = tmpl_add(d, "pending_post");
		tmpl_set(row, "id", db_cell(posts, i, 0));
		tmpl_set(row, "title", db_cell(posts, i, 1));
		tmpl_set(row, "text", db_cell(posts, i, 2));
		tmpl_set(row, "author", db_cell(posts, i, 3));
		tmpl_set(row, "created", db_cell(posts, i, 4));
		if (db_cell_int(posts, i, 5))
			tmpl_show(row, "crisis");
		tmpl_set(row, "topic", db_cell(posts, i, 6));
	}
	if (n == 0)
		tmpl_show(d, "no_pending_posts");

	n = page_list(d, backings, MOD_PAGE_SIZE, "more_backings", "next_backings");
	for (size_t i = 0; i < n; i++) {
		struct tmpl_dict *row = tmpl_add(d, "pending_backing");
		tmpl_set(row, "id", db_cell(backings, i, 0));
		tmpl_set(row, "text", db_cell(backings, i, 1));
		tmpl_set(row, "author", db_cell(backings, i, 2));
		tmpl_set(row, "created", db_cell(backings, i, 3));
		if (db_cell_int(backings, i, 4))
			tmpl_show(row, "crisis");
		tmpl_set(row, "post_id", db_cell(backings, i, 5));
		tmpl_set(row, "title", db_cell(backings, i, 6));
	}
	if (n == 0)
		tmpl_show(d, "no_pending_backings");

	for (size_t i = 0; i < handled->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "handled");
		tmpl_set(row, "id", db_cell(handled, i, 0));
		tmpl_set(row, "outcome", handled_label(db_cell(handled, i, 1)));
		tmpl_set(row, "reason", report_reason_label(db_cell(handled, i, 2)));
		tmpl_set(row, "by", db_cell(handled, i, 3) ? db_cell(handled, i, 3) : "");
		tmpl_set(row, "at", db_cell(handled, i, 4) ? db_cell(handled, i, 4) : "");
		tmpl_set(row, "post_id", db_cell(handled, i, 5));
		tmpl_set(row, "title", db_cell(handled, i, 6));
		if (db_cell(handled, i, 7)) {
			tmpl_show(row, "is_backing");
			tmpl_set(row, "backing_id", db_cell(handled, i, 7));
		}
		if (strcmp(db_cell(handled, i, 1), "hidden") == 0 &&
		    strcmp(db_cell(handled, i, 8), "hidden") == 0)
			tmpl_show(row, "can_restore");
	}
	if (handled->nrows == 0)
		tmpl_show(d, "no_handled");
	return page_end(req, 200);
}

/* ---- actions --------------------------------------------------------- */

/* The thing an action is about, locked for the transaction. */
struct item {
	long long post_id, backing_id; /* backing_id 0: the post itself */
	long long author;
	const char *status; /* before the action */
};

/* Lock a post (backing_id 0) or a backing. 1 found, 0 not, -1 database. */
static int lock_item(struct request *req, long long post_id, long long backing_id, struct item *it)
{
	memset(it, 0, sizeof *it);
	struct db_rows *r = backing_id ? db_query_v(req, SQL_BACKING_LOCK, "i", backing_id)
	                               : db_query_v(req, SQL_POST_LOCK, "i", post_id);
	if (!r)
		return -1;
	if (r->nrows != 1)
		return 0;
	it->status = db_cell(r, 0, 0);
	it->author = db_cell_int(r, 0, 1);
	it->post_id = db_cell_int(r, 0, 2);
	it->backing_id = backing_id;
	return 1;
}

/* Move the item to `to` and keep the ledger in step: visible things earn,
 * others do not. A held item that becomes visible counts as just written
 * (its notifications go out) and its author hears it was approved; an
 * item taken down tells its author too. */
static int move(struct request *req, const struct item *it, const char *to)
{
	if (strcmp(it->status, to) == 0)
		return 0;
	int was_visible = strcmp(it->status, "visible") == 0;
	int was_pending = strcmp(it->status, "pending") == 0;
	int shown = strcmp(to, "visible") == 0;
	if (it->backing_id) {
		if (db_exec_v(req, SQL_BACKING_STATUS, "si", to, it->backing_id) < 0 ||
		    (was_visible && ledger_backing_gone(req, it->backing_id) < 0) ||
		    (shown && ledger_backing_shown(req, it->backing_id, was_pending) < 0))
			return -1;
	} else {
		if (db_exec_v(req, SQL_POST_STATUS, "si", to, it->post_id) < 0 ||
		    (was_visible && ledger_post_gone(req, it->post_id) < 0) ||
		    (shown && ledger_post_shown(req, it->post_id) < 0))
			return -1;
	}
	const char *kind = strcmp(to, "hidden") == 0 ? "hidden" : was_pending ? "approved" : NULL;
	if (kind && it->author != req->user.id &&
	    ledger_notify(req, it->author, kind, it->post_id, it->backing_id, 0) < 0)
		return -1;
	return 0;
}

static int audit(struct request *req, const char *action, const struct item *it,
                 long long report_id)
{
	const char *what = it->backing_id ? arena_printf(req->arena, "backing %lld on post %lld",
	                                                 it->backing_id, it->post_id)
	                                  : arena_printf(req->arena, "post %lld", it->post_id);
	if (report_id)
		what = arena_printf(req->arena, "report %lld: %s", report_id, what);
	return auth_audit(req, action, it->author, what);
}

static int already_handled(struct request *req)
{
	return post_notice(req, 409, _("Already handled"),
	                   _("Another moderator has handled this already. The queue shows what is "
	                     "left."),
	                   "/mod", _("Back to the queue"));
}

enum action { HIDE, RESTORE, DISMISS };

static int act_on_report(struct request *req, enum action act)
{
	long long id = req_parse_id(req->args[0]);
	if (!id)
		return page_error(req, 404, _("There is no such report."));
	if (db_begin(req) < 0)
		return -1;
	struct db_rows *r = db_query_v(req, SQL_REPORT_LOCK, "i", id);
	if (!r)
		goto fail;
	if (r->nrows != 1) {
		db_rollback(req);
		return page_error(req, 404, _("There is no such report."));
	}
	const char *was = db_cell(r, 0, 0);
	int open = strcmp(was, "open") == 0;
	if (!(open || (act == RESTORE && strcmp(was, "hidden") == 0))) {
		db_rollback(req);
		return already_handled(req);
	}
	long long post_id = db_cell_int(r, 0, 1), backing_id = db_cell_int(r, 0, 2);
	struct item it;
	int found = lock_item(req, post_id, backing_id, &it);
	if (found < 0)
		goto fail;
	if (!found) { /* cannot happen: reports cascade with their post and backing */
		db_rollback(req);
		return page_error(req, 404, _("The reported post or backing no longer exists."));
	}

	const char *done;
	switch (act) {
	case HIDE:
		if (move(req, &it, "hidden") < 0 ||
		    db_exec_v(req, SQL_CLOSE_HIDDEN, "iiii", req->user.id, id, post_id,
		              backing_id) < 0 ||
		    audit(req, "mod.hide", &it, id) < 0)
			goto fail;
		done = "hidden";
		break;
	case RESTORE:
		if (move(req, &it, "visible") < 0 ||
		    db_exec_v(req, SQL_CLOSE_RESTORED, "iiii", req->user.id, id, post_id,
		              backing_id) < 0 ||
		    audit(req, "mod.restore", &it, id) < 0)
			goto fail;
		done = "restored";
		break;
	default:
		if (db_exec_v(req, SQL_CLOSE_DISMISSED, "ii", req->user.id, id) < 0 ||
		    audit(req, "mod.dismiss", &it, id) < 0)
			goto fail;
		done = "dismissed";
		break;
	}
	if (db_commit(req) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/mod?done=%s", done));
fail:
	db_rollback(req);
	return -1;
}

int mod_hide_fn(struct request *req)
{
	return act_on_report(req, HIDE);
}

int mod_restore_fn(struct request *req)
{
	return act_on_report(req, RESTORE);
}

int mod_dismiss_fn(struct request *req)
{
	return act_on_report(req, DISMISS);
}

static const struct field item_fields[] = {
    TEXT_FIELD("kind", N_("Kind"), 1, LIMIT_CHOICE_MAX, 0),
    TEXT_FIELD("id", N_("Id"), 1, LIMIT_ID_DIGITS, 0),
};

/* Approve (to "visible") or refuse (to "hidden") a held post or backing. */
static int act_on_item(struct request *req, const char *to)
{
	struct form f;
	form_read(req, &req->form, item_fields, 2, &f);
	const char *kind = form_value(&f, "kind");
	long long id = req_parse_id(form_value(&f, "id"));
	int is_backing = strcmp(kind, "backing") == 0;
	if (f.failed || !id || (!is_backing && strcmp(kind, "post") != 0))
		return page_error(req, 404, _("There is no such post or backing."));
	if (db_begin(req) < 0)
		return -1;
	struct item it;
	int found = lock_item(req, is_backing ? 0 : id, is_backing ? id : 0, &it);
	if (found < 0)
		goto fail;
	if (!found) {
		db_rollback(req);
		return page_error(req, 404, _("There is no such post or backing."));
	}
	if (strcmp(it.status, "pending") != 0) {
		db_rollback(req);
		return already_handled(req);
	}
	int approve = strcmp(to, "visible") == 0;
	if (move(req, &it, to) < 0 ||
	    audit(req, approve ? "mod.approve" : "mod.refuse", &it, 0) < 0)
		goto fail;
	if (db_commit(req) < 0)
		return -1;
	return res_redirect(req, approve ? "/mod?done=approved" : "/mod?done=refused");
fail:
	db_rollback(req);
	return -1;
}

int mod_approve_fn(struct request *req)
{
	return act_on_item(req, "visible");
}

int mod_reject_fn(struct request *req)
{
	return act_on_item(req, "hidden");
}
