/*
 * form.c - field checks: encoding first, then length, then the handler's
 * own rules.
 */
#include "form.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "text.h"
#include "tmpl.h"

/* Normalise CRLF and lone CR to LF, in place (only shrinks). */
static size_t normalise_newlines(char *s, size_t len)
{
	size_t o = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\r') {
			s[o++] = '\n';
			if (i + 1 < len && s[i + 1] == '\n')
				i++;
		} else {
			s[o++] = s[i];
		}
	}
	s[o] = '\0';
	return o;
}

static const char *check_value(struct request *req, const struct field *fd, const char *raw,
                               size_t len, const char **clean)
{
	char *v = arena_strndup(req->arena, raw, len);
	if (fd->flags & FIELD_MULTILINE)
		len = normalise_newlines(v, len);
	long chars = utf8_count(v, len);
	if (chars < 0) {
		*clean = utf8_clean(req->arena, v, len);
		return _("contains bytes that are not valid UTF-8 text");
	}
	if (memchr(v, '\0', len)) {
		*clean = utf8_clean(req->arena, v, len);
		return _("contains a NUL character");
	}
	*clean = v;
	/* C1 controls (U+0080-U+009F, UTF-8 C2 80..C2 9F) are as invisible
	 * and as useless in a post as C0 ones. */
	for (size_t i = 0; i + 1 < len; i++)
		if ((unsigned char)v[i] == 0xC2 && (unsigned char)v[i + 1] >= 0x80 &&
		    (unsigned char)v[i + 1] <= 0x9F)
			return _("contains control characters");
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)v[i];
		if ((c < 0x20 && !(c == '\n' && (fd->flags & FIELD_MULTILINE)) &&
		     !(c == '\t' && (fd->flags & FIELD_MULTILINE))) ||
		    c == 0x7f)
			return _("contains control characters");
	}
	if (chars > fd->max)
		return arena_printf(req->arena, _("is too long: %ld characters, at most %d"), chars,
		                    fd->max);
	if (fd->min > 0 && chars == 0)
		return _("is required");
	if (chars < fd->min)
		return arena_printf(req->arena, _("is too short: at least %d characters"), fd->min);
	return NULL;
}

int form_read(struct request *req, const struct kvlist *src, const struct field *fields,
              size_t count, struct form *f)
{
	f->fields = fields;
	f->count = count;
	f->values = arena_calloc(req->arena, count, sizeof(char *));
	f->errors = arena_calloc(req->arena, count, sizeof(char *));
	f->failed = 0;
	for (size_t i = 0; i < count; i++) {
		const struct kv *kv = kv_find(src, fields[i].name);
		const char *clean = "";
		const char *problem;
		if (!kv)
			problem = fields[i].min > 0 ? _("is required") : NULL;
		else
			problem = check_value(req, &fields[i], kv->value, kv->len, &clean);
		f->values[i] = clean;
		if (problem) {
			f->errors[i] =
			    arena_printf(req->arena, "%s %s", _(fields[i].label), problem);
			f->failed = 1;
		}
	}
	return f->failed ? -1 : 0;
}

static long field_index(const struct form *f, const char *name)
{
	for (size_t i = 0; i < f->count; i++)
		if (strcmp(f->fields[i].name, name) == 0)
			return (long)i;
	return -1;
}

const char *form_value(const struct form *f, const char *name)
{
	long i = field_index(f, name);
	return i < 0 ? "" : f->values[i];
}

void form_error(struct form *f, const char *name, const char *message)
{
	long i = field_index(f, name);
	if (i < 0)
		return;
	if (!f->errors[i])
		f->errors[i] = message;
	f->failed = 1;
}

void form_fill(const struct form *f, struct tmpl_dict *d)
{
	char key[LIMIT_FIELD_NAME + 16];
	struct tmpl_dict *summary = NULL;
	for (size_t i = 0; i < f->count; i++) {
		const struct field *fd = &f->fields[i];
		if (!(fd->flags & FIELD_SECRET))
			tmpl_set(d, fd->name, f->values[i]);
		if (f->errors[i]) {
			snprintf(key, sizeof key, "%s_error", fd->name);
			tmpl_set(d, key, f->errors[i]);
			snprintf(key, sizeof key, "%s_invalid", fd->name);
			tmpl_show(d, key);
			if (!summary) {
				summary = tmpl_include(d, "form_errors", "core/form_errors.tpl");
				tmpl_show(summary, "form_errors_any");
			}
			struct tmpl_dict *row = tmpl_add(summary, "form_errors");
			tmpl_set(row, "field", fd->name);
			tmpl_set(row, "message", f->errors[i]);
		}
	}
}
