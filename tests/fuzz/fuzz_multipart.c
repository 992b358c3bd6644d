/*
 * fuzz_multipart.c - req_parse_multipart over any content type and body.
 *
 * The first line of the input (up to '\n', a '\r' before it dropped) is
 * the Content-Type header value, the rest is the body. A failure must say
 * 400 or 413 with a message. A success must give at most
 * LIMIT_MULTIPART_PARTS parts; fields with a non-empty name within
 * LIMIT_FIELD_NAME and a NUL-terminated value of the right len within
 * LIMIT_FIELD_VALUE; uploads whose data lies inside the body and is
 * followed there by the CRLF "--" of the next delimiter. A broken
 * invariant aborts.
 *
 * Built with libFuzzer by `make fuzz`, or with replay.c by `make unit`.
 */
#include "fuzz.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "limits.h"
#include "request.h"

static struct arena arena; /* kept across inputs, reset for each */

static void check(int ok)
{
	if (!ok)
		abort();
}

static void check_name(const char *name)
{
	check(name != NULL);
	size_t n = strlen(name);
	check(n > 0 && n <= LIMIT_FIELD_NAME);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	arena_reset(&arena);
	const char *in = (const char *)data;
	const char *nl = memchr(in, '\n', size);
	size_t ctlen = nl ? (size_t)(nl - in) : size;
	const char *body = nl ? nl + 1 : in + size;
	size_t blen = size - (size_t)(body - in);
	if (ctlen > 0 && in[ctlen - 1] == '\r')
		ctlen--;
	char *ctype = arena_strndup(&arena, in, ctlen);

	struct kvlist fields;
	struct uploads files;
	int status = 0;
	char err[256];
	err[0] = '\0';
	if (req_parse_multipart(&arena, body, blen, ctype, &fields, &files, &status, err,
				sizeof err) < 0) {
		check(status == 400 || status == 413);
		check(err[0] != '\0' && memchr(err, '\0', sizeof err) != NULL);
		return 0;
	}

	check(fields.count + files.count <= LIMIT_MULTIPART_PARTS);
	for (size_t i = 0; i < fields.count; i++) {
		const struct kv *kv = &fields.items[i];
		check_name(kv->name);
		check(kv->value != NULL);
		check(kv->len <= LIMIT_FIELD_VALUE && kv->len <= blen);
		check(kv->value[kv->len] == '\0');
	}
	for (size_t i = 0; i < files.count; i++) {
		const struct upload *u = &files.items[i];
		check_name(u->field);
		check(u->filename != NULL && u->content_type != NULL);
		check(u->data >= body && u->len <= blen);
		size_t off = (size_t)(u->data - body);
		check(off <= blen && u->len <= blen - off);
		/* The delimiter "\r\n--boundary" follows the data. */
		check(blen - off - u->len >= 4 && memcmp(u->data + u->len, "\r\n--", 4) == 0);
	}
	return 0;
}
