/*
 * admin_users.c - GET /admin/users (find users, newest first, paginated
 * by key), POST /admin/users/role (change a user's role, audited) and
 * POST /admin/users/rights (a support person's rights, audited).
 *
 * Rights (sql/017, auth.h AUTH_RIGHT_...): answering questions and
 * moderating the community are different jobs, so a support person
 * moderates only when an admin ticks "May moderate the community"; a lead
 * support person reads every conversation of the inbox. They belong to
 * the role: a role changed away from support person loses them, and an
 * admin holds them all through his role.
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
#include "text.h"
#include "tmpl.h"
#include "when.h"

static const char SQL_USERS[] =
    "SELECT id, handle, role, may_moderate, inbox_lead, created_at FROM users "
    "WHERE id < ? AND handle LIKE ? ESCAPE '!' ORDER BY id DESC LIMIT ?";
static const char SQL_USER[] =
    "SELECT handle, role, may_moderate, inbox_lead FROM users WHERE id = ? FOR UPDATE";
/* The rights go with the role they belong to (sql/017): the second
 * parameter is 1 when they stay (the new role is support person). */
static const char SQL_SET_ROLE[] = "UPDATE users SET role = ?, may_moderate = may_moderate AND ?, "
                                   "inbox_lead = inbox_lead AND ? WHERE id = ?";
static const char SQL_SET_RIGHTS[] =
    "UPDATE users SET may_moderate = ?, inbox_lead = ? WHERE id = ?";

/* GET /admin/users?q=...&before=...&changed=1 */
const struct field admin_users_query_fields[] = {
    TEXT_FIELD("q", N_("Pseudonym starts with"), 0, LIMIT_HANDLE_MAX, 0),
    ID_FIELD("before", N_("Older than"), 0),
    CHECK_FIELD("changed", N_("Role changed")),
    CHECK_FIELD("rights", N_("Rights changed")),
    FIELDS_END,
};
/* POST /admin/users/role: the choices are the stored role names. */
const struct field admin_role_fields[] = {
    ID_FIELD("user", N_("User"), FIELD_REQUIRED),
    CHOICE_FIELD("role", N_("Role"), auth_role_choices, FIELD_REQUIRED),
    FIELDS_END,
};
/* POST /admin/users/rights: a box not ticked is a right taken away. */
const struct field admin_rights_fields[] = {
    ID_FIELD("user", N_("User"), FIELD_REQUIRED),
    CHECK_FIELD("moderate", N_("May moderate the community")),
    CHECK_FIELD("lead", N_("Lead support person: reads every conversation")),
    FIELDS_END,
};

/* "ab_c" -> "ab!_c%": a prefix pattern where _ and % are literal. */
static char *like_prefix(struct arena *a, const char *s)
{
	char *out = arena_alloc(a, strlen(s) * 2 + 2);
	char *o = out;
	for (; *s; s++) {
		if (*s == '%' || *s == '_' || *s == '!')
			*o++ = '!';
		*o++ = *s;
	}
	*o++ = '%';
	*o = '\0';
	return out;
}

/* One right's change for the audit ("moderate on"), or "" when it stays. */
static const char *right_change(struct request *req, const char *name, long long was, int now)
{
	if ((was != 0) == (now != 0))
		return "";
	return arena_printf(req->arena, "%s %s", name, now ? "on" : "off");
}

/* What changes from user row u (SQL_USER) to these rights, for the audit:
 * "moderate on, lead off", or "" when nothing does. */
static const char *rights_change(struct request *req, const struct db_rows *u, int moderate,
                                 int lead)
{
	const char *m = right_change(req, "moderate", db_get_int(u, 0, "may_moderate"), moderate);
	const char *l = right_change(req, "lead", db_get_int(u, 0, "inbox_lead"), lead);
	return arena_printf(req->arena, "%s%s%s", m, *m && *l ? ", " : "", l);
}

/* A search that failed its checks (too long, bad bytes) comes back
 * filled in with its error, listing every user meanwhile. */
int admin_users_fn(struct request *req)
{
	int failed = req->query_in->failed;
	const char *q = failed ? "" : req_text(req, "q");
	long long before = req_int(req, "before");

	struct db_rows *r = db_query(req, SQL_USERS, db_int(before ? before : CURSOR_NONE),
	                             db_text(like_prefix(req->arena, q)), db_int(PAGE_SIZE + 1));
	if (!r)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Users"), "account/admin_users.tpl");
	form_fill(req->query_in, d);
	size_t shown = page_list(d, r, PAGE_SIZE, "more", "next_before");
	for (size_t i = 0; i < shown; i++) {
		struct tmpl_dict *row = tmpl_add(d, "user");
		page_row(row, r, i);
		when_set(req, row, "since", db_get(r, i, "created_at"), WHEN_DAY);
		int role = auth_role_parse(db_get(r, i, "role"));
		for (int k = ROLE_MEMBER; k < ROLE_COUNT; k++) {
			struct tmpl_dict *opt = tmpl_add(row, "role");
			tmpl_set(opt, "value", auth_role_name(k));
			tmpl_set(opt, "label", auth_role_label(k));
			if (k == role)
				tmpl_show(opt, "selected");
		}
		if (role == ROLE_COUNSELLOR) { /* the rights are a support person's */
			struct tmpl_dict *rights = tmpl_add(row, "rights");
			if (db_get_int(r, i, "may_moderate"))
				tmpl_show(rights, "moderate");
			if (db_get_int(r, i, "inbox_lead"))
				tmpl_show(rights, "lead");
		}
	}
	if (shown == 0)
		tmpl_show(d, "none");
	if (r->nrows > shown)
		tmpl_set(d, "q_url", text_url_encode(req->arena, q, 0));
	if (req_int(req, "changed"))
		tmpl_show(d, "changed");
	if (req_int(req, "rights"))
		tmpl_show(d, "rights_changed");
	return page_end(req, failed ? 400 : 200);
}

/* ROUTE_TX: the role and its audit record are written together; the
 * user's row is locked so the audit tells the role it replaced. */
int admin_role_fn(struct request *req)
{
	long long id = req_int(req, "user");
	const char *role = auth_role_choices[req_int(req, "role")];
	if (id == req->user.id)
		return page_error(req, 403,
		                  _("You cannot change your own role. Ask another admin."));
	struct db_rows *u = db_query(req, SQL_USER, db_int(id));
	if (!u)
		return -1;
	if (u->nrows != 1)
		return page_error(req, 404, _("There is no such user."));
	const char *handle = db_get(u, 0, "handle");
	int keep = strcmp(role, "counsellor") == 0;
	if (db_exec(req, SQL_SET_ROLE, db_text(role), db_int(keep), db_int(keep), db_int(id)) < 0)
		return -1;
	/* The audit says which rights went with the old role. */
	const char *rights = rights_change(req, u, keep && db_get_int(u, 0, "may_moderate"),
	                                   keep && db_get_int(u, 0, "inbox_lead"));
	if (auth_audit(req, "user.role", id,
	               arena_printf(req->arena, "%s -> %s%s%s%s", db_get(u, 0, "role"), role,
	                            *rights ? " (" : "", rights, *rights ? ")" : "")) < 0)
		return -1;
	/* Back to the list showing that user, with his new role. */
	return res_redirect(req, arena_printf(req->arena, "/admin/users?q=%s&changed=1",
	                                      text_url_encode(req->arena, handle, 0)));
}

/* ROUTE_TX: a support person's rights and their audit record together;
 * the row is locked so the audit tells what changed. A user who is not a
 * support person has none to set (an admin has them all): 409, nothing
 * changed. */
int admin_rights_fn(struct request *req)
{
	long long id = req_int(req, "user");
	int moderate = req_int(req, "moderate") == 1, lead = req_int(req, "lead") == 1;
	struct db_rows *u = db_query(req, SQL_USER, db_int(id));
	if (!u)
		return -1;
	if (u->nrows != 1)
		return page_error(req, 404, _("There is no such user."));
	if (auth_role_parse(db_get(u, 0, "role")) != ROLE_COUNSELLOR)
		return page_error(req, 409,
		                  _("Only a support person has these rights. An admin has them "
		                    "all; make him a support person first."));
	const char *handle = db_get(u, 0, "handle");
	const char *change = rights_change(req, u, moderate, lead);
	if (*change &&
	    (db_exec(req, SQL_SET_RIGHTS, db_int(moderate), db_int(lead), db_int(id)) < 0 ||
	     auth_audit(req, "user.rights", id, change) < 0))
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/admin/users?q=%s&rights=1",
	                                      text_url_encode(req->arena, handle, 0)));
}
