/*
 * fuzz_cookies.c - req_parse_cookies over any Cookie header.
 *
 * The input is the header's text: copied into a buffer with a NUL after
 * it (a NUL inside ends the header early, as it would in a CGI
 * variable). The parser never fails, so the checks are on what it keeps:
 * at most LIMIT_COOKIES cookies; each name non-empty, within
 * LIMIT_FIELD_NAME, without '=', ';' or a leading blank; each value
 * within LIMIT_COOKIE_VALUE, without ';', with len equal to its length;
 * and every name and value a piece of the header. A broken invariant
 * aborts.
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	arena_reset(&arena);
	char *header = arena_strndup(&arena, (const char *)data, size);
	size_t hlen = strlen(header);
	struct kvlist l;
	req_parse_cookies(&arena, header, &l);

	check(l.count <= LIMIT_COOKIES);
	if (hlen == 0)
		check(l.count == 0);
	for (size_t i = 0; i < l.count; i++) {
		const struct kv *kv = &l.items[i];
		check(kv->name != NULL && kv->value != NULL);
		size_t nlen = strlen(kv->name);
		check(nlen > 0 && nlen <= LIMIT_FIELD_NAME);
		check(strchr(kv->name, '=') == NULL && strchr(kv->name, ';') == NULL);
		check(kv->name[0] != ' ' && kv->name[0] != '\t');
		check(strlen(kv->value) == kv->len);
		check(kv->len <= LIMIT_COOKIE_VALUE);
		check(strchr(kv->value, ';') == NULL);
		check(strstr(header, kv->name) != NULL);
		check(strstr(header, kv->value) != NULL);
	}
	return 0;
}
