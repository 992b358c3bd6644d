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
	ROUTE_TX = 4,        /* the handler runs in one transaction (below) */
	ROUTE_SHARED = 8,    /* its anonymous answer is the same for every visitor (below) */
	ROUTE_UPLOAD = 16,   /* a multipart POST that nginx wrote to a file (below) */
};

/*
 * Uploads (ROUTE_UPLOAD): a large file never passes through a worker's
 * memory as a request body. nginx writes the whole body to a file in its
 * upload folder and passes only the file's name, in the FastCGI param
 * REQUEST_BODY_FILE (nginx/opbak.conf.in, the upload locations; a client
 * cannot set a param, only HTTP_* ones). For a ROUTE_UPLOAD route core
 * takes the file only when its real path lies inside OPBAK_UPLOAD_DIR
 * (else 400), maps it read-only, refuses it above LIMIT_UPLOAD_BODY
 * (413) and parses it as multipart/form-data in place: req->uploads
 * point into the map, the form's fields (the CSRF token too) are read as
 * always. The map is dropped when the request ends; nginx deletes the
 * file (client_body_in_file_only clean). Any other route given a body
 * file answers 400.
 *
 * Files a handler keeps outside the database (media/store.c) follow its
 * transaction: app_file_written() names a file written for this attempt,
 * removed again when the transaction is rolled back (a refusal, a
 * failure, before a retry); app_file_unneeded() names one to remove only
 * once the transaction committed (the file a new one replaces). On a
 * route without ROUTE_TX "committed" is an answer of 2xx or 3xx without
 * a database failure.
 * At most REQ_FILES of each (request.h).
 */

/*
 * Shared pages (ROUTE_SHARED): what an anonymous visitor gets is the same
 * for everyone, so nginx keeps it for a second and hands it to every
 * visitor without a session (nginx/opbak.conf.in, fastcgi_cache). Core
 * marks an answer shared only when it is a 200 (or a 404: a post hidden
 * since) to a GET without a logged-in user, sets no cookie and holds no
 * form (no CSRF token was asked for);
 * page_begin() asks for none on these routes when nobody is logged in. A
 * logged-in member never gets a shared answer: nginx passes him by, so
 * he sees his own write at once; anonymous readers see a change within
 * about a second.
 */

/*
 * One transaction per write (ROUTE_TX): core begins a transaction before
 * the handler, commits when it answers 2xx or 3xx with no database
 * failure, and rolls back otherwise (a refused form, a 404 found on the
 * way, -1). When the transaction loses a lock conflict (a deadlock victim,
 * a lock wait timeout, a Galera certification failure) core rolls back,
 * waits a short random time and runs the handler again from the start,
 * up to TX_ATTEMPTS times. A handler therefore never begins, commits or
 * rolls back, and must not do anything outside the database that cannot
 * be done twice.
 *
 * The door (query and form): a route names the fields it reads from the
 * query string and from the form body (struct field tables ending with
 * FIELDS_END, form.h). Core checks them before the handler runs: a bad
 * id, number, choice or checkbox (nothing a person types) is answered 400
 * with a page that names the field; text that fails its checks reaches
 * the handler in req->form_in or req->query_in (failed set) so the form
 * can be shown again, filled in, with the message by the field. Handlers read
 * the checked values with req_text() and req_int(); fields not declared
 * are not there.
 *
 * Patterns: "*" matches one segment (a handle, a slug); "#" matches one
 * segment that is a row id (1..4294967295), available as req->ids[i]
 * (i counts both kinds). A path whose id is not valid matches no route.
 */
#define TX_ATTEMPTS 6

struct field;

struct route {
	const char *method;  /* "GET" (also answers HEAD) or "POST" */
	const char *pattern; /* "/account/login", "/u/<star>", "/post/#/edit" */
	int (*handler)(struct request *req);
	unsigned flags;
	unsigned roles;            /* ROLE_BIT(...) and AUTH_RIGHT_... mask; 0 = anyone */
	const struct field *query; /* query-string fields, FIELDS_END-terminated, or NULL */
	const struct field *form;  /* form fields (POST), FIELDS_END-terminated, or NULL */
};

struct app {
	const char *name; /* for logs */
	const struct route *routes;
	size_t nroutes;
	const char *const *templates; /* template folders under cgi-bin/, NULL-ended */
	const char *login_url;        /* where a GET that needs a login is sent ("?next=" added);
	                                 NULL: answer 403 */
	/* A job the executable runs by itself, or NULL: each worker runs it
	 * when it starts, then after the first request it serves once an
	 * hour has passed. It gets a request of its own (no user, no
	 * page); workers may run it at about the same time, so it must be
	 * safe to repeat (a retention delete, a state that moves once). */
	void (*hourly)(struct request *req);
};

/* The checked value of a field the route declared: from the form on a
 * POST, else from the query. "" (text) or 0 (numbers) when absent. */
const char *req_text(const struct request *req, const char *name);
long long req_int(const struct request *req, const char *name);
/* The ids of a declared ID_LIST field (form first on POST, then query);
 * *n says how many. */
const long long *req_ids(const struct request *req, const char *name, size_t *n);

/* See "Uploads" above. path is absolute, kept in the arena by the
 * caller. -1 when REQ_FILES are already named (nothing recorded). */
int app_file_written(struct request *req, const char *path);
int app_file_unneeded(struct request *req, const char *path);

/* 1 when path (a real path, as realpath() gives) lies inside the folder
 * dir (also real), not dir itself. Pure, for tests. */
int app_path_inside(const char *dir, const char *path);

/* Parse --socket PATH --workers N --pidfile PATH, open the socket, fork
 * the workers and supervise them until SIGTERM. */
int app_main(int argc, char **argv, const struct app *app);

/* Match path against pattern; captured "*" and "#" segments go to args
 * ("#" only when the segment is a valid id). Returns 1 on a match. Pure,
 * for tests. */
int route_match(const char *pattern, const char *path, const char **args, size_t *nargs,
                struct arena *a);

/* Handle one request already read into req (used by the worker loop and
 * by tests). body may be NULL. Fills req->res. */
void app_handle(const struct app *app, struct request *req, const char *content_type,
                const char *body, size_t body_len, long long content_length);

#endif
