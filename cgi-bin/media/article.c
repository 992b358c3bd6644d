/*
 * article.c - what the public pages and the editor's desk share: the rules
 * of an article's address, its Markdown checked for its editor, and the
 * page of one article (the public page and the desk's preview are the
 * same template, so a preview is what the public will see).
 */
#include <cmark.h>
#include <string.h>
#include <strings.h>

#include "db.h"
#include "i18n.h"
#include "limits.h"
#include "media.h"
#include "page.h"
#include "tmpl.h"
#include "when.h"

int article_slug_valid(const char *s)
{
	size_t n = strlen(s);
	if (n < LIMIT_ARTICLE_SLUG_MIN || n > LIMIT_ARTICLE_SLUG_MAX || s[0] == '-' ||
	    s[n - 1] == '-')
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return 0;
	return 1;
}

/* Latin letters outside a-z, as UTF-8, and how they are spelt in a slug. */
static const struct {
	const char *utf8, *ascii;
} spelled[] = {
    {"æ", "ae"}, {"Æ", "ae"}, {"ø", "oe"}, {"Ø", "oe"}, {"å", "aa"}, {"Å", "aa"},
    {"ä", "ae"}, {"Ä", "ae"}, {"ö", "oe"}, {"Ö", "oe"}, {"ü", "ue"}, {"Ü", "ue"},
    {"ß", "ss"}, {"é", "e"},  {"É", "e"},  {"è", "e"},  {"ê", "e"},  {"á", "a"},
    {"à", "a"},  {"í", "i"},  {"ó", "o"},  {"ú", "u"},  {"ñ", "n"},  {"ç", "c"},
};

#define SLUG_FROM_TITLE_MAX 60

char *article_slug_from(struct arena *a, const char *title)
{
	char out[SLUG_FROM_TITLE_MAX + 3] = {0};
	size_t n = 0;
	const char *p = title;
	while (*p && n < SLUG_FROM_TITLE_MAX) {
		unsigned char c = (unsigned char)*p;
		const char *add = NULL;
		char one[2] = {0, 0};
		size_t used = 1;
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			one[0] = (char)c;
			add = one;
		} else if (c >= 'A' && c <= 'Z') {
			one[0] = (char)(c - 'A' + 'a');
			add = one;
		} else if (c >= 0x80) {
			for (size_t i = 0; i < sizeof spelled / sizeof spelled[0]; i++) {
				size_t len = strlen(spelled[i].utf8);
				if (strncmp(p, spelled[i].utf8, len) == 0) {
					add = spelled[i].ascii;
					used = len;
					break;
				}
			}
			if (!add) /* skip the rest of this character */
				while ((unsigned char)p[used] >= 0x80 &&
				       (unsigned char)p[used] < 0xC0)
					used++;
		}
		if (add) {
			for (const char *q = add; *q && n < SLUG_FROM_TITLE_MAX; q++)
				out[n++] = *q;
		} else if (n > 0 && out[n - 1] != '-') {
			out[n++] = '-';
		}
		p += used;
	}
	/* Cut inside a word: back to the last '-' (when there is one). */
	if (*p && n == SLUG_FROM_TITLE_MAX) {
		size_t cut = n;
		while (cut > 0 && out[cut - 1] != '-')
			cut--;
		if (cut > 0)
			n = cut;
	}
	while (n > 0 && out[n - 1] == '-')
		n--;
	if (n < LIMIT_ARTICLE_SLUG_MIN)
		return arena_strdup(a, "article");
	out[n] = '\0';
	return arena_strdup(a, out);
}

/* 1 when url names a scheme the page would remove (markdown.h). */
static int bad_url(const char *url, int image)
{
	while (*url == ' ' || *url == '\t')
		url++;
	static const char *const schemes[] = {"javascript:", "vbscript:", "file:", "data:"};
	for (size_t i = 0; i < sizeof schemes / sizeof schemes[0]; i++)
		if (strncasecmp(url, schemes[i], strlen(schemes[i])) == 0)
			return !(image && i == 3);
	return 0;
}

const char *article_markdown_problem(const char *body)
{
	cmark_node *doc = cmark_parse_document(body, strlen(body), CMARK_OPT_DEFAULT);
	if (!doc)
		return _("The text could not be read.");
	const char *problem = NULL;
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;
	while (!problem && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		if (ev != CMARK_EVENT_ENTER)
			continue;
		cmark_node *node = cmark_iter_get_node(it);
		switch (cmark_node_get_type(node)) {
		case CMARK_NODE_HTML_BLOCK:
		case CMARK_NODE_HTML_INLINE:
			problem =
			    _("The text holds raw HTML, which the page does not show. Use "
			      "Markdown instead (for example **bold** or [a link](https://...)).");
			break;
		case CMARK_NODE_LINK:
		case CMARK_NODE_IMAGE: {
			const char *url = cmark_node_get_url(node);
			if (url && bad_url(url, cmark_node_get_type(node) == CMARK_NODE_IMAGE))
				problem =
				    _("The text holds a link to a javascript:, vbscript:, file: or "
				      "data: address. Link only to web pages (https://...).");
			break;
		}
		default: break;
		}
	}
	cmark_iter_free(it);
	cmark_node_free(doc);
	return problem;
}

void article_fill(struct request *req, struct tmpl_dict *d, const struct db_rows *r, size_t i)
{
	page_row(d, r, i);
	if (db_get(r, i, "cover_path"))
		tmpl_show(d, "cover"); /* decorative: the title says what it is about */
	const char *when = db_get(r, i, "public_at");
	if (when) {
		when_set(req, d, "day", when, WHEN_DAY);
		tmpl_show(d, "dated");
	}
}
