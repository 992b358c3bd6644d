/*
 * feedback.c - GET/POST /feedback: anyone, logged in or not, tells the
 * team what is good, what could be better, or about a problem; and GET
 * /mod/feedback, where admins read it, newest first.
 *
 * Feedback from a visitor who is not logged in is stored without a user
 * (user_id NULL); a member's carries his id, so the team can answer.
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

static const char SQL_INSERT[] =
    "INSERT INTO feedback (user_id, kind, body) VALUES (NULLIF(?, 0), ?, ?)";
static const char SQL_LIST[] =
    "SELECT f.id, f.kind, f.body, u.handle, DATE_FORMAT(f.created_at, '%Y-%m-%d %H:%i') "
    "FROM feedback f LEFT JOIN users u ON u.id = f.user_id "
    "WHERE f.id < ? ORDER BY f.id DESC LIMIT ?";

static const struct {
	const char *value;
	const char *label;
} kinds[] = {
    {"good", N_("Something is good")},
    {"better", N_("Something could be better")},
    {"problem", N_("Something does not work")},
};
#define NKINDS (sizeof kinds / sizeof kinds[0])

static const struct field fields[] = {
    TEXT_FIELD("kind", N_("What is it about"), 1, LIMIT_CHOICE_MAX, 0),
    TEXT_FIELD("body", N_("Your feedback"), LIMIT_FEEDBACK_MIN, LIMIT_FEEDBACK_MAX,
               FIELD_MULTILINE),
};

static const char *kind_label(const char *value)
{
	for (size_t i = 0; i < NKINDS; i++)
		if (strcmp(value, kinds[i].value) == 0)
			return _(kinds[i].label);
	return value;
}

static int show(struct request *req, const char *kind, const struct form *f, int status)
{
	struct tmpl_dict *d = page_begin(req, _("Feedback to the team"), "post/feedback.tpl");
	tmpl_show(d, "asking");
	for (size_t i = 0; i < NKINDS; i++) {
		struct tmpl_dict *o = tmpl_add(d, "kind_option");
		tmpl_set(o, "value", kinds[i].value);
		tmpl_set(o, "label", _(kinds[i].label));
		if (kind && strcmp(kind, kinds[i].value) == 0)
			tmpl_show(o, "checked");
	}
	tmpl_set_int(d, "body_min", LIMIT_FEEDBACK_MIN);
	tmpl_set_int(d, "body_max", LIMIT_FEEDBACK_MAX);
	if (!req->user.id)
		tmpl_show(d, "anonymous");
	if (f)
		form_fill(f, d);
	return page_end(req, status);
}

int feedback_form_fn(struct request *req)
{
	const char *thanks = req_query(req, "thanks");
	if (thanks && strcmp(thanks, "1") == 0) {
		struct tmpl_dict *d = page_begin(req, _("Thank you"), "post/feedback.tpl");
		tmpl_show(d, "thanks");
		return page_end(req, 200);
	}
	return show(req, req_query(req, "kind"), NULL, 200);
}

int feedback_fn(struct request *req)
{
	struct form f;
	form_read(req, &req->form, fields, 2, &f);
	const char *kind = form_value(&f, "kind");
	int known = 0;
	for (size_t i = 0; i < NKINDS; i++)
		known |= strcmp(kind, kinds[i].value) == 0;
	if (f.errors[0] || !known) {
		f.errors[0] = NULL;
		form_error(&f, "kind", _("Choose what your feedback is about."));
	}
	if (f.failed)
		return show(req, kind, &f, 400);
	if (db_exec_v(req, SQL_INSERT, "iss", req->user.id, kind, form_value(&f, "body")) < 0)
		return -1;
	return res_redirect(req, "/feedback?thanks=1");
}

int mod_feedback_fn(struct request *req)
{
	long long before = req_query_id(req, "before", 0xffffffffLL);
	struct db_rows *r = db_query_v(req, SQL_LIST, "ii", before, (long long)PAGE_SIZE + 1);
	if (!r)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Feedback to the team"), "post/mod_feedback.tpl");
	size_t shown = page_list(d, r, PAGE_SIZE, "more", "next_before");
	for (size_t i = 0; i < shown; i++) {
		struct tmpl_dict *row = tmpl_add(d, "item");
		tmpl_set(row, "id", db_cell(r, i, 0));
		tmpl_set(row, "kind", db_cell(r, i, 1));
		tmpl_set(row, "kind_label", kind_label(db_cell(r, i, 1)));
		tmpl_set(row, "body", db_cell(r, i, 2));
		if (db_cell(r, i, 3)) {
			tmpl_show(row, "member");
			tmpl_set(row, "handle", db_cell(r, i, 3));
		} else {
			tmpl_show(row, "anonymous");
		}
		tmpl_set(row, "created", db_cell(r, i, 4));
	}
	if (shown == 0)
		tmpl_show(d, "none");
	return page_end(req, 200);
}
