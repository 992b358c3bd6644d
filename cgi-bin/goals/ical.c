/*
 * ical.c - iCalendar content lines (ical.h): escaping and folding.
 * A line is built whole in a scratch buffer, then folded into the
 * output, so the 75-octet rule is applied in one place.
 */
#include <string.h>

#include "ical.h"

void ical_escape(struct buf *out, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '\\': buf_append(out, "\\\\", 2); break;
		case ';': buf_append(out, "\\;", 2); break;
		case ',': buf_append(out, "\\,", 2); break;
		case '\r':
			if (i + 1 < len && s[i + 1] == '\n')
				i++; /* CRLF: one newline */
			             /* fall through */
		case '\n': buf_append(out, "\\n", 2); break;
		default:
			/* TEXT holds no control characters but HTAB (3.3.11). */
			if ((c < 0x20 && c != '\t') || c == 0x7f)
				break;
			buf_putc(out, (char)c);
		}
	}
	if (!out->data)
		buf_puts(out, "");
}

/* Where to cut a piece of at most `room` octets from s[0..len): never
 * before a UTF-8 continuation byte (10xxxxxx), so a character stays
 * whole. A character is at most 4 octets, so at most 3 steps back; in
 * bytes that are not UTF-8 (a run of continuation bytes) the cut stays
 * at `room`, so every piece is short and the loop always moves on. */
static size_t cut(const char *s, size_t len, size_t room)
{
	if (len <= room)
		return len;
	size_t at = room;
	for (int back = 0; back < 3 && at > 1 && ((unsigned char)s[at] & 0xC0) == 0x80; back++)
		at--;
	if (((unsigned char)s[at] & 0xC0) == 0x80)
		return room; /* not UTF-8 here: any cut is as good */
	return at;
}

void ical_fold(struct buf *out, const char *line, size_t len)
{
	size_t n = cut(line, len, ICAL_LINE_OCTETS);
	buf_append(out, line, n);
	buf_append(out, "\r\n", 2);
	line += n;
	len -= n;
	while (len > 0) {
		/* A continuation line: one space, then up to 74 octets. */
		n = cut(line, len, ICAL_LINE_OCTETS - 1);
		buf_putc(out, ' ');
		buf_append(out, line, n);
		buf_append(out, "\r\n", 2);
		line += n;
		len -= n;
	}
}

void ical_line(struct buf *out, const char *name, const char *value)
{
	struct buf b = {0};
	buf_puts(&b, name);
	buf_putc(&b, ':');
	/* A value of ours never holds a line break; drop one if it did. */
	for (const char *p = value ? value : ""; *p; p++)
		if (*p != '\r' && *p != '\n')
			buf_putc(&b, *p);
	ical_fold(out, b.data, b.len);
	buf_free(&b);
}

void ical_text(struct buf *out, const char *name, const char *value)
{
	struct buf b = {0};
	buf_puts(&b, name);
	buf_putc(&b, ':');
	if (value)
		ical_escape(&b, value, strlen(value));
	ical_fold(out, b.data, b.len);
	buf_free(&b);
}

/* 1..4294967295 in plain digits at *s, moving *s past them; else -1. */
static long long number(const char **s)
{
	const char *p = *s;
	if (*p < '1' || *p > '9')
		return -1;
	long long v = 0;
	int digits = 0;
	for (; *p >= '0' && *p <= '9'; p++) {
		if (++digits > 10)
			return -1;
		v = v * 10 + (*p - '0');
	}
	if (v > 4294967295LL)
		return -1;
	*s = p;
	return v;
}

int ical_feed_name(const char *s, long long *id, long long *generation, char mac[65])
{
	if (!s)
		return -1;
	*id = number(&s);
	if (*id < 0 || *s++ != '-')
		return -1;
	*generation = number(&s);
	if (*generation < 0 || *s++ != '-')
		return -1;
	for (int i = 0; i < 64; i++, s++) {
		if (!((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'f')))
			return -1;
		mac[i] = *s;
	}
	mac[64] = '\0';
	return strcmp(s, ".ics") == 0 ? 0 : -1;
}
