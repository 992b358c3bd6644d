/*
 * register.c - GET/POST /account/register: a pseudonym, a password and a
 * date of birth. No e-mail, no real name.
 */
#include <string.h>
#include <time.h>

#include "account.h"
#include "auth.h"
#include "form.h"
#include "i18n.h"
#include "limits.h"
#include "page.h"
#include "response.h"
#include "tmpl.h"
#include "users.h"

static const struct field fields[] = {
    TEXT_FIELD("handle", N_("Pseudonym"), 1, LIMIT_HANDLE_MAX, 0),
    TEXT_FIELD("password", N_("Password"), 1, LIMIT_PASSWORD_MAX, FIELD_SECRET),
    TEXT_FIELD("password2", N_("Repeat password"), 1, LIMIT_PASSWORD_MAX, FIELD_SECRET),
    TEXT_FIELD("birth_date", N_("Date of birth"), 1, 10, 0),
};
#define NFIELDS (sizeof fields / sizeof fields[0])

static int show(struct request *req, const struct form *f, int status)
{
	struct tmpl_dict *d = page_begin(req, _("Join Opbak"), "account/register.tpl");
	if (f)
		form_fill(f, d);
	return page_end(req, status);
}

int register_form_fn(struct request *req)
{
	if (req->user.id)
		return res_redirect(req, "/account/settings");
	return show(req, NULL, 200);
}

/* "Pseudonym must be..." : the label, then the rule that failed. */
static void rule(struct request *req, struct form *f, const char *field, const char *label,
                 const char *why)
{
	if (why)
		form_error(f, field, arena_printf(req->arena, "%s %s", _(label), why));
}

int register_fn(struct request *req)
{
	struct form f;
	form_read(req, &req->form, fields, NFIELDS, &f);
	time_t now = time(NULL);
	int refused_age = 0;
	if (!f.errors[0])
		rule(req, &f, "handle", fields[0].label,
		     users_check_handle(form_value(&f, "handle")));
	if (!f.errors[1])
		rule(req, &f, "password", fields[1].label,
		     users_check_password(form_value(&f, "password")));
	if (!f.errors[1] && !f.errors[2] &&
	    strcmp(form_value(&f, "password"), form_value(&f, "password2")) != 0)
		form_error(&f, "password2", _("The two passwords are not the same."));
	if (!f.errors[3]) {
		const char *birth = form_value(&f, "birth_date");
		rule(req, &f, "birth_date", fields[3].label, users_check_birth(birth, now));
		int age = users_age(birth, now);
		refused_age = age >= 0 && age < LIMIT_MIN_AGE;
	}
	if (f.failed)
		return show(req, &f, refused_age ? 403 : 400);

	long long id = users_create(req, form_value(&f, "handle"), form_value(&f, "password"),
	                            form_value(&f, "birth_date"), ROLE_MEMBER);
	if (id < 0)
		return -1;
	if (id == 0) {
		form_error(&f, "handle", _("That pseudonym is taken. Try another one."));
		return show(req, &f, 409);
	}
	req->user.id = id;
	if (auth_login(req, id) < 0)
		return -1;
	auth_audit(req, "account.register", id, "");
	return res_redirect(req, "/account/settings?saved=welcome");
}
