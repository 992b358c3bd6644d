/*
 * page.h - pages in the shared layout (core/layout.tpl).
 *
 *	struct tmpl_dict *d = page_begin(req, _("Settings"), "account/settings.tpl");
 *	tmpl_set(d, "bio", bio);
 *	return page_end(req, 200);
 *
 * page_begin() fills the frame (title, navigation for who is logged in,
 * the CSRF token for every form) and returns the dictionary of the
 * content template, which also holds {{csrf}} and {{me}} (ctemplate's
 * include dictionaries do not inherit). page_end() expands it into the
 * response body.
 */
#ifndef OPBAK_PAGE_H
#define OPBAK_PAGE_H

#include "request.h"

struct tmpl_dict;

struct tmpl_dict *page_begin(struct request *req, const char *title, const char *content);
int page_end(struct request *req, int status);
/* Announce an RSS feed for this page (<link rel="alternate">); call
 * between page_begin and page_end. */
void page_feed(struct request *req, const char *title, const char *url);

struct db_rows;

/* A list fetched by key with LIMIT limit + 1: the extra row only says
 * there is more. Returns how many rows to show. When there are more, it
 * shows the section `more` and sets `next` to the column "id" of the
 * last row shown, for the "?before=" link. */
size_t page_list(struct tmpl_dict *d, const struct db_rows *r, size_t limit, const char *more,
                 const char *next);

/* Copy one row into a dictionary: each column becomes {{<its name>}}
 * (SQL NULL columns are left unset). Name the columns in the SELECT as
 * the template names its values. */
void page_row(struct tmpl_dict *d, const struct db_rows *r, size_t row);

/* One row of section "language" per shipped language: {{code}},
 * {{name}} (in its own language) and the section "chosen" on the one
 * whose code is chosen (may be NULL). */
void page_languages(struct tmpl_dict *d, const char *chosen);

/* A page in the layout that says what went wrong and why; returns status. */
int page_error(struct request *req, int status, const char *message);

#endif
