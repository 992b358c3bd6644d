/*
 * text.h - UTF-8 checks and small string helpers for user text.
 */
#ifndef OPBAK_TEXT_H
#define OPBAK_TEXT_H

#include <stddef.h>

#include "arena.h"

/* Return the number of code points when s[0..len) is valid UTF-8 (no
 * overlongs, no surrogates, nothing above U+10FFFF), or -1. */
long utf8_count(const char *s, size_t len);

/* Copy s with each invalid sequence replaced by U+FFFD, so a bad field
 * can still be shown back to the user. */
char *utf8_clean(struct arena *a, const char *s, size_t len);

/* Constant-time comparison of two NUL-terminated strings. */
int text_equal_ct(const char *a, const char *b);

/* Percent-encode s for a URL query value: everything but A-Z a-z 0-9
 * - _ . ~ (and "/" when keep_slash) becomes %XX. */
char *text_url_encode(struct arena *a, const char *s, int keep_slash);

/* Lower-case hex of n bytes into out (2n+1 bytes). */
void text_hex(const unsigned char *in, size_t n, char *out);

#endif
