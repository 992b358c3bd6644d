/*
 * page.c - the frame around every page, and error pages.
 */
#include "page.h"

#include <string.h>

#include "app.h"
#include "auth.h"
#include "db.h"
#include "i18n.h"
#include "log.h"
#include "response.h"
#include "tmpl.h"

struct tmpl_dict *page_begin(struct request *req, const char *title, const char *content)
{
	if (req->layout)
		tmpl_free(req->layout);
	struct tmpl_dict *d = tmpl_new("layout");
	req->layout = d;
	tmpl_set(d, "title", title);
	tmpl_set(d, "lang", i18n_lang());
	/* A shared page shows an anonymous visitor no form (app.h): no token,
	 * so it stays the same for everyone. */
	const char *csrf = "";
	if (req->user.id || !req->route || !(req->route->flags & ROUTE_SHARED))
		csrf = auth_csrf_token(req);
	tmpl_set(d, "csrf", csrf);
	tmpl_set(d, "path", req->path);
	if (req->user.id) {
		tmpl_show(d, "logged_in");
		tmpl_set(d, "me", req->user.handle);
		if (req->user.role == ROLE_ADMIN)
			tmpl_show(d, "is_admin");
		if (auth_is_moderator(req))
			tmpl_show(d, "is_mod");
		/* A support person's work is the inbox; a member's questions are
		 * at /ask (a support person who asks finds his there too). */
		tmpl_show(d,
		          AUTH_SUPPORT & ROLE_BIT(req->user.role) ? "is_support" : "not_support");
		long long unread = auth_unread(req);
		if (unread > 0) {
			tmpl_show(d, "unread");
			tmpl_set_int(d, "unread_count", unread);
		}
		/* The goals part: a coach's caseload, an employer's
		 * participants; everyone may keep goals; chats with a count. */
		if (req->user.role == ROLE_COACH)
			tmpl_show(d, "is_coach");
		if (req->user.role == ROLE_EMPLOYER)
			tmpl_show(d, "is_employer");
		long long chat_unread = req->user.chat_unread > 0 ? req->user.chat_unread : 0;
		if (req->user.chats > 0) {
			tmpl_show(d, "chats");
			if (chat_unread > 0) {
				tmpl_show(d, "chat_unread");
				tmpl_set_int(d, "chat_unread_count", chat_unread);
			}
		}
		/* The menu's badge: everything unread behind it. */
		if (unread + chat_unread > 0) {
			tmpl_show(d, "menu_unread");
			tmpl_set_int(d, "menu_unread_count", unread + chat_unread);
		}
		/* He keeps his language in his settings (account/language.c). */
		tmpl_set(d, "lang_name", i18n_languages[i18n_index()].name);
	} else {
		tmpl_show(d, "logged_out");
		/* A visitor switches with a link back to this very page. */
		page_languages(d, i18n_lang());
		tmpl_set(d, "here",
		         *req->query_string
		             ? arena_printf(req->arena, "%s?%s", req->path, req->query_string)
		             : req->path);
	}
	/* Include dictionaries do not inherit from their parent in ctemplate:
	 * give the content what every page's forms need. */
	struct tmpl_dict *c = tmpl_include(d, "content", content);
	tmpl_set(c, "csrf", csrf);
	if (req->user.id)
		tmpl_set(c, "me", req->user.handle);
	return c;
}

void page_languages(struct tmpl_dict *d, const char *chosen)
{
	for (int i = 0; i18n_languages[i].code; i++) {
		struct tmpl_dict *l = tmpl_add(d, "language");
		tmpl_set(l, "code", i18n_languages[i].code);
		tmpl_set(l, "name", i18n_languages[i].name);
		tmpl_show(l, chosen && strcmp(chosen, i18n_languages[i].code) == 0 ? "chosen"
		                                                                   : "other");
	}
}

void page_feed(struct request *req, const char *title, const char *url)
{
	if (!req->layout)
		return;
	tmpl_show(req->layout, "feed");
	tmpl_set(req->layout, "feed_title", title);
	tmpl_set(req->layout, "feed_url", url);
}

int page_end(struct request *req, int status)
{
	struct response *r = req->res;
	buf_reset(&r->body);
	if (tmpl_expand("core/layout.tpl", req->layout, &r->body) < 0) {
		log_msg(req->id, "page: cannot expand the layout");
		buf_reset(&r->body);
		buf_puts(&r->body,
		         "<!doctype html><title>Error</title><p>This page could not be shown.");
		status = 500;
	}
	tmpl_free(req->layout);
	req->layout = NULL;
	r->status = status;
	return status;
}

size_t page_list(struct tmpl_dict *d, const struct db_rows *r, size_t limit, const char *more,
                 const char *next)
{
	if (r->nrows <= limit)
		return r->nrows;
	tmpl_show(d, more);
	tmpl_set(d, next, db_get(r, limit - 1, "id"));
	return limit;
}

void page_row(struct tmpl_dict *d, const struct db_rows *r, size_t row)
{
	if (!r || row >= r->nrows)
		return;
	for (size_t c = 0; c < r->ncols; c++) {
		const char *v = r->cells[row * r->ncols + c];
		if (v)
			tmpl_setn(d, r->names[c], v, r->lens[row * r->ncols + c]);
	}
}

int page_error(struct request *req, int status, const char *message)
{
	const char *title;
	switch (status) {
	case 400: title = _("That did not work"); break;
	case 403: title = _("Not allowed"); break;
	case 404: title = _("Page not found"); break;
	case 405: title = _("Not allowed"); break;
	case 413: title = _("Too large"); break;
	case 429: title = _("Too many tries"); break;
	case 503: title = _("Back soon"); break;
	default: title = _("Something went wrong"); break;
	}
	struct tmpl_dict *d = page_begin(req, title, "core/error.tpl");
	tmpl_set_int(d, "status", status);
	tmpl_set(d, "heading", title);
	tmpl_set(d, "message", message);
	return page_end(req, status);
}
