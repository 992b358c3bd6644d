/*
 * admin_topics.c - GET /admin/topics and POST /admin/topics: admins edit
 * the community's topics (name, description, order) and add new ones. A
 * topic's slug is its address (/t/<slug>) and is fixed once posts use it,
 * so only new topics take a slug. Topics are not deleted here: posts
 * point at them; rename or reorder instead.
 */
#include <string.h>

#include "account.h"
#include "app.h"
#include "auth.h"
#include "db.h"
#include "form.h"
#include "i18n.h"
#include "limits.h"
#include "page.h"
#include "response.h"
#include "tmpl.h"
#include "topics.h"

static const char SQL_TOPICS[] =
    "SELECT id, slug, name, description, position FROM topics ORDER BY position, id";
static const char SQL_UPDATE[] =
    "UPDATE topics SET name = ?, description = ?, position = ? WHERE id = ?";
static const char SQL_INSERT[] =
    "INSERT INTO topics (slug, name, description, position) VALUES (?, ?, ?, ?)";

/* GET /admin/topics?saved=1 */
const struct field admin_topics_query_fields[] = {
    CHECK_FIELD("saved", N_("Saved")),
    FIELDS_END,
};
/* POST /admin/topics: with an id, that topic's edit; without, a new one
 * (only a new topic takes a slug). */
const struct field admin_topic_fields[] = {
    ID_FIELD("id", N_("Topic"), 0),
    TEXT_FIELD("slug", N_("Address"), 0, LIMIT_TOPIC_SLUG_MAX, 0),
    TEXT_FIELD("name", N_("Name"), 2, LIMIT_TOPIC_NAME_MAX, 0),
    TEXT_FIELD("description", N_("Description"), 0, LIMIT_TOPIC_DESCRIPTION_MAX, 0),
    INT_FIELD("position", N_("Order"), 0, 9999, FIELD_REQUIRED),
    FIELDS_END,
};

/* The list. On a POST the form sent comes back filled in with its errors:
 * in the card of the topic it was for, or as the new-topic form. */
static int show(struct request *req, int status)
{
	struct db_rows *t = db_query(req, SQL_TOPICS);
	if (!t)
		return -1;
	int refill = req_is_post(req);
	long long failed_id = req_int(req, "id");
	struct tmpl_dict *d = page_begin(req, _("Topics"), "account/admin_topics.tpl");
	for (size_t i = 0; i < t->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "topic");
		page_row(row, t, i);
		if (refill && failed_id == db_get_int(t, i, "id"))
			form_fill(req->form_in, row);
	}
	struct tmpl_dict *add = tmpl_add(d, "new_topic");
	tmpl_set_int(add, "position", (long long)(t->nrows + 1) * 10);
	if (refill && !failed_id)
		form_fill(req->form_in, add);
	if (req_int(req, "saved"))
		tmpl_show(d, "saved");
	return page_end(req, status);
}

int admin_topics_fn(struct request *req)
{
	return show(req, 200);
}

/* ROUTE_TX: the topic and its audit record are written together. */
int admin_topic_save_fn(struct request *req)
{
	struct form *f = req->form_in;
	long long id = req_int(req, "id");
	if (!id && !topic_slug_valid(req_text(req, "slug")))
		form_error(f, "slug",
		           _("Address must be at least 2 of the letters a-z, digits and -."));
	if (f->failed)
		return show(req, 400);

	const char *name = req_text(req, "name");
	const char *description = req_text(req, "description");
	long long position = req_int(req, "position");
	long long n;
	if (id)
		n = db_exec(req, SQL_UPDATE, db_text(name), db_text(description), db_int(position),
		            db_int(id));
	else
		n = db_exec(req, SQL_INSERT, db_text(req_text(req, "slug")), db_text(name),
		            db_text(description), db_int(position));
	if (n < 0 && db_errno() == DB_ER_DUP_ENTRY) {
		form_error(f, "slug", _("A topic already has that address."));
		return show(req, 409);
	}
	if (n < 0)
		return -1;
	if (auth_audit(req, id ? "topic.edit" : "topic.add", 0, name) < 0)
		return -1;
	return res_redirect(req, "/admin/topics?saved=1");
}
