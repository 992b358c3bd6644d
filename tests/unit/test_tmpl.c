/*
 * test_tmpl.c - the ctemplate wrapper in tmpl.cc: auto-escaping in HTML
 * and XML templates, the :none escape hatch, sections, repeated rows,
 * includes, [[ ]] translation markers and an unknown template name.
 *
 * Templates are registered from memory with tmpl_load_string() in the
 * group setup (ctemplate's cache is process-wide), each starting with an
 * AUTOESCAPE pragma as the style guide asks. No gettext catalogue is
 * loaded, so translation gives back the English.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "arena.h"
#include "tmpl.h"

#define HTML "{{%AUTOESCAPE context=\"HTML\"}}"

static const struct {
	const char *name;
	const char *text;
} templates[] = {
	{"test/text.tpl", HTML "<p>{{v}}</p>"},
	{"test/attr.tpl", HTML "<input name=\"x\" value=\"{{v}}\">"},
	{"test/href.tpl", HTML "<a href=\"{{u}}\">link</a>"},
	{"test/none.tpl", HTML "<div>{{h:none}}</div>"},
	{"test/section.tpl", HTML "<p>a{{#s}}[{{v}}]{{/s}}b</p>"},
	{"test/rows.tpl", HTML "<ul>{{#row}}<li>{{n}}</li>{{/row}}</ul>"},
	{"test/outer.tpl", HTML "<main>{{>content}}</main>"},
	{"test/inner.tpl", HTML "<p>{{v}}</p>"},
	{"test/i18n.tpl", HTML "<p>[[Log in]] {{v}}</p>"},
	{"test/feed.tpl", "{{%AUTOESCAPE context=\"XML\"}}<title>{{v}}</title>"},
};

static int setup(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof templates / sizeof templates[0]; i++)
		if (tmpl_load_string(templates[i].name, templates[i].text,
				     strlen(templates[i].text)) < 0)
			return -1;
	return 0;
}

/* Expand name with one value set (key may be NULL); the caller frees out. */
static int expand1(const char *name, const char *key, const char *value, struct buf *out)
{
	struct tmpl_dict *d = tmpl_new(name);
	if (key)
		tmpl_set(d, key, value);
	int rc = tmpl_expand(name, d, out);
	tmpl_free(d);
	return rc;
}

/* ---- escaping ------------------------------------------------------------ */

static void test_tmpl_escapes_script_in_text(void **state)
{
	(void)state;
	struct buf out = {0};
	assert_int_equal(expand1("test/text.tpl", "v", "<script>alert(1)</script>", &out), 0);
	assert_string_equal(out.data, "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
	buf_free(&out);
}

static void test_tmpl_escapes_ampersand_and_quotes_in_text(void **state)
{
	(void)state;
	struct buf out = {0};
	assert_int_equal(expand1("test/text.tpl", "v", "Tom & \"Jerry\" 'x'", &out), 0);
	assert_null(strstr(out.data, "& "));
	assert_non_null(strstr(out.data, "&amp;"));
	assert_null(strstr(out.data, "\"Jerry\""));
	buf_free(&out);
}

static void test_tmpl_escapes_quotes_in_attribute(void **state)
{
	(void)state;
	struct buf out = {0};
	assert_int_equal(expand1("test/attr.tpl", "v", "\"><script>x</script><b a='", &out), 0);
	/* The value cannot close the attribute or open a tag. */
	const char *v = strstr(out.data, "value=\"");
	assert_non_null(v);
	v += 7;
	const char *close = strchr(v, '"');
	assert_non_null(close);
	assert_string_equal(close, "\">");
	assert_null(memchr(v, '<', (size_t)(close - v)));
	assert_null(memchr(v, '>', (size_t)(close - v)));
	assert_null(memchr(v, '\'', (size_t)(close - v)));
	assert_non_null(strstr(out.data, "&quot;"));
	buf_free(&out);
}

static void test_tmpl_neutralises_javascript_url_in_href(void **state)
{
	(void)state;
	struct buf out = {0};
	assert_int_equal(expand1("test/href.tpl", "u", "javascript:alert(1)", &out), 0);
	assert_null(strstr(out.data, "javascript"));
	assert_string_equal(out.data, "<a href=\"#\">link</a>");
	buf_free(&out);
}

static void test_tmpl_neutralises_mixed_case_javascript_url(void **state)
{
	(void)state;
	struct buf out = {0};
	assert_int_equal(expand1("test/href.tpl", "u", " JaVaScRiPt:alert(1)", &out), 0);
	assert_null(strstr(out.data, "alert"));
	buf_free(&out);
}

static void test_tmpl_keeps_https_url_in_href(void **state)
{
	(void)state;
	struct buf out = {0};
	assert_int_equal(expand1("test/href.tpl", "u", "https://example.org/a?b=1&c=2", &out), 0);
	assert_string_equal(out.data, "<a href=\"https://example.org/a?b=1&amp;c=2\">link</a>");
	buf_free(&out);
}

static void test_tmpl_none_passes_html_through(void **state)
{
	(void)state;
	struct buf out = {0};
	assert_int_equal(expand1("test/none.tpl", "h", "<p><em>rendered</em> &amp; safe</p>", &out),
			 0);
	assert_string_equal(out.data, "<div><p><em>rendered</em> &amp; safe</p></div>");
	buf_free(&out);
}

static void test_tmpl_setn_keeps_length(void **state)
{
	(void)state;
	struct buf out = {0};
	struct tmpl_dict *d = tmpl_new("test/text.tpl");
	tmpl_setn(d, "v", "abcdef", 3);
	assert_int_equal(tmpl_expand("test/text.tpl", d, &out), 0);
	assert_string_equal(out.data, "<p>abc</p>");
	tmpl_free(d);
	buf_free(&out);
}

static void test_tmpl_set_int_prints_number(void **state)
{
	(void)state;
	struct buf out = {0};
	struct tmpl_dict *d = tmpl_new("test/text.tpl");
	tmpl_set_int(d, "v", -1234567890123LL);
	assert_int_equal(tmpl_expand("test/text.tpl", d, &out), 0);
	assert_string_equal(out.data, "<p>-1234567890123</p>");
	tmpl_free(d);
	buf_free(&out);
}

static void test_tmpl_missing_value_expands_empty(void **state)
{
	(void)state;
	struct buf out = {0};
	assert_int_equal(expand1("test/text.tpl", NULL, NULL, &out), 0);
	assert_string_equal(out.data, "<p></p>");
	buf_free(&out);
}

static void test_tmpl_expand_appends_to_buffer(void **state)
{
	(void)state;
	struct buf out = {0};
	buf_puts(&out, "before:");
	assert_int_equal(expand1("test/text.tpl", "v", "x", &out), 0);
	assert_string_equal(out.data, "before:<p>x</p>");
	buf_free(&out);
}

/* ---- sections, rows, includes -------------------------------------------- */

static void test_tmpl_section_hidden_by_default(void **state)
{
	(void)state;
	struct buf out = {0};
	assert_int_equal(expand1("test/section.tpl", "v", "x", &out), 0);
	assert_string_equal(out.data, "<p>ab</p>");
	buf_free(&out);
}

static void test_tmpl_section_shown_after_show(void **state)
{
	(void)state;
	struct buf out = {0};
	struct tmpl_dict *d = tmpl_new("test/section.tpl");
	tmpl_set(d, "v", "x");
	tmpl_show(d, "s");
	assert_int_equal(tmpl_expand("test/section.tpl", d, &out), 0);
	assert_string_equal(out.data, "<p>a[x]b</p>");
	tmpl_free(d);
	buf_free(&out);
}

static void test_tmpl_add_repeats_rows(void **state)
{
	(void)state;
	struct buf out = {0};
	struct tmpl_dict *d = tmpl_new("test/rows.tpl");
	const char *names[] = {"one", "<two>", "three"};
	for (int i = 0; i < 3; i++)
		tmpl_set(tmpl_add(d, "row"), "n", names[i]);
	assert_int_equal(tmpl_expand("test/rows.tpl", d, &out), 0);
	assert_string_equal(out.data, "<ul><li>one</li><li>&lt;two&gt;</li><li>three</li></ul>");
	tmpl_free(d);
	buf_free(&out);
}

static void test_tmpl_rows_inherit_parent_values(void **state)
{
	(void)state;
	struct buf out = {0};
	struct tmpl_dict *d = tmpl_new("test/rows.tpl");
	tmpl_set(d, "n", "inherited");
	tmpl_add(d, "row");
	tmpl_set(tmpl_add(d, "row"), "n", "own");
	assert_int_equal(tmpl_expand("test/rows.tpl", d, &out), 0);
	assert_string_equal(out.data, "<ul><li>inherited</li><li>own</li></ul>");
	tmpl_free(d);
	buf_free(&out);
}

static void test_tmpl_no_rows_gives_empty_section(void **state)
{
	(void)state;
	struct buf out = {0};
	assert_int_equal(expand1("test/rows.tpl", NULL, NULL, &out), 0);
	assert_string_equal(out.data, "<ul></ul>");
	buf_free(&out);
}

static void test_tmpl_include_expands_other_template(void **state)
{
	(void)state;
	struct buf out = {0};
	struct tmpl_dict *d = tmpl_new("test/outer.tpl");
	struct tmpl_dict *sub = tmpl_include(d, "content", "test/inner.tpl");
	tmpl_set(sub, "v", "<inside>");
	assert_int_equal(tmpl_expand("test/outer.tpl", d, &out), 0);
	assert_string_equal(out.data, "<main><p>&lt;inside&gt;</p></main>");
	tmpl_free(d);
	buf_free(&out);
}

static void test_tmpl_include_not_filled_is_empty(void **state)
{
	(void)state;
	struct buf out = {0};
	assert_int_equal(expand1("test/outer.tpl", NULL, NULL, &out), 0);
	assert_string_equal(out.data, "<main></main>");
	buf_free(&out);
}

static void test_tmpl_unknown_template_fails(void **state)
{
	(void)state;
	struct buf out = {0};
	struct tmpl_dict *d = tmpl_new("test/missing.tpl");
	assert_int_equal(tmpl_expand("test/missing.tpl", d, &out), -1);
	tmpl_free(d);
	buf_free(&out);
}

/* ---- XML ----------------------------------------------------------------- */

static void test_tmpl_xml_escapes_ampersand_and_lt(void **state)
{
	(void)state;
	struct buf out = {0};
	assert_int_equal(expand1("test/feed.tpl", "v", "Tom & Jerry <3 ]]>", &out), 0);
	assert_string_equal(out.data, "<title>Tom &amp; Jerry &lt;3 ]]&gt;</title>");
	buf_free(&out);
}

/* ---- translation markers ------------------------------------------------- */

static void test_tmpl_translate_leaves_text_without_markers(void **state)
{
	(void)state;
	struct arena a = {0};
	const char s[] = "<p>Hello [world] ]] {{v}}</p>";
	assert_string_equal(tmpl_translate(&a, s, sizeof s - 1), s);
	assert_string_equal(tmpl_translate(&a, "", 0), "");
	arena_free(&a);
}

static void test_tmpl_translate_removes_markers(void **state)
{
	(void)state;
	struct arena a = {0};
	const char s[] = "<a>[[Log in]]</a> and <b>[[Join]]</b>";
	assert_string_equal(tmpl_translate(&a, s, sizeof s - 1), "<a>Log in</a> and <b>Join</b>");
	arena_free(&a);
}

static void test_tmpl_translate_keeps_unclosed_marker(void **state)
{
	(void)state;
	struct arena a = {0};
	const char s[] = "[[A]] then [[unclosed";
	assert_string_equal(tmpl_translate(&a, s, sizeof s - 1), "A then [[unclosed");
	arena_free(&a);
}

static void test_tmpl_translate_respects_length(void **state)
{
	(void)state;
	struct arena a = {0};
	/* The closing marker lies beyond len: the text stays as it is. */
	assert_string_equal(tmpl_translate(&a, "[[Join]]", 7), "[[Join]");
	arena_free(&a);
}

static void test_tmpl_load_string_translates_markers(void **state)
{
	(void)state;
	struct buf out = {0};
	assert_int_equal(expand1("test/i18n.tpl", "v", "[[not a marker]]", &out), 0);
	/* Markers in the template go; brackets in values are just text. */
	assert_string_equal(out.data, "<p>Log in [[not a marker]]</p>");
	buf_free(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tmpl_escapes_script_in_text),
		cmocka_unit_test(test_tmpl_escapes_ampersand_and_quotes_in_text),
		cmocka_unit_test(test_tmpl_escapes_quotes_in_attribute),
		cmocka_unit_test(test_tmpl_neutralises_javascript_url_in_href),
		cmocka_unit_test(test_tmpl_neutralises_mixed_case_javascript_url),
		cmocka_unit_test(test_tmpl_keeps_https_url_in_href),
		cmocka_unit_test(test_tmpl_none_passes_html_through),
		cmocka_unit_test(test_tmpl_setn_keeps_length),
		cmocka_unit_test(test_tmpl_set_int_prints_number),
		cmocka_unit_test(test_tmpl_missing_value_expands_empty),
		cmocka_unit_test(test_tmpl_expand_appends_to_buffer),
		cmocka_unit_test(test_tmpl_section_hidden_by_default),
		cmocka_unit_test(test_tmpl_section_shown_after_show),
		cmocka_unit_test(test_tmpl_add_repeats_rows),
		cmocka_unit_test(test_tmpl_rows_inherit_parent_values),
		cmocka_unit_test(test_tmpl_no_rows_gives_empty_section),
		cmocka_unit_test(test_tmpl_include_expands_other_template),
		cmocka_unit_test(test_tmpl_include_not_filled_is_empty),
		cmocka_unit_test(test_tmpl_unknown_template_fails),
		cmocka_unit_test(test_tmpl_xml_escapes_ampersand_and_lt),
		cmocka_unit_test(test_tmpl_translate_leaves_text_without_markers),
		cmocka_unit_test(test_tmpl_translate_removes_markers),
		cmocka_unit_test(test_tmpl_translate_keeps_unclosed_marker),
		cmocka_unit_test(test_tmpl_translate_respects_length),
		cmocka_unit_test(test_tmpl_load_string_translates_markers),
	};
	return cmocka_run_group_tests(tests, setup, NULL);
}
