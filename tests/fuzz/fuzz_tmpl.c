/*
 * fuzz_tmpl.c - tmpl_translate (core/tmpl.cc), which replaces the
 * [[English text]] markers of every template when it is loaded, over any
 * bytes.
 *
 * No catalogue is loaded, so gettext() gives every msgid back and the
 * translation of a text is known exactly: each "[[x]]" becomes x (up to
 * a NUL in x), "[[]]" becomes nothing, and from an "[[" with no "]]"
 * after it on, the text is kept as it is. Invariants (a broken one
 * aborts): the result is exactly that, never longer than the text, and a
 * text without "[[" comes back unchanged.
 *
 * Built with libFuzzer by `make fuzz`, or with replay.c by `make unit`.
 */
#define _GNU_SOURCE /* memmem */
#include "fuzz.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "limits.h"
#include "tmpl.h"

static struct arena arena; /* kept across inputs, reset for each */

static void check(int ok)
{
	if (!ok)
		abort();
}

/* The translation under the identity catalogue, built the plain way. */
static size_t expected(const char *text, size_t len, char *out)
{
	size_t o = 0, i = 0;
	while (i < len) {
		const char *open = memmem(text + i, len - i, "[[", 2);
		const char *close =
		    open ? memmem(open + 2, len - (size_t)(open + 2 - text), "]]", 2) : NULL;
		if (!close) {
			memcpy(out + o, text + i, len - i);
			o += len - i;
			break;
		}
		memcpy(out + o, text + i, (size_t)(open - text) - i);
		o += (size_t)(open - text) - i;
		size_t idlen = strnlen(open + 2, (size_t)(close - open - 2));
		memcpy(out + o, open + 2, idlen);
		o += idlen;
		i = (size_t)(close - text) + 2;
	}
	out[o] = '\0';
	return o;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > LIMIT_FIELD_VALUE)
		return 0;
	arena_reset(&arena);
	const char *text = (const char *)data;
	char *got = tmpl_translate(&arena, text, size);
	check(got != NULL);
	char *want = arena_alloc(&arena, size + 1);
	size_t wlen = expected(text, size, want);
	check(wlen <= size);
	/* The result is a C string: compare up to the first NUL. */
	check(strcmp(got, want) == 0);
	if (!memmem(text, size, "[[", 2))
		check(strlen(got) == strnlen(text, size) && memcmp(got, text, strlen(got)) == 0);
	return 0;
}
