/*
 * post_page.c - GET /p/<id>: one post and its backings.
 *
 * Who sees what:
 *   - a visible post: everyone;
 *   - a pending post ("waiting for approval") or a hidden one ("hidden by
 *     a moderator"): its author and moderators (admin, counsellor); to
 *     everybody else it does not exist (404, the same page as a wrong id);
 *   - to the author of a hidden post, why (the reason of the report the
 *     moderator acted on) and a form to ask a moderator to look again,
 *     once (review_requests, POST /post/<id>/review), then when he asked;
 *   - backings: visible ones to everyone; pending or hidden ones to their
 *     own author and to moderators, marked as such.
 * The heading counts the backings this reader is shown, not the visible
 * ones (posts.backing_count, what the lists say).
 * Best backings come first, then the rest oldest first. A backing written
 * by a support person carries a mark. The crisis box (where to get help
 * right now) is shown to the post's author only: to others it would say
 * something about him that is his to tell.
 *
 * Every form posts to the post executable: back, vote, best and report
 * (a <details> under the post and each backing); the author's links to
 * ask a support person, edit and delete lead to its pages.
 *
 * A question to a support person is private (cgi-bin/inbox): this page
 * never says that one was asked, to anyone. It says "A support person
 * answered" when one backed the post in public (posts.support_answered).
 *
 * Queries: the post (joined to its topic and author), and the backings joined to their authors and
 * to the viewer's own votes (votes' primary key), so two in all whatever the number of backings.
 */
#include <libintl.h>
#include <string.h>

#include "app.h"
#include "auth.h"
#include "db.h"
#include "feed.h"
#include "form.h"
#include "i18n.h"
#include "page.h"
#include "reports.h"
#include "tmpl.h"
#include "topics.h"
#include "when.h"

static const char SQL_POST[] =
    "SELECT p.id AS id, p.user_id AS author_id, p.title AS title, p.body_html AS body_html, "
    "p.status AS status, p.crisis AS is_crisis, p.created_at AS created_at, "
    "p.updated_at AS updated_at, "
    "p.support_answered AS support_answered, t.slug AS slug, " TOPIC_NAME(
        "topic") ", "
                 "u.handle AS author, "
                 /* why a hidden post was hidden (the latest report a moderator acted on)
                  * and its author's request for a new look (review.c) */
                 "IF(p.status = 'hidden', (SELECT r.reason FROM reports r WHERE r.post_id = p.id "
                 "AND r.backing_id IS NULL AND r.status = 'hidden' ORDER BY r.id DESC LIMIT 1), "
                 "NULL) "
                 "AS hidden_reason, "
                 "q.created_at AS review_at, q.handled_at AS review_handled_at "
                 "FROM posts p LEFT JOIN review_requests q ON q.post_id = p.id "
                 "JOIN topics t ON t.id = p.topic_id " TOPIC_TEXTS_JOIN
                 "JOIN users u ON u.id = p.user_id WHERE p.id = ?";

/* Named as the {{#backing}} rows of post_page.tpl name their values. */
static const char SQL_BACKINGS[] =
    "SELECT b.id AS bid, b.user_id AS author_id, u.handle AS handle, b.body_html AS body_html, "
    "b.status AS status, b.by_support AS by_support, b.is_best AS is_best, b.votes AS votes, "
    "b.created_at AS created_at, v.user_id IS NOT NULL AS my_vote "
    "FROM backings b JOIN users u ON u.id = b.user_id "
    "LEFT JOIN votes v ON v.backing_id = b.id AND v.user_id = ? "
    "WHERE b.post_id = ? AND (b.status = 'visible' OR b.user_id = ? OR ? = 1) "
    "ORDER BY b.is_best DESC, b.id ASC";

/* The notice after a redirect from the post executable: ?reported=1 (a
 * report was sent). A question sends its asker to his conversation
 * (/ask/<id>), not here. */
const struct field post_page_fields[] = {
    CHECK_FIELD("reported", N_("The notice of a report")),
    FIELDS_END,
};

/* A report form (in a <details>) for the post or one of its backings. */
static void report_form(struct request *req, struct tmpl_dict *d, const char *marker,
                        const char *post_id, const char *backing_id)
{
	struct tmpl_dict *f = tmpl_include(d, marker, "feed/report_form.tpl");
	tmpl_set(f, "csrf", auth_csrf_token(req));
	tmpl_set(f, "post_id", post_id);
	if (backing_id) {
		tmpl_show(f, "backing");
		tmpl_set(f, "backing_id", backing_id);
		tmpl_set(f, "suffix", arena_printf(req->arena, "b%s", backing_id));
	} else {
		tmpl_show(f, "post");
		tmpl_set(f, "suffix", "p");
	}
	for (size_t i = 0; i < report_nreasons; i++) {
		struct tmpl_dict *o = tmpl_add(f, "reason");
		tmpl_set(o, "value", report_reasons[i].value);
		tmpl_set(o, "label", _(report_reasons[i].label));
	}
}

/* A hidden post: to its author, why (the reason of the report the
 * moderator acted on) and his one request for a new look (review.c): the
 * form, or when he asked and what came of it. */
static void hidden_notice(struct request *req, struct tmpl_dict *d, const struct db_rows *p,
                          int is_author)
{
	if (!is_author) {
		tmpl_show(d, "hidden_mod");
		return;
	}
	tmpl_show(d, "hidden_author");
	const char *reason = db_get(p, 0, "hidden_reason");
	if (!reason)
		return; /* hidden without a report (a held post refused): nothing to answer */
	tmpl_show(d, "hidden_reason");
	tmpl_set(d, "reason", report_reason_label(reason));
	if (!db_get(p, 0, "review_at")) {
		tmpl_show(d, "can_review");
		return;
	}
	if (db_get(p, 0, "review_handled_at")) {
		tmpl_show(d, "review_kept");
		when_set(req, d, "review_handled", db_get(p, 0, "review_handled_at"), WHEN_DAY);
	} else {
		tmpl_show(d, "review_asked");
	}
	when_set(req, d, "review", db_get(p, 0, "review_at"), WHEN_DAY);
}

int post_page_fn(struct request *req)
{
	long long id = req->ids[0];
	struct db_rows *p = db_query(req, SQL_POST, FEED_LANG, db_int(id));
	if (!p)
		return -1;
	static const char *gone = N_("There is no post at this address. It may have been removed, "
	                             "or the link may be mistyped.");
	if (p->nrows != 1)
		return page_error(req, 404, _(gone));

	const char *status = db_get(p, 0, "status");
	int is_author = req->user.id && db_get_int(p, 0, "author_id") == req->user.id;
	int is_mod = auth_is_moderator(req);
	int visible = strcmp(status, "visible") == 0;
	if (!visible && !is_author && !is_mod)
		return page_error(req, 404, _(gone));

	struct db_rows *b = db_query(req, SQL_BACKINGS, db_int(req->user.id), db_int(id),
	                             db_int(req->user.id), db_int(is_mod));
	if (!b)
		return -1;

	const char *post_id = db_get(p, 0, "id");
	struct tmpl_dict *d = page_begin(req, db_get(p, 0, "title"), "feed/post_page.tpl");
	page_row(d, p, 0); /* id, title, body_html (rendered safe by core's Markdown), slug,
	                      topic, author */
	when_set(req, d, "age", db_get(p, 0, "created_at"), WHEN_AGO);
	if (db_get(p, 0, "updated_at"))
		tmpl_show(d, "edited");
	/* As many as this reader is shown: his own backing waiting for approval
	 * (or, to a moderator, the held and hidden ones) counts too, so the
	 * heading never says "0 backings" above one. */
	tmpl_set(d, "backings_text", feed_backings_text(req, (long long)b->nrows));

	if (strcmp(status, "pending") == 0)
		tmpl_show(d, is_author ? "pending_author" : "pending_mod");
	else if (strcmp(status, "hidden") == 0)
		hidden_notice(req, d, p, is_author);
	if (is_author && db_get_int(p, 0, "is_crisis"))
		tmpl_show(d, "crisis");
	if (db_get_int(p, 0, "support_answered"))
		tmpl_show(d, "answered_by_support");
	if (req_int(req, "reported"))
		tmpl_show(d, "reported");

	if (req->user.id) {
		if (visible)
			tmpl_show(d, "can_back");
		if (is_author)
			tmpl_show(d, "author_tools");
		if (visible && !is_author)
			report_form(req, d, "post_report", post_id, NULL);
	} else {
		tmpl_show(d, "guest");
	}

	if (b->nrows == 0)
		tmpl_show(d, "no_backings");
	for (size_t i = 0; i < b->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "backing");
		const char *bstatus = db_get(b, i, "status");
		int own = req->user.id && db_get_int(b, i, "author_id") == req->user.id;
		int bvisible = strcmp(bstatus, "visible") == 0;
		int best = db_get_int(b, i, "is_best") != 0;
		page_row(row, b, i); /* bid, handle, body_html (rendered safe by core) */
		when_set(req, row, "age", db_get(b, i, "created_at"), WHEN_AGO);
		long long votes = db_get_int(b, i, "votes");
		tmpl_set(row, "votes_text",
		         arena_printf(req->arena,
		                      ngettext("%lld vote", "%lld votes", (unsigned long)votes),
		                      votes));
		if (db_get_int(b, i, "by_support"))
			tmpl_show(row, "support");
		if (best)
			tmpl_show(row, "best");
		if (strcmp(bstatus, "pending") == 0)
			tmpl_show(row, "b_pending");
		else if (strcmp(bstatus, "hidden") == 0)
			tmpl_show(row, "b_hidden");
		if (!req->user.id || !bvisible)
			continue;
		if (own)
			tmpl_show(row, "own");
		else if (db_get_int(b, i, "my_vote"))
			tmpl_show(row, "voted");
		else
			tmpl_show(row, "can_vote");
		if (is_author && !own && visible)
			tmpl_show(row, best ? "can_unbest" : "can_best");
		if (!own)
			report_form(req, row, "backing_report", post_id, db_get(b, i, "bid"));
	}
	return page_end(req, 200);
}
