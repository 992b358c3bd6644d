/*
 * mod.c - the moderation queue, for admins and counsellors (the adults
 * responsible for a community of minors).
 *
 *   GET  /mod                        open reports, most urgent first (crisis,
 *                                    self-harm and sexual content involving
 *                                    minors: priority 2), then the posts and
 *                                    backings held at night, then what was
 *                                    handled lately (to undo a hide), with
 *                                    the held ones approved or refused
 *   POST /mod/<report>/hide          take the reported thing down
 *   POST /mod/<report>/restore       put it back (or, if it was held, approve it)
 *   POST /mod/<report>/dismiss       the report needs nothing done (or, when its
 *                                    post or backing was deleted, close it)
 *   POST /mod/<report>/keep          the post this report hid stays hidden: its
 *                                    author's request for a new look is closed,
 *                                    and he is told (so is he when Restore answers it)
 *   POST /mod/item/approve           a held post or backing becomes visible
 *   POST /mod/item/hide              a held post or backing is refused
 *
 * Every action is one transaction: the report rows (status, handled_by,
 * handled_at), the item's status, what that does to backing_count, the
 * points ledger and notifications (ledger.c), and a line in the audit log.
 * The rows are locked (FOR UPDATE) first, in the ledger's order (the
 * report, the post, the backing: community/ledger.h), so two moderators
 * clicking at once cannot count a backing twice; the second one is told
 * it was already handled (409). Each action is a ROUTE_TX route.
 *
 * A report outlives the post or backing it is about (sql/006): when its
 * author deletes it, or his account, the report stays open in the queue
 * with the text it kept, marked as deleted, until a moderator closes it
 * (status 'closed', audit "mod.close"). A crisis report, or one of sexual
 * content involving minors, is about a boy who may still need an adult,
 * whatever happened to the text.
 *
 * Hiding closes the members' open reports on the same thing with it, but
 * not an automatic crisis report: a boy who wrote about hurting himself
 * still needs a counsellor to reach out, whatever happens to the text.
 * The author of a hidden post may ask once for a new look (review.c,
 * review_requests, sql/010). The queue lists the open requests with the
 * reason of the report that hid the post; Restore on that report, or
 * Keep hidden, closes the request. The author sees the answer on his
 * post, and a notification tells him which it was (review_restored or
 * review_kept, sql/012), in the moderator's transaction.
 *
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
#include "topics.h"
#include "when.h"

/* A report outlives what it reports (sql/006): the post or backing may
 * be gone (deleted by its author, with its post, or with his account).
 * Then the title, the author and the text are the ones the report kept;
 * while it exists, the live ones (what hiding would take down). */
static const char SQL_REPORTS[] =
    "SELECT r.id, r.reason, r.priority, r.note, r.created_at, rep.handle AS reporter, r.post_id, "
    "       IFNULL(p.title, r.title) AS title, r.backing_id, "
    "       IF(r.backing_id IS NULL, p.status, b.status) AS status, "
    "       IFNULL(IF(r.backing_id IS NULL, p.body, b.body), r.text) AS text, "
    "       IF(r.backing_id IS NULL, p.crisis, b.crisis) AS crisis, "
    "       IFNULL(au.handle, r.author) AS author, au.id IS NULL AS author_left, "
    "       p.id IS NULL AS post_gone "
    "FROM reports r LEFT JOIN posts p ON p.id = r.post_id "
    "LEFT JOIN backings b ON b.id = r.backing_id "
    "LEFT JOIN users rep ON rep.id = r.reporter_id "
    "LEFT JOIN users au ON au.id = r.author_id "
    "WHERE r.status = 'open' AND (r.priority < ? OR (r.priority = ? AND r.id > ?)) "
    "ORDER BY r.priority DESC, r.id LIMIT ?";
static const char SQL_PENDING_POSTS[] =
    "SELECT p.id, p.title, p.body AS text, u.handle AS author, p.created_at, p.crisis, "
    "       " TOPIC_NAME("topic") "FROM posts p JOIN users u ON u.id = p.user_id JOIN topics t ON "
                                  "t.id = p.topic_id " TOPIC_TEXTS_JOIN
                                  "WHERE p.status = 'pending' AND p.id > ? ORDER BY p.id LIMIT ?";
static const char SQL_PENDING_BACKINGS[] =
    "SELECT b.id, b.body AS text, u.handle AS author, b.created_at, b.crisis, p.id AS post_id, "
    "       p.title "
    "FROM backings b JOIN users u ON u.id = b.user_id JOIN posts p ON p.id = b.post_id "
    "WHERE b.status = 'pending' AND b.id > ? ORDER BY b.id LIMIT ?";
/* Handled lately: the reports moderators closed, and the held posts and
 * backings they approved or refused. Those have no report: their audit
 * line (audit() below: "post <id>" or "backing <id> on post <id>") says
 * what it was. Each side takes its own latest rows, then the newest win. */
static const char SQL_HANDLED[] =
    "SELECT * FROM ("
    " (SELECT r.id, r.status, r.reason, h.handle AS handler, r.handled_at, r.post_id, "
    "         IFNULL(p.title, r.title) AS title, r.backing_id, "
    "         IF(r.backing_id IS NULL, p.status, b.status) AS item_status "
    "  FROM reports r LEFT JOIN posts p ON p.id = r.post_id "
    "  LEFT JOIN backings b ON b.id = r.backing_id "
    "  LEFT JOIN users h ON h.id = r.handled_by "
    "  WHERE r.status <> 'open' ORDER BY r.id DESC LIMIT ?) "
    " UNION ALL "
    " (SELECT a.id, IF(a.action = 'mod.approve', 'approved', 'refused') AS status, "
    "         NULL AS reason, h.handle AS handler, a.at AS handled_at, a.post_id, "
    "         IFNULL(p.title, '') AS title, a.backing_id, "
    "         IF(a.backing_id IS NULL, p.status, b.status) AS item_status "
    "  FROM (SELECT id, at, actor_id, action, "
    "               CAST(SUBSTRING_INDEX(detail, ' ', -1) AS UNSIGNED) AS post_id, "
    "               IF(detail LIKE 'backing %', CAST(SUBSTRING_INDEX(SUBSTRING_INDEX("
    "                  detail, ' ', 2), ' ', -1) AS UNSIGNED), NULL) AS backing_id "
    "        FROM audit_log WHERE action IN ('mod.approve', 'mod.refuse') "
    "        ORDER BY id DESC LIMIT ?) a "
    "  LEFT JOIN posts p ON p.id = a.post_id "
    "  LEFT JOIN backings b ON b.id = a.backing_id "
    "  LEFT JOIN users h ON h.id = a.actor_id)"
    ") handled ORDER BY handled_at DESC, id DESC LIMIT ?";

/* Open requests for a new look at a hidden post, with the report that
 * hid it (the latest one, whose Restore puts the post back). */
static const char SQL_REVIEWS[] =
    "SELECT q.post_id, p.title, p.crisis, q.note, q.created_at, u.handle AS author, "
    "       (SELECT r.id FROM reports r WHERE r.post_id = q.post_id AND r.backing_id IS NULL "
    "        AND r.status = 'hidden' ORDER BY r.id DESC LIMIT 1) AS report_id, "
    "       (SELECT r.reason FROM reports r WHERE r.post_id = q.post_id AND r.backing_id IS NULL "
    "        AND r.status = 'hidden' ORDER BY r.id DESC LIMIT 1) AS reason "
    "FROM review_requests q JOIN posts p ON p.id = q.post_id JOIN users u ON u.id = q.author_id "
    "WHERE q.handled_at IS NULL ORDER BY q.created_at, q.post_id LIMIT ?";
static const char SQL_REVIEW_LOCK[] = "SELECT post_id, author_id FROM review_requests "
                                      "WHERE post_id = ? AND handled_at IS NULL FOR UPDATE";
static const char SQL_REVIEW_CLOSE[] =
    "UPDATE review_requests SET handled_by = ?, handled_at = NOW() "
    "WHERE post_id = ? AND handled_at IS NULL";

static const char SQL_REPORT_LOCK[] = "SELECT status, post_id, IFNULL(backing_id, 0) AS "
                                      "backing_id, IFNULL(author_id, 0) AS author_id "
                                      "FROM reports WHERE id = ? FOR UPDATE";
static const char SQL_BACKING_POST[] = "SELECT post_id FROM backings WHERE id = ?";
static const char SQL_POST_LOCK[] = "SELECT status, user_id FROM posts WHERE id = ? FOR UPDATE";
static const char SQL_BACKING_LOCK[] =
    "SELECT status, user_id FROM backings WHERE id = ? AND post_id = ? FOR UPDATE";
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
/* The reported thing is gone: the moderator has read what the report
 * kept and done what it needed. */
static const char SQL_CLOSE_GONE[] =
    "UPDATE reports SET status = 'closed', handled_by = ?, handled_at = NOW() WHERE id = ?";

#define HANDLED_SHOWN 20 /* lately handled reports and held items under the queue */
#define REVIEWS_SHOWN 50 /* open requests for a new look, oldest first */

/* What ?done= may say after an action, and the sentence for each. */
static const char *const done_values[] = {"hidden",  "restored", "dismissed", "approved",
                                          "refused", "closed",   "kept",      NULL};
static const char *const done_messages[] = {
    N_("Hidden. The author was told."),
    N_("Restored: it is shown again."),
    N_("Report dismissed."),
    N_("Approved: it is shown, and the author was told."),
    N_("Refused: it stays hidden, and the author was told."),
    N_("Report closed."),
    N_("Kept hidden. The author was told."),
};

/* The queue's key is (priority DESC, id): ?prio=&after= continue after
 * the last row shown; no prio is the top (above every priority). */
const struct field mod_query[] = {
    INT_FIELD("prio", N_("Priority"), 0, 2, 0),       ID_FIELD("after", N_("After"), 0),
    ID_FIELD("posts_after", N_("After"), 0),          ID_FIELD("backings_after", N_("After"), 0),
    CHOICE_FIELD("done", N_("Done"), done_values, 0), FIELDS_END,
};

static const char *const item_kinds[] = {"post", "backing", NULL};

const struct field mod_item_fields[] = {
    CHOICE_FIELD("kind", N_("Kind"), item_kinds, FIELD_REQUIRED),
    ID_FIELD("id", N_("Id"), FIELD_REQUIRED),
    FIELDS_END,
};

/* ---- the queue ------------------------------------------------------- */

static const char *status_label(enum status s)
{
	switch (s) {
	case STATUS_VISIBLE: return _("shown");
	case STATUS_PENDING: return _("waiting for approval");
	default: return _("hidden");
	}
}

static const char *handled_label(const char *status)
{
	if (strcmp(status, "hidden") == 0)
		return _("hidden");
	if (strcmp(status, "restored") == 0)
		return _("restored");
	if (strcmp(status, "closed") == 0)
		return _("closed");
	if (strcmp(status, "approved") == 0)
		return _("approved");
	if (strcmp(status, "refused") == 0)
		return _("refused");
	return _("dismissed");
}

/* Why a reported post or backing is no longer there (row i of
 * SQL_REPORTS, whose status is NULL). */
static const char *gone_label(const struct db_rows *r, size_t i)
{
	if (db_get_int(r, i, "author_left"))
		return _("deleted with its author's account");
	if (db_get(r, i, "backing_id") && db_get_int(r, i, "post_gone"))
		return _("deleted with the post it answered");
	return _("deleted by its author");
}

/* One row of a list: its columns as they are named, the crisis mark and
 * the time. */
static struct tmpl_dict *add_row(struct request *req, struct tmpl_dict *d, const char *section,
                                 const struct db_rows *r, size_t i, const char *when)
{
	struct tmpl_dict *row = tmpl_add(d, section);
	page_row(row, r, i);
	if (strcmp(section, "handled") != 0 && db_get_int(r, i, "crisis"))
		tmpl_show(row, "crisis");
	when_set(req, row, strcmp(section, "handled") == 0 ? "at" : "created", db_get(r, i, when),
	         WHEN_MOMENT);
	return row;
}

static void fill_reports(struct request *req, struct tmpl_dict *d, const struct db_rows *r)
{
	size_t shown = page_list(d, r, MOD_PAGE_SIZE, "more_reports", "next_after");
	for (size_t i = 0; i < shown; i++) {
		struct tmpl_dict *row = add_row(req, d, "report", r, i, "created_at");
		enum status status = status_of(db_get(r, i, "status"));
		tmpl_set(row, "reason", report_reason_label(db_get(r, i, "reason")));
		if (db_get_int(r, i, "priority") >= 2)
			tmpl_show(row, "urgent");
		if (*db_get(r, i, "note"))
			tmpl_show(row, "has_note");
		tmpl_show(row, db_get(r, i, "reporter") ? "by_member" : "automatic");
		tmpl_show(row, db_get(r, i, "backing_id") ? "is_backing" : "is_post");
		if (!db_get(r, i, "status")) { /* gone: only the kept text, and closing */
			tmpl_show(row, "gone");
			tmpl_set(row, "status", gone_label(r, i));
			continue;
		}
		tmpl_show(row, "exists");
		tmpl_set(row, "status", status_label(status));
		if (status != STATUS_HIDDEN)
			tmpl_show(row, "can_hide");
		if (status != STATUS_VISIBLE)
			tmpl_show(row, "can_restore");
		if (status == STATUS_PENDING)
			tmpl_show(row, "was_held");
		else if (status == STATUS_HIDDEN)
			tmpl_show(row, "was_hidden");
	}
	if (shown == 0)
		tmpl_show(d, "no_reports");
	if (r->nrows > shown) /* the queue's key is (priority, id) */
		tmpl_set(d, "next_prio", db_get(r, shown - 1, "priority"));
}

int mod_fn(struct request *req)
{
	long long prio = *req_text(req, "prio") ? req_int(req, "prio") : 3;
	long long limit = MOD_PAGE_SIZE + 1;
	struct db_rows *reports = db_query(req, SQL_REPORTS, db_int(prio), db_int(prio),
	                                   db_int(req_int(req, "after")), db_int(limit));
	struct db_rows *posts = reports
	                            ? db_query(req, SQL_PENDING_POSTS, db_text(i18n_lang()),
	                                       db_int(req_int(req, "posts_after")), db_int(limit))
	                            : NULL;
	struct db_rows *backings =
	    posts ? db_query(req, SQL_PENDING_BACKINGS, db_int(req_int(req, "backings_after")),
	                     db_int(limit))
	          : NULL;
	struct db_rows *handled = backings ? db_query(req, SQL_HANDLED, db_int(HANDLED_SHOWN),
	                                              db_int(HANDLED_SHOWN), db_int(HANDLED_SHOWN))
	                                   : NULL;
	struct db_rows *reviews =
	    handled ? db_query(req, SQL_REVIEWS, db_int(REVIEWS_SHOWN)) : NULL;
	if (!reviews)
		return -1;

	struct tmpl_dict *d = page_begin(req, _("Moderation"), "post/mod.tpl");
	if (req->user.role == ROLE_ADMIN)
		tmpl_show(d, "is_admin");
	long long done = req_int(req, "done");
	if (*req_text(req, "done")) {
		tmpl_show(d, "done");
		tmpl_set(d, "done_message", _(done_messages[done]));
	}
	fill_reports(req, d, reports);

	for (size_t i = 0; i < reviews->nrows; i++) {
		struct tmpl_dict *row = add_row(req, d, "review", reviews, i, "created_at");
		const char *reason = db_get(reviews, i, "reason");
		tmpl_set(row, "reason", reason ? report_reason_label(reason) : "");
		if (reason)
			tmpl_show(row, "has_report");
		if (*db_get(reviews, i, "note"))
			tmpl_show(row, "has_note");
	}
	if (reviews->nrows == 0)
		tmpl_show(d, "no_reviews");

	size_t n = page_list(d, posts, MOD_PAGE_SIZE, "more_posts", "next_posts");
	for (size_t i = 0; i < n; i++)
		add_row(req, d, "pending_post", posts, i, "created_at");
	if (n == 0)
		tmpl_show(d, "no_pending_posts");

	n = page_list(d, backings, MOD_PAGE_SIZE, "more_backings", "next_backings");
	for (size_t i = 0; i < n; i++)
		add_row(req, d, "pending_backing", backings, i, "created_at");
	if (n == 0)
		tmpl_show(d, "no_pending_backings");

	for (size_t i = 0; i < handled->nrows; i++) {
		struct tmpl_dict *row = add_row(req, d, "handled", handled, i, "handled_at");
		const char *status = db_get(handled, i, "status");
		tmpl_set(row, "outcome", handled_label(status));
		const char *reason = db_get(handled, i, "reason"); /* NULL: held, no report */
		tmpl_set(row, "reason",
		         reason ? report_reason_label(reason) : _("Held for approval"));
		const char *by = db_get(handled, i, "handler");
		tmpl_set(row, "by", by ? by : "");
		if (db_get(handled, i, "backing_id"))
			tmpl_show(row, "is_backing");
		const char *item = db_get(handled, i, "item_status"); /* NULL: gone */
		tmpl_show(row, item ? "exists" : "gone");
		if (item && strcmp(status, "hidden") == 0 && status_of(item) == STATUS_HIDDEN)
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
	enum status status; /* before the action */
};

/* Lock a post (backing_id 0) or a backing, in the ledger's order: the
 * post first, then the backing (post_id 0: looked up). 1 found, 0 not,
 * -1 database. */
static int lock_item(struct request *req, long long post_id, long long backing_id, struct item *it)
{
	memset(it, 0, sizeof *it);
	if (backing_id && !post_id) {
		struct db_rows *b = db_query(req, SQL_BACKING_POST, db_int(backing_id));
		if (!b)
			return -1;
		if (b->nrows != 1)
			return 0;
		post_id = db_get_int(b, 0, "post_id");
	}
	struct db_rows *r = db_query(req, SQL_POST_LOCK, db_int(post_id));
	if (r && r->nrows == 1 && backing_id)
		r = db_query(req, SQL_BACKING_LOCK, db_int(backing_id), db_int(post_id));
	if (!r)
		return -1;
	if (r->nrows != 1)
		return 0;
	it->status = status_of(db_get(r, 0, "status"));
	it->author = db_get_int(r, 0, "user_id");
	it->post_id = post_id;
	it->backing_id = backing_id;
	return 1;
}

/* Move the item to `to` and keep the ledger in step: visible things earn,
 * others do not. A held item that becomes visible counts as just written
 * (its notifications go out) and its author hears it was approved; an
 * item taken down tells its author too. */
static int move(struct request *req, const struct item *it, enum status to)
{
	if (it->status == to)
		return 0;
	int was_visible = it->status == STATUS_VISIBLE;
	int was_pending = it->status == STATUS_PENDING;
	int shown = to == STATUS_VISIBLE;
	if (it->backing_id) {
		if (db_exec(req, SQL_BACKING_STATUS, db_text(status_values[to]),
		            db_int(it->backing_id)) < 0 ||
		    (was_visible && ledger_backing_gone(req, it->backing_id) < 0) ||
		    (shown && ledger_backing_shown(req, it->backing_id, was_pending) < 0))
			return -1;
	} else {
		if (db_exec(req, SQL_POST_STATUS, db_text(status_values[to]), db_int(it->post_id)) <
		        0 ||
		    (was_visible && ledger_post_gone(req, it->post_id) < 0) ||
		    (shown && ledger_post_shown(req, it->post_id) < 0))
			return -1;
	}
	const char *kind = to == STATUS_HIDDEN ? "hidden" : was_pending ? "approved" : NULL;
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

/* Close the author's open request for a new look at his post, if there
 * is one, and tell him the answer: kind is "review_restored" or
 * "review_kept". No request open, nothing to tell. */
static int answer_review(struct request *req, long long post_id, long long author, const char *kind)
{
	long long closed = db_exec(req, SQL_REVIEW_CLOSE, db_int(req->user.id), db_int(post_id));
	if (closed <= 0 || author == req->user.id)
		return closed < 0 ? -1 : 0;
	return ledger_notify(req, author, kind, post_id, 0, 0);
}

/* A report whose post or backing is gone (deleted by its author, with its
 * post or with his account; the report kept the text): there is nothing
 * to hide or restore, so Dismiss, the one button the queue shows for it,
 * closes it. Hide or Restore from a page loaded before the deletion is
 * told what happened and sent to the queue, where the kept text is. */
static int close_gone(struct request *req, enum action act, long long id, long long post_id,
                      long long backing_id, long long author)
{
	if (act != DISMISS)
		return post_notice(req, 409, _("Deleted meanwhile"),
		                   _("It was deleted before you acted. The queue shows the text "
		                     "as it was reported: close the report when you have done what "
		                     "it needs."),
		                   "/mod", _("Back to the queue"));
	const char *what =
	    backing_id
	        ? arena_printf(req->arena, "report %lld: backing %lld on post %lld (deleted)", id,
	                       backing_id, post_id)
	        : arena_printf(req->arena, "report %lld: post %lld (deleted)", id, post_id);
	if (db_exec(req, SQL_CLOSE_GONE, db_int(req->user.id), db_int(id)) < 0 ||
	    auth_audit(req, "mod.close", author, what) < 0)
		return -1;
	return res_redirect(req, "/mod?done=closed");
}

/* The report behind /mod/<report>/..., locked; NULL with *status the
 * answer (-1, or the 404 page) when there is none. */
static struct db_rows *lock_report(struct request *req, int *status)
{
	struct db_rows *r = db_query(req, SQL_REPORT_LOCK, db_int(req->ids[0]));
	if (!r) {
		*status = -1;
		return NULL;
	}
	if (r->nrows != 1) {
		*status = page_error(req, 404, _("There is no such report."));
		return NULL;
	}
	return r;
}

static int act_on_report(struct request *req, enum action act)
{
	long long id = req->ids[0];
	int status;
	struct db_rows *r = lock_report(req, &status);
	if (!r)
		return status;
	const char *was = db_get(r, 0, "status");
	int open = strcmp(was, "open") == 0;
	if (!(open || (act == RESTORE && strcmp(was, "hidden") == 0)))
		return already_handled(req);
	long long post_id = db_get_int(r, 0, "post_id"),
	          backing_id = db_get_int(r, 0, "backing_id");
	struct item it;
	int found = lock_item(req, post_id, backing_id, &it);
	if (found < 0)
		return -1;
	if (!found)
		return close_gone(req, act, id, post_id, backing_id, db_get_int(r, 0, "author_id"));

	static const char *const actions[] = {"mod.hide", "mod.restore", "mod.dismiss"};
	static const char *const done[] = {"hidden", "restored", "dismissed"};
	long long n;
	switch (act) {
	case HIDE:
		n = move(req, &it, STATUS_HIDDEN) < 0
		        ? -1
		        : db_exec(req, SQL_CLOSE_HIDDEN, db_int(req->user.id), db_int(id),
		                  db_int(post_id), db_int(backing_id));
		break;
	case RESTORE:
		n = move(req, &it, STATUS_VISIBLE) < 0
		        ? -1
		        : db_exec(req, SQL_CLOSE_RESTORED, db_int(req->user.id), db_int(id),
		                  db_int(post_id), db_int(backing_id));
		if (n >= 0 && !backing_id && /* the author's request for a new look is answered */
		    answer_review(req, post_id, it.author, "review_restored") < 0)
			n = -1;
		break;
	default: n = db_exec(req, SQL_CLOSE_DISMISSED, db_int(req->user.id), db_int(id)); break;
	}
	if (n < 0 || audit(req, actions[act], &it, id) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/mod?done=%s", done[act]));
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

/* Keep the post this report hid hidden: its author's open request for a
 * new look is closed, and he is told. */
int mod_keep_fn(struct request *req)
{
	long long id = req->ids[0];
	int status;
	struct db_rows *r = lock_report(req, &status);
	if (!r)
		return status;
	long long post_id = db_get_int(r, 0, "post_id");
	if (strcmp(db_get(r, 0, "status"), "hidden") != 0 || db_get_int(r, 0, "backing_id"))
		return already_handled(req);
	struct db_rows *q = db_query(req, SQL_REVIEW_LOCK, db_int(post_id));
	if (!q)
		return -1;
	if (q->nrows != 1)
		return already_handled(req);
	if (answer_review(req, post_id, db_get_int(q, 0, "author_id"), "review_kept") < 0 ||
	    auth_audit(req, "mod.keep", db_get_int(r, 0, "author_id"),
	               arena_printf(req->arena, "report %lld: post %lld", id, post_id)) < 0)
		return -1;
	return res_redirect(req, "/mod?done=kept");
}

/* Approve (to visible) or refuse (to hidden) a held post or backing. */
static int act_on_item(struct request *req, enum status to)
{
	long long id = req_int(req, "id");
	int is_backing = req_int(req, "kind") == 1;
	struct item it;
	int found = lock_item(req, is_backing ? 0 : id, is_backing ? id : 0, &it);
	if (found < 0)
		return -1;
	if (!found)
		return page_error(req, 404, _("There is no such post or backing."));
	if (it.status != STATUS_PENDING)
		return already_handled(req);
	int approve = to == STATUS_VISIBLE;
	if (move(req, &it, to) < 0 ||
	    audit(req, approve ? "mod.approve" : "mod.refuse", &it, 0) < 0)
		return -1;
	return res_redirect(req, approve ? "/mod?done=approved" : "/mod?done=refused");
}

int mod_approve_fn(struct request *req)
{
	return act_on_item(req, STATUS_VISIBLE);
}

int mod_reject_fn(struct request *req)
{
	return act_on_item(req, STATUS_HIDDEN);
}
