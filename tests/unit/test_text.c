/*
 * test_text.c - UTF-8 validation and cleaning, and the constant-time
 * string comparison, from text.c.
 *
 * utf8_count must accept exactly RFC 3629 UTF-8: no overlong forms, no
 * UTF-16 surrogates, nothing above U+10FFFF, no sequence cut short.
 * utf8_clean must turn anything else into U+FFFD and give valid UTF-8.
 * utf8_next and text_next_word are the iterator the community's guards
 * read members' text with: bad bytes read as U+FFFD one byte long, never
 * past the NUL, and words are runs of letters (Nordic letters included).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "arena.h"
#include "text.h"

#define COUNT(lit) utf8_count((lit), sizeof(lit) - 1)

/* ---- utf8_count ---------------------------------------------------------- */

static void test_utf8_count_ascii(void **state)
{
	(void)state;
	assert_int_equal(COUNT("hello"), 5);
	assert_int_equal(COUNT(""), 0);
	assert_int_equal(COUNT("\x7f"), 1);
}

static void test_utf8_count_counts_nul_as_a_character(void **state)
{
	(void)state;
	assert_int_equal(COUNT("a\0b"), 3);
}

static void test_utf8_count_multibyte(void **state)
{
	(void)state;
	assert_int_equal(COUNT("s\xC3\xB8ren"), 5);             /* U+00F8: 2 bytes */
	assert_int_equal(COUNT("\xE2\x82\xAC"), 1);             /* U+20AC: 3 bytes */
	assert_int_equal(COUNT("\xF0\x9F\x98\x80"), 1);         /* U+1F600: 4 bytes */
	assert_int_equal(COUNT("\xF4\x8F\xBF\xBF"), 1);         /* U+10FFFF */
	assert_int_equal(COUNT("\xEF\xBF\xBD"), 1);             /* U+FFFD */
	assert_int_equal(COUNT("\xC3\xA6\xC3\xB8\xC3\xA5"), 3); /* three 2-byte letters */
}

static void test_utf8_count_accepts_smallest_of_each_length(void **state)
{
	(void)state;
	assert_int_equal(COUNT("\xC2\x80"), 1);         /* U+0080 */
	assert_int_equal(COUNT("\xE0\xA0\x80"), 1);     /* U+0800 */
	assert_int_equal(COUNT("\xF0\x90\x80\x80"), 1); /* U+10000 */
}

static void test_utf8_count_rejects_overlong(void **state)
{
	(void)state;
	assert_int_equal(COUNT("\xC0\x80"), -1); /* NUL, 2 bytes */
	assert_int_equal(COUNT("\xC1\xBF"), -1);
	assert_int_equal(COUNT("\xE0\x80\xAF"), -1);     /* '/', 3 bytes */
	assert_int_equal(COUNT("\xE0\x9F\xBF"), -1);     /* U+07FF, 3 bytes */
	assert_int_equal(COUNT("\xF0\x8F\xBF\xBF"), -1); /* U+FFFF, 4 bytes */
}

static void test_utf8_count_rejects_surrogates(void **state)
{
	(void)state;
	assert_int_equal(COUNT("\xED\xA0\x80"), -1); /* U+D800 */
	assert_int_equal(COUNT("\xED\xBF\xBF"), -1); /* U+DFFF */
	assert_int_equal(COUNT("\xED\x9F\xBF"), 1);  /* U+D7FF is fine */
}

static void test_utf8_count_rejects_above_max_code_point(void **state)
{
	(void)state;
	assert_int_equal(COUNT("\xF4\x90\x80\x80"), -1); /* U+110000 */
	assert_int_equal(COUNT("\xF5\x80\x80\x80"), -1);
	assert_int_equal(COUNT("\xF8\x88\x80\x80\x80"), -1); /* old 5-byte form */
	assert_int_equal(COUNT("\xFF"), -1);
}

static void test_utf8_count_rejects_truncated_sequence(void **state)
{
	(void)state;
	assert_int_equal(COUNT("\xC3"), -1);
	assert_int_equal(COUNT("ab\xE2\x82"), -1);
	assert_int_equal(COUNT("\xF0\x9F\x98"), -1);
	/* Cut short by the next character rather than the end. */
	assert_int_equal(COUNT("\xE2\x82z"), -1);
}

static void test_utf8_count_rejects_lone_continuation_byte(void **state)
{
	(void)state;
	assert_int_equal(COUNT("\x80"), -1);
	assert_int_equal(COUNT("a\xBF"), -1);
}

static void test_utf8_count_respects_length_not_nul(void **state)
{
	(void)state;
	/* Only the first byte of U+00F8 is inside the length. */
	assert_int_equal(utf8_count("\xC3\xB8", 1), -1);
	assert_int_equal(utf8_count("abc", 2), 2);
}

/* ---- utf8_clean ---------------------------------------------------------- */

static void test_utf8_clean_keeps_valid_text(void **state)
{
	(void)state;
	struct arena a = {0};
	const char s[] = "Hej s\xC3\xB8ren \xE2\x82\xAC \xF0\x9F\x98\x80";
	assert_string_equal(utf8_clean(&a, s, sizeof s - 1), s);
	assert_string_equal(utf8_clean(&a, "", 0), "");
	arena_free(&a);
}

static void test_utf8_clean_replaces_invalid_byte(void **state)
{
	(void)state;
	struct arena a = {0};
	assert_string_equal(utf8_clean(&a,
	                               "a\xFF"
	                               "b",
	                               3),
	                    "a\xEF\xBF\xBD"
	                    "b");
	arena_free(&a);
}

static void test_utf8_clean_replaces_overlong_and_surrogate(void **state)
{
	(void)state;
	struct arena a = {0};
	char *c = utf8_clean(&a, "\xC0\x80", 2);
	assert_true(utf8_count(c, strlen(c)) > 0);
	assert_null(strstr(c, "\xC0"));
	assert_non_null(strstr(c, "\xEF\xBF\xBD"));
	c = utf8_clean(&a, "x\xED\xA0\x80y", 5);
	assert_true(utf8_count(c, strlen(c)) > 0);
	assert_int_equal(c[0], 'x');
	assert_int_equal(c[strlen(c) - 1], 'y');
	assert_non_null(strstr(c, "\xEF\xBF\xBD"));
	arena_free(&a);
}

static void test_utf8_clean_replaces_truncated_sequence_at_end(void **state)
{
	(void)state;
	struct arena a = {0};
	char *c = utf8_clean(&a, "ok\xE2\x82", 4);
	assert_memory_equal(c, "ok\xEF\xBF\xBD", 5);
	assert_true(utf8_count(c, strlen(c)) > 0);
	arena_free(&a);
}

static void test_utf8_clean_replaces_nul(void **state)
{
	(void)state;
	struct arena a = {0};
	char *c = utf8_clean(&a, "a\0b", 3);
	assert_string_equal(c, "a\xEF\xBF\xBD"
	                       "b");
	arena_free(&a);
}

static void test_utf8_clean_output_is_always_valid(void **state)
{
	(void)state;
	struct arena a = {0};
	unsigned char all[256];
	for (int i = 0; i < 256; i++)
		all[i] = (unsigned char)i;
	char *c = utf8_clean(&a, (const char *)all, sizeof all);
	/* Every byte 1..127 survives; 0 and 128..255 each become U+FFFD. */
	assert_int_equal(utf8_count(c, strlen(c)), 256);
	arena_free(&a);
}

/* ---- utf8_next: the code-point iterator ----------------------------------- */

/* The code points of a NUL-terminated text, with each one's length. */
static size_t decode_all(const char *s, uint32_t *cps, size_t *lens, size_t max)
{
	size_t k = 0, n;
	uint32_t c;
	while (k < max && (n = utf8_next(s, &c)) != 0) {
		cps[k] = c;
		lens[k++] = n;
		s += n;
	}
	return k;
}

static void test_utf8_next_decodes_each_length(void **state)
{
	(void)state;
	uint32_t cp[8];
	size_t len[8];
	assert_int_equal(decode_all("a\xC3\xB8\xE2\x82\xAC\xF0\x9F\x98\x80", cp, len, 8), 4);
	assert_int_equal(cp[0], 'a');
	assert_int_equal(len[0], 1);
	assert_int_equal(cp[1], 0xF8);
	assert_int_equal(len[1], 2);
	assert_int_equal(cp[2], 0x20AC);
	assert_int_equal(len[2], 3);
	assert_int_equal(cp[3], 0x1F600);
	assert_int_equal(len[3], 4);
}

static void test_utf8_next_stops_at_nul(void **state)
{
	(void)state;
	uint32_t c = 123;
	assert_int_equal(utf8_next("", &c), 0);
	assert_int_equal(c, 0);
}

static void test_utf8_next_reads_bad_bytes_as_one_replacement_each(void **state)
{
	(void)state;
	static const char *const bad[] = {
	    "\x80",             /* lone continuation byte */
	    "\xC0\x80",         /* overlong NUL */
	    "\xE0\x80\xAF",     /* overlong '/' */
	    "\xED\xA0\x80",     /* surrogate U+D800 */
	    "\xF4\x90\x80\x80", /* above U+10FFFF */
	    "\xFF",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		uint32_t cp[8];
		size_t len[8];
		size_t n = decode_all(bad[i], cp, len, 8);
		assert_int_equal(n, strlen(bad[i]));
		for (size_t k = 0; k < n; k++) {
			assert_int_equal(cp[k], 0xFFFD);
			assert_int_equal(len[k], 1);
		}
	}
}

static void test_utf8_next_never_reads_past_nul_in_cut_sequence(void **state)
{
	(void)state;
	/* Exactly 3 bytes on the heap: under ASan a read past the NUL of a
	 * sequence that promises 4 bytes would be caught. */
	char *s = malloc(3);
	assert_non_null(s);
	memcpy(s, "\xF0\x9F", 3);
	uint32_t c;
	assert_int_equal(utf8_next(s, &c), 1);
	assert_int_equal(c, 0xFFFD);
	assert_int_equal(utf8_next(s + 1, &c), 1);
	assert_int_equal(utf8_next(s + 2, &c), 0);
	free(s);
}

/* ---- text_next_word: the word iterator ----------------------------------- */

/* The words of text joined by '|', into out. */
static void words_of(const char *text, char *out, size_t cap)
{
	struct text_word w;
	size_t o = 0;
	out[0] = '\0';
	for (const char *p = text; text_next_word(&p, &w);) {
		assert_true(o + w.len + 2 < cap);
		if (o)
			out[o++] = '|';
		memcpy(out + o, w.s, w.len);
		o += w.len;
		out[o] = '\0';
	}
}

static void test_words_split_on_spaces_and_punctuation(void **state)
{
	(void)state;
	char got[256];
	words_of("  Hello, world!  I'm 13-year-old\n\tok.", got, sizeof got);
	assert_string_equal(got, "Hello|world|I|m|13|year|old|ok");
}

static void test_words_keep_nordic_letters(void **state)
{
	(void)state;
	char got[256];
	words_of("Søren går på skärgården, Ærø", got, sizeof got);
	assert_string_equal(got, "Søren|går|på|skärgården|Ærø");
}

static void test_words_split_on_typographic_quotes_dashes_and_emoji(void **state)
{
	(void)state;
	char got[256];
	words_of("don\xE2\x80\x99t\xE2\x80\x94stop\xF0\x9F\x98\x80now\xC2\xA0\xC2\xABja\xC2\xBB"
	         "2\xC3\x97"
	         "3",
	         got, sizeof got);
	assert_string_equal(got, "don|t|stop|now|ja|2|3");
}

static void test_words_split_on_bad_bytes(void **state)
{
	(void)state;
	char got[256];
	words_of("ab\xFF"
	         "cd\xC3"
	         "ef\xED\xA0\x80gh",
	         got, sizeof got);
	assert_string_equal(got, "ab|cd|ef|gh");
}

static void test_words_none_in_empty_or_punctuation(void **state)
{
	(void)state;
	static const char *const texts[] = {"", "   ", "...!?", "\xF0\x9F\x98\x80 \xE2\x80\x94"};
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		const char *p = texts[i];
		struct text_word w;
		assert_int_equal(text_next_word(&p, &w), 0);
		assert_ptr_equal(p, texts[i] + strlen(texts[i]));
	}
}

static void test_word_at_only_where_a_word_starts(void **state)
{
	(void)state;
	const char *t = "  snap: mads";
	struct text_word w;
	assert_int_equal(text_word_at(t, &w), 0);
	assert_int_equal(text_word_at(t + 2, &w), 1);
	assert_int_equal(w.len, 4);
	assert_int_equal(text_word_at(t + 3, &w), 1); /* "nap": inside a word counts */
	assert_int_equal(text_word_at(t + 6, &w), 0);
}

static void test_word_is_ignores_case_including_latin1(void **state)
{
	(void)state;
	struct text_word w = {"ÆRØ", strlen("ÆRØ")};
	assert_int_equal(text_word_is(&w, "ærø", strlen("ærø"), 0), 1);
	assert_int_equal(text_word_is(&w, "ær", strlen("ær"), 0), 0);
	assert_int_equal(text_word_is(&w, "ær", strlen("ær"), 1), 1);
	assert_int_equal(text_word_is(&w, "ærøs", strlen("ærøs"), 1), 0);
	struct text_word x = {"KILL", 4};
	assert_int_equal(text_word_is(&x, "kill", 4, 0), 1);
	/* Only Latin-1 capitals fold: U+00D7 (×) is no capital of U+00F7 (÷). */
	assert_int_equal(text_fold(0xD7), 0xD7);
	assert_int_equal(text_fold(0xC5), 0xE5);
	assert_int_equal(text_fold(0x100), 0x100);
}

static void test_word_in_finds_listed_words(void **state)
{
	(void)state;
	static const char *const list[] = {"snap", "insta", "på", NULL};
	struct text_word a = {"Insta", 5}, b = {"instagram", 9}, c = {"PÅ", strlen("PÅ")};
	assert_int_equal(text_word_in(&a, list), 1);
	assert_int_equal(text_word_in(&b, list), 0);
	assert_int_equal(text_word_in(&c, list), 1);
}

static void test_is_letter_edges(void **state)
{
	(void)state;
	assert_int_equal(text_is_letter('a'), 1);
	assert_int_equal(text_is_letter('9'), 1);
	assert_int_equal(text_is_letter('_'), 0);
	assert_int_equal(text_is_letter(0xA0), 0);   /* no-break space */
	assert_int_equal(text_is_letter(0xC0), 1);   /* À */
	assert_int_equal(text_is_letter(0xF7), 0);   /* ÷ */
	assert_int_equal(text_is_letter(0x2019), 0); /* ’ */
	assert_int_equal(text_is_letter(0x0416), 1); /* Cyrillic Ж */
	assert_int_equal(text_is_letter(0xFFFD), 0);
	assert_int_equal(text_is_letter(0x1F600), 0);
}

static void test_starts_ci_and_starts_with_any(void **state)
{
	(void)state;
	static const char *const schemes[] = {"http://", "https://", NULL};
	assert_int_equal(text_starts_ci("WWW.x", "www."), 1);
	assert_int_equal(text_starts_ci("ww", "www."), 0);
	assert_int_equal(text_starts_with_any("HTTPS://x", schemes), 8);
	assert_int_equal(text_starts_with_any("ftp://x", schemes), 0);
}

/* ---- text_equal_ct ------------------------------------------------------- */

static void test_text_equal_ct_equal_strings(void **state)
{
	(void)state;
	assert_true(text_equal_ct("abc", "abc"));
	assert_true(text_equal_ct("", ""));
}

static void test_text_equal_ct_different_strings(void **state)
{
	(void)state;
	assert_false(text_equal_ct("abc", "abd"));
	assert_false(text_equal_ct("abc", "Abc"));
}

static void test_text_equal_ct_prefix_is_not_equal(void **state)
{
	(void)state;
	assert_false(text_equal_ct("abc", "abcd"));
	assert_false(text_equal_ct("abcd", "abc"));
	assert_false(text_equal_ct("", "a"));
}

/* ---- text_hex ------------------------------------------------------------ */

static void test_text_hex_lower_case(void **state)
{
	(void)state;
	char out[9];
	text_hex((const unsigned char *)"\x00\x9f\xab\xff", 4, out);
	assert_string_equal(out, "009fabff");
}

/* ---- text_seen ------------------------------------------------------------ */

/* text_seen(in) must be want, and stable (text_seen of it is itself). */
static void expect_seen(const char *in, const char *want)
{
	struct arena a = {0};
	const char *got = text_seen(&a, in);
	if (strcmp(got, want) != 0)
		fail_msg("text_seen(\"%s\") is \"%s\", want \"%s\"", in, got, want);
	if (strcmp(text_seen(&a, got), got) != 0)
		fail_msg("text_seen is not stable on \"%s\"", got);
	arena_free(&a);
}

static void test_seen_keeps_ordinary_text(void **state)
{
	(void)state;
	expect_seen("", "");
	expect_seen("Tom & Jerry, 3 < 4 **bold**", "Tom & Jerry, 3 < 4 **bold**");
	expect_seen("blåbærgrød på Ærø, smörgåsbord", "blåbærgrød på Ærø, smörgåsbord");
	expect_seen("I ❤ you 😀", "I ❤ you 😀");
}

static void test_seen_reads_fullwidth_as_ascii(void **state)
{
	(void)state;
	expect_seen("kid＠example．com", "kid@example.com");
	expect_seen("２０ １２ ３４ ５６", "20 12 34 56");
	expect_seen("ｓｎａｐ：ｋｉｄ", "snap:kid");
}

static void test_seen_composes_decomposed_letters(void **state)
{
	(void)state;
	expect_seen("ba\xCC\x8Ar", "b\xC3\xA5r"); /* a + combining ring = å */
	/* A ring on å has no composed form and stays: not on ASCII. */
	expect_seen("bl\xC3\xA5\xCC\x8A", "bl\xC3\xA5\xCC\x8A");
}

static void test_seen_drops_invisible_characters(void **state)
{
	(void)state;
	expect_seen("20\u200B12\u200C34\u200D56", "20123456");
	expect_seen("sn\u00ADap\u2060chat", "snapchat");
	expect_seen("\uFEFFkid\u202E@\u202Cx.com", "kid@x.com");
}

static void test_seen_reads_any_digits_and_dashes_as_ascii(void **state)
{
	(void)state;
	expect_seen("٢٠١٢٣٤٥٦", "20123456"); /* Arabic-Indic */
	expect_seen("𝟐𝟎 ①② ³⁴", "20 12 34"); /* mathematical, circled, superscript */
	expect_seen("20\u201312\u201434\u221256", "20-12-34-56"); /* en, em dash, minus */
	expect_seen("20\u2800 12", "20  12");                     /* blank Braille pattern */
}

static void test_seen_reads_lookalike_letters_as_latin(void **state)
{
	(void)state;
	expect_seen("ѕnаpсhаt", "snapchat"); /* Cyrillic s, a, c */
	expect_seen("ΙΝ", "IN");             /* Greek capitals */
	expect_seen("kid@mail\u3002com", "kid@mail.com");
}

static void test_seen_drops_marks_on_ascii(void **state)
{
	(void)state;
	expect_seen("2\u03360\u0336", "20"); /* struck through */
	expect_seen("2\u20E3", "2");         /* keycap */
}

static void test_seen_reads_bad_bytes_as_replacement(void **state)
{
	(void)state;
	expect_seen("a\xFF"
	            "b",
	            "a\xEF\xBF\xBD"
	            "b");
}

static void test_seen_reaches_a_fixed_point(void **state)
{
	(void)state;
	/* Halfwidth Hangul filler: NFKC makes it the ignorable U+1160. */
	expect_seen("2\uFFA00 12 34 56", "20 12 34 56");
	/* An ignorable between a letter and its mark: dropped, then composed. */
	expect_seen("a\u200B\u030A", "å");
}

static void test_text_blank_is_only_spaces_tabs_and_line_ends(void **state)
{
	(void)state;
	assert_true(text_blank(""));
	assert_true(text_blank(" \t\r\n "));
	assert_false(text_blank("  x  "));
	assert_false(text_blank("\xC2\xA0")); /* a no-break space is a character typed */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_utf8_count_ascii),
	    cmocka_unit_test(test_seen_keeps_ordinary_text),
	    cmocka_unit_test(test_seen_reads_fullwidth_as_ascii),
	    cmocka_unit_test(test_seen_composes_decomposed_letters),
	    cmocka_unit_test(test_seen_drops_invisible_characters),
	    cmocka_unit_test(test_seen_reads_any_digits_and_dashes_as_ascii),
	    cmocka_unit_test(test_seen_reads_lookalike_letters_as_latin),
	    cmocka_unit_test(test_seen_drops_marks_on_ascii),
	    cmocka_unit_test(test_seen_reads_bad_bytes_as_replacement),
	    cmocka_unit_test(test_seen_reaches_a_fixed_point),
	    cmocka_unit_test(test_utf8_count_counts_nul_as_a_character),
	    cmocka_unit_test(test_utf8_count_multibyte),
	    cmocka_unit_test(test_utf8_count_accepts_smallest_of_each_length),
	    cmocka_unit_test(test_utf8_count_rejects_overlong),
	    cmocka_unit_test(test_utf8_count_rejects_surrogates),
	    cmocka_unit_test(test_utf8_count_rejects_above_max_code_point),
	    cmocka_unit_test(test_utf8_count_rejects_truncated_sequence),
	    cmocka_unit_test(test_utf8_count_rejects_lone_continuation_byte),
	    cmocka_unit_test(test_utf8_count_respects_length_not_nul),
	    cmocka_unit_test(test_utf8_clean_keeps_valid_text),
	    cmocka_unit_test(test_utf8_clean_replaces_invalid_byte),
	    cmocka_unit_test(test_utf8_clean_replaces_overlong_and_surrogate),
	    cmocka_unit_test(test_utf8_clean_replaces_truncated_sequence_at_end),
	    cmocka_unit_test(test_utf8_clean_replaces_nul),
	    cmocka_unit_test(test_utf8_clean_output_is_always_valid),
	    cmocka_unit_test(test_utf8_next_decodes_each_length),
	    cmocka_unit_test(test_utf8_next_stops_at_nul),
	    cmocka_unit_test(test_utf8_next_reads_bad_bytes_as_one_replacement_each),
	    cmocka_unit_test(test_utf8_next_never_reads_past_nul_in_cut_sequence),
	    cmocka_unit_test(test_words_split_on_spaces_and_punctuation),
	    cmocka_unit_test(test_words_keep_nordic_letters),
	    cmocka_unit_test(test_words_split_on_typographic_quotes_dashes_and_emoji),
	    cmocka_unit_test(test_words_split_on_bad_bytes),
	    cmocka_unit_test(test_words_none_in_empty_or_punctuation),
	    cmocka_unit_test(test_word_at_only_where_a_word_starts),
	    cmocka_unit_test(test_word_is_ignores_case_including_latin1),
	    cmocka_unit_test(test_word_in_finds_listed_words),
	    cmocka_unit_test(test_is_letter_edges),
	    cmocka_unit_test(test_starts_ci_and_starts_with_any),
	    cmocka_unit_test(test_text_equal_ct_equal_strings),
	    cmocka_unit_test(test_text_equal_ct_different_strings),
	    cmocka_unit_test(test_text_equal_ct_prefix_is_not_equal),
	    cmocka_unit_test(test_text_hex_lower_case),
	    cmocka_unit_test(test_text_blank_is_only_spaces_tabs_and_line_ends),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
