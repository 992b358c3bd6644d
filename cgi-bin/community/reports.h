/*
 * reports.h - why a member reports a post or a backing, named once.
 *
 * The report form offers these reasons in this order; the value is what
 * table reports stores (its ENUM); the priority orders the moderation
 * queue (2: a child may be in danger, first; 1: personal information or
 * something illegal; 0: the rest).
 */
#ifndef OPBAK_REPORTS_H
#define OPBAK_REPORTS_H

#include <stddef.h>

struct report_reason {
	const char *value; /* as stored */
	const char *label; /* English source; translate with _() */
	int priority;
};

extern const struct report_reason report_reasons[];
extern const size_t report_nreasons;
/* The values alone, NULL-ended, for a CHOICE_FIELD. */
extern const char *const report_reason_values[];

/* The reason stored as value, or NULL. */
const struct report_reason *report_reason_find(const char *value);
/* Its translated label (the value itself when unknown). */
const char *report_reason_label(const char *value);

#endif
