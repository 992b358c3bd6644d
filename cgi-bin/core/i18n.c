/*
 * i18n.c - the languages of a worker, and which one a request gets.
 */
#include "i18n.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* English needs no locale data of its own: C.UTF-8 is built into glibc,
 * and gettext shows the msgid, which is the English text. */
const struct i18n_language i18n_languages[] = {
    {"en", "C.UTF-8", "English"},
    {"da", "da_DK.UTF-8", "Dansk"},
    {"sv", "sv_SE.UTF-8", "Svenska"},
    {NULL, NULL, NULL},
};
const char *const i18n_codes[] = {"en", "da", "sv", NULL};
_Static_assert(sizeof i18n_languages / sizeof i18n_languages[0] <= I18N_MAX + 1,
               "per-language caches have room for I18N_MAX languages");

static locale_t locales[I18N_MAX]; /* (locale_t)0: not usable */
static int current, site_default;

static int index_of(const char *code)
{
	for (int i = 0; code && i18n_languages[i].code; i++)
		if (strcmp(i18n_languages[i].code, code) == 0)
			return i;
	return -1;
}

void i18n_init(const char *root)
{
	char dir[4096];
	/* Where `make` builds the locale data (LOCPATH is read by newlocale). */
	snprintf(dir, sizeof dir, "%s/build/locales", root ? root : ".");
	setenv("LOCPATH", dir, 1);
	/* LANGUAGE would win over the locale for every request. */
	unsetenv("LANGUAGE");
	snprintf(dir, sizeof dir, "%s/build/locale", root ? root : ".");
	bindtextdomain("opbak", dir);
	bind_textdomain_codeset("opbak", "UTF-8");
	textdomain("opbak");

	for (int i = 0; i18n_languages[i].code; i++) {
		if (locales[i])
			continue;
		locales[i] = newlocale(LC_MESSAGES_MASK, i18n_languages[i].locale, (locale_t)0);
		if (!locales[i])
			fprintf(
			    stderr, "i18n: no locale %s under %s/build/locales: %s is left out\n",
			    i18n_languages[i].locale, root ? root : ".", i18n_languages[i].code);
	}
	const char *want = getenv("OPBAK_LANG");
	site_default = 0;
	if (want && *want) {
		int i = index_of(want);
		if (i >= 0 && locales[i])
			site_default = i;
		else
			fprintf(stderr, "i18n: OPBAK_LANG=%s is not a shipped language: English\n",
			        want);
	}
	i18n_use_default();
}

int i18n_use(const char *code)
{
	int i = index_of(code);
	if (i < 0 || !locales[i])
		return -1;
	uselocale(locales[i]);
	current = i;
	return 0;
}

void i18n_use_default(void)
{
	if (i18n_use(i18n_languages[site_default].code) < 0)
		current = site_default; /* before i18n_init: English as the C locale has it */
}

void i18n_choose(const char *chosen, const char *accept_language)
{
	if (i18n_use(chosen) < 0 && i18n_use(i18n_negotiate(accept_language)) < 0)
		i18n_use_default();
}

const char *i18n_lang(void)
{
	return i18n_languages[current].code;
}

int i18n_index(void)
{
	return current;
}

const struct i18n_language *i18n_find(const char *code)
{
	int i = index_of(code);
	return i < 0 ? NULL : &i18n_languages[i];
}

/* A weight "q=0.5" as thousandths (0..1000), or -1 when it is not one. */
static int qvalue(const char *s, size_t n)
{
	if (n < 1 || (s[0] != '0' && s[0] != '1'))
		return -1;
	int q = (s[0] - '0') * 1000;
	if (n == 1)
		return q;
	if (s[1] != '.' || n > 5)
		return -1;
	int scale = 100;
	for (size_t i = 2; i < n; i++, scale /= 10) {
		if (s[i] < '0' || s[i] > '9' || (q == 1000 && s[i] != '0'))
			return -1;
		q += (s[i] - '0') * scale;
	}
	return q;
}

const char *i18n_negotiate(const char *h)
{
	const char *best = NULL;
	int best_q = 0;
	while (h && *h) {
		size_t len = strcspn(h, ",");
		const char *next = h[len] ? h + len + 1 : h + len;
		/* One range: "da-DK;q=0.8". Its primary subtag, then parameters. */
		while (len && (*h == ' ' || *h == '\t'))
			h++, len--;
		size_t tag = 0;
		while (tag < len && tag < 8 && ((h[tag] | 0x20) >= 'a' && (h[tag] | 0x20) <= 'z'))
			tag++;
		int q = tag && (tag == len || h[tag] == '-' || h[tag] == ';' || h[tag] == ' ')
		            ? 1000
		            : -1;
		const char *p = memchr(h, ';', len);
		while (q >= 0 && p) {
			const char *end = h + len;
			p++;
			while (p < end && (*p == ' ' || *p == '\t'))
				p++;
			size_t plen = (size_t)(end - p);
			const char *semi = memchr(p, ';', plen);
			size_t n = semi ? (size_t)(semi - p) : plen;
			while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
				n--;
			if (n >= 2 && (p[0] | 0x20) == 'q' && p[1] == '=')
				q = qvalue(p + 2, n - 2);
			p = semi;
		}
		if (q > best_q) {
			for (int i = 0; i18n_languages[i].code; i++) {
				const char *code = i18n_languages[i].code;
				if (strlen(code) == tag && strncasecmp(code, h, tag) == 0) {
					best = code;
					best_q = q;
					break;
				}
			}
		}
		h = next;
	}
	return best;
}
