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
 */
#include <string.h>

#include "db.h"
#include "form.h"
#include "i18n.h"
#include "limits.h"
#include "page.h"
#include "post.h"
#include "response.h"
#include "tmpl.h"

static const char SQL_POST[] =
    "SELECT p.title, p.status, u.handle FROM posts p JOIN users u ON u.id = p.user_id "
    "WHERE p.id = ?";
static const char SQL_BACKING[] =
    "SELECT b.status, u.handle FROM backings b JOIN users u ON u.id = b.user_id "
    "WHERE b.id = ? AND b.post_id = ?";
static const char SQL_OPEN[] = "SELECT COUNT(*) FROM reports WHERE reporter_id = ? AND post_id = ? "
                               "AND backing_id <=> NULLIF(?, 0) AND status = 'open'";
static const char SQL_INSERT[] =
    "INSERT INTO reports (reporter_id, post_id, backing_id, reason, note, priority) "
    "VALUES (?, ?, NULLIF(?, 0), ?, ?, ?)";

/* The reasons, in the order the form lists them; values as stored. */
static const struct {
	const char *value;
	const char *label;
	int priority;
} reasons[] = {
    {"bullying", N_("Bullying or harassment"), 0},
    {"personal_info", N_("Personal information: a name, phone number, address or photo"), 1},
    {"sexual_minors", N_("Sexual content involving someone under 18"), 2},
    {"self_harm", N_("Someone may hurt himself"), 2},
    {"spam", N_("Spam or advertising"), 0},
    {"illegal", N_("Something illegal"), 1},
    {"other", N_("Something else"), 0},
};
#define NREASONS (sizeof reasons / sizeof reasons[0])


static const struct field fields[] = {
    TEXT_FIELD("post", N_("Post"), 1, LIMIT_ID_DIGITS, 0),
    TEXT_FIELD("backing", N_("Backing"), 0, LIMIT_ID_DIGITS, 0),
    TEXT_FIELD("reason", N_("Reason"), 1, LIMIT_CHOICE_MAX, 0),
    TEXT_FIELD("note", N_("Anything the moderators should know"), 0, LIMIT_REPORT_NOTE_MAX,
               FIELD_MULTILINE),
};
#define NFIELDS (sizeof fields / sizeof fields[0])

/* What is being reported, as the member sees it. */
struct target {
	long long post_id, backing_id;
	const char *title;  /* the post's */
	const char *author; /* of the post or the backing */
};

/* Find a visible post (and backing of it). 0 found, 1 not found (answered
 * 404), -1 database failure. */
static int find_target(struct request *req, long long post_id, long long backing_id,
                       struct target *t, int *status)
{
	memset(t, 0, sizeof *t);
	struct db_rows *p = post_id ? db_query_v(req, SQL_POST, "i", post_id) : NULL;
	if (post_id && !p)
		return -1;
	if (!p || p->nrows != 1 || strcmp(db_cell(p, 0, 1), "visible") != 0)
		goto missing;
	t->post_id = post_id;
	t->title = db_cell(p, 0, 0);
	t->author = db_cell(p, 0, 2);
	if (backing_id) {
		struct db_rows *b = db_query_v(req, SQL_BACKING, "ii", backing_id, post_id);
		if (!b)
			return -1;
		if (b->nrows != 1 || strcmp(db_cell(b, 0, 0), "visible") != 0)
			goto missing;
		t->backing_id = backing_id;
		t->author = db_cell(b, 0, 1);
	}
	return 0;
missing:
	*status = page_error(req, 404,
	                     _("There is nothing to report here: the post or backing "
	                       "does not exist or is no longer shown."));
	return 1;
}

static int show(struct request *req, const struct target *t, const char *reason,
                const struct form *f, int status)
{
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
	for (size_t i = 0; i < NREASONS; i++) {
		struct tmpl_dict *r = tmpl_add(d, "reason_option");
		tmpl_set(r, "value", reasons[i].value);
		tmpl_set(r, "label", _(reasons[i].label));
		if (reason && strcmp(reason, reasons[i].value) == 0)
			tmpl_show(r, "checked");
	}
	if (f)
		form_fill(f, d);
	return page_end(req, status);
}

int report_form_fn(struct request *req)
{
	struct target t;
	int status;
	int rc = find_target(req, req_query_id(req, "post", 0), req_query_id(req, "backing", 0), &t,
	                     &status);
	if (rc)
		return rc < 0 ? -1 : status;
	return show(req, &t, NULL, NULL, 200);
}

int report_fn(struct request *req)
{
	struct form f;
	form_read(req, &req->form, fields, NFIELDS, &f);
	long long post_id = req_parse_id(form_value(&f, "post"));
	const char *backing = form_value(&f, "backing");
	long long backing_id = *backing ? req_parse_id(backing) : 0;
	if (f.errors[0] || f.errors[1] || !post_id || (*backing && !backing_id))
		return page_error(req, 404,
		                  _("There is nothing to report here: the post or "
		                    "backing does not exist or is no longer shown."));
	struct target t;
	int status;
	int rc = find_target(req, post_id, backing_id, &t, &status);
	if (rc)
		return rc < 0 ? -1 : status;

	const char *reason = form_value(&f, "reason");
	int priority = -1;
	for (size_t i = 0; i < NREASONS; i++)
		if (strcmp(reason, reasons[i].value) == 0)
			priority = reasons[i].priority;
	if (!f.errors[2] && priority < 0)
		form_error(&f, "reason", _("Choose one of the reasons in the list."));
	else if (f.errors[2])
		f.errors[2] = _("Choose the reason that fits best.");
	if (f.failed)
		return show(req, &t, reason, &f, 400);

	struct db_rows *open = db_query_v(req, SQL_OPEN, "iii", req->user.id, post_id, backing_id);
	if (!open)
		return -1;
	if (db_cell_int(open, 0, 0) == 0 &&
	    db_exec_v(req, SQL_INSERT, "iiissi", req->user.id, post_id, backing_id, reason,
	              form_value(&f, "note"), (long long)priority) < 0)
		return -1;
	if (backing_id)
		return res_redirect(
		    req, arena_printf(req->arena, "/p/%lld?reported=1#b%lld", post_id, backing_id));
	return res_redirect(req, arena_printf(req->arena, "/p/%lld?reported=1", post_id));
}
