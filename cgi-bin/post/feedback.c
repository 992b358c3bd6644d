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
#include "when.h"

static const char SQL_INSERT[] =
    "INSERT INTO feedback (user_id, kind, body) VALUES (NULLIF(?, 0), ?, ?)";
static const char SQL_LIST[] = "SELECT f.id, f.kind, f.body, u.handle, f.created_at "
                               "FROM feedback f LEFT JOIN users u ON u.id = f.user_id "
                               "WHERE f.id < ? ORDER BY f.id DESC LIMIT ?";

/* The kinds, in the order the form lists them; values as stored. */
static const char *const kind_values[] = {"good", "better", "problem", NULL};
static const char *const kind_labels[] = {
    N_("Something is good"),
    N_("Something could be better"),
    N_("Something does not work"),
};

const struct field feedback_query[] = {
    CHECK_FIELD("thanks", N_("Thanks")),
    CHOICE_FIELD("kind", N_("What is it about"), kind_values, 0),
    FIELDS_END,
};

/* kind is picked from the list; absent, the form comes back asking. */
const struct field feedback_fields[] = {
    CHOICE_FIELD("kind", N_("What is it about"), kind_values, 0),
    TEXT_FIELD("body", N_("Your feedback"), LIMIT_FEEDBACK_MIN, LIMIT_FEEDBACK_MAX,
               FIELD_MULTILINE),
    FIELDS_END,
};

const struct field mod_feedback_query[] = {
    ID_FIELD("before", N_("Before"), 0),
    FIELDS_END,
};

static const char *kind_label(const char *value)
{
	for (size_t i = 0; kind_values[i]; i++)
		if (strcmp(value, kind_values[i]) == 0)
			return _(kind_labels[i]);
	return value;
}

static int show(struct request *req, int status)
{
	const char *kind = req_text(req, "kind");
	struct tmpl_dict *d = page_begin(req, _("Feedback to the team"), "post/feedback.tpl");
	tmpl_show(d, "asking");
	for (size_t i = 0; kind_values[i]; i++) {
		struct tmpl_dict *o = tmpl_add(d, "kind_option");
		tmpl_set(o, "value", kind_values[i]);
		tmpl_set(o, "label", _(kind_labels[i]));
		if (strcmp(kind, kind_values[i]) == 0)
			tmpl_show(o, "checked");
	}
	tmpl_set_int(d, "body_min", LIMIT_FEEDBACK_MIN);
	tmpl_set_int(d, "body_max", LIMIT_FEEDBACK_MAX);
	if (!req->user.id)
		tmpl_show(d, "anonymous");
	post_refill(d, req->form_in, NULL);
	return page_end(req, status);
}

int feedback_form_fn(struct request *req)
{
	if (req_int(req, "thanks")) {
		struct tmpl_dict *d = page_begin(req, _("Thank you"), "post/feedback.tpl");
		tmpl_show(d, "thanks");
		return page_end(req, 200);
	}
	return show(req, 200);
}

int feedback_fn(struct request *req)
{
	if (req_int(req, "kind") < 0)
		form_error(req->form_in, "kind", _("Choose what your feedback is about."));
	if (req->form_in->failed)
		return show(req, 400);
	if (db_exec(req, SQL_INSERT, db_int(req->user.id), db_text(req_text(req, "kind")),
	            db_text(req_text(req, "body"))) < 0)
		return -1;
	return res_redirect(req, "/feedback?thanks=1");
}

int mod_feedback_fn(struct request *req)
{
	long long before = req_int(req, "before");
	struct db_rows *r =
	    db_query(req, SQL_LIST, db_int(before ? before : CURSOR_NONE), db_int(PAGE_SIZE + 1));
	if (!r)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Feedback to the team"), "post/mod_feedback.tpl");
	size_t shown = page_list(d, r, PAGE_SIZE, "more", "next_before");
	for (size_t i = 0; i < shown; i++) {
		struct tmpl_dict *row = tmpl_add(d, "item");
		page_row(row, r, i);
		tmpl_set(row, "kind_label", kind_label(db_get(r, i, "kind")));
		tmpl_show(row, db_get(r, i, "handle") ? "member" : "anonymous");
		when_set(req, row, "created", db_get(r, i, "created_at"), WHEN_MOMENT);
	}
	if (shown == 0)
		tmpl_show(d, "none");
	return page_end(req, 200);
}
