/*
 * report.c - GET/POST /post/report?post=<id>[&backing=<id>]: a member
 * tells the moderators about a post or a backing, with a reason and an
 * optional note.
 *
 * The reasons that may mean a child is in danger (self-harm, sexual
 * content involving minors) get priority 2 and top the queue with the
 * crisis reports; personal information and illegal content come next
 * (1); the rest in order of arrival (0). A member who reports the same
 * thing twice while the first report is still open gets the same thanks
 * and no second row.
 *
 * A member may send REPORTS_PER_HOUR an hour (nginx limits bursts per
 * address in front; issue 8, finding 9): more is a script, and the form
 * comes back (429) with his note kept. Moderators have no cap.
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

static const char SQL_POST[] =
    "SELECT p.title, p.status, u.handle FROM posts p JOIN users u ON u.id = p.user_id "
    "WHERE p.id = ?";
static const char SQL_BACKING[] =
    "SELECT b.status, u.handle FROM backings b JOIN users u ON u.id = b.user_id "
    "WHERE b.id = ? AND b.post_id = ?";
static const char SQL_OPEN[] = "SELECT id FROM reports WHERE reporter_id = ? AND post_id = ? "
                               "AND backing_id <=> NULLIF(?, 0) AND status = 'open' LIMIT 1";
/* What the member reported in the last hour. */
static const char SQL_RECENT[] = RULES_SQL_RECENT("reports", "reporter_id");
static const char SQL_INSERT[] =
    "INSERT INTO reports (reporter_id, post_id, backing_id, reason, note, priority) "
    "VALUES (?, ?, NULLIF(?, 0), ?, ?, ?)";

const struct field report_query[] = {
    ID_FIELD("post", N_("Post"), 0),
    ID_FIELD("backing", N_("Backing"), 0),
    FIELDS_END,
};

/* The reason is checked here against reports.h (not as a CHOICE_FIELD at
 * the door) so that a reason not on the list comes back as the form,
 * filled in, with the member's note kept. */
const struct field report_fields[] = {
    ID_FIELD("post", N_("Post"), 0),
    ID_FIELD("backing", N_("Backing"), 0),
    TEXT_FIELD("reason", N_("Reason"), 1, LIMIT_CHOICE_MAX, 0),
    TEXT_FIELD("note", N_("Anything the moderators should know"), 0, LIMIT_REPORT_NOTE_MAX,
               FIELD_MULTILINE),
    FIELDS_END,
};

/* What is being reported, as the member sees it. */
struct target {
	long long post_id, backing_id;
	const char *title;  /* the post's */
	const char *author; /* of the post or the backing */
};

/* Find a visible post (and backing of it). 0 found, 1 not found (answered
 * 404), -1 database failure. */
static int find_target(struct request *req, struct target *t, int *status)
{
	memset(t, 0, sizeof *t);
	long long post_id = req_int(req, "post"), backing_id = req_int(req, "backing");
	struct db_rows *p = db_query(req, SQL_POST, db_int(post_id));
	if (!p)
		return -1;
	struct db_rows *b = NULL;
	if (backing_id && !(b = db_query(req, SQL_BACKING, db_int(backing_id), db_int(post_id))))
		return -1;
	if (p->nrows != 1 || status_of(db_get(p, 0, "status")) != STATUS_VISIBLE ||
	    (b && (b->nrows != 1 || status_of(db_get(b, 0, "status")) != STATUS_VISIBLE))) {
		*status = page_error(req, 404,
		                     _("There is nothing to report here: the post or backing "
		                       "does not exist or is no longer shown."));
		return 1;
	}
	t->post_id = post_id;
	t->backing_id = backing_id;
	t->title = db_get(p, 0, "title");
	t->author = db_get(b ? b : p, 0, "handle");
	return 0;
}

/* Reports one member may send an hour: more than a person sends even in
 * a wave of spam; a script is stopped at once. */
static int show(struct request *req, const struct target *t, int status, const char *notice)
{
	const char *reason = req_text(req, "reason");
	struct tmpl_dict *d = page_begin(req, _("Report to the moderators"), "post/report.tpl");
	tmpl_set_int(d, "post", t->post_id);
	if (t->backing_id) {
		tmpl_set_int(d, "backing", t->backing_id);
		tmpl_show(d, "is_backing");
	} else {
		tmpl_show(d, "is_post");
	}
	tmpl_set(d, "post_title", t->title);
	tmpl_set(d, "author", t->author);
	tmpl_set_int(d, "note_max", LIMIT_REPORT_NOTE_MAX);
	for (size_t i = 0; i < report_nreasons; i++) {
		struct tmpl_dict *r = tmpl_add(d, "reason_option");
		tmpl_set(r, "value", report_reasons[i].value);
		tmpl_set(r, "label", _(report_reasons[i].label));
		if (strcmp(reason, report_reasons[i].value) == 0)
			tmpl_show(r, "checked");
	}
	post_refill(d, req->form_in, notice);
	return page_end(req, status);
}

int report_form_fn(struct request *req)
{
	struct target t;
	int status;
	int rc = find_target(req, &t, &status);
	if (rc)
		return rc < 0 ? -1 : status;
	return show(req, &t, 200, NULL);
}

int report_fn(struct request *req)
{
	struct target t;
	int status;
	int rc = find_target(req, &t, &status);
	if (rc)
		return rc < 0 ? -1 : status;

	struct form *f = req->form_in;
	const struct report_reason *why = report_reason_find(req_text(req, "reason"));
	if (f->errors[2])
		f->errors[2] = _("Choose the reason that fits best.");
	else if (!why)
		form_error(f, "reason", _("Choose one of the reasons in the list."));
	if (f->failed)
		return show(req, &t, 400, NULL);
	int over = rules_over_hour(req, SQL_RECENT, db_int(req->user.id), REPORTS_PER_HOUR);
	if (over < 0)
		return -1;
	if (over)
		return show(req, &t, 429,
		            arena_printf(req->arena,
		                         _("You can send %d reports an hour. Your note is still "
		                           "here: send it again a little later."),
		                         REPORTS_PER_HOUR));

	struct db_rows *open =
	    db_query(req, SQL_OPEN, db_int(req->user.id), db_int(t.post_id), db_int(t.backing_id));
	if (!open)
		return -1;
	if (open->nrows == 0 &&
	    db_exec(req, SQL_INSERT, db_int(req->user.id), db_int(t.post_id), db_int(t.backing_id),
	            db_text(why->value), db_text(req_text(req, "note")), db_int(why->priority)) < 0)
		return -1;
	if (t.backing_id)
		return res_redirect(req, arena_printf(req->arena, "/p/%lld?reported=1#b%lld",
		                                      t.post_id, t.backing_id));
	return res_redirect(req, arena_printf(req->arena, "/p/%lld?reported=1", t.post_id));
}
