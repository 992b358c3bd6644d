/*
 * settings.c - GET /account/settings and its two forms: the profile (a
 * short bio) and a new password. Changing the password logs out every
 * other session of the account.
 */
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
    "SELECT handle, role, bio, DATE_FORMAT(created_at, '%Y-%m-%d'), password_hash "
    "FROM users WHERE id = ?";
static const char SQL_BIO[] = "UPDATE users SET bio = ? WHERE id = ?";
static const char SQL_PASSWORD[] = "UPDATE users SET password_hash = ? WHERE id = ?";

static const struct field profile_fields[] = {
    {"bio", N_("About you"), 0, LIMIT_BIO_MAX, FIELD_MULTILINE},
};
static const struct field password_fields[] = {
    {"current", N_("Current password"), 1, LIMIT_PASSWORD_MAX, FIELD_SECRET},
    {"new", N_("New password"), 1, LIMIT_PASSWORD_MAX, FIELD_SECRET},
    {"new2", N_("Repeat new password"), 1, LIMIT_PASSWORD_MAX, FIELD_SECRET},
};

/* The settings page; a form that failed comes back with its errors and
 * the text the member typed (bio), never the passwords. */
static int show(struct request *req, const struct form *profile, const struct form *password,
                int status)
{
	struct db_rows *me = db_query(req, SQL_ME, "i", req->user.id);
	if (!me || me->nrows != 1)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Your account"), "account/settings.tpl");
	tmpl_set(d, "handle", db_cell(me, 0, 0));
	tmpl_set(d, "role", db_cell(me, 0, 1));
	tmpl_set(d, "since", db_cell(me, 0, 3));
	tmpl_set(d, "bio", db_cell(me, 0, 2));
	tmpl_set_int(d, "bio_max", LIMIT_BIO_MAX);
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
	if (form_read(req, &req->form, profile_fields, 1, &f) < 0)
		return show(req, &f, NULL, 400);
	if (db_exec(req, SQL_BIO, "si", form_value(&f, "bio"), req->user.id) < 0)
		return -1;
	return res_redirect(req, "/account/settings?saved=profile");
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

	int wait = auth_throttled(req, req->user.handle);
	if (wait < 0)
		return -1;
	if (wait > 0) {
		form_error(&f, "current",
		           _("Too many wrong passwords. Wait a while and try again."));
		return show(req, NULL, &f, 429);
	}
	struct db_rows *me = db_query(req, SQL_ME, "i", req->user.id);
	if (!me || me->nrows != 1)
		return -1;
	if (auth_password_verify(db_cell(me, 0, 4), form_value(&f, "current")) < 0) {
		auth_note_failure(req, req->user.handle);
		form_error(&f, "current", _("Your current password is not right."));
		return show(req, NULL, &f, 403);
	}
	char hash[AUTH_HASH_MAX];
	if (auth_password_hash(form_value(&f, "new"), hash) < 0)
		return -1;
	if (db_exec(req, SQL_PASSWORD, "si", hash, req->user.id) < 0)
		return -1;
	auth_logout_everywhere(req, req->user.id, req->session_hash);
	auth_audit(req, "account.password", req->user.id, "");
	return res_redirect(req, "/account/settings?saved=password");
}
