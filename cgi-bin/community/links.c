/*
 * links.c - the links guard (see links.h): one pass for the link forms
 * that have a mark of their own, one for bare domains ending in a known
 * top-level domain (the table below).
 *
 * Text from members is UTF-8 already checked by form_read(); it is read
 * with core's one iterator (text.h: utf8_next, text_next_word), where a
 * byte that is not valid UTF-8 reads as U+FFFD and is never trusted.
 */
#include "links.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "text.h"

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
		while (text_is_ascii_alnum((unsigned char)*q) || *q == '+' || *q == '.' ||
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
	return text_is_letter(c) || c == '-' || c == '.';
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
		if (*e == '/' && text_starts_ci(tld, guard_tlds[i]))
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
		size_t n = utf8_next(p, &c);
		if (!guard_is_domain_char(c)) {
			p += n;
			continue;
		}
		const char *s = p;
		while ((n = utf8_next(p, &c)) != 0 && guard_is_domain_char(c))
			p += n;
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
		if (text_starts_with_any(p, guard_schemes))
			return 1;
		if ((p == text || !text_is_ascii_alnum((unsigned char)p[-1])) &&
		    text_starts_ci(p, "www.") && text_is_ascii_alnum((unsigned char)p[4]))
			return 1;
		if (p[0] == ']' && p[1] == '(' && bracket && (!md_stop || p > md_stop) &&
		    guard_markdown_link(p + 1, &md_stop))
			return 1;
		if (p[0] == '<' && guard_autolink(p))
			return 1;
	}
	return guard_find_bare_domain(text);
}
