/*
 * i18n.c - gettext set-up for a worker.
 */
#include "i18n.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

void i18n_init(const char *root)
{
	char dir[4096];
	snprintf(dir, sizeof dir, "%s/build/locale", root ? root : ".");
	/* A UTF-8 locale for gettext's output charset; the language itself is
	 * chosen by LANGUAGE, which gettext honours whatever the locale. */
	if (!setlocale(LC_MESSAGES, "C.UTF-8"))
		setlocale(LC_MESSAGES, "");
	const char *lang = getenv("OPBAK_LANG");
	/* OPBAK_LANG alone decides: an inherited LANGUAGE must not turn an
	 * English site into a Danish one under <html lang="en">. */
	if (lang && *lang)
		setenv("LANGUAGE", lang, 1);
	else
		unsetenv("LANGUAGE");
	bindtextdomain("opbak", dir);
	bind_textdomain_codeset("opbak", "UTF-8");
	textdomain("opbak");
}

const char *i18n_lang(void)
{
	const char *lang = getenv("OPBAK_LANG");
	return lang && *lang ? lang : "en";
}
