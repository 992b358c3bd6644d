/*
 * reader.h - what a reader sees of a member's text, and the guards (see
 * guard.h) run over that rather than over the bytes he typed.
 *
 * A filter on the typed text is beaten by writing what the page will
 * show in another way: "kid&#64;example.com" and "kid＠example.com" are
 * both shown as an e-mail address, "2&#48; 12 34 56" and fullwidth digits
 * as a phone number, "[1]: &#47;&#47;evil&#46;example" as a link. So each
 * guard reads the text three ways and any find counts:
 *
 *   shown   Markdown fields: what md_render's page shows (markdown.h:
 *           md_reader_text: references decoded, marks gone, link
 *           destinations and titles, raw HTML's text), then text_seen
 *           (NFKC, invisible characters dropped, look-alikes read as what
 *           they look like);
 *   typed   text_seen of the text as typed: what a plain-text field (a
 *           title, shown escaped, so "&#64;" stays "&#64;") shows, and
 *           in a Markdown field what the page hides (an unused reference
 *           definition, an HTML comment);
 *   raw     the bytes as typed, exactly what the guards read before.
 *
 * A message quotes the find in the first reading that has one, so the
 * member sees his text as readers would ("kid@example.com").
 */
#ifndef OPBAK_READER_H
#define OPBAK_READER_H

#include "arena.h"

/* How the page shows a field. */
enum reader_form {
	READER_PLAIN,    /* escaped text: titles */
	READER_MARKDOWN, /* md_render: bodies of posts and backings */
};

struct reader_view {
	const char *shown; /* READER_MARKDOWN: the page's text, normalised; else NULL */
	const char *typed; /* the typed text, normalised */
	const char *raw;   /* the typed text */
	int links;         /* links and images the page renders (Markdown) */
};

/* Read text (NULL reads as "") as the page will show it, into *v; the
 * strings live in a. */
void reader_view(struct arena *a, const char *text, enum reader_form form, struct reader_view *v);

/* guard_personal_info (contact.h) over every reading: NULL when all are
 * fine, else the message, quoting the first reading with a find. */
const char *reader_personal_info(struct arena *a, const struct reader_view *v);

/* Whether the page shows a link: a link or image cmark renders, or
 * guard_has_link (links.h) in any reading. */
int reader_has_link(const struct reader_view *v);

/* guard_crisis (crisis.h) over every reading. */
int reader_crisis(const struct reader_view *v);

#endif
