/*
 * fuzz_night.c - the night window (community/night.c): the zone name a
 * moderator types into the settings, any instant, and any hours.
 *
 * The input is 8 bytes of time_t, 3 bytes of hour, start and end (signed,
 * so out-of-range values come too), 1 byte choosing whether the process
 * has a TZ of its own, then the zone name. Invariants (a broken one
 * aborts):
 *   - guard_in_window is 0 or 1; 0 when any argument is outside 0-23 or
 *     the window is empty; otherwise an hour is in exactly one of
 *     [start, end) and [end, start);
 *   - guard_local_hour is -1 or 0-23, -1 for every name that is not made
 *     of A-Z a-z 0-9 / _ + - or starts with '/' or '-' (so a setting can
 *     never point libc at a file outside the zone directory), equal to
 *     the UTC hour for "UTC", and the process's TZ (set or not) is what
 *     it was before the call.
 *
 * Built with libFuzzer by `make fuzz`, or with replay.c by `make unit`.
 */
#include "fuzz.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "night.h"

#define ZONE_BYTES_MAX 256 /* more than any name the settings page takes */

static void check(int ok)
{
	if (!ok)
		abort();
}

static int safe_name(const char *tz)
{
	if (!*tz || tz[0] == '/' || tz[0] == '-')
		return 0;
	for (const char *p = tz; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		      (*p >= '0' && *p <= '9') || strchr("/_+-", *p)))
			return 0;
	return 1;
}

static void check_window(int hour, int start, int end)
{
	int in = guard_in_window(hour, start, end);
	check(in == 0 || in == 1);
	int valid = hour >= 0 && hour <= 23 && start >= 0 && start <= 23 && end >= 0 && end <= 23;
	if (!valid || start == end) {
		check(in == 0);
		return;
	}
	check(in + guard_in_window(hour, end, start) == 1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 12 || size > 12 + ZONE_BYTES_MAX)
		return 0;
	int64_t when;
	memcpy(&when, data, sizeof when);
	time_t t = (time_t)when;
	check_window((signed char)data[8], (signed char)data[9], (signed char)data[10]);
	check_window((unsigned char)data[8] % 24, (unsigned char)data[9] % 24,
	             (unsigned char)data[10] % 24);

	char tz[ZONE_BYTES_MAX + 1];
	memcpy(tz, data + 12, size - 12);
	tz[size - 12] = '\0';

	if (data[11] & 1)
		setenv("TZ", "America/New_York", 1);
	else
		unsetenv("TZ");
	int hour = guard_local_hour(t, tz);
	const char *after = getenv("TZ");
	if (data[11] & 1)
		check(after && strcmp(after, "America/New_York") == 0);
	else
		check(after == NULL);

	check(hour >= -1 && hour <= 23);
	if (!safe_name(tz))
		check(hour == -1);
	struct tm tm;
	if (strcmp(tz, "UTC") == 0 && gmtime_r(&t, &tm))
		check(hour == tm.tm_hour);
	return 0;
}
