/*
 * when.c - dates and times in words, on the site's wall clock (see
 * when.h).
 */
#include "when.h"

#include <libintl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "i18n.h"
#include "log.h"
#include "text.h"
#include "tmpl.h"

/* The settings row by its name: core knows the row, not what else the
 * settings hold. */
static const char SQL_ZONE[] = "SELECT value FROM settings WHERE name = ?";

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

/*
 * The worker's zone. Owned by the worker for its life: the name in TZ
 * now ("" before the first use), when it was read (monotonic seconds)
 * and the last unknown name logged, so a bad setting is logged once and
 * not on every page.
 */
static struct {
	char name[WHEN_ZONE_MAX + 1];
	long long read_at;
	int stale;
	char logged[WHEN_ZONE_MAX + 1];
} zone;

static long long monotonic_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec;
}

int when_zone_valid(const char *name)
{
	size_t n = name ? strlen(name) : 0;
	if (n == 0 || n > WHEN_ZONE_MAX || name[0] == '/' || name[0] == '-' || name[n - 1] == '/' ||
	    strstr(name, "//") || strncmp(name, "right/", 6) == 0)
		return 0;
	for (const char *p = name; *p; p++)
		if (!text_is_ascii_alnum((unsigned char)*p) && !strchr("/_+-", *p))
			return 0; /* no '.', so no ".." either */

	const char *dir = getenv("TZDIR");
	if (!dir || !*dir)
		dir = "/usr/share/zoneinfo";
	char path[512];
	if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, name) >= sizeof path)
		return 0;
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return 0;
	char magic[4];
	int ok = fread(magic, 1, sizeof magic, fp) == sizeof magic && !memcmp(magic, "TZif", 4);
	fclose(fp);
	return ok;
}

/* Lend zone name to libc (TZ), or UTC when it is not a zone this system
 * knows: glibc would take an unknown name silently as UTC, without the
 * abbreviation, and a name with a path in it as a file to read. */
static void zone_apply(const char *req_id, const char *name)
{
	if (!when_zone_valid(name)) {
		if (strncmp(zone.logged, name ? name : "", sizeof zone.logged) != 0) {
			log_msg(req_id, "when: no time zone \"%s\" on this system; dates in UTC",
			        name ? name : "");
			snprintf(zone.logged, sizeof zone.logged, "%s", name ? name : "");
		}
		name = "UTC";
	}
	if (strcmp(zone.name, name) == 0)
		return;
	snprintf(zone.name, sizeof zone.name, "%s", name);
	char tz[WHEN_ZONE_MAX + 2];
	snprintf(tz, sizeof tz, ":%s", name); /* ':' = a file under the zone directory */
	setenv("TZ", tz, 1);
	tzset();
}

void when_zone_use(const char *name)
{
	zone_apply(NULL, name);
	zone.read_at = monotonic_seconds();
	zone.stale = 0;
}

void when_zone_changed(void)
{
	zone.stale = 1;
}

const char *when_zone(struct request *req)
{
	long long now = monotonic_seconds();
	if (zone.name[0] && !zone.stale && now - zone.read_at < WHEN_ZONE_SECONDS)
		return zone.name;
	/* A date is no reason to fail a page: when the row cannot be read,
	 * the zone stays as it was (UTC at first) until the next minute. */
	int failed = req->db_failed;
	struct db_rows *r = db_query(req, SQL_ZONE, db_text("site_timezone"));
	zone.read_at = now;
	zone.stale = 0;
	if (!r) {
		req->db_failed = failed;
		if (!zone.name[0])
			zone_apply(req->id, "UTC");
		return zone.name;
	}
	const char *name = r->nrows == 1 ? db_get(r, 0, "value") : NULL;
	zone_apply(req->id, name && *name ? name : WHEN_ZONE_DEFAULT);
	return zone.name;
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

/* The zone's abbreviation as a reader knows it: a name the zone has
 * ("CET", "CEST", "EST", "UTC") as it is; where tzdata has only numbers
 * ("-03", "+0545"), the offset from UTC: "UTC-3", "UTC+5:45". */
static const char *zone_abbreviation(struct request *req, const struct tm *tm)
{
	const char *abbr = tm->tm_zone;
	if (abbr && ((abbr[0] >= 'A' && abbr[0] <= 'Z') || (abbr[0] >= 'a' && abbr[0] <= 'z')))
		return abbr;
	long off = tm->tm_gmtoff;
	if (off == 0)
		return "UTC";
	char sign = off < 0 ? '-' : '+';
	long a = off < 0 ? -off : off;
	long h = a / 3600, m = a / 60 % 60;
	return m ? arena_printf(req->arena, "UTC%c%ld:%02ld", sign, h, m)
	         : arena_printf(req->arena, "UTC%c%ld", sign, h);
}

const char *when_text(struct request *req, const char *datetime, enum when_style style, time_t now)
{
	time_t t = when_parse(datetime);
	if (t < 0)
		return "";
	if (style == WHEN_AGO)
		return ago(req, t, now);
	when_zone(req);
	struct tm tm;
	if (!localtime_r(&t, &tm))
		return "";
	/* TRANSLATORS: a date: %1$d day of the month, %2$s month name, %3$d year. */
	const char *day = arena_printf(req->arena, _("%1$d %2$s %3$d"), tm.tm_mday,
	                               month_name(tm.tm_mon), tm.tm_year + 1900);
	if (style == WHEN_DAY)
		return day;
	/* TRANSLATORS: a date, a time of day and the time zone's abbreviation,
	 * e.g. "2 December 2026, 02:01 CET": %1$s the date, %2$02d the hour,
	 * %3$02d the minutes, %4$s the zone ("CET", "CEST", "UTC+3"). */
	return arena_printf(req->arena, _("%1$s, %2$02d:%3$02d %4$s"), day, tm.tm_hour, tm.tm_min,
	                    zone_abbreviation(req, &tm));
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
