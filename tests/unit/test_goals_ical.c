/*
 * test_goals_ical.c - the iCalendar writer (cgi-bin/goals/ical.c):
 * TEXT escaping, folding at 75 octets without splitting a character,
 * CRLF line ends, and the strict reading of a feed's file name.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ical.h"
#include "text.h"

static const char MAC[] = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

static char *escaped(const char *s)
{
	static char out[512];
	struct buf b = {0};
	ical_escape(&b, s, strlen(s));
	snprintf(out, sizeof out, "%s", b.data);
	buf_free(&b);
	return out;
}

/* Every line of out ends CRLF and holds at most 75 octets before it;
 * returns how many lines. */
static int check_lines(const struct buf *out)
{
	int lines = 0;
	size_t start = 0;
	for (size_t i = 0; i < out->len; i++) {
		if (out->data[i] == '\n') {
			assert_true(i > start && out->data[i - 1] == '\r');
			assert_true(i - 1 - start <= ICAL_LINE_OCTETS);
			start = i + 1;
			lines++;
		} else if (out->data[i] == '\r') {
			assert_true(i + 1 < out->len && out->data[i + 1] == '\n');
		}
	}
	assert_int_equal(start, out->len); /* nothing after the last CRLF */
	return lines;
}

/* The value of a folded line unfolded (RFC 5545 3.1). */
static char *unfold(const struct buf *out)
{
	char *s = calloc(1, out->len + 1);
	size_t n = 0;
	for (size_t i = 0; i < out->len; i++) {
		if (out->data[i] == '\r' && i + 2 < out->len && out->data[i + 1] == '\n' &&
		    out->data[i + 2] == ' ') {
			i += 2;
			continue;
		}
		s[n++] = out->data[i];
	}
	return s;
}

static void test_escape_backslash_comma_semicolon(void **state)
{
	(void)state;
	assert_string_equal(escaped("a\\b,c;d"), "a\\\\b\\,c\\;d");
}

static void test_escape_newlines_become_backslash_n(void **state)
{
	(void)state;
	assert_string_equal(escaped("one\ntwo\r\nthree\rfour"), "one\\ntwo\\nthree\\nfour");
}

static void test_escape_drops_control_characters_keeps_tab(void **state)
{
	(void)state;
	assert_string_equal(escaped("a\x01"
	                            "b\x7f"
	                            "c\td"),
	                    "abc\td");
}

static void test_escape_keeps_utf8_and_colons(void **state)
{
	(void)state;
	assert_string_equal(escaped("Mød kl. 9: æblegrød"), "Mød kl. 9: æblegrød");
}

static void test_short_line_is_one_line_with_crlf(void **state)
{
	(void)state;
	struct buf b = {0};
	ical_line(&b, "VERSION", "2.0");
	assert_string_equal(b.data, "VERSION:2.0\r\n");
	buf_free(&b);
}

static void test_line_of_75_octets_is_not_folded(void **state)
{
	(void)state;
	char v[80];
	memset(v, 'x', 75 - 8);
	v[75 - 8] = '\0';
	struct buf b = {0};
	ical_text(&b, "SUMMARY", v); /* "SUMMARY:" is 8 octets */
	assert_int_equal(check_lines(&b), 1);
	assert_int_equal(b.len, 77);
	buf_free(&b);
}

static void test_long_line_folds_at_75_octets(void **state)
{
	(void)state;
	char v[301];
	memset(v, 'a', 300);
	v[300] = '\0';
	struct buf b = {0};
	ical_text(&b, "SUMMARY", v);
	assert_int_equal(check_lines(&b), 5); /* 75 + 4 x (1 + 74) >= 308 */
	assert_memory_equal(b.data + 75, "\r\n a", 4);
	char *u = unfold(&b);
	assert_int_equal(strlen(u), 308 + 2);
	assert_memory_equal(u, "SUMMARY:", 8);
	free(u);
	buf_free(&b);
}

static void test_folding_never_splits_a_character(void **state)
{
	(void)state;
	/* "ø" is 2 octets, "😀" 4: with "SUMMARY:" in front no cut falls
	 * between characters by chance. */
	const char *pieces[] = {"ø", "😀", "€"};
	for (size_t k = 0; k < 3; k++) {
		char v[1024] = "";
		for (int i = 0; i < 100; i++)
			strcat(v, pieces[k]);
		struct buf b = {0};
		ical_text(&b, "SUMMARY", v);
		check_lines(&b);
		/* Each physical line alone is valid UTF-8. */
		size_t start = 0;
		for (size_t i = 0; i < b.len; i++)
			if (b.data[i] == '\r') {
				assert_true(utf8_count(b.data + start, i - start) >= 0);
				start = i + 2;
				i++;
			}
		char *u = unfold(&b);
		assert_memory_equal(u + 8, v, strlen(v));
		assert_string_equal(u + 8 + strlen(v), "\r\n");
		free(u);
		buf_free(&b);
	}
}

static void test_folding_bytes_that_are_not_utf8_still_ends(void **state)
{
	(void)state;
	char v[400];
	memset(v, 0x80, sizeof v - 1);
	v[sizeof v - 1] = '\0';
	struct buf b = {0};
	ical_text(&b, "SUMMARY", v);
	assert_true(check_lines(&b) >= 6);
	buf_free(&b);
}

static void test_line_value_drops_line_breaks(void **state)
{
	(void)state;
	struct buf b = {0};
	ical_line(&b, "UID", "1@opbak\r\nX-EVIL:1");
	assert_string_equal(b.data, "UID:1@opbakX-EVIL:1\r\n");
	buf_free(&b);
}

static void test_feed_name_reads_id_generation_mac(void **state)
{
	(void)state;
	char name[128], mac[65];
	long long id, gen;
	snprintf(name, sizeof name, "42-7-%s.ics", MAC);
	assert_int_equal(ical_feed_name(name, &id, &gen, mac), 0);
	assert_int_equal(id, 42);
	assert_int_equal(gen, 7);
	assert_string_equal(mac, MAC);
	snprintf(name, sizeof name, "4294967295-1-%s.ics", MAC);
	assert_int_equal(ical_feed_name(name, &id, &gen, mac), 0);
	assert_int_equal(id, 4294967295LL);
}

static void test_feed_name_refuses_anything_else(void **state)
{
	(void)state;
	/* Each refused name is before + MAC + after. */
	const char *bad[][2] = {
	    {"42-7-", ""},         /* no .ics */
	    {"42-7-", ".ics.ics"}, /* something after */
	    {"042-7-", ".ics"},    /* a leading zero */
	    {"0-7-", ".ics"},      /* id 0 */
	    {"42-0-", ".ics"},     /* generation 0 */
	    {"-42-7-", ".ics"},    /* a sign */
	    {"+42-7-", ".ics"},
	    {"42--7-", ".ics"},
	    {"4294967296-1-", ".ics"}, /* too big */
	    {"99999999999-1-", ".ics"},
	    {"42-7-", "a.ics"}, /* 65 hex digits */
	    {"42-7-", ".ICS"},
	    {"42 -7-", ".ics"},
	    {"42-7-", ".ics\n"},
	    {"", ".ics"},
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char name[160], mac[65];
		long long id, gen;
		snprintf(name, sizeof name, "%s%s%s", bad[i][0], MAC, bad[i][1]);
		if (ical_feed_name(name, &id, &gen, mac) == 0)
			fail_msg("\"%s\" should be refused", name);
	}
	long long id, gen;
	char mac[65];
	assert_int_equal(ical_feed_name("", &id, &gen, mac), -1);
	char upper[160];
	snprintf(upper, sizeof upper, "42-7-%s.ics",
	         "0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef");
	assert_int_equal(ical_feed_name(upper, &id, &gen, mac), -1);
	char shorter[160];
	snprintf(shorter, sizeof shorter, "42-7-%.63s.ics", MAC);
	assert_int_equal(ical_feed_name(shorter, &id, &gen, mac), -1);
	assert_int_equal(ical_feed_name(NULL, &id, &gen, mac), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_escape_backslash_comma_semicolon),
	    cmocka_unit_test(test_escape_newlines_become_backslash_n),
	    cmocka_unit_test(test_escape_drops_control_characters_keeps_tab),
	    cmocka_unit_test(test_escape_keeps_utf8_and_colons),
	    cmocka_unit_test(test_short_line_is_one_line_with_crlf),
	    cmocka_unit_test(test_line_of_75_octets_is_not_folded),
	    cmocka_unit_test(test_long_line_folds_at_75_octets),
	    cmocka_unit_test(test_folding_never_splits_a_character),
	    cmocka_unit_test(test_folding_bytes_that_are_not_utf8_still_ends),
	    cmocka_unit_test(test_line_value_drops_line_breaks),
	    cmocka_unit_test(test_feed_name_reads_id_generation_mac),
	    cmocka_unit_test(test_feed_name_refuses_anything_else),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
