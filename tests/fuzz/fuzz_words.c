/*
 * fuzz_words.c - core's UTF-8 code-point and word iterator (text.h), which
 * every guard reads members' text with, over any bytes.
 *
 * Invariants (a broken one aborts):
 *   - utf8_next moves 1-4 bytes, never past the NUL, and reads a whole
 *     text to the same code-point count as utf8_count when the text is
 *     valid UTF-8;
 *   - text_next_word gives words in order, non-empty, each made only of
 *     letters (text_is_letter) and with no letter between two words, and
 *     stops exactly at the NUL;
 *   - text_word_at at a word's first byte gives the same word, and every
 *     word equals itself ignoring case (text_word_is).
 *
 * Built with libFuzzer by `make fuzz`, or with replay.c by `make unit`.
 */
#include "fuzz.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "limits.h"
#include "text.h"

static void check(int ok)
{
	if (!ok)
		abort();
}

/* Whether every code point in [s, e) is (want = 1) or is not a letter. */
static int all_letters(const char *s, const char *e, int want)
{
	while (s < e) {
		uint32_t c;
		size_t n = utf8_next(s, &c);
		if (n == 0 || s + n > e || text_is_letter(c) != want)
			return 0;
		s += n;
	}
	return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > LIMIT_FIELD_VALUE)
		return 0;
	char *text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	size_t len = strlen(text);

	/* Code points. */
	long count = 0;
	for (const char *p = text;;) {
		uint32_t c;
		size_t n = utf8_next(p, &c);
		if (n == 0) {
			check(p == text + len && c == 0);
			break;
		}
		check(n <= 4 && p + n <= text + len && c <= 0x10FFFF);
		check(n == 1 || c >= 0x80);
		p += n;
		count++;
	}
	long valid = utf8_count(text, len);
	check(valid < 0 || valid == count);

	/* Words. */
	const char *p = text, *prev_end = text;
	struct text_word w;
	while (text_next_word(&p, &w)) {
		check(w.len > 0 && w.s >= prev_end && w.s + w.len == p && p <= text + len);
		check(all_letters(w.s, p, 1));
		check(all_letters(prev_end, w.s, 0));
		struct text_word again;
		check(text_word_at(w.s, &again) && again.s == w.s && again.len == w.len);
		check(text_word_is(&w, w.s, w.len, 0) && text_word_is(&w, w.s, w.len, 1));
		prev_end = p;
	}
	check(p == text + len);
	check(all_letters(prev_end, p, 0));
	free(text);
	return 0;
}
