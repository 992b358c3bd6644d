/*
 * markdown.h - CommonMark to HTML, safe for pages; and the text a reader
 * of that HTML sees.
 *
 * libcmark in safe mode: raw HTML in the source is dropped and links or
 * images to javascript:, vbscript:, file: and data: (except images) are
 * removed. The result is the only text templates may print with :none.
 */
#ifndef OPBAK_MARKDOWN_H
#define OPBAK_MARKDOWN_H

#include <stddef.h>

#include "arena.h"

/* Render len bytes of Markdown; the HTML lives in the arena. */
char *md_render(struct arena *a, const char *text, size_t len);

/*
 * The text a reader of md_render's page sees, from the same parse, for
 * the guards (guard.h): character references decoded (cmark decodes
 * "&#64;" and "&commat;" in text, code and link destinations alike), the
 * Markdown marks gone, inline pieces joined as they are shown ("2*0* 12"
 * reads "20 12"), ordered lists' numbers as shown, blocks apart by a
 * blank line. After the running text, each a block of its own: every link
 * and image destination and title (an autolink's too), and the text of
 * raw HTML with its references decoded (safe mode shows none of it; read
 * anyway, so nothing hides there). *links is the number of links and
 * images cmark renders (any destination, "//host" and autolinks
 * included; one inside an image's alt text is shown as text, so not
 * counted, though its destination is read). Not normalised (text.h:
 * text_seen). Allocated from a.
 */
char *md_reader_text(struct arena *a, const char *text, size_t len, int *links);

/* The beginning of what a reader of md_render's page reads, as plain text
 * on one line, for a list: the Markdown marks and raw HTML gone, runs of
 * white space one space, cut at a word before max bytes (never inside a
 * UTF-8 character) with "…" after it when there was more. Allocated from a. */
char *md_excerpt(struct arena *a, const char *text, size_t len, size_t max);

#endif
