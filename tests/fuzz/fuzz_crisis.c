/*
 * fuzz_crisis.c - the crisis-words guard (community/crisis.c) over any
 * bytes, as a member's post or backing reaches it.
 *
 * Invariants (a broken one aborts):
 *   - the answer is 0 or 1, and the same when asked twice;
 *   - only words count: upper-casing the ASCII letters, or turning every
 *     ASCII character that is not a letter or digit into a space, gives
 *     the same answer (words are compared ignoring case, and anything
 *     between them is skipped);
 *   - text found in crisis is still in crisis with more words after it.
 *
 * Built with libFuzzer by `make fuzz`, or with replay.c by `make unit`.
 */
#include "fuzz.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "crisis.h"
#include "limits.h"

static void check(int ok)
{
	if (!ok)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > LIMIT_FIELD_VALUE)
		return 0;
	char *text = malloc(size + 1), *upper = malloc(size + 1), *spaced = malloc(size + 1);
	char *longer = malloc(size + sizeof(" and then"));
	if (!text || !upper || !spaced || !longer)
		abort();
	memcpy(text, data, size);
	text[size] = '\0';
	size_t len = strlen(text);
	for (size_t i = 0; i <= len; i++) {
		char c = text[i];
		int alnum =
		    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
		upper[i] = c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
		spaced[i] = (unsigned char)c < 0x80 && c && !alnum ? ' ' : c;
	}
	memcpy(longer, text, len);
	strcpy(longer + len, " and then");

	int found = guard_crisis(text);
	check(found == 0 || found == 1);
	check(guard_crisis(text) == found);
	check(guard_crisis(upper) == found);
	check(guard_crisis(spaced) == found);
	if (found)
		check(guard_crisis(longer) == 1);
	free(text);
	free(upper);
	free(spaced);
	free(longer);
	return 0;
}
