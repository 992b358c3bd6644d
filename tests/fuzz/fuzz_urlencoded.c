/*
 * fuzz_urlencoded.c - req_parse_urlencoded over any bytes.
 *
 * Beyond "no crash, no overread" (ASan/UBSan do that part), every input
 * checks what handlers rely on: a failure says 400 or 413 with a message;
 * a success gives at most LIMIT_FIELDS fields, each with a non-empty,
 * NUL-free name within LIMIT_FIELD_NAME and a value whose len is right
 * and within LIMIT_FIELD_VALUE. Then the fields are encoded again and
 * must parse back to exactly the same list. A broken invariant aborts.
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

/* Percent-encode every byte that is not alphanumeric. */
static void encode(struct buf *b, const char *s, size_t len)
{
	static const char hex[] = "0123456789ABCDEF";
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
			buf_putc(b, (char)c);
		} else {
			char e[3] = {'%', hex[c >> 4], hex[c & 15]};
			buf_append(b, e, 3);
		}
	}
}

static void check_list(const struct kvlist *l, size_t size)
{
	check(l->count <= LIMIT_FIELDS);
	check(2 * l->count <= size + 1); /* each field: a name byte and a '&' */
	for (size_t i = 0; i < l->count; i++) {
		const struct kv *kv = &l->items[i];
		check(kv->name != NULL && kv->value != NULL);
		size_t nlen = strlen(kv->name);
		check(nlen > 0 && nlen <= LIMIT_FIELD_NAME);
		check(kv->len <= LIMIT_FIELD_VALUE);
		check(kv->len <= size);
		check(kv->value[kv->len] == '\0');
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	arena_reset(&arena);
	struct kvlist l;
	int status = 0;
	char err[256];
	err[0] = '\0';
	if (req_parse_urlencoded(&arena, (const char *)data, size, &l, &status, err,
				 sizeof err) < 0) {
		check(status == 400 || status == 413);
		check(err[0] != '\0' && memchr(err, '\0', sizeof err) != NULL);
		return 0;
	}
	check_list(&l, size);

	/* Round trip: encode what was parsed, parse it again. */
	struct buf b = {0};
	for (size_t i = 0; i < l.count; i++) {
		if (i)
			buf_putc(&b, '&');
		encode(&b, l.items[i].name, strlen(l.items[i].name));
		buf_putc(&b, '=');
		encode(&b, l.items[i].value, l.items[i].len);
	}
	struct kvlist again;
	int rc = req_parse_urlencoded(&arena, b.data ? b.data : "", b.len, &again, &status, err,
				      sizeof err);
	buf_free(&b);
	check(rc == 0);
	check(again.count == l.count);
	for (size_t i = 0; i < l.count; i++) {
		check(strcmp(again.items[i].name, l.items[i].name) == 0);
		check(again.items[i].len == l.items[i].len);
		check(memcmp(again.items[i].value, l.items[i].value, l.items[i].len) == 0);
	}
	return 0;
}
