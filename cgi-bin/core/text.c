/*
 * text.c - UTF-8 validation (RFC 3629), the code-point and word iterator
 * the community's guards read members' text with, and helpers.
 */
#include "text.h"

#include <stdint.h>
#include <string.h>

/*
 * The one UTF-8 decoder: the length (1..4) of the valid sequence at s,
 * with at most left bytes readable, storing its code point in *cp; 0 when
 * the bytes there are not RFC 3629 UTF-8. Continuation bytes are read one
 * at a time and a NUL is never one, so with left = SIZE_MAX it stops at
 * the NUL of a C string.
 */
static size_t utf8_seq(const unsigned char *s, size_t left, uint32_t *cp)
{
	unsigned char c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	size_t n;
	uint32_t v;
	if (c >= 0xC2 && c <= 0xDF) {
		n = 2;
		v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3;
		v = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4;
		v = c & 0x07;
	} else {
		return 0;
	}
	if (left < n)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3F);
	}
	if ((n == 3 && v < 0x800) || (n == 4 && v < 0x10000) || v > 0x10FFFF ||
	    (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return n;
}

long utf8_count(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	long count = 0;
	size_t i = 0;
	uint32_t cp;
	while (i < len) {
		size_t n = utf8_seq(p + i, len - i, &cp);
		if (!n)
			return -1;
		i += n;
		count++;
	}
	return count;
}

char *utf8_clean(struct arena *a, const char *s, size_t len)
{
	/* Worst case: every byte becomes a 3-byte U+FFFD. */
	char *out = arena_alloc(a, len * 3 + 1);
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, o = 0;
	uint32_t cp;
	while (i < len) {
		size_t n = utf8_seq(p + i, len - i, &cp);
		if (n && p[i] != 0) {
			memcpy(out + o, p + i, n);
			o += n;
			i += n;
		} else {
			memcpy(out + o, "\xEF\xBF\xBD", 3);
			o += 3;
			i += 1;
		}
	}
	out[o] = '\0';
	return out;
}

size_t utf8_next(const char *s, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	if (!u[0]) {
		*cp = 0;
		return 0;
	}
	size_t n = utf8_seq(u, SIZE_MAX, cp);
	if (!n) {
		*cp = 0xFFFD;
		n = 1;
	}
	return n;
}

/* ---- characters and words ------------------------------------------------ */

int text_is_ascii_alnum(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

int text_is_digit(char c)
{
	return c >= '0' && c <= '9';
}

int text_is_letter(uint32_t c)
{
	if (c < 0x80)
		return text_is_ascii_alnum(c);
	if (c < 0xC0 || c == 0xD7 || c == 0xF7)
		return 0; /* Latin-1 punctuation, no-break space, « », × ÷ */
	if (c >= 0x2000 && c <= 0x2BFF)
		return 0; /* dashes, quotes, ellipsis, arrows, symbols */
	if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFE00 && c <= 0xFE0F))
		return 0; /* CJK punctuation, variation selectors */
	if (c == 0xFEFF || c == 0xFFFD || c >= 0x1F000)
		return 0; /* byte-order mark, bad bytes, emoji */
	return 1;
}

uint32_t text_fold(uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		return c + ('a' - 'A');
	if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
		return c + 0x20;
	return c;
}

/* Everything between words (spaces, punctuation, emoji) is skipped, which
 * is what lets a phrase match whatever a member put between its words. */
int text_next_word(const char **p, struct text_word *w)
{
	const char *s = *p;
	uint32_t c;
	size_t n;

	while ((n = utf8_next(s, &c)) != 0 && !text_is_letter(c))
		s += n;
	if (!n) {
		*p = s;
		return 0;
	}
	w->s = s;
	while ((n = utf8_next(s, &c)) != 0 && text_is_letter(c))
		s += n;
	w->len = (size_t)(s - w->s);
	*p = s;
	return 1;
}

int text_word_at(const char *p, struct text_word *w)
{
	const char *q = p;
	return text_next_word(&q, w) && w->s == p;
}

int text_word_is(const struct text_word *w, const char *pat, size_t plen, int prefix)
{
	size_t i = 0, j = 0;
	while (i < w->len && j < plen) {
		uint32_t a, b;
		size_t n = utf8_next(w->s + i, &a), m = utf8_next(pat + j, &b);
		if (!n || !m || text_fold(a) != text_fold(b))
			return 0;
		i += n;
		j += m;
	}
	return j == plen && (prefix || i == w->len);
}

int text_word_in(const struct text_word *w, const char *const *list)
{
	for (; *list; list++)
		if (text_word_is(w, *list, strlen(*list), 0))
			return 1;
	return 0;
}

/* ASCII only: lit is ASCII, so folding other bytes could never make them
 * equal to it. */
static char text_fold_ascii(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
}

int text_starts_ci(const char *s, const char *lit)
{
	for (; *lit; s++, lit++)
		if (text_fold_ascii(*s) != text_fold_ascii(*lit))
			return 0;
	return 1;
}

size_t text_starts_with_any(const char *s, const char *const *list)
{
	for (; *list; list++)
		if (text_starts_ci(s, *list))
			return strlen(*list);
	return 0;
}

/* ---- comparison and encoding --------------------------------------------- */

int text_equal_ct(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	unsigned char diff = (unsigned char)(la != lb);
	size_t n = la < lb ? la : lb;
	for (size_t i = 0; i < n; i++)
		diff |= (unsigned char)(a[i] ^ b[i]);
	return diff == 0;
}

void text_hex(const unsigned char *in, size_t n, char *out)
{
	static const char digits[] = "0123456789abcdef";
	for (size_t i = 0; i < n; i++) {
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 15];
	}
	out[2 * n] = '\0';
}

char *text_url_encode(struct arena *a, const char *s, int keep_slash)
{
	static const char hex[] = "0123456789ABCDEF";
	char *out = arena_alloc(a, strlen(s) * 3 + 1);
	char *o = out;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || *p == '-' || *p == '_' || *p == '.' || *p == '~' ||
		    (keep_slash && *p == '/')) {
			*o++ = (char)*p;
		} else {
			*o++ = '%';
			*o++ = hex[*p >> 4];
			*o++ = hex[*p & 15];
		}
	}
	*o = '\0';
	return out;
}
