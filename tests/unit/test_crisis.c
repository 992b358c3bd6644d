/*
 * test_crisis.c - the crisis-words guard (community/crisis.c) in English,
 * Danish and Swedish: tables of member-like sentences that must or must
 * not be flagged; a failure names the sentence.
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

#include "crisis.h"

#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

/* ---- helpers ------------------------------------------------------------- */

/* Each text must give guard_crisis() == want. */
static void expect_crisis(int want, const char *const *texts, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (guard_crisis(texts[i]) != want)
			fail_msg("guard_crisis(\"%s\") should be %d", texts[i], want);
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

int main(void)
{
	const struct CMUnitTest tests[] = {
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
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
