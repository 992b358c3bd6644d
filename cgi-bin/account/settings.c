/*
 * settings.c - GET /account/settings and its two forms: the profile and
 * a new password (the third, his language, is language.c's). The profile
 * is a short bio for everyone; members choose whether the leaderboard
 * shows them; support persons (counsellors) tell their life experience
 * and the topics they know, which their public profile shows. Changing
 * the password logs out every other session.
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
#include "users.h"
#include "when.h"

static const char SQL_ME[] = "SELECT handle, role, bio, created_at, life_experience, "
                             "on_leaderboard, lang FROM users WHERE id = ?";
static const char SQL_PROFILE[] =
    "UPDATE users SET bio = ?, life_experience = ?, on_leaderboard = ? WHERE id = ?";
static const char SQL_TOPICS[] = "SELECT t.id AS id, " TOPIC_NAME(
    "name") ", ut.user_id IS NOT NULL AS known "
            "FROM topics t " TOPIC_TEXTS_JOIN
            "LEFT JOIN user_topics ut ON ut.topic_id = t.id AND ut.user_id = ? ORDER BY t.position";
static const char SQL_TOPICS_CLEAR[] = "DELETE FROM user_topics WHERE user_id = ?";
static const char SQL_TOPIC_ADD[] =
    "INSERT INTO user_topics (user_id, topic_id) SELECT ?, id FROM topics WHERE id = ?";
static const char SQL_PASSWORD[] = "UPDATE users SET password_hash = ? WHERE id = ?";

/* GET /account/settings?saved=...: which notice to show after a save. */
static const char *const saved_choices[] = {"welcome", "profile", "password", "language", NULL};
const struct field settings_query_fields[] = {
    CHOICE_FIELD("saved", N_("Notice"), saved_choices, 0),
    FIELDS_END,
};

/* The topics a support person ticks are repeated "topic" fields (one per
 * topic ticked): an id list, at most as many as a form has fields. */
const struct field profile_fields[] = {
    TEXT_FIELD("bio", N_("About you"), 0, LIMIT_BIO_MAX, FIELD_MULTILINE),
    TEXT_FIELD("life_experience", N_("Your life experience"), 0, LIMIT_LIFE_EXPERIENCE_MAX,
               FIELD_MULTILINE),
    CHECK_FIELD("on_leaderboard", N_("Show me on the leaderboard")),
    ID_LIST_FIELD("topic", N_("Topics you know well"), LIMIT_FIELDS),
    FIELDS_END,
};

const struct field password_fields[] = {
    TEXT_FIELD("current", N_("Current password"), 1, LIMIT_PASSWORD_MAX, FIELD_SECRET),
    TEXT_FIELD("new", N_("New password"), 1, LIMIT_PASSWORD_MAX, FIELD_SECRET),
    TEXT_FIELD("new2", N_("Repeat new password"), 1, LIMIT_PASSWORD_MAX, FIELD_SECRET),
    FIELDS_END,
};
enum { CURRENT, NEW, NEW2 }; /* password_fields, for their errors */

static int has_id(const long long *ids, size_t n, long long id)
{
	for (size_t i = 0; i < n; i++)
		if (ids[i] == id)
			return 1;
	return 0;
}

/* The settings page; on a POST the form that failed comes back with its
 * errors and what the member typed (bio, ticks), never the passwords. */
static int show(struct request *req, int status)
{
	int profile = req->route->form == profile_fields; /* the profile form came back */
	struct db_rows *me = db_query(req, SQL_ME, db_int(req->user.id));
	if (!me || me->nrows != 1)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Your account"), "account/settings.tpl");
	page_row(d, me, 0);
	when_set(req, d, "since", db_get(me, 0, "created_at"), WHEN_DAY);
	tmpl_set_int(d, "bio_max", LIMIT_BIO_MAX);
	tmpl_set_int(d, "life_experience_max", LIMIT_LIFE_EXPERIENCE_MAX);
	int on_board = profile ? req_int(req, "on_leaderboard") != 0
	                       : db_get_int(me, 0, "on_leaderboard") != 0;
	if (on_board)
		tmpl_show(d, "on_leaderboard_checked");
	int role = auth_role_parse(db_get(me, 0, "role"));
	tmpl_set(d, "role", auth_role_label(role)); /* as the site names it, in his language */
	if (role == ROLE_MEMBER)
		tmpl_show(d, "is_member");
	if (role == ROLE_COUNSELLOR) {
		tmpl_show(d, "is_counsellor");
		struct db_rows *t =
		    db_query(req, SQL_TOPICS, db_text(i18n_lang()), db_int(req->user.id));
		if (!t)
			return -1;
		size_t nsent = 0;
		const long long *sent = profile ? req_ids(req, "topic", &nsent) : NULL;
		for (size_t i = 0; i < t->nrows; i++) {
			struct tmpl_dict *row = tmpl_add(d, "topic");
			page_row(row, t, i);
			if (profile ? has_id(sent, nsent, db_get_int(t, i, "id"))
			            : db_get_int(t, i, "known"))
				tmpl_show(row, "checked");
		}
	}
	page_languages(d, db_get(me, 0, "lang"));
	form_fill(req->form_in, d);
	long long saved = req_is_post(req) ? -1 : req_int(req, "saved");
	if (saved >= 0)
		tmpl_show(d, arena_printf(req->arena, "saved_%s", saved_choices[saved]));
	return page_end(req, status);
}

int settings_fn(struct request *req)
{
	return show(req, 200);
}

/* ROUTE_TX: the profile and the topics are saved together. */
int profile_fn(struct request *req)
{
	if (req->form_in->failed)
		return show(req, 400);
	int counsellor = req->user.role == ROLE_COUNSELLOR;
	/* Only support persons have a life-experience text and topics; a
	 * member's form has no such fields and keeps his empty. */
	const char *life = counsellor ? req_text(req, "life_experience") : "";
	if (db_exec(req, SQL_PROFILE, db_text(req_text(req, "bio")), db_text(life),
	            db_int(req_int(req, "on_leaderboard")), db_int(req->user.id)) < 0)
		return -1;
	if (counsellor) {
		if (db_exec(req, SQL_TOPICS_CLEAR, db_int(req->user.id)) < 0)
			return -1;
		size_t n;
		const long long *ids = req_ids(req, "topic", &n);
		for (size_t i = 0; i < n; i++)
			if (db_exec(req, SQL_TOPIC_ADD, db_int(req->user.id), db_int(ids[i])) < 0 &&
			    db_errno() != DB_ER_DUP_ENTRY)
				return -1;
	}
	return res_redirect(req, "/account/settings?saved=profile");
}

/*
 * Not ROUTE_TX: a wrong current password is recorded (it is throttled
 * like a login) while the answer is 403, and that record must stay. The
 * change itself (the new hash, the other sessions ended, the audit
 * record) is one transaction of its own.
 */
int password_fn(struct request *req)
{
	struct form *f = req->form_in;
	const char *fresh = req_text(req, "new");
	if (!f->errors[NEW]) {
		const char *why = users_check_password(fresh);
		if (why)
			form_error(f, "new",
			           arena_printf(req->arena, "%s %s", _("New password"), why));
	}
	if (!f->errors[NEW] && !f->errors[NEW2] && strcmp(fresh, req_text(req, "new2")) != 0)
		form_error(f, "new2", _("The two new passwords are not the same."));
	if (f->failed)
		return show(req, 400);

	int denied = auth_confirm_password(req, req_text(req, "current"));
	if (denied < 0)
		return -1;
	if (denied) {
		form_error(f, "current",
		           denied == 429
		               ? _("Too many wrong passwords. Wait a while and try again.")
		               : _("Your current password is not right."));
		return show(req, denied);
	}
	char hash[AUTH_HASH_MAX];
	if (auth_password_hash(fresh, hash) < 0)
		return -1;
	if (db_begin(req) < 0)
		return -1;
	if (db_exec(req, SQL_PASSWORD, db_text(hash), db_int(req->user.id)) < 0 ||
	    auth_logout_everywhere(req, req->user.id, req->session_hash) < 0 ||
	    auth_audit(req, "account.password", req->user.id, "") < 0) {
		db_rollback(req);
		return -1;
	}
	if (db_commit(req) < 0)
		return -1;
	return res_redirect(req, "/account/settings?saved=password");
}
