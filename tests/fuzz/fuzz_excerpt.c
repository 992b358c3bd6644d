/*
 * fuzz_excerpt.c - md_excerpt (core/markdown.c), a list's line of any
 * member's Markdown, under any bytes and any cut.
 *
 * Invariants (a broken one aborts):
 *   - the excerpt is valid UTF-8, whatever bytes came in;
 *   - it is one line: no line break, tab or carriage return, no two
 *     spaces in a row, none at either end;
 *   - it is at most max bytes, and "…" (3 bytes) only when it was cut.
 *
 * The first input byte chooses max (0 to 255); the rest is the Markdown.
 * Built with libFuzzer by `make fuzz`, or with replay.c by `make unit`.
 */
#include "fuzz.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "limits.h"
#include "markdown.h"
#include "text.h"

static struct arena arena; /* kept across inputs, reset for each */

static void check(int ok)
{
	if (!ok)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1 || size > 4 * LIMIT_POST_BODY_MAX)
		return 0;
	arena_reset(&arena);
	size_t max = data[0];
	const char *md = (const char *)data + 1;
	char *e = md_excerpt(&arena, md, size - 1, max);
	check(e != NULL);
	size_t n = strlen(e);
	check(utf8_count(e, n) >= 0);
	check(!strpbrk(e, "\n\t\r"));
	check(!strstr(e, "  "));
	check(n == 0 || (e[0] != ' ' && e[n - 1] != ' '));
	size_t cut = n >= 3 && strcmp(e + n - 3, "…") == 0 ? 3 : 0;
	check(n - cut <= max);
	return 0;
}
