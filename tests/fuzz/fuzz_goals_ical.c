/*
 * fuzz_goals_ical.c - the iCalendar writer (cgi-bin/goals/ical.c): any
 * bytes as a SUMMARY (what a participant typed as a title, or worse),
 * and the same bytes as a feed's file name.
 *
 * Invariants (a broken one aborts):
 *   - every output line ends CRLF and holds at most 75 octets before it,
 *     and no CR or LF stands anywhere else (the text cannot start a
 *     property of its own);
 *   - when the input was valid UTF-8, so is every line alone (folding
 *     never splits a character);
 *   - unfolding gives back "SUMMARY:" and the escaped text;
 *   - ical_feed_name accepts only "<id>-<generation>-<64 hex>.ics".
 *
 * Built with libFuzzer by `make fuzz`, or with replay.c by `make unit`.
 */
#include "fuzz.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ical.h"
#include "text.h"

#define INPUT_MAX 4096

static void check(int ok)
{
	if (!ok)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > INPUT_MAX)
		return 0;
	char *s = malloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	size_t len = strlen(s); /* what reaches the writer is a C string */
	int valid = utf8_count(s, len) >= 0;

	struct buf out = {0};
	ical_text(&out, "SUMMARY", s);
	struct buf esc = {0};
	ical_escape(&esc, s, len);

	size_t start = 0;
	struct buf unfolded = {0};
	for (size_t i = 0; i < out.len; i++) {
		if (out.data[i] == '\r') {
			check(i + 1 < out.len && out.data[i + 1] == '\n');
			size_t n = i - start;
			check(n <= ICAL_LINE_OCTETS);
			if (valid)
				check(utf8_count(out.data + start, n) >= 0);
			/* A continuation line starts with one space. */
			if (start > 0) {
				check(n >= 1 && out.data[start] == ' ');
				buf_append(&unfolded, out.data + start + 1, n - 1);
			} else {
				buf_append(&unfolded, out.data, n);
			}
			start = i + 2;
			i++;
		} else {
			check(out.data[i] != '\n');
		}
	}
	check(start == out.len);
	check(unfolded.len == 8 + esc.len);
	check(memcmp(unfolded.data, "SUMMARY:", 8) == 0);
	check(esc.len == 0 || memcmp(unfolded.data + 8, esc.data, esc.len) == 0);

	long long id, gen;
	char mac[65];
	if (ical_feed_name(s, &id, &gen, mac) == 0) {
		check(id >= 1 && id <= 4294967295LL && gen >= 1 && gen <= 4294967295LL);
		check(strlen(mac) == 64 && len > 69 && strcmp(s + len - 4, ".ics") == 0);
	}

	buf_free(&out);
	buf_free(&esc);
	buf_free(&unfolded);
	free(s);
	return 0;
}
