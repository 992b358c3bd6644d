/*
 * fuzz_goals_dates.c - the due date and time of a goal item
 * (cgi-bin/goals/dates.c), over any bytes. Invariants (a broken one
 * aborts):
 *   - each parser answers 0 or -1 and reads nothing past the string's
 *     NUL (ASan sees the copy's exact length);
 *   - an accepted date is exactly 10 bytes, its year within
 *     GOAL_YEAR_MIN..MAX, its month 1-12, its day within the month (29
 *     February only in a leap year), and printing it back gives the
 *     same bytes; a refused one leaves the outputs untouched;
 *   - an accepted time is exactly 5 bytes, 00:00 to 23:59, and prints
 *     back to the same bytes.
 *
 * Built with libFuzzer by `make fuzz`, or with replay.c by `make unit`.
 */
#include "fuzz.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goals.h"

#define INPUT_MAX 64 /* more than the form's fields take (10 and 5) */

static void check(int ok)
{
	if (!ok)
		abort();
}

static int month_days(int y, int m)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : days[m - 1];
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > INPUT_MAX)
		return 0;
	char *s = malloc(size + 1);
	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	size_t len = strlen(s);

	int y = -7, m = -7, d = -7;
	int rc = goals_parse_date(s, &y, &m, &d);
	check(rc == 0 || rc == -1);
	if (rc == 0) {
		check(len == 10);
		check(y >= GOAL_YEAR_MIN && y <= GOAL_YEAR_MAX && m >= 1 && m <= 12 && d >= 1 &&
		      d <= month_days(y, m));
		char back[48];
		snprintf(back, sizeof back, "%04d-%02d-%02d", y, m, d);
		check(strcmp(back, s) == 0);
	} else {
		check(y == -7 && m == -7 && d == -7);
	}

	int h = -7, mi = -7;
	rc = goals_parse_time(s, &h, &mi);
	check(rc == 0 || rc == -1);
	if (rc == 0) {
		check(len == 5 && h >= 0 && h <= 23 && mi >= 0 && mi <= 59);
		char back[32];
		snprintf(back, sizeof back, "%02d:%02d", h, mi);
		check(strcmp(back, s) == 0);
	} else {
		check(h == -7 && mi == -7);
	}
	free(s);
	return 0;
}
