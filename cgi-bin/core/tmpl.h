/*
 * tmpl.h - a thin C interface over Google's ctemplate.
 *
 * Templates are files *.tpl beside the code that fills them; each starts
 * with {{%AUTOESCAPE context="HTML"}} (or XML/JSON), so every {{value}} is
 * escaped for where it stands unless the template says {{value:none}},
 * which only Markdown rendered by core (markdown.h) may use.
 *
 * Text in templates is written [[English text]] and replaced, when the
 * template is loaded, by its translation (i18n.h), so translation costs
 * nothing per request. Templates are loaded once per worker and never
 * re-read.
 *
 * Dictionaries: tmpl_new() makes a root that the caller frees with
 * tmpl_free(); section rows and includes belong to their parent.
 */
#ifndef OPBAK_TMPL_H
#define OPBAK_TMPL_H

#include <stddef.h>

#include "arena.h"

#ifdef __cplusplus
extern "C" {
#endif

struct tmpl_dict;

/* Load every *.tpl in root/dir as "dir/<file>.tpl". -1 if one fails to
 * read or parse (the error is logged). */
int tmpl_load_dir(const char *root, const char *dir);
/* Register a template from memory under name (used by tests). */
int tmpl_load_string(const char *name, const char *text, size_t len);

struct tmpl_dict *tmpl_new(const char *name);
void tmpl_free(struct tmpl_dict *d);

void tmpl_set(struct tmpl_dict *d, const char *key, const char *value);
void tmpl_setn(struct tmpl_dict *d, const char *key, const char *value, size_t len);
void tmpl_set_int(struct tmpl_dict *d, const char *key, long long value);
/* Show a section once ({{#name}}...{{/name}}). */
void tmpl_show(struct tmpl_dict *d, const char *section);
/* Add a row to a repeated section and show it; the row inherits values
 * from d. */
struct tmpl_dict *tmpl_add(struct tmpl_dict *d, const char *section);
/* Fill the include marker {{>marker}} with template name. */
struct tmpl_dict *tmpl_include(struct tmpl_dict *d, const char *marker, const char *name);

/* Expand template name with d, appending to out. -1 if unknown. */
int tmpl_expand(const char *name, const struct tmpl_dict *d, struct buf *out);

/* Translate [[...]] markers in a template's text (exposed for tests). */
char *tmpl_translate(struct arena *a, const char *text, size_t len);

#ifdef __cplusplus
}
#endif

#endif
