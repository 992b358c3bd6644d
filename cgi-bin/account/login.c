/*
 * login.c - GET/POST /account/login and POST /account/logout.
 *
 * A wrong pseudonym and a wrong password get the same answer, in the same
 * time (auth_password_dummy), so the form does not tell which accounts
 * exist. Repeated failures are throttled per account and per address.
 *
 * What is typed as a pseudonym must be one (users_check_handle) before it
 * goes near the database: the column's collation ignores characters such
 * as U+200B, so "victim02" and 13 zero-width spaces found the account
 * victim02 while its failures were recorded under another name (or, too
 * long for the column, not at all) and the throttle never began. Anything
 * else is answered like a wrong password and counts against the address.
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
#include "users.h"

static const char SQL_LOGIN[] = "SELECT id, password_hash FROM users WHERE handle = ?";
static const char SQL_REHASH[] = "UPDATE users SET password_hash = ? WHERE id = ?";
/* A login keeps the account: the retention job deletes accounts nobody
 * logged in to for retention_inactive_days, and its warning is void now
 * (community/retention.c). */
static const char SQL_LOGGED_IN[] =
    "UPDATE users SET last_login_at = NOW(), inactive_warned_at = NULL WHERE id = ?";

const struct field login_fields[] = {
    TEXT_FIELD("handle", N_("Pseudonym"), 1, 64, 0),
    TEXT_FIELD("password", N_("Password"), 1, LIMIT_PASSWORD_MAX, FIELD_SECRET),
    TEXT_FIELD("next", N_("Return address"), 0, LIMIT_PATH, 0),
    FIELDS_END,
};
/* GET /account/login?next=...: where to go after logging in. */
const struct field login_query_fields[] = {
    TEXT_FIELD("next", N_("Return address"), 0, LIMIT_PATH, 0),
    FIELDS_END,
};

const char *account_safe_next(const char *next)
{
	if (!next || next[0] != '/' || next[1] == '/' || next[1] == '\\')
		return "/";
	for (const char *p = next; *p; p++)
		if ((unsigned char)*p < 0x20)
			return "/";
	return next;
}

/* The form, filled with what was sent (a POST) and its errors. */
static int show(struct request *req, int status)
{
	struct tmpl_dict *d = page_begin(req, _("Log in"), "account/login.tpl");
	form_fill(req->form_in, d);
	tmpl_set(d, "next", account_safe_next(req_text(req, "next")));
	return page_end(req, status);
}

int login_form_fn(struct request *req)
{
	if (req->user.id)
		return res_redirect(req, account_safe_next(req_text(req, "next")));
	return show(req, 200);
}

/* Not ROUTE_TX: a failed login is recorded (for throttling) while the
 * answer is 403, so each statement here commits on its own. */
int login_fn(struct request *req)
{
	struct form *f = req->form_in;
	if (f->failed)
		return show(req, 400);
	const char *handle = req_text(req, "handle");
	const char *password = req_text(req, "password");
	const char *next = req_text(req, "next");

	/* Not a pseudonym: no account has it, only the address counts. */
	int is_pseudonym = users_check_handle(handle) == NULL;
	long long attempt;
	int wait = auth_attempt_begin(req, is_pseudonym ? handle : NULL, &attempt);
	if (wait < 0)
		return -1;
	if (wait > 0) {
		form_error(f, "handle",
		           arena_printf(req->arena,
		                        _("Too many failed log-ins for this account or from your "
		                          "network. Wait %d minutes and try again."),
		                        wait));
		res_header(req, "Retry-After", arena_printf(req->arena, "%d", wait * 60));
		return show(req, 429);
	}

	struct db_rows *r = NULL;
	if (is_pseudonym) {
		r = db_query(req, SQL_LOGIN, db_text(handle));
		if (!r)
			return -1;
	}
	const char *hash = db_get(r, 0, "password_hash");
	int ok = 0;
	if (r && r->nrows == 1) {
		ok = auth_password_verify(hash, password) == 0;
	} else {
		auth_password_dummy(password);
	}
	if (!ok) { /* the attempt is counted as a failure already */
		form_error(f, "password", _("That pseudonym and password do not match."));
		return show(req, 403);
	}

	long long id = db_get_int(r, 0, "id");
	auth_clear_failures(req, handle); /* this attempt's among them */
	/* Keep hashes current when the cost parameters change. */
	char fresh[AUTH_HASH_MAX];
	if (auth_password_needs_rehash(hash) && auth_password_hash(password, fresh) == 0)
		db_exec(req, SQL_REHASH, db_text(fresh), db_int(id));
	if (req->session_hash)
		auth_logout(req); /* one session per login: drop the old one */
	if (db_exec(req, SQL_LOGGED_IN, db_int(id)) < 0 || auth_login(req, id) < 0)
		return -1;
	return res_redirect(req, account_safe_next(next));
}

int logout_fn(struct request *req)
{
	if (auth_logout(req) < 0)
		return -1;
	return res_redirect(req, "/");
}
