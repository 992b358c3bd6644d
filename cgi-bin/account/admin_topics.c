/*
 * admin_topics.c - GET /admin/topics and POST /admin/topics: admins edit
 * the community's topics (name, description, order) and add new ones. A
 * topic's slug is its address (/t/<slug>) and is fixed once posts use it,
 * so only new topics take a slug. Topics are not deleted here: posts
 * point at them; rename or reorder instead.
 *
 * The name and description are the default words (English), shown in
 * every language that has none of its own; each other shipped language
 * has its pair beside them (table topic_texts, sql/013). An empty name or
 * description in a language falls back to the default; both empty remove
 * the language's row.
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
#include "text.h"
#include "tmpl.h"
#include "topics.h"

/* The languages with words of their own, beside the default English: the
 * shipped languages of core/i18n.c but English, each with its two fields
 * below. */
static const struct topic_language {
	const char *code;
	const char *name_field, *description_field;
	const char *name_label; /* as the name field's label */
} languages[] = {
    {"da", "name_da", "description_da", N_("Name in Danish")},
    {"sv", "name_sv", "description_sv", N_("Name in Swedish")},
};
#define NLANGUAGES (sizeof languages / sizeof languages[0])

/* The form's values are named as the fields below: name_da, ... */
static const char SQL_TOPICS[] =
    "SELECT t.id AS id, t.slug AS slug, t.name AS name, t.description AS description, "
    "t.position AS position, "
    "COALESCE(da.name, '') AS name_da, COALESCE(da.description, '') AS description_da, "
    "COALESCE(sv.name, '') AS name_sv, COALESCE(sv.description, '') AS description_sv "
    "FROM topics t "
    "LEFT JOIN topic_texts da ON da.topic_id = t.id AND da.lang = 'da' "
    "LEFT JOIN topic_texts sv ON sv.topic_id = t.id AND sv.lang = 'sv' "
    "ORDER BY t.position, t.id";
static const char SQL_UPDATE[] =
    "UPDATE topics SET name = ?, description = ?, position = ? WHERE id = ?";
static const char SQL_INSERT[] =
    "INSERT INTO topics (slug, name, description, position) VALUES (?, ?, ?, ?)";
/* A language's words; NULL for one left empty, which shows the default.
 * An id that is no topic saves nothing, as SQL_UPDATE changes nothing. */
static const char SQL_TEXT_SAVE[] =
    "INSERT INTO topic_texts (topic_id, lang, name, description) "
    "SELECT id, ?, ?, ? FROM topics WHERE id = ? "
    "ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description)";
static const char SQL_TEXT_DELETE[] = "DELETE FROM topic_texts WHERE topic_id = ? AND lang = ?";

/* GET /admin/topics?saved=1 */
const struct field admin_topics_query_fields[] = {
    CHECK_FIELD("saved", N_("Saved")),
    FIELDS_END,
};
/* POST /admin/topics: with an id, that topic's edit; without, a new one
 * (only a new topic takes a slug). A language's name may be empty (the
 * default shows); when given, it is held to the default name's minimum
 * in admin_topic_save_fn. */
const struct field admin_topic_fields[] = {
    ID_FIELD("id", N_("Topic"), 0),
    TEXT_FIELD("slug", N_("Address"), 0, LIMIT_TOPIC_SLUG_MAX, 0),
    TEXT_FIELD("name", N_("Name"), LIMIT_TOPIC_NAME_MIN, LIMIT_TOPIC_NAME_MAX, 0),
    TEXT_FIELD("description", N_("Description"), 0, LIMIT_TOPIC_DESCRIPTION_MAX, 0),
    TEXT_FIELD("name_da", N_("Name in Danish"), 0, LIMIT_TOPIC_NAME_MAX, 0),
    TEXT_FIELD("description_da", N_("Description in Danish"), 0, LIMIT_TOPIC_DESCRIPTION_MAX, 0),
    TEXT_FIELD("name_sv", N_("Name in Swedish"), 0, LIMIT_TOPIC_NAME_MAX, 0),
    TEXT_FIELD("description_sv", N_("Description in Swedish"), 0, LIMIT_TOPIC_DESCRIPTION_MAX, 0),
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

/* A language's name, when given, is held to the default name's minimum
 * (the field itself may be empty: see admin_topic_fields). */
static void check_language_names(struct request *req, struct form *f)
{
	for (size_t i = 0; i < NLANGUAGES; i++) {
		const char *name = req_text(req, languages[i].name_field);
		long n = utf8_count(name, strlen(name));
		if (n > 0 && n < LIMIT_TOPIC_NAME_MIN)
			form_error(
			    f, languages[i].name_field,
			    arena_printf(req->arena, "%s %s", _(languages[i].name_label),
			                 arena_printf(req->arena,
			                              _("is too short: at least %d characters"),
			                              LIMIT_TOPIC_NAME_MIN)));
	}
}

/* Each language's words for topic id: saved, or removed when both are
 * empty. -1 on database failure. */
static int save_languages(struct request *req, long long id)
{
	for (size_t i = 0; i < NLANGUAGES; i++) {
		const char *name = req_text(req, languages[i].name_field);
		const char *description = req_text(req, languages[i].description_field);
		long long n =
		    *name || *description
		        ? db_exec(req, SQL_TEXT_SAVE, db_text(languages[i].code),
		                  *name ? db_text(name) : db_null(),
		                  *description ? db_text(description) : db_null(), db_int(id))
		        : db_exec(req, SQL_TEXT_DELETE, db_int(id), db_text(languages[i].code));
		if (n < 0)
			return -1;
	}
	return 0;
}

int admin_topics_fn(struct request *req)
{
	return show(req, 200);
}

/* ROUTE_TX: the topic, its words in each language and its audit record
 * are written together. */
int admin_topic_save_fn(struct request *req)
{
	struct form *f = req->form_in;
	long long id = req_int(req, "id");
	if (!id && !topic_slug_valid(req_text(req, "slug")))
		form_error(f, "slug",
		           _("Address must be at least 2 of the letters a-z, digits and -."));
	check_language_names(req, f);
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
	if (save_languages(req, id ? id : db_last_id()) < 0)
		return -1;
	if (auth_audit(req, id ? "topic.edit" : "topic.add", 0, name) < 0)
		return -1;
	return res_redirect(req, "/admin/topics?saved=1");
}
