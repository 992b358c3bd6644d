/*
 * test_when.c - dates and times in the site's time zone (core/when.c):
 * the day and the time of day on the zone's wall clock with its
 * abbreviation, on both sides of the changes to and from summer time,
 * the day that differs from UTC's near midnight, the offset where tzdata
 * has no name for a zone, <time datetime> kept in UTC, "ago" words that
 * no zone changes, and zone names checked before libc sees them (an
 * unknown one tells the time in UTC, logged once).
 *
 * The zone is given with when_zone_use(), which keeps it for a minute
 * without reading the settings, so no database is needed. English (no
 * catalogue is bound here).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "arena.h"
#include "request.h"
#include "tmpl.h"
#include "when.h"

static struct arena arena;

static struct request fresh_request(void)
{
	struct request req;
	memset(&req, 0, sizeof req);
	req.arena = &arena;
	return req;
}

static const char *moment(const char *zone_name, const char *datetime)
{
	static struct request req;
	req = fresh_request();
	when_zone_use(zone_name);
	return when_text(&req, datetime, WHEN_MOMENT, when_parse(datetime));
}

static const char *day(const char *zone_name, const char *datetime)
{
	static struct request req;
	req = fresh_request();
	when_zone_use(zone_name);
	return when_text(&req, datetime, WHEN_DAY, when_parse(datetime));
}

static void a_moment_is_told_on_the_sites_clock_with_its_abbreviation(void **state)
{
	(void)state;
	assert_string_equal(moment("Europe/Copenhagen", "2026-12-02 01:01:00"),
	                    "2 December 2026, 02:01 CET");
	assert_string_equal(moment("Europe/Copenhagen", "2026-07-01 12:30:00"),
	                    "1 July 2026, 14:30 CEST");
	assert_string_equal(moment("Europe/Stockholm", "2026-12-02 01:01:00"),
	                    "2 December 2026, 02:01 CET");
	assert_string_equal(moment("America/New_York", "2026-12-02 01:01:00"),
	                    "1 December 2026, 20:01 EST");
	assert_string_equal(moment("UTC", "2026-12-02 01:01:00"), "2 December 2026, 01:01 UTC");
	arena_reset(&arena);
}

static void summer_time_begins_at_one_utc_on_the_last_sunday_of_march(void **state)
{
	(void)state;
	/* 2026-03-29: 02:00 CET becomes 03:00 CEST at 01:00 UTC. */
	assert_string_equal(moment("Europe/Copenhagen", "2026-03-29 00:59:00"),
	                    "29 March 2026, 01:59 CET");
	assert_string_equal(moment("Europe/Copenhagen", "2026-03-29 01:00:00"),
	                    "29 March 2026, 03:00 CEST");
	arena_reset(&arena);
}

static void summer_time_ends_at_one_utc_on_the_last_sunday_of_october(void **state)
{
	(void)state;
	/* 2026-10-25: 03:00 CEST becomes 02:00 CET at 01:00 UTC, so 02:30
	 * comes twice; the abbreviation tells which. */
	assert_string_equal(moment("Europe/Copenhagen", "2026-10-25 00:30:00"),
	                    "25 October 2026, 02:30 CEST");
	assert_string_equal(moment("Europe/Copenhagen", "2026-10-25 01:30:00"),
	                    "25 October 2026, 02:30 CET");
	arena_reset(&arena);
}

static void the_day_is_the_sites_day_not_utcs(void **state)
{
	(void)state;
	assert_string_equal(day("Europe/Copenhagen", "2026-12-31 23:30:00"), "1 January 2027");
	assert_string_equal(day("UTC", "2026-12-31 23:30:00"), "31 December 2026");
	assert_string_equal(day("America/Los_Angeles", "2027-01-01 07:59:00"), "31 December 2026");
	arena_reset(&arena);
}

static void a_zone_without_a_name_in_tzdata_shows_its_offset_from_utc(void **state)
{
	(void)state;
	assert_string_equal(moment("America/Sao_Paulo", "2026-12-02 12:00:00"),
	                    "2 December 2026, 09:00 UTC-3");
	assert_string_equal(moment("Asia/Kathmandu", "2026-12-02 12:00:00"),
	                    "2 December 2026, 17:45 UTC+5:45");
	assert_string_equal(moment("Asia/Kolkata", "2026-12-02 12:00:00"),
	                    "2 December 2026, 17:30 IST");
	arena_reset(&arena);
}

static void an_unknown_zone_tells_the_time_in_utc(void **state)
{
	(void)state;
	assert_string_equal(moment("Mars/Olympus_Mons", "2026-12-02 01:01:00"),
	                    "2 December 2026, 01:01 UTC");
	struct request req = fresh_request();
	assert_string_equal(when_zone(&req), "UTC");
	/* a name with a path in it is never handed to libc */
	assert_string_equal(moment("../../../etc/passwd", "2026-12-02 01:01:00"),
	                    "2 December 2026, 01:01 UTC");
	/* and the next good name is used again */
	assert_string_equal(moment("Europe/Copenhagen", "2026-12-02 01:01:00"),
	                    "2 December 2026, 02:01 CET");
	assert_string_equal(when_zone(&req), "Europe/Copenhagen");
	arena_reset(&arena);
}

/* Lines of stderr that mention needle while fn runs. */
static int stderr_lines_naming(const char *needle, void (*fn)(void))
{
	fflush(stderr);
	FILE *tmp = tmpfile();
	assert_non_null(tmp);
	int saved = dup(fileno(stderr));
	assert_true(saved >= 0);
	assert_true(dup2(fileno(tmp), fileno(stderr)) >= 0);
	fn();
	fflush(stderr);
	dup2(saved, fileno(stderr));
	close(saved);
	rewind(tmp);
	char line[512];
	int n = 0;
	while (fgets(line, sizeof line, tmp))
		n += strstr(line, needle) != NULL;
	fclose(tmp);
	return n;
}

static void three_pages_in_a_bad_zone(void)
{
	for (int i = 0; i < 3; i++)
		moment("Atlantis/Poseidonia", "2026-12-02 01:01:00");
}

static void a_bad_zone_is_logged_once_not_on_every_page(void **state)
{
	(void)state;
	when_zone_use("Europe/Copenhagen");
	assert_int_equal(stderr_lines_naming("Atlantis/Poseidonia", three_pages_in_a_bad_zone), 1);
	arena_reset(&arena);
}

static void zone_names_are_checked_against_tzdata(void **state)
{
	(void)state;
	assert_true(when_zone_valid("Europe/Copenhagen"));
	assert_true(when_zone_valid("UTC"));
	assert_true(when_zone_valid("Etc/GMT+5"));
	assert_true(when_zone_valid("America/Port-au-Prince"));
	assert_false(when_zone_valid(NULL));
	assert_false(when_zone_valid(""));
	assert_false(when_zone_valid("Europe/Kopenhagen"));
	assert_false(when_zone_valid("Europe"));  /* a folder */
	assert_false(when_zone_valid("Europe/")); /* a folder */
	assert_false(when_zone_valid("/etc/localtime"));
	assert_false(when_zone_valid("../zoneinfo/UTC"));
	assert_false(when_zone_valid("Europe/../UTC"));
	assert_false(when_zone_valid("Europe//Copenhagen"));
	assert_false(when_zone_valid("-UTC"));
	assert_false(when_zone_valid("CET-1CEST,M3.5.0,M10.5.0/3")); /* a rule, not a name */
	assert_false(when_zone_valid("right/Europe/Copenhagen"));    /* counts leap seconds */
	assert_false(when_zone_valid("Europe/Copenhagen "));
	assert_false(when_zone_valid("Europe/Copenhagen\n"));
	char longest[WHEN_ZONE_MAX + 2];
	memset(longest, 'A', sizeof longest - 1);
	longest[sizeof longest - 1] = '\0';
	assert_false(when_zone_valid(longest));
}

static void the_machine_date_stays_in_utc_whatever_the_zone(void **state)
{
	(void)state;
	static const char text[] = "{{%AUTOESCAPE context=\"HTML\"}}"
	                           "<time datetime=\"{{at_iso}}\">{{at}}</time>";
	assert_int_equal(tmpl_load_string("test/when.tpl", text, strlen(text)), 0);
	struct request req = fresh_request();
	when_zone_use("America/New_York");
	struct tmpl_dict *d = tmpl_new("test/when.tpl");
	when_set(&req, d, "at", "2026-12-02 01:01:00", WHEN_MOMENT);
	struct buf out = {0};
	assert_int_equal(tmpl_expand("test/when.tpl", d, &out), 0);
	assert_string_equal(
	    out.data, "<time datetime=\"2026-12-02T01:01:00Z\">1 December 2026, 20:01 EST</time>");
	buf_free(&out);
	tmpl_free(d);
	arena_reset(&arena);
}

static void ago_words_do_not_depend_on_the_zone(void **state)
{
	(void)state;
	struct request req = fresh_request();
	time_t now = when_parse("2026-10-25 03:00:00");
	when_zone_use("Europe/Copenhagen");
	assert_string_equal(when_text(&req, "2026-10-25 00:00:00", WHEN_AGO, now), "3 hours ago");
	when_zone_use("Asia/Tokyo");
	assert_string_equal(when_text(&req, "2026-10-25 00:00:00", WHEN_AGO, now), "3 hours ago");
	assert_string_equal(when_text(&req, "2026-10-25 02:59:30", WHEN_AGO, now), "just now");
	arena_reset(&arena);
}

static void what_is_not_a_datetime_is_told_as_nothing(void **state)
{
	(void)state;
	struct request req = fresh_request();
	when_zone_use("Europe/Copenhagen");
	assert_string_equal(when_text(&req, NULL, WHEN_MOMENT, 0), "");
	assert_string_equal(when_text(&req, "2026-13-01 00:00:00", WHEN_DAY, 0), "");
	assert_string_equal(when_text(&req, "yesterday", WHEN_MOMENT, 0), "");
	arena_reset(&arena);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(a_moment_is_told_on_the_sites_clock_with_its_abbreviation),
	    cmocka_unit_test(summer_time_begins_at_one_utc_on_the_last_sunday_of_march),
	    cmocka_unit_test(summer_time_ends_at_one_utc_on_the_last_sunday_of_october),
	    cmocka_unit_test(the_day_is_the_sites_day_not_utcs),
	    cmocka_unit_test(a_zone_without_a_name_in_tzdata_shows_its_offset_from_utc),
	    cmocka_unit_test(an_unknown_zone_tells_the_time_in_utc),
	    cmocka_unit_test(a_bad_zone_is_logged_once_not_on_every_page),
	    cmocka_unit_test(zone_names_are_checked_against_tzdata),
	    cmocka_unit_test(the_machine_date_stays_in_utc_whatever_the_zone),
	    cmocka_unit_test(ago_words_do_not_depend_on_the_zone),
	    cmocka_unit_test(what_is_not_a_datetime_is_told_as_nothing),
	};
	int failed = cmocka_run_group_tests(tests, NULL, NULL);
	arena_free(&arena);
	return failed;
}
