/*
 * support.c - who answers, and whether he is there now (inbox.h):
 *   GET  /support            the support persons for anyone to read: each
 *                            with his bio, life experience and topics,
 *                            whether he is available now, and a link to
 *                            ask him by name; one to ask the first
 *                            available. The available ones come first.
 *   POST /inbox/available    a support person says "available for the
 *                            next 2 / 4 / 8 hours" or "not available"
 *                            (the small form on top of /inbox).
 *
 * Availability is one column, users.available_until (sql/015): available
 * now = available_until > NOW(). The time running out needs no job; "not
 * available" clears it. A member may ask someone who is not available;
 * the page tells him that the answer comes when he is back.
 *
 * Support persons are role counsellor, as /post/ask lists them (an admin
 * also works the inbox but is asked of by no one by name).
 */
#include <string.h>

#include "app.h"
#include "db.h"
#include "form.h"
#include "i18n.h"
#include "inbox.h"
#include "page.h"
#include "response.h"
#include "tmpl.h"
#include "topics.h"
#include "when.h"

/* The support persons, available now first, then by handle. */
static const char SQL_PEOPLE[] =
    "SELECT id, handle, bio, life_experience, COALESCE(available_until > NOW(), 0) AS available "
    "FROM users WHERE role = 'counsellor' ORDER BY available DESC, handle";
/* Every support person's topics in one query, in the reader's language,
 * each person's in the topics' order. */
static const char SQL_TOPICS[] = "SELECT ut.user_id AS user_id, t.slug AS slug, " TOPIC_NAME(
    "name") "FROM user_topics ut JOIN users u ON u.id = ut.user_id "
            "JOIN topics t ON t.id = ut.topic_id " TOPIC_TEXTS_JOIN
            "WHERE u.role = 'counsellor' ORDER BY ut.user_id, t.position, t.id";
/* What the form on /inbox shows: until when he is there (NULL: not now). */
static const char SQL_MINE[] = "SELECT IF(available_until > NOW(), available_until, NULL) "
                               "AS available_until FROM users WHERE id = ?";
static const char SQL_SET[] =
    "UPDATE users SET available_until = NOW() + INTERVAL ? HOUR WHERE id = ?";
static const char SQL_CLEAR[] = "UPDATE users SET available_until = NULL WHERE id = ?";

/* POST /inbox/available: hours=off|2|4|8 (anything else: 400 at the door). */
static const char *const hours_keys[] = {"off", "2", "4", "8", NULL};
static const int hours_values[] = {0, 2, 4, 8};

const struct field support_available_fields[] = {
    CHOICE_FIELD("hours", N_("Available"), hours_keys, FIELD_REQUIRED),
    FIELDS_END,
};

int support_fn(struct request *req)
{
	struct db_rows *p = db_query(req, SQL_PEOPLE);
	struct db_rows *t = p ? db_query(req, SQL_TOPICS, db_text(i18n_lang())) : NULL;
	if (!t)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Support persons"), "inbox/support.tpl");
	if (p->nrows == 0)
		tmpl_show(d, "nobody");
	for (size_t i = 0; i < p->nrows; i++) {
		struct tmpl_dict *s = tmpl_add(d, "person");
		page_row(s, p, i); /* id, handle, bio, life_experience */
		const char *bio = db_get(p, i, "bio");
		const char *life = db_get(p, i, "life_experience");
		/* His life experience is what a member chooses him by: it has
		 * its heading; the bio shows above it when it says something
		 * else (the demo's support persons have the same words in both). */
		if (*life)
			tmpl_show(s, "has_life_experience");
		if (*bio && strcmp(life, bio) != 0)
			tmpl_show(s, "has_bio");
		tmpl_show(s, db_get_int(p, i, "available") ? "available" : "away");
		long long uid = db_get_int(p, i, "id");
		int topics = 0;
		for (size_t j = 0; j < t->nrows; j++)
			if (db_get_int(t, j, "user_id") == uid) {
				page_row(tmpl_add(s, "topic"), t, j); /* slug, name, name_lang */
				topics = 1;
			}
		if (topics)
			tmpl_show(s, "has_topics");
	}
	return page_end(req, 200);
}

int support_available_form(struct request *req, struct tmpl_dict *d)
{
	struct db_rows *r = db_query(req, SQL_MINE, db_int(req->user.id));
	if (!r)
		return -1;
	struct tmpl_dict *f = tmpl_add(d, "available_form");
	const char *until = r->nrows == 1 ? db_get(r, 0, "available_until") : NULL;
	if (until) {
		tmpl_show(f, "is_available");
		when_set(req, f, "until", until, WHEN_MOMENT);
	} else
		tmpl_show(f, "is_away");
	return 0;
}

int support_available_fn(struct request *req)
{
	int hours = hours_values[req_int(req, "hours")];
	long long n = hours ? db_exec(req, SQL_SET, db_int(hours), db_int(req->user.id))
	                    : db_exec(req, SQL_CLEAR, db_int(req->user.id));
	if (n < 0)
		return -1;
	return res_redirect(req, "/inbox");
}
