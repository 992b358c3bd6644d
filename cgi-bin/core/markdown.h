/*
 * markdown.h - CommonMark to HTML, safe for pages.
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

#endif
