/*
 * crisis.c - the crisis words guard (see crisis.h): a table of phrases in
 * English, Danish and Swedish, matched word by word against a member's
 * text. A moderator extends it by adding a line to the table.
 *
 * Text from members is UTF-8 already checked by form_read(); it is read
 * with core's one iterator (text.h: utf8_next, text_next_word), where a
 * byte that is not valid UTF-8 reads as U+FFFD and is never trusted.
 *
 * Case: words are compared after text_fold() (A-Z and the Latin-1
 * capitals, so Æ Ø Å Ä Ö É Ü ...), independent of the process locale.
 * Write the table in lower case; upper case works too.
 */
#include "crisis.h"

#include <stddef.h>
#include <stdint.h>

#include "text.h"

/*
 * What guard_crisis() looks for. Each line is one or more words:
 *
 *   - Words match whole words of the text, ignoring case (Æ Ø Å Ä Ö too):
 *     "kill myself" matches "Kill myself" but never "skilled myself".
 *   - Between the words of a line the text may hold any run of spaces,
 *     line breaks and punctuation: "kill   myself", "kill, myself" and
 *     "kill-myself" all match "kill myself"; "self-harm" in the table is
 *     the same line as "self harm". Apostrophes split words too, so
 *     "don't" matches "don't", "don’t" and "don t" (not "dont": list it).
 *   - A word ending in '*' is a stem: it matches any word that BEGINS with
 *     it. That is how compounds are handled, deliberately and only here:
 *     "selvmord*" matches "selvmord", "selvmordet", "selvmordstanker";
 *     "självmord*" matches "självmordstankar". A stem never matches in the
 *     middle of a word ("ungdomsselvmord" needs its own line), and a word
 *     without '*' never matches a longer word ("want to die" does not
 *     match "want to diet").
 *
 * To add a term: write it in lower case in the section of its language,
 * the shortest form that is still unambiguous, with '*' only when every
 * word starting with the stem is a crisis word. Prefer matching too much
 * to too little: a false alarm shows a help box, a miss leaves a boy
 * alone. Add a test line in tests/unit/test_crisis.c.
 */
static const char *const guard_crisis_terms[] = {
    /* English */
    "suicid*", /* suicide, suicidal; also Danish and Swedish "suicid" */
    "kill myself",
    "killing myself",
    "end my life",
    "ending my life",
    "end it all",
    "take my own life",
    "take my life",
    "want to die",
    "wanna die",
    "want to be dead",
    "wish i was dead",
    "wish i were dead",
    "better off dead",
    "don't want to live anymore",
    "don't want to live any more",
    "dont want to live anymore",
    "do not want to live anymore",
    "don't want to be alive",
    "dont want to be alive",
    "no reason to live",
    "hurt myself",
    "hurting myself",
    "harm myself",
    "harming myself",
    "cut myself",
    "cutting myself",
    "self-harm*", /* self-harm, self harm, self-harming */
    "selfharm*",
    "self-injur*", /* self-injury, self injuring */

    /* Danish */
    "selvmord*", /* selvmord, selvmordet, selvmordstanker, selvmordsforsøg */
    "selvskad*", /* selvskade, selvskadende, selvskadning */
    "slå mig selv ihjel",
    "slår mig selv ihjel",
    "tage mit eget liv",
    "tager mit eget liv",
    "tage mit liv",
    "tage livet af mig",
    "tager livet af mig",
    "ende mit liv",
    "skære i mig selv",
    "skærer i mig selv",
    "skade mig selv",
    "skader mig selv",
    "gøre skade på mig selv",
    "jeg cutter",
    "cutte mig",
    "vil ikke leve mere",
    "vil ikke leve længere",
    "gider ikke leve mere",
    "orker ikke at leve",
    "har ikke lyst til at leve",
    "vil gerne dø",
    "vil bare dø",
    "lyst til at dø",
    "gid jeg var død",
    "ønsker jeg var død",

    /* Swedish */
    "självmord*", /* självmord, självmordet, självmordstankar */
    "självskad*", /* självskada, självskadebeteende */
    "ta livet av mig",
    "tar livet av mig",
    "ta mitt eget liv",
    "ta mitt liv",
    "avsluta mitt liv",
    "döda mig själv",
    "skada mig själv",
    "skadar mig själv",
    "skära mig",
    "skär mig",
    "vill inte leva",
    "orkar inte leva",
    "vill dö",
    "vill bara dö",
    "önskar att jag var död",
    "önskar jag var död",
    NULL,
};

/*
 * Whether the words of term (a line of the table above) are the words of
 * the text from t on. t points at the first byte of a word.
 */
static int guard_term_at(const char *t, const char *term)
{
	struct text_word tw, pw;
	int words = 0;

	while (text_next_word(&term, &pw)) {
		int stem = *term == '*';
		if (!text_next_word(&t, &tw) || !text_word_is(&tw, pw.s, pw.len, stem))
			return 0;
		words++;
	}
	return words > 0;
}

/*
 * Try every line of the table at every word of the text. A line whose
 * first letter differs from the word's is skipped without reading it, so
 * a long post costs a few microseconds per hundred words.
 */
int guard_crisis(const char *text)
{
	struct text_word w;

	if (!text)
		return 0;
	while (text_next_word(&text, &w)) {
		uint32_t first, c;
		utf8_next(w.s, &first);
		first = text_fold(first);
		for (size_t i = 0; guard_crisis_terms[i]; i++) {
			const char *term = guard_crisis_terms[i];
			utf8_next(term, &c);
			if (text_is_letter(c) && text_fold(c) != first)
				continue;
			if (guard_term_at(w.s, term))
				return 1;
		}
	}
	return 0;
}
