/*
 * test_ledger.c - the ledger's rules that need no database
 * (community/ledger.c): which badges a member's all-time totals earn
 * (ledger_badges_earned, the rules ledger_badges applies to
 * member_totals), the points each kind of help is worth, and the
 * statuses named once (status_of, status_values). What the ledger writes
 * is checked through the site: tests/http/test_points.py and
 * test_writers_concurrent.py.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "ledger.h"

/* The badges earned by counts, joined with spaces, for short asserts. */
static const char *earned(long long posts, long long backings, long long best, long long votes)
{
	static char buf[256];
	struct ledger_counts c = {posts, backings, best, votes};
	const char *out[16];
	assert_true(badge_nrules <= 16);
	size_t n = ledger_badges_earned(&c, out);
	buf[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		if (i)
			strcat(buf, " ");
		strcat(buf, out[i]);
	}
	return buf;
}

static void test_no_help_earns_no_badge(void **state)
{
	(void)state;
	assert_string_equal(earned(0, 0, 0, 0), "");
}

static void test_first_post_and_first_backing_each_earn_one(void **state)
{
	(void)state;
	assert_string_equal(earned(1, 0, 0, 0), "first_post");
	assert_string_equal(earned(0, 1, 0, 0), "first_backing");
	assert_string_equal(earned(1, 1, 0, 0), "first_post first_backing");
}

static void test_backing_badges_come_at_ten_and_fifty_exactly(void **state)
{
	(void)state;
	assert_string_equal(earned(0, 9, 0, 0), "first_backing");
	assert_string_equal(earned(0, 10, 0, 0), "first_backing ten_backings");
	assert_string_equal(earned(0, 49, 0, 0), "first_backing ten_backings");
	assert_string_equal(earned(0, 50, 0, 0), "first_backing ten_backings fifty_backings");
}

static void test_best_badges_come_at_one_and_five(void **state)
{
	(void)state;
	assert_string_equal(earned(0, 0, 1, 0), "first_best");
	assert_string_equal(earned(0, 0, 4, 0), "first_best");
	assert_string_equal(earned(0, 0, 5, 0), "first_best five_best");
}

static void test_ten_votes_received_earn_a_badge_nine_do_not(void **state)
{
	(void)state;
	assert_string_equal(earned(0, 0, 0, 9), "");
	assert_string_equal(earned(0, 0, 0, 10), "ten_votes");
}

static void test_a_count_far_past_a_need_still_earns_it(void **state)
{
	(void)state;
	/* a restored backing can bring many votes at once: no exact hit needed */
	assert_string_equal(earned(0, 0, 0, 1000), "ten_votes");
}

static void test_every_rule_counts_a_known_total_and_needs_at_least_one(void **state)
{
	(void)state;
	for (size_t i = 0; i < badge_nrules; i++) {
		const char *k = badge_rules[i].counts;
		assert_true(strcmp(k, "posts") == 0 || strcmp(k, "backings") == 0 ||
		            strcmp(k, "best") == 0 || strcmp(k, "votes") == 0);
		assert_true(badge_rules[i].need >= 1);
		assert_true(strlen(badge_rules[i].badge) <= 30); /* badges.badge VARCHAR(30) */
		for (size_t j = 0; j < i; j++)
			assert_string_not_equal(badge_rules[i].badge, badge_rules[j].badge);
	}
}

static void test_points_are_the_contracts(void **state)
{
	(void)state;
	assert_int_equal(POINTS_POST, 2);
	assert_int_equal(POINTS_BACKING, 5);
	assert_int_equal(POINTS_BEST, 10);
	assert_int_equal(POINTS_VOTE, 1);
}

static void test_statuses_are_named_once_in_enum_order(void **state)
{
	(void)state;
	assert_string_equal(status_values[STATUS_VISIBLE], "visible");
	assert_string_equal(status_values[STATUS_PENDING], "pending");
	assert_string_equal(status_values[STATUS_HIDDEN], "hidden");
	assert_null(status_values[3]);
	for (int i = 0; status_values[i]; i++)
		assert_int_equal(status_of(status_values[i]), i);
}

static void test_an_unknown_status_counts_as_hidden(void **state)
{
	(void)state;
	assert_int_equal(status_of("Visible"), STATUS_HIDDEN);
	assert_int_equal(status_of(""), STATUS_HIDDEN);
	assert_int_equal(status_of(NULL), STATUS_HIDDEN);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_no_help_earns_no_badge),
	    cmocka_unit_test(test_first_post_and_first_backing_each_earn_one),
	    cmocka_unit_test(test_backing_badges_come_at_ten_and_fifty_exactly),
	    cmocka_unit_test(test_best_badges_come_at_one_and_five),
	    cmocka_unit_test(test_ten_votes_received_earn_a_badge_nine_do_not),
	    cmocka_unit_test(test_a_count_far_past_a_need_still_earns_it),
	    cmocka_unit_test(test_every_rule_counts_a_known_total_and_needs_at_least_one),
	    cmocka_unit_test(test_points_are_the_contracts),
	    cmocka_unit_test(test_statuses_are_named_once_in_enum_order),
	    cmocka_unit_test(test_an_unknown_status_counts_as_hidden),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
