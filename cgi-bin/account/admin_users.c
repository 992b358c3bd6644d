/*
 * admin_users.c - GET /admin/users (find users, newest first, paginated
 * by key) and POST /admin/users/role (change a user's role, audited).
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
#include "text.h"
#include "tmpl.h"

static const char SQL_USERS[] =
    "SELECT id, handle, role, DATE_FORMAT(created_at, '%Y-%m-%d') FROM users "
    "WHERE id < ? AND handle LIKE ? ESCAPE '!' ORDER BY id DESC LIMIT ?";
static const char SQL_USER[] = "SELECT handle, role FROM users WHERE id = ?";
static const char SQL_SET_ROLE[] = "UPDATE users SET role = ? WHERE id = ?";

static const struct field search_fields[] = {
    TEXT_FIELD("q", N_("Pseudonym starts with"), 0, LIMIT_HANDLE_MAX, 0),
};
static const struct field role_fields[] = {
    TEXT_FIELD("user", N_("User"), 1, 12, 0),
    TEXT_FIELD("role", N_("Role"), 1, 20, 0),
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

int admin_users_fn(struct request *req)
{
	struct form f;
	form_read(req, &req->query, search_fields, 1, &f);
	const char *q = f.failed ? "" : form_value(&f, "q");
	long long before = req_query_id(req, "before", 0x7fffffffLL);

	struct db_rows *r = db_query_v(req, SQL_USERS, "isi", before, like_prefix(req->arena, q),
	                               (long long)PAGE_SIZE + 1);
	if (!r)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Users"), "account/admin_users.tpl");
	form_fill(&f, d);
	size_t shown = page_list(d, r, PAGE_SIZE, "more", "next_before");
	for (size_t i = 0; i < shown; i++) {
		struct tmpl_dict *row = tmpl_add(d, "user");
		tmpl_set(row, "id", db_cell(r, i, 0));
		tmpl_set(row, "handle", db_cell(r, i, 1));
		tmpl_set(row, "since", db_cell(r, i, 3));
		int role = auth_role_parse(db_cell(r, i, 2));
		for (int k = ROLE_MEMBER; k < ROLE_COUNT; k++) {
			struct tmpl_dict *opt = tmpl_add(row, "role");
			tmpl_set(opt, "value", auth_role_name(k));
			if (k == role)
				tmpl_show(opt, "selected");
		}
	}
	if (shown == 0)
		tmpl_show(d, "none");
	if (r->nrows > shown)
		tmpl_set(d, "q_url", text_url_encode(req->arena, q, 0));
	const char *changed = req_query(req, "changed");
	if (changed && *changed) {
		tmpl_show(d, "changed");
		tmpl_set(d, "changed_handle", changed);
	}
	return page_end(req, f.failed ? 400 : 200);
}

int admin_role_fn(struct request *req)
{
	struct form f;
	if (form_read(req, &req->form, role_fields, 2, &f) < 0)
		return page_error(req, 400, f.errors[0] ? f.errors[0] : f.errors[1]);
	long long id = req_parse_id(form_value(&f, "user"));
	if (id == 0)
		return page_error(req, 400, _("The user to change is not a valid id."));
	int role = auth_role_parse(form_value(&f, "role"));
	if (role == ROLE_NONE)
		return page_error(req, 400, _("That role does not exist."));
	if (id == req->user.id)
		return page_error(req, 403,
		                  _("You cannot change your own role. Ask another admin."));
	struct db_rows *u = db_query_v(req, SQL_USER, "i", id);
	if (!u)
		return -1;
	if (u->nrows != 1)
		return page_error(req, 404, _("There is no such user."));
	const char *old = db_cell(u, 0, 1);
	if (db_exec_v(req, SQL_SET_ROLE, "si", auth_role_name(role), id) < 0)
		return -1;
	auth_audit(req, "user.role", id,
	           arena_printf(req->arena, "%s -> %s", old, auth_role_name(role)));
	return res_redirect(req,
	                    arena_printf(req->arena, "/admin/users?changed=%s", db_cell(u, 0, 0)));
}
