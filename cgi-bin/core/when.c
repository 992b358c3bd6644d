/*
 * when.c - dates and times in words (see when.h).
 */
#include "when.h"

#include <libintl.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "tmpl.h"

time_t when_parse(const char *datetime)
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	char end;
	if (!datetime || strlen(datetime) < 19 ||
	    sscanf(datetime, "%4d-%2d-%2d %2d:%2d:%2d%c", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
	           &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &end) != 6)
		return -1;
	if (tm.tm_mon < 1 || tm.tm_mon > 12 || tm.tm_mday < 1 || tm.tm_mday > 31 ||
	    tm.tm_hour > 23 || tm.tm_min > 59 || tm.tm_sec > 60)
		return -1;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	return timegm(&tm);
}

static const char *ago(struct request *req, time_t t, time_t now)
{
	long long s = (long long)(now - t);
	if (s < 60) /* also a clock a little ahead of the database */
		return _("just now");
	long long m = s / 60, h = m / 60, d = h / 24;
	/* Each ngettext() stays inside its printf so the compiler checks the
	 * translated format against the argument. */
	struct arena *a = req->arena;
	if (m < 60)
		return arena_printf(
		    a, ngettext("%d minute ago", "%d minutes ago", (unsigned long)m), (int)m);
	if (h < 24)
		return arena_printf(a, ngettext("%d hour ago", "%d hours ago", (unsigned long)h),
		                    (int)h);
	if (d < 7)
		return arena_printf(a, ngettext("%d day ago", "%d days ago", (unsigned long)d),
		                    (int)d);
	if (d < 30)
		return arena_printf(a,
		                    ngettext("%d week ago", "%d weeks ago", (unsigned long)(d / 7)),
		                    (int)(d / 7));
	if (d < 365)
		return arena_printf(
		    a, ngettext("%d month ago", "%d months ago", (unsigned long)(d / 30)),
		    (int)(d / 30));
	return arena_printf(a, ngettext("%d year ago", "%d years ago", (unsigned long)(d / 365)),
	                    (int)(d / 365));
}

/* Month names from the catalogue, not from the C locale: the process
 * runs in the C locale so numbers and bytes behave the same everywhere. */
static const char *month_name(int mon)
{
	static const char *const names[12] = {
	    N_("January"),   N_("February"), N_("March"),    N_("April"),
	    N_("May"),       N_("June"),     N_("July"),     N_("August"),
	    N_("September"), N_("October"),  N_("November"), N_("December"),
	};
	return mon >= 0 && mon < 12 ? _(names[mon]) : "";
}

const char *when_text(struct request *req, const char *datetime, enum when_style style, time_t now)
{
	time_t t = when_parse(datetime);
	if (t < 0)
		return "";
	if (style == WHEN_AGO)
		return ago(req, t, now);
	struct tm tm;
	gmtime_r(&t, &tm);
	/* TRANSLATORS: a date: %1$d day of the month, %2$s month name, %3$d year. */
	const char *day = arena_printf(req->arena, _("%1$d %2$s %3$d"), tm.tm_mday,
	                               month_name(tm.tm_mon), tm.tm_year + 1900);
	if (style == WHEN_DAY)
		return day;
	/* TRANSLATORS: a date and a time of day in UTC, e.g. "2 December 2026, 01:01 UTC". */
	return arena_printf(req->arena, _("%1$s, %2$02d:%3$02d UTC"), day, tm.tm_hour, tm.tm_min);
}

void when_set(struct request *req, struct tmpl_dict *d, const char *key, const char *datetime,
              enum when_style style)
{
	tmpl_set(d, key, when_text(req, datetime, style, time(NULL)));
	time_t t = when_parse(datetime);
	if (t < 0)
		return;
	struct tm tm;
	gmtime_r(&t, &tm);
	char iso[32], iso_key[80];
	strftime(iso, sizeof iso, "%Y-%m-%dT%H:%M:%SZ", &tm);
	snprintf(iso_key, sizeof iso_key, "%s_iso", key);
	tmpl_set(d, iso_key, iso);
}
