/*
 * response.c - headers, cookies, redirects and the one-buffer serialiser.
 */
#include "response.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "request.h"
#include "text.h"

void res_reset(struct response *r)
{
	r->status = 0;
	r->content_type = NULL;
	r->cacheable = 0;
	r->shared = 0;
	buf_reset(&r->headers);
	buf_reset(&r->body);
}

static int header_safe(const char *s)
{
	for (; *s; s++)
		if (*s == '\r' || *s == '\n')
			return 0;
	return 1;
}

static int add_header(struct request *req, const char *name, const char *value)
{
	if (!header_safe(name) || !header_safe(value) || strchr(name, ':'))
		return -1;
	struct buf *h = &req->res->headers;
	buf_puts(h, name);
	buf_append(h, ": ", 2);
	buf_puts(h, value);
	buf_append(h, "\r\n", 2);
	return 0;
}

int res_header(struct request *req, const char *name, const char *value)
{
	if (strcasecmp(name, "Set-Cookie") == 0)
		return -1;
	return add_header(req, name, value);
}

void res_cookie(struct request *req, const char *name, const char *value, long max_age)
{
	char v[512];
	if (max_age >= 0)
		snprintf(v, sizeof v, "%s=%s; Path=/; Max-Age=%ld; HttpOnly; SameSite=Lax%s", name,
		         value, max_age, req->https ? "; Secure" : "");
	else
		snprintf(v, sizeof v, "%s=%s; Path=/; HttpOnly; SameSite=Lax%s", name, value,
		         req->https ? "; Secure" : "");
	add_header(req, "Set-Cookie", v);
}

int res_redirect(struct request *req, const char *location)
{
	/* Only local paths: "/x" but never "//host" or "/\host". */
	if (location[0] != '/' || location[1] == '/' || location[1] == '\\')
		location = "/";
	if (res_header(req, "Location", location) < 0)
		res_header(req, "Location", "/");
	req->res->status = 303;
	return 303;
}

int res_sets_cookie(const struct response *r)
{
	const char *h = r->headers.data ? r->headers.data : "";
	const char *end = h + r->headers.len;
	while (h < end) {
		if (strncasecmp(h, "Set-Cookie:", 11) == 0)
			return 1;
		const char *eol = memchr(h, '\n', (size_t)(end - h));
		h = eol ? eol + 1 : end;
	}
	return 0;
}

void res_validate(struct response *r, const char *if_none_match)
{
	unsigned char hash[16];
	crypto_generichash(hash, sizeof hash,
	                   (const unsigned char *)(r->body.data ? r->body.data : ""), r->body.len,
	                   NULL, 0);
	char tag[2 * sizeof hash + 3];
	tag[0] = '"';
	text_hex(hash, sizeof hash, tag + 1);
	strcpy(tag + 1 + 2 * sizeof hash, "\"");
	struct buf *h = &r->headers;
	buf_puts(h, "ETag: ");
	buf_puts(h, tag);
	buf_append(h, "\r\n", 2);
	/* If-None-Match: "*" or a list of tags, ours among them. */
	if (if_none_match && (strcmp(if_none_match, "*") == 0 || strstr(if_none_match, tag))) {
		r->status = 304;
		buf_reset(&r->body);
	}
}

const char *res_status_text(int status)
{
	switch (status) {
	case 200: return "OK";
	case 201: return "Created";
	case 204: return "No Content";
	case 301: return "Moved Permanently";
	case 302: return "Found";
	case 303: return "See Other";
	case 304: return "Not Modified";
	case 400: return "Bad Request";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 409: return "Conflict";
	case 413: return "Payload Too Large";
	case 429: return "Too Many Requests";
	case 500: return "Internal Server Error";
	case 503: return "Service Unavailable";
	default: return "Unknown";
	}
}

void res_serialize(const struct response *r, struct buf *out)
{
	int status = r->status ? r->status : 200;
	buf_reset(out);
	buf_printf(out, "Status: %d %s\r\nContent-Type: %s\r\n", status, res_status_text(status),
	           r->content_type ? r->content_type : "text/html; charset=utf-8");
	if (status != 304)
		buf_printf(out, "Content-Length: %lu\r\n", (unsigned long)r->body.len);
	/* Before Cache-Control: nginx 1.22 stops reading the caching headers
	 * at a "no-store" that comes first. Browsers get no-store on pages:
	 * only nginx keeps them, for a second (response.h). */
	if (r->shared)
		buf_puts(out, "X-Accel-Expires: 1\r\n");
	buf_puts(out, r->cacheable ? "Cache-Control: public, max-age=60\r\n"
	                           : "Cache-Control: no-store\r\n");
	/* Its words are in the language its cookie or Accept-Language chose
	 * (i18n.h); nginx keys its own copies on both instead. */
	if (r->cacheable)
		buf_puts(out, "Vary: Accept-Language, Cookie\r\n");
	buf_puts(out, RES_SECURITY_HEADERS);
	/* A cacheable answer goes without its cookies: a shared cache must
	 * not hand one browser's cookie on to the next (response.h). */
	const char *h = r->headers.data ? r->headers.data : "";
	const char *end = h + r->headers.len;
	while (h < end) {
		const char *eol = memchr(h, '\n', (size_t)(end - h));
		size_t len = eol ? (size_t)(eol - h) + 1 : (size_t)(end - h);
		if (!r->cacheable || strncasecmp(h, "Set-Cookie:", 11) != 0)
			buf_append(out, h, len);
		h += len;
	}
	buf_append(out, "\r\n", 2);
	buf_append(out, r->body.data ? r->body.data : "", r->body.len);
}
