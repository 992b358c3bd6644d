/*
 * app.h - what an executable hands to core: its route table.
 *
 * An executable's main() is one line: return app_main(argc, argv, &app);
 * Reading the table tells you the whole executable. For each request core
 * parses and checks the input, loads the session, verifies the CSRF token
 * on every POST, enforces login and roles, and only then calls the
 * handler, which returns the HTTP status it produced (or -1 when the
 * database failed: core answers 503 or 500 in the layout).
 */
#ifndef OPBAK_APP_H
#define OPBAK_APP_H

#include <stddef.h>

#include "request.h"

enum {
	ROUTE_LOGIN = 1,     /* needs a logged-in user (GET redirects to login) */
	ROUTE_MULTIPART = 2, /* accepts multipart/form-data up to LIMIT_MULTIPART_BODY */
};

struct route {
	const char *method;  /* "GET" (also answers HEAD) or "POST" */
	const char *pattern; /* "/account/login"; a star matches one segment */
	int (*handler)(struct request *req);
	unsigned flags;
	unsigned roles; /* ROLE_BIT(...) mask; 0 = anyone (with flags) */
};

struct app {
	const char *name; /* for logs */
	const struct route *routes;
	size_t nroutes;
	const char *const *templates; /* template folders under cgi-bin/, NULL-ended */
};

/* Parse --socket PATH --workers N --pidfile PATH, open the socket, fork
 * the workers and supervise them until SIGTERM. */
int app_main(int argc, char **argv, const struct app *app);

/* Match path against pattern; captured "*" segments go to args. Returns
 * 1 on a match. Pure, for tests. */
int route_match(const char *pattern, const char *path, const char **args, size_t *nargs,
                struct arena *a);

/* Handle one request already read into req (used by the worker loop and
 * by tests). body may be NULL. Fills req->res. */
void app_handle(const struct app *app, struct request *req, const char *content_type,
                const char *body, size_t body_len, long long content_length);

#endif
