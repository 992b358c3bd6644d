/*
 * test_night.c - the night pre-moderation window (community/night.c).
 * Times are fixed instants built with timegm, so the tests never depend
 * on the clock or the machine's time zone.
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

#include "night.h"

#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

/* ---- helpers ------------------------------------------------------------- */

/* y-m-d h:00 UTC. */
static time_t utc(int y, int m, int d, int h)
{
	struct tm t = {0};
	t.tm_year = y - 1900;
	t.tm_mon = m - 1;
	t.tm_mday = d;
	t.tm_hour = h;
	return timegm(&t);
}

/* ---- the night window ---------------------------------------------------- */

static void test_window_wraps_midnight(void **state)
{
	(void)state;
	for (int h = 0; h < 24; h++)
		assert_int_equal(guard_in_window(h, 22, 9), h >= 22 || h < 9);
	assert_int_equal(guard_in_window(22, 22, 9), 1);
	assert_int_equal(guard_in_window(0, 22, 9), 1);
	assert_int_equal(guard_in_window(8, 22, 9), 1);
	assert_int_equal(guard_in_window(9, 22, 9), 0);
	assert_int_equal(guard_in_window(21, 22, 9), 0);
}

static void test_window_within_a_day(void **state)
{
	(void)state;
	for (int h = 0; h < 24; h++)
		assert_int_equal(guard_in_window(h, 9, 17), h >= 9 && h < 17);
	assert_int_equal(guard_in_window(0, 0, 1), 1);
	assert_int_equal(guard_in_window(23, 23, 0), 1);
	assert_int_equal(guard_in_window(0, 23, 0), 0);
}

static void test_window_is_empty_when_start_equals_end(void **state)
{
	(void)state;
	for (int h = 0; h < 24; h++) {
		assert_int_equal(guard_in_window(h, 0, 0), 0);
		assert_int_equal(guard_in_window(h, 22, 22), 0);
	}
}

static void test_window_rejects_out_of_range(void **state)
{
	(void)state;
	assert_int_equal(guard_in_window(-1, 22, 9), 0);
	assert_int_equal(guard_in_window(24, 22, 9), 0);
	assert_int_equal(guard_in_window(23, 22, 24), 0);
	assert_int_equal(guard_in_window(23, -1, 9), 0);
	assert_int_equal(guard_in_window(5, 0, 99), 0);
}

static void test_local_hour_follows_danish_summer_time(void **state)
{
	(void)state;
	assert_int_equal(guard_local_hour(utc(2024, 1, 15, 12), "Europe/Copenhagen"), 13);
	assert_int_equal(guard_local_hour(utc(2024, 7, 15, 12), "Europe/Copenhagen"), 14);
	/* Midnight UTC is already 1 or 2 at night in Copenhagen. */
	assert_int_equal(guard_local_hour(utc(2024, 7, 15, 22), "Europe/Copenhagen"), 0);
	/* 2024-03-31: clocks go from 02:00 to 03:00 at 01:00 UTC. */
	assert_int_equal(guard_local_hour(utc(2024, 3, 31, 0), "Europe/Copenhagen"), 1);
	assert_int_equal(guard_local_hour(utc(2024, 3, 31, 1), "Europe/Copenhagen"), 3);
}

static void test_local_hour_other_zones(void **state)
{
	(void)state;
	assert_int_equal(guard_local_hour(utc(2024, 1, 15, 12), "Europe/Stockholm"), 13);
	assert_int_equal(guard_local_hour(utc(2024, 1, 15, 12), "UTC"), 12);
	assert_int_equal(guard_local_hour(utc(2024, 1, 15, 12), "America/New_York"), 7);
	assert_int_equal(guard_local_hour(utc(2024, 1, 15, 12), "Asia/Tokyo"), 21);
}

static void test_local_hour_restores_the_process_zone(void **state)
{
	(void)state;
	char *old = getenv("TZ") ? strdup(getenv("TZ")) : NULL;
	time_t t = utc(2024, 1, 15, 12);
	struct tm tm;

	assert_int_equal(setenv("TZ", "Asia/Tokyo", 1), 0);
	tzset();
	assert_int_equal(guard_local_hour(t, "Europe/Copenhagen"), 13);
	assert_string_equal(getenv("TZ"), "Asia/Tokyo");
	assert_non_null(localtime_r(&t, &tm));
	assert_int_equal(tm.tm_hour, 21);

	/* An unset TZ stays unset. */
	assert_int_equal(unsetenv("TZ"), 0);
	tzset();
	assert_int_equal(guard_local_hour(t, "Europe/Copenhagen"), 13);
	assert_null(getenv("TZ"));

	if (old)
		setenv("TZ", old, 1);
	tzset();
	free(old);
}

static void test_local_hour_rejects_unknown_zone(void **state)
{
	(void)state;
	time_t t = utc(2024, 1, 15, 12);
	static const char *const zones[] = {
	    "",       "Not/AZone", "../../etc/passwd",        "/etc/localtime",
	    "Europe", "CET-1",     "Europe/Copenhagen extra", "zone.tab",
	};
	assert_int_equal(guard_local_hour(t, NULL), -1);
	for (size_t i = 0; i < COUNT(zones); i++)
		if (guard_local_hour(t, zones[i]) != -1)
			fail_msg("zone \"%s\" should be refused", zones[i]);
}

/* One cmocka test per behaviour, grouped by guard. */
int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_window_wraps_midnight),
	    cmocka_unit_test(test_window_within_a_day),
	    cmocka_unit_test(test_window_is_empty_when_start_equals_end),
	    cmocka_unit_test(test_window_rejects_out_of_range),
	    cmocka_unit_test(test_local_hour_follows_danish_summer_time),
	    cmocka_unit_test(test_local_hour_other_zones),
	    cmocka_unit_test(test_local_hour_restores_the_process_zone),
	    cmocka_unit_test(test_local_hour_rejects_unknown_zone),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
