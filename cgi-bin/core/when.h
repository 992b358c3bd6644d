/*
 * when.h - dates and times on pages, told one way everywhere.
 *
 * The database keeps DATETIME in UTC (every connection sets time_zone
 * '+00:00'); pages get words in the reader's language, made here in C
 * with gettext (plural forms by ngettext, month names from the
 * catalogue), never with SQL's DATE_FORMAT, whose month names are
 * English. Every <time> also gets a machine-readable datetime attribute.
 */
#ifndef OPBAK_WHEN_H
#define OPBAK_WHEN_H

#include <time.h>

#include "request.h"

struct tmpl_dict;

enum when_style {
	WHEN_AGO,    /* "just now", "3 hours ago" */
	WHEN_DAY,    /* "2 December 2026" */
	WHEN_MOMENT, /* "2 December 2026, 01:01 UTC" */
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

#endif
