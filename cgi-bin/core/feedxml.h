/*
 * feedxml.h - RSS 2.0 feeds written with libxml2's xmlTextWriter, so a
 * feed is well-formed whatever the text in it.
 *
 *	struct buf *out = &req->res->body;
 *	struct feedxml *fx = feedxml_begin(out, NULL);
 *	feedxml_channel(fx, &(struct feedxml_channel){title, link, desc, lang, self});
 *	for (each post) {
 *		feedxml_item(fx, &(struct feedxml_item){title, link, link, 1, when, html});
 *		feedxml_item_end(fx);
 *	}
 *	if (feedxml_finish(fx) < 0) ... error ...
 *
 * Every string is UTF-8 text; what XML 1.0 cannot carry (control
 * characters, invalid UTF-8, U+FFFE/U+FFFF) is dropped or replaced by
 * U+FFFD, and & < > are escaped by the writer. Nothing is ever written
 * as CDATA, so "]]>" in a title is only text.
 *
 * Namespaces: the atom namespace is always declared (for atom:link
 * rel="self"). Others are declared on <rss> by passing prefix/URI pairs
 * to feedxml_begin, and their elements are written with the ns argument
 * of feedxml_element / feedxml_start, e.g. for a podcast:
 *
 *	static const char *const ns[] = {
 *	    "itunes", FEEDXML_NS_ITUNES, "podcast", FEEDXML_NS_PODCAST, NULL};
 *	fx = feedxml_begin(out, ns);
 *	feedxml_channel(fx, &ch);
 *	feedxml_element(fx, "itunes", "author", "Opbak");
 *	feedxml_element_attrs(fx, "itunes", "image", (const char *[]){"href", url, NULL}, NULL);
 *
 * Errors are sticky: after the first failure every call does nothing and
 * feedxml_finish() returns -1. The struct is the caller's until
 * feedxml_finish(), which always frees it.
 */
#ifndef OPBAK_FEEDXML_H
#define OPBAK_FEEDXML_H

#include <stddef.h>
#include <time.h>

#include "arena.h"

struct request;
#define FEEDXML_NS_ATOM    "http://www.w3.org/2005/Atom"
#define FEEDXML_NS_ITUNES  "http://www.itunes.com/dtds/podcast-1.0.dtd"
#define FEEDXML_NS_PODCAST "https://podcastindex.org/namespace/1.0"

struct feedxml;

struct feedxml_channel {
	const char *title;
	const char *link; /* absolute URL of the page the feed mirrors */
	const char *description;
	const char *language; /* "en", "da", "sv" */
	const char *self;     /* absolute URL of the feed itself (atom:link) */
};

struct feedxml_item {
	const char *title;
	const char *link;        /* absolute URL */
	const char *guid;        /* NULL: the link */
	int guid_permalink;      /* isPermaLink="true" when the guid is the link */
	time_t published;        /* pubDate (RFC 822, GMT); 0 leaves it out */
	const char *description; /* text; HTML is written escaped, as RSS wants */
};

/* Start a feed that will be appended to out. namespaces is NULL or a
 * NULL-ended list of prefix, URI pairs declared on <rss> besides atom.
 * Never NULL (aborts when memory runs out, like the arena). */
struct feedxml *feedxml_begin(struct buf *out, const char *const *namespaces);

/* Open <channel> and write its required elements; the channel stays open
 * for more elements (feedxml_element) and for items. */
int feedxml_channel(struct feedxml *fx, const struct feedxml_channel *ch);

/* Open an <item> and write title, link, guid, pubDate and description;
 * add more with feedxml_element, then close it with feedxml_item_end. */
int feedxml_item(struct feedxml *fx, const struct feedxml_item *it);
int feedxml_item_end(struct feedxml *fx);

/* <ns:name>text</ns:name> inside whatever is open; ns NULL for none. */
int feedxml_element(struct feedxml *fx, const char *ns, const char *name, const char *text);
/* The same with attributes: attrs is NULL or a NULL-ended list of name,
 * value pairs; text NULL makes an empty element (<enclosure .../>). */
int feedxml_element_attrs(struct feedxml *fx, const char *ns, const char *name,
                          const char *const *attrs, const char *text);
/* Open an element for children (<itunes:category> inside another); close
 * it with feedxml_end. */
int feedxml_start(struct feedxml *fx, const char *ns, const char *name, const char *const *attrs);
int feedxml_end(struct feedxml *fx);

/* Close everything still open, flush into out and free fx. 0, or -1 when
 * anything failed (out then holds an incomplete feed: do not send it). */
int feedxml_finish(struct feedxml *fx);

/* "Tue, 03 Jun 2025 09:41:00 +0000" (RFC 822 with a four-digit year, in
 * English whatever the locale). out must hold FEEDXML_DATE_MAX bytes. */
#define FEEDXML_DATE_MAX 32
void feedxml_rfc822(time_t t, char out[FEEDXML_DATE_MAX]);
/* The same moment as HTTP writes it (RFC 9110's IMF-fixdate, for
 * Last-Modified): "Tue, 03 Jun 2025 09:41:00 GMT". */
void feedxml_http_date(time_t t, char out[FEEDXML_DATE_MAX]);

/* Finish fx (feedxml_finish, so fx is freed) and make the feed the
 * answer: 200, application/rss+xml, cacheable (core adds its ETag and
 * answers 304 to it, app.c), and Last-Modified when modified is a
 * DATETIME (UTC; NULL: none). When the writer failed the body is dropped
 * and the answer is the 500 page. Returns the status, as a handler does.
 * The feed must have been begun on req's emptied body. */
int feedxml_respond(struct request *req, struct feedxml *fx, const char *modified);

/* Append text to out keeping only what XML 1.0 allows: invalid UTF-8
 * becomes U+FFFD, control characters other than tab, LF and CR and the
 * non-characters U+FFFE/U+FFFF are dropped (used on every string written;
 * exposed for tests). */
void feedxml_clean(struct buf *out, const char *text);

#endif
