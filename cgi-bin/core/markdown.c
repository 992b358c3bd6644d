/*
 * markdown.c - libcmark, safe mode, smart punctuation off (members write
 * in Danish and Swedish too; their quotes stay as typed); and the same
 * parse walked for the text a reader sees, for the guards.
 */
#include "markdown.h"

#include <cmark.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* CMARK_OPT_SAFE is the default since 0.29; say it anyway, and never pass
 * CMARK_OPT_UNSAFE. Hard breaks keep members' line breaks. The reader's
 * text is read from a parse with the same options, so it is the tree
 * md_render renders. */
#define MD_OPTIONS (CMARK_OPT_SAFE | CMARK_OPT_HARDBREAKS | CMARK_OPT_VALIDATE_UTF8)

char *md_render(struct arena *a, const char *text, size_t len)
{
	char *html = cmark_markdown_to_html(text, len, MD_OPTIONS);
	if (!html)
		return arena_strdup(a, "");
	char *r = arena_strdup(a, html);
	free(html);
	return r;
}

/* ---- the text a reader sees ----------------------------------------------- */

/* Append a text, code or code block node's literal (NULL on no other). */
static void md_literal(struct buf *out, cmark_node *n)
{
	const char *s = cmark_node_get_literal(n);
	if (s)
		buf_puts(out, s);
}

/* Start a new block in out: a blank line after what is there. */
static void md_break(struct buf *out)
{
	if (out->len == 0 ||
	    (out->len >= 2 && out->data[out->len - 1] == '\n' && out->data[out->len - 2] == '\n'))
		return;
	buf_puts(out, out->data[out->len - 1] == '\n' ? "\n" : "\n\n");
}

/* Append a segment that stands apart from the running text (a link's
 * destination or title, raw HTML), as a block of its own. */
static void md_segment(struct buf *out, const char *s)
{
	if (!s || !*s)
		return;
	md_break(out);
	buf_puts(out, s);
}

/*
 * Raw HTML as text with its character references decoded ("kid&#64;x"
 * reads "kid@x"). cmark has no public decoder, so the HTML is handed to it
 * again as one paragraph of plain text: every ASCII punctuation character
 * but those of a reference (& # ;) is backslash-escaped so nothing in it is
 * Markdown, and line breaks and tabs become spaces so no line is a code
 * block; cmark then decodes exactly the references HTML5 knows.
 */
static void md_html_text(struct buf *out, const char *html)
{
	struct buf src = {0};
	const char *p = html ? html : "";
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	for (; *p; p++) {
		char c = *p;
		if (c == '\n' || c == '\r' || c == '\t')
			c = ' ';
		else if (c > ' ' && c < 0x7F &&
		         !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
		           (c >= 'A' && c <= 'Z') || c == '&' || c == '#' || c == ';'))
			buf_putc(&src, '\\');
		buf_putc(&src, c);
	}
	if (src.len == 0)
		return;
	cmark_node *doc = cmark_parse_document(src.data, src.len, MD_OPTIONS);
	buf_free(&src);
	if (!doc)
		return;
	md_break(out);
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		int type = cmark_node_get_type(n);
		if (ev == CMARK_EVENT_ENTER && (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE))
			md_literal(out, n);
		else if (ev == CMARK_EVENT_ENTER && type != CMARK_NODE_DOCUMENT &&
		         type != CMARK_NODE_PARAGRAPH && type != CMARK_NODE_HEADING)
			buf_putc(out, ' '); /* not expected: keep words apart */
	}
	cmark_iter_free(it);
	cmark_node_free(doc);
}

/*
 * The number a reader sees before an item of an ordered list: the list's
 * start plus the item's place. Each item keeps its number in its user
 * data, so the next one adds one instead of counting its elder siblings
 * (a long list stays linear).
 */
static int md_item_number(cmark_node *item)
{
	cmark_node *prev = cmark_node_previous(item);
	intptr_t number;
	if (prev)
		number = (intptr_t)cmark_node_get_user_data(prev) + 1;
	else
		number = cmark_node_get_list_start(cmark_node_parent(item));
	if (number > 999999999)
		number = 999999999; /* cmark's own bound on a start (9 digits) */
	cmark_node_set_user_data(item, (void *)number);
	return (int)number;
}

char *md_reader_text(struct arena *a, const char *text, size_t len, int *links)
{
	struct buf out = {0}, side = {0};
	size_t marker = 0; /* out's length right after an item's number */
	int in_image = 0;  /* images open around the node (alt text) */
	*links = 0;
	cmark_node *doc = cmark_parse_document(text, len, MD_OPTIONS);
	if (!doc)
		return arena_strdup(a, "");
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		if (ev == CMARK_EVENT_EXIT && cmark_node_get_type(n) == CMARK_NODE_IMAGE)
			in_image--;
		if (ev != CMARK_EVENT_ENTER)
			continue;
		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_PARAGRAPH:
		case CMARK_NODE_HEADING:
		case CMARK_NODE_BLOCK_QUOTE:
		case CMARK_NODE_THEMATIC_BREAK:
			if (!marker || out.len != marker) /* "1. one": the item's first line */
				md_break(&out);
			break;
		case CMARK_NODE_ITEM:
			if (!marker || out.len != marker)
				md_break(&out);
			if (cmark_node_get_list_type(cmark_node_parent(n)) == CMARK_ORDERED_LIST) {
				int number = md_item_number(n);
				int paren = cmark_node_get_list_delim(cmark_node_parent(n)) ==
				            CMARK_PAREN_DELIM;
				buf_printf(&out, paren ? "%d) " : "%d. ", number);
				marker = out.len;
			}
			break;
		case CMARK_NODE_CODE_BLOCK:
			if (!marker || out.len != marker)
				md_break(&out);
			md_literal(&out, n);
			break;
		case CMARK_NODE_TEXT:
		case CMARK_NODE_CODE: md_literal(&out, n); break;
		case CMARK_NODE_SOFTBREAK:
		case CMARK_NODE_LINEBREAK: buf_putc(&out, '\n'); break;
		case CMARK_NODE_HTML_BLOCK:
		case CMARK_NODE_HTML_INLINE:
		case CMARK_NODE_CUSTOM_BLOCK:
		case CMARK_NODE_CUSTOM_INLINE:
			/* Safe mode shows none of it: the running text goes on as the
			 * reader sees it, and the HTML's own text is read apart. */
			md_html_text(&side, cmark_node_get_literal(n));
			break;
		case CMARK_NODE_LINK:
		case CMARK_NODE_IMAGE:
			/* In an image's alt text a link or image is shown as its text
			 * only: not counted, but its destination is still read. */
			if (!in_image)
				(*links)++;
			if (cmark_node_get_type(n) == CMARK_NODE_IMAGE)
				in_image++;
			md_segment(&side, cmark_node_get_url(n));
			md_segment(&side, cmark_node_get_title(n));
			break;
		default: break;
		}
	}
	cmark_iter_free(it);
	cmark_node_free(doc);
	if (side.len) {
		md_break(&out);
		buf_append(&out, side.data, side.len);
	}
	char *r = arena_strndup(a, out.data ? out.data : "", out.len);
	buf_free(&out);
	buf_free(&side);
	return r;
}

/* ---- an excerpt ------------------------------------------------------------ */

/* The running text of a parse, blocks and line breaks as spaces, raw HTML
 * left out (safe mode shows none of it). */
static void plain_text(cmark_node *doc, struct buf *out)
{
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		int type = cmark_node_get_type(n);
		if (ev == CMARK_EVENT_EXIT) {
			if (type >= CMARK_NODE_FIRST_BLOCK && type <= CMARK_NODE_LAST_BLOCK)
				buf_putc(out, ' ');
			continue;
		}
		if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE ||
		    type == CMARK_NODE_CODE_BLOCK) {
			const char *s = cmark_node_get_literal(n);
			if (s)
				buf_puts(out, s);
			if (type == CMARK_NODE_CODE_BLOCK)
				buf_putc(out, ' ');
		} else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
			buf_putc(out, ' ');
		}
	}
	cmark_iter_free(it);
}

char *md_excerpt(struct arena *a, const char *text, size_t len, size_t max)
{
	struct buf all = {0};
	cmark_node *doc = cmark_parse_document(text, len, MD_OPTIONS);
	if (doc) {
		plain_text(doc, &all);
		cmark_node_free(doc);
	}
	char *plain = all.data ? all.data : "";
	/* One line: every run of white space one space. */
	size_t n = 0;
	int space = 1; /* drops leading white space */
	for (size_t i = 0; i < all.len; i++) {
		char c = plain[i];
		int ws = c == ' ' || c == '\n' || c == '\t' || c == '\r';
		if (ws && space)
			continue;
		plain[n++] = ws ? ' ' : c;
		space = ws;
	}
	while (n > 0 && plain[n - 1] == ' ')
		n--;
	int more = n > max;
	if (more) {
		size_t cut = max;
		while (cut > 0 && ((unsigned char)plain[cut] & 0xC0) == 0x80)
			cut--; /* not inside a character */
		size_t word = cut;
		while (word > 0 && plain[word] != ' ')
			word--;
		n = word > max / 2 ? word : cut; /* a word's end, unless the word is huge */
		while (n > 0 && plain[n - 1] == ' ')
			n--;
	}
	char *r = arena_alloc(a, n + sizeof "…");
	memcpy(r, plain, n);
	strcpy(r + n, more ? "…" : "");
	buf_free(&all);
	return r;
}
