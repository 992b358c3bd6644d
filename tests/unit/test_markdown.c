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
	char *html =
	    render(&a, "[x](JaVaScRiPt:alert(1)) [y](vbscript:msgbox) [z](data:text/html,hi)");
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

/* ---- md_reader_text ------------------------------------------------------- */

/* What a reader sees of md: want, and *links links. */
static void expect_reader(const char *md, const char *want, int want_links)
{
	struct arena a = {0};
	int links = -1;
	const char *got = md_reader_text(&a, md, strlen(md), &links);
	if (strcmp(got, want) != 0)
		fail_msg("md_reader_text(\"%s\") is \"%s\", want \"%s\"", md, got, want);
	if (links != want_links)
		fail_msg("md_reader_text(\"%s\") counts %d links, want %d", md, links, want_links);
	arena_free(&a);
}

static void test_reader_text_decodes_character_references(void **state)
{
	(void)state;
	expect_reader("kid&#64;example.com", "kid@example.com", 0);
	expect_reader("2&#48; 12 34 56", "20 12 34 56", 0);
	expect_reader("sn&#97;pchat: kid_2009", "snapchat: kid_2009", 0);
	expect_reader("kid&commat;x.dk &#x40; &amp; &lt;3", "kid@x.dk @ & <3", 0);
	expect_reader("`kid&#64;x.dk`", "kid&#64;x.dk", 0); /* code shows it as typed */
}

static void test_reader_text_joins_inline_pieces_as_shown(void **state)
{
	(void)state;
	expect_reader("2*0* 1**2** 34\\ 56", "20 12 34\\ 56", 0);
	expect_reader("\\@kid_2009", "@kid_2009", 0);
	expect_reader("20<b>12</b>3456", "20123456\n\n<b>\n\n</b>", 0);
}

static void test_reader_text_keeps_blocks_apart(void **state)
{
	(void)state;
	expect_reader("# Head\n\npara one\nline two\n\n> quoted\n\n    code\n",
	              "Head\n\npara one\nline two\n\nquoted\n\ncode\n", 0);
	expect_reader("- a\n- b", "a\n\nb", 0);
}

static void test_reader_text_shows_ordered_list_numbers(void **state)
{
	(void)state;
	expect_reader("20123456. one\n2. two", "20123456. one\n\n20123457. two", 0);
	expect_reader("3) x", "3) x", 0);
}

static void test_reader_text_reads_link_destinations_and_titles(void **state)
{
	(void)state;
	expect_reader("see [this][1]\n\n[1]: &#47;&#47;evil&#46;example",
	              "see this\n\n//evil.example", 1);
	expect_reader("[x](mailto:kid&#64;x.dk \"snap: kid_09\")",
	              "x\n\nmailto:kid@x.dk\n\nsnap: kid_09", 1);
	expect_reader("![a cat](//evil.example/cat.png)", "a cat\n\n//evil.example/cat.png", 1);
	expect_reader("<https://x.y> <kid@x.dk>",
	              "https://x.y kid@x.dk\n\nhttps://x.y\n\nmailto:kid@x.dk", 2);
	expect_reader("[x](javascript:alert(1))", "x\n\njavascript:alert(1)", 1);
}

/* Found by fuzz_reader_text: md_render shows a link or image inside an
 * image's alt text as text, so it is not counted (its destination is
 * still read). */
static void test_reader_text_counts_no_link_inside_image_alt(void **state)
{
	(void)state;
	expect_reader("![a [b](//x.example) ![c](//y.example)](//z.example)",
	              "a b c\n\n//z.example\n\n//x.example\n\n//y.example", 1);
}

static void test_reader_text_unused_reference_is_not_shown(void **state)
{
	(void)state;
	expect_reader("[1]: //evil.example\n\nhello", "hello", 0);
}

static void test_reader_text_reads_raw_html_decoded(void **state)
{
	(void)state;
	expect_reader("<div>\nkid&#64;x.dk\n</div>", "<div> kid@x.dk </div>", 0);
	expect_reader("hi <!-- snap: kid_09 -->", "hi \n\n<!-- snap: kid_09 -->", 0);
	expect_reader("<p title=\"a&amp;b\\c *d*\">", "<p title=\"a&b\\c *d*\">", 0);
}

static void test_reader_text_of_nothing_is_empty(void **state)
{
	(void)state;
	expect_reader("", "", 0);
	expect_reader("\n\n   \n", "", 0);
	expect_reader("***", "", 0);
}

/* ---- md_excerpt: a list's line of a post ---- */

static void expect_excerpt(const char *md, size_t max, const char *want)
{
	struct arena a = {0};
	assert_string_equal(md_excerpt(&a, md, strlen(md), max), want);
	arena_free(&a);
}

static void test_excerpt_is_the_text_without_marks_on_one_line(void **state)
{
	(void)state;
	expect_excerpt("# Help\n\nMy *dad* and I **argue**.\nEvery `day`.", 100,
	               "Help My dad and I argue. Every day.");
	expect_excerpt("A [link](https://example.org) and <b>raw</b> HTML", 100,
	               "A link and raw HTML");
	expect_excerpt("> quoted\n\n- one\n- two", 100, "quoted one two");
	expect_excerpt("", 100, "");
	expect_excerpt("   \n\n  ", 100, "");
}

static void test_excerpt_is_cut_at_a_word_and_never_inside_a_character(void **state)
{
	(void)state;
	expect_excerpt("One two three four", 100, "One two three four");
	expect_excerpt("One two three four", 12, "One two…");
	/* "æøå" is 6 bytes: a cut at 7 would split the "æ" of the last word */
	expect_excerpt("Hej med dig æøå", 13, "Hej med dig…");
	/* one long word: cut inside it, at a character's start */
	expect_excerpt("ææææææææææ", 5, "ææ…");
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
	    cmocka_unit_test(test_reader_text_decodes_character_references),
	    cmocka_unit_test(test_reader_text_joins_inline_pieces_as_shown),
	    cmocka_unit_test(test_reader_text_keeps_blocks_apart),
	    cmocka_unit_test(test_reader_text_shows_ordered_list_numbers),
	    cmocka_unit_test(test_reader_text_reads_link_destinations_and_titles),
	    cmocka_unit_test(test_reader_text_counts_no_link_inside_image_alt),
	    cmocka_unit_test(test_reader_text_unused_reference_is_not_shown),
	    cmocka_unit_test(test_reader_text_reads_raw_html_decoded),
	    cmocka_unit_test(test_reader_text_of_nothing_is_empty),
	    cmocka_unit_test(test_excerpt_is_the_text_without_marks_on_one_line),
	    cmocka_unit_test(test_excerpt_is_cut_at_a_word_and_never_inside_a_character),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
