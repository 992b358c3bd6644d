/*
 * transcript.c - WebVTT and SRT transcripts, and chapters (transcript.h).
 *
 * Both parsers read outside text: they never read past len, bound every
 * count, and refuse rather than guess (a transcript with one bad time is
 * refused whole, so what the feed points to is what a player can read).
 */
#include "transcript.h"

#include <string.h>

#include "text.h"

#define CHAPTERS_MAX      100
#define CHAPTER_TITLE_MAX 120
#define CUE_HOURS_MAX     99

/* ---- lines ---------------------------------------------------------------- */

struct lines {
	const char *p, *end;
};

/* The next line (without its CR, LF or CRLF) in *line and *n; 0 at the end. */
static int next_line(struct lines *l, const char **line, size_t *n)
{
	if (l->p >= l->end)
		return 0;
	const char *s = l->p, *e = s;
	while (e < l->end && *e != '\n' && *e != '\r')
		e++;
	*line = s;
	*n = (size_t)(e - s);
	if (e < l->end && *e == '\r')
		e++;
	if (e < l->end && *e == '\n')
		e++;
	l->p = e;
	return 1;
}

static int blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t')
			return 0;
	return 1;
}

/* digits of exactly count at s[*i], advancing; -1 when not. */
static long long digits(const char *s, size_t n, size_t *i, size_t min, size_t max)
{
	long long v = 0;
	size_t k = 0;
	while (*i < n && k < max && text_is_digit(s[*i])) {
		v = v * 10 + (s[*i] - '0');
		(*i)++;
		k++;
	}
	if (k < min || (*i < n && k == max && text_is_digit(s[*i])))
		return -1;
	return v;
}

/* A cue time: [HH:]MM:SS(.|,)mmm. The separator before the milliseconds
 * is '.' for WebVTT, ',' for SRT. Milliseconds, or -1. */
static long long cue_time(const char *s, size_t n, size_t *i, char sep)
{
	long long a = digits(s, n, i, 2, 2), b, c, h = 0, m, sec;
	if (a < 0 || *i >= n || s[*i] != ':')
		return -1;
	(*i)++;
	b = digits(s, n, i, 2, 2);
	if (b < 0)
		return -1;
	if (*i < n && s[*i] == ':') {
		(*i)++;
		c = digits(s, n, i, 2, 2);
		if (c < 0)
			return -1;
		h = a;
		m = b;
		sec = c;
	} else {
		m = a;
		sec = b;
	}
	if (*i >= n || s[*i] != sep)
		return -1;
	(*i)++;
	long long ms = digits(s, n, i, 3, 3);
	if (ms < 0 || m > 59 || sec > 59 || h > CUE_HOURS_MAX)
		return -1;
	return ((h * 60 + m) * 60 + sec) * 1000 + ms;
}

/* "from --> to" and, for WebVTT, settings after a space. 0 or -1. */
static int timing_line(const char *s, size_t n, char sep, int vtt, long long *from, long long *to)
{
	size_t i = 0;
	*from = cue_time(s, n, &i, sep);
	if (*from < 0)
		return -1;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (n - i < 3 || memcmp(s + i, "-->", 3) != 0)
		return -1;
	i += 3;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	*to = cue_time(s, n, &i, sep);
	if (*to < 0)
		return -1;
	if (i < n && !(vtt && (s[i] == ' ' || s[i] == '\t')) && !blank(s + i, n - i))
		return -1;
	return 0;
}

static int has_arrow(const char *s, size_t n)
{
	for (size_t i = 0; i + 3 <= n; i++)
		if (memcmp(s + i, "-->", 3) == 0)
			return 1;
	return 0;
}

/* Append a cue's text line to b: WebVTT's tags (<v Name>, <i>, <c.x>,
 * timestamps) dropped and its few character references read. */
static void append_text(char *b, size_t *o, const char *s, size_t n, int vtt)
{
	static const struct {
		const char *ref, *ch;
	} refs[] = {{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"},   {"&nbsp;", " "},
	            {"&lrm;", ""},  {"&rlm;", ""}, {"&quot;", "\""}};
	if (*o > 0)
		b[(*o)++] = ' ';
	for (size_t i = 0; i < n;) {
		if (vtt && s[i] == '<') {
			while (i < n && s[i] != '>')
				i++;
			i++;
			continue;
		}
		if (vtt && s[i] == '&') {
			size_t r;
			for (r = 0; r < sizeof refs / sizeof refs[0]; r++) {
				size_t rl = strlen(refs[r].ref);
				if (n - i >= rl && memcmp(s + i, refs[r].ref, rl) == 0) {
					size_t cl = strlen(refs[r].ch);
					memcpy(b + *o, refs[r].ch, cl);
					*o += cl;
					i += rl;
					break;
				}
			}
			if (r < sizeof refs / sizeof refs[0])
				continue;
		}
		b[(*o)++] = s[i++];
	}
}

int transcript_parse(struct arena *a, const char *data, size_t len, struct transcript *t)
{
	memset(t, 0, sizeof *t);
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
		data += 3;
		len -= 3;
	}
	if (len == 0 || utf8_count(data, len) < 0 || memchr(data, '\0', len))
		return -1;
	int vtt =
	    len >= 6 && memcmp(data, "WEBVTT", 6) == 0 &&
	    (len == 6 || data[6] == ' ' || data[6] == '\t' || data[6] == '\n' || data[6] == '\r');
	char sep = vtt ? '.' : ',';

	/* At most one cue per "-->" in the text. */
	size_t most = 0;
	for (size_t i = 0; i + 3 <= len; i++)
		if (memcmp(data + i, "-->", 3) == 0)
			most++;
	if (most == 0)
		return -1;
	t->cues = arena_calloc(a, most, sizeof *t->cues);

	struct lines l = {data, data + len};
	const char *s;
	size_t n;
	if (vtt) { /* the header block: "WEBVTT ..." and lines up to a blank one */
		while (next_line(&l, &s, &n) && !blank(s, n))
			;
	}
	long long last_from = 0;
	while (next_line(&l, &s, &n)) {
		if (blank(s, n))
			continue;
		/* A block. WebVTT: NOTE, STYLE and REGION blocks are skipped;
		 * a cue may have an identifier line first. SRT: a number
		 * first. */
		if (vtt && ((n >= 4 && memcmp(s, "NOTE", 4) == 0 &&
		             (n == 4 || s[4] == ' ' || s[4] == '\t')) ||
		            (n == 5 && memcmp(s, "STYLE", 5) == 0) ||
		            (n == 6 && memcmp(s, "REGION", 6) == 0))) {
			if (has_arrow(s, n))
				return -1;
			while (next_line(&l, &s, &n) && !blank(s, n))
				;
			continue;
		}
		if (!has_arrow(s, n)) {
			if (!vtt) {
				size_t i = 0;
				while (i < n && text_is_digit(s[i]))
					i++;
				if (i == 0 || !blank(s + i, n - i))
					return -1;
			}
			if (!next_line(&l, &s, &n))
				return -1;
		}
		struct cue *c = &t->cues[t->count];
		if (t->count >= most || timing_line(s, n, sep, vtt, &c->from_ms, &c->to_ms) < 0)
			return -1;
		if (c->to_ms < c->from_ms || c->from_ms < last_from)
			return -1; /* goes backwards */
		last_from = c->from_ms;
		/* Its text: the lines up to a blank one. */
		const char *text_start = l.p;
		size_t size = 0;
		struct lines peek = l;
		while (next_line(&peek, &s, &n) && !blank(s, n)) {
			if (has_arrow(s, n))
				return -1; /* a timing line inside a cue: a missing blank line */
			size += n + 1;
		}
		char *b = arena_alloc(a, size + 1);
		size_t o = 0;
		l.p = text_start;
		while (next_line(&l, &s, &n) && !blank(s, n))
			append_text(b, &o, s, n, vtt);
		b[o] = '\0';
		c->text = b;
		t->count++;
	}
	if (t->count == 0)
		return -1;
	t->format = vtt ? TRANSCRIPT_VTT : TRANSCRIPT_SRT;
	return 0;
}

/* ---- chapters --------------------------------------------------------------- */

/* "H:MM:SS" or "MM:SS" (M, H of 1 or 2 digits) at the start of s: the
 * seconds, *i after it; -1 when not. */
static long long chapter_time(const char *s, size_t n, size_t *i)
{
	long long a = digits(s, n, i, 1, 2), b, c;
	if (a < 0 || *i >= n || s[*i] != ':')
		return -1;
	(*i)++;
	b = digits(s, n, i, 2, 2);
	if (b < 0)
		return -1;
	if (*i < n && s[*i] == ':') {
		(*i)++;
		c = digits(s, n, i, 2, 2);
		if (c < 0 || b > 59 || c > 59)
			return -1;
		return (a * 60 + b) * 60 + c;
	}
	if (b > 59)
		return -1;
	return a * 60 + b;
}

int chapters_parse(struct arena *a, const char *text, struct chapters *c, int *bad_line)
{
	c->items = arena_calloc(a, CHAPTERS_MAX, sizeof *c->items);
	c->count = 0;
	*bad_line = 0;
	size_t len = strlen(text);
	struct lines l = {text, text + len};
	const char *s;
	size_t n;
	int line = 0;
	while (next_line(&l, &s, &n)) {
		line++;
		while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
			n--;
		while (n > 0 && (*s == ' ' || *s == '\t')) {
			s++;
			n--;
		}
		if (n == 0)
			continue;
		size_t i = 0;
		long long at = chapter_time(s, n, &i);
		if (at < 0 || i >= n || (s[i] != ' ' && s[i] != '\t') || c->count >= CHAPTERS_MAX ||
		    (c->count == 0 && at != 0) ||
		    (c->count > 0 && at <= c->items[c->count - 1].start_s)) {
			*bad_line = line;
			return -1;
		}
		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		long chars = utf8_count(s + i, n - i);
		int control = 0;
		for (size_t k = i; k < n; k++)
			if ((unsigned char)s[k] < 0x20 || s[k] == 0x7f)
				control = 1;
		if (chars < 1 || chars > CHAPTER_TITLE_MAX || control) {
			*bad_line = line;
			return -1;
		}
		c->items[c->count].start_s = at;
		c->items[c->count].title = arena_strndup(a, s + i, n - i);
		c->count++;
	}
	return 0;
}

const char *chapters_json(struct arena *a, const struct chapters *c)
{
	size_t size = 64;
	for (size_t i = 0; i < c->count; i++)
		size += 48 + 6 * strlen(c->items[i].title);
	char *out = arena_alloc(a, size), *o = out;
	o += sizeof "{\"version\":\"1.2.0\",\"chapters\":[" - 1;
	memcpy(out, "{\"version\":\"1.2.0\",\"chapters\":[", (size_t)(o - out));
	static const char hex[] = "0123456789abcdef";
	for (size_t i = 0; i < c->count; i++) {
		char head[48];
		int hn = 0;
		/* seconds fit: at most 99:59:59 */
		long long v = c->items[i].start_s;
		char num[24];
		int nn = 0;
		do {
			num[nn++] = (char)('0' + v % 10);
			v /= 10;
		} while (v > 0 && nn < 20);
		memcpy(head + hn, i ? ",{\"startTime\":" : "{\"startTime\":", i ? 14 : 13);
		hn += i ? 14 : 13;
		while (nn > 0)
			head[hn++] = num[--nn];
		memcpy(head + hn, ",\"title\":\"", 10);
		hn += 10;
		memcpy(o, head, (size_t)hn);
		o += hn;
		for (const unsigned char *p = (const unsigned char *)c->items[i].title; *p; p++) {
			if (*p == '"' || *p == '\\') {
				*o++ = '\\';
				*o++ = (char)*p;
			} else if (*p < 0x20 || *p == '<' || *p == '>' || *p == '&') {
				memcpy(o, "\\u00", 4);
				o += 4;
				*o++ = hex[*p >> 4];
				*o++ = hex[*p & 15];
			} else {
				*o++ = (char)*p;
			}
		}
		*o++ = '"';
		*o++ = '}';
	}
	memcpy(o, "]}", 3);
	return out;
}
