/*
 * app.c - the FastCGI process model and the request pipeline.
 *
 * Process model: the parent opens the unix socket, forks N workers and
 * waits. A worker that dies is replaced. SIGTERM to the parent is passed to
 * the workers; a worker waiting for a connection exits at once, a worker
 * inside a request finishes it first, then exits.
 *
 * Each worker owns, for its whole life: one MariaDB connection with its
 * prepared statements (db.c), the parsed templates (tmpl.cc), one arena
 * and the response buffers. Per request nothing is allocated outside the
 * arena, and the answer is written with one FCGX_PutStr.
 */
#include "app.h"

#include <errno.h>
#include <fcgiapp.h>
#include <signal.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "auth.h"
#include "db.h"
#include "form.h"
#include "i18n.h"
#include "limits.h"
#include "live.h"
#include "log.h"
#include "page.h"
#include "response.h"
#include "text.h"
#include "tmpl.h"

#define MAX_WORKERS 64

static volatile sig_atomic_t stopping;
static volatile sig_atomic_t idle;

/* ---- route matching ---------------------------------------------------- */

int route_match(const char *pattern, const char *path, const char **args, size_t *nargs,
                struct arena *a)
{
	*nargs = 0;
	const char *p = pattern, *s = path;
	while (*p && *s) {
		if (*p == '*' || *p == '#') {
			const char *end = strchr(s, '/');
			size_t len = end ? (size_t)(end - s) : strlen(s);
			if (len == 0 || *nargs >= LIMIT_PATH_ARGS)
				return 0;
			const char *seg = arena_strndup(a, s, len);
			if (*p == '#' && !req_parse_id(seg))
				return 0;
			args[(*nargs)++] = seg;
			s += len;
			p++;
		} else if (*p == *s) {
			p++;
			s++;
		} else {
			return 0;
		}
	}
	/* Allow one trailing slash on the path: /account/login/ == /account/login */
	if (*s == '/' && s[1] == '\0' && s != path)
		s++;
	return *p == '\0' && *s == '\0';
}

/* ---- the pipeline ------------------------------------------------------- */

static int user_has_role(const struct request *req, unsigned roles)
{
	return roles == 0 || auth_allows(req, roles); /* his role's bit or one of his rights */
}

/* The answer to a POST that may be forged: the token or its origin. */
static int refuse_forgery(struct request *req)
{
	return page_error(req, 403,
	                  _("This form has expired or did not come from this site. "
	                    "Go back, reload the page and try again."));
}

static int read_body(struct request *req, const struct route *rt, const char *content_type,
                     const char *body, size_t len)
{
	char err[256];
	int status = 400;
	if (!content_type || !*content_type ||
	    strncasecmp(content_type, "application/x-www-form-urlencoded", 33) == 0) {
		if (req_parse_urlencoded(req->arena, body, len, &req->form, &status, err,
		                         sizeof err) < 0)
			return page_error(req, status, err);
		return 0;
	}
	if (strncasecmp(content_type, "multipart/form-data", 19) == 0) {
		if (!(rt->flags & (ROUTE_MULTIPART | ROUTE_UPLOAD)))
			return page_error(req, 400, _("This form does not take file uploads."));
		if (req_parse_multipart(req->arena, body, len, content_type, &req->form,
		                        &req->uploads, &status, err, sizeof err) < 0)
			return page_error(req, status, err);
		return 0;
	}
	return page_error(req, 400, _("The form was sent in an encoding this site does not read."));
}

/* ---- uploads (app.h "Uploads") ------------------------------------------ */

int app_path_inside(const char *dir, const char *path)
{
	size_t n = strlen(dir);
	while (n > 1 && dir[n - 1] == '/')
		n--;
	return n > 0 && strncmp(path, dir, n) == 0 && path[n] == '/' && path[n + 1] != '\0';
}

/* Map the body nginx wrote to a file (req->body_file): only a file inside
 * OPBAK_UPLOAD_DIR. 0 with *body and *len, or the status of the page
 * answered. */
static int map_body_file(struct request *req, const char **body, size_t *len)
{
	const char *dir = getenv("OPBAK_UPLOAD_DIR");
	char *real_dir = dir && *dir ? realpath(dir, NULL) : NULL;
	char *real_file = real_dir ? realpath(req->body_file, NULL) : NULL;
	int inside = real_file && app_path_inside(real_dir, real_file);
	int fd = inside ? open(real_file, O_RDONLY | O_CLOEXEC | O_NOFOLLOW) : -1;
	free(real_dir);
	free(real_file);
	if (!inside) {
		log_msg(req->id, "upload body file refused: %s", req->body_file);
		return page_error(req, 400, _("The upload did not arrive. Please send it again."));
	}
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		if (fd >= 0)
			close(fd);
		return page_error(req, 400, _("The upload did not arrive. Please send it again."));
	}
	if (st.st_size > LIMIT_UPLOAD_BODY) {
		close(fd);
		return page_error(
		    req, 413,
		    arena_printf(req->arena,
		                 _("What you sent is too large: this form takes at most %lu MB."),
		                 (unsigned long)(LIMIT_UPLOAD_BODY / (1024 * 1024))));
	}
	if (st.st_size == 0) {
		close(fd);
		return page_error(req, 400,
		                  _("The form arrived incomplete. Please send it again."));
	}
	void *map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (map == MAP_FAILED) {
		log_msg(req->id, "upload body file: mmap failed: %s", strerror(errno));
		return page_error(req, 500,
		                  _("Something went wrong on our side. It has been logged; "
		                    "please try again."));
	}
	req->body_map = map;
	req->body_map_len = (size_t)st.st_size;
	*body = map;
	*len = (size_t)st.st_size;
	return 0;
}

int app_file_written(struct request *req, const char *path)
{
	if (req->nfiles_written >= REQ_FILES)
		return -1;
	req->files_written[req->nfiles_written++] = path;
	return 0;
}

int app_file_unneeded(struct request *req, const char *path)
{
	if (req->nfiles_unneeded >= REQ_FILES)
		return -1;
	req->files_unneeded[req->nfiles_unneeded++] = path;
	return 0;
}

/* The handler's attempt ended: keep what it wrote and remove what it
 * replaced when it committed, else remove what it wrote. */
static void settle_files(struct request *req, int committed)
{
	for (size_t i = 0; i < req->nfiles_written; i++)
		if (!committed && unlink(req->files_written[i]) < 0 && errno != ENOENT)
			log_msg(req->id, "cannot remove %s: %s", req->files_written[i],
			        strerror(errno));
	for (size_t i = 0; i < req->nfiles_unneeded; i++)
		if (committed && unlink(req->files_unneeded[i]) < 0 && errno != ENOENT)
			log_msg(req->id, "cannot remove %s: %s", req->files_unneeded[i],
			        strerror(errno));
	req->nfiles_written = req->nfiles_unneeded = 0;
}

/* Put the page a handler began aside before running it again. */
static void forget_answer(struct request *req)
{
	if (req->layout) {
		tmpl_free(req->layout);
		req->layout = NULL;
	}
	res_reset(req->res);
	req->db_failed = 0;
	live_drop(req); /* what the lost attempt would have announced */
}

/* The handler, in a transaction when the route says so (app.h), run again
 * when its transaction lost a lock conflict. */
static int run_handler(struct request *req, const struct route *rt)
{
	int tx = (rt->flags & ROUTE_TX) != 0;
	for (int attempt = 1;; attempt++) {
		if (tx && db_begin(req) < 0)
			return -1;
		int status = rt->handler(req);
		int committed = status >= 200 && status < 400 && !req->db_failed;
		if (tx) {
			if (committed)
				committed = db_commit(req) == 0;
			else
				db_rollback(req);
		}
		settle_files(req, committed);
		if (!db_must_retry() || attempt == TX_ATTEMPTS) {
			if (db_must_retry())
				log_msg(req->id, "lock conflicts: gave up after %d attempts",
				        attempt);
			return req->db_failed && status >= 200 && status < 400 ? -1 : status;
		}
		/* Both sides of a deadlock retrying at once would meet again:
		 * wait a random while, longer each time (up to 2, 4, 8... ms). */
		log_msg(req->id, "lock conflict: running %s %s again (%d)", req->method, req->path,
		        attempt);
		db_request_done(req);
		forget_answer(req);
		usleep(200 + randombytes_uniform(1000u << attempt));
	}
}

static int run_route(const struct app *app, struct request *req, const char *content_type,
                     const char *body, size_t body_len, long long content_length)
{
	if (strlen(req->path) > LIMIT_PATH)
		return page_error(req, 400, _("The address is too long."));

	/* Find the route; remember whether the path exists for another method. */
	const struct route *rt = NULL;
	int path_known = 0;
	const char *method = strcmp(req->method, "HEAD") == 0 ? "GET" : req->method;
	for (size_t i = 0; i < app->nroutes; i++) {
		const struct route *r = &app->routes[i];
		if (!route_match(r->pattern, req->path, req->args, &req->nargs, req->arena))
			continue;
		path_known = 1;
		if (strcmp(r->method, method) == 0) {
			rt = r;
			break;
		}
	}

	if (auth_begin(req) < 0)
		return -1;
	if (!rt) {
		if (path_known)
			return page_error(req, 405,
			                  _("This address does not take that kind of request."));
		return page_error(req, 404,
		                  _("There is no page at this address. It may have been removed, "
		                    "or the link may be mistyped."));
	}

	if (req->body_file && !(rt->flags & ROUTE_UPLOAD && strcmp(method, "POST") == 0))
		return page_error(req, 400, _("This form does not take file uploads."));
	if (strcmp(method, "POST") == 0 && rt->flags & ROUTE_UPLOAD) {
		/* The body is in the file nginx wrote (app.h), never in body. */
		if (!req->body_file)
			return page_error(req, 400,
			                  _("The upload did not arrive. Please send it again."));
		int rc = map_body_file(req, &body, &body_len);
		if (rc)
			return rc;
		rc = read_body(req, rt, content_type, body, body_len);
		if (rc)
			return rc;
		if (auth_csrf_check(req) < 0)
			return refuse_forgery(req);
	} else if (strcmp(method, "POST") == 0) {
		size_t limit =
		    (rt->flags & ROUTE_MULTIPART) ? LIMIT_MULTIPART_BODY : LIMIT_FORM_BODY;
		if (content_length < 0)
			return page_error(req, 400,
			                  _("The form arrived incomplete. Please send it again."));
		if ((unsigned long long)content_length > limit)
			return page_error(
			    req, 413,
			    arena_printf(
			        req->arena,
			        _("What you sent is too large: this form takes at most %lu KB."),
			        (unsigned long)(limit / 1024)));
		int rc = read_body(req, rt, content_type, body, body_len);
		if (rc)
			return rc;
		if (auth_csrf_check(req) < 0)
			return refuse_forgery(req);
	}

	if ((rt->flags & ROUTE_LOGIN || rt->roles) && !req->user.id) {
		if (strcmp(method, "GET") == 0 && app->login_url) {
			const char *here = req->path;
			if (req->query_string && *req->query_string)
				here = arena_printf(req->arena, "%s?%s", here, req->query_string);
			char *next = arena_printf(req->arena, "%s?next=%s", app->login_url,
			                          text_url_encode(req->arena, here, 1));
			return res_redirect(req, next);
		}
		return page_error(req, 403, _("You need to log in to do that."));
	}
	if (!user_has_role(req, rt->roles))
		return page_error(req, 403, _("Your account does not have access to this page."));

	req->route = rt;
	for (size_t i = 0; i < req->nargs; i++)
		req->ids[i] = req_parse_id(req->args[i]);
	req->query_in = arena_calloc(req->arena, 1, sizeof *req->query_in);
	req->form_in = arena_calloc(req->arena, 1, sizeof *req->form_in);
	form_read(req, &req->query, rt->query, form_count(rt->query), req->query_in);
	if (strcmp(method, "POST") == 0)
		form_read(req, &req->form, rt->form, form_count(rt->form), req->form_in);
	else
		form_read(req, &req->form, NULL, 0, req->form_in);
	const char *bad = form_bad_value(req->query_in);
	if (!bad)
		bad = form_bad_value(req->form_in);
	if (bad)
		return page_error(req, 400, bad);
	return run_handler(req, rt);
}

void app_handle(const struct app *app, struct request *req, const char *content_type,
                const char *body, size_t body_len, long long content_length)
{
	/* On a cluster, a browser that has just written reads after its
	 * write, whichever node this worker is on (db.h, DB_RYW_COOKIE):
	 * from the session (auth_begin) on. */
	int galera = db_galera();
	if (galera)
		db_read_your_writes(req_cookie(req, DB_RYW_COOKIE) != NULL);
	int status = run_route(app, req, content_type, body, body_len, content_length);
	/* Live updates (live.h) announce only what was stored: after the
	 * commit of a ROUTE_TX handler, or a handler that succeeded. */
	if (status >= 200 && status < 400 && !req->db_failed) {
		live_send(req);
		if (galera && strcmp(req->method, "POST") == 0)
			res_cookie(req, DB_RYW_COOKIE, "1", DB_RYW_SECONDS);
	} else {
		live_drop(req);
	}
	if (status < 0 || (req->db_failed && req->res->status == 0)) {
		db_request_done(req);
		res_reset(req->res);
		if (db_is_down())
			page_error(req, 503,
			           _("The site cannot reach its database right now. Nothing you "
			             "sent was lost: try again in a minute."));
		else
			page_error(req, 500,
			           _("Something went wrong on our side. It has been logged; please "
			             "try again."));
	}
	db_request_done(req);
	if (galera)
		db_read_your_writes(0);
	if (req->body_map) {
		munmap(req->body_map, req->body_map_len);
		req->body_map = NULL;
	}
	if (req->layout) { /* a handler began a page and did not end it */
		tmpl_free(req->layout);
		req->layout = NULL;
	}
	struct response *res = req->res;
	int ok = res->status == 0 || res->status == 200 || res->status == 404;
	res->shared = ok && req->route && (req->route->flags & ROUTE_SHARED) && !req->user.id &&
	              !req->csrf_token && !res_sets_cookie(res);
}

/* The checked fields that declare name: the form's when it does, else the
 * query's (NULL before the route's fields are read). */
static const struct form *declaring(const struct request *req, const char *name)
{
	const struct form *f = req->form_in;
	for (size_t i = 0; f && i < f->count; i++)
		if (strcmp(f->fields[i].name, name) == 0)
			return f;
	return req->query_in;
}

const char *req_text(const struct request *req, const char *name)
{
	const struct form *f = declaring(req, name);
	return f ? form_value(f, name) : "";
}

long long req_int(const struct request *req, const char *name)
{
	const struct form *f = declaring(req, name);
	return f ? form_int(f, name) : 0;
}

const long long *req_ids(const struct request *req, const char *name, size_t *n)
{
	const long long *ids = req->form_in ? form_ids(req->form_in, name, n) : NULL;
	if (!ids && req->query_in)
		ids = form_ids(req->query_in, name, n);
	if (!ids)
		*n = 0;
	return ids;
}

/* ---- the worker --------------------------------------------------------- */

static void on_term_worker(int sig)
{
	(void)sig;
	stopping = 1;
	if (idle)
		_exit(0);
}

static const char *param(FCGX_Request *r, const char *name, const char *def)
{
	const char *v = FCGX_GetParam(name, r->envp);
	return v ? v : def;
}

/* Worker-lifetime: the site's address for absolute links, from
 * OPBAK_BASE_URL (read once by app_main). Never from the request: its Host
 * header is whatever the client wrote, and a feed with the links it
 * chose would be cached and handed to everyone. */
static const char *site_url = "http://localhost";
static int site_configured; /* OPBAK_BASE_URL was set */

/* OPBAK_BASE_URL, checked: http(s)://host[:port][/path], printable ASCII
 * without quotes, spaces or backslashes; a trailing "/" dropped. NULL
 * when unusable. */
static const char *configured_base_url(const char *v)
{
	if (!text_starts_ci(v, "http://") && !text_starts_ci(v, "https://"))
		return NULL;
	const char *host = strstr(v, "://") + 3;
	if (!*host || *host == '/' || *host == ':')
		return NULL;
	for (const unsigned char *p = (const unsigned char *)v; *p; p++)
		if (*p <= ' ' || *p >= 0x7f || strchr("\"'<>\\`{}|^@?#", *p))
			return NULL;
	size_t n = strlen(v);
	while (n > 0 && v[n - 1] == '/')
		n--;
	char *copy = malloc(n + 1); /* lives as long as the process */
	if (!copy)
		return NULL;
	memcpy(copy, v, n);
	copy[n] = '\0';
	return copy;
}

/* What the request came to, "scheme://host[:port]", for the Origin check
 * when no OPBAK_BASE_URL is set (nginx passes $host, without port, as
 * HTTP_HOST; the port comes from SERVER_PORT). */
static const char *request_site(struct request *req, FCGX_Request *fr)
{
	if (site_configured)
		return site_url;
	const char *host = param(fr, "HTTP_HOST", "localhost");
	const char *port = param(fr, "SERVER_PORT", "");
	int default_port = (req->https && strcmp(port, "443") == 0) ||
	                   (!req->https && strcmp(port, "80") == 0) || !*port || strchr(host, ':');
	return arena_printf(req->arena, "%s://%s%s%s", req->https ? "https" : "http", host,
	                    default_port ? "" : ":", default_port ? "" : port);
}

static void serve_one(const struct app *app, FCGX_Request *fr, struct arena *arena,
                      struct response *res, struct buf *out)
{
	char id[17];
	unsigned char raw[8];
	randombytes_buf(raw, sizeof raw);
	text_hex(raw, sizeof raw, id);

	struct request req;
	memset(&req, 0, sizeof req);
	req.arena = arena;
	req.id = id;
	req.res = res;
	res_reset(res);
	req.method = param(fr, "REQUEST_METHOD", "GET");
	req.path = param(fr, "DOCUMENT_URI", NULL);
	if (!req.path)
		req.path = param(fr, "SCRIPT_NAME", "/");
	req.remote_addr = param(fr, "REMOTE_ADDR", "");
	const char *https = param(fr, "HTTPS", "");
	req.https = https[0] && strcasecmp(https, "off") != 0;
	req.base_url = site_url;
	req_parse_cookies(arena, param(fr, "HTTP_COOKIE", NULL), &req.cookies);
	/* The visitor's language before anything is said; a member's own
	 * setting replaces it when his session is read (auth_begin). */
	i18n_choose(req_cookie(&req, I18N_COOKIE), param(fr, "HTTP_ACCEPT_LANGUAGE", NULL));

	const char *qs = param(fr, "QUERY_STRING", "");
	req.query_string = qs;
	/* Set only by nginx's upload locations (a client's header of that
	 * name arrives as HTTP_REQUEST_BODY_FILE and is never read). */
	const char *body_file = param(fr, "REQUEST_BODY_FILE", "");
	req.body_file = *body_file ? body_file : NULL;
	const char *clen = param(fr, "CONTENT_LENGTH", "");
	long long content_length = 0;
	if (*clen) {
		char *end;
		errno = 0;
		content_length = strtoll(clen, &end, 10);
		if (*end || errno || content_length < 0)
			content_length = -1;
	}

	char err[256];
	int status = 400;
	if (strlen(qs) > LIMIT_QUERY) {
		auth_begin(&req);
		page_error(&req, 400, _("The address is too long."));
	} else if (strcmp(req.method, "POST") == 0 &&
	           !auth_same_origin(param(fr, "HTTP_ORIGIN", NULL),
	                             param(fr, "HTTP_REFERER", NULL), request_site(&req, fr))) {
		/* Sent from a page of another site: refused before its body
		 * is read or any route runs, so nothing is stored. */
		log_msg(id, "POST %s refused: from %s", req.path,
		        param(fr, "HTTP_ORIGIN", param(fr, "HTTP_REFERER", "?")));
		auth_begin(&req);
		refuse_forgery(&req);
	} else if (req_parse_urlencoded(arena, qs, strlen(qs), &req.query, &status, err,
	                                sizeof err) < 0) {
		auth_begin(&req);
		page_error(&req, status, err);
	} else {
		/* Read the body only when it is within the largest limit; the
		 * route decides the rest (413). A body shorter than announced
		 * becomes -1 (400). */
		char *body = NULL;
		size_t got = 0;
		if (!req.body_file && content_length > 0 &&
		    content_length <= LIMIT_MULTIPART_BODY) {
			body = arena_alloc(arena, (size_t)content_length + 1);
			int n = FCGX_GetStr(body, (int)content_length, fr->in);
			got = n > 0 ? (size_t)n : 0;
			body[got] = '\0';
			if ((long long)got != content_length)
				content_length = -1;
		}
		app_handle(app, &req, param(fr, "CONTENT_TYPE", ""), body, got, content_length);
	}
	if (res->cacheable && (res->status == 0 || res->status == 200))
		res_validate(res, FCGX_GetParam("HTTP_IF_NONE_MATCH", fr->envp));

	res_serialize(res, out);
	FCGX_PutStr(out->data, (int)out->len, fr->out);
	if (res->status >= 500)
		log_msg(id, "%s %s -> %d", req.method, req.path, res->status);
}

#define HOURLY_SECONDS 3600

/* The app's hourly job (struct app) in a request of its own. */
static void run_hourly(const struct app *app, struct arena *arena, struct response *res)
{
	struct request req;
	memset(&req, 0, sizeof req);
	req.arena = arena;
	req.id = "hourly";
	req.res = res;
	req.method = "GET";
	req.path = "(hourly job)";
	req.query_string = "";
	res_reset(res);
	app->hourly(&req);
	arena_reset(arena);
}

static void worker_main(const struct app *app, int sock, const char *root)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_term_worker;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	signal(SIGCHLD, SIG_DFL);

	i18n_init(root);
	if (auth_init() < 0)
		_exit(2);
	char dir[4096];
	snprintf(dir, sizeof dir, "%s/cgi-bin", root);
	if (tmpl_load_dir(dir, "core") < 0)
		_exit(2);
	for (const char *const *t = app->templates; t && *t; t++)
		if (tmpl_load_dir(dir, *t) < 0)
			_exit(2);
	db_connect(); /* may fail: reconnect on the first request */

	FCGX_Request fr;
	FCGX_InitRequest(&fr, sock, 0);
	struct arena arena = {0};
	struct response res = {0};
	struct buf out = {0};
	time_t hourly_at = 0; /* when the job is due: at once */
	while (!stopping) {
		if (app->hourly && time(NULL) >= hourly_at) {
			run_hourly(app, &arena, &res);
			hourly_at = time(NULL) + HOURLY_SECONDS;
		}
		idle = 1;
		/* SIGTERM may have come before idle was set. */
		// cppcheck-suppress oppositeInnerCondition
		if (stopping)
			break;
		int rc = FCGX_Accept_r(&fr);
		idle = 0;
		if (rc < 0) {
			if (stopping)
				break;
			usleep(10000);
			continue;
		}
		serve_one(app, &fr, &arena, &res, &out);
		FCGX_Finish_r(&fr);
		arena_reset(&arena);
	}
	db_close();
	_exit(0);
}

/* ---- the supervisor ----------------------------------------------------- */

static void on_term_parent(int sig)
{
	(void)sig;
	stopping = 1;
}

static void usage(void)
{
	fprintf(stderr, "usage: <app> --socket PATH [--workers N] [--pidfile PATH]\n");
}

int app_main(int argc, char **argv, const struct app *app)
{
	const char *socket_path = NULL, *pidfile = NULL;
	int workers = 4;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--socket") == 0 && i + 1 < argc)
			socket_path = argv[++i];
		else if (strcmp(argv[i], "--workers") == 0 && i + 1 < argc)
			workers = atoi(argv[++i]);
		else if (strcmp(argv[i], "--pidfile") == 0 && i + 1 < argc)
			pidfile = argv[++i];
		else {
			usage();
			return 2;
		}
	}
	if (!socket_path || workers < 1 || workers > MAX_WORKERS) {
		usage();
		return 2;
	}
	const char *root = getenv("OPBAK_ROOT");
	if (!root)
		root = ".";
	const char *base = getenv("OPBAK_BASE_URL");
	if (base && *base) {
		site_url = configured_base_url(base);
		site_configured = 1;
		if (!site_url) {
			log_msg(NULL, "%s: OPBAK_BASE_URL is not an http(s) address: %s", app->name,
			        base);
			return 2;
		}
	} else {
		log_msg(NULL, "%s: OPBAK_BASE_URL is not set: absolute links say %s", app->name,
		        site_url);
	}

	if (FCGX_Init() != 0)
		return 1;
	unlink(socket_path);
	int sock = FCGX_OpenSocket(socket_path, 256);
	if (sock < 0) {
		log_msg(NULL, "%s: cannot listen on %s", app->name, socket_path);
		return 1;
	}
	chmod(socket_path, 0660);
	if (pidfile) {
		FILE *f = fopen(pidfile, "w");
		if (f) {
			fprintf(f, "%d\n", (int)getpid());
			fclose(f);
		}
	}

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_term_parent; /* no SA_RESTART: wait() returns EINTR */
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);

	pid_t pids[MAX_WORKERS] = {0};
	time_t started[MAX_WORKERS] = {0};
	log_msg(NULL, "%s: %d workers on %s", app->name, workers, socket_path);
	while (!stopping) {
		for (int i = 0; i < workers && !stopping; i++) {
			if (pids[i] > 0)
				continue;
			if (started[i] && time(NULL) - started[i] < 1)
				sleep(1); /* a worker that dies at once: do not spin */
			pid_t pid = fork();
			if (pid == 0)
				worker_main(app, sock, root);
			if (pid > 0) {
				pids[i] = pid;
				started[i] = time(NULL);
			}
		}
		int st;
		pid_t dead = wait(&st);
		if (dead < 0)
			continue; /* EINTR: a signal; the loop condition decides */
		for (int i = 0; i < workers; i++)
			if (pids[i] == dead) {
				pids[i] = 0;
				if (stopping)
					continue;
				/* SIGKILL comes from outside (an operator, the OOM
				 * killer, a test); any other death is a crash. */
				if (WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL)
					log_msg(NULL, "%s: worker %d was killed, restarting",
					        app->name, (int)dead);
				else if (WIFSIGNALED(st))
					log_msg(NULL,
					        "%s: worker %d crashed (signal %d), restarting",
					        app->name, (int)dead, WTERMSIG(st));
				else
					log_msg(NULL, "%s: worker %d ended (exit %d), restarting",
					        app->name, (int)dead, WEXITSTATUS(st));
			}
	}

	/* Shut down: let workers finish what they are serving. */
	for (int i = 0; i < workers; i++)
		if (pids[i] > 0)
			kill(pids[i], SIGTERM);
	time_t deadline = time(NULL) + 10;
	int alive = 1;
	while (alive && time(NULL) < deadline) {
		alive = 0;
		for (int i = 0; i < workers; i++) {
			if (pids[i] <= 0)
				continue;
			if (waitpid(pids[i], NULL, WNOHANG) == pids[i])
				pids[i] = 0;
			else
				alive = 1;
		}
		if (alive)
			usleep(20000);
	}
	for (int i = 0; i < workers; i++)
		if (pids[i] > 0) {
			kill(pids[i], SIGKILL);
			waitpid(pids[i], NULL, 0);
		}
	unlink(socket_path);
	if (pidfile)
		unlink(pidfile);
	log_msg(NULL, "%s: stopped", app->name);
	return 0;
}
