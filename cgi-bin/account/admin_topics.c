/*
 * admin_topics.c - GET /admin/topics and POST /admin/topics: admins edit
 * the community's topics (name, description, order) and add new ones. A
 * topic's slug is its address (/t/<slug>) and is fixed once posts use it,
 * so only new topics take a slug. Topics are not deleted here: posts
 * point at them; rename or reorder instead.
 */
#include <stdlib.h>
#include <string.h>

#include "account.h"
#include "auth.h"
#include "db.h"
#include "form.h"
#include "i18n.h"
#include "limits.h"
#include "page.h"
#include "response.h"
#include "tmpl.h"

static const char SQL_TOPICS[] =
    "SELECT id, slug, name, description, position FROM topics ORDER BY position, id";
static const char SQL_UPDATE[] =
    "UPDATE topics SET name = ?, description = ?, position = ? WHERE id = ?";
static const char SQL_INSERT[] =
    "INSERT INTO topics (slug, name, description, position) VALUES (?, ?, ?, ?)";

static const struct field fields[] = {
    TEXT_FIELD("id", N_("Topic"), 0, 6, 0),
    TEXT_FIELD("slug", N_("Address"), 0, LIMIT_TOPIC_SLUG_MAX, 0),
    TEXT_FIELD("name", N_("Name"), 2, LIMIT_TOPIC_NAME_MAX, 0),
    TEXT_FIELD("description", N_("Description"), 0, LIMIT_TOPIC_DESCRIPTION_MAX, 0),
    TEXT_FIELD("position", N_("Order"), 1, 5, 0),
};
#define NFIELDS (sizeof fields / sizeof fields[0])

/* The list; failed (with the id it was for, "" = the new-topic form)
 * comes back filled in with its errors. */
static int show(struct request *req, const struct form *failed, const char *failed_id, int status)
{
	struct db_rows *t = db_query_v(req, SQL_TOPICS, "");
	if (!t)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Topics"), "account/admin_topics.tpl");
	for (size_t i = 0; i < t->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "topic");
		tmpl_set(row, "id", db_cell(t, i, 0));
		tmpl_set(row, "slug", db_cell(t, i, 1));
		tmpl_set(row, "name", db_cell(t, i, 2));
		tmpl_set(row, "description", db_cell(t, i, 3));
		tmpl_set(row, "position", db_cell(t, i, 4));
		if (failed && strcmp(failed_id, db_cell(t, i, 0)) == 0)
			form_fill(failed, row);
	}
	struct tmpl_dict *add = tmpl_add(d, "new_topic");
	tmpl_set_int(add, "position", (long long)(t->nrows + 1) * 10);
	if (failed && !*failed_id)
		form_fill(failed, add);
	if (req_query(req, "saved"))
		tmpl_show(d, "saved");
	return page_end(req, status);
}

int admin_topics_fn(struct request *req)
{
	return show(req, NULL, NULL, 200);
}

static int slug_ok(const char *s)
{
	size_t n = strlen(s);
	if (n < 2)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
			return 0;
	return 1;
}

int admin_topic_save_fn(struct request *req)
{
	struct form f;
	form_read(req, &req->form, fields, NFIELDS, &f);
	const char *id_text = form_value(&f, "id");
	long long id = req_parse_id(id_text);
	if (*id_text && id == 0)
		return page_error(req, 400, _("The topic to change is not a valid id."));
	char *end;
	long position = strtol(form_value(&f, "position"), &end, 10);
	if (*end || position < 0 || position > 9999)
		form_error(&f, "position", _("Order must be a number from 0 to 9999."));
	if (!id && !slug_ok(form_value(&f, "slug")))
		form_error(&f, "slug",
		           _("Address must be at least 2 of the letters a-z, digits and -."));
	if (f.failed)
		return show(req, &f, id ? id_text : "", 400);

	long long n;
	if (id)
		n = db_exec_v(req, SQL_UPDATE, "ssii", form_value(&f, "name"),
		              form_value(&f, "description"), (long long)position, id);
	else
		n = db_exec_v(req, SQL_INSERT, "sssi", form_value(&f, "slug"),
		              form_value(&f, "name"), form_value(&f, "description"),
		              (long long)position);
	if (n < 0 && db_errno() == DB_ER_DUP_ENTRY) {
		form_error(&f, "slug", _("A topic already has that address."));
		return show(req, &f, "", 409);
	}
	if (n < 0)
		return -1;
	auth_audit(req, id ? "topic.edit" : "topic.add", 0, form_value(&f, "name"));
	return res_redirect(req, "/admin/topics?saved=1");
}
