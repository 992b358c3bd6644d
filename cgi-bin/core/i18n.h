/*
 * i18n.h - translatable text (GNU gettext, domain "opbak"), in the
 * language of each request.
 *
 * C strings a user reads are written in English inside _("...") and
 * extracted with xgettext. Template strings are written [[like this]] and
 * translated when the template is loaded, once per language (see tmpl.h);
 * scripts/po-extract collects both into po/opbak.pot. A language is a
 * catalogue po/<code>.po, compiled by `make` into build/locale, and a row
 * of i18n_languages (i18n.c) naming the locale whose data `make` builds
 * into build/locales.
 *
 * Each request chooses its language (core does it before any handler):
 * the member's own setting, else the visitor's cookie (the footer's
 * switch), else the best of Accept-Language, else the site default
 * (OPBAK_LANG, else English). i18n_use() switches the worker with
 * uselocale(): gettext keeps what it found per locale, so going back and
 * forth between languages costs no new lookups.
 */
#ifndef OPBAK_I18N_H
#define OPBAK_I18N_H

#include <libintl.h>

#ifdef __cplusplus
extern "C" {
#endif

#define _(s)  gettext(s)
#define N_(s) (s)

/* The cookie of a visitor's chosen language (its code). */
#define I18N_COOKIE "opbak_lang"

struct i18n_language {
	const char *code;   /* "da": <html lang>, cookie, users.lang */
	const char *locale; /* "da_DK.UTF-8": the locale gettext follows */
	const char *name;   /* "Dansk": the language's own name */
};
/* The shipped languages, English first; ends with a NULL code. */
extern const struct i18n_language i18n_languages[];
/* Their codes, in the same order, NULL-ended: a form's choices. */
extern const char *const i18n_codes[];
#define I18N_MAX 8 /* room for languages in i18n_languages */

/* Bind the catalogues under root/build/locale, make each language's locale
 * (root/build/locales) and use the site default. A language whose locale
 * cannot be made is logged and left out. */
void i18n_init(const char *root);
/* Make code this worker's language: 0, or -1 (nothing changes) when code
 * is not a shipped language. */
int i18n_use(const char *code);
/* Use the site default. */
void i18n_use_default(void);
/* A visitor's language: the one his cookie names (chosen), else the best
 * of accept_language, else the site default. Either may be NULL. */
void i18n_choose(const char *chosen, const char *accept_language);
/* The current language's code for <html lang>: "en", "da", ... */
const char *i18n_lang(void);
/* Its index in i18n_languages (for per-language caches). */
int i18n_index(void);
/* The shipped language with this code (exactly, as stored or in a
 * cookie), or NULL. */
const struct i18n_language *i18n_find(const char *code);
/* The shipped language an Accept-Language header prefers most (RFC 9110
 * 12.5.4: highest q, then first listed; "da-DK" matches "da"; q=0 means
 * not this one), or NULL when it names none of them. */
const char *i18n_negotiate(const char *accept_language);

#ifdef __cplusplus
}
#endif

#endif
