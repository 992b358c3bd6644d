/*
 * fuzz_reader_text.c - what a reader sees of a member's Markdown
 * (core/markdown.c: md_reader_text; core/text.c: text_seen) and the guards
 * over it (community/reader.c), over any bytes.
 *
 * Invariants (a broken one aborts):
 *   - the reader's text is valid UTF-8, whatever bytes came in;
 *   - it counts exactly the links and images md_render writes (each
 *     "<a href" and "<img src" of the HTML): the guards read the tree the
 *     page shows;
 *   - text_seen gives valid UTF-8 that is NFKC, holds no default-ignorable
 *     code point, and is stable (text_seen of it is itself), for the
 *     reader's text and for the input as typed;
 *   - the guards over the readings answer, and answer the same twice.
 *
 * Built with libFuzzer by `make fuzz`, or with replay.c by `make unit`.
 */
#include "fuzz.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "arena.h"
#include "limits.h"
#include "markdown.h"
#include "reader.h"
#include "text.h"

static void check(int ok)
{
	if (!ok)
		abort();
}

/* How often needle occurs in hay. */
static int occurrences(const char *hay, const char *needle)
{
	int n = 0;
	for (const char *p = hay; (p = strstr(p, needle)) != NULL; p++)
		n++;
	return n;
}

/* s is what text_seen promises: UTF-8, NFKC, nothing invisible, stable. */
static void check_seen(struct arena *a, const char *s)
{
	size_t len = strlen(s);
	check(utf8_count(s, len) >= 0);
	size_t nfkc_len = 0;
	uint8_t *nfkc = u8_normalize(UNINORM_NFKC, (const uint8_t *)s, len, NULL, &nfkc_len);
	check(len == 0 || (nfkc && nfkc_len == len && memcmp(nfkc, s, len) == 0));
	free(nfkc);
	for (const char *p = s; *p;) {
		uint32_t c;
		p += utf8_next(p, &c);
		check(!uc_is_property_default_ignorable_code_point(c));
	}
	check(strcmp(text_seen(a, s), s) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > LIMIT_FIELD_VALUE)
		return 0;
	struct arena a = {0};
	char *text = arena_strndup(&a, (const char *)data, size);

	int links = -1;
	const char *shown = md_reader_text(&a, text, size, &links);
	check(utf8_count(shown, strlen(shown)) >= 0);
	const char *html = md_render(&a, text, size);
	check(links == occurrences(html, "<a href=\"") + occurrences(html, "<img src=\""));

	check_seen(&a, text_seen(&a, shown));
	check_seen(&a, text_seen(&a, text));

	/* Form text never holds a NUL: the view reads up to the first one. */
	int typed_links = -1;
	md_reader_text(&a, text, strlen(text), &typed_links);
	struct reader_view v;
	reader_view(&a, text, READER_MARKDOWN, &v);
	const char *why = reader_personal_info(&a, &v);
	const char *again = reader_personal_info(&a, &v);
	check((!why && !again) || (why && again && strcmp(why, again) == 0));
	int link = reader_has_link(&v), crisis = reader_crisis(&v);
	check(link == reader_has_link(&v) && crisis == reader_crisis(&v));
	check(v.links == typed_links && (typed_links == 0 || link == 1));
	arena_free(&a);
	return 0;
}
