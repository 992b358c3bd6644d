/*
 * markdown.c - libcmark, safe mode, smart punctuation off (members write
 * in Danish and Swedish too; their quotes stay as typed).
 */
#include "markdown.h"

#include <cmark.h>
#include <stdlib.h>
#include <string.h>

char *md_render(struct arena *a, const char *text, size_t len)
{
	/* CMARK_OPT_SAFE is the default since 0.29; say it anyway, and never
	 * pass CMARK_OPT_UNSAFE. Hard breaks keep members' line breaks. */
	char *html = cmark_markdown_to_html(
	    text, len, CMARK_OPT_SAFE | CMARK_OPT_HARDBREAKS | CMARK_OPT_VALIDATE_UTF8);
	if (!html)
		return arena_strdup(a, "");
	char *r = arena_strdup(a, html);
	free(html);
	return r;
}
