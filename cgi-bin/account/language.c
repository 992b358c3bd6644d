/*
 * language.c - choosing the language of the site (core/i18n.h).
 *
 * GET /account/language?to=da&next=/p/1: the footer's links for a
 * visitor. The choice is a cookie for a year, no script and no form, so
 * the pages that carry the links stay the same for every visitor (nginx
 * keeps them per language); then back to the page he was on.
 * POST /account/settings/language: a member's own language, kept with his
 * account so it follows him to every device; empty is "as my browser
 * says". It goes in the cookie too, so the site keeps speaking it after
 * he logs out.
 */
#include "account.h"
#include "app.h"
#include "db.h"
#include "form.h"
#include "i18n.h"
#include "response.h"

#define LANGUAGE_COOKIE_AGE (365L * 24 * 3600)

static const char SQL_SET[] = "UPDATE users SET lang = ? WHERE id = ?";

const struct field language_query_fields[] = {
    CHOICE_FIELD("to", N_("Language"), i18n_codes, FIELD_REQUIRED),
    TEXT_FIELD("next", N_("Page"), 0, 2000, 0),
    FIELDS_END,
};

const struct field language_fields[] = {
    CHOICE_FIELD("lang", N_("Language"), i18n_codes, 0),
    FIELDS_END,
};

/* Back to a page of this site: a path, never "//host" or a control
 * character in a header (res_redirect checks the rest). */
static const char *local_path(const char *next)
{
	if (!next || next[0] != '/')
		return "/";
	for (const unsigned char *p = (const unsigned char *)next; *p; p++)
		if (*p < 0x21 || *p == 0x7f)
			return "/";
	return next;
}

int language_fn(struct request *req)
{
	const char *code = i18n_codes[req_int(req, "to")];
	res_cookie(req, I18N_COOKIE, code, LANGUAGE_COOKIE_AGE);
	return res_redirect(req, local_path(req_text(req, "next")));
}

/* ROUTE_TX. */
int language_save_fn(struct request *req)
{
	long long i = req_int(req, "lang");
	const char *code = i >= 0 ? i18n_codes[i] : NULL;
	if (db_exec(req, SQL_SET, db_text(code), db_int(req->user.id)) < 0)
		return -1;
	if (code)
		res_cookie(req, I18N_COOKIE, code, LANGUAGE_COOKIE_AGE);
	else
		res_cookie(req, I18N_COOKIE, "", 0);
	return res_redirect(req, "/account/settings?saved=language#language");
}
