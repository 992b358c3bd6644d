/*
 * ical.h - writing iCalendar (RFC 5545) content lines, for the
 * participant's calendar feed (calendar.c).
 *
 * Pure functions appending to a struct buf (arena.h). Every line they
 * write ends CRLF and is folded at ICAL_LINE_OCTETS octets (a longer
 * line continues on the next after CRLF and one space) without ever
 * splitting a UTF-8 character, so a phone's calendar reads a summary in
 * any language whole (section 3.1).
 */
#ifndef OPBAK_GOALS_ICAL_H
#define OPBAK_GOALS_ICAL_H

#include <stddef.h>

#include "arena.h"

#define ICAL_LINE_OCTETS 75 /* octets of a line, without its CRLF */

/* Escape text as an iCalendar TEXT value (section 3.3.11): backslash,
 * comma and semicolon get a backslash, a newline becomes \n (CRLF and a
 * lone CR count as one newline), other control characters are left out
 * (TEXT may not hold them); everything else is copied as it is. */
void ical_escape(struct buf *out, const char *s, size_t len);
/* Append line (len octets, no line break in it) folded, then CRLF. */
void ical_fold(struct buf *out, const char *line, size_t len);
/* "name:value" with value written as it is (a date, a number, a word
 * this program chose), folded. name may carry parameters
 * ("DTSTART;VALUE=DATE"). */
void ical_line(struct buf *out, const char *name, const char *value);
/* "name:value" with value escaped as TEXT (what a person typed), folded. */
void ical_text(struct buf *out, const char *name, const char *value);

/* A feed's file name "<id>-<generation>-<mac>.ics" (calendar.c), read
 * strictly: id and generation 1..4294967295 in plain digits (no sign,
 * no leading zero), mac exactly 64 lowercase hex digits, nothing else.
 * 0 with *id, *generation and mac (65 bytes) filled, else -1. Pure. */
int ical_feed_name(const char *s, long long *id, long long *generation, char mac[65]);

#endif
