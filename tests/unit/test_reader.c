/*
 * test_reader.c - the guards over what a reader sees (community/reader.c):
 * each bypass of issue 8's finding 3 (character references, fullwidth and
 * other look-alikes, reference links) is refused with the message of its
 * kind quoting what readers see, titles are read as the escaped text they
 * are, and ordinary text with '&' or Markdown still passes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "reader.h"

#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

/* ---- helpers ------------------------------------------------------------- */

/* The personal-information message for text read in form, or NULL. */
static const char *why(struct arena *a, const char *text, enum reader_form form)
{
	struct reader_view v;
	reader_view(a, text, form, &v);
	return reader_personal_info(a, &v);
}

/* text (a Markdown body) is refused with the message that begins with
 * start, e.g. "This looks like an e-mail address: \"kid@example.com\"". */
static void expect_refused(const char *text, const char *start)
{
	struct arena a = {0};
	const char *got = why(&a, text, READER_MARKDOWN);
	if (!got)
		fail_msg("\"%s\" was not refused", text);
	if (strncmp(got, start, strlen(start)) != 0)
		fail_msg("\"%s\" refused with \"%s\", want it to begin \"%s\"", text, got, start);
	arena_free(&a);
}

static int has_link(const char *text, enum reader_form form)
{
	struct arena a = {0};
	struct reader_view v;
	reader_view(&a, text, form, &v);
	int r = reader_has_link(&v);
	arena_free(&a);
	return r;
}

static int crisis(const char *text, enum reader_form form)
{
	struct arena a = {0};
	struct reader_view v;
	reader_view(&a, text, form, &v);
	int r = reader_crisis(&v);
	arena_free(&a);
	return r;
}

/* ---- the finding's bypasses ------------------------------------------------ */

static void test_email_through_character_reference_is_refused(void **state)
{
	(void)state;
	expect_refused("kid&#64;example.com",
	               "This looks like an e-mail address: \"kid@example.com\"");
	expect_refused("kid&#x40;example&#46;com",
	               "This looks like an e-mail address: \"kid@example.com\"");
	expect_refused("kid&commat;example.com",
	               "This looks like an e-mail address: \"kid@example.com\"");
}

static void test_phone_through_character_reference_is_refused(void **state)
{
	(void)state;
	expect_refused("2&#48; 12 34 56", "This looks like a phone number: \"20 12 34 56\"");
	expect_refused("call 2*0* 12 34 56", "This looks like a phone number: \"20 12 34 56\"");
}

static void test_handle_through_character_reference_is_refused(void **state)
{
	(void)state;
	expect_refused("sn&#97;pchat: kid_2009",
	               "This looks like a social-media name: \"snapchat: kid_2009\"");
	expect_refused("&#64;kid_2009", "This looks like a social-media name: \"@kid_2009\"");
}

static void test_fullwidth_at_and_digits_are_refused(void **state)
{
	(void)state;
	expect_refused("kid＠example.com",
	               "This looks like an e-mail address: \"kid@example.com\"");
	expect_refused("２０ １２ ３４ ５６", "This looks like a phone number: \"20 12 34 56\"");
	expect_refused("ｓｎａｐ： ｋｉｄ＿２００９",
	               "This looks like a social-media name: \"snap: kid_2009\"");
}

static void test_other_lookalikes_are_refused(void **state)
{
	(void)state;
	expect_refused("20\u200B12\u200B34\u200B56",
	               "This looks like a phone number: \"20123456\"");
	expect_refused("٢٠١٢٣٤٥٦", "This looks like a phone number: \"20123456\"");
	expect_refused("ѕnаpсhаt: kid", "This looks like a social-media name: \"snapchat: kid\"");
}

static void test_contact_in_link_destination_is_refused(void **state)
{
	(void)state;
	expect_refused("[mail me](mailto:kid&#64;example.com)",
	               "This looks like an e-mail address: \"kid@example.com\"");
}

static void test_contact_hidden_in_raw_html_is_refused(void **state)
{
	(void)state;
	expect_refused("hi <!-- kid&#64;example.com -->",
	               "This looks like an e-mail address: \"kid@example.com\"");
}

static void test_what_was_refused_before_still_is(void **state)
{
	(void)state;
	expect_refused("snap: mads_123", "This looks like a social-media name: \"snap: mads_123\"");
	expect_refused("[1]: mailto:kid@example.com",
	               "This looks like an e-mail address: \"kid@example.com\"");
}

/* ---- titles ---------------------------------------------------------------- */

static void test_title_is_read_as_escaped_text(void **state)
{
	(void)state;
	struct arena a = {0};
	/* A title shows "&#64;" as typed: no address to a reader. */
	assert_null(why(&a, "kid&#64;example.com", READER_PLAIN));
	assert_non_null(why(&a, "kid＠example.com", READER_PLAIN));
	assert_non_null(why(&a, "２０ １２ ３４ ５６", READER_PLAIN));
	arena_free(&a);
}

/* ---- links ----------------------------------------------------------------- */

static void test_reference_link_through_character_references_is_a_link(void **state)
{
	(void)state;
	assert_int_equal(
	    has_link("see [this][1]\n\n[1]: &#47;&#47;evil&#46;example", READER_MARKDOWN), 1);
	assert_int_equal(has_link("see [this]\n\n[this]: //evil.example", READER_MARKDOWN), 1);
}

static void test_every_rendered_link_or_image_is_a_link(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "[x](//evil.example)", "[x](/p/1)",       "![x](//evil.example/a.png)",
	    "<irc://evil>",        "<kid@x.invalid>", "[x](javascript:alert(1))",
	};
	for (size_t i = 0; i < COUNT(texts); i++)
		if (!has_link(texts[i], READER_MARKDOWN))
			fail_msg("\"%s\" should hold a link", texts[i]);
}

static void test_fullwidth_url_is_a_link(void **state)
{
	(void)state;
	assert_int_equal(has_link("ｈｔｔｐｓ：／／evil", READER_MARKDOWN), 1);
	assert_int_equal(has_link("www&#46;evil&#46;zz", READER_MARKDOWN), 1);
}

static void test_unused_reference_definition_is_not_a_link(void **state)
{
	(void)state;
	/* cmark shows nothing of it; what it names is no TLD we know. */
	assert_int_equal(has_link("[1]: //evil.example\n\nhello", READER_MARKDOWN), 0);
}

/* ---- ordinary text --------------------------------------------------------- */

static void test_ordinary_text_with_ampersands_and_markdown_passes(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "Tom & Jerry &amp; friends; 3 < 4 &lt;3",
	    "**I** *feel* `ok` today\n\n> quoted\n\n- one\n- two\n\n1. first\n2. second",
	    "Years 2019 &ndash; 2020 and 24.12.2005",
	    "Jeg har det skidt &mdash; blåbærgrød og Ærø",
	    "My friends are all on Snapchat",
	    "# Heading\n\n    code block\n\n---",
	};
	struct arena a = {0};
	for (size_t i = 0; i < COUNT(texts); i++) {
		const char *got = why(&a, texts[i], READER_MARKDOWN);
		if (got)
			fail_msg("\"%s\" refused: %s", texts[i], got);
		if (has_link(texts[i], READER_MARKDOWN))
			fail_msg("\"%s\" has no link", texts[i]);
		if (crisis(texts[i], READER_MARKDOWN))
			fail_msg("\"%s\" is no crisis", texts[i]);
	}
	arena_free(&a);
}

/* ---- crisis ---------------------------------------------------------------- */

static void test_crisis_words_through_references_and_lookalikes_are_found(void **state)
{
	(void)state;
	assert_int_equal(crisis("sel&#118;mord", READER_MARKDOWN), 1);
	assert_int_equal(crisis("ｓｅｌｖｍｏｒｄ", READER_PLAIN), 1);
	assert_int_equal(crisis("kill m&#121;self", READER_MARKDOWN), 1);
	assert_int_equal(crisis("kill *my*self", READER_MARKDOWN), 1); /* "kill myself" shown */
	assert_int_equal(crisis("want to d&#105;e", READER_MARKDOWN), 1);
	assert_int_equal(crisis("kill\u200Bmyself", READER_PLAIN), 1); /* as typed */
	assert_int_equal(crisis("ѕuiсidе", READER_PLAIN), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_email_through_character_reference_is_refused),
	    cmocka_unit_test(test_phone_through_character_reference_is_refused),
	    cmocka_unit_test(test_handle_through_character_reference_is_refused),
	    cmocka_unit_test(test_fullwidth_at_and_digits_are_refused),
	    cmocka_unit_test(test_other_lookalikes_are_refused),
	    cmocka_unit_test(test_contact_in_link_destination_is_refused),
	    cmocka_unit_test(test_contact_hidden_in_raw_html_is_refused),
	    cmocka_unit_test(test_what_was_refused_before_still_is),
	    cmocka_unit_test(test_title_is_read_as_escaped_text),
	    cmocka_unit_test(test_reference_link_through_character_references_is_a_link),
	    cmocka_unit_test(test_every_rendered_link_or_image_is_a_link),
	    cmocka_unit_test(test_fullwidth_url_is_a_link),
	    cmocka_unit_test(test_unused_reference_definition_is_not_a_link),
	    cmocka_unit_test(test_ordinary_text_with_ampersands_and_markdown_passes),
	    cmocka_unit_test(test_crisis_words_through_references_and_lookalikes_are_found),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
