/*
 * register.c - GET/POST /account/register: a pseudonym, a password and a
 * date of birth. No e-mail, no real name.
 */
#include <string.h>
#include <time.h>

#include "account.h"
#include "app.h"
#include "auth.h"
#include "form.h"
#include "i18n.h"
#include "limits.h"
#include "page.h"
#include "response.h"
#include "tmpl.h"
#include "users.h"

/* The order is the index of each field's error in register_fn. */
const struct field register_fields[] = {
    TEXT_FIELD("handle", N_("Pseudonym"), 1, LIMIT_HANDLE_MAX, 0),
    TEXT_FIELD("password", N_("Password"), 1, LIMIT_PASSWORD_MAX, FIELD_SECRET),
    TEXT_FIELD("password2", N_("Repeat password"), 1, LIMIT_PASSWORD_MAX, FIELD_SECRET),
    TEXT_FIELD("birth_date", N_("Date of birth"), 1, 10, 0),
    FIELDS_END,
};
enum { HANDLE, PASSWORD, PASSWORD2, BIRTH_DATE };

/* The form, filled with what was sent (a POST) and its errors. */
static int show(struct request *req, int status)
{
	struct tmpl_dict *d = page_begin(req, _("Join Opbak"), "account/register.tpl");
	form_fill(req->form_in, d);
	return page_end(req, status);
}

int register_form_fn(struct request *req)
{
	if (req->user.id)
		return res_redirect(req, "/account/settings");
	return show(req, 200);
}

/* "Pseudonym must be..." : the label, then the rule that failed. */
static void rule(struct request *req, struct form *f, const char *field, const char *label,
                 const char *why)
{
	if (why)
		form_error(f, field, arena_printf(req->arena, "%s %s", _(label), why));
}

/* ROUTE_TX: the account, its first session and the audit record are
 * written together or not at all. */
int register_fn(struct request *req)
{
	struct form *f = req->form_in;
	const char *handle = req_text(req, "handle");
	const char *password = req_text(req, "password");
	const char *birth = req_text(req, "birth_date");
	time_t now = time(NULL);
	int refused_age = 0;
	if (!f->errors[HANDLE])
		rule(req, f, "handle", register_fields[HANDLE].label, users_check_handle(handle));
	if (!f->errors[PASSWORD])
		rule(req, f, "password", register_fields[PASSWORD].label,
		     users_check_password(password));
	if (!f->errors[PASSWORD] && !f->errors[PASSWORD2] &&
	    strcmp(password, req_text(req, "password2")) != 0)
		form_error(f, "password2", _("The two passwords are not the same."));
	if (!f->errors[BIRTH_DATE]) {
		rule(req, f, "birth_date", register_fields[BIRTH_DATE].label,
		     users_check_birth(birth, now));
		int age = users_age(birth, now);
		refused_age = age >= 0 && age < LIMIT_MIN_AGE;
	}
	if (f->failed)
		return show(req, refused_age ? 403 : 400);

	long long id = users_create(req, handle, password, birth, ROLE_MEMBER);
	if (id < 0)
		return -1;
	if (id == 0) {
		form_error(f, "handle", _("That pseudonym is taken. Try another one."));
		return show(req, 409);
	}
	req->user.id = id;
	if (auth_login(req, id) < 0)
		return -1;
	auth_audit(req, "account.register", id, "");
	/* His first page: writing, with a word about how Opbak works. */
	return res_redirect(req, "/post/new?first=1");
}
