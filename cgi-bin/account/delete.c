/*
 * delete.c - GET/POST /account/delete: the member deletes his account.
 * The password confirms it; the row goes, and with it (by foreign key)
 * his sessions, posts, backings, votes, points, badges, notifications and
 * questions. What others hold because of him is settled first by the
 * ledger (ledger_member_leaving), in the same transaction, so counters
 * and the points ledger stay exact. Reports about his posts and backings
 * stay, with the text they kept, until a moderator closes them (sql/006).
 *
 * Not a ROUTE_TX route: a wrong password is recorded (throttling) even
 * though the answer is an error, so this handler keeps its own
 * transaction for the deletion.
 */
#include "account.h"
#include "app.h"
#include "auth.h"
#include "db.h"
#include "form.h"
#include "i18n.h"
#include "ledger.h"
#include "limits.h"
#include "page.h"
#include "response.h"
#include "tmpl.h"

static const char SQL_DELETE[] = "DELETE FROM users WHERE id = ?";

const struct field delete_fields[] = {
    TEXT_FIELD("password", N_("Password"), 1, LIMIT_PASSWORD_MAX, FIELD_SECRET),
    FIELDS_END,
};

static int show(struct request *req, int status)
{
	struct tmpl_dict *d = page_begin(req, _("Delete your account"), "account/delete.tpl");
	form_fill(req->form_in, d);
	return page_end(req, status);
}

int delete_form_fn(struct request *req)
{
	return show(req, 200);
}

int delete_fn(struct request *req)
{
	if (req->form_in->failed)
		return show(req, 400);
	int denied = auth_confirm_password(req, req_text(req, "password"));
	if (denied < 0)
		return -1;
	if (denied) {
		form_error(req->form_in, "password",
		           denied == 429
		               ? _("Too many wrong passwords. Wait a while and try again.")
		               : _("That is not your password. Your account was not deleted."));
		return show(req, denied);
	}
	long long id = req->user.id;
	if (db_begin(req) < 0)
		return -1;
	if (ledger_member_leaving(req, id) < 0 || db_exec(req, SQL_DELETE, db_int(id)) < 0 ||
	    auth_audit(req, "account.delete", id, "") < 0) {
		db_rollback(req);
		return -1;
	}
	if (db_commit(req) < 0)
		return -1;
	res_cookie(req, AUTH_SESSION_COOKIE, "", 0);
	req->user.id = 0;
	req->user.handle = NULL;
	req->session_hash = NULL;
	page_begin(req, _("Account deleted"), "account/deleted.tpl");
	return page_end(req, 200);
}
