/*
 * test_i18n.c - the compiled catalogues (build/locale, made by `make` from
 * po/da.po and po/sv.po) and locales (build/locales) as a worker uses
 * them: a language per request with i18n_use() / i18n_choose(), [[ ]]
 * markers translated by tmpl_translate(), C messages through _(), plural
 * forms through ngettext(), the English fallback, Accept-Language weighed
 * by i18n_negotiate(), and templates kept translated once per language
 * that still parse and expand their {{variables}}.
 *
 * Run from the project root (scripts/test.sh does): i18n_init(".") looks
 * for ./build/locale and ./build/locales. A missing catalogue or locale is
 * a failure with a message saying so, never a skipped test: a site that
 * silently falls back to English is exactly what these tests are for.
 *
 * Switching language inside one process is what a worker does on every
 * request: uselocale() to the language's locale. GNU gettext keys what it
 * has found by the locale's name, so nothing cached in one language shows
 * in another (test_i18n_switches_language_within_process).
 *
 * Every template here is registered under a name of its own: ctemplate's
 * caches refuse a second template under a name they already hold.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "i18n.h"
#include "tmpl.h"

#define HTML "{{%AUTOESCAPE context=\"HTML\"}}"

/* Fail (not skip) when the catalogue for lang has not been compiled. */
static void require_catalogue(const char *lang)
{
	char mo[256];
	snprintf(mo, sizeof mo, "build/locale/%s/LC_MESSAGES/opbak.mo", lang);
	if (access(mo, R_OK) != 0) {
		char cwd[PATH_MAX];
		if (!getcwd(cwd, sizeof cwd))
			snprintf(cwd, sizeof cwd, "(unknown)");
		fail_msg("%s not found (working directory %s): run `make` in the project root "
		         "to compile po/%s.po, and run this test from the project root",
		         mo, cwd, lang);
	}
}

/* Make lang (NULL: the site's default) this process's language, as a
 * worker does for each request. */
static void use_lang(const char *lang)
{
	static int ready;
	if (!ready) {
		unsetenv("OPBAK_LANG");
		i18n_init(".");
		ready = 1;
	}
	if (!lang) {
		i18n_use_default();
		return;
	}
	if (i18n_use(lang) != 0)
		fail_msg("no locale for %s: run `make` in the project root (build/locales)", lang);
}

static char *translate(struct arena *a, const char *text)
{
	return tmpl_translate(a, text, strlen(text));
}

/* ---- (a) [[markers]] in templates ------------------------------------ */

static void test_i18n_danish_translates_template_marker(void **state)
{
	(void)state;
	require_catalogue("da");
	use_lang("da");
	assert_string_equal(i18n_lang(), "da");
	struct arena a = {0};
	assert_string_equal(translate(&a, "[[Log in]]"), "Log ind");
	assert_string_equal(translate(&a, "<li><a href=\"/account/login\">[[Log in]]</a></li>"),
	                    "<li><a href=\"/account/login\">Log ind</a></li>");
	assert_string_equal(translate(&a, "[[Log in]] [[or]] [[join]] [[to back him up.]]"),
	                    "Log ind eller bliv medlem for at bakke ham op.");
	arena_free(&a);
}

static void test_i18n_swedish_translates_template_marker(void **state)
{
	(void)state;
	require_catalogue("sv");
	use_lang("sv");
	assert_string_equal(i18n_lang(), "sv");
	struct arena a = {0};
	assert_string_equal(translate(&a, "[[Log in]]"), "Logga in");
	assert_string_equal(translate(&a, "<li><a href=\"/account/login\">[[Log in]]</a></li>"),
	                    "<li><a href=\"/account/login\">Logga in</a></li>");
	assert_string_equal(translate(&a, "[[Log in]] [[or]] [[join]] [[to back him up.]]"),
	                    "Logga in eller bli medlem för att backa upp honom.");
	arena_free(&a);
}

/* Danish, then Swedish, then Danish again in one process: the cache
 * invalidation in use_lang() is what makes the second and third right. */
static void test_i18n_switches_language_within_process(void **state)
{
	(void)state;
	require_catalogue("da");
	require_catalogue("sv");
	use_lang("da");
	assert_string_equal(_("Log in"), "Log ind");
	use_lang("sv");
	assert_string_equal(_("Log in"), "Logga in");
	use_lang("da");
	assert_string_equal(_("Log in"), "Log ind");
}

/* ---- (b) C messages --------------------------------------------------- */

static void test_i18n_translates_c_messages(void **state)
{
	(void)state;
	require_catalogue("da");
	require_catalogue("sv");
	use_lang("da");
	assert_string_equal(_("Page not found"), "Siden findes ikke");
	assert_string_equal(_("You need to log in to do that."),
	                    "Du skal logge ind for at gøre det.");
	/* A format keeps its directive and still formats. */
	char line[256];
	snprintf(line, sizeof line, _("Opbak: %s"), "Familie");
	assert_string_equal(line, "Opbak: Familie");
	use_lang("sv");
	assert_string_equal(_("Page not found"), "Sidan finns inte");
	assert_string_equal(_("You need to log in to do that."),
	                    "Du måste logga in för att göra det.");
}

/* ---- (c) plurals ------------------------------------------------------ */

static const char *backings(char *buf, size_t size, long long n)
{
	snprintf(buf, size, ngettext("%lld backing", "%lld backings", (unsigned long)n), n);
	return buf;
}

static void test_i18n_danish_plural_forms(void **state)
{
	(void)state;
	require_catalogue("da");
	use_lang("da");
	char b[128];
	assert_string_equal(backings(b, sizeof b, 0), "0 opbakninger");
	assert_string_equal(backings(b, sizeof b, 1), "1 opbakning");
	assert_string_equal(backings(b, sizeof b, 2), "2 opbakninger");
	assert_string_equal(backings(b, sizeof b, 21), "21 opbakninger");
	snprintf(b, sizeof b, ngettext("%d minute ago", "%d minutes ago", 1), 1);
	assert_string_equal(b, "for 1 minut siden");
	snprintf(b, sizeof b, ngettext("%d minute ago", "%d minutes ago", 5), 5);
	assert_string_equal(b, "for 5 minutter siden");
	snprintf(b, sizeof b, ngettext("%lld vote", "%lld votes", 1), 1LL);
	assert_string_equal(b, "1 stemme");
	snprintf(b, sizeof b, ngettext("%lld vote", "%lld votes", 3), 3LL);
	assert_string_equal(b, "3 stemmer");
}

static void test_i18n_swedish_plural_forms(void **state)
{
	(void)state;
	require_catalogue("sv");
	use_lang("sv");
	char b[128];
	assert_string_equal(backings(b, sizeof b, 0), "0 uppbackningar");
	assert_string_equal(backings(b, sizeof b, 1), "1 uppbackning");
	assert_string_equal(backings(b, sizeof b, 2), "2 uppbackningar");
	snprintf(b, sizeof b, ngettext("%d hour ago", "%d hours ago", 1), 1);
	assert_string_equal(b, "för 1 timme sedan");
	snprintf(b, sizeof b, ngettext("%d hour ago", "%d hours ago", 7), 7);
	assert_string_equal(b, "för 7 timmar sedan");
	snprintf(b, sizeof b, ngettext("%lld vote", "%lld votes", 1), 1LL);
	assert_string_equal(b, "1 röst");
	snprintf(b, sizeof b, ngettext("%lld vote", "%lld votes", 4), 4LL);
	assert_string_equal(b, "4 röster");
}

/* ---- (d) fallback to English ----------------------------------------- */

static void expect_english(void)
{
	struct arena a = {0};
	assert_string_equal(translate(&a, "<a>[[Log in]]</a>"), "<a>Log in</a>");
	assert_string_equal(_("Page not found"), "Page not found");
	char b[128];
	assert_string_equal(backings(b, sizeof b, 1), "1 backing");
	assert_string_equal(backings(b, sizeof b, 2), "2 backings");
	arena_free(&a);
}

static void test_i18n_unknown_language_falls_back_to_english(void **state)
{
	(void)state;
	/* Danish first, so a stale choice would show up as Danish. */
	require_catalogue("da");
	use_lang("da");
	assert_string_equal(_("Page not found"), "Siden findes ikke");
	assert_int_equal(i18n_use("xx"), -1);
	assert_string_equal(i18n_lang(), "da"); /* refused: nothing changed */
	i18n_choose("xx", "fr-FR, de;q=0.5");
	assert_string_equal(i18n_lang(), "en");
	expect_english();
}

static void test_i18n_no_language_is_english(void **state)
{
	(void)state;
	require_catalogue("sv");
	use_lang("sv");
	assert_string_equal(_("Page not found"), "Sidan finns inte");
	use_lang(NULL);
	assert_string_equal(i18n_lang(), "en");
	expect_english();
	i18n_choose(NULL, NULL);
	assert_string_equal(i18n_lang(), "en");
}

/* The visitor's cookie, then Accept-Language, then the default. */
static void test_i18n_choose_takes_the_cookie_then_the_header(void **state)
{
	(void)state;
	use_lang(NULL);
	i18n_choose("sv", "da");
	assert_string_equal(i18n_lang(), "sv");
	i18n_choose(NULL, "da");
	assert_string_equal(i18n_lang(), "da");
	i18n_choose("", "sv-SE");
	assert_string_equal(i18n_lang(), "sv");
	assert_string_equal(_("Log in"), "Logga in");
	i18n_choose(NULL, NULL);
	assert_string_equal(i18n_lang(), "en");
}

static void test_i18n_negotiate_weighs_accept_language(void **state)
{
	(void)state;
	static const struct {
		const char *header, *want;
	} cases[] = {
	    {"da", "da"},
	    {"da-DK,da;q=0.9,en-US;q=0.8,en;q=0.7", "da"},
	    {"SV-se", "sv"},
	    {"en-GB,en;q=0.9,da;q=0.8", "en"},
	    {"fr-FR, sv;q=0.5, da;q=0.8", "da"},
	    {"fr-FR, sv;q=0.5, da;q=0.5", "sv"}, /* a tie: the first listed */
	    {"da;q=0, sv", "sv"},
	    {"da;q=0.000", NULL},
	    {"sv ; q = 1", "sv"}, /* "q = 1" is no weight (RFC 9110): left aside */
	    {"sv;Q=0.3", "sv"},
	    {"da;q=1.000", "da"},
	    {"da;q=1.001", NULL},
	    {"da;q=0.1234", NULL},
	    {"da;q=2", NULL},
	    {"da;level=1;q=0.4, sv;q=0.3", "da"},
	    {"dan", NULL}, /* another language, not "da" */
	    {"d", NULL},
	    {"*", NULL},
	    {"de, fr", NULL},
	    {"", NULL},
	    {",,, ;;; q=", NULL},
	    {"  \t da", "da"},
	    {"abcdefghij, sv", "sv"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const char *got = i18n_negotiate(cases[i].header);
		if ((got == NULL) != (cases[i].want == NULL) ||
		    (got && strcmp(got, cases[i].want) != 0))
			fail_msg("\"%s\": got %s, want %s", cases[i].header, got ? got : "NULL",
			         cases[i].want ? cases[i].want : "NULL");
	}
	assert_null(i18n_negotiate(NULL));
}

/* The site's default from OPBAK_LANG, for every request with no choice. */
static void test_i18n_site_default_comes_from_opbak_lang(void **state)
{
	(void)state;
	use_lang(NULL);
	setenv("OPBAK_LANG", "da", 1);
	i18n_init(".");
	i18n_choose(NULL, "fr");
	assert_string_equal(i18n_lang(), "da");
	i18n_choose(NULL, "sv");
	assert_string_equal(i18n_lang(), "sv");
	setenv("OPBAK_LANG", "xx", 1);
	i18n_init(".");
	i18n_choose(NULL, NULL);
	assert_string_equal(i18n_lang(), "en");
	unsetenv("OPBAK_LANG");
	i18n_init(".");
}

/* A form's choices and the table of languages say the same. */
static void test_i18n_codes_follow_the_languages(void **state)
{
	(void)state;
	size_t i = 0;
	for (; i18n_languages[i].code; i++) {
		assert_non_null(i18n_codes[i]);
		assert_string_equal(i18n_codes[i], i18n_languages[i].code);
		assert_ptr_equal(i18n_find(i18n_codes[i]), &i18n_languages[i]);
	}
	assert_null(i18n_codes[i]);
	assert_true(i <= I18N_MAX);
	assert_null(i18n_find("DA"));
	assert_null(i18n_find(NULL));
}

/* One template, loaded once, expanded in three languages in a row: the
 * per-language caches a worker keeps. */
static void test_i18n_one_template_in_every_language_in_a_row(void **state)
{
	(void)state;
	require_catalogue("da");
	require_catalogue("sv");
	static const char text[] = HTML "<a>[[Log in]]</a>";
	assert_int_equal(tmpl_load_string("test/row.tpl", text, strlen(text)), 0);
	static const struct {
		const char *lang, *want;
	} rows[] = {{"da", "<a>Log ind</a>"},
	            {"sv", "<a>Logga in</a>"},
	            {"en", "<a>Log in</a>"},
	            {"sv", "<a>Logga in</a>"},
	            {"da", "<a>Log ind</a>"}};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		use_lang(rows[i].lang);
		struct tmpl_dict *d = tmpl_new("test/row.tpl");
		struct buf out = {0};
		assert_int_equal(tmpl_expand("test/row.tpl", d, &out), 0);
		assert_string_equal(out.data, rows[i].want);
		buf_free(&out);
		tmpl_free(d);
	}
}

/* ---- (e) translated templates still parse and expand ----------------- */

static const char kTemplate[] =
    HTML "<p>[[Welcome back,]] {{handle}}. [[Your backing on “{{post_title}}”]]</p>"
         "{{#guest}}<p>[[Log in]]</p>{{/guest}}"
         "<p>[[{{body_min}} to {{body_max}} characters.]]</p>";

static void expand_translated(const char *lang, const char *expected)
{
	char name[64];
	snprintf(name, sizeof name, "test/i18n-%s.tpl", lang);
	assert_int_equal(tmpl_load_string(name, kTemplate, strlen(kTemplate)), 0);
	struct tmpl_dict *d = tmpl_new(name);
	tmpl_set(d, "handle", "Mads<3");
	tmpl_set(d, "post_title", "Hjælp & råd");
	tmpl_set_int(d, "body_min", 10);
	tmpl_set_int(d, "body_max", 4000);
	tmpl_show(d, "guest");
	struct buf out = {0};
	assert_int_equal(tmpl_expand(name, d, &out), 0);
	assert_string_equal(out.data, expected);
	buf_free(&out);
	tmpl_free(d);
}

static void test_i18n_danish_template_expands_variables(void **state)
{
	(void)state;
	require_catalogue("da");
	use_lang("da");
	expand_translated("da", "<p>Velkommen tilbage, Mads&lt;3. Din opbakning på "
	                        "“Hjælp &amp; råd”</p><p>Log ind</p><p>10 til 4000 tegn.</p>");
}

static void test_i18n_swedish_template_expands_variables(void **state)
{
	(void)state;
	require_catalogue("sv");
	use_lang("sv");
	expand_translated("sv", "<p>Välkommen tillbaka, Mads&lt;3. Din uppbackning på "
	                        "”Hjælp &amp; råd”</p><p>Logga in</p><p>10 till 4000 tecken.</p>");
}

/* Every real template of the site, translated, parses and expands (with an
 * empty dictionary): no translation broke a {{variable}} or a section. */
static void load_site_templates(const char *lang)
{
	static const char *const dirs[] = {"core", "account", "feed", "post"};
	int seen = 0;
	for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
		char path[PATH_MAX];
		snprintf(path, sizeof path, "cgi-bin/%s", dirs[i]);
		DIR *dp = opendir(path);
		if (!dp)
			fail_msg("cannot open %s: run this test from the project root", path);
		struct dirent *e;
		while ((e = readdir(dp))) {
			size_t n = strlen(e->d_name);
			if (n < 5 || strcmp(e->d_name + n - 4, ".tpl") != 0)
				continue;
			char file[PATH_MAX + 256];
			snprintf(file, sizeof file, "%s/%s", path, e->d_name);
			FILE *f = fopen(file, "rb");
			assert_non_null(f);
			struct buf text = {0};
			char chunk[4096];
			size_t got;
			while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
				buf_append(&text, chunk, got);
			fclose(f);
			char name[PATH_MAX + 300];
			snprintf(name, sizeof name, "site-%s/%s/%s", lang, dirs[i], e->d_name);
			if (tmpl_load_string(name, text.data ? text.data : "", text.len) != 0)
				fail_msg("%s does not parse once translated to %s", file, lang);
			struct tmpl_dict *d = tmpl_new(name);
			struct buf out = {0};
			if (tmpl_expand(name, d, &out) != 0)
				fail_msg("%s does not expand once translated to %s", file, lang);
			/* No marker may survive translation. */
			if (out.data && strstr(out.data, "[["))
				fail_msg("%s still holds a [[ marker in %s", file, lang);
			buf_free(&out);
			tmpl_free(d);
			buf_free(&text);
			seen++;
		}
		closedir(dp);
	}
	assert_true(seen > 10);
}

static void test_i18n_site_templates_parse_in_danish(void **state)
{
	(void)state;
	require_catalogue("da");
	use_lang("da");
	load_site_templates("da");
}

static void test_i18n_site_templates_parse_in_swedish(void **state)
{
	(void)state;
	require_catalogue("sv");
	use_lang("sv");
	load_site_templates("sv");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_i18n_danish_translates_template_marker),
	    cmocka_unit_test(test_i18n_swedish_translates_template_marker),
	    cmocka_unit_test(test_i18n_switches_language_within_process),
	    cmocka_unit_test(test_i18n_translates_c_messages),
	    cmocka_unit_test(test_i18n_danish_plural_forms),
	    cmocka_unit_test(test_i18n_swedish_plural_forms),
	    cmocka_unit_test(test_i18n_unknown_language_falls_back_to_english),
	    cmocka_unit_test(test_i18n_no_language_is_english),
	    cmocka_unit_test(test_i18n_choose_takes_the_cookie_then_the_header),
	    cmocka_unit_test(test_i18n_negotiate_weighs_accept_language),
	    cmocka_unit_test(test_i18n_site_default_comes_from_opbak_lang),
	    cmocka_unit_test(test_i18n_codes_follow_the_languages),
	    cmocka_unit_test(test_i18n_one_template_in_every_language_in_a_row),
	    cmocka_unit_test(test_i18n_danish_template_expands_variables),
	    cmocka_unit_test(test_i18n_swedish_template_expands_variables),
	    cmocka_unit_test(test_i18n_site_templates_parse_in_danish),
	    cmocka_unit_test(test_i18n_site_templates_parse_in_swedish),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
