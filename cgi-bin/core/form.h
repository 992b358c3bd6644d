/*
 * form.h - declare a form's fields, check them at the door, refill the
 * form on error.
 *
 * A handler declares its fields once (a static table) and calls
 * form_read() first. Every value is checked for valid UTF-8, NUL and
 * control characters, and its length in characters; the handler then
 * sees clean text or the list of errors. On error it shows the same form
 * with form_fill(): each value comes back (invalid bytes replaced by
 * U+FFFD) and each message sits next to its field, answering 400.
 */
#ifndef OPBAK_FORM_H
#define OPBAK_FORM_H

#include <stddef.h>

#include "request.h"

struct tmpl_dict;

enum {
	FIELD_MULTILINE = 1, /* newlines allowed (CRLF becomes LF) */
	FIELD_SECRET = 2,    /* never refilled into the page (passwords) */
};

struct field {
	const char *name;  /* form field name, also the template key */
	const char *label; /* for messages, English source (translated) */
	int min;           /* characters; 0 = optional */
	int max;           /* characters */
	unsigned flags;
};

struct form {
	const struct field *fields;
	size_t count;
	const char **values; /* clean text per field, "" when absent */
	const char **errors; /* message per field, NULL when fine */
	int failed;
};

/* Check every declared field in src (req->form or req->query). Returns 0
 * when all are fine, -1 when any has an error. */
int form_read(struct request *req, const struct kvlist *src, const struct field *fields,
              size_t count, struct form *f);
/* The clean value of a declared field. */
const char *form_value(const struct form *f, const char *name);
/* Attach a handler's own message to a field (e.g. "That name is taken"). */
void form_error(struct form *f, const char *name, const char *message);
/* Put values as {{name}}, errors as {{name_error}} (+ section
 * {{#name_invalid}}), and fill the include {{>form_errors}} with a
 * summary that links each message to its field. */
void form_fill(const struct form *f, struct tmpl_dict *d);

#endif
