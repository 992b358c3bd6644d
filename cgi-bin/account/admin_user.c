/*
 * admin_user.c - GET /admin/users/<id>: an admin opens one account
 * (account.h): pseudonym, role, rights, joined, last login and how much
 * he has done (posts, backings, reports made, questions asked, goals),
 * with the way to change his role or rights (/admin/users, where the
 * forms are). An id no account has: 404.
 *
 * Opening someone else's account is opening his data: written to the
 * audit log ("admin.open", target = him), so he reads it on
 * /account/privacy/looked as "an administrator". The route is not
 * ROUTE_TX: the one insert commits by itself, before the page is sent.
 * An admin opening his own account is not audited (nobody else looked).
 */
#include "account.h"
#include "app.h"
#include "auth.h"
#include "db.h"
#include "i18n.h"
#include "page.h"
#include "text.h"
#include "tmpl.h"
#include "when.h"

/* One row; each count uses its table's key on the user (posts_user,
 * backings_user, reports_reporter, questions_member,
 * goal_items_participant). */
static const char SQL_ACCOUNT[] =
    "SELECT u.id AS id, u.handle AS handle, u.role AS role, u.may_moderate AS may_moderate, "
    "u.inbox_lead AS inbox_lead, u.created_at AS created_at, u.last_login_at AS last_login_at, "
    "(SELECT COUNT(*) FROM posts p WHERE p.user_id = u.id) AS posts, "
    "(SELECT COUNT(*) FROM backings b WHERE b.user_id = u.id) AS backings, "
    "(SELECT COUNT(*) FROM reports r WHERE r.reporter_id = u.id) AS reports, "
    "(SELECT COUNT(*) FROM questions q WHERE q.member_id = u.id) AS questions, "
    "(SELECT COUNT(*) FROM goal_items g WHERE g.participant_id = u.id AND g.level = 1) AS goals "
    "FROM users u WHERE u.id = ?";

int admin_user_fn(struct request *req)
{
	long long id = req->ids[0];
	struct db_rows *r = db_query(req, SQL_ACCOUNT, db_int(id));
	if (!r)
		return -1;
	if (r->nrows != 1)
		return page_error(req, 404, _("There is no such user."));
	if (id != req->user.id && auth_audit(req, "admin.open", id, "") < 0)
		return -1;
	const char *handle = db_get(r, 0, "handle");
	struct tmpl_dict *d = page_begin(req, handle, "account/admin_user.tpl");
	page_row(d, r, 0); /* id, handle and the counts */
	int role = auth_role_parse(db_get(r, 0, "role"));
	const char *label = auth_role_label(role);
	tmpl_set(d, "role_label", label ? label : db_get(r, 0, "role"));
	if (role == ROLE_COUNSELLOR) {
		tmpl_show(d, "support");
		tmpl_show(d, db_get_int(r, 0, "may_moderate") ? "moderates" : "moderates_not");
		tmpl_show(d, db_get_int(r, 0, "inbox_lead") ? "lead" : "lead_not");
	}
	when_set(req, d, "joined", db_get(r, 0, "created_at"), WHEN_DAY);
	when_set(req, d, "last_login", db_get(r, 0, "last_login_at"), WHEN_MOMENT);
	tmpl_set(d, "q_url", text_url_encode(req->arena, handle, 0));
	tmpl_show(d, id == req->user.id ? "yourself" : "other");
	return page_end(req, 200);
}
