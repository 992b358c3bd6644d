/*
 * text.h - UTF-8 checks, the one UTF-8 code-point and word iterator, and
 * small string helpers for user text.
 */
#ifndef OPBAK_TEXT_H
#define OPBAK_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"

/* Return the number of code points when s[0..len) is valid UTF-8 (no
 * overlongs, no surrogates, nothing above U+10FFFF), or -1. */
/* 1 when s holds nothing but spaces, tabs and line ends (or nothing):
 * a required text typed as blanks is as good as empty. */
int text_blank(const char *s);
long utf8_count(const char *s, size_t len);

/* Copy s with each invalid sequence replaced by U+FFFD, so a bad field
 * can still be shown back to the user. */
char *utf8_clean(struct arena *a, const char *s, size_t len);

/*
 * The code point at s of a NUL-terminated text, stored in *cp; returns
 * its length in bytes (1-4), or 0 (and *cp = 0) at the NUL. Anything that
 * is not RFC 3629 UTF-8 (a stray or cut-short sequence, an overlong form,
 * a surrogate) reads as U+FFFD one byte long, so a scan always moves on
 * and never reads past the NUL. One decoder in text.c serves this,
 * utf8_count and utf8_clean alike.
 */
size_t utf8_next(const char *s, uint32_t *cp);

/*
 * Words. A word is a run of code points for which text_is_letter() holds;
 * everything else (spaces, punctuation, apostrophes, emoji, bad bytes)
 * separates words. Iterate over a NUL-terminated text with
 *
 *	struct text_word w;
 *	for (const char *p = text; text_next_word(&p, &w);)
 *		... w.s, w.len ...
 *
 * Words point into the text (no copy, not NUL-terminated).
 */
struct text_word {
	const char *s; /* first byte */
	size_t len;    /* bytes */
};

/* Find the next word at or after *p, store it in *w and move *p past it.
 * Returns 0 (and leaves *p at the NUL) when no word is left. */
int text_next_word(const char **p, struct text_word *w);

/* Whether a word starts exactly at p, and if so store it in *w. */
int text_word_at(const char *p, struct text_word *w);

/*
 * Whether c is part of a word: ASCII letters and digits, and every code
 * point from U+00C0 on except the ones that are clearly not letters
 * (multiplication and division signs, general punctuation and symbols
 * U+2000-U+2BFF, CJK punctuation, variation selectors, the byte-order mark,
 * U+FFFD and emoji from U+1F000). Good enough to find word edges in
 * Danish, Swedish and English without a table of all of Unicode.
 */
int text_is_letter(uint32_t c);

/* Lower case for the letters Danish, Swedish and English write: A-Z and
 * the Latin-1 capitals U+00C0-U+00DE (not U+00D7); others unchanged.
 * Independent of the process locale. */
uint32_t text_fold(uint32_t c);

/* Whether word w is pat (plen bytes of UTF-8) ignoring case (text_fold on
 * both sides); with prefix, whether w begins with pat. */
int text_word_is(const struct text_word *w, const char *pat, size_t plen, int prefix);

/* Whether word w is one of the NULL-terminated list, ignoring case. */
int text_word_in(const struct text_word *w, const char *const *list);

/* ASCII letters and digits (not isalnum(), which follows the locale). */
int text_is_ascii_alnum(uint32_t c);

/* A decimal digit 0-9 (not the locale's isdigit()). */
int text_is_digit(char c);

/* Whether s begins with the ASCII literal lit, ignoring ASCII case. */
int text_starts_ci(const char *s, const char *lit);

/* Length of the first of the NULL-terminated list of ASCII literals that
 * s begins with (ignoring ASCII case), or 0 when none does. */
size_t text_starts_with_any(const char *s, const char *const *list);

/*
 * The text as a reader's eye takes it, for the guards (never stored or
 * shown): NFKC (fullwidth "２０＠" reads "20@", ligatures and circled or
 * superscript digits as plain ones), characters nobody sees dropped
 * (zero-width spaces and joiners, soft hyphens, bidi controls, variation
 * selectors: every default-ignorable code point), every dash as '-',
 * every decimal digit of any script as 0-9, the ideographic full stop as
 * '.', Cyrillic and Greek letters drawn like Latin ones as those, and a
 * combining mark left on an ASCII character ("2" struck through) dropped.
 * Stable: text_seen of the result is the result. Bytes that are not UTF-8
 * read as U+FFFD first. Allocated from a.
 */
char *text_seen(struct arena *a, const char *s);

/* Constant-time comparison of two NUL-terminated strings. */
int text_equal_ct(const char *a, const char *b);

/* Percent-encode s for a URL query value: everything but A-Z a-z 0-9
 * - _ . ~ (and "/" when keep_slash) becomes %XX. */
char *text_url_encode(struct arena *a, const char *s, int keep_slash);

/* Lower-case hex of n bytes into out (2n+1 bytes). */
void text_hex(const unsigned char *in, size_t n, char *out);

#endif
