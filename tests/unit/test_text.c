/*
 * test_text.c - UTF-8 validation and cleaning, and the constant-time
 * string comparison, from text.c.
 *
 * utf8_count must accept exactly RFC 3629 UTF-8: no overlong forms, no
 * UTF-16 surrogates, nothing above U+10FFFF, no sequence cut short.
 * utf8_clean must turn anything else into U+FFFD and give valid UTF-8.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "arena.h"
#include "text.h"

#define COUNT(lit) utf8_count((lit), sizeof(lit) - 1)

/* ---- utf8_count ---------------------------------------------------------- */

static void test_utf8_count_ascii(void **state)
{
	(void)state;
	assert_int_equal(COUNT("hello"), 5);
	assert_int_equal(COUNT(""), 0);
	assert_int_equal(COUNT("\x7f"), 1);
}

static void test_utf8_count_counts_nul_as_a_character(void **state)
{
	(void)state;
	assert_int_equal(COUNT("a\0b"), 3);
}

static void test_utf8_count_multibyte(void **state)
{
	(void)state;
	assert_int_equal(COUNT("s\xC3\xB8ren"), 5);             /* U+00F8: 2 bytes */
	assert_int_equal(COUNT("\xE2\x82\xAC"), 1);              /* U+20AC: 3 bytes */
	assert_int_equal(COUNT("\xF0\x9F\x98\x80"), 1);          /* U+1F600: 4 bytes */
	assert_int_equal(COUNT("\xF4\x8F\xBF\xBF"), 1);          /* U+10FFFF */
	assert_int_equal(COUNT("\xEF\xBF\xBD"), 1);              /* U+FFFD */
	assert_int_equal(COUNT("\xC3\xA6\xC3\xB8\xC3\xA5"), 3);  /* three 2-byte letters */
}

static void test_utf8_count_accepts_smallest_of_each_length(void **state)
{
	(void)state;
	assert_int_equal(COUNT("\xC2\x80"), 1);         /* U+0080 */
	assert_int_equal(COUNT("\xE0\xA0\x80"), 1);     /* U+0800 */
	assert_int_equal(COUNT("\xF0\x90\x80\x80"), 1); /* U+10000 */
}

static void test_utf8_count_rejects_overlong(void **state)
{
	(void)state;
	assert_int_equal(COUNT("\xC0\x80"), -1);         /* NUL, 2 bytes */
	assert_int_equal(COUNT("\xC1\xBF"), -1);
	assert_int_equal(COUNT("\xE0\x80\xAF"), -1);     /* '/', 3 bytes */
	assert_int_equal(COUNT("\xE0\x9F\xBF"), -1);     /* U+07FF, 3 bytes */
	assert_int_equal(COUNT("\xF0\x8F\xBF\xBF"), -1); /* U+FFFF, 4 bytes */
}

static void test_utf8_count_rejects_surrogates(void **state)
{
	(void)state;
	assert_int_equal(COUNT("\xED\xA0\x80"), -1); /* U+D800 */
	assert_int_equal(COUNT("\xED\xBF\xBF"), -1); /* U+DFFF */
	assert_int_equal(COUNT("\xED\x9F\xBF"), 1);  /* U+D7FF is fine */
}

static void test_utf8_count_rejects_above_max_code_point(void **state)
{
	(void)state;
	assert_int_equal(COUNT("\xF4\x90\x80\x80"), -1); /* U+110000 */
	assert_int_equal(COUNT("\xF5\x80\x80\x80"), -1);
	assert_int_equal(COUNT("\xF8\x88\x80\x80\x80"), -1); /* old 5-byte form */
	assert_int_equal(COUNT("\xFF"), -1);
}

static void test_utf8_count_rejects_truncated_sequence(void **state)
{
	(void)state;
	assert_int_equal(COUNT("\xC3"), -1);
	assert_int_equal(COUNT("ab\xE2\x82"), -1);
	assert_int_equal(COUNT("\xF0\x9F\x98"), -1);
	/* Cut short by the next character rather than the end. */
	assert_int_equal(COUNT("\xE2\x82z"), -1);
}

static void test_utf8_count_rejects_lone_continuation_byte(void **state)
{
	(void)state;
	assert_int_equal(COUNT("\x80"), -1);
	assert_int_equal(COUNT("a\xBF"), -1);
}

static void test_utf8_count_respects_length_not_nul(void **state)
{
	(void)state;
	/* Only the first byte of U+00F8 is inside the length. */
	assert_int_equal(utf8_count("\xC3\xB8", 1), -1);
	assert_int_equal(utf8_count("abc", 2), 2);
}

/* ---- utf8_clean ---------------------------------------------------------- */

static void test_utf8_clean_keeps_valid_text(void **state)
{
	(void)state;
	struct arena a = {0};
	const char s[] = "Hej s\xC3\xB8ren \xE2\x82\xAC \xF0\x9F\x98\x80";
	assert_string_equal(utf8_clean(&a, s, sizeof s - 1), s);
	assert_string_equal(utf8_clean(&a, "", 0), "");
	arena_free(&a);
}

static void test_utf8_clean_replaces_invalid_byte(void **state)
{
	(void)state;
	struct arena a = {0};
	assert_string_equal(utf8_clean(&a, "a\xFF" "b", 3), "a\xEF\xBF\xBD" "b");
	arena_free(&a);
}

static void test_utf8_clean_replaces_overlong_and_surrogate(void **state)
{
	(void)state;
	struct arena a = {0};
	char *c = utf8_clean(&a, "\xC0\x80", 2);
	assert_true(utf8_count(c, strlen(c)) > 0);
	assert_null(strstr(c, "\xC0"));
	assert_non_null(strstr(c, "\xEF\xBF\xBD"));
	c = utf8_clean(&a, "x\xED\xA0\x80y", 5);
	assert_true(utf8_count(c, strlen(c)) > 0);
	assert_int_equal(c[0], 'x');
	assert_int_equal(c[strlen(c) - 1], 'y');
	assert_non_null(strstr(c, "\xEF\xBF\xBD"));
	arena_free(&a);
}

static void test_utf8_clean_replaces_truncated_sequence_at_end(void **state)
{
	(void)state;
	struct arena a = {0};
	char *c = utf8_clean(&a, "ok\xE2\x82", 4);
	assert_memory_equal(c, "ok\xEF\xBF\xBD", 5);
	assert_true(utf8_count(c, strlen(c)) > 0);
	arena_free(&a);
}

static void test_utf8_clean_replaces_nul(void **state)
{
	(void)state;
	struct arena a = {0};
	char *c = utf8_clean(&a, "a\0b", 3);
	assert_string_equal(c, "a\xEF\xBF\xBD" "b");
	arena_free(&a);
}

static void test_utf8_clean_output_is_always_valid(void **state)
{
	(void)state;
	struct arena a = {0};
	unsigned char all[256];
	for (int i = 0; i < 256; i++)
		all[i] = (unsigned char)i;
	char *c = utf8_clean(&a, (const char *)all, sizeof all);
	/* Every byte 1..127 survives; 0 and 128..255 each become U+FFFD. */
	assert_int_equal(utf8_count(c, strlen(c)), 256);
	arena_free(&a);
}

/* ---- text_equal_ct ------------------------------------------------------- */

static void test_text_equal_ct_equal_strings(void **state)
{
	(void)state;
	assert_true(text_equal_ct("abc", "abc"));
	assert_true(text_equal_ct("", ""));
}

static void test_text_equal_ct_different_strings(void **state)
{
	(void)state;
	assert_false(text_equal_ct("abc", "abd"));
	assert_false(text_equal_ct("abc", "Abc"));
}

static void test_text_equal_ct_prefix_is_not_equal(void **state)
{
	(void)state;
	assert_false(text_equal_ct("abc", "abcd"));
	assert_false(text_equal_ct("abcd", "abc"));
	assert_false(text_equal_ct("", "a"));
}

/* ---- text_hex ------------------------------------------------------------ */

static void test_text_hex_lower_case(void **state)
{
	(void)state;
	char out[9];
	text_hex((const unsigned char *)"\x00\x9f\xab\xff", 4, out);
	assert_string_equal(out, "009fabff");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_count_ascii),
		cmocka_unit_test(test_utf8_count_counts_nul_as_a_character),
		cmocka_unit_test(test_utf8_count_multibyte),
		cmocka_unit_test(test_utf8_count_accepts_smallest_of_each_length),
		cmocka_unit_test(test_utf8_count_rejects_overlong),
		cmocka_unit_test(test_utf8_count_rejects_surrogates),
		cmocka_unit_test(test_utf8_count_rejects_above_max_code_point),
		cmocka_unit_test(test_utf8_count_rejects_truncated_sequence),
		cmocka_unit_test(test_utf8_count_rejects_lone_continuation_byte),
		cmocka_unit_test(test_utf8_count_respects_length_not_nul),
		cmocka_unit_test(test_utf8_clean_keeps_valid_text),
		cmocka_unit_test(test_utf8_clean_replaces_invalid_byte),
		cmocka_unit_test(test_utf8_clean_replaces_overlong_and_surrogate),
		cmocka_unit_test(test_utf8_clean_replaces_truncated_sequence_at_end),
		cmocka_unit_test(test_utf8_clean_replaces_nul),
		cmocka_unit_test(test_utf8_clean_output_is_always_valid),
		cmocka_unit_test(test_text_equal_ct_equal_strings),
		cmocka_unit_test(test_text_equal_ct_different_strings),
		cmocka_unit_test(test_text_equal_ct_prefix_is_not_equal),
		cmocka_unit_test(test_text_hex_lower_case),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
