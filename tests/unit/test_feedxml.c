/*
 * test_feedxml.c - the RSS writer in core/feedxml.c: what it writes
 * parses with libxml2 (strict, no recovery), hostile text comes back as
 * the same text, bytes XML cannot carry are dropped, namespaced elements
 * work when declared and fail when not, and dates are RFC 822 (and
 * HTTP's, for Last-Modified).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "arena.h"
#include "feedxml.h"

static const struct feedxml_channel channel = {"Opbak", "http://example.org/",
                                               "Young men back each other up", "en",
                                               "http://example.org/feed.xml"};

/* Write a feed of one item with this title and description. */
static int one_item(struct buf *out, const char *title, const char *description)
{
	struct feedxml *fx = feedxml_begin(out, NULL);
	feedxml_channel(fx, &channel);
	struct feedxml_item it = {title,      "http://example.org/p/1", NULL, 1, 1748943660,
	                          description};
	feedxml_item(fx, &it);
	feedxml_item_end(fx);
	return feedxml_finish(fx);
}

/* Parse strictly; NULL when not well-formed. */
static xmlDocPtr parse(const struct buf *out)
{
	return xmlReadMemory(out->data, (int)out->len, "feed.xml", NULL,
	                     XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
}

/* The text of the first node matching an XPath expression (caller frees). */
static char *xpath_text(xmlDocPtr doc, const char *expr)
{
	xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
	xmlXPathRegisterNs(ctx, (const xmlChar *)"atom", (const xmlChar *)FEEDXML_NS_ATOM);
	xmlXPathRegisterNs(ctx, (const xmlChar *)"itunes", (const xmlChar *)FEEDXML_NS_ITUNES);
	xmlXPathObjectPtr r = xmlXPathEvalExpression((const xmlChar *)expr, ctx);
	char *text = NULL;
	if (r && r->nodesetval && r->nodesetval->nodeNr > 0)
		text = (char *)xmlNodeGetContent(r->nodesetval->nodeTab[0]);
	xmlXPathFreeObject(r);
	xmlXPathFreeContext(ctx);
	return text;
}

static void assert_xpath(xmlDocPtr doc, const char *expr, const char *want)
{
	char *got = xpath_text(doc, expr);
	assert_non_null(got);
	assert_string_equal(got, want);
	xmlFree(got);
}

static void test_a_feed_parses_and_has_channel_and_item(void **state)
{
	(void)state;
	struct buf out = {0};
	assert_int_equal(one_item(&out, "First post", "<p>Hello</p>"), 0);
	xmlDocPtr doc = parse(&out);
	assert_non_null(doc);
	assert_xpath(doc, "/rss/@version", "2.0");
	assert_xpath(doc, "/rss/channel/title", "Opbak");
	assert_xpath(doc, "/rss/channel/link", "http://example.org/");
	assert_xpath(doc, "/rss/channel/language", "en");
	assert_xpath(doc, "/rss/channel/atom:link[@rel='self']/@href",
	             "http://example.org/feed.xml");
	assert_xpath(doc, "/rss/channel/item/title", "First post");
	assert_xpath(doc, "/rss/channel/item/guid", "http://example.org/p/1");
	assert_xpath(doc, "/rss/channel/item/guid/@isPermaLink", "true");
	assert_xpath(doc, "/rss/channel/item/pubDate", "Tue, 03 Jun 2025 09:41:00 +0000");
	xmlFreeDoc(doc);
	buf_free(&out);
}

static void test_hostile_title_is_escaped_and_reads_back_the_same(void **state)
{
	(void)state;
	const char *title = "Tom & Jerry <script>alert(1)</script> ]]> \"q\" 'a'";
	struct buf out = {0};
	assert_int_equal(one_item(&out, title, "x"), 0);
	assert_null(strstr(out.data, "<script>"));
	assert_null(strstr(out.data, "]]>"));
	assert_non_null(strstr(out.data, "Tom &amp; Jerry &lt;script&gt;"));
	xmlDocPtr doc = parse(&out);
	assert_non_null(doc);
	assert_xpath(doc, "/rss/channel/item/title", title);
	xmlFreeDoc(doc);
	buf_free(&out);
}

static void test_html_description_is_written_as_escaped_text(void **state)
{
	(void)state;
	const char *html = "<p>Try <em>this</em> &amp; that</p>\n";
	struct buf out = {0};
	assert_int_equal(one_item(&out, "t", html), 0);
	assert_non_null(strstr(out.data, "&lt;p&gt;Try &lt;em&gt;this&lt;/em&gt; &amp;amp; that"));
	xmlDocPtr doc = parse(&out);
	assert_non_null(doc);
	assert_xpath(doc, "/rss/channel/item/description", html);
	xmlFreeDoc(doc);
	buf_free(&out);
}

static void test_control_characters_are_dropped(void **state)
{
	(void)state;
	struct buf out = {0};
	assert_int_equal(one_item(&out,
	                          "a\x01"
	                          "b\x08"
	                          "c\x0B"
	                          "d\x1F"
	                          "e\x7F"
	                          "f\tg",
	                          "x"),
	                 0);
	xmlDocPtr doc = parse(&out);
	assert_non_null(doc);
	assert_xpath(doc, "/rss/channel/item/title",
	             "abcde\x7F"
	             "f\tg"); /* DEL is legal XML */
	xmlFreeDoc(doc);
	buf_free(&out);
}

static void test_invalid_utf8_becomes_the_replacement_character(void **state)
{
	(void)state;
	struct buf out = {0};
	/* a lone continuation byte, an overlong "/", a surrogate, U+FFFF */
	assert_int_equal(one_item(&out, "x\x80y\xC0\xAFz\xED\xA0\x80w\xEF\xBF\xBFv", "d"), 0);
	xmlDocPtr doc = parse(&out);
	assert_non_null(doc);
	assert_xpath(
	    doc, "/rss/channel/item/title",
	    "x\xEF\xBF\xBDy\xEF\xBF\xBD\xEF\xBF\xBDz\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDwv");
	xmlFreeDoc(doc);
	buf_free(&out);
}

static void test_clean_keeps_valid_unicode(void **state)
{
	(void)state;
	struct buf out = {0};
	feedxml_clean(&out, "Søren 💪 “hi”\r\n");
	assert_string_equal(out.data, "Søren 💪 “hi”\r\n");
	buf_free(&out);
}

static void test_declared_namespace_elements_are_written(void **state)
{
	(void)state;
	static const char *const ns[] = {"itunes", FEEDXML_NS_ITUNES, NULL};
	struct buf out = {0};
	struct feedxml *fx = feedxml_begin(&out, ns);
	feedxml_channel(fx, &channel);
	feedxml_element(fx, "itunes", "author", "Opbak & co");
	const char *img[] = {"href", "http://example.org/a.png?x=1&y=2", NULL};
	feedxml_element_attrs(fx, "itunes", "image", img, NULL);
	struct feedxml_item it = {"Episode", "http://example.org/e/1", "ep-1", 0, 0, NULL};
	feedxml_item(fx, &it);
	const char *enc[] = {
	    "url", "http://example.org/e1.mp3", "length", "123", "type", "audio/mpeg", NULL};
	feedxml_element_attrs(fx, NULL, "enclosure", enc, NULL);
	feedxml_item_end(fx);
	assert_int_equal(feedxml_finish(fx), 0);
	xmlDocPtr doc = parse(&out);
	assert_non_null(doc);
	assert_xpath(doc, "/rss/channel/itunes:author", "Opbak & co");
	assert_xpath(doc, "/rss/channel/itunes:image/@href", "http://example.org/a.png?x=1&y=2");
	assert_xpath(doc, "/rss/channel/item/enclosure/@length", "123");
	assert_xpath(doc, "/rss/channel/item/guid/@isPermaLink", "false");
	assert_null(xpath_text(doc, "/rss/channel/item/pubDate"));
	xmlFreeDoc(doc);
	buf_free(&out);
}

static void test_an_undeclared_prefix_fails_the_feed(void **state)
{
	(void)state;
	struct buf out = {0};
	struct feedxml *fx = feedxml_begin(&out, NULL);
	feedxml_channel(fx, &channel);
	assert_int_equal(feedxml_element(fx, "podcast", "locked", "yes"), -1);
	assert_int_equal(feedxml_element(fx, NULL, "ttl", "60"), -1); /* errors are sticky */
	assert_int_equal(feedxml_finish(fx), -1);
	buf_free(&out);
}

static void test_an_empty_feed_is_well_formed(void **state)
{
	(void)state;
	struct buf out = {0};
	struct feedxml *fx = feedxml_begin(&out, NULL);
	feedxml_channel(fx, &(struct feedxml_channel){"", "", "", NULL, NULL});
	assert_int_equal(feedxml_finish(fx), 0);
	xmlDocPtr doc = parse(&out);
	assert_non_null(doc);
	assert_null(xpath_text(doc, "/rss/channel/item"));
	xmlFreeDoc(doc);
	buf_free(&out);
}

static void test_dates_are_rfc822_in_english_gmt(void **state)
{
	(void)state;
	char d[FEEDXML_DATE_MAX];
	feedxml_rfc822(0, d);
	assert_string_equal(d, "Thu, 01 Jan 1970 00:00:00 +0000");
	feedxml_rfc822(951782400, d); /* 2000-02-29 */
	assert_string_equal(d, "Tue, 29 Feb 2000 00:00:00 +0000");
	feedxml_rfc822(1767225599, d);
	assert_string_equal(d, "Wed, 31 Dec 2025 23:59:59 +0000");
}

/* Last-Modified: the same English names, the zone written "GMT" as HTTP
 * requires (RFC 9110, IMF-fixdate), never "+0000". */
static void test_http_dates_end_in_gmt(void **state)
{
	(void)state;
	char d[FEEDXML_DATE_MAX];
	feedxml_http_date(1748943660, d);
	assert_string_equal(d, "Tue, 03 Jun 2025 09:41:00 GMT");
	feedxml_http_date(951782400, d); /* 2000-02-29 */
	assert_string_equal(d, "Tue, 29 Feb 2000 00:00:00 GMT");
	feedxml_http_date(1767225599, d);
	assert_string_equal(d, "Wed, 31 Dec 2025 23:59:59 GMT");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_a_feed_parses_and_has_channel_and_item),
	    cmocka_unit_test(test_hostile_title_is_escaped_and_reads_back_the_same),
	    cmocka_unit_test(test_html_description_is_written_as_escaped_text),
	    cmocka_unit_test(test_control_characters_are_dropped),
	    cmocka_unit_test(test_invalid_utf8_becomes_the_replacement_character),
	    cmocka_unit_test(test_clean_keeps_valid_unicode),
	    cmocka_unit_test(test_declared_namespace_elements_are_written),
	    cmocka_unit_test(test_an_undeclared_prefix_fails_the_feed),
	    cmocka_unit_test(test_an_empty_feed_is_well_formed),
	    cmocka_unit_test(test_dates_are_rfc822_in_english_gmt),
	    cmocka_unit_test(test_http_dates_end_in_gmt),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	xmlCleanupParser();
	return rc;
}
