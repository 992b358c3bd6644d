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
	FIELD_REQUIRED = 4,  /* an id, number or choice that must be there */
};

/* What a field holds. Text is checked for encoding and length; the other
 * kinds also become a number (form_int). */
enum field_kind {
	FIELD_TEXT = 0, /* min..max characters; min 0 = optional */
	FIELD_ID,       /* a row id: 1 to 4294967295 in plain digits; absent = 0 */
	FIELD_INT,      /* a whole number from min to max; absent = 0 */
	FIELD_CHOICE,   /* one of choices (NULL-ended); the number is its index, absent = -1 */
	FIELD_CHECK,    /* a checkbox: absent (0) or "1" (1) */
	FIELD_ID_LIST,  /* a field sent any number of times (ticked boxes of one
	                   name), each a row id; at most max of them; the number is
	                   how many (form_ids) */
};

struct field {
	const char *name;  /* form field name, also the template key */
	const char *label; /* for messages, English source (translated) */
	int min;           /* TEXT: characters; INT: smallest value */
	int max;           /* TEXT: characters; INT: largest value */
	unsigned flags;
	enum field_kind kind;
	const char *const *choices; /* FIELD_CHOICE: the allowed values, NULL-ended */
};

/* Declaring fields: one line each in a static table. A table handed to
 * a route ends with FIELDS_END. */
// clang-format off
#define TEXT_FIELD(name, label, min, max, flags)  {name, label, min, max, flags, FIELD_TEXT, NULL}
#define ID_FIELD(name, label, flags)              {name, label, 0, 0, flags, FIELD_ID, NULL}
#define INT_FIELD(name, label, lo, hi, flags)     {name, label, lo, hi, flags, FIELD_INT, NULL}
#define CHOICE_FIELD(name, label, choices, flags) {name, label, 0, LIMIT_CHOICE_MAX, flags, FIELD_CHOICE, choices}
#define CHECK_FIELD(name, label)                  {name, label, 0, LIMIT_CHECKBOX, 0, FIELD_CHECK, NULL}
#define ID_LIST_FIELD(name, label, most)          {name, label, 0, most, 0, FIELD_ID_LIST, NULL}
#define FIELDS_END                                {NULL, NULL, 0, 0, 0, FIELD_TEXT, NULL}
// clang-format on

struct form {
	const struct field *fields;
	size_t count;
	const char **values; /* clean text per field, "" when absent */
	long long *numbers;  /* ID, INT, CHECK: the value; CHOICE: the index;
	                        ID_LIST: how many */
	long long **ids;     /* ID_LIST: the ids, in the order sent */
	const char **errors; /* message per field, NULL when fine */
	int failed;
};

/* Check every declared field in src (req->form or req->query). Returns 0
 * when all are fine, -1 when any has an error. */
int form_read(struct request *req, const struct kvlist *src, const struct field *fields,
              size_t count, struct form *f);
/* Fields in a FIELDS_END-terminated table. */
size_t form_count(const struct field *fields);
/* The clean value of a declared field. */
const char *form_value(const struct form *f, const char *name);
/* The number of a declared ID, INT, CHECK or CHOICE field (see
 * enum field_kind for absent values); 0 for an undeclared name. */
long long form_int(const struct form *f, const char *name);
/* The ids of a declared ID_LIST field; *n says how many (0 when absent). */
const long long *form_ids(const struct form *f, const char *name, size_t *n);
/* The first error that is not about free text (an id, a number, a
 * choice, a checkbox: nothing a person types), or NULL. Core answers
 * these with 400 itself; text errors go back to the form. */
const char *form_bad_value(const struct form *f);
/* Attach a handler's own message to a field (e.g. "That name is taken"). */
void form_error(struct form *f, const char *name, const char *message);
/* 1 when the field already has an error (the door refused its length or
 * bytes, or a handler's form_error): a handler's own check of it can
 * skip it, so each field shows one message. */
int form_failed(const struct form *f, const char *name);
/* The field's message, or NULL: for a page that lays out its fields
 * itself (a row per setting) rather than through form_fill's names. */
const char *form_error_of(const struct form *f, const char *name);
/* Put values as {{name}}, errors as {{name_error}} (+ section
 * {{#name_invalid}}), and fill the include {{>form_errors}} with a
 * summary that links each message to its field. */
void form_fill(const struct form *f, struct tmpl_dict *d);

#endif
