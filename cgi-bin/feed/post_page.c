/*
 * post_page.c - GET /p/<id>: one post and its backings.
 *
 * Who sees what:
 *   - a visible post: everyone;
 *   - a pending post ("waiting for approval") or a hidden one ("hidden by
 *     a moderator"): its author and moderators (admin, counsellor); to
 *     everybody else it does not exist (404, the same page as a wrong id);
 *   - backings: visible ones to everyone; pending or hidden ones to their
 *     own author and to moderators, marked as such.
 * Best backings come first, then the rest oldest first. A backing written
 * by a support person carries a mark. The crisis box (where to get help
 * right now) is shown to the post's author only: to others it would say
 * something about him that is his to tell.
 *
 * Every form posts to the post executable: back, vote, best and report
 * (a <details> under the post and each backing); the author's links to
 * ask a support person, edit and delete lead to its pages.
 *
 * Queries: the post (joined to its topic and author, with its question
 * status), and the backings joined to their authors and to the viewer's
 * own votes (votes' primary key), so two in all whatever the number of
 * backings.
 */
#include <libintl.h>
#include <string.h>

#include "auth.h"
#include "db.h"
#include "feed.h"
#include "i18n.h"
#include "page.h"
#include "tmpl.h"

static const char SQL_POST[] =
    "SELECT p.id, p.user_id, p.title, p.body_html, p.status, p.crisis, p.created_at, "
    "p.updated_at, p.backing_count, p.support_answered, t.slug, t.name, u.handle, "
    "(SELECT COUNT(*) FROM questions q WHERE q.post_id = p.id), "
    "(SELECT COUNT(*) FROM questions q WHERE q.post_id = p.id AND q.status = 'answered') "
    "FROM posts p JOIN topics t ON t.id = p.topic_id JOIN users u ON u.id = p.user_id "
    "WHERE p.id = ?";

static const char SQL_BACKINGS[] =
    "SELECT b.id, b.user_id, u.handle, b.body_html, b.status, b.by_support, b.is_best, "
    "b.votes, b.created_at, v.user_id IS NOT NULL "
    "FROM backings b JOIN users u ON u.id = b.user_id "
    "LEFT JOIN votes v ON v.backing_id = b.id AND v.user_id = ? "
    "WHERE b.post_id = ? AND (b.status = 'visible' OR b.user_id = ? OR ? = 1) "
    "ORDER BY b.is_best DESC, b.id ASC";

/* The reasons of table reports, as the report form offers them. */
static const struct {
	const char *value;
	const char *label;
} reasons[] = {
    {"bullying", N_("Bullying or harassment")},
    {"personal_info", N_("Personal information: a name, phone number, address or photo")},
    {"sexual_minors", N_("Sexual content involving someone under 18")},
    {"self_harm", N_("Someone may hurt himself")},
    {"spam", N_("Spam or advertising")},
    {"illegal", N_("Something illegal")},
    {"other", N_("Something else")},
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
	for (size_t i = 0; i < sizeof reasons / sizeof reasons[0]; i++) {
		struct tmpl_dict *o = tmpl_add(f, "reason");
		tmpl_set(o, "value", reasons[i].value);
		tmpl_set(o, "label", _(reasons[i].label));
	}
}

int post_page_fn(struct request *req)
{
	long long id = req_parse_id(req->args[0]);
	struct db_rows *p = id ? db_query_v(req, SQL_POST, "i", id) : NULL;
	if (id && !p)
		return -1;
	static const char *gone = N_("There is no post at this address. It may have been removed, "
	                             "or the link may be mistyped.");
	if (!p || p->nrows != 1)
		return page_error(req, 404, _(gone));

	const char *status = db_cell(p, 0, 4);
	int is_author = req->user.id && db_cell_int(p, 0, 1) == req->user.id;
	int is_mod = auth_is_moderator(req);
	int visible = strcmp(status, "visible") == 0;
	if (!visible && !is_author && !is_mod)
		return page_error(req, 404, _(gone));

	struct db_rows *b = db_query_v(req, SQL_BACKINGS, "iiii", req->user.id, id, req->user.id,
	                               (long long)is_mod);
	if (!b)
		return -1;

	const char *post_id = db_cell(p, 0, 0);
	struct tmpl_dict *d = page_begin(req, db_cell(p, 0, 2), "feed/post_page.tpl");
	tmpl_set(d, "id", post_id);
	tmpl_set(d, "title", db_cell(p, 0, 2));
	tmpl_set(d, "body_html", db_cell(p, 0, 3)); /* rendered safe by core's Markdown */
	feed_set_age(req, d, "age", db_cell(p, 0, 6));
	if (db_cell(p, 0, 7))
		tmpl_show(d, "edited");
	tmpl_set(d, "slug", db_cell(p, 0, 10));
	tmpl_set(d, "topic", db_cell(p, 0, 11));
	tmpl_set(d, "author", db_cell(p, 0, 12));
	tmpl_set(d, "backings_text", feed_backings_text(req, db_cell_int(p, 0, 8)));

	if (strcmp(status, "pending") == 0)
		tmpl_show(d, is_author ? "pending_author" : "pending_mod");
	else if (strcmp(status, "hidden") == 0)
		tmpl_show(d, is_author ? "hidden_author" : "hidden_mod");
	if (is_author && db_cell_int(p, 0, 5))
		tmpl_show(d, "crisis");
	if (db_cell_int(p, 0, 14) > 0 || db_cell_int(p, 0, 9))
		tmpl_show(d, "question_answered");
	else if (db_cell_int(p, 0, 13) > 0)
		tmpl_show(d, "question_asked");

	const char *notice = req_query(req, "reported");
	if (notice && strcmp(notice, "1") == 0)
		tmpl_show(d, "reported");
	notice = req_query(req, "asked");
	if (notice && strcmp(notice, "1") == 0)
		tmpl_show(d, "asked");

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
		const char *bid = db_cell(b, i, 0);
		const char *bstatus = db_cell(b, i, 4);
		int own = req->user.id && db_cell_int(b, i, 1) == req->user.id;
		int bvisible = strcmp(bstatus, "visible") == 0;
		tmpl_set(row, "bid", bid);
		tmpl_set(row, "handle", db_cell(b, i, 2));
		tmpl_set(row, "body_html", db_cell(b, i, 3)); /* rendered safe by core */
		feed_set_age(req, row, "age", db_cell(b, i, 8));
		long long votes = db_cell_int(b, i, 7);
		tmpl_set(row, "votes_text",
		         arena_printf(req->arena,
		                      ngettext("%lld vote", "%lld votes", (unsigned long)votes),
		                      votes));
		if (db_cell_int(b, i, 5))
			tmpl_show(row, "support");
		if (db_cell_int(b, i, 6))
			tmpl_show(row, "best");
		if (strcmp(bstatus, "pending") == 0)
			tmpl_show(row, "b_pending");
		else if (strcmp(bstatus, "hidden") == 0)
			tmpl_show(row, "b_hidden");
		if (!req->user.id || !bvisible)
			continue;
		if (own)
			tmpl_show(row, "own");
		else if (db_cell_int(b, i, 9))
			tmpl_show(row, "voted");
		else
			tmpl_show(row, "can_vote");
		if (is_author && !own && visible)
			tmpl_show(row, db_cell_int(b, i, 6) ? "can_unbest" : "can_best");
		if (!own)
			report_form(req, row, "backing_report", post_id, bid);
	}
	return page_end(req, 200);
}
