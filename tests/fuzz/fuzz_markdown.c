/*
 * fuzz_markdown.c - md_render (core/markdown.c), the only HTML that
 * templates print unescaped, over any member's Markdown.
 *
 * Invariants (a broken one aborts):
 *   - the HTML is valid UTF-8, whatever bytes came in;
 *   - every '<' in it opens one of the tags libcmark writes for
 *     CommonMark (p, em, strong, a, img, code, pre, blockquote, lists,
 *     headings, hr, br) or the "raw HTML omitted" comment, with only the
 *     attributes libcmark writes (href, title, src, alt, class, start),
 *     each value in double quotes and free of '<' and '>': no member's
 *     HTML, script or event handler ever reaches a page;
 *   - no href or src begins with javascript:, vbscript: or file:, nor
 *     with data: unless data:image/png, gif, jpeg or webp (what safe mode
 *     lets through, for links too: browsers do not open data: links at
 *     the top level, and none of those four can run script).
 *
 * Built with libFuzzer by `make fuzz`, or with replay.c by `make unit`.
 */
#include "fuzz.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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

static int in_list(const char *s, size_t n, const char *const *list)
{
	for (; *list; list++)
		if (strlen(*list) == n && memcmp(*list, s, n) == 0)
			return 1;
	return 0;
}

static int is_lower_or_digit(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* Whether a data: URL is one of the raster images libcmark's safe mode
 * lets through, for images and links alike (no SVG, which can script). */
static int image_data(const char *url)
{
	static const char *const kinds[] = {"png", "gif", "jpeg", "webp", NULL};
	if (strncasecmp(url, "data:image/", 11) != 0)
		return 0;
	for (size_t i = 0; kinds[i]; i++)
		if (strncasecmp(url + 11, kinds[i], strlen(kinds[i])) == 0)
			return 1;
	return 0;
}

/* Check the tag at p ('<') and return where it ends (after '>'). */
static const char *check_tag(const char *p)
{
	static const char *const tags[] = {
	    "p",  "em", "strong", "a",  "img", "code", "pre", "blockquote", "ul", "ol",
	    "li", "h1", "h2",     "h3", "h4",  "h5",   "h6",  "hr",         "br", NULL,
	};
	static const char *const attrs[] = {"href", "title", "src", "alt", "class", "start", NULL};
	static const char omitted[] = "<!-- raw HTML omitted -->";

	if (strncmp(p, omitted, sizeof(omitted) - 1) == 0)
		return p + sizeof(omitted) - 1;
	p++;
	int closing = *p == '/';
	if (closing)
		p++;
	const char *name = p;
	while (is_lower_or_digit(*p))
		p++;
	check(in_list(name, (size_t)(p - name), tags));
	for (;;) {
		if (*p == '>')
			return p + 1;
		if (p[0] == ' ' && p[1] == '/' && p[2] == '>')
			return p + 3;
		check(*p == ' ' && !closing);
		const char *attr = ++p;
		while (*p >= 'a' && *p <= 'z')
			p++;
		size_t alen = (size_t)(p - attr);
		check(in_list(attr, alen, attrs));
		check(p[0] == '=' && p[1] == '"');
		const char *value = p += 2;
		while (*p && *p != '"') {
			check(*p != '<' && *p != '>');
			p++;
		}
		check(*p == '"');
		int href = alen == 4 && memcmp(attr, "href", 4) == 0;
		int src = alen == 3 && memcmp(attr, "src", 3) == 0;
		if (href || src) {
			check(strncasecmp(value, "javascript:", 11) != 0);
			check(strncasecmp(value, "vbscript:", 9) != 0);
			check(strncasecmp(value, "file:", 5) != 0);
			check(strncasecmp(value, "data:", 5) != 0 || image_data(value));
		}
		p++;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 4 * LIMIT_POST_BODY_MAX) /* a post's most characters, 4 bytes each */
		return 0;
	arena_reset(&arena);
	const char *html = md_render(&arena, (const char *)data, size);
	check(html != NULL);
	check(utf8_count(html, strlen(html)) >= 0);
	for (const char *p = html; (p = strchr(p, '<')) != NULL;)
		p = check_tag(p);
	return 0;
}
