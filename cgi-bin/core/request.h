/*
 * request.h - the request as handlers see it, and the parsers that fill it.
 *
 * The parsers are pure functions over bytes (no FastCGI, no globals) so
 * they can be unit-tested and fuzzed alone. Each returns 0, or -1 with a
 * sentence for the user in err and the HTTP status to answer in *status
 * (400 malformed, 413 too large). Everything they return lives in the
 * arena they are given.
 *
 * Values are raw bytes: a decoded value may hold any byte, including NUL
 * and invalid UTF-8. form_read() (form.h) is where text is checked, so
 * that a bad field can be named and the rest of the form kept.
 */
#ifndef OPBAK_REQUEST_H
#define OPBAK_REQUEST_H

#include <stddef.h>

#include "arena.h"
#include "limits.h"

struct kv {
	const char *name;  /* NUL-terminated */
	const char *value; /* NUL-terminated, but may hold NUL before len */
	size_t len;        /* bytes in value */
};

struct kvlist {
	struct kv *items;
	size_t count;
};

struct upload {
	const char *field;        /* form field name */
	const char *filename;     /* as the browser sent it; never a path to trust */
	const char *content_type; /* as the browser sent it */
	const char *data;
	size_t len;
};

struct uploads {
	struct upload *items;
	size_t count;
};

#define REQ_FILES 4 /* files outside the database one request may name (app.h) */

struct response;
struct tmpl_dict;
struct route;
struct form;
struct live_msg;

/* Who is asking: filled by auth from the session cookie. id 0 = nobody. */
struct user {
	long long id;
	const char *handle;
	int role;              /* enum role in auth.h */
	unsigned rights;       /* AUTH_RIGHT_... bits a support person holds (auth.h) */
	long long unread;      /* unread notifications (the header badge): auth_unread() */
	long long chat_unread; /* unread chat messages (goals, sql/023): auth_unread() too */
	long long chats;       /* chats he is in: the header links to /chat when any */
	int unread_known;
};

struct request {
	struct arena *arena; /* worker-owned; reset after the request */
	const char *id;      /* short random id for log lines */
	const char *method;  /* "GET", "POST", ... */
	const char *path;    /* decoded and normalised by nginx ($uri) */
	const char *remote_addr;
	int https;                /* served over TLS: cookies get Secure */
	const char *base_url;     /* "https://host[:port]" for absolute links (feeds) */
	struct kvlist query;      /* from QUERY_STRING */
	const char *query_string; /* raw, as it came (for return addresses) */
	struct kvlist form;       /* from a POST body (either encoding) */
	struct uploads uploads;   /* files from a multipart body */
	struct kvlist cookies;
	const char *args[LIMIT_PATH_ARGS]; /* segments captured by the route */
	long long ids[LIMIT_PATH_ARGS];    /* the same as row ids ("#"), else 0 */
	size_t nargs;
	const struct route *route; /* the route answering (its fields: app.h) */
	struct form *query_in;     /* the route's query fields, checked */
	struct form *form_in;      /* the route's form fields, checked (failed: refill) */
	struct user user;          /* the logged-in user, or id 0 */
	const char *session_hash;  /* hex sha256 of the session token, or NULL */
	const char *csrf_seed;     /* the csrf cookie value (set when a form needs one) */
	const char *csrf_token;    /* its form token, computed once (auth_csrf_token) */
	struct response *res;      /* the answer being built */
	struct tmpl_dict *layout;  /* the page frame, once page_begin ran */
	int db_failed;             /* a DB call failed: answer 503/500 */
	long long site_version;    /* the site's version (frag.h), once read */
	int site_version_known;
	struct live_msg *live; /* publications sent after the commit (live.h) */
	/* ROUTE_UPLOAD (app.h): the body nginx wrote to a file, as the
	 * FastCGI param REQUEST_BODY_FILE named it (NULL: none), and its
	 * read-only map while the request lasts. */
	const char *body_file;
	void *body_map;
	size_t body_map_len;
	/* Files that follow the handler's transaction (app.h). */
	const char *files_written[REQ_FILES];
	const char *files_unneeded[REQ_FILES];
	size_t nfiles_written, nfiles_unneeded;
};

/* Decode application/x-www-form-urlencoded (also query strings). */
int req_parse_urlencoded(struct arena *a, const char *data, size_t len, struct kvlist *out,
                         int *status, char *err, size_t errlen);

/* Parse a Cookie header leniently: malformed pairs are skipped, at most
 * LIMIT_COOKIES are kept, over-long values dropped. Never fails. */
void req_parse_cookies(struct arena *a, const char *header, struct kvlist *out);

/* Parse a multipart/form-data body; content_type is the whole header
 * value (the boundary comes from it). Parts without a filename become
 * fields, parts with one become uploads. */
int req_parse_multipart(struct arena *a, const char *data, size_t len, const char *content_type,
                        struct kvlist *fields, struct uploads *files, int *status, char *err,
                        size_t errlen);

/* The value of a field, or NULL when absent. First occurrence wins. */
const struct kv *kv_find(const struct kvlist *l, const char *name);
const char *kv_get(const struct kvlist *l, const char *name);

/* Raw values, for core itself (the CSRF field, the cookies); handlers
 * read their declared fields with req_text()/req_int() (app.h). */
const char *req_form(const struct request *req, const char *name);
const char *req_cookie(const struct request *req, const char *name);
/* A row id written in a path, a form or a query: 1 to 4294967295 (ids
 * are INT UNSIGNED) in plain digits, else 0. */
long long req_parse_id(const char *s);
int req_is_post(const struct request *req);

#endif
