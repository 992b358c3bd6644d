/*
 * when.h - dates and times on pages, told one way everywhere.
 *
 * The database keeps DATETIME in UTC (every connection sets time_zone
 * '+00:00'); pages get words in the reader's language, made here in C
 * with gettext (plural forms by ngettext, month names from the
 * catalogue), never with SQL's DATE_FORMAT, whose month names are
 * English. Days and times of day are told on the wall clock of the
 * site's time zone (the settings row 'site_timezone', e.g.
 * "Europe/Copenhagen"), with the zone's abbreviation after a time;
 * every <time> also gets a machine-readable datetime attribute in UTC.
 *
 * The zone: each worker reads the settings row lazily, on the first day
 * or time it tells, and again at most once a minute (one small prepared
 * statement), so an admin's change reaches every worker within a minute
 * without a restart; the worker that saved it reads it on its next use
 * (when_zone_changed). The zone is lent to libc through the worker's own
 * TZ (the workers are single-threaded, prefork): when.c owns TZ in a
 * worker and changes it only when the zone changes. A name this system
 * does not know falls back to UTC, logged once per name.
 */
#ifndef OPBAK_WHEN_H
#define OPBAK_WHEN_H

#include <time.h>

#include "request.h"

struct tmpl_dict;

/* The zone when the settings row is missing (the default in sql/002). */
#define WHEN_ZONE_DEFAULT "Europe/Copenhagen"
/* Bytes in a zone name (the longest IANA name is 32). */
#define WHEN_ZONE_MAX 64
/* Seconds a worker keeps the zone it read before reading it again. */
#define WHEN_ZONE_SECONDS 60

enum when_style {
	WHEN_AGO,    /* "just now", "3 hours ago" */
	WHEN_DAY,    /* "2 December 2026" (the day in the site's zone) */
	WHEN_MOMENT, /* "2 December 2026, 02:01 CET" (site's zone, its abbreviation) */
};

/* A MariaDB DATETIME "YYYY-MM-DD HH:MM:SS" (UTC) as a time_t, or -1. */
time_t when_parse(const char *datetime);
/* datetime in words, in the style asked, relative to now ("" when
 * datetime is NULL or not a DATETIME). */
const char *when_text(struct request *req, const char *datetime, enum when_style style, time_t now);
/* Set {{key}} (words) and {{key_iso}} ("2026-12-02T01:01:00Z", for
 * <time datetime>) in d. */
void when_set(struct request *req, struct tmpl_dict *d, const char *key, const char *datetime,
              enum when_style style);

/*
 * Whether name is a zone this system knows and may be given to libc: 1
 * to WHEN_ZONE_MAX bytes of letters, digits and / _ + - (no "..", no
 * leading '/' or '-', no "right/" zones, which count leap seconds that
 * time_t does not), naming a TZif file under /usr/share/zoneinfo (or
 * $TZDIR). What an admin types is checked with this before it is saved.
 */
int when_zone_valid(const char *name);
/* The zone dates are told in now (read from the settings when it is
 * older than WHEN_ZONE_SECONDS): "Europe/Copenhagen", or "UTC" when the
 * setting names no zone this system knows. */
const char *when_zone(struct request *req);
/* Use zone name from now on (without reading the settings for the next
 * WHEN_ZONE_SECONDS); an unknown name means UTC. For tests and tools. */
void when_zone_use(const char *name);
/* The setting was just written: read it again on the next use. */
void when_zone_changed(void);

#endif
