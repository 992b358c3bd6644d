/*
 * text.c - UTF-8 validation (RFC 3629), the code-point and word iterator
 * the community's guards read members' text with, and helpers.
 */
#include "text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

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

/* ---- what a reader's eye takes ------------------------------------------ */

/*
 * Letters of other scripts drawn like Latin ones (Cyrillic and Greek, the
 * single-letter lines of Unicode's confusables.txt whose glyph is a plain
 * Latin letter), so "ѕnаpсhаt" reads as "snapchat". Only for the guards'
 * reading: a Russian or Greek word comes out as nonsense, which no guard
 * matches.
 */
static const struct {
	uint32_t from;
	char to;
} text_lookalikes[] = {
    {0x0391, 'A'}, {0x0392, 'B'}, {0x0395, 'E'}, {0x0396, 'Z'}, {0x0397, 'H'}, {0x0399, 'I'},
    {0x039A, 'K'}, {0x039C, 'M'}, {0x039D, 'N'}, {0x039F, 'O'}, {0x03A1, 'P'}, {0x03A4, 'T'},
    {0x03A5, 'Y'}, {0x03A7, 'X'}, {0x03B1, 'a'}, {0x03B9, 'i'}, {0x03BD, 'v'}, {0x03BF, 'o'},
    {0x03C1, 'p'}, {0x03C5, 'u'}, {0x0405, 'S'}, {0x0406, 'I'}, {0x0408, 'J'}, {0x0410, 'A'},
    {0x0412, 'B'}, {0x0415, 'E'}, {0x041A, 'K'}, {0x041C, 'M'}, {0x041D, 'H'}, {0x041E, 'O'},
    {0x0420, 'P'}, {0x0421, 'C'}, {0x0422, 'T'}, {0x0425, 'X'}, {0x0430, 'a'}, {0x0435, 'e'},
    {0x043E, 'o'}, {0x0440, 'p'}, {0x0441, 'c'}, {0x0443, 'y'}, {0x0445, 'x'}, {0x0455, 's'},
    {0x0456, 'i'}, {0x0458, 'j'}, {0x04BB, 'h'}, {0x0501, 'd'}, {0x051B, 'q'}, {0x051D, 'w'},
};

/*
 * One code point as the guards read it: 0 when a reader does not see it
 * at all (zero-width and other default-ignorable characters, bidi
 * controls, variation selectors); '-' for every dash; '.' for the
 * ideographic full stop (a dot in domain names); ' ' for the blank
 * Braille pattern (drawn as a space); ASCII for every decimal digit of
 * any script and for the look-alike letters above; otherwise c.
 */
static uint32_t text_seen_as(uint32_t c)
{
	if (c < 0x80)
		return c;
	if (uc_is_property_default_ignorable_code_point(c))
		return 0;
	if (uc_is_property_dash(c) && c != 0x301C && c != 0x3030)
		return '-'; /* not the wave dashes, drawn as '~' */
	if (c == 0x3002)
		return '.';
	if (c == 0x2800)
		return ' ';
	int digit = uc_decimal_value(c);
	if (digit >= 0)
		return (uint32_t)('0' + digit);
	for (size_t i = 0; i < sizeof(text_lookalikes) / sizeof(text_lookalikes[0]); i++)
		if (text_lookalikes[i].from == c)
			return (uint32_t)text_lookalikes[i].to;
	return c;
}

/*
 * Map [s, s+len) code point by code point with text_seen_as into out
 * (malloc'd, *out_len bytes, not NUL-terminated), and drop a combining
 * mark that NFKC left on an ASCII character ("2\u0336", a struck-through
 * digit; "2\u20E3", a keycap): the reader still reads the character.
 * Run on NFKC text, so a mark that composes ("a\u030A" is "å") already
 * has. Returns whether anything changed, or -1 when out of memory.
 */
static int text_map_seen(const uint8_t *s, size_t len, uint8_t **out, size_t *out_len)
{
	/* A code point never grows: ASCII stays 1 byte, others become 1 byte
	 * or stay what they were. */
	uint8_t *o = malloc(len + 1);
	if (!o)
		return -1;
	size_t i = 0, n = 0;
	int changed = 0;
	uint32_t base = 0; /* the code point the marks that follow sit on */
	while (i < len) {
		ucs4_t c;
		int k = u8_mbtouc(&c, s + i, len - i);
		uint32_t m = text_seen_as(c);
		if (m && (uc_is_general_category(m, UC_NON_SPACING_MARK) ||
		          uc_is_general_category(m, UC_ENCLOSING_MARK))) {
			if (base != 0 && base < 0x80)
				m = 0;
		} else {
			base = c;
		}
		changed |= m != c;
		if (m) {
			int w = u8_uctomb(o + n, m, (int)(len + 1 - n));
			n += (size_t)(w > 0 ? w : 0);
		}
		i += (size_t)k;
	}
	*out = o;
	*out_len = n;
	return changed;
}

/*
 * Alternate NFKC and the mapping until the mapping changes nothing: NFKC
 * can bring out a character the mapping takes away (halfwidth Hangul
 * filler U+FFA0 becomes the ignorable U+1160), and taking one away can let
 * two neighbours compose ("a", a zero-width space, a combining ring). When
 * the mapping changes nothing the text is NFKC's own output. The bound
 * keeps a pathological text finite.
 */
#define TEXT_SEEN_ROUNDS 4

char *text_seen(struct arena *a, const char *s)
{
	size_t len = strlen(s);
	/* Not UTF-8 (form_read lets none through, fuzzers do): U+FFFD first,
	 * so libunistring only ever reads valid sequences. */
	if (utf8_count(s, len) < 0) {
		s = utf8_clean(a, s, len);
		len = strlen(s);
	}
	uint8_t *cur = malloc(len + 1);
	if (!cur)
		return arena_strdup(a, s);
	memcpy(cur, s, len);
	size_t cur_len = len;
	for (int round = 0; round < TEXT_SEEN_ROUNDS && cur_len > 0; round++) {
		size_t nfkc_len = 0;
		uint8_t *nfkc = u8_normalize(UNINORM_NFKC, cur, cur_len, NULL, &nfkc_len);
		if (!nfkc)
			break; /* out of memory: what there is is still a fair reading */
		free(cur);
		cur = nfkc;
		cur_len = nfkc_len;
		uint8_t *mapped;
		size_t mapped_len;
		int changed = text_map_seen(cur, cur_len, &mapped, &mapped_len);
		if (changed < 0)
			break;
		free(cur);
		cur = mapped;
		cur_len = mapped_len;
		if (!changed)
			break;
	}
	char *r = arena_strndup(a, (const char *)cur, cur_len);
	free(cur);
	return r;
}

int text_blank(const char *s)
{
	for (; *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return 0;
	return 1;
}
