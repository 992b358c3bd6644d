/*
 * fuzz_contact.c - the contact-details guard (community/contact.c: phone
 * numbers, e-mail addresses, social-media names) over any bytes, as a
 * member's post or backing reaches it.
 *
 * Invariants (a broken one aborts), with no translation loaded so the
 * message is the English msgid:
 *   - the answer is NULL or one of the three sentences, and the same when
 *     asked twice;
 *   - the sentence quotes the member's own text: the quote, without a
 *     final "…", is a piece of the text (line breaks and tabs shown as
 *     spaces) of at most GUARD_QUOTE_MAX bytes, or, when the find was
 *     longer, as much of it as fits in whole characters followed by "…";
 *   - a text that is valid UTF-8 gives a message that is valid UTF-8 (a
 *     quote is cut between characters, never inside one).
 *
 * Built with libFuzzer by `make fuzz`, or with replay.c by `make unit`.
 */
#include "fuzz.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "contact.h"
#include "limits.h"
#include "text.h"

static struct arena arena; /* kept across inputs, reset for each */

static const char *const starts[] = {
    "This looks like a phone number: \"",
    "This looks like an e-mail address: \"",
    "This looks like a social-media name: \"",
};
static const char tail[] = "\". To keep you safe, Opbak does not allow phone numbers, e-mail "
                           "addresses or social-media names in posts. Remove it and send again.";
static const char ellipsis[] = "\xE2\x80\xA6"; /* … */

static void check(int ok)
{
	if (!ok)
		abort();
}

/* Whether quote[0..n) occurs in text with \n \r \t read as spaces. */
static int quoted_from(const char *text, size_t len, const char *quote, size_t n)
{
	for (size_t i = 0; i + n <= len; i++) {
		size_t k = 0;
		for (; k < n; k++) {
			char c = text[i + k];
			if (c == '\n' || c == '\r' || c == '\t')
				c = ' ';
			if (c != quote[k])
				break;
		}
		if (k == n)
			return 1;
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > LIMIT_FIELD_VALUE)
		return 0;
	arena_reset(&arena);
	char *text = arena_alloc(&arena, size + 1);
	memcpy(text, data, size);
	text[size] = '\0';
	size_t len = strlen(text);

	const char *msg = guard_personal_info(&arena, text);
	const char *again = guard_personal_info(&arena, text);
	check((msg == NULL) == (again == NULL));
	if (!msg)
		return 0;
	check(strcmp(msg, again) == 0);

	size_t start = 0;
	for (size_t i = 0; i < sizeof(starts) / sizeof(starts[0]) && !start; i++)
		if (strncmp(msg, starts[i], strlen(starts[i])) == 0)
			start = strlen(starts[i]);
	check(start > 0);
	size_t mlen = strlen(msg), tlen = strlen(tail);
	check(mlen >= start + tlen && strcmp(msg + mlen - tlen, tail) == 0);
	const char *quote = msg + start;
	size_t qlen = mlen - tlen - start;
	check(qlen > 0);

	/* Either the whole find fitted, or it was cut after the last whole
	 * character that fitted (at most 3 bytes short of the limit) and "…"
	 * was added. */
	size_t el = strlen(ellipsis);
	int whole = qlen <= GUARD_QUOTE_MAX && quoted_from(text, len, quote, qlen);
	int cut = qlen > el && memcmp(quote + qlen - el, ellipsis, el) == 0 &&
	          qlen - el <= GUARD_QUOTE_MAX && qlen - el + 4 > GUARD_QUOTE_MAX &&
	          quoted_from(text, len, quote, qlen - el);
	check(whole || cut);
	if (utf8_count(text, len) >= 0)
		check(utf8_count(msg, mlen) >= 0);
	return 0;
}
