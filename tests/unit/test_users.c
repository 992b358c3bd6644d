/*
 * test_users.c - the account rules in community/users.c that need no database:
 * pseudonyms (users_check_handle), passwords (users_check_password, in
 * characters) and age from a date of birth (users_age, users_check_birth)
 * against a fixed "today" built with timegm, so the tests never depend on
 * the clock or the time zone.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "limits.h"
#include "users.h"

/* Noon UTC on y-m-d. */
static time_t day(int y, int m, int d)
{
	struct tm t = {0};
	t.tm_year = y - 1900;
	t.tm_mon = m - 1;
	t.tm_mday = d;
	t.tm_hour = 12;
	return timegm(&t);
}

/* ---- handles ------------------------------------------------------------- */

static void test_handle_accepts_letters_digits_underscore(void **state)
{
	(void)state;
	assert_null(users_check_handle("Mads_16"));
	assert_null(users_check_handle("abc"));                  /* shortest */
	assert_null(users_check_handle("abcdefghij0123456789")); /* longest */
	assert_null(users_check_handle("___"));
}

static void test_handle_refuses_too_short(void **state)
{
	(void)state;
	assert_non_null(users_check_handle("ab"));
	assert_non_null(users_check_handle(""));
}

static void test_handle_refuses_too_long(void **state)
{
	(void)state;
	assert_non_null(users_check_handle("abcdefghij0123456789x"));
}

static void test_handle_refuses_space(void **state)
{
	(void)state;
	assert_non_null(users_check_handle("mads jensen"));
	assert_non_null(users_check_handle(" mads"));
}

static void test_handle_refuses_quote(void **state)
{
	(void)state;
	assert_non_null(users_check_handle("o'neil"));
	assert_non_null(users_check_handle("a\"b\"c"));
}

static void test_handle_refuses_sql_metacharacters(void **state)
{
	(void)state;
	/* Too long as well; the short forms must be refused for their
	 * characters alone. */
	assert_non_null(users_check_handle("x'; DROP TABLE users;--"));
	assert_non_null(users_check_handle("x';--"));
	assert_non_null(users_check_handle("a%_b"));
	assert_non_null(users_check_handle("a;b"));
}

static void test_handle_refuses_non_ascii(void **state)
{
	(void)state;
	assert_non_null(users_check_handle("s\xC3\xB8ren"));
	assert_non_null(users_check_handle("\xC3\xB8\xC3\xB8"));
}

static void test_handle_refuses_control_and_markup(void **state)
{
	(void)state;
	assert_non_null(users_check_handle("abc\n"));
	assert_non_null(users_check_handle("<b>x</b>"));
	assert_non_null(users_check_handle("a-b"));
	assert_non_null(users_check_handle("a.b"));
}

static void test_handle_length_and_charset_give_different_reasons(void **state)
{
	(void)state;
	const char *len = users_check_handle("ab");
	const char *chars = users_check_handle("a b");
	assert_non_null(len);
	assert_non_null(chars);
	assert_string_not_equal(len, chars);
}

/* ---- passwords ----------------------------------------------------------- */

static void test_password_refuses_9_characters(void **state)
{
	(void)state;
	assert_non_null(users_check_password("123456789"));
	assert_non_null(users_check_password(""));
}

static void test_password_accepts_10_characters(void **state)
{
	(void)state;
	assert_null(users_check_password("1234567890"));
}

static void test_password_counts_characters_not_bytes(void **state)
{
	(void)state;
	/* 10 x U+00F8: 20 bytes, 10 characters. */
	assert_null(users_check_password("\xC3\xB8\xC3\xB8\xC3\xB8\xC3\xB8\xC3\xB8"
					 "\xC3\xB8\xC3\xB8\xC3\xB8\xC3\xB8\xC3\xB8"));
	/* 9 x U+20AC: 27 bytes, but only 9 characters. */
	assert_non_null(users_check_password("\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC"
					     "\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC"
					     "\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC"));
}

static void test_password_refuses_over_200_characters(void **state)
{
	(void)state;
	char pw[LIMIT_PASSWORD_MAX + 2];
	memset(pw, 'p', LIMIT_PASSWORD_MAX);
	pw[LIMIT_PASSWORD_MAX] = '\0';
	assert_null(users_check_password(pw));
	pw[LIMIT_PASSWORD_MAX] = 'p';
	pw[LIMIT_PASSWORD_MAX + 1] = '\0';
	assert_non_null(users_check_password(pw));
}

/* ---- age ----------------------------------------------------------------- */

static void test_age_on_birthday(void **state)
{
	(void)state;
	assert_int_equal(users_age("2008-05-17", day(2024, 5, 17)), 16);
}

static void test_age_day_before_birthday(void **state)
{
	(void)state;
	assert_int_equal(users_age("2008-05-17", day(2024, 5, 16)), 15);
	assert_int_equal(users_age("2008-05-17", day(2024, 4, 30)), 15);
}

static void test_age_day_after_birthday(void **state)
{
	(void)state;
	assert_int_equal(users_age("2008-05-17", day(2024, 5, 18)), 16);
	assert_int_equal(users_age("2008-05-17", day(2024, 12, 31)), 16);
}

static void test_age_born_today_is_zero(void **state)
{
	(void)state;
	assert_int_equal(users_age("2024-05-17", day(2024, 5, 17)), 0);
}

static void test_age_born_29_february(void **state)
{
	(void)state;
	/* In a leap year the birthday is the 29th. */
	assert_int_equal(users_age("2008-02-29", day(2024, 2, 28)), 15);
	assert_int_equal(users_age("2008-02-29", day(2024, 2, 29)), 16);
	/* In other years the year is complete on 1 March. */
	assert_int_equal(users_age("2008-02-29", day(2021, 2, 28)), 12);
	assert_int_equal(users_age("2008-02-29", day(2021, 3, 1)), 13);
}

static void test_age_rejects_29_february_in_common_year(void **state)
{
	(void)state;
	assert_int_equal(users_age("2023-02-29", day(2024, 5, 17)), -1);
	assert_int_equal(users_age("1900-02-29", day(2024, 5, 17)), -1); /* not leap */
	assert_int_equal(users_age("2000-02-29", day(2024, 5, 17)), 24); /* leap */
}

static void test_age_rejects_invalid_month_and_day(void **state)
{
	(void)state;
	time_t t = day(2024, 5, 17);
	assert_int_equal(users_age("2024-13-01", t), -1);
	assert_int_equal(users_age("2000-00-10", t), -1);
	assert_int_equal(users_age("2000-04-31", t), -1);
	assert_int_equal(users_age("2000-01-00", t), -1);
	assert_int_equal(users_age("2000-01-32", t), -1);
}

static void test_age_rejects_text_that_is_not_a_date(void **state)
{
	(void)state;
	time_t t = day(2024, 5, 17);
	assert_int_equal(users_age("abc", t), -1);
	assert_int_equal(users_age("", t), -1);
	assert_int_equal(users_age(NULL, t), -1);
	assert_int_equal(users_age("2000-1-01", t), -1);
	assert_int_equal(users_age("2000/01/01", t), -1);
	assert_int_equal(users_age("2000-01-01x", t), -1);
	assert_int_equal(users_age("20a0-01-01", t), -1);
	assert_int_equal(users_age("-200-01-01", t), -1);
	assert_int_equal(users_age("1899-12-31", t), -1);
}

static void test_age_future_date_is_minus_2(void **state)
{
	(void)state;
	time_t t = day(2024, 5, 17);
	assert_int_equal(users_age("2024-05-18", t), -2);
	assert_int_equal(users_age("2024-06-01", t), -2);
	assert_int_equal(users_age("2030-01-01", t), -2);
}

/* ---- users_check_birth --------------------------------------------------- */

static void test_birth_refuses_12_years_364_days(void **state)
{
	(void)state;
	/* Born 2011-05-18: on 2024-05-17 one day is missing to 13. */
	assert_int_equal(users_age("2011-05-18", day(2024, 5, 17)), 12);
	assert_non_null(users_check_birth("2011-05-18", day(2024, 5, 17)));
}

static void test_birth_accepts_exactly_13(void **state)
{
	(void)state;
	assert_null(users_check_birth("2011-05-17", day(2024, 5, 17)));
}

static void test_birth_refuses_invalid_and_future_dates(void **state)
{
	(void)state;
	time_t t = day(2024, 5, 17);
	const char *invalid = users_check_birth("2024-13-01", t);
	const char *future = users_check_birth("2025-01-01", t);
	assert_non_null(invalid);
	assert_non_null(future);
	assert_string_not_equal(invalid, future);
}

static void test_birth_refuses_more_than_120_years(void **state)
{
	(void)state;
	time_t t = day(2024, 5, 17);
	assert_null(users_check_birth("1904-05-17", t));     /* 120 */
	assert_non_null(users_check_birth("1903-05-17", t)); /* 121 */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_handle_accepts_letters_digits_underscore),
		cmocka_unit_test(test_handle_refuses_too_short),
		cmocka_unit_test(test_handle_refuses_too_long),
		cmocka_unit_test(test_handle_refuses_space),
		cmocka_unit_test(test_handle_refuses_quote),
		cmocka_unit_test(test_handle_refuses_sql_metacharacters),
		cmocka_unit_test(test_handle_refuses_non_ascii),
		cmocka_unit_test(test_handle_refuses_control_and_markup),
		cmocka_unit_test(test_handle_length_and_charset_give_different_reasons),
		cmocka_unit_test(test_password_refuses_9_characters),
		cmocka_unit_test(test_password_accepts_10_characters),
		cmocka_unit_test(test_password_counts_characters_not_bytes),
		cmocka_unit_test(test_password_refuses_over_200_characters),
		cmocka_unit_test(test_age_on_birthday),
		cmocka_unit_test(test_age_day_before_birthday),
		cmocka_unit_test(test_age_day_after_birthday),
		cmocka_unit_test(test_age_born_today_is_zero),
		cmocka_unit_test(test_age_born_29_february),
		cmocka_unit_test(test_age_rejects_29_february_in_common_year),
		cmocka_unit_test(test_age_rejects_invalid_month_and_day),
		cmocka_unit_test(test_age_rejects_text_that_is_not_a_date),
		cmocka_unit_test(test_age_future_date_is_minus_2),
		cmocka_unit_test(test_birth_refuses_12_years_364_days),
		cmocka_unit_test(test_birth_accepts_exactly_13),
		cmocka_unit_test(test_birth_refuses_invalid_and_future_dates),
		cmocka_unit_test(test_birth_refuses_more_than_120_years),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
