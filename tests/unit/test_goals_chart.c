/*
 * test_goals_chart.c - an indicator's trend as SVG numbers
 * (cgi-bin/goals/chart.c): where a rating stands, the polyline's points,
 * the ticks, and how two averages compare.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "chart.h"
#include "goals.h"

#define DAY  86400LL
#define FROM 1700000000LL
#define TO   (FROM + CHART_DAYS * DAY)

static void test_the_scale_runs_bottom_to_top(void **state)
{
	(void)state;
	struct chart c;
	chart_layout(&c, FROM, TO);
	assert_int_equal(chart_y(&c, INDICATOR_SCALE_MIN), CHART_BOTTOM);
	assert_int_equal(chart_y(&c, INDICATOR_SCALE_MAX), CHART_TOP);
	for (int v = INDICATOR_SCALE_MIN; v < INDICATOR_SCALE_MAX; v++)
		assert_true(chart_y(&c, v + 1) < chart_y(&c, v));
}

static void test_values_off_the_scale_are_clamped(void **state)
{
	(void)state;
	struct chart c;
	chart_layout(&c, FROM, TO);
	assert_int_equal(chart_y(&c, 0), CHART_BOTTOM);
	assert_int_equal(chart_y(&c, -2147483647), CHART_BOTTOM);
	assert_int_equal(chart_y(&c, 99), CHART_TOP);
}

static void test_times_run_left_to_right_inside_the_window(void **state)
{
	(void)state;
	struct chart c;
	chart_layout(&c, FROM, TO);
	assert_int_equal(chart_x(&c, FROM, FROM, TO), CHART_LEFT);
	assert_int_equal(chart_x(&c, TO, FROM, TO), CHART_RIGHT);
	assert_int_equal(chart_x(&c, FROM + 28 * DAY, FROM, TO), (CHART_LEFT + CHART_RIGHT) / 2);
	assert_int_equal(chart_x(&c, FROM - 1000 * DAY, FROM, TO), CHART_LEFT);
	assert_int_equal(chart_x(&c, TO + 1000 * DAY, FROM, TO), CHART_RIGHT);
}

static void test_an_empty_window_puts_everything_left(void **state)
{
	(void)state;
	struct chart c;
	chart_layout(&c, TO, FROM);
	assert_int_equal(c.nxticks, 0);
	assert_int_equal(chart_x(&c, FROM, TO, FROM), CHART_LEFT);
}

static void test_one_tick_a_week_and_one_per_value(void **state)
{
	(void)state;
	struct chart c;
	chart_layout(&c, FROM, TO);
	assert_int_equal(c.nxticks, CHART_DAYS / 7 + 1);
	assert_int_equal(c.xticks[0].x, CHART_LEFT);
	assert_int_equal(c.xticks[c.nxticks - 1].x, CHART_RIGHT);
	assert_int_equal(c.xticks[1].t, FROM + 7 * DAY);
	assert_int_equal(c.nyticks, INDICATOR_SCALE_MAX - INDICATOR_SCALE_MIN + 1);
	assert_int_equal(c.yticks[0].value, INDICATOR_SCALE_MIN);
	assert_int_equal(c.yticks[0].y, CHART_BOTTOM);
	assert_int_equal(c.width, CHART_WIDTH);
	assert_int_equal(c.height, CHART_HEIGHT);
}

static void test_points_draw_each_rating_in_order(void **state)
{
	(void)state;
	struct chart c;
	chart_layout(&c, FROM, TO);
	/* Three ratings, two of them the same day: each is drawn. */
	struct chart_point p[] = {{FROM, 1}, {TO, 5}, {TO, 3}};
	struct buf out = {0};
	chart_points(&c, p, 3, FROM, TO, &out);
	char want[64];
	snprintf(want, sizeof want, "%d,%d %d,%d %d,%d", CHART_LEFT, CHART_BOTTOM, CHART_RIGHT,
	         CHART_TOP, CHART_RIGHT, chart_y(&c, 3));
	assert_string_equal(out.data, want);
	buf_free(&out);
}

static void test_no_ratings_give_an_empty_points_attribute(void **state)
{
	(void)state;
	struct chart c;
	chart_layout(&c, FROM, TO);
	struct buf out = {0};
	chart_points(&c, NULL, 0, FROM, TO, &out);
	assert_non_null(out.data);
	assert_string_equal(out.data, "");
	buf_free(&out);
}

static void test_trend_compares_what_is_shown(void **state)
{
	(void)state;
	assert_int_equal(chart_trend(3.4, 2.9), 1);
	assert_int_equal(chart_trend(2.9, 3.4), -1);
	/* 3.44 and 3.36 both show as 3.4: the same, as the sentence says. */
	assert_int_equal(chart_trend(3.44, 3.36), 0);
}

static void test_average_has_one_decimal(void **state)
{
	(void)state;
	char s[16];
	chart_average(3.4444, s, sizeof s);
	assert_string_equal(s, "3.4");
	chart_average(2.95, s, sizeof s);
	assert_string_equal(s, "3.0");
	chart_average(5, s, sizeof s);
	assert_string_equal(s, "5.0");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_the_scale_runs_bottom_to_top),
	    cmocka_unit_test(test_values_off_the_scale_are_clamped),
	    cmocka_unit_test(test_times_run_left_to_right_inside_the_window),
	    cmocka_unit_test(test_an_empty_window_puts_everything_left),
	    cmocka_unit_test(test_one_tick_a_week_and_one_per_value),
	    cmocka_unit_test(test_points_draw_each_rating_in_order),
	    cmocka_unit_test(test_no_ratings_give_an_empty_points_attribute),
	    cmocka_unit_test(test_trend_compares_what_is_shown),
	    cmocka_unit_test(test_average_has_one_decimal),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
