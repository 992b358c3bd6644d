/*
 * test_form.c - form_read and friends (form.c): the checks every field
 * goes through at the door. Required fields, length in characters (not
 * bytes), invalid UTF-8 (refused, but refilled with U+FFFD), NUL,
 * control characters, multi-line fields and CRLF, form_error and
 * form_value.
 *
 * The source kvlist is built by hand (values may hold any byte, as the
 * parsers deliver them); the request has an arena and a zeroed response.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "arena.h"
#include "form.h"
#include "request.h"
#include "response.h"
#include "text.h"

struct fixture {
	struct arena arena;
	struct response res;
	struct request req;
	struct kv items[8];
	struct kvlist src;
};

static int setup(void **state)
{
	static struct fixture fx;
	memset(&fx, 0, sizeof fx);
	fx.req.arena = &fx.arena;
	fx.req.res = &fx.res;
	fx.req.method = "POST";
	fx.req.path = "/";
	fx.src.items = fx.items;
	*state = &fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	arena_free(&fx->arena);
	return 0;
}

/* Add a field with len bytes of value (which may hold NUL). */
static void add(struct fixture *fx, const char *name, const char *value, size_t len)
{
	fx->items[fx->src.count++] = (struct kv){name, value, len};
}

#define ADD(fx, name, lit) add((fx), (name), (lit), sizeof(lit) - 1)

static const struct field one_line[] = {
    TEXT_FIELD("handle", "Pseudonym", 3, 5, 0),
};
static const struct field optional_line[] = {
    TEXT_FIELD("title", "Title", 0, 5, 0),
};
static const struct field multi_line[] = {
    TEXT_FIELD("body", "Text", 1, 20, FIELD_MULTILINE),
};

/* ---- required fields ----------------------------------------------------- */

static void test_form_missing_required_field_names_label(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	assert_int_equal(form_read(&fx->req, &fx->src, one_line, 1, &f), -1);
	assert_true(f.failed);
	assert_non_null(f.errors[0]);
	assert_non_null(strstr(f.errors[0], "Pseudonym"));
	assert_non_null(strstr(f.errors[0], "required"));
	assert_string_equal(form_value(&f, "handle"), "");
}

static void test_form_empty_required_field_is_required(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	ADD(fx, "handle", "");
	assert_int_equal(form_read(&fx->req, &fx->src, one_line, 1, &f), -1);
	assert_non_null(strstr(f.errors[0], "Pseudonym"));
	assert_non_null(strstr(f.errors[0], "required"));
}

static void test_form_missing_optional_field_is_fine(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	assert_int_equal(form_read(&fx->req, &fx->src, optional_line, 1, &f), 0);
	assert_false(f.failed);
	assert_null(f.errors[0]);
	assert_string_equal(form_value(&f, "title"), "");
}

static void test_form_accepts_valid_value(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	ADD(fx, "handle", "mads");
	assert_int_equal(form_read(&fx->req, &fx->src, one_line, 1, &f), 0);
	assert_null(f.errors[0]);
	assert_string_equal(form_value(&f, "handle"), "mads");
}

static void test_form_too_short_names_label(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	ADD(fx, "handle", "ab");
	assert_int_equal(form_read(&fx->req, &fx->src, one_line, 1, &f), -1);
	assert_non_null(strstr(f.errors[0], "Pseudonym"));
	assert_non_null(strstr(f.errors[0], "short"));
}

/* ---- length in characters ------------------------------------------------ */

static void test_form_counts_length_in_characters(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	/* Five U+00F8: ten bytes, five characters, max 5. */
	ADD(fx, "handle", "\xC3\xB8\xC3\xB8\xC3\xB8\xC3\xB8\xC3\xB8");
	assert_int_equal(form_read(&fx->req, &fx->src, one_line, 1, &f), 0);
	assert_string_equal(form_value(&f, "handle"), "\xC3\xB8\xC3\xB8\xC3\xB8\xC3\xB8\xC3\xB8");
}

static void test_form_too_long_names_label_and_counts(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	ADD(fx, "handle", "\xC3\xB8\xC3\xB8\xC3\xB8\xC3\xB8\xC3\xB8\xC3\xB8");
	assert_int_equal(form_read(&fx->req, &fx->src, one_line, 1, &f), -1);
	assert_non_null(strstr(f.errors[0], "Pseudonym"));
	assert_non_null(strstr(f.errors[0], "too long"));
	assert_non_null(strstr(f.errors[0], "6"));
	assert_non_null(strstr(f.errors[0], "5"));
}

/* ---- encoding, NUL, control characters ----------------------------------- */

static void test_form_invalid_utf8_is_refused_and_cleaned(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	ADD(fx, "handle",
	    "ab\xFF"
	    "c");
	assert_int_equal(form_read(&fx->req, &fx->src, one_line, 1, &f), -1);
	assert_non_null(strstr(f.errors[0], "Pseudonym"));
	assert_non_null(strstr(f.errors[0], "not valid UTF-8"));
	assert_string_equal(form_value(&f, "handle"), "ab\xEF\xBF\xBD"
	                                              "c");
}

static void test_form_overlong_utf8_is_refused(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	ADD(fx, "handle",
	    "a\xC0\xAF"
	    "b");
	assert_int_equal(form_read(&fx->req, &fx->src, one_line, 1, &f), -1);
	assert_non_null(strstr(f.errors[0], "not valid UTF-8"));
	const char *v = form_value(&f, "handle");
	assert_true(utf8_count(v, strlen(v)) > 0);
}

static void test_form_nul_is_refused(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	ADD(fx, "handle", "ab\0cd");
	assert_int_equal(form_read(&fx->req, &fx->src, one_line, 1, &f), -1);
	assert_non_null(strstr(f.errors[0], "Pseudonym"));
	assert_non_null(strstr(f.errors[0], "NUL"));
	/* The refilled value has no NUL cutting it short. */
	assert_string_equal(form_value(&f, "handle"), "ab\xEF\xBF\xBD"
	                                              "cd");
}

static void test_form_control_character_refused_in_single_line(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	ADD(fx, "handle", "ab\x01");
	assert_int_equal(form_read(&fx->req, &fx->src, one_line, 1, &f), -1);
	assert_non_null(strstr(f.errors[0], "Pseudonym"));
	assert_non_null(strstr(f.errors[0], "control characters"));
}

static void test_form_newline_refused_in_single_line(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	ADD(fx, "handle", "ab\ncd");
	assert_int_equal(form_read(&fx->req, &fx->src, one_line, 1, &f), -1);
	assert_non_null(strstr(f.errors[0], "control characters"));
}

static void test_form_tab_and_del_refused_in_single_line(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	ADD(fx, "handle", "a\tb");
	assert_int_equal(form_read(&fx->req, &fx->src, one_line, 1, &f), -1);
	fx->src.count = 0;
	ADD(fx, "handle", "ab\x7f");
	assert_int_equal(form_read(&fx->req, &fx->src, one_line, 1, &f), -1);
	assert_non_null(strstr(f.errors[0], "control characters"));
}

/* ---- multi-line fields --------------------------------------------------- */

static void test_form_multiline_allows_newlines_and_tabs(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	ADD(fx, "body", "one\ntwo\tthree");
	assert_int_equal(form_read(&fx->req, &fx->src, multi_line, 1, &f), 0);
	assert_string_equal(form_value(&f, "body"), "one\ntwo\tthree");
}

static void test_form_multiline_normalises_crlf_to_lf(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	ADD(fx, "body", "a\r\nb\rc\r\n\r\nd");
	assert_int_equal(form_read(&fx->req, &fx->src, multi_line, 1, &f), 0);
	assert_string_equal(form_value(&f, "body"), "a\nb\nc\n\nd");
}

static void test_form_multiline_counts_crlf_as_one_character(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	/* 10 lines of "a" and CRLF: 30 bytes, 20 characters once normalised. */
	ADD(fx, "body", "a\r\na\r\na\r\na\r\na\r\na\r\na\r\na\r\na\r\na\r\n");
	assert_int_equal(form_read(&fx->req, &fx->src, multi_line, 1, &f), 0);
}

static void test_form_multiline_still_refuses_other_controls(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	ADD(fx, "body", "a\nb\x1b[31m");
	assert_int_equal(form_read(&fx->req, &fx->src, multi_line, 1, &f), -1);
	assert_non_null(strstr(f.errors[0], "Text"));
	assert_non_null(strstr(f.errors[0], "control characters"));
}

/* ---- several fields, form_error, form_value ------------------------------ */

static void test_form_reports_each_bad_field(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	static const struct field fields[] = {
	    TEXT_FIELD("handle", "Pseudonym", 3, 5, 0),
	    TEXT_FIELD("title", "Title", 0, 5, 0),
	    TEXT_FIELD("body", "Text", 1, 20, FIELD_MULTILINE),
	};
	ADD(fx, "handle", "toolong");
	ADD(fx, "title", "ok");
	assert_int_equal(form_read(&fx->req, &fx->src, fields, 3, &f), -1);
	assert_non_null(strstr(f.errors[0], "Pseudonym"));
	assert_null(f.errors[1]);
	assert_non_null(strstr(f.errors[2], "Text"));
	assert_string_equal(form_value(&f, "title"), "ok");
	/* A value over max is still given back to refill the form. */
	assert_string_equal(form_value(&f, "handle"), "toolong");
}

static void test_form_error_adds_message_and_sets_failed(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	ADD(fx, "handle", "mads");
	assert_int_equal(form_read(&fx->req, &fx->src, one_line, 1, &f), 0);
	assert_false(f.failed);
	form_error(&f, "handle", "That name is taken");
	assert_true(f.failed);
	assert_string_equal(f.errors[0], "That name is taken");
}

static void test_form_error_keeps_first_message(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	assert_int_equal(form_read(&fx->req, &fx->src, one_line, 1, &f), -1);
	form_error(&f, "handle", "second");
	assert_non_null(strstr(f.errors[0], "required"));
}

static void test_form_failed_tells_a_refused_field_from_a_good_one(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	ADD(fx, "handle", "mads");
	assert_int_equal(form_read(&fx->req, &fx->src, one_line, 1, &f), 0);
	assert_false(form_failed(&f, "handle"));
	assert_false(form_failed(&f, "no such field"));
	form_error(&f, "handle", "That name is taken");
	assert_true(form_failed(&f, "handle"));
}

static void test_form_failed_sees_the_door_refusal(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	assert_int_equal(form_read(&fx->req, &fx->src, one_line, 1, &f), -1); /* required, absent */
	assert_true(form_failed(&f, "handle"));
}

static void test_form_value_of_unknown_name_is_empty(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	ADD(fx, "handle", "mads");
	ADD(fx, "other", "x");
	assert_int_equal(form_read(&fx->req, &fx->src, one_line, 1, &f), 0);
	assert_string_equal(form_value(&f, "other"), "");
	assert_string_equal(form_value(&f, "nope"), "");
}

static void test_form_first_occurrence_wins(void **state)
{
	struct fixture *fx = *state;
	struct form f;
	ADD(fx, "handle", "first");
	ADD(fx, "handle", "\xFF");
	assert_int_equal(form_read(&fx->req, &fx->src, one_line, 1, &f), 0);
	assert_string_equal(form_value(&f, "handle"), "first");
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
	    T(test_form_missing_required_field_names_label),
	    T(test_form_empty_required_field_is_required),
	    T(test_form_missing_optional_field_is_fine),
	    T(test_form_accepts_valid_value),
	    T(test_form_too_short_names_label),
	    T(test_form_counts_length_in_characters),
	    T(test_form_too_long_names_label_and_counts),
	    T(test_form_invalid_utf8_is_refused_and_cleaned),
	    T(test_form_overlong_utf8_is_refused),
	    T(test_form_nul_is_refused),
	    T(test_form_control_character_refused_in_single_line),
	    T(test_form_newline_refused_in_single_line),
	    T(test_form_tab_and_del_refused_in_single_line),
	    T(test_form_multiline_allows_newlines_and_tabs),
	    T(test_form_multiline_normalises_crlf_to_lf),
	    T(test_form_multiline_counts_crlf_as_one_character),
	    T(test_form_multiline_still_refuses_other_controls),
	    T(test_form_reports_each_bad_field),
	    T(test_form_error_adds_message_and_sets_failed),
	    T(test_form_error_keeps_first_message),
	    T(test_form_failed_tells_a_refused_field_from_a_good_one),
	    T(test_form_failed_sees_the_door_refusal),
	    T(test_form_value_of_unknown_name_is_empty),
	    T(test_form_first_occurrence_wins),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
