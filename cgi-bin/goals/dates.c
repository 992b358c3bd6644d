/*
 * dates.c - the due date and time a participant or his coach types
 * (goals.h): "YYYY-MM-DD" within GOAL_YEAR_MIN..GOAL_YEAR_MAX and a day
 * that is in the calendar (29 February only in a leap year), and "HH:MM"
 * on a 24-hour clock. Exactly those characters, nothing before or after:
 * MariaDB would read "2026-2-3" or "2026-02-30" its own way, so only
 * what passes here reaches a DATE or TIME column. Pure: no locale, no
 * libc time functions (fuzz_goals_dates).
 */
#include "goals.h"

static int digits(const char *s, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

static int leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static int days_in_month(int year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return month == 2 && leap(year) ? 29 : days[month - 1];
}

int goals_parse_date(const char *s, int *year, int *month, int *day)
{
	int y, m, d;
	/* Each check reads only bytes the ones before it proved are there
	 * (a NUL ends the string before any index is passed). */
	if (!s || digits(s, 4, &y) < 0 || s[4] != '-' || digits(s + 5, 2, &m) < 0 || s[7] != '-' ||
	    digits(s + 8, 2, &d) < 0 || s[10] != '\0')
		return -1;
	if (y < GOAL_YEAR_MIN || y > GOAL_YEAR_MAX || m < 1 || m > 12 || d < 1 ||
	    d > days_in_month(y, m))
		return -1;
	*year = y;
	*month = m;
	*day = d;
	return 0;
}

int goals_parse_time(const char *s, int *hour, int *minute)
{
	int h, m;
	if (!s || digits(s, 2, &h) < 0 || s[2] != ':' || digits(s + 3, 2, &m) < 0 || s[5] != '\0')
		return -1;
	if (h > 23 || m > 59)
		return -1;
	*hour = h;
	*minute = m;
	return 0;
}
