/*
 * fuzz_transcript.c - transcript_parse, chapters_parse and chapters_json
 * (cgi-bin/media/transcript.c) over any bytes an editor uploads or types.
 *
 * Invariants (a broken one aborts):
 *   - a parsed transcript has at least one cue, each with from <= to,
 *     starts that never go backwards, and text that is valid UTF-8;
 *   - the same input parses the same way twice (no hidden state);
 *   - chapters (the input up to its first NUL) are at most 100, start at
 *     0, rise strictly, have titles of 1..120 characters; their JSON is
 *     valid UTF-8 with no raw control character, '<' or '>', and every
 *     '"' inside a title escaped (the quotes balance).
 *
 * Built with libFuzzer by `make fuzz`, or with replay.c by `make unit`.
 */
#include "fuzz.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "text.h"
#include "transcript.h"

static struct arena arena; /* kept across inputs, reset for each */

static void check(int ok)
{
	if (!ok)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 2 * 1024 * 1024) /* STORE_TEXT_MAX */
		return 0;
	arena_reset(&arena);
	/* A copy of exactly size bytes, so ASan sees any read past len. */
	char *copy = malloc(size ? size : 1);
	if (size)
		memcpy(copy, data, size);
	struct transcript t, again;
	int rc = transcript_parse(&arena, copy, size, &t);
	check(transcript_parse(&arena, copy, size, &again) == rc);
	if (rc == 0) {
		check(t.count > 0 && t.count == again.count);
		check(t.format == TRANSCRIPT_VTT || t.format == TRANSCRIPT_SRT);
		for (size_t i = 0; i < t.count; i++) {
			check(t.cues[i].from_ms >= 0 && t.cues[i].from_ms <= t.cues[i].to_ms);
			check(i == 0 || t.cues[i].from_ms >= t.cues[i - 1].from_ms);
			check(utf8_count(t.cues[i].text, strlen(t.cues[i].text)) >= 0);
		}
	}

	char *text = arena_strndup(&arena, copy, size); /* up to a NUL, as a form's field */
	free(copy);
	struct chapters c;
	int bad = 0;
	if (chapters_parse(&arena, text, &c, &bad) < 0) {
		check(bad >= 1);
		return 0;
	}
	check(c.count <= 100);
	for (size_t i = 0; i < c.count; i++) {
		check(i > 0 || c.items[i].start_s == 0);
		check(i == 0 || c.items[i].start_s > c.items[i - 1].start_s);
		long n = utf8_count(c.items[i].title, strlen(c.items[i].title));
		check(n >= 1 && n <= 120);
	}
	const char *json = chapters_json(&arena, &c);
	check(utf8_count(json, strlen(json)) >= 0);
	int quotes = 0;
	for (const char *p = json; *p; p++) {
		check((unsigned char)*p >= 0x20 && *p != '<' && *p != '>');
		if (*p == '\\') {
			p++;
			check(*p == '"' || *p == '\\' || *p == 'u');
			continue;
		}
		if (*p == '"')
			quotes++;
	}
	check(quotes % 2 == 0);
	return 0;
}
