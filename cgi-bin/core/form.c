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
	int max = fd->max;
	switch (fd->kind) {
	case FIELD_TEXT: break;
	case FIELD_ID: max = LIMIT_ID_DIGITS; break;
	case FIELD_INT: max = LIMIT_INT_DIGITS; break;
	case FIELD_CHOICE: max = LIMIT_CHOICE_MAX; break;
	case FIELD_ID_LIST: max = LIMIT_ID_DIGITS; break;
	case FIELD_CHECK: max = LIMIT_CHECKBOX; break;
	}
	if (chars > max)
		return arena_printf(req->arena, _("is too long: %ld characters, at most %d"), chars,
		                    max);
	if (fd->kind != FIELD_TEXT)
		return NULL;
	if (fd->min > 0 && chars == 0)
		return _("is required");
	if (chars < fd->min)
		return arena_printf(req->arena, _("is too short: at least %d characters"), fd->min);
	return NULL;
}

/* "must be one of: “week”, “month”, “all”": the values quoted, as they
 * are written in an address whatever the page's language. */
static const char *choice_problem(struct request *req, const struct field *fd)
{
	struct buf list = {0};
	for (size_t i = 0; fd->choices && fd->choices[i]; i++)
		buf_printf(&list, "%s\u201c%s\u201d", i ? ", " : "", fd->choices[i]);
	const char *msg =
	    arena_printf(req->arena, _("must be one of: %s"), list.data ? list.data : "");
	buf_free(&list);
	return msg;
}

static const char *check_number(struct request *req, const struct field *fd, const char *v,
                                long long *out);

/* Every occurrence of an ID_LIST field: each must be an id, at most
 * fd->max of them. NULL when fine, else the problem. */
static const char *read_id_list(struct request *req, const struct kvlist *src,
                                const struct field *fd, long long **ids, long long *count)
{
	size_t n = 0;
	for (size_t i = 0; i < src->count; i++)
		n += strcmp(src->items[i].name, fd->name) == 0;
	*ids = arena_calloc(req->arena, n + 1, sizeof(long long));
	*count = 0;
	if (n > (size_t)fd->max)
		return arena_printf(req->arena, _("has too many choices: at most %d"), fd->max);
	for (size_t i = 0; i < src->count; i++) {
		const struct kv *kv = &src->items[i];
		if (strcmp(kv->name, fd->name) != 0)
			continue;
		const char *clean;
		const char *problem = check_value(req, fd, kv->value, kv->len, &clean);
		if (!problem)
			problem = check_number(req, fd, clean, &(*ids)[*count]);
		if (problem)
			return problem;
		(*count)++;
	}
	return NULL;
}

/* The number behind an ID, INT, CHECK or CHOICE value that is already
 * clean text; NULL when fine, else the problem. */
static const char *check_number(struct request *req, const struct field *fd, const char *v,
                                long long *out)
{
	switch (fd->kind) {
	case FIELD_ID:
	case FIELD_ID_LIST:
		*out = req_parse_id(v);
		return *out ? NULL : _("is not a valid reference");
	case FIELD_INT: {
		int neg = v[0] == '-';
		const char *d = v + neg;
		long long n = 0;
		size_t len = strlen(d);
		if (len == 0 || len > 10)
			goto bad_int;
		for (; *d; d++) {
			if (*d < '0' || *d > '9')
				goto bad_int;
			n = n * 10 + (*d - '0');
		}
		n = neg ? -n : n;
		if (n < fd->min || n > fd->max)
			goto bad_int;
		*out = n;
		return NULL;
	bad_int:
		return arena_printf(req->arena, _("must be a whole number from %d to %d"), fd->min,
		                    fd->max);
	}
	case FIELD_CHOICE:
		for (long long i = 0; fd->choices && fd->choices[i]; i++)
			if (strcmp(fd->choices[i], v) == 0) {
				*out = i;
				return NULL;
			}
		return choice_problem(req, fd);
	case FIELD_CHECK:
		if (strcmp(v, "1") != 0)
			return _("must be ticked or not");
		*out = 1;
		return NULL;
	case FIELD_TEXT: break;
	}
	return NULL;
}

size_t form_count(const struct field *fields)
{
	size_t n = 0;
	while (fields && fields[n].name)
		n++;
	return n;
}

int form_read(struct request *req, const struct kvlist *src, const struct field *fields,
              size_t count, struct form *f)
{
	f->fields = fields;
	f->count = count;
	f->values = arena_calloc(req->arena, count + 1, sizeof(char *));
	f->numbers = arena_calloc(req->arena, count + 1, sizeof(long long));
	f->ids = arena_calloc(req->arena, count + 1, sizeof(long long *));
	f->errors = arena_calloc(req->arena, count + 1, sizeof(char *));
	f->failed = 0;
	for (size_t i = 0; i < count; i++) {
		const struct field *fd = &fields[i];
		if (fd->kind == FIELD_ID_LIST) {
			const char *problem =
			    read_id_list(req, src, fd, &f->ids[i], &f->numbers[i]);
			f->values[i] = "";
			if (problem) {
				f->errors[i] =
				    arena_printf(req->arena, "%s %s", _(fd->label), problem);
				f->failed = 1;
			}
			continue;
		}
		const struct kv *kv = kv_find(src, fd->name);
		const char *clean = "";
		const char *problem;
		f->numbers[i] = fd->kind == FIELD_CHOICE ? -1 : 0;
		/* An empty id, number or choice is as good as absent (an
		 * unselected <select>, an emptied box). */
		if (kv && fd->kind != FIELD_TEXT && kv->len == 0)
			kv = NULL;
		if (!kv)
			problem =
			    (fd->kind == FIELD_TEXT ? fd->min > 0 : (fd->flags & FIELD_REQUIRED))
			        ? _("is required")
			        : NULL;
		else {
			problem = check_value(req, fd, kv->value, kv->len, &clean);
			if (!problem && fd->kind != FIELD_TEXT)
				problem = check_number(req, fd, clean, &f->numbers[i]);
		}
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

long long form_int(const struct form *f, const char *name)
{
	long i = field_index(f, name);
	return i < 0 ? 0 : f->numbers[i];
}

const long long *form_ids(const struct form *f, const char *name, size_t *n)
{
	long i = field_index(f, name);
	*n = i < 0 || f->fields[i].kind != FIELD_ID_LIST ? 0 : (size_t)f->numbers[i];
	return *n ? f->ids[i] : NULL;
}

const char *form_bad_value(const struct form *f)
{
	for (size_t i = 0; i < f->count; i++)
		if (f->errors[i] && f->fields[i].kind != FIELD_TEXT)
			return f->errors[i];
	return NULL;
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

const char *form_error_of(const struct form *f, const char *name)
{
	long i = field_index(f, name);
	return i >= 0 ? f->errors[i] : NULL;
}

int form_failed(const struct form *f, const char *name)
{
	return form_error_of(f, name) != NULL;
}

void form_fill(const struct form *f, struct tmpl_dict *d)
{
	char key[LIMIT_FIELD_NAME + 16];
	struct tmpl_dict *summary = NULL;
	for (size_t i = 0; i < f->count; i++) {
		const struct field *fd = &f->fields[i];
		if (!(fd->flags & FIELD_SECRET) && fd->kind != FIELD_ID_LIST)
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
