/*
 * feedxml.c - RSS 2.0 over libxml2's xmlTextWriter (see feedxml.h).
 *
 * The writer escapes markup characters; what it does not do is refuse
 * bytes XML 1.0 cannot hold (a \x01 in a title would make the whole feed
 * unreadable to a strict reader), so every string passes through
 * feedxml_clean() first. The writer writes through an output callback
 * straight into the caller's struct buf: no intermediate copy. The
 * end of every feed handler is here too (feedxml_respond): the 500 when
 * the writer failed, Last-Modified, the type, cacheable.
 */
#include "feedxml.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlIO.h>
#include <libxml/xmlwriter.h>

#include "i18n.h"
#include "page.h"
#include "request.h"
#include "response.h"
#include "when.h"

#define MAX_PREFIXES 8

struct feedxml {
	xmlTextWriterPtr w;
	struct buf *out;
	struct buf scratch; /* the cleaned copy of the string being written */
	const char *prefixes[MAX_PREFIXES];
	size_t nprefixes;
	int failed;
};

/* ---- text XML can carry --------------------------------------------- */

static int xml_char_allowed(unsigned long c)
{
	return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
	       (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

/* Decode one UTF-8 sequence at s (n bytes left). Returns its length and
 * sets *cp, or 0 when the sequence is invalid (overlong, surrogate, too
 * large, truncated). */
static size_t utf8_decode(const unsigned char *s, size_t n, unsigned long *cp)
{
	unsigned long c;
	size_t len;
	unsigned long min;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	} else if ((s[0] & 0xE0) == 0xC0) {
		c = s[0] & 0x1F, len = 2, min = 0x80;
	} else if ((s[0] & 0xF0) == 0xE0) {
		c = s[0] & 0x0F, len = 3, min = 0x800;
	} else if ((s[0] & 0xF8) == 0xF0) {
		c = s[0] & 0x07, len = 4, min = 0x10000;
	} else {
		return 0;
	}
	if (len > n)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return len;
}

void feedxml_clean(struct buf *out, const char *text)
{
	const unsigned char *s = (const unsigned char *)(text ? text : "");
	size_t n = strlen((const char *)s);
	buf_append(out, "", 0); /* NUL-terminated even when empty */
	while (n > 0) {
		unsigned long c;
		size_t len = utf8_decode(s, n, &c);
		if (len == 0) {
			buf_append(out, "\xEF\xBF\xBD", 3); /* U+FFFD for a bad byte */
			s++, n--;
			continue;
		}
		if (xml_char_allowed(c))
			buf_append(out, s, len);
		s += len, n -= len;
	}
}

/* ---- the writer ------------------------------------------------------ */

static int write_cb(void *ctx, const char *data, int len)
{
	buf_append(ctx, data, (size_t)len);
	return len;
}

static int close_cb(void *ctx)
{
	(void)ctx;
	return 0;
}

static const xmlChar *X(const char *s)
{
	return (const xmlChar *)s;
}

/* s made safe for XML, valid until the next call. */
static const xmlChar *clean(struct feedxml *fx, const char *s)
{
	buf_reset(&fx->scratch);
	feedxml_clean(&fx->scratch, s);
	return X(fx->scratch.data);
}

static int check(struct feedxml *fx, int rc)
{
	if (rc < 0)
		fx->failed = 1;
	return fx->failed ? -1 : 0;
}

/* An element's prefix must have been declared on <rss>: otherwise the
 * feed would not be namespace-well-formed. */
static int prefix_known(struct feedxml *fx, const char *ns)
{
	if (!ns)
		return 1;
	if (strcmp(ns, "atom") == 0)
		return 1;
	for (size_t i = 0; i < fx->nprefixes; i++)
		if (strcmp(fx->prefixes[i], ns) == 0)
			return 1;
	return 0;
}

struct feedxml *feedxml_begin(struct buf *out, const char *const *namespaces)
{
	struct feedxml *fx = calloc(1, sizeof *fx);
	if (!fx)
		abort();
	fx->out = out;
	xmlInitParser();
	xmlOutputBufferPtr ob = xmlOutputBufferCreateIO(write_cb, close_cb, out, NULL);
	fx->w = ob ? xmlNewTextWriter(ob) : NULL;
	if (!fx->w) {
		if (ob)
			xmlOutputBufferClose(ob);
		fx->failed = 1;
		return fx;
	}
	xmlTextWriterSetIndent(fx->w, 1);
	xmlTextWriterSetIndentString(fx->w, X("  "));
	check(fx, xmlTextWriterStartDocument(fx->w, NULL, "UTF-8", NULL));
	check(fx, xmlTextWriterStartElement(fx->w, X("rss")));
	check(fx, xmlTextWriterWriteAttribute(fx->w, X("version"), X("2.0")));
	check(fx, xmlTextWriterWriteAttribute(fx->w, X("xmlns:atom"), X(FEEDXML_NS_ATOM)));
	for (size_t i = 0; namespaces && namespaces[i] && namespaces[i + 1]; i += 2) {
		if (fx->nprefixes == MAX_PREFIXES) {
			fx->failed = 1;
			break;
		}
		fx->prefixes[fx->nprefixes++] = namespaces[i];
		char attr[64];
		snprintf(attr, sizeof attr, "xmlns:%s", namespaces[i]);
		check(fx,
		      xmlTextWriterWriteAttribute(fx->w, X(attr), clean(fx, namespaces[i + 1])));
	}
	return fx;
}

static int start(struct feedxml *fx, const char *ns, const char *name, const char *const *attrs)
{
	if (fx->failed)
		return -1;
	if (!prefix_known(fx, ns)) {
		fx->failed = 1;
		return -1;
	}
	if (ns)
		check(fx, xmlTextWriterStartElementNS(fx->w, X(ns), X(name), NULL));
	else
		check(fx, xmlTextWriterStartElement(fx->w, X(name)));
	for (size_t i = 0; attrs && attrs[i] && attrs[i + 1] && !fx->failed; i += 2)
		check(fx, xmlTextWriterWriteAttribute(fx->w, X(attrs[i]), clean(fx, attrs[i + 1])));
	return fx->failed ? -1 : 0;
}

int feedxml_start(struct feedxml *fx, const char *ns, const char *name, const char *const *attrs)
{
	return start(fx, ns, name, attrs);
}

int feedxml_end(struct feedxml *fx)
{
	if (fx->failed)
		return -1;
	return check(fx, xmlTextWriterEndElement(fx->w));
}

int feedxml_element_attrs(struct feedxml *fx, const char *ns, const char *name,
                          const char *const *attrs, const char *text)
{
	if (start(fx, ns, name, attrs) < 0)
		return -1;
	if (text)
		check(fx, xmlTextWriterWriteString(fx->w, clean(fx, text)));
	if (fx->failed)
		return -1;
	/* Full end tag when there was text (even ""), "/>" otherwise. */
	return check(fx,
	             text ? xmlTextWriterFullEndElement(fx->w) : xmlTextWriterEndElement(fx->w));
}

int feedxml_element(struct feedxml *fx, const char *ns, const char *name, const char *text)
{
	return feedxml_element_attrs(fx, ns, name, NULL, text ? text : "");
}

int feedxml_channel(struct feedxml *fx, const struct feedxml_channel *ch)
{
	start(fx, NULL, "channel", NULL);
	feedxml_element(fx, NULL, "title", ch->title);
	feedxml_element(fx, NULL, "link", ch->link);
	feedxml_element(fx, NULL, "description", ch->description);
	if (ch->language && *ch->language)
		feedxml_element(fx, NULL, "language", ch->language);
	if (ch->self && *ch->self) {
		const char *attrs[] = {
		    "href", ch->self, "rel", "self", "type", "application/rss+xml", NULL};
		feedxml_element_attrs(fx, "atom", "link", attrs, NULL);
	}
	return fx->failed ? -1 : 0;
}

int feedxml_item(struct feedxml *fx, const struct feedxml_item *it)
{
	start(fx, NULL, "item", NULL);
	feedxml_element(fx, NULL, "title", it->title);
	feedxml_element(fx, NULL, "link", it->link);
	const char *guid = it->guid ? it->guid : it->link;
	if (guid) {
		const char *attrs[] = {"isPermaLink", it->guid_permalink ? "true" : "false", NULL};
		feedxml_element_attrs(fx, NULL, "guid", attrs, guid);
	}
	if (it->published) {
		char date[FEEDXML_DATE_MAX];
		feedxml_rfc822(it->published, date);
		feedxml_element(fx, NULL, "pubDate", date);
	}
	if (it->description)
		feedxml_element(fx, NULL, "description", it->description);
	return fx->failed ? -1 : 0;
}

int feedxml_item_end(struct feedxml *fx)
{
	return feedxml_end(fx);
}

int feedxml_finish(struct feedxml *fx)
{
	int rc = -1;
	if (fx->w) {
		if (!fx->failed)
			check(fx, xmlTextWriterEndDocument(fx->w)); /* closes every open element */
		if (!fx->failed)
			check(fx, xmlTextWriterFlush(fx->w));
		xmlFreeTextWriter(fx->w); /* also closes the output buffer */
		rc = fx->failed ? -1 : 0;
	}
	buf_free(&fx->scratch);
	free(fx);
	return rc;
}

/* t as "Tue, 03 Jun 2025 09:41:00 " and zone: the English names RSS and
 * HTTP both want, whatever the locale. */
static void english_date(time_t t, const char *zone, char out[FEEDXML_DATE_MAX])
{
	static const char days[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
	static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
	struct tm tm;
	if (!gmtime_r(&t, &tm) || tm.tm_year + 1900 > 9999 || tm.tm_year + 1900 < 0) {
		snprintf(out, FEEDXML_DATE_MAX, "Thu, 01 Jan 1970 00:00:00 %s", zone);
		return;
	}
	snprintf(out, FEEDXML_DATE_MAX, "%s, %02d %s %04d %02d:%02d:%02d %s", days[tm.tm_wday],
	         tm.tm_mday, months[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec,
	         zone);
}

void feedxml_rfc822(time_t t, char out[FEEDXML_DATE_MAX])
{
	english_date(t, "+0000", out);
}

void feedxml_http_date(time_t t, char out[FEEDXML_DATE_MAX])
{
	english_date(t, "GMT", out);
}

/* ---- the answer ------------------------------------------------------ */

int feedxml_respond(struct request *req, struct feedxml *fx, const char *modified)
{
	struct response *res = req->res;
	if (feedxml_finish(fx) < 0) {
		buf_reset(&res->body);
		return page_error(req, 500,
		                  _("The feed could not be written. It has been logged."));
	}
	time_t t = modified ? when_parse(modified) : -1;
	if (t > 0) {
		char date[FEEDXML_DATE_MAX];
		feedxml_http_date(t, date);
		res_header(req, "Last-Modified", date);
	}
	res->content_type = "application/rss+xml; charset=utf-8";
	res->cacheable = 1;
	res->status = 200;
	return 200;
}
