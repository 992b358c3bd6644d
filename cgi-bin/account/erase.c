/*
 * erase.c - GET/POST /account/privacy/erase: the member erases his
 * account, and chooses how (community/erase.h): everything he wrote goes
 * ("all"), or his posts and backings stay under the reserved account
 * "former_member" ("keep"). The page says what each choice does before
 * he chooses; there is no default; his password confirms it.
 *
 * Not a ROUTE_TX route, as delete.c was: a wrong password is recorded
 * (throttling) even though the answer is an error, so the erasure keeps
 * its own transaction. The audit entry ("account.erase", detail the
 * choice) commits with it. GET /account/delete, the old way out, sends
 * here (main.c).
 */
#include <string.h>

#include "account.h"
#include "app.h"
#include "auth.h"
#include "db.h"
#include "erase.h"
#include "form.h"
#include "i18n.h"
#include "limits.h"
#include "page.h"
#include "response.h"
#include "tmpl.h"

/* mode is free text at the door, checked here, so that a missing or
 * unknown choice comes back as the form with its error (a CHOICE_FIELD
 * would be answered by core with a bare 400). */
#define ERASE_MODE_MAX 8

const struct field erase_fields[] = {
    TEXT_FIELD("mode", N_("What happens to your posts and backings"), 0, ERASE_MODE_MAX, 0),
    TEXT_FIELD("password", N_("Password"), 1, LIMIT_PASSWORD_MAX, FIELD_SECRET),
    FIELDS_END,
};

static int show(struct request *req, int status)
{
	struct tmpl_dict *d = page_begin(req, _("Erase your account"), "account/erase.tpl");
	tmpl_set(d, "former", ERASE_FORMER_HANDLE);
	if (req->form_in) {
		form_fill(req->form_in, d);
		const char *mode = req_text(req, "mode");
		if (mode && strcmp(mode, "all") == 0)
			tmpl_show(d, "all_checked");
		else if (mode && strcmp(mode, "keep") == 0)
			tmpl_show(d, "keep_checked");
	}
	return page_end(req, status);
}

int erase_form_fn(struct request *req)
{
	return show(req, 200);
}

int erase_fn(struct request *req)
{
	const char *mode = req_text(req, "mode");
	int keep = mode && strcmp(mode, "keep") == 0;
	if (!keep && !(mode && strcmp(mode, "all") == 0) && !form_failed(req->form_in, "mode"))
		form_error(
		    req->form_in, "mode",
		    _("Choose what happens to your posts and backings. Nothing was erased."));
	if (req->form_in->failed)
		return show(req, 400);
	int denied = auth_confirm_password(req, req_text(req, "password"));
	if (denied < 0)
		return -1;
	if (denied) {
		form_error(req->form_in, "password",
		           denied == 429
		               ? _("Too many wrong passwords. Wait a while and try again.")
		               : _("That is not your password. Your account was not erased."));
		return show(req, denied);
	}
	long long id = req->user.id;
	if (db_begin(req) < 0)
		return -1;
	if (erase_member(req, id, keep ? ERASE_KEEP : ERASE_ALL) < 0 ||
	    auth_audit(req, "account.erase", id, keep ? "keep" : "all") < 0) {
		db_rollback(req);
		return -1;
	}
	if (db_commit(req) < 0)
		return -1;
	res_cookie(req, AUTH_SESSION_COOKIE, "", 0);
	req->user.id = 0;
	req->user.handle = NULL;
	req->session_hash = NULL;
	struct tmpl_dict *d = page_begin(req, _("Your account is erased"), "account/erased.tpl");
	tmpl_set(d, "former", ERASE_FORMER_HANDLE);
	tmpl_show(d, keep ? "kept" : "all");
	return page_end(req, 200);
}

/* GET /account/delete: the old address of leaving, kept for links and
 * bookmarks. */
int delete_redirect_fn(struct request *req)
{
	return res_redirect(req, "/account/privacy/erase");
}
