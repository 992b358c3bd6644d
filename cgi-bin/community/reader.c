/*
 * reader.c - the guards over what a reader sees (see reader.h): read the
 * text each way once, then ask each guard of each reading.
 */
#include "reader.h"

#include <string.h>

#include "contact.h"
#include "crisis.h"
#include "links.h"
#include "markdown.h"
#include "text.h"

void reader_view(struct arena *a, const char *text, enum reader_form form, struct reader_view *v)
{
	memset(v, 0, sizeof *v);
	v->raw = text ? text : "";
	v->typed = text_seen(a, v->raw);
	if (form == READER_MARKDOWN)
		v->shown = text_seen(a, md_reader_text(a, v->raw, strlen(v->raw), &v->links));
}

/* The readings in the order a message prefers to quote them, each once:
 * a reading equal to an earlier one (plain text reads the same every way)
 * would only give a guard the same answer again. Returns how many. */
static size_t reader_readings(const struct reader_view *v, const char *out[3])
{
	const char *all[3] = {v->shown, v->typed, v->raw};
	size_t n = 0;
	for (size_t i = 0; i < 3; i++) {
		int again = !all[i];
		for (size_t j = 0; j < i && !again; j++)
			again = all[j] && strcmp(all[j], all[i]) == 0;
		if (!again)
			out[n++] = all[i];
	}
	return n;
}

const char *reader_personal_info(struct arena *a, const struct reader_view *v)
{
	const char *readings[3];
	size_t n = reader_readings(v, readings);
	for (size_t i = 0; i < n; i++) {
		const char *why = guard_personal_info(a, readings[i]);
		if (why)
			return why;
	}
	return NULL;
}

int reader_has_link(const struct reader_view *v)
{
	if (v->links > 0)
		return 1;
	const char *readings[3];
	size_t n = reader_readings(v, readings);
	for (size_t i = 0; i < n; i++)
		if (guard_has_link(readings[i]))
			return 1;
	return 0;
}

int reader_crisis(const struct reader_view *v)
{
	const char *readings[3];
	size_t n = reader_readings(v, readings);
	for (size_t i = 0; i < n; i++)
		if (guard_crisis(readings[i]))
			return 1;
	return 0;
}
