/*
 * test_articles.c - an article's address and its Markdown checked for
 * its editor (cgi-bin/media/article.c).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "arena.h"
#include "media.h"

static void test_slug_from_title_spells_nordic_letters(void **state)
{
	(void)state;
	struct arena a = {0};
	assert_string_equal(article_slug_from(&a, "Når far og mor går fra hinanden"),
	                    "naar-far-og-mor-gaar-fra-hinanden");
	assert_string_equal(article_slug_from(&a, "Ærlig talt: Ødelagt søvn?"),
	                    "aerlig-talt-oedelagt-soevn");
	assert_string_equal(article_slug_from(&a, "  Exams -- 5 tips!  "), "exams-5-tips");
	arena_free(&a);
}

static void test_slug_from_title_without_letters_is_article(void **state)
{
	(void)state;
	struct arena a = {0};
	assert_string_equal(article_slug_from(&a, "!!! ??? 🙂"), "article");
	assert_string_equal(article_slug_from(&a, "Привет"), "article");
	arena_free(&a);
}

static void test_slug_from_a_long_title_is_cut_at_a_word(void **state)
{
	(void)state;
	struct arena a = {0};
	char *s = article_slug_from(&a, "one two three four five six seven eight nine ten eleven "
	                                "twelve thirteen fourteen");
	assert_true(strlen(s) <= 60);
	assert_true(article_slug_valid(s));
	assert_string_equal(s, "one-two-three-four-five-six-seven-eight-nine-ten-eleven");
	arena_free(&a);
}

static void test_slug_valid_refuses_what_the_column_cannot_hold(void **state)
{
	(void)state;
	assert_true(article_slug_valid("when-your-parents-split-up"));
	assert_false(article_slug_valid("a"));
	assert_false(article_slug_valid("-leading"));
	assert_false(article_slug_valid("trailing-"));
	assert_false(article_slug_valid("Upper"));
	assert_false(article_slug_valid("feed.xml"));
	assert_false(article_slug_valid("søvn"));
	char long_slug[LIMIT_ARTICLE_SLUG_MAX + 2];
	memset(long_slug, 'a', sizeof long_slug - 1);
	long_slug[sizeof long_slug - 1] = '\0';
	assert_false(article_slug_valid(long_slug));
}

static void test_markdown_with_raw_html_or_script_links_is_a_problem(void **state)
{
	(void)state;
	assert_null(
	    article_markdown_problem("## Fine\n\n**bold** and [a link](https://example.org)"));
	assert_null(article_markdown_problem("![a chart](data:image/png;base64,AAAA)"));
	assert_non_null(article_markdown_problem("Hi <b>there</b>"));
	assert_non_null(article_markdown_problem("<div>\nblock\n</div>"));
	assert_non_null(article_markdown_problem("[x](javascript:alert(1))"));
	assert_non_null(article_markdown_problem("[x](JaVaScRiPt:alert(1))"));
	assert_non_null(article_markdown_problem("[x](data:text/html,hi)"));
	assert_non_null(article_markdown_problem("<javascript:alert(1)>"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_slug_from_title_spells_nordic_letters),
	    cmocka_unit_test(test_slug_from_title_without_letters_is_article),
	    cmocka_unit_test(test_slug_from_a_long_title_is_cut_at_a_word),
	    cmocka_unit_test(test_slug_valid_refuses_what_the_column_cannot_hold),
	    cmocka_unit_test(test_markdown_with_raw_html_or_script_links_is_a_problem),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
