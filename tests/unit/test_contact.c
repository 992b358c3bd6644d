/*
 * test_guard.c - the safety checks in guard.c: personal information,
 * crisis words, links and the night pre-moderation window.
 *
 * Most tests are tables of member-like sentences, each expected to be
 * caught (with what the member is shown, quoted) or to pass untouched;
 * a failure names the sentence. Times are fixed instants built with
 * timegm, so the window tests never depend on the clock or the machine's
 * time zone.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "arena.h"
#include "guard.h"
#include "text.h"

#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

/* ---- helpers ------------------------------------------------------------- */

/* What the personal-information guard is expected to say about a text. */
struct found {
	const char *text;
	const char *quote; /* what the message quotes back */
};

#define PHONE  "a phone number"
#define EMAIL  "an e-mail address"
#define SOCIAL "a social-media name"

/* Each text must be refused as `what`, quoting exactly its quote. */
static void expect_found(const char *what, const struct found *cases, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct arena a = {0};
		char want[512], got[1024];
		const char *msg = guard_personal_info(&a, cases[i].text);
		snprintf(want, sizeof(want), "This looks like %s: \"%s\". ", what, cases[i].quote);
		snprintf(got, sizeof(got), "%s", msg ? msg : "(nothing)");
		arena_free(&a);
		if (strncmp(got, want, strlen(want)) != 0)
			fail_msg("text \"%s\"\n  want: %s\n  got:  %s", cases[i].text, want, got);
	}
}

/* Each text must pass the personal-information guard. */
static void expect_fine(const char *const *texts, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct arena a = {0};
		char got[1024];
		const char *msg = guard_personal_info(&a, texts[i]);
		snprintf(got, sizeof(got), "%s", msg ? msg : "");
		arena_free(&a);
		if (got[0])
			fail_msg("text \"%s\" was refused: %s", texts[i], got);
	}
}

/* Each text must give guard_crisis() == want. */
static void expect_crisis(int want, const char *const *texts, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (guard_crisis(texts[i]) != want)
			fail_msg("guard_crisis(\"%s\") should be %d", texts[i], want);
}

/* Each text must give guard_has_link() == want. */
static void expect_link(int want, const char *const *texts, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (guard_has_link(texts[i]) != want)
			fail_msg("guard_has_link(\"%s\") should be %d", texts[i], want);
}

/* y-m-d h:00 UTC. */
static time_t utc(int y, int m, int d, int h)
{
	struct tm t = {0};
	t.tm_year = y - 1900;
	t.tm_mon = m - 1;
	t.tm_mday = d;
	t.tm_hour = h;
	return timegm(&t);
}

/* ---- phone numbers ------------------------------------------------------- */

static void test_phone_danish_grouped_is_found(void **state)
{
	(void)state;
	static const struct found cases[] = {
	    {"22 33 44 55", "22 33 44 55"}, {"Ring til mig på 22 33 44 55 i aften", "22 33 44 55"},
	    {"2233 4455", "2233 4455"},     {"22.33.44.55", "22.33.44.55"},
	    {"22-33-44-55", "22-33-44-55"}, {"22 33 44 55.", "22 33 44 55"},
	};
	expect_found(PHONE, cases, COUNT(cases));
}

static void test_phone_danish_ungrouped_is_found(void **state)
{
	(void)state;
	static const struct found cases[] = {
	    {"22334455", "22334455"},
	    {"my number is 22334455, text me", "22334455"},
	    {"(22334455)", "22334455"},
	};
	expect_found(PHONE, cases, COUNT(cases));
}

static void test_phone_with_country_code_is_found(void **state)
{
	(void)state;
	static const struct found cases[] = {
	    {"+45 22 33 44 55", "+45 22 33 44 55"},     {"+4522334455", "+4522334455"},
	    {"0045 22 33 44 55", "0045 22 33 44 55"},   {"0045 22334455", "0045 22334455"},
	    {"(+45) 22 33 44 55", "(+45) 22 33 44 55"},
	};
	expect_found(PHONE, cases, COUNT(cases));
}

static void test_phone_swedish_mobile_is_found(void **state)
{
	(void)state;
	static const struct found cases[] = {
	    {"070-123 45 67", "070-123 45 67"},       {"0701234567", "0701234567"},
	    {"+46 70 123 45 67", "+46 70 123 45 67"}, {"ring 070 - 123 45 67!", "070 - 123 45 67"},
	    {"070-1234567", "070-1234567"},
	};
	expect_found(PHONE, cases, COUNT(cases));
}

static void test_phone_long_digit_runs_are_found(void **state)
{
	(void)state;
	static const struct found cases[] = {
	    {"20192020", "20192020"}, /* a year pair without a separator is a number */
	    {"1 2 3 4 5 6 7 8", "1 2 3 4 5 6 7 8"},
	    {"+1 555 123 4567", "+1 555 123 4567"},
	    {"1234 5678901234", "1234 5678901234"},
	};
	expect_found(PHONE, cases, COUNT(cases));
}

static void test_years_are_not_phone_numbers(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "in 2019 and 2020",
	    "2019 2020",
	    "skoleåret 2019-2020",
	    "from 2019 - 2020",
	    "I was born in 1999. 2000 was the year my parents split",
	    "1998 1999 2000 2001",
	};
	expect_fine(texts, COUNT(texts));
}

static void test_times_are_not_phone_numbers(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "12:30",
	    "from 12:30-14:30",
	    "kl. 12.30-14.30",
	    "kl. 8.00 - 16.00",
	    "kl. 08.00 - 16.00",
	    "at 12:30:45",
	};
	expect_fine(texts, COUNT(texts));
}

static void test_ordinary_numbers_are_not_phone_numbers(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "I am 16",
	    "3000 kr",
	    "1234567",    /* 7 digits */
	    "22 33 44 5", /* 7 digits */
	    "I am 16, he is 17, she is 15 and we have 3 dogs",
	    "12 + 34 = 46",
	};
	expect_fine(texts, COUNT(texts));
}

static void test_amounts_are_not_phone_numbers(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "1.000.000",
	    "10.000.000 kr",
	    "he earns 10 000 000 a year",
	    "10.000-15.000 kr om måneden",
	    "1.000.000.000",
	    "3,14159265",
	    "pi is 3.14159265",
	};
	expect_fine(texts, COUNT(texts));
}

static void test_dates_are_not_phone_numbers(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "født 24.12.2005",
	    "24-12-2005",
	    "2005-12-24",
	    "12/03/2019",
	};
	expect_fine(texts, COUNT(texts));
}

static void test_digits_inside_a_word_are_not_a_phone_number(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "my gamertag is xX12345678Xx",
	    "file_12345678",
	};
	expect_fine(texts, COUNT(texts));
}

/* ---- e-mail addresses ---------------------------------------------------- */

static void test_email_plain_is_found(void **state)
{
	(void)state;
	static const struct found cases[] = {
	    {"mads.jensen@gmail.com", "mads.jensen@gmail.com"},
	    {"Skriv til mads_16@hotmail.dk!", "mads_16@hotmail.dk"},
	    {"(kalle+x@mail.example.se)", "kalle+x@mail.example.se"},
	    {"mail me: MADS@GMAIL.COM.", "MADS@GMAIL.COM"},
	};
	expect_found(EMAIL, cases, COUNT(cases));
}

static void test_email_obfuscated_at_is_found(void **state)
{
	(void)state;
	static const struct found cases[] = {
	    {"mads (at) gmail.com", "mads (at) gmail.com"},
	    {"mads[at]gmail.com", "mads[at]gmail.com"},
	    {"mads (at) gmail (dot) com", "mads (at) gmail (dot) com"},
	    {"MADS [AT] GMAIL [DOT] COM", "MADS [AT] GMAIL [DOT] COM"},
	    {"mads@gmail (dot) com", "mads@gmail (dot) com"},
	};
	expect_found(EMAIL, cases, COUNT(cases));
}

static void test_email_without_a_domain_is_not_found(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "me@home", "I was (at) home", "meet me @ 5", "mads@gmail", "a@b.c",
	};
	expect_fine(texts, COUNT(texts));
}

/* ---- social-media names -------------------------------------------------- */

static void test_at_handle_is_found(void **state)
{
	(void)state;
	static const struct found cases[] = {
	    {"follow @mads_123", "@mads_123"},
	    {"(@xyz.abc)", "@xyz.abc"},
	    {"@mads.", "@mads"},
	    {"skriv til @Kalle99 på insta", "@Kalle99"},
	};
	expect_found(SOCIAL, cases, COUNT(cases));
}

static void test_short_at_handle_is_not_found(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "@me", "meet @ 5", "a @ b", "@", "hi@there",
	};
	expect_fine(texts, COUNT(texts));
}

static void test_service_with_colon_and_name_is_found(void **state)
{
	(void)state;
	static const struct found cases[] = {
	    {"snap: mads_123", "snap: mads_123"},
	    {"tiktok: xyz", "tiktok: xyz"},
	    {"discord: xyz#1234", "discord: xyz#1234"},
	    {"Kik: mads", "Kik: mads"},
	    {"telegram: @mads", "telegram: @mads"},
	    {"whatsapp = kalle", "whatsapp = kalle"},
	    {"snapchat name: madsen", "snapchat name: madsen"},
	    {"snap brugernavn madsen", "snap brugernavn madsen"},
	    {"skriv på snap:\nmadsen", "snap: madsen"},
	};
	expect_found(SOCIAL, cases, COUNT(cases));
}

static void test_service_followed_by_name_with_digits_is_found(void **state)
{
	(void)state;
	static const struct found cases[] = {
	    {"snapchat mads123", "snapchat mads123"},
	    {"SNAP mads_99", "SNAP mads_99"},
	    {"whatsapp mads.j", "whatsapp mads.j"},
	    {"insta @kalle", "insta @kalle"},
	};
	expect_found(SOCIAL, cases, COUNT(cases));
}

static void test_service_after_invitation_is_found(void **state)
{
	(void)state;
	static const struct found cases[] = {
	    {"add me on insta xyz", "insta xyz"},
	    {"Add me on Snapchat madsen", "Snapchat madsen"},
	    {"tilføj mig på snap madsen", "snap madsen"},
	    {"lägg till mig på snap kalle", "snap kalle"},
	    {"follow me on tiktok kalle", "tiktok kalle"},
	};
	expect_found(SOCIAL, cases, COUNT(cases));
}

static void test_service_after_my_and_is_is_found(void **state)
{
	(void)state;
	static const struct found cases[] = {
	    {"my instagram is xyz", "instagram is xyz"},
	    {"mit snap er madsen", "snap er madsen"},
	    {"min snap är kalle", "snap är kalle"},
	};
	expect_found(SOCIAL, cases, COUNT(cases));
}

static void test_plain_mention_of_a_service_is_not_found(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "I saw it on TikTok",
	    "my friends are all on Snapchat",
	    "I saw it on TikTok yesterday",
	    "Snapchat is toxic",
	    "my instagram is private",
	    "Instagram: the app that ruins everything",
	    "Snapchat: it's so bad",
	    "I deleted snapchat yesterday",
	    "we talked on discord about it",
	    "my snapchat friends laughed",
	    "han skrev til mig på snap i går",
	    "jeg har slettet min snap og insta",
	    "hon la upp det på insta och alla såg",
	    "oh snap: I forgot",
	    "it was a snap decision",
	    "snapchat, instagram, tiktok",
	    "I use snap...and it's boring",
	    "snap.chat is not a thing",
	};
	expect_fine(texts, COUNT(texts));
}

static void test_service_words_match_whole_words_only(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "snapshot: mads123",
	    "kiki: madsen",
	    "igloo: x_1",
	    "Instagrammable: yes1",
	};
	expect_fine(texts, COUNT(texts));
}

/* ---- personal information: the message ----------------------------------- */

static void test_text_without_personal_info_is_fine(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "",
	    "Hej. Jeg er 16 og min kæreste har slået op. Hvad gør jeg?",
	    "Jag är 17 och har ångest inför provet på fredag kl. 9.",
	    "I've been lifting for 2 years and still weigh 70 kg.",
	    "My mum works 37 hours a week and my dad is never home.",
	    "Tjek artiklen om søvn, den hjalp mig!",
	};
	expect_fine(texts, COUNT(texts));
}

static void test_personal_info_message_is_a_whole_sentence(void **state)
{
	(void)state;
	struct arena a = {0};
	const char *msg = guard_personal_info(&a, "ring 22 33 44 55");
	assert_non_null(msg);
	assert_string_equal(msg,
	                    "This looks like a phone number: \"22 33 44 55\". To keep you safe, "
	                    "Opbak does not allow phone numbers, e-mail addresses or "
	                    "social-media names in posts. Remove it and send again.");
	arena_free(&a);
}

static void test_personal_info_reports_the_first_find(void **state)
{
	(void)state;
	static const struct found phone_first[] = {
	    {"22334455 or mads@x.dk", "22334455"},
	};
	static const struct found email_first[] = {
	    {"mads@x.dk or 22334455", "mads@x.dk"},
	    {"mads12345678@x.dk", "mads12345678@x.dk"},
	};
	static const struct found social_first[] = {
	    {"snap: mads_1 or 22334455", "snap: mads_1"},
	};
	expect_found(PHONE, phone_first, COUNT(phone_first));
	expect_found(EMAIL, email_first, COUNT(email_first));
	expect_found(SOCIAL, social_first, COUNT(social_first));
}

static void test_personal_info_cuts_a_long_quote(void **state)
{
	(void)state;
	char text[201];
	memset(text, '1', 200);
	text[200] = '\0';
	struct arena a = {0};
	const char *msg = guard_personal_info(&a, text);
	assert_non_null(msg);
	char want[GUARD_QUOTE_MAX + 64];
	snprintf(want, sizeof(want), "This looks like a phone number: \"%.*s…\".", GUARD_QUOTE_MAX,
	         text);
	assert_memory_equal(msg, want, strlen(want));
	arena_free(&a);
}

static void test_personal_info_cut_keeps_characters_whole(void **state)
{
	(void)state;
	/* "skype användarnamn: " is 21 bytes, then 2-byte letters: a cut at
	 * GUARD_QUOTE_MAX (even) bytes would split one, so the quote must stop
	 * a byte earlier. */
	char text[256] = "skype anv\xC3\xA4ndarnamn: ";
	for (int i = 0; i < 30; i++)
		strcat(text, "\xC3\xB8"); /* ø */
	struct arena a = {0};
	const char *msg = guard_personal_info(&a, text);
	assert_non_null(msg);
	const char *quote = strchr(msg, '"') + 1;
	const char *end = strstr(quote, "…\"");
	assert_non_null(end);
	assert_int_equal(end - quote, GUARD_QUOTE_MAX - 1);
	assert_true(utf8_count(quote, (size_t)(end - quote)) > 0);
	arena_free(&a);
}

static void test_personal_info_accepts_null(void **state)
{
	(void)state;
	struct arena a = {0};
	assert_null(guard_personal_info(&a, NULL));
	arena_free(&a);
}

/* ---- crisis words -------------------------------------------------------- */

static void test_crisis_english_phrases_match(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "I want to kill myself",
	    "sometimes I think about ending my life",
	    "I just want to end my life",
	    "I want to die",
	    "I'm thinking about suicide",
	    "I've been feeling suicidal",
	    "I hurt myself when I'm angry",
	    "I cut myself again last night",
	    "is self-harm normal?",
	    "I started self harming",
	    "I don't want to live anymore",
	    "I don’t want to live anymore", /* typographic apostrophe */
	    "everyone would be better off if I was... better off dead",
	};
	expect_crisis(1, texts, COUNT(texts));
}

static void test_crisis_danish_phrases_match(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "jeg vil slå mig selv ihjel",      "jeg har tænkt på at tage mit eget liv",
	    "jeg skærer i mig selv",           "nogle gange har jeg lyst til at skære i mig selv",
	    "jeg vil ikke leve mere",          "jeg tænker på selvmord",
	    "min ven har selvskadende adfærd",
	};
	expect_crisis(1, texts, COUNT(texts));
}

static void test_crisis_swedish_phrases_match(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "jag vill ta livet av mig",   "jag brukar skada mig själv", "jag vill inte leva",
	    "jag har tänkt på självmord", "jag orkar inte leva längre",
	};
	expect_crisis(1, texts, COUNT(texts));
}

static void test_crisis_stems_match_compounds(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "selvmordet",         "jeg har selvmordstanker",
	    "selvmordsforsøg",    "jag har självmordstankar",
	    "suicidal",           "suicidtankar",
	    "självskadebeteende",
	};
	expect_crisis(1, texts, COUNT(texts));
}

static void test_crisis_ignores_case_including_nordic_letters(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "JEG VIL SLÅ MIG SELV IHJEL",
	    "Slå Mig Selv Ihjel",
	    "SKÆRE I MIG SELV",
	    "SJÄLVMORD",
	    "Självmordstankar",
	    "SKADA MIG SJÄLV",
	    "DÖDA MIG SJÄLV",
	    "Jeg Ønsker Jeg Var Død",
	    "KILL MYSELF",
	    "Selvmord",
	};
	expect_crisis(1, texts, COUNT(texts));
}

static void test_crisis_allows_any_space_and_punctuation_between_words(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "kill   myself",     "kill\nmyself",    "kill\t myself", "kill-myself",
	    "end... my... life", "self-harm",       "self harm",     "slå  mig\nselv ihjel",
	    "(suicide)",         "\"want to die\"",
	};
	expect_crisis(1, texts, COUNT(texts));
}

static void test_crisis_does_not_match_skilled(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "he is a skilled player",
	    "I skilled myself up in football",
	    "skillful",
	    "the killer whale",
	    "overkill myself",
	};
	expect_crisis(0, texts, COUNT(texts));
}

static void test_crisis_does_not_match_inside_words(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "the weekend my life changed",
	    "I want to diet before summer",
	    "unselfharmful", /* a stem matches at the start of a word only */
	    "jeg vil dø af grin",
	};
	expect_crisis(0, texts, COUNT(texts));
}

static void test_crisis_ordinary_text_is_not_crisis(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "",
	    "I killed it at the exam",
	    "this homework is killing me",
	    "I cut my hair",
	    "jeg skal skære brød til mig selv",
	    "selvfølgelig",
	    "jeg er dødtræt",
	    "jag skäms inför mig själv",
	    "I don't want to live with my dad",
	    "my life is fine, I just want to talk",
	};
	expect_crisis(0, texts, COUNT(texts));
}

static void test_crisis_accepts_null(void **state)
{
	(void)state;
	assert_int_equal(guard_crisis(NULL), 0);
}

/* ---- links --------------------------------------------------------------- */

static void test_link_http_and_https_are_found(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "see http://example.com", "https://example.com/x?y=1", "HTTPS://EXAMPLE.COM",
	    "(https://a.b)",          "ftp://files.example.org/x", "xhttps://odd",
	};
	expect_link(1, texts, COUNT(texts));
}

static void test_link_www_is_found(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "www.example",
	    "go to WWW.Example.zz now",
	    "(www.x)",
	};
	expect_link(1, texts, COUNT(texts));
}

static void test_link_markdown_is_found(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "[click](http://a)",
	    "[my post](/p/1)",
	    "see [this] (not a link) and [that](x)",
	};
	expect_link(1, texts, COUNT(texts));
}

static void test_link_autolink_is_found(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "<https://example.com>",
	    "<mailto:a@b.dk>",
	    "<irc://chat>",
	    "<mads@b.dk>",
	};
	expect_link(1, texts, COUNT(texts));
}

static void test_link_bare_domain_is_found(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "example.com/path",
	    "bit.ly/xyz",
	    "google.dk",
	    "Example.com",
	    "sub.example.co.uk",
	    "se min side på mads.tv.",
	    "kom ind på spil.nu",
	    "Example.COM/path",
	    "my-site.info",
	    "blå-bog.dk",
	    "x.gg",
	};
	expect_link(1, texts, COUNT(texts));
}

static void test_link_sentence_typo_is_not_found(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "Hello.World", "I was tired.No one came",
	    "3.5",         "e.g. this",
	    "i.e.",        "f.eks. her",
	    "t.ex. där",   "1.000.000",
	    "wait...what", "the .com bubble",
	    "awww. ok",    "Fine.Me too",
	};
	expect_link(0, texts, COUNT(texts));
}

static void test_link_plain_text_is_not_found(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "",
	    "I <3 you",
	    "a < b > c",
	    "[sic]",
	    "(see above)",
	    "a [b] (c)",
	    "[b](c", /* never closed */
	    "[a](\nb)",
	    "http is a protocol",
	    "mads@gmail.com", /* personal information, not a link */
	    "www is short for world wide web",
	};
	expect_link(0, texts, COUNT(texts));
}

static void test_link_accepts_null(void **state)
{
	(void)state;
	assert_int_equal(guard_has_link(NULL), 0);
}

/* ---- the night window ---------------------------------------------------- */

static void test_window_wraps_midnight(void **state)
{
	(void)state;
	for (int h = 0; h < 24; h++)
		assert_int_equal(guard_in_window(h, 22, 9), h >= 22 || h < 9);
	assert_int_equal(guard_in_window(22, 22, 9), 1);
	assert_int_equal(guard_in_window(0, 22, 9), 1);
	assert_int_equal(guard_in_window(8, 22, 9), 1);
	assert_int_equal(guard_in_window(9, 22, 9), 0);
	assert_int_equal(guard_in_window(21, 22, 9), 0);
}

static void test_window_within_a_day(void **state)
{
	(void)state;
	for (int h = 0; h < 24; h++)
		assert_int_equal(guard_in_window(h, 9, 17), h >= 9 && h < 17);
	assert_int_equal(guard_in_window(0, 0, 1), 1);
	assert_int_equal(guard_in_window(23, 23, 0), 1);
	assert_int_equal(guard_in_window(0, 23, 0), 0);
}

static void test_window_is_empty_when_start_equals_end(void **state)
{
	(void)state;
	for (int h = 0; h < 24; h++) {
		assert_int_equal(guard_in_window(h, 0, 0), 0);
		assert_int_equal(guard_in_window(h, 22, 22), 0);
	}
}

static void test_window_rejects_out_of_range(void **state)
{
	(void)state;
	assert_int_equal(guard_in_window(-1, 22, 9), 0);
	assert_int_equal(guard_in_window(24, 22, 9), 0);
	assert_int_equal(guard_in_window(23, 22, 24), 0);
	assert_int_equal(guard_in_window(23, -1, 9), 0);
	assert_int_equal(guard_in_window(5, 0, 99), 0);
}

static void test_local_hour_follows_danish_summer_time(void **state)
{
	(void)state;
	assert_int_equal(guard_local_hour(utc(2024, 1, 15, 12), "Europe/Copenhagen"), 13);
	assert_int_equal(guard_local_hour(utc(2024, 7, 15, 12), "Europe/Copenhagen"), 14);
	/* Midnight UTC is already 1 or 2 at night in Copenhagen. */
	assert_int_equal(guard_local_hour(utc(2024, 7, 15, 22), "Europe/Copenhagen"), 0);
	/* 2024-03-31: clocks go from 02:00 to 03:00 at 01:00 UTC. */
	assert_int_equal(guard_local_hour(utc(2024, 3, 31, 0), "Europe/Copenhagen"), 1);
	assert_int_equal(guard_local_hour(utc(2024, 3, 31, 1), "Europe/Copenhagen"), 3);
}

static void test_local_hour_other_zones(void **state)
{
	(void)state;
	assert_int_equal(guard_local_hour(utc(2024, 1, 15, 12), "Europe/Stockholm"), 13);
	assert_int_equal(guard_local_hour(utc(2024, 1, 15, 12), "UTC"), 12);
	assert_int_equal(guard_local_hour(utc(2024, 1, 15, 12), "America/New_York"), 7);
	assert_int_equal(guard_local_hour(utc(2024, 1, 15, 12), "Asia/Tokyo"), 21);
}

static void test_local_hour_restores_the_process_zone(void **state)
{
	(void)state;
	char *old = getenv("TZ") ? strdup(getenv("TZ")) : NULL;
	time_t t = utc(2024, 1, 15, 12);
	struct tm tm;

	assert_int_equal(setenv("TZ", "Asia/Tokyo", 1), 0);
	tzset();
	assert_int_equal(guard_local_hour(t, "Europe/Copenhagen"), 13);
	assert_string_equal(getenv("TZ"), "Asia/Tokyo");
	assert_non_null(localtime_r(&t, &tm));
	assert_int_equal(tm.tm_hour, 21);

	/* An unset TZ stays unset. */
	assert_int_equal(unsetenv("TZ"), 0);
	tzset();
	assert_int_equal(guard_local_hour(t, "Europe/Copenhagen"), 13);
	assert_null(getenv("TZ"));

	if (old)
		setenv("TZ", old, 1);
	tzset();
	free(old);
}

static void test_local_hour_rejects_unknown_zone(void **state)
{
	(void)state;
	time_t t = utc(2024, 1, 15, 12);
	static const char *const zones[] = {
	    "",       "Not/AZone", "../../etc/passwd",        "/etc/localtime",
	    "Europe", "CET-1",     "Europe/Copenhagen extra", "zone.tab",
	};
	assert_int_equal(guard_local_hour(t, NULL), -1);
	for (size_t i = 0; i < COUNT(zones); i++)
		if (guard_local_hour(t, zones[i]) != -1)
			fail_msg("zone \"%s\" should be refused", zones[i]);
}

/* One cmocka test per behaviour, grouped by guard. */
int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_phone_danish_grouped_is_found),
	    cmocka_unit_test(test_phone_danish_ungrouped_is_found),
	    cmocka_unit_test(test_phone_with_country_code_is_found),
	    cmocka_unit_test(test_phone_swedish_mobile_is_found),
	    cmocka_unit_test(test_phone_long_digit_runs_are_found),
	    cmocka_unit_test(test_years_are_not_phone_numbers),
	    cmocka_unit_test(test_times_are_not_phone_numbers),
	    cmocka_unit_test(test_ordinary_numbers_are_not_phone_numbers),
	    cmocka_unit_test(test_amounts_are_not_phone_numbers),
	    cmocka_unit_test(test_dates_are_not_phone_numbers),
	    cmocka_unit_test(test_digits_inside_a_word_are_not_a_phone_number),
	    cmocka_unit_test(test_email_plain_is_found),
	    cmocka_unit_test(test_email_obfuscated_at_is_found),
	    cmocka_unit_test(test_email_without_a_domain_is_not_found),
	    cmocka_unit_test(test_at_handle_is_found),
	    cmocka_unit_test(test_short_at_handle_is_not_found),
	    cmocka_unit_test(test_service_with_colon_and_name_is_found),
	    cmocka_unit_test(test_service_followed_by_name_with_digits_is_found),
	    cmocka_unit_test(test_service_after_invitation_is_found),
	    cmocka_unit_test(test_service_after_my_and_is_is_found),
	    cmocka_unit_test(test_plain_mention_of_a_service_is_not_found),
	    cmocka_unit_test(test_service_words_match_whole_words_only),
	    cmocka_unit_test(test_text_without_personal_info_is_fine),
	    cmocka_unit_test(test_personal_info_message_is_a_whole_sentence),
	    cmocka_unit_test(test_personal_info_reports_the_first_find),
	    cmocka_unit_test(test_personal_info_cuts_a_long_quote),
	    cmocka_unit_test(test_personal_info_cut_keeps_characters_whole),
	    cmocka_unit_test(test_personal_info_accepts_null),
	    cmocka_unit_test(test_crisis_english_phrases_match),
	    cmocka_unit_test(test_crisis_danish_phrases_match),
	    cmocka_unit_test(test_crisis_swedish_phrases_match),
	    cmocka_unit_test(test_crisis_stems_match_compounds),
	    cmocka_unit_test(test_crisis_ignores_case_including_nordic_letters),
	    cmocka_unit_test(test_crisis_allows_any_space_and_punctuation_between_words),
	    cmocka_unit_test(test_crisis_does_not_match_skilled),
	    cmocka_unit_test(test_crisis_does_not_match_inside_words),
	    cmocka_unit_test(test_crisis_ordinary_text_is_not_crisis),
	    cmocka_unit_test(test_crisis_accepts_null),
	    cmocka_unit_test(test_link_http_and_https_are_found),
	    cmocka_unit_test(test_link_www_is_found),
	    cmocka_unit_test(test_link_markdown_is_found),
	    cmocka_unit_test(test_link_autolink_is_found),
	    cmocka_unit_test(test_link_bare_domain_is_found),
	    cmocka_unit_test(test_link_sentence_typo_is_not_found),
	    cmocka_unit_test(test_link_plain_text_is_not_found),
	    cmocka_unit_test(test_link_accepts_null),
	    cmocka_unit_test(test_window_wraps_midnight),
	    cmocka_unit_test(test_window_within_a_day),
	    cmocka_unit_test(test_window_is_empty_when_start_equals_end),
	    cmocka_unit_test(test_window_rejects_out_of_range),
	    cmocka_unit_test(test_local_hour_follows_danish_summer_time),
	    cmocka_unit_test(test_local_hour_other_zones),
	    cmocka_unit_test(test_local_hour_restores_the_process_zone),
	    cmocka_unit_test(test_local_hour_rejects_unknown_zone),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
