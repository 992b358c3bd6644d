/*
 * test_contact.c - the contact-details guard (community/contact.c): phone
 * numbers, e-mail addresses and social-media names, and the message that
 * quotes the first find back to the member.
 *
 * Most tests are tables of member-like sentences, each expected to be
 * caught (with what the member is shown, quoted) or to pass untouched;
 * a failure names the sentence.
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
#include "contact.h"
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
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
