/*
 * fuzz_links.c - the links guard (community/links.c) over any bytes, as a
 * member's post or backing reaches it.
 *
 * Invariants (a broken one aborts):
 *   - the answer is 0 or 1, and the same when asked twice;
 *   - a text holding "http://", "https://" or "ftp://" in any case holds a
 *     link;
 *   - a link stays a link with a space before and after the text (the
 *     guard must not depend on where in a post a link stands).
 *
 * Built with libFuzzer by `make fuzz`, or with replay.c by `make unit`.
 */
#include "fuzz.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "limits.h"
#include "links.h"
#include "text.h"

static void check(int ok)
{
	if (!ok)
		abort();
}

static int has_scheme(const char *text)
{
	static const char *const schemes[] = {"http://", "https://", "ftp://", NULL};
	for (const char *p = text; *p; p++)
		if (text_starts_with_any(p, schemes))
			return 1;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > LIMIT_FIELD_VALUE)
		return 0;
	char *text = malloc(size + 1), *padded = malloc(size + 3);
	if (!text || !padded)
		abort();
	memcpy(text, data, size);
	text[size] = '\0';
	size_t len = strlen(text);
	padded[0] = ' ';
	memcpy(padded + 1, text, len);
	strcpy(padded + 1 + len, " ");

	int link = guard_has_link(text);
	check(link == 0 || link == 1);
	check(guard_has_link(text) == link);
	if (has_scheme(text))
		check(link == 1);
	if (link)
		check(guard_has_link(padded) == 1);
	free(text);
	free(padded);
	return 0;
}
