/*
 * test_markdown.c - md_render (markdown.c): CommonMark to HTML in libcmark's
 * safe mode. Its output is the only text templates print with :none, so
 * these tests pin down that raw HTML and script URLs never get through
 * and that the HTML is always valid UTF-8.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>

#include "arena.h"
#include "markdown.h"
#include "text.h"

static char *render(struct arena *a, const char *md)
{
	return md_render(a, md, strlen(md));
}

/* strcasestr without _GNU_SOURCE. */
static int contains_nocase(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	for (; *hay; hay++)
		if (strncasecmp(hay, needle, n) == 0)
			return 1;
	return 0;
}

static void test_md_renders_emphasis(void **state)
{
	(void)state;
	struct arena a = {0};
	assert_string_equal(render(&a, "*soft* and **strong**"),
			    "<p><em>soft</em> and <strong>strong</strong></p>\n");
	arena_free(&a);
}

static void test_md_renders_paragraphs(void **state)
{
	(void)state;
	struct arena a = {0};
	assert_string_equal(render(&a, "one\n\ntwo"), "<p>one</p>\n<p>two</p>\n");
	arena_free(&a);
}

static void test_md_keeps_single_line_breaks(void **state)
{
	(void)state;
	struct arena a = {0};
	assert_string_equal(render(&a, "line one\nline two"), "<p>line one<br />\nline two</p>\n");
	arena_free(&a);
}

static void test_md_escapes_text_special_characters(void **state)
{
	(void)state;
	struct arena a = {0};
	assert_string_equal(render(&a, "a < b & \"c\""), "<p>a &lt; b &amp; &quot;c&quot;</p>\n");
	arena_free(&a);
}

static void test_md_drops_raw_script_block(void **state)
{
	(void)state;
	struct arena a = {0};
	char *html = render(&a, "<script>alert(1)</script>\n\nafter");
	assert_false(contains_nocase(html, "<script"));
	assert_non_null(strstr(html, "<p>after</p>"));
	arena_free(&a);
}

static void test_md_drops_inline_raw_html(void **state)
{
	(void)state;
	struct arena a = {0};
	char *html = render(&a, "hi <img src=x onerror=alert(1)> <b>bold</b>");
	assert_false(contains_nocase(html, "<img"));
	assert_false(contains_nocase(html, "onerror"));
	assert_false(contains_nocase(html, "<b>"));
	arena_free(&a);
}

static void test_md_removes_javascript_link(void **state)
{
	(void)state;
	struct arena a = {0};
	char *html = render(&a, "[x](javascript:alert(1))");
	assert_false(contains_nocase(html, "javascript:"));
	assert_non_null(strstr(html, ">x</a>"));
	arena_free(&a);
}

static void test_md_removes_mixed_case_javascript_link(void **state)
{
	(void)state;
	struct arena a = {0};
	char *html = render(&a, "[x](JaVaScRiPt:alert(1)) [y](vbscript:msgbox) [z](data:text/html,hi)");
	assert_false(contains_nocase(html, "javascript:"));
	assert_false(contains_nocase(html, "vbscript:"));
	assert_false(contains_nocase(html, "data:text/html"));
	arena_free(&a);
}

static void test_md_removes_javascript_autolink(void **state)
{
	(void)state;
	struct arena a = {0};
	char *html = render(&a, "<javascript:alert(1)>");
	assert_false(contains_nocase(html, "href=\"javascript:"));
	arena_free(&a);
}

static void test_md_keeps_https_link(void **state)
{
	(void)state;
	struct arena a = {0};
	assert_string_equal(render(&a, "[site](https://example.org/a?b=1&c=2)"),
			    "<p><a href=\"https://example.org/a?b=1&amp;c=2\">site</a></p>\n");
	arena_free(&a);
}

static void test_md_escapes_quote_in_link_url(void **state)
{
	(void)state;
	struct arena a = {0};
	char *html = render(&a, "[x](https://example.org/\"onmouseover=\"alert(1))");
	assert_null(strstr(html, "\"onmouseover"));
	arena_free(&a);
}

static void test_md_invalid_utf8_gives_valid_utf8(void **state)
{
	(void)state;
	struct arena a = {0};
	static const char bad[] = "a\xff b\xC0\x80 c\xED\xA0\x80 d\xE2\x82 *e\xF4\x90\x80\x80*";
	char *html = md_render(&a, bad, sizeof bad - 1);
	assert_true(utf8_count(html, strlen(html)) > 0);
	assert_non_null(strstr(html, "\xEF\xBF\xBD"));
	arena_free(&a);
}

static void test_md_nul_byte_gives_valid_utf8(void **state)
{
	(void)state;
	struct arena a = {0};
	static const char s[] = "before\0after";
	char *html = md_render(&a, s, sizeof s - 1);
	assert_true(utf8_count(html, strlen(html)) > 0);
	assert_non_null(strstr(html, "after"));
	arena_free(&a);
}

static void test_md_empty_input_gives_empty_string(void **state)
{
	(void)state;
	struct arena a = {0};
	assert_string_equal(md_render(&a, "", 0), "");
	arena_free(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_md_renders_emphasis),
		cmocka_unit_test(test_md_renders_paragraphs),
		cmocka_unit_test(test_md_keeps_single_line_breaks),
		cmocka_unit_test(test_md_escapes_text_special_characters),
		cmocka_unit_test(test_md_drops_raw_script_block),
		cmocka_unit_test(test_md_drops_inline_raw_html),
		cmocka_unit_test(test_md_removes_javascript_link),
		cmocka_unit_test(test_md_removes_mixed_case_javascript_link),
		cmocka_unit_test(test_md_removes_javascript_autolink),
		cmocka_unit_test(test_md_keeps_https_link),
		cmocka_unit_test(test_md_escapes_quote_in_link_url),
		cmocka_unit_test(test_md_invalid_utf8_gives_valid_utf8),
		cmocka_unit_test(test_md_nul_byte_gives_valid_utf8),
		cmocka_unit_test(test_md_empty_input_gives_empty_string),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
