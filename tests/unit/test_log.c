/*
 * test_log.c - a log line is one line whatever it quotes (issue 8,
 * finding 5: a crafted request path wrote a line of its own that looked
 * like "worker 99 crashed (signal 11)"). log_escape() on its own, and
 * log_msg() with stderr caught in a pipe.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "log.h"

static const char *escaped(const char *in)
{
	static char out[1024];
	log_escape(out, sizeof out, in);
	return out;
}

/* Catch what log_msg writes between capture_begin() and capture_end(). */
static int capture_fds[2], capture_saved;

static void capture_begin(void)
{
	assert_int_equal(pipe(capture_fds), 0);
	capture_saved = dup(STDERR_FILENO);
	dup2(capture_fds[1], STDERR_FILENO);
}

static const char *capture_end(void)
{
	static char got[8192];
	dup2(capture_saved, STDERR_FILENO);
	close(capture_saved);
	close(capture_fds[1]);
	ssize_t n = read(capture_fds[0], got, sizeof got - 1);
	close(capture_fds[0]);
	assert_true(n > 0);
	got[n] = '\0';
	return got;
}

static int count(const char *s, char c)
{
	int n = 0;
	for (; *s; s++)
		n += *s == c;
	return n;
}

static void test_a_path_with_a_line_break_yields_a_single_log_line(void **state)
{
	(void)state;
	const char *path = "/x\n2026-12-02T03:00:00Z [1] [-] feed: worker 99 crashed (signal 11), "
	                   "restarting";
	capture_begin();
	log_msg("0123456789abcdef", "GET %s -> %d", path, 500);
	const char *line = capture_end();
	assert_int_equal(count(line, '\n'), 1);
	assert_int_equal(line[strlen(line) - 1], '\n');
	assert_non_null(strstr(line, "[0123456789abcdef] GET /x\\x0a2026-12-02T03:00:00Z [1] [-] "
	                             "feed: worker 99 crashed (signal 11), restarting -> 500\n"));
}

static void test_carriage_return_and_every_c0_control_and_del_are_escaped(void **state)
{
	(void)state;
	assert_string_equal(escaped("a\rb"), "a\\x0db");
	assert_string_equal(escaped("\t\x01\x1b[2J\x1f\x7f"), "\\x09\\x01\\x1b[2J\\x1f\\x7f");
	char all[33];
	for (int i = 1; i < 32; i++)
		all[i - 1] = (char)i;
	all[31] = '\0';
	const char *e = escaped(all);
	assert_int_equal(strlen(e), 31 * 4);
	for (const char *p = e; *p; p++)
		assert_true((unsigned char)*p >= 0x20 && (unsigned char)*p < 0x7f);
}

static void test_c1_controls_and_line_separators_are_escaped_byte_by_byte(void **state)
{
	(void)state;
	assert_string_equal(escaped("a\xc2\x85z"), "a\\xc2\\x85z"); /* NEL */
	assert_string_equal(escaped("\xc2\x9b"), "\\xc2\\x9b");     /* CSI */
	assert_string_equal(escaped("\xe2\x80\xa8"), "\\xe2\\x80\\xa8");
	assert_string_equal(escaped("\xe2\x80\xa9"), "\\xe2\\x80\\xa9");
	assert_string_equal(escaped("\xe2\x80\xae"),
	                    "\\xe2\\x80\\xae"); /* right-to-left override */
	assert_string_equal(escaped("\xe2\x81\xa6"), "\\xe2\\x81\\xa6"); /* left-to-right isolate */
}

static void test_invalid_utf8_is_escaped_and_valid_text_is_kept(void **state)
{
	(void)state;
	assert_string_equal(escaped("\xff\xfe"), "\\xff\\xfe");
	assert_string_equal(escaped("\xc3"), "\\xc3");                   /* cut short */
	assert_string_equal(escaped("\xc0\xaf"), "\\xc0\\xaf");          /* overlong "/" */
	assert_string_equal(escaped("\xed\xa0\x80"), "\\xed\\xa0\\x80"); /* a surrogate */
	const char *valid = "bl\xc3\xa5"
	                    "b\xc3\xa6r \xef\xbf\xbd \xf0\x9f\x99\x82";
	assert_string_equal(escaped(valid), valid);
	assert_string_equal(escaped("GET /p/12 -> 500"), "GET /p/12 -> 500");
}

static void test_a_backslash_is_escaped_so_escapes_cannot_be_faked(void **state)
{
	(void)state;
	assert_string_equal(escaped("a\\x0ab"), "a\\x5cx0ab");
}

static void test_escape_stops_before_an_escape_that_does_not_fit(void **state)
{
	(void)state;
	char out[8];
	assert_int_equal(log_escape(out, 7, "abc\n"), 3); /* "abc\x0a" needs 8 with its NUL */
	assert_string_equal(out, "abc");
	assert_int_equal(log_escape(out, sizeof out, "abc\n"), 7);
	assert_string_equal(out, "abc\\x0a");
	assert_int_equal(log_escape(out, sizeof out, "ab\ncd"), 7);
	assert_string_equal(out, "ab\\x0ac");
	assert_int_equal(log_escape(out, 1, "abc"), 0);
	assert_string_equal(out, "");
}

static void test_a_long_message_is_cut_but_stays_one_line(void **state)
{
	(void)state;
	char big[3000];
	memset(big, '\n', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	capture_begin();
	log_msg(NULL, "%s", big);
	const char *line = capture_end();
	assert_int_equal(count(line, '\n'), 1);
	assert_int_equal(line[strlen(line) - 1], '\n');
	assert_non_null(strstr(line, "\\x0a\\x0a"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_a_path_with_a_line_break_yields_a_single_log_line),
	    cmocka_unit_test(test_carriage_return_and_every_c0_control_and_del_are_escaped),
	    cmocka_unit_test(test_c1_controls_and_line_separators_are_escaped_byte_by_byte),
	    cmocka_unit_test(test_invalid_utf8_is_escaped_and_valid_text_is_kept),
	    cmocka_unit_test(test_a_backslash_is_escaped_so_escapes_cannot_be_faked),
	    cmocka_unit_test(test_escape_stops_before_an_escape_that_does_not_fit),
	    cmocka_unit_test(test_a_long_message_is_cut_but_stays_one_line),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
