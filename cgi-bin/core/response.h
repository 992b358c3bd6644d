/*
 * response.h - the answer being built: status, headers, body.
 *
 * A handler never writes bytes to the client. It sets a status, maybe a
 * header or a cookie, and fills the body (usually through page.h); core
 * then serialises everything into one buffer with res_serialize() and
 * writes it with one call. Every response carries the security headers.
 */
#ifndef OPBAK_RESPONSE_H
#define OPBAK_RESPONSE_H

#include "arena.h"

struct request;

struct response {
	int status;               /* 0 until a handler sets one */
	const char *content_type; /* default text/html; charset=utf-8 */
	struct buf headers;       /* extra header lines, each ending CRLF */
	struct buf body;
	/* Public caching allowed (feeds). A cacheable answer is the same for
	 * everyone who asks: res_serialize() sends none of its cookies (a
	 * shared cache would hand one browser's cookie to the next), and it
	 * must hold no form (a form's CSRF token is one browser's). */
	int cacheable;
	/* Kept by nginx for a second and handed to every anonymous visitor
	 * (ROUTE_SHARED in app.h; core decides, never a handler). */
	int shared;
};

/* Worker-lifetime buffers are kept; only their contents go. */
void res_reset(struct response *r);

/* Add a header. Returns -1 (and adds nothing) when the name or value
 * holds CR, LF or NUL, so header injection is impossible, and for
 * Set-Cookie: cookies go through res_cookie() only. */
int res_header(struct request *req, const char *name, const char *value);

/* Set a cookie: Path=/; HttpOnly; SameSite=Lax; Secure over https.
 * max_age < 0 makes a session cookie, 0 deletes it. value must be a
 * cookie-safe token (we only set hex/base64url values). Not sent when the
 * answer turns out cacheable. */
void res_cookie(struct request *req, const char *name, const char *value, long max_age);

/* 303 See Other to a local path (must start with a single "/"). */
int res_redirect(struct request *req, const char *location);

/* Whether the answer sets a cookie. */
int res_sets_cookie(const struct response *r);

/* A cacheable answer's validator: its ETag is a hash of the body; when
 * if_none_match (the request's If-None-Match, may be NULL) names it, the
 * answer becomes 304 Not Modified without a body. */
void res_validate(struct response *r, const char *if_none_match);

/* Reason phrase for a status code. */
const char *res_status_text(int status);

/* Write the whole response (CGI header block + body) into out. */
void res_serialize(const struct response *r, struct buf *out);

/* The security headers every response carries (nginx adds the same to
 * static files). */
#define RES_SECURITY_HEADERS                                                                       \
	"Content-Security-Policy: default-src 'self'; script-src 'self'; "                         \
	"style-src 'self'; img-src 'self' data:; media-src 'self'; "                               \
	"object-src 'none'; base-uri 'none'; form-action 'self'; "                                 \
	"frame-ancestors 'none'\r\n"                                                               \
	"X-Content-Type-Options: nosniff\r\n"                                                      \
	"Referrer-Policy: same-origin\r\n"                                                         \
	"X-Frame-Options: DENY\r\n"                                                                \
	"Permissions-Policy: camera=(), microphone=(), geolocation=()\r\n"

#endif
