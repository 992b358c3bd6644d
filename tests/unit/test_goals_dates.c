/*
 * test_goals_dates.c - the due date and time a participant or his coach
 * types (cgi-bin/goals/dates.c): exactly "YYYY-MM-DD" within the years
 * taken and a day in the calendar, exactly "HH:MM" on a 24-hour clock.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cmocka.h>

#include "goals.h"

#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

static int date_ok(const char *s)
{
	int y = -1, m = -1, d = -1;
	return goals_parse_date(s, &y, &m, &d) == 0;
}

static int time_ok(const char *s)
{
	int h = -1, m = -1;
	return goals_parse_time(s, &h, &m) == 0;
}

static void test_date_reads_year_month_day(void **state)
{
	(void)state;
	int y, m, d;
	assert_int_equal(goals_parse_date("2026-05-31", &y, &m, &d), 0);
	assert_int_equal(y, 2026);
	assert_int_equal(m, 5);
	assert_int_equal(d, 31);
}

static void test_date_years_are_bounded(void **state)
{
	(void)state;
	assert_true(date_ok("2000-01-01"));
	assert_true(date_ok("2099-12-31"));
	assert_false(date_ok("1999-12-31"));
	assert_false(date_ok("2100-01-01"));
	assert_false(date_ok("0000-01-01"));
	assert_false(date_ok("9999-12-31"));
}

static void test_date_must_be_a_day_in_the_calendar(void **state)
{
	(void)state;
	assert_false(date_ok("2026-02-30"));
	assert_false(date_ok("2026-04-31"));
	assert_false(date_ok("2026-13-01"));
	assert_false(date_ok("2026-00-10"));
	assert_false(date_ok("2026-01-00"));
	assert_false(date_ok("2026-01-32"));
	assert_true(date_ok("2026-01-31"));
	assert_true(date_ok("2026-04-30"));
}

static void test_date_knows_leap_years(void **state)
{
	(void)state;
	assert_true(date_ok("2024-02-29"));
	assert_true(date_ok("2000-02-29")); /* divisible by 400 */
	assert_false(date_ok("2026-02-29"));
	assert_false(date_ok("2100-02-29")); /* out of range anyway, and not leap */
	assert_true(date_ok("2026-02-28"));
}

static void test_date_refuses_every_other_shape(void **state)
{
	(void)state;
	const char *bad[] = {"",           "tomorrow",    "2026-5-31",   "2026-05-3",
	                     "26-05-31",   "2026/05/31",  "2026-05-31 ", " 2026-05-31",
	                     "2026-05-31x", "2026-05",    "20260531",    "2026-+5-31",
	                     "2026-05--1", "٢٠٢٦-05-31", "2026-05-31T00:00"};
	for (size_t i = 0; i < COUNT(bad); i++)
		if (date_ok(bad[i]))
			fail_msg("\"%s\" should be refused", bad[i]);
	int y = 7;
	assert_int_equal(goals_parse_date(NULL, &y, &y, &y), -1);
	assert_int_equal(y, 7); /* nothing written on refusal */
}

static void test_time_reads_hours_and_minutes(void **state)
{
	(void)state;
	int h, m;
	assert_int_equal(goals_parse_time("09:30", &h, &m), 0);
	assert_int_equal(h, 9);
	assert_int_equal(m, 30);
	assert_true(time_ok("00:00"));
	assert_true(time_ok("23:59"));
}

static void test_time_refuses_out_of_range_and_other_shapes(void **state)
{
	(void)state;
	const char *bad[] = {"25:00", "24:00", "12:60", "9:30",  "09:3",     "0930", "",
	                     "09-30", "09:30 ", "09:30:00", "ab:cd", "-1:00", NULL};
	for (size_t i = 0; bad[i]; i++)
		if (time_ok(bad[i]))
			fail_msg("\"%s\" should be refused", bad[i]);
	int h;
	assert_int_equal(goals_parse_time(NULL, &h, &h), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_date_reads_year_month_day),
	    cmocka_unit_test(test_date_years_are_bounded),
	    cmocka_unit_test(test_date_must_be_a_day_in_the_calendar),
	    cmocka_unit_test(test_date_knows_leap_years),
	    cmocka_unit_test(test_date_refuses_every_other_shape),
	    cmocka_unit_test(test_time_reads_hours_and_minutes),
	    cmocka_unit_test(test_time_refuses_out_of_range_and_other_shapes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
