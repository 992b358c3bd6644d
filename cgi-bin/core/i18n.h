/*
 * i18n.h - translatable text (GNU gettext, domain "opbak").
 *
 * C strings a user reads are written in English inside _("...") and
 * extracted with xgettext. Template strings are written [[like this]] and
 * translated when the template is loaded (see tmpl.h); scripts/po-extract
 * collects both into po/opbak.pot. A language is a catalogue po/<lang>.po,
 * compiled by `make` into build/locale; the process language comes from
 * OPBAK_LANG (default English).
 */
#ifndef OPBAK_I18N_H
#define OPBAK_I18N_H

#include <libintl.h>

#define _(s)  gettext(s)
#define N_(s) (s)

/* Bind the catalogue directory under root and select OPBAK_LANG. */
void i18n_init(const char *root);
/* The page language code for <html lang>: OPBAK_LANG or "en". */
const char *i18n_lang(void);

#endif
