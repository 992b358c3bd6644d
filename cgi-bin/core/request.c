/*
 * request.c - parsers for query strings, form bodies, cookies, multipart.
 *
 * Every loop is bounded by the input length and by a count from limits.h;
 * nothing here trusts a length the client wrote. Failures say, in words a
 * member can read, what was wrong.
 */
#define _GNU_SOURCE /* memmem */
#include "request.h"

#include "i18n.h"

#include <ctype.h>
#include <stdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Fail with a message for the user: plain text (fail) or a format naming
 * the field (fail_field, checked by the compiler). */
static int fail(int *status, int code, char *err, size_t errlen, const char *msg)
{
	*status = code;
	snprintf(err, errlen, "%s", msg);
	return -1;
}

__attribute__((format(printf, 5, 6))) static int fail_field(int *status, int code, char *err,
                                                            size_t errlen, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	*status = code;
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
	return -1;
}

static int hexval(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decode one urlencoded token (a name or a value) into out; '+' is a
 * space. Returns the decoded length, or -1 on a malformed escape. */
static long decode_token(const char *s, size_t len, char *out)
{
	size_t o = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '+') {
			out[o++] = ' ';
		} else if (c == '%') {
			if (len - i < 3)
				return -1;
			int hi = hexval((unsigned char)s[i + 1]);
			int lo = hexval((unsigned char)s[i + 2]);
			if (hi < 0 || lo < 0)
				return -1;
			out[o++] = (char)(hi * 16 + lo);
			i += 2;
		} else {
			out[o++] = (char)c;
		}
	}
	out[o] = '\0';
	return (long)o;
}

int req_parse_urlencoded(struct arena *a, const char *data, size_t len, struct kvlist *out,
                         int *status, char *err, size_t errlen)
{
	out->items = NULL;
	out->count = 0;
	if (len == 0)
		return 0;

	/* Count pairs first so the array is allocated once and bounded. */
	/* Count non-empty pairs ("a=1&&b=2&" holds two). */
	size_t pairs = 0;
	for (size_t i = 0; i < len; i++)
		if (data[i] != '&' && (i == 0 || data[i - 1] == '&'))
			pairs++;
	if (pairs > LIMIT_FIELDS)
		return fail(status, 413, err, errlen,
		            _("The form has too many fields (more than 200)."));
	out->items = arena_calloc(a, pairs ? pairs : 1, sizeof(struct kv));

	size_t pos = 0;
	while (pos <= len) {
		const char *amp = memchr(data + pos, '&', len - pos);
		size_t end = amp ? (size_t)(amp - data) : len;
		const char *pair = data + pos;
		size_t plen = end - pos;
		pos = end + 1;
		if (plen == 0) {
			if (!amp)
				break;
			continue;
		}
		const char *eq = memchr(pair, '=', plen);
		size_t nlen = eq ? (size_t)(eq - pair) : plen;
		const char *vraw = eq ? eq + 1 : pair + plen;
		size_t vlen = eq ? plen - nlen - 1 : 0;

		if (nlen > LIMIT_FIELD_NAME * 3)
			return fail(status, 400, err, errlen,
			            _("A field name in the form is too long."));
		char *name = arena_alloc(a, nlen + 1);
		long n = decode_token(pair, nlen, name);
		if (n < 0) {
			/* Printed as text, not as a format: */
			/* xgettext:no-c-format */
			const char *msg = _("The form is malformed: a %-escape in a field name is "
			                    "cut short or not hex.");
			return fail(status, 400, err, errlen, msg);
		}
		if (n == 0 || (size_t)n > LIMIT_FIELD_NAME || memchr(name, '\0', (size_t)n))
			return fail(status, 400, err, errlen,
			            _("The form is malformed: a field has an empty, over-long or "
			              "binary name."));
		if (vlen > (size_t)LIMIT_FIELD_VALUE * 3)
			return fail_field(status, 413, err, errlen,
			                  _("The field \"%s\" is far too long."), name);
		char *value = arena_alloc(a, vlen + 1);
		long v = decode_token(vraw, vlen, value);
		if (v < 0)
			return fail_field(
			    status, 400, err, errlen,
			    _("The form is malformed: a %%-escape in the field \"%s\" is cut "
			      "short or not hex."),
			    name);
		if ((size_t)v > LIMIT_FIELD_VALUE)
			return fail_field(status, 413, err, errlen,
			                  _("The field \"%s\" is far too long."), name);
		struct kv *kv = &out->items[out->count++];
		kv->name = name;
		kv->value = value;
		kv->len = (size_t)v;
		if (!amp)
			break;
	}
	return 0;
}

void req_parse_cookies(struct arena *a, const char *header, struct kvlist *out)
{
	out->items = NULL;
	out->count = 0;
	if (!header || !*header)
		return;
	out->items = arena_calloc(a, LIMIT_COOKIES, sizeof(struct kv));
	const char *p = header;
	while (*p && out->count < LIMIT_COOKIES) {
		while (*p == ' ' || *p == '\t' || *p == ';')
			p++;
		if (!*p)
			break;
		const char *start = p;
		while (*p && *p != ';')
			p++;
		const char *end = p;
		while (end > start && (end[-1] == ' ' || end[-1] == '\t'))
			end--;
		const char *eq = memchr(start, '=', (size_t)(end - start));
		if (!eq || eq == start)
			continue; /* malformed pair: skip */
		const char *v = eq + 1;
		while (v < end && (*v == ' ' || *v == '\t'))
			v++;
		size_t vlen = (size_t)(end - v);
		if (vlen >= 2 && v[0] == '"' && v[vlen - 1] == '"') {
			v++;
			vlen -= 2;
		}
		size_t nlen = (size_t)(eq - start);
		while (nlen > 0 && (start[nlen - 1] == ' ' || start[nlen - 1] == '\t'))
			nlen--;
		if (nlen == 0 || nlen > LIMIT_FIELD_NAME || vlen > LIMIT_COOKIE_VALUE)
			continue;
		struct kv *kv = &out->items[out->count++];
		kv->name = arena_strndup(a, start, nlen);
		kv->value = arena_strndup(a, v, vlen);
		kv->len = vlen;
	}
}

/* Find a parameter (e.g. boundary, name, filename) in a header value such
 * as `form-data; name="x"; filename="a b.png"`. Case-insensitive names,
 * optional quotes; backslash escapes inside quotes are honoured. */
static char *header_param(struct arena *a, const char *h, size_t hlen, const char *param)
{
	size_t plen = strlen(param);
	size_t i = 0;
	while (i < hlen) {
		/* Move to the start of the next parameter, after a ';'. */
		while (i < hlen && h[i] != ';') {
			if (h[i] == '"') { /* skip quoted strings */
				i++;
				while (i < hlen && h[i] != '"') {
					if (h[i] == '\\' && i + 1 < hlen)
						i++;
					i++;
				}
			}
			i++;
		}
		if (i >= hlen)
			return NULL;
		i++;
		while (i < hlen && (h[i] == ' ' || h[i] == '\t'))
			i++;
		if (hlen - i > plen && strncasecmp(h + i, param, plen) == 0 && h[i + plen] == '=') {
			i += plen + 1;
			char *out = arena_alloc(a, hlen - i + 1);
			size_t o = 0;
			if (i < hlen && h[i] == '"') {
				i++;
				while (i < hlen && h[i] != '"') {
					if (h[i] == '\\' && i + 1 < hlen)
						i++;
					out[o++] = h[i++];
				}
			} else {
				while (i < hlen && h[i] != ';' && h[i] != ' ' && h[i] != '\t')
					out[o++] = h[i++];
			}
			out[o] = '\0';
			return out;
		}
	}
	return NULL;
}

int req_parse_multipart(struct arena *a, const char *data, size_t len, const char *content_type,
                        struct kvlist *fields, struct uploads *files, int *status, char *err,
                        size_t errlen)
{
	fields->items = NULL;
	fields->count = 0;
	files->items = NULL;
	files->count = 0;

	const char *boundary =
	    content_type ? header_param(a, content_type, strlen(content_type), "boundary") : NULL;
	size_t blen = boundary ? strlen(boundary) : 0;
	if (blen == 0 || blen > 70)
		return fail(status, 400, err, errlen,
		            _("The upload is malformed: its boundary is missing or too long."));

	/* The delimiter between parts is CRLF "--" boundary. */
	char *delim = arena_printf(a, "\r\n--%s", boundary);
	size_t dlen = blen + 4;

	fields->items = arena_calloc(a, LIMIT_MULTIPART_PARTS, sizeof(struct kv));
	files->items = arena_calloc(a, LIMIT_MULTIPART_PARTS, sizeof(struct upload));

	/* The body starts with "--boundary" (no leading CRLF); treat it as if
	 * it had one by matching the delimiter without its CRLF. */
	if (len < dlen - 2 || memcmp(data, delim + 2, dlen - 2) != 0)
		return fail(status, 400, err, errlen,
		            _("The upload is malformed: it does not start with its boundary."));
	size_t pos = dlen - 2;
	size_t parts = 0;

	for (;;) {
		/* After a delimiter: "--" ends the body, CRLF starts a part. */
		if (len - pos >= 2 && data[pos] == '-' && data[pos + 1] == '-')
			return 0;
		if (len - pos < 2 || data[pos] != '\r' || data[pos + 1] != '\n')
			return fail(status, 400, err, errlen,
			            _("The upload is malformed: a boundary line is damaged."));
		pos += 2;
		if (++parts > LIMIT_MULTIPART_PARTS)
			return fail(status, 413, err, errlen, _("The upload has too many parts."));

		/* Part headers end at an empty line, before the next boundary. */
		size_t hmax =
		    len - pos < LIMIT_MULTIPART_HEADERS ? len - pos : LIMIT_MULTIPART_HEADERS;
		const char *next_delim = memmem(data + pos, len - pos, delim, dlen);
		if (next_delim && (size_t)(next_delim - (data + pos)) + 2 < hmax)
			hmax = (size_t)(next_delim - (data + pos)) + 2; /* its CRLF may end them */
		const char *hend;
		if (hmax >= 2 && data[pos] == '\r' && data[pos + 1] == '\n')
			hend = data + pos - 2; /* no headers at all */
		else
			hend = memmem(data + pos, hmax, "\r\n\r\n", 4);
		if (!hend)
			return fail(status, 400, err, errlen,
			            _("The upload is malformed: a part's headers are missing or "
			              "too long."));
		const char *h = data + pos;
		size_t hlen = hend >= h ? (size_t)(hend - h) : 0;
		size_t body = (size_t)(hend - data) + 4;

		char *name = NULL, *filename = NULL, *ctype = NULL;
		size_t i = 0;
		while (i < hlen) {
			const char *line = h + i;
			const char *eol = memmem(line, hlen - i, "\r\n", 2);
			size_t llen = eol ? (size_t)(eol - line) : hlen - i;
			if (llen > 20 && strncasecmp(line, "Content-Disposition:", 20) == 0) {
				name = header_param(a, line, llen, "name");
				filename = header_param(a, line, llen, "filename");
			} else if (llen > 13 && strncasecmp(line, "Content-Type:", 13) == 0) {
				size_t s = 13;
				while (s < llen && line[s] == ' ')
					s++;
				ctype = arena_strndup(a, line + s, llen - s);
			}
			i += llen + 2;
		}
		if (!name || !*name || strlen(name) > LIMIT_FIELD_NAME)
			return fail(status, 400, err, errlen,
			            _("The upload is malformed: a part has no usable field name."));

		if (body > len)
			return fail(status, 400, err, errlen,
			            _("The upload is malformed: it ends inside a part."));
		const char *next = memmem(data + body, len - body, delim, dlen);
		if (!next)
			return fail(
			    status, 400, err, errlen,
			    _("The upload is malformed: it ends before its closing boundary."));
		size_t vlen = (size_t)(next - (data + body));
		if (filename) {
			struct upload *u = &files->items[files->count++];
			u->field = name;
			u->filename = filename;
			u->content_type = ctype ? ctype : "application/octet-stream";
			u->data = data + body;
			u->len = vlen;
		} else {
			if (vlen > LIMIT_FIELD_VALUE)
				return fail_field(status, 413, err, errlen,
				                  _("The field \"%s\" is far too long."), name);
			struct kv *kv = &fields->items[fields->count++];
			kv->name = name;
			kv->value = arena_strndup(a, data + body, vlen);
			kv->len = vlen;
		}
		pos = (size_t)(next - data) + dlen;
	}
}

const struct kv *kv_find(const struct kvlist *l, const char *name)
{
	for (size_t i = 0; i < l->count; i++)
		if (strcmp(l->items[i].name, name) == 0)
			return &l->items[i];
	return NULL;
}

const char *kv_get(const struct kvlist *l, const char *name)
{
	const struct kv *kv = kv_find(l, name);
	return kv ? kv->value : NULL;
}

const char *req_form(const struct request *req, const char *name)
{
	return kv_get(&req->form, name);
}

const char *req_cookie(const struct request *req, const char *name)
{
	return kv_get(&req->cookies, name);
}

long long req_parse_id(const char *s)
{
	if (!s || !*s || strlen(s) > 10)
		return 0;
	long long v = 0;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return 0;
		v = v * 10 + (*s - '0');
	}
	return v <= 0xffffffffLL ? v : 0;
}

int req_is_post(const struct request *req)
{
	return strcmp(req->method, "POST") == 0;
}
