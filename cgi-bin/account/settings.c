/*
 * settings.c - GET /account/settings and its two forms: the profile and
 * a new password. The profile is a short bio for everyone; members choose
 * whether the leaderboard shows them; support persons (counsellors) tell
 * their life experience and the topics they know, which their public
 * profile shows. Changing the password logs out every other session.
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
#include "users.h"

static const char SQL_ME[] =
    "SELECT handle, role, bio, DATE_FORMAT(created_at, '%Y-%m-%d'), life_experience, "
    "on_leaderboard FROM users WHERE id = ?";
static const char SQL_PROFILE[] =
    "UPDATE users SET bio = ?, life_experience = ?, on_leaderboard = ? WHERE id = ?";
static const char SQL_TOPICS[] =
    "SELECT t.id, t.name, ut.user_id IS NOT NULL FROM topics t "
    "LEFT JOIN user_topics ut ON ut.topic_id = t.id AND ut.user_id = ? ORDER BY t.position";
static const char SQL_TOPICS_CLEAR[] = "DELETE FROM user_topics WHERE user_id = ?";
static const char SQL_TOPIC_ADD[] =
    "INSERT INTO user_topics (user_id, topic_id) SELECT ?, id FROM topics WHERE id = ?";
static const char SQL_PASSWORD[] = "UPDATE users SET password_hash = ? WHERE id = ?";

static const struct field profile_fields[] = {
    TEXT_FIELD("bio", N_("About you"), 0, LIMIT_BIO_MAX, FIELD_MULTILINE),
    TEXT_FIELD("life_experience", N_("Your life experience"), 0, LIMIT_LIFE_EXPERIENCE_MAX,
               FIELD_MULTILINE),
    TEXT_FIELD("on_leaderboard", N_("Show me on the leaderboard"), 0, 1, 0),
};
#define NPROFILE (sizeof profile_fields / sizeof profile_fields[0])

/* Is topic id among the "topic" values the browser sent? */
static int topic_sent(const struct request *req, const char *id)
{
	for (size_t i = 0; i < req->form.count; i++)
		if (strcmp(req->form.items[i].name, "topic") == 0 &&
		    strcmp(req->form.items[i].value, id) == 0)
			return 1;
	return 0;
}
static const struct field password_fields[] = {
    TEXT_FIELD("current", N_("Current password"), 1, LIMIT_PASSWORD_MAX, FIELD_SECRET),
    TEXT_FIELD("new", N_("New password"), 1, LIMIT_PASSWORD_MAX, FIELD_SECRET),
    TEXT_FIELD("new2", N_("Repeat new password"), 1, LIMIT_PASSWORD_MAX, FIELD_SECRET),
};

/* The settings page; a form that failed comes back with its errors and
 * the text the member typed (bio), never the passwords. */
static int show(struct request *req, const struct form *profile, const struct form *password,
                int status)
{
	struct db_rows *me = db_query_v(req, SQL_ME, "i", req->user.id);
	if (!me || me->nrows != 1)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Your account"), "account/settings.tpl");
	tmpl_set(d, "handle", db_cell(me, 0, 0));
	tmpl_set(d, "role", db_cell(me, 0, 1));
	tmpl_set(d, "since", db_cell(me, 0, 3));
	tmpl_set(d, "bio", db_cell(me, 0, 2));
	tmpl_set_int(d, "bio_max", LIMIT_BIO_MAX);
	tmpl_set(d, "life_experience", db_cell(me, 0, 4));
	tmpl_set_int(d, "life_experience_max", LIMIT_LIFE_EXPERIENCE_MAX);
	int on_board = profile ? strcmp(form_value(profile, "on_leaderboard"), "1") == 0
	                       : db_cell_int(me, 0, 5) != 0;
	if (on_board)
		tmpl_show(d, "on_leaderboard_checked");
	int role = auth_role_parse(db_cell(me, 0, 1));
	if (role == ROLE_MEMBER)
		tmpl_show(d, "is_member");
	if (role == ROLE_COUNSELLOR) {
		tmpl_show(d, "is_counsellor");
		struct db_rows *t = db_query_v(req, SQL_TOPICS, "i", req->user.id);
		if (!t)
			return -1;
		for (size_t i = 0; i < t->nrows; i++) {
			struct tmpl_dict *row = tmpl_add(d, "topic");
			tmpl_set(row, "id", db_cell(t, i, 0));
			tmpl_set(row, "name", db_cell(t, i, 1));
			int known =
			    profile ? topic_sent(req, db_cell(t, i, 0)) : db_cell_int(t, i, 2);
			if (known)
				tmpl_show(row, "checked");
		}
	}
	if (profile)
		form_fill(profile, d);
	if (password)
		form_fill(password, d);
	const char *saved = req_query(req, "saved");
	if (status == 200 && saved) {
		if (strcmp(saved, "welcome") == 0)
			tmpl_show(d, "saved_welcome");
		else if (strcmp(saved, "profile") == 0)
			tmpl_show(d, "saved_profile");
		else if (strcmp(saved, "password") == 0)
			tmpl_show(d, "saved_password");
	}
	return page_end(req, status);
}

int settings_fn(struct request *req)
{
	return show(req, NULL, NULL, 200);
}

int profile_fn(struct request *req)
{
	struct form f;
	if (form_read(req, &req->form, profile_fields, NPROFILE, &f) < 0)
		return show(req, &f, NULL, 400);
	int counsellor = req->user.role == ROLE_COUNSELLOR;
	/* Only support persons have a life-experience text and topics; a
	 * member's form has no such fields and keeps his empty. */
	const char *life = counsellor ? form_value(&f, "life_experience") : "";
	long long on_board = strcmp(form_value(&f, "on_leaderboard"), "1") == 0;
	if (db_begin(req) < 0)
		return -1;
	if (db_exec_v(req, SQL_PROFILE, "ssii", form_value(&f, "bio"), life, on_board,
	              req->user.id) < 0)
		goto fail;
	if (counsellor) {
		if (db_exec_v(req, SQL_TOPICS_CLEAR, "i", req->user.id) < 0)
			goto fail;
		for (size_t i = 0; i < req->form.count; i++) {
			const struct kv *kv = &req->form.items[i];
			if (strcmp(kv->name, "topic") != 0)
				continue;
			long long id = req_parse_id(kv->value);
			if (id > 0 && db_exec_v(req, SQL_TOPIC_ADD, "ii", req->user.id, id) < 0 &&
			    db_errno() != DB_ER_DUP_ENTRY)
				goto fail;
		}
	}
	if (db_commit(req) < 0)
		return -1;
	return res_redirect(req, "/account/settings?saved=profile");
fail:
	db_rollback(req);
	return -1;
}

int password_fn(struct request *req)
{
	struct form f;
	form_read(req, &req->form, password_fields, 3, &f);
	if (!f.errors[1]) {
		const char *why = users_check_password(form_value(&f, "new"));
		if (why)
			form_error(&f, "new",
			           arena_printf(req->arena, "%s %s", _("New password"), why));
	}
	if (!f.errors[1] && !f.errors[2] &&
	    strcmp(form_value(&f, "new"), form_value(&f, "new2")) != 0)
		form_error(&f, "new2", _("The two new passwords are not the same."));
	if (f.failed)
		return show(req, NULL, &f, 400);

	int denied = auth_confirm_password(req, form_value(&f, "current"));
	if (denied < 0)
		return -1;
	if (denied) {
		form_error(&f, "current",
		           denied == 429
		               ? _("Too many wrong passwords. Wait a while and try again.")
		               : _("Your current password is not right."));
		return show(req, NULL, &f, denied);
	}
	char hash[AUTH_HASH_MAX];
	if (auth_password_hash(form_value(&f, "new"), hash) < 0)
		return -1;
	if (db_exec_v(req, SQL_PASSWORD, "si", hash, req->user.id) < 0)
		return -1;
	auth_logout_everywhere(req, req->user.id, req->session_hash);
	auth_audit(req, "account.password", req->user.id, "");
	return res_redirect(req, "/account/settings?saved=password");
}
