/*
 * test_links.c - the links guard (community/links.c): tables of texts that
 * hold a link or do not; a failure names the text.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "links.h"

#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

/* ---- helpers ------------------------------------------------------------- */

/* Each text must give guard_has_link() == want. */
static void expect_link(int want, const char *const *texts, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (guard_has_link(texts[i]) != want)
			fail_msg("guard_has_link(\"%s\") should be %d", texts[i], want);
}
/* ---- links --------------------------------------------------------------- */

static void test_link_http_and_https_are_found(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "see http://example.com", "https://example.com/x?y=1", "HTTPS://EXAMPLE.COM",
	    "(https://a.b)",          "ftp://files.example.org/x", "xhttps://odd",
	};
	expect_link(1, texts, COUNT(texts));
}

static void test_link_www_is_found(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "www.example",
	    "go to WWW.Example.zz now",
	    "(www.x)",
	};
	expect_link(1, texts, COUNT(texts));
}

static void test_link_markdown_is_found(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "[click](http://a)",
	    "[my post](/p/1)",
	    "see [this] (not a link) and [that](x)",
	};
	expect_link(1, texts, COUNT(texts));
}

static void test_link_autolink_is_found(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "<https://example.com>",
	    "<mailto:a@b.dk>",
	    "<irc://chat>",
	    "<mads@b.dk>",
	};
	expect_link(1, texts, COUNT(texts));
}

static void test_link_bare_domain_is_found(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "example.com/path",
	    "bit.ly/xyz",
	    "google.dk",
	    "Example.com",
	    "sub.example.co.uk",
	    "se min side på mads.tv.",
	    "kom ind på spil.nu",
	    "Example.COM/path",
	    "my-site.info",
	    "blå-bog.dk",
	    "x.gg",
	};
	expect_link(1, texts, COUNT(texts));
}

static void test_link_sentence_typo_is_not_found(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "Hello.World", "I was tired.No one came",
	    "3.5",         "e.g. this",
	    "i.e.",        "f.eks. her",
	    "t.ex. där",   "1.000.000",
	    "wait...what", "the .com bubble",
	    "awww. ok",    "Fine.Me too",
	};
	expect_link(0, texts, COUNT(texts));
}

static void test_link_plain_text_is_not_found(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "",
	    "I <3 you",
	    "a < b > c",
	    "[sic]",
	    "(see above)",
	    "a [b] (c)",
	    "[b](c", /* never closed */
	    "[a](\nb)",
	    "http is a protocol",
	    "mads@gmail.com", /* personal information, not a link */
	    "www is short for world wide web",
	};
	expect_link(0, texts, COUNT(texts));
}

static void test_link_accepts_null(void **state)
{
	(void)state;
	assert_int_equal(guard_has_link(NULL), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_link_http_and_https_are_found),
	    cmocka_unit_test(test_link_www_is_found),
	    cmocka_unit_test(test_link_markdown_is_found),
	    cmocka_unit_test(test_link_autolink_is_found),
	    cmocka_unit_test(test_link_bare_domain_is_found),
	    cmocka_unit_test(test_link_sentence_typo_is_not_found),
	    cmocka_unit_test(test_link_plain_text_is_not_found),
	    cmocka_unit_test(test_link_accepts_null),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
