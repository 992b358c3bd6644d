/*
 * guard.c - the safety checks on members' posts and backings (see guard.h).
 *
 * The file reads top to bottom: characters and words (shared by every
 * check), crisis words, personal information, links, the night window.
 * Each check is driven by the tables near its code. A moderator extends a
 * check by adding a line to its table; every table says what a line means
 * and ends in NULL. Text from members is UTF-8 already checked by
 * form_read(); bytes that are not valid UTF-8 are skipped, never trusted.
 *
 * Case: words are compared after folding A-Z and the Latin-1 capitals
 * (À-Þ, so Æ Ø Å Ä Ö É Ü ...) to lower case by hand, so the checks do not
 * depend on the process locale. Write tables in lower case; upper case in
 * a table works too.
 */
#include "guard.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

/* ---- characters and words ------------------------------------------------ */

/* A run of letters and digits in a member's text, not NUL-terminated. */
struct guard_word {
	const char *s; /* first byte */
	size_t len;    /* bytes */
};

/*
 * Decode the code point at s (s[0] != NUL) into *cp and return its length
 * in bytes. A byte that does not begin a well-formed sequence reads as
 * U+FFFD, one byte long, so a scan always moves on and never reads past a
 * NUL (a NUL is never a continuation byte).
 */
static size_t guard_utf8(const char *s, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n;
	uint32_t c;

	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	if (u[0] >= 0xC2 && u[0] <= 0xDF) {
		n = 2;
		c = u[0] & 0x1F;
	} else if (u[0] >= 0xE0 && u[0] <= 0xEF) {
		n = 3;
		c = u[0] & 0x0F;
	} else if (u[0] >= 0xF0 && u[0] <= 0xF4) {
		n = 4;
		c = u[0] & 0x07;
	} else {
		*cp = 0xFFFD;
		return 1;
	}
	for (size_t i = 1; i < n; i++) {
		if ((u[i] & 0xC0) != 0x80) {
			*cp = 0xFFFD;
			return 1;
		}
		c = (c << 6) | (u[i] & 0x3F);
	}
	*cp = c;
	return n;
}

/* Lower case for the letters our three languages write: ASCII and the
 * Latin-1 capitals U+00C0-U+00DE (not U+00D7, the multiplication sign). */
static uint32_t guard_fold(uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		return c + ('a' - 'A');
	if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
		return c + 0x20;
	return c;
}

/* ASCII letters and digits: what user names, e-mail addresses and
 * domains are made of (not isalnum(), which follows the locale). */
static int guard_is_ascii_alnum(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/*
 * Whether c is part of a word: ASCII letters and digits, and every code
 * point from U+00C0 on except the ones that are clearly not letters
 * (× ÷, general punctuation and symbols, CJK punctuation, emoji). Good
 * enough to find word edges in Danish, Swedish and English; it never
 * needs a table of all of Unicode.
 */
static int guard_is_letter(uint32_t c)
{
	if (c < 0x80)
		return guard_is_ascii_alnum(c);
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

/*
 * Find the next word at or after *p, store it in *w and move *p past it.
 * Returns 0 at the end of the text. Everything between words (spaces,
 * punctuation, emoji) is skipped, which is what lets a table phrase match
 * whatever the member put between its words.
 */
static int guard_next_word(const char **p, struct guard_word *w)
{
	const char *s = *p;
	uint32_t c;
	size_t n;

	while (*s) {
		n = guard_utf8(s, &c);
		if (guard_is_letter(c))
			break;
		s += n;
	}
	if (!*s) {
		*p = s;
		return 0;
	}
	w->s = s;
	while (*s) {
		n = guard_utf8(s, &c);
		if (!guard_is_letter(c))
			break;
		s += n;
	}
	w->len = (size_t)(s - w->s);
	*p = s;
	return 1;
}

/* The word that starts exactly at p, if one does (for "what comes next"). */
static int guard_word_at(const char *p, struct guard_word *w)
{
	const char *q = p;
	return guard_next_word(&q, w) && w->s == p;
}

/*
 * Whether word w is pat (plen bytes of UTF-8), ignoring case; with prefix,
 * whether w begins with pat. Both sides are folded, so tables may be
 * written in either case.
 */
static int guard_word_is(const struct guard_word *w, const char *pat, size_t plen, int prefix)
{
	size_t i = 0, j = 0;
	while (i < w->len && j < plen) {
		uint32_t a, b;
		i += guard_utf8(w->s + i, &a);
		j += guard_utf8(pat + j, &b);
		if (guard_fold(a) != guard_fold(b))
			return 0;
	}
	return j == plen && (prefix || i == w->len);
}

/* Whether word w is one of the NULL-terminated list, ignoring case. */
static int guard_word_in(const struct guard_word *w, const char *const *list)
{
	for (; *list; list++)
		if (guard_word_is(w, *list, strlen(*list), 0))
			return 1;
	return 0;
}

/* Whether s begins with the ASCII literal lit, ignoring ASCII case. */
static int guard_starts_ci(const char *s, const char *lit)
{
	for (; *lit; s++, lit++)
		if (guard_fold((unsigned char)*s) != guard_fold((unsigned char)*lit))
			return 0;
	return 1;
}

/* A decimal digit, without the locale-dependent isdigit(). */
static int guard_is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* ---- crisis words -------------------------------------------------------- */

/*
 * What guard_crisis() looks for. Each line is one or more words:
 *
 *   - Words match whole words of the text, ignoring case (Æ Ø Å Ä Ö too):
 *     "kill myself" matches "Kill myself" but never "skilled myself".
 *   - Between the words of a line the text may hold any run of spaces,
 *     line breaks and punctuation: "kill   myself", "kill, myself" and
 *     "kill-myself" all match "kill myself"; "self-harm" in the table is
 *     the same line as "self harm". Apostrophes split words too, so
 *     "don't" matches "don't", "don’t" and "don t" (not "dont": list it).
 *   - A word ending in '*' is a stem: it matches any word that BEGINS with
 *     it. That is how compounds are handled, deliberately and only here:
 *     "selvmord*" matches "selvmord", "selvmordet", "selvmordstanker";
 *     "självmord*" matches "självmordstankar". A stem never matches in the
 *     middle of a word ("ungdomsselvmord" needs its own line), and a word
 *     without '*' never matches a longer word ("want to die" does not
 *     match "want to diet").
 *
 * To add a term: write it in lower case in the section of its language,
 * the shortest form that is still unambiguous, with '*' only when every
 * word starting with the stem is a crisis word. Prefer matching too much
 * to too little: a false alarm shows a help box, a miss leaves a boy
 * alone. Add a test line in tests/unit/test_guard.c.
 */
static const char *const guard_crisis_terms[] = {
    /* English */
    "suicid*", /* suicide, suicidal; also Danish and Swedish "suicid" */
    "kill myself",
    "killing myself",
    "end my life",
    "ending my life",
    "end it all",
    "take my own life",
    "take my life",
    "want to die",
    "wanna die",
    "want to be dead",
    "wish i was dead",
    "wish i were dead",
    "better off dead",
    "don't want to live anymore",
    "don't want to live any more",
    "dont want to live anymore",
    "do not want to live anymore",
    "don't want to be alive",
    "dont want to be alive",
    "no reason to live",
    "hurt myself",
    "hurting myself",
    "harm myself",
    "harming myself",
    "cut myself",
    "cutting myself",
    "self-harm*", /* self-harm, self harm, self-harming */
    "selfharm*",
    "self-injur*", /* self-injury, self injuring */

    /* Danish */
    "selvmord*", /* selvmord, selvmordet, selvmordstanker, selvmordsforsøg */
    "selvskad*", /* selvskade, selvskadende, selvskadning */
    "slå mig selv ihjel",
    "slår mig selv ihjel",
    "tage mit eget liv",
    "tager mit eget liv",
    "tage mit liv",
    "tage livet af mig",
    "tager livet af mig",
    "ende mit liv",
    "skære i mig selv",
    "skærer i mig selv",
    "skade mig selv",
    "skader mig selv",
    "gøre skade på mig selv",
    "jeg cutter",
    "cutte mig",
    "vil ikke leve mere",
    "vil ikke leve længere",
    "gider ikke leve mere",
    "orker ikke at leve",
    "har ikke lyst til at leve",
    "vil gerne dø",
    "vil bare dø",
    "lyst til at dø",
    "gid jeg var død",
    "ønsker jeg var død",

    /* Swedish */
    "självmord*", /* självmord, självmordet, självmordstankar */
    "självskad*", /* självskada, självskadebeteende */
    "ta livet av mig",
    "tar livet av mig",
    "ta mitt eget liv",
    "ta mitt liv",
    "avsluta mitt liv",
    "döda mig själv",
    "skada mig själv",
    "skadar mig själv",
    "skära mig",
    "skär mig",
    "vill inte leva",
    "orkar inte leva",
    "vill dö",
    "vill bara dö",
    "önskar att jag var död",
    "önskar jag var död",
    NULL,
};

/*
 * Whether the words of term (a line of the table above) are the words of
 * the text from t on. t points at the first byte of a word.
 */
static int guard_term_at(const char *t, const char *term)
{
	struct guard_word tw, pw;
	int words = 0;

	while (guard_next_word(&term, &pw)) {
		int stem = *term == '*';
		if (!guard_next_word(&t, &tw) || !guard_word_is(&tw, pw.s, pw.len, stem))
			return 0;
		words++;
	}
	return words > 0;
}

/*
 * Try every line of the table at every word of the text. A line whose
 * first letter differs from the word's is skipped without reading it, so
 * a long post costs a few microseconds per hundred words.
 */
int guard_crisis(const char *text)
{
	struct guard_word w;

	if (!text)
		return 0;
	while (guard_next_word(&text, &w)) {
		uint32_t first, c;
		guard_utf8(w.s, &first);
		first = guard_fold(first);
		for (size_t i = 0; guard_crisis_terms[i]; i++) {
			const char *term = guard_crisis_terms[i];
			guard_utf8(term, &c);
			if (guard_is_letter(c) && guard_fold(c) != first)
				continue;
			if (guard_term_at(w.s, term))
				return 1;
		}
	}
	return 0;
}

/* ---- personal information ------------------------------------------------ */

enum guard_kind {
	GUARD_PHONE,
	GUARD_EMAIL,
	GUARD_SOCIAL,
};

/* Something found in the text: where, how long, and what it looks like. */
struct guard_find {
	const char *s;
	size_t len;
	enum guard_kind kind;
};

/*
 * Phone numbers.
 *
 * A run is digits in groups separated by at most GUARD_PHONE_SEP_MAX of
 * ' ', '.', '-', '(' and ')' ("22 33 44 55", "070-123 45 67",
 * "(+45) 22334455"), optionally starting with '+'. A run of at least
 * GUARD_PHONE_DIGITS digits is a phone number (Danish numbers have 8,
 * Swedish 9-10, with country codes more), unless it has the shape of
 * something ordinary people write with that many digits:
 *
 *   years        every group a 4-digit year 1900-2099: "2019 2020",
 *                "2019-2020" (a phone written "2019 2020" is missed; the
 *                same number as "20 19 20 20" or "20192020" is caught);
 *   dates        "24.12.2005", "24-12-2005", "2005-12-24";
 *   time ranges  "12.30-14.30" (with ':' the run never gets 8 digits);
 *   amounts      thousands groups "10.000.000", "10 000 000", and ranges
 *                of them "10.000-15.000";
 *   decimals     "3.14159265" (1-3 digits, a point, any digits).
 *
 * A run with a leading '+' is always a phone number. A '.' only separates
 * when a digit follows, so a sentence ending "... 1999. 2000 ..." is two
 * runs. A run must not start inside a word ("mads12345678" is a name) or
 * after a decimal comma or point ("3,14159265").
 */
#define GUARD_PHONE_DIGITS  8
#define GUARD_PHONE_SEP_MAX 3  /* separator characters between two groups: " - " */
#define GUARD_PHONE_GROUPS  16 /* groups remembered for the exemptions */

struct guard_run {
	const char *start, *end; /* what to quote */
	const char *next;        /* where scanning resumes */
	int digits;
	int plus;
	int groups;                     /* may exceed GUARD_PHONE_GROUPS */
	int len[GUARD_PHONE_GROUPS];    /* digits in each group */
	long value[GUARD_PHONE_GROUPS]; /* each group's value when len <= 4, else -1 */
	char lead[GUARD_PHONE_GROUPS];  /* first digit of each group */
	char sep[GUARD_PHONE_GROUPS];   /* separator before the next group: its
	                                   non-space character, or ' ' */
};

/* Whether p holds a character that may sit between the digit groups of a
 * phone number; a '.' only when a digit follows, so a full stop ends one. */
static int guard_is_phone_sep(const char *p)
{
	return *p == ' ' || *p == '-' || *p == '(' || *p == ')' ||
	       (*p == '.' && guard_is_digit(p[1]));
}

/* Read the run of digits and separators that starts at p (a digit, '+'
 * or '('). */
static void guard_read_run(const char *p, struct guard_run *r)
{
	memset(r, 0, sizeof(*r));
	r->start = p;
	if (*p == '(')
		p++;
	if (*p == '+') {
		r->plus = 1;
		p++;
	}
	for (;;) {
		const char *g = p;
		long value = 0;
		while (guard_is_digit(*p)) {
			value = value * 10 + (*p - '0');
			if (value > 99999)
				value = 99999; /* only groups of 4 or fewer are looked at */
			p++;
		}
		int n = (int)(p - g);
		r->digits += n;
		if (r->groups < GUARD_PHONE_GROUPS) {
			r->len[r->groups] = n;
			r->value[r->groups] = n <= 4 ? value : -1;
			r->lead[r->groups] = *g;
		}
		r->groups++;
		r->end = p;

		const char *q = p;
		char kind = ' ';
		int seps = 0;
		while (seps < GUARD_PHONE_SEP_MAX && guard_is_phone_sep(q)) {
			if (*q != ' ' && kind == ' ')
				kind = *q;
			q++;
			seps++;
		}
		if (seps == 0 || !guard_is_digit(*q))
			break;
		if (r->groups <= GUARD_PHONE_GROUPS)
			r->sep[r->groups - 1] = kind;
		p = q;
	}
	r->next = r->end;
	/* Quote "(+45) 22 33 44 55" whole, but not a '(' that never closes. */
	if (*r->start == '(' && !memchr(r->start, ')', (size_t)(r->end - r->start)))
		r->start++;
}

/* A year a member may plausibly mention (birth years, school years). */
static int guard_is_year(long v)
{
	return v >= 1900 && v <= 2099;
}

/* Groups [from, to) of r are one amount written with thousands groups:
 * "10.000.000" or "10 000 000" (1-3 digits, not starting with 0, then
 * groups of 3, one kind of separator throughout, at least two groups). */
static int guard_is_amount(const struct guard_run *r, int from, int to)
{
	if (to - from < 2 || r->len[from] < 1 || r->len[from] > 3 || r->lead[from] == '0')
		return 0;
	char kind = r->sep[from];
	if (kind != '.' && kind != ' ')
		return 0;
	for (int i = from + 1; i < to; i++)
		if (r->len[i] != 3 || (i < to - 1 && r->sep[i] != kind))
			return 0;
	return 1;
}

/* Whether a run that has enough digits is still not a phone number. */
static int guard_run_is_ordinary(const struct guard_run *r)
{
	int n = r->groups;

	if (r->plus || n > GUARD_PHONE_GROUPS)
		return 0;

	int years = n >= 2;
	for (int i = 0; i < n && years; i++)
		years = r->len[i] == 4 && guard_is_year(r->value[i]);
	if (years)
		return 1;

	if (n == 3 && r->sep[0] == r->sep[1] && (r->sep[0] == '.' || r->sep[0] == '-')) {
		if (r->len[0] <= 2 && r->len[1] <= 2 && r->len[2] == 4 && r->value[0] >= 1 &&
		    r->value[0] <= 31 && r->value[1] >= 1 && r->value[1] <= 12 &&
		    guard_is_year(r->value[2]))
			return 1; /* 24.12.2005 */
		if (r->len[0] == 4 && r->len[1] == 2 && r->len[2] == 2 &&
		    guard_is_year(r->value[0]) && r->value[1] >= 1 && r->value[1] <= 12 &&
		    r->value[2] >= 1 && r->value[2] <= 31)
			return 1; /* 2005-12-24 */
	}

	if (n == 2 && r->sep[0] == '.' && r->len[0] <= 3)
		return 1; /* 3.14159265 */

	if (n == 4 && r->sep[0] == '.' && r->sep[1] == '-' && r->sep[2] == '.' && r->len[0] <= 2 &&
	    r->len[1] == 2 && r->len[2] <= 2 && r->len[3] == 2 && r->value[0] <= 24 &&
	    r->value[1] <= 59 && r->value[2] <= 24 && r->value[3] <= 59)
		return 1; /* 12.30-14.30 */

	/* Amounts and ranges of amounts, split at '-'. */
	int from = 0;
	for (int i = 0; i < n; i++) {
		if (i == n - 1 || r->sep[i] == '-') {
			if (!guard_is_amount(r, from, i + 1))
				return 0;
			from = i + 1;
		}
	}
	return 1;
}

/* The first phone number in text (see the rules above). */
static int guard_find_phone(const char *text, struct guard_find *f)
{
	const char *p = text;

	while (*p) {
		char prev = p > text ? p[-1] : ' ';
		int start =
		    guard_is_digit(*p) || (*p == '+' && guard_is_digit(p[1])) ||
		    (*p == '(' && (guard_is_digit(p[1]) || (p[1] == '+' && guard_is_digit(p[2]))));
		int in_word =
		    guard_is_ascii_alnum((unsigned char)prev) || prev == '_' || prev == '@';
		int decimal =
		    (prev == ',' || prev == '.') && p - text >= 2 && guard_is_digit(p[-2]);
		if (!start || in_word || decimal) {
			p++;
			continue;
		}
		struct guard_run r;
		guard_read_run(p, &r);
		if (r.digits >= GUARD_PHONE_DIGITS && !guard_run_is_ordinary(&r)) {
			f->s = r.start;
			f->len = (size_t)(r.end - r.start);
			f->kind = GUARD_PHONE;
			return 1;
		}
		/* Resume after the run, so "10.000.000.000" is not read again as
		 * "000.000.000". */
		p = r.next > p ? r.next : p + 1;
	}
	return 0;
}

/*
 * E-mail addresses: local@domain.tld, and the forms people use to get past
 * a filter: "(at)" or "[at]" for '@' (spaces around allowed) and "(dot)"
 * or "[dot]" for '.' ("mads (at) gmail (dot) com"). The domain needs a dot
 * and a last label of two or more letters. Spelled out "mads at gmail dot
 * com" is not caught: "at" and "dot" are too common to tell apart.
 */
static const char *const guard_at_words[] = {"(at)", "[at]", "{at}", NULL};
static const char *const guard_dot_words[] = {"(dot)", "[dot]", "{dot}", NULL};

/* A character of the part of an e-mail address before the '@' (the forms
 * people type, not all that RFC 5322 allows). */
static int guard_is_local_char(char c)
{
	return guard_is_ascii_alnum((unsigned char)c) || (c && strchr("._%+-", c));
}

/* A character of a domain label (ASCII; names in other scripts are rare
 * enough in addresses our members would write). */
static int guard_is_label_char(char c)
{
	return guard_is_ascii_alnum((unsigned char)c) || c == '-';
}

/* Length of the list word (ASCII, any case) at p, or 0. */
static size_t guard_starts_with_any(const char *p, const char *const *list)
{
	for (; *list; list++)
		if (guard_starts_ci(p, *list))
			return strlen(*list);
	return 0;
}

/* Past the spaces around "(at)" and "(dot)" (only spaces: an address is
 * never spread over lines). */
static const char *guard_skip_spaces(const char *p)
{
	while (*p == ' ')
		p++;
	return p;
}

/* End of the e-mail domain that starts at p, or NULL when there is none. */
static const char *guard_email_domain(const char *p)
{
	const char *end = NULL;
	int labels = 0, last_alpha = 0;

	for (;;) {
		const char *l = p;
		int alpha = 1;
		while (guard_is_label_char(*p)) {
			if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
				alpha = 0;
			p++;
		}
		if (p == l)
			break;
		labels++;
		last_alpha = alpha && p - l >= 2;
		end = p;
		if (*p == '.' && guard_is_label_char(p[1])) {
			p++;
			continue;
		}
		const char *q = guard_skip_spaces(p);
		size_t n = guard_starts_with_any(q, guard_dot_words);
		if (!n)
			break;
		p = guard_skip_spaces(q + n);
	}
	return labels >= 2 && last_alpha ? end : NULL;
}

/* The first e-mail address in text, plain or with "(at)"/"[at]" for '@'. */
static int guard_find_email(const char *text, struct guard_find *f)
{
	for (const char *p = text; *p; p++) {
		size_t at = 0;
		const char *before = p, *after;
		if (*p == '@') {
			after = p + 1;
		} else if ((at = guard_starts_with_any(p, guard_at_words)) != 0) {
			while (before > text && before[-1] == ' ')
				before--;
			after = guard_skip_spaces(p + at);
		} else {
			continue;
		}
		const char *local = before;
		while (local > text && guard_is_local_char(local[-1]))
			local--;
		while (local < before && *local == '.')
			local++;
		if (local == before)
			continue;
		const char *end = guard_email_domain(after);
		if (!end)
			continue;
		f->s = local;
		f->len = (size_t)(end - local);
		f->kind = GUARD_EMAIL;
		return 1;
	}
	return 0;
}

/*
 * Handles written with '@': an '@' at the start of a word followed by at
 * least GUARD_HANDLE_MIN of A-Z a-z 0-9 _ . ("@mads_123", "(@xyz.abc)").
 * An '@' inside a word belongs to an e-mail address (found above) or to
 * nothing ("hi@there").
 */
#define GUARD_HANDLE_MIN 3

/* The first "@name" in text. */
static int guard_find_at_handle(const char *text, struct guard_find *f)
{
	for (const char *p = text; *p; p++) {
		if (*p != '@' || (p > text && (guard_is_local_char(p[-1]) || p[-1] == '@')))
			continue;
		const char *q = p + 1;
		while (guard_is_ascii_alnum((unsigned char)*q) || *q == '_' || *q == '.')
			q++;
		while (q > p + 1 && q[-1] == '.')
			q--;
		if (q - (p + 1) < GUARD_HANDLE_MIN)
			continue;
		f->s = p;
		f->len = (size_t)(q - p);
		f->kind = GUARD_SOCIAL;
		return 1;
	}
	return 0;
}

/*
 * Social-media names after the name of a service: "snap: mads_123",
 * "snapchat mads123", "add me on insta xyz", "my instagram is xyz",
 * "discord: xyz#1234". Saying where something happened is fine and must
 * stay fine: "I saw it on TikTok", "my friends are all on Snapchat",
 * "Snapchat is toxic".
 *
 * After a service word (whole word, any case) the next word is taken as a
 * name only when something says it is one:
 *   - a ':' or '=' after the service ("tiktok: xyz");
 *   - a naming word after the service ("snapchat name xyz", "snap
 *     brugernavn: xyz"), or "is/er/är" when the service follows "my/min/
 *     mit/mitt" ("my instagram is xyz", "mit snap er xyz");
 *   - an invitation among the four words before the service ("add me on
 *     insta xyz", "tilføj mig på snap xyz", "lägg till mig på snap xyz");
 *   - the name itself looks like one: it starts with '@' or holds a digit,
 *     '_', '.', '-' or '#' ("snapchat mads123").
 * And the name is never one of guard_not_names (so "Instagram: the app
 * that ..." or "my snapchat is private" pass) nor a service word. A name is
 * a run of letters, digits and _ . - # of at least two characters that
 * starts with a letter, digit or '_' ("I use snap...and" has no name).
 * Only its first GUARD_NAME_MAX bytes are read: real names are shorter,
 * and a post of "snap.snap.snap..." must not be read once per "snap".
 */
#define GUARD_NAME_MAX 40

static const char *const guard_services[] = {
    "snapchat", "snap",     "instagram", "insta", "ig",        "tiktok",  "discord", "kik",
    "telegram", "whatsapp", "facebook",  "fb",    "messenger", "twitter", "skype",   NULL,
};

/* Words after a service that announce a name ("snapchat name: xyz"). */
static const char *const guard_name_words[] = {
    "name", "username",   "user", "handle",       "id", "nick",
    "navn", "brugernavn", "namn", "användarnamn", NULL,
};

/* "my/min/..." before a service, which makes "is/er/är" after it a cue. */
static const char *const guard_possessives[] = {
    "my", "min", "mit", "mitt", "mine", "our", "vores", "vår", "vårt", NULL,
};
static const char *const guard_is_words[] = {"is", "er", "är", NULL};

/* Verbs that invite contact, looked for among the four words before the
 * service. */
static const char *const guard_invitations[] = {
    "add",   "adde",    "adda",    "addme",    "follow", "følg",    "följ", "tilføj",
    "lägg",  "dm",      "pm",      "write",    "skriv",  "message", "text", "find",
    "hitta", "contact", "kontakt", "kontakta", "hmu",    "hit",     "sms",  NULL,
};

/*
 * Ordinary words that follow a service name in a sentence and are never
 * taken for a user name, one list per language (English, Danish,
 * Swedish). Extend them when a plain sentence is refused.
 */
static const char *const guard_not_names_en[] = {
    "a",        "an",      "the",     "and",     "or",      "but",       "so",       "to",
    "too",      "is",      "are",     "was",     "were",    "it",        "its",      "i",
    "im",       "me",      "my",      "you",     "your",    "he",        "she",      "they",
    "we",       "them",    "this",    "that",    "these",   "those",     "there",    "here",
    "on",       "in",      "at",      "of",      "for",     "from",      "with",     "about",
    "by",       "not",     "no",      "yes",     "just",    "also",      "really",   "very",
    "all",      "any",     "some",    "every",   "today",   "yesterday", "tomorrow", "now",
    "then",     "again",   "anymore", "because", "when",    "where",     "what",     "who",
    "how",      "why",     "if",      "private", "public",  "down",      "broken",   "hacked",
    "blocked",  "banned",  "deleted", "gone",    "dead",    "new",       "old",      "full",
    "off",      "account", "profile", "story",   "stories", "app",       "feed",     "group",
    "chat",     "streak",  "streaks", "friends", "post",    "posts",     "video",    "videos",
    "messages", "live",    "toxic",   "stupid",  "fake",    NULL,
};
static const char *const guard_not_names_da[] = {
    "og",   "eller", "men",    "så",    "at",      "er",     "var",     "det",      "den",
    "de",   "en",    "et",     "jeg",   "du",      "han",    "hun",     "vi",       "jer",
    "mig",  "dig",   "min",    "mit",   "mine",    "din",    "dit",     "på",       "til",
    "fra",  "med",   "om",     "af",    "ikke",    "også",   "bare",    "helt",     "meget",
    "nu",   "da",    "når",    "hvor",  "hvad",    "hvem",   "hvordan", "hvorfor",  "hvis",
    "idag", "igår",  "privat", "nede",  "slettet", "lukket", "hacket",  "blokeret", "ny",
    "nyt",  "nye",   "gammel", "konto", "profil",  "gruppe", "venner",  "historie", "dum",
    "lort", NULL,
};
static const char *const guard_not_names_sv[] = {
    "och",    "att",     "är",    "ett",    "jag",       "hon",  "ni",     "mitt",
    "mina",   "ditt",    "till",  "från",   "av",        "för",  "inte",   "också",
    "mycket", "då",      "när",   "vad",    "vem",       "hur",  "varför", "igår",
    "nere",   "raderat", "låst",  "hackat", "blockerat", "nytt", "nya",    "gammal",
    "grupp",  "vänner",  "dålig", "skit",   NULL,
};
static const char *const *const guard_not_names[] = {
    guard_not_names_en,
    guard_not_names_da,
    guard_not_names_sv,
    NULL,
};

/* Whether the character at p (n bytes) may be part of a user name: the
 * services allow letters, digits, _ . - and Discord adds #1234. */
static int guard_is_name_char(const char *p, size_t *n)
{
	uint32_t c;
	*n = guard_utf8(p, &c);
	return guard_is_letter(c) || c == '_' || c == '.' || c == '-' || c == '#';
}

/* Past the blanks between a service and its name; a line break counts,
 * since "snap:" and the name are often on lines of their own. */
static const char *guard_skip_blanks(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	return p;
}

/* The name after the service word that ends at p, given what came before
 * it (see the rules above); returns the end of the name or NULL. */
static const char *guard_name_after(const char *p, int possessive, int invited)
{
	struct guard_word w;
	int cue = invited;

	p = guard_skip_blanks(p);
	if (*p == ':' || *p == '=') {
		cue = 1;
		p = guard_skip_blanks(p + 1);
	}
	if (guard_word_at(p, &w) && (guard_word_in(&w, guard_name_words) ||
	                             (possessive && guard_word_in(&w, guard_is_words)))) {
		cue = 1;
		p = guard_skip_blanks(w.s + w.len);
		if (*p == ':' || *p == '=')
			p = guard_skip_blanks(p + 1);
	}

	int at = *p == '@';
	if (at)
		p++;
	const char *name = p;
	size_t n;
	if (*p == '.' || *p == '-' || *p == '#')
		return NULL;
	while (*p && p - name < GUARD_NAME_MAX && guard_is_name_char(p, &n))
		p += n;
	while (p > name && strchr(".-#", p[-1]))
		p--; /* "snap: mads." ends a sentence */
	if (p - name < 2)
		return NULL;
	struct guard_word whole = {name, (size_t)(p - name)};
	for (size_t i = 0; guard_not_names[i]; i++)
		if (guard_word_in(&whole, guard_not_names[i]))
			return NULL;
	if (guard_word_in(&whole, guard_services))
		return NULL;
	int odd = at;
	for (const char *q = name; q < p; q++)
		if (guard_is_digit(*q) || strchr("_.-#", *q))
			odd = 1;
	return cue || odd ? p : NULL;
}

#define GUARD_LOOK_BACK 4 /* words before a service searched for cues */

static int guard_find_service_name(const char *text, struct guard_find *f)
{
	struct guard_word back[GUARD_LOOK_BACK], w;
	size_t seen = 0;
	const char *p = text;

	while (guard_next_word(&p, &w)) {
		if (guard_word_in(&w, guard_services)) {
			int possessive =
			    seen > 0 &&
			    guard_word_in(&back[(seen - 1) % GUARD_LOOK_BACK], guard_possessives);
			int invited = 0;
			for (size_t i = 0; i < seen && i < GUARD_LOOK_BACK; i++)
				if (guard_word_in(&back[i], guard_invitations))
					invited = 1;
			const char *end = guard_name_after(p, possessive, invited);
			if (end) {
				f->s = w.s;
				f->len = (size_t)(end - w.s);
				f->kind = GUARD_SOCIAL;
				return 1;
			}
		}
		back[seen % GUARD_LOOK_BACK] = w;
		seen++;
	}
	return 0;
}

/* Copy what was found for the message: line breaks become spaces, and a
 * long find is cut on a character boundary and ends in "…". */
static char *guard_quote(struct arena *a, const char *s, size_t len)
{
	int cut = 0;
	if (len > GUARD_QUOTE_MAX) {
		len = GUARD_QUOTE_MAX;
		while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80)
			len--;
		cut = 1;
	}
	char *q = arena_alloc(a, len + sizeof("…"));
	for (size_t i = 0; i < len; i++)
		q[i] = (s[i] == '\n' || s[i] == '\r' || s[i] == '\t') ? ' ' : s[i];
	strcpy(q + len, cut ? "…" : "");
	return q;
}

/*
 * Run every finder, keep the find that comes first in the text, and word
 * the message for its kind. One message per kind, each a whole sentence,
 * so a translator never has to assemble one from parts.
 */
const char *guard_personal_info(struct arena *a, const char *text)
{
	int (*const finders[])(const char *, struct guard_find *) = {
	    guard_find_email,
	    guard_find_phone,
	    guard_find_at_handle,
	    guard_find_service_name,
	};
	struct guard_find best = {0}, f;

	if (!text)
		return NULL;
	/* Report the first thing in the text, whatever its kind; on a tie the
	 * earlier finder wins (an e-mail address before the '@' handle in it). */
	for (size_t i = 0; i < sizeof(finders) / sizeof(finders[0]); i++)
		if (finders[i](text, &f) && (!best.s || f.s < best.s))
			best = f;
	if (!best.s)
		return NULL;

	const char *fmt = NULL;
	switch (best.kind) {
	case GUARD_PHONE:
		/* TRANSLATORS: %s is the member's own text, quoted back. */
		fmt = _("This looks like a phone number: \"%s\". To keep you safe, "
		        "Opbak does not allow phone numbers, e-mail addresses or "
		        "social-media names in posts. Remove it and send again.");
		break;
	case GUARD_EMAIL:
		/* TRANSLATORS: %s is the member's own text, quoted back. */
		fmt = _("This looks like an e-mail address: \"%s\". To keep you safe, "
		        "Opbak does not allow phone numbers, e-mail addresses or "
		        "social-media names in posts. Remove it and send again.");
		break;
	case GUARD_SOCIAL:
		/* TRANSLATORS: %s is the member's own text, quoted back. */
		fmt = _("This looks like a social-media name: \"%s\". To keep you safe, "
		        "Opbak does not allow phone numbers, e-mail addresses or "
		        "social-media names in posts. Remove it and send again.");
		break;
	}
	return arena_printf(a, fmt, guard_quote(a, best.s, best.len));
}

/* ---- links --------------------------------------------------------------- */

/*
 * Top-level domains that make a dotted word a link ("bit.ly/xyz",
 * "example.com"): the big generic ones, the countries our members live in
 * and their neighbours, and the ones link shorteners and streamers use.
 * Each is also an ordinary word or abbreviation somewhere ("no", "me",
 * "se", "tv"), so a TLD only counts when written in lower case or followed
 * by '/': "I was tired.No one came" passes, "tired.no" does not. Add a TLD
 * here when spam gets through with it.
 */
static const char *const guard_tlds[] = {
    "com", "net", "org", "info", "biz", "io", "ly", "me", "tv", "gg",
    "co",  "dk",  "se",  "no",   "nu",  "de", "uk", "eu", NULL,
};

/* URL schemes found anywhere, any case. */
static const char *const guard_schemes[] = {"http://", "https://", "ftp://", NULL};

/*
 * "[text](destination)": p is at "(" after "]" and a '[' came earlier.
 * Returns 1 for a link; otherwise stores in *stop where the search for
 * ')' ended, so the caller can skip every "](" before it (each would end
 * there too) and a post of "[](](](..." is read once, not once per "](".
 */
static int guard_markdown_link(const char *p, const char **stop)
{
	const char *q = p + 1;
	while (*q && *q != ')' && *q != '\n')
		q++;
	*stop = q;
	return *q == ')' && q > p + 1;
}

/* "<scheme:...>" or "<name@domain>": p is at '<'. A heart "<3" is not. */
static int guard_autolink(const char *p)
{
	const char *q = p + 1;
	int scheme = 0, at = 0;

	if ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z')) {
		const char *s = q;
		while (guard_is_ascii_alnum((unsigned char)*q) || *q == '+' || *q == '.' ||
		       *q == '-')
			q++;
		scheme = *q == ':' && q - s >= 2 && q - s <= 32;
	}
	for (q = p + 1; *q && *q != '>'; q++) {
		if (*q == ' ' || *q == '\t' || *q == '\n' || *q == '<')
			return 0;
		if (*q == '@')
			at = 1;
	}
	return *q == '>' && (scheme || at) && q - p > 3;
}

/* Characters of a dotted word that might be a domain; letters beyond
 * ASCII count, since "blå-bog.dk" is a real domain too. */
static int guard_is_domain_char(uint32_t c)
{
	return guard_is_letter(c) || c == '-' || c == '.';
}

/* Whether the dotted word [s, e) ends in a known TLD (see guard_tlds). */
static int guard_is_domain(const char *s, const char *e)
{
	while (e > s && (e[-1] == '.' || e[-1] == '-'))
		e--;
	const char *dot = NULL;
	for (const char *q = s; q < e; q++) {
		if (*q != '.')
			continue;
		if (q == s || q[-1] == '.')
			return 0; /* ".com", "wait...what" */
		dot = q;
	}
	if (!dot)
		return 0;
	const char *tld = dot + 1;
	size_t n = (size_t)(e - tld);
	for (size_t i = 0; guard_tlds[i]; i++) {
		if (strlen(guard_tlds[i]) != n)
			continue;
		if (!memcmp(tld, guard_tlds[i], n))
			return 1;
		if (*e == '/' && guard_starts_ci(tld, guard_tlds[i]))
			return 1;
	}
	return 0;
}

/* Bare domains: dotted words ending in a TLD, not part of an e-mail
 * address (the personal-information guard deals with those). */
static int guard_find_bare_domain(const char *text)
{
	const char *p = text;

	while (*p) {
		uint32_t c;
		size_t n = guard_utf8(p, &c);
		if (!guard_is_domain_char(c)) {
			p += n;
			continue;
		}
		const char *s = p;
		while (*p && guard_is_domain_char(c)) {
			p += n;
			if (*p)
				n = guard_utf8(p, &c);
		}
		if ((s == text || s[-1] != '@') && *p != '@' && guard_is_domain(s, p))
			return 1;
	}
	return 0;
}

/*
 * One pass for the link forms that have a mark of their own (scheme,
 * "www.", Markdown, "<...>"), then one for bare domains.
 */
int guard_has_link(const char *text)
{
	int bracket = 0;            /* a '[' has been seen */
	const char *md_stop = NULL; /* no Markdown link starts before this */

	if (!text)
		return 0;
	for (const char *p = text; *p; p++) {
		if (*p == '[')
			bracket = 1;
		if (guard_starts_with_any(p, guard_schemes))
			return 1;
		if ((p == text || !guard_is_ascii_alnum((unsigned char)p[-1])) &&
		    guard_starts_ci(p, "www.") && guard_is_ascii_alnum((unsigned char)p[4]))
			return 1;
		if (p[0] == ']' && p[1] == '(' && bracket && (!md_stop || p > md_stop) &&
		    guard_markdown_link(p + 1, &md_stop))
			return 1;
		if (p[0] == '<' && guard_autolink(p))
			return 1;
	}
	return guard_find_bare_domain(text);
}

/* ---- the night window ---------------------------------------------------- */

int guard_in_window(int hour, int start, int end)
{
	if (hour < 0 || hour > 23 || start < 0 || start > 23 || end < 0 || end > 23)
		return 0;
	if (start == end)
		return 0;
	if (start < end)
		return hour >= start && hour < end;
	return hour >= start || hour < end;
}

/*
 * Zone names are checked before use: only the characters IANA names use
 * (letters, digits, / _ + -), not starting with '/' or '-', so a setting
 * can never point TZ at an arbitrary file; and the file must be a TZif
 * file in the zone directory, because glibc silently falls back to UTC on
 * a name it does not know, which would shift the window without a word.
 */
#define GUARD_ZONE_MAX 64

/* Whether tz is a safe, known IANA zone name (rules above). */
static int guard_zone_known(const char *tz)
{
	size_t n = tz ? strlen(tz) : 0;
	if (n == 0 || n > GUARD_ZONE_MAX || tz[0] == '/' || tz[0] == '-')
		return 0;
	for (const char *p = tz; *p; p++)
		if (!guard_is_ascii_alnum((unsigned char)*p) && !strchr("/_+-", *p))
			return 0;

	const char *dir = getenv("TZDIR");
	char path[512];
	if (!dir || !*dir)
		dir = "/usr/share/zoneinfo";
	if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir, tz) >= sizeof(path))
		return 0;
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return 0;
	char magic[4];
	int ok = fread(magic, 1, sizeof(magic), fp) == sizeof(magic) && !memcmp(magic, "TZif", 4);
	fclose(fp);
	return ok;
}

/*
 * The hour in zone tz, by lending the zone to libc for one localtime_r().
 *
 * Why this way: libc offers no localtime for a named zone, only for the
 * process's TZ. The alternatives were to parse TZif files ourselves (a
 * few hundred lines repeating libc, with its own bugs) or to hard-code
 * the EU summer-time rule (wrong the day a moderator picks a zone outside
 * Europe). Swapping TZ is correct for every zone and safe here because a
 * worker is a single-threaded process (the FastCGI loop preforks): nothing
 * else reads TZ between the two tzset() calls, and the previous value (or
 * its absence) is put back before returning, so log timestamps and the
 * rest of the request see the process's own zone. It costs two zoneinfo
 * reads per call, once per post. Do not call it from a threaded program.
 */
int guard_local_hour(time_t t, const char *tz)
{
	if (!guard_zone_known(tz))
		return -1;

	const char *old = getenv("TZ");
	char *saved = NULL;
	if (old) {
		saved = strdup(old); /* setenv may free the string getenv gave */
		if (!saved)
			return -1;
	}

	int hour = -1;
	struct tm tm;
	if (setenv("TZ", tz, 1) == 0) {
		tzset();
		if (localtime_r(&t, &tm))
			hour = tm.tm_hour;
	}

	if (saved)
		setenv("TZ", saved, 1);
	else
		unsetenv("TZ");
	tzset();
	free(saved);
	return hour;
}
