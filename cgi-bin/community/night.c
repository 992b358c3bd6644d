/*
 * night.c - the night window (see night.h): the hour in the site's zone
 * and whether it falls in the moderators' window. No text of members is
 * read here; the zone name comes from the moderators' settings and is
 * checked (when_zone_valid) before libc sees it.
 */
#include "night.h"

#include <stdlib.h>
#include <string.h>

#include "when.h"

int guard_in_window(int hour, int start, int end)
{
	if (hour < 0 || hour > 23 || start < 0 || start > 23 || end < 0 || end > 23)
		return 0;
	if (start == end)
		return 0;
	if (start < end)
		return hour >= start && hour < end;
	return hour >= start || hour < end;
}

/*
 * The hour in zone tz, by lending the zone to libc for one localtime_r().
 *
 * Why this way: libc offers no localtime for a named zone, only for the
 * process's TZ. The alternatives were to parse TZif files ourselves (a
 * few hundred lines repeating libc, with its own bugs) or to hard-code
 * the EU summer-time rule (wrong the day a moderator picks a zone outside
 * Europe). Swapping TZ is correct for every zone and safe here because a
 * worker is a single-threaded process (the FastCGI loop preforks): nothing
 * else reads TZ between the two tzset() calls, and the previous value (or
 * its absence) is put back before returning, so log timestamps and the
 * rest of the request see the process's own zone. It costs two zoneinfo
 * reads per call, once per post. Do not call it from a threaded program.
 */
int guard_local_hour(time_t t, const char *tz)
{
	if (!when_zone_valid(tz)) /* only a zone this system knows (when.h) */
		return -1;

	const char *old = getenv("TZ");
	char *saved = NULL;
	if (old) {
		saved = strdup(old); /* setenv may free the string getenv gave */
		if (!saved)
			return -1;
	}

	int hour = -1;
	struct tm tm;
	if (setenv("TZ", tz, 1) == 0) {
		tzset();
		if (localtime_r(&t, &tm))
			hour = tm.tm_hour;
	}

	if (saved)
		setenv("TZ", saved, 1);
	else
		unsetenv("TZ");
	tzset();
	free(saved);
	return hour;
}
