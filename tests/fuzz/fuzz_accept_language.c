/*
 * fuzz_accept_language.c - i18n_negotiate (core/i18n.c), which weighs the
 * Accept-Language header every visitor sends, under any bytes.
 *
 * Invariants (a broken one aborts):
 *   - the answer is NULL or the code of a shipped language;
 *   - it is a language the header names: its letters, in any case, and
 *     no letter after them;
 *   - the header's own first range, when it is exactly a shipped code with
 *     no parameter, wins unless a later range is weighed "q=1" alike
 *     (ties go to the first), so "da, ..." always answers "da".
 *
 * Built with libFuzzer by `make fuzz`, or with replay.c by `make unit`.
 */
#include "fuzz.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"

static void check(int ok)
{
	if (!ok)
		abort();
}

static int names(const char *h, const char *code)
{
	size_t n = strlen(code);
	for (const char *p = h; *p; p++)
		if (strncasecmp(p, code, n) == 0 && !((p[n] | 0x20) >= 'a' && (p[n] | 0x20) <= 'z'))
			return 1;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 4096)
		return 0;
	char *h = malloc(size + 1);
	if (!h)
		return 0;
	memcpy(h, data, size);
	h[size] = '\0';
	const char *got = i18n_negotiate(h);
	if (got) {
		check(i18n_find(got) != NULL);
		check(names(h, got));
	}
	for (int i = 0; i18n_languages[i].code; i++) {
		const char *code = i18n_languages[i].code;
		size_t n = strlen(code);
		if (strncmp(h, code, n) == 0 && (h[n] == ',' || h[n] == '\0'))
			check(got && strcmp(got, code) == 0);
	}
	free(h);
	return 0;
}
