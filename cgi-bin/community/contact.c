/*
 * contact.c - the contact-details guard (see contact.h): phone numbers,
 * e-mail addresses and social-media names, each found by its own finder
 * driven by the tables beside it; the first find in the text is quoted
 * back to the member. A moderator extends a finder by adding a line to
 * its table; every table says what a line means and ends in NULL.
 *
 * Text from members is UTF-8 already checked by form_read(); it is read
 * with core's one iterator (text.h: utf8_next, text_next_word), where a
 * byte that is not valid UTF-8 reads as U+FFFD and is never trusted.
 */
#include "contact.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "i18n.h"
#include "text.h"

enum guard_kind {
	GUARD_PHONE,
	GUARD_EMAIL,
	GUARD_SOCIAL,
};

/* Something found in the text: where, how long, and what it looks like. */
struct guard_find {
	const char *s;
	size_t len;
	enum guard_kind kind;
};

/* Record the find [s, end) of kind in *f; returns 1 for the finder to
 * return. */
static int guard_found(struct guard_find *f, const char *s, const char *end, enum guard_kind kind)
{
	f->s = s;
	f->len = (size_t)(end - s);
	f->kind = kind;
	return 1;
}

/*
 * Phone numbers.
 *
 * A run is digits in groups separated by at most GUARD_PHONE_SEP_MAX of
 * ' ', '.', '-', '(' and ')' ("22 33 44 55", "070-123 45 67",
 * "(+45) 22334455"), optionally starting with '+'. A run of at least
 * GUARD_PHONE_DIGITS digits is a phone number (Danish numbers have 8,
 * Swedish 9-10, with country codes more), unless it has the shape of
 * something ordinary people write with that many digits:
 *
 *   years        every group a 4-digit year 1900-2099: "2019 2020",
 *                "2019-2020" (a phone written "2019 2020" is missed; the
 *                same number as "20 19 20 20" or "20192020" is caught);
 *   dates        "24.12.2005", "24-12-2005", "2005-12-24";
 *   time ranges  "12.30-14.30" (with ':' the run never gets 8 digits);
 *   amounts      thousands groups "10.000.000", "10 000 000", and ranges
 *                of them "10.000-15.000";
 *   decimals     "3.14159265" (1-3 digits, a point, any digits).
 *
 * A run with a leading '+' is always a phone number. A '.' only separates
 * when a digit follows, so a sentence ending "... 1999. 2000 ..." is two
 * runs. A run must not start inside a word ("mads12345678" is a name) or
 * after a decimal comma or point ("3,14159265").
 */
#define GUARD_PHONE_DIGITS  8
#define GUARD_PHONE_SEP_MAX 3  /* separator characters between two groups: " - " */
#define GUARD_PHONE_GROUPS  16 /* groups remembered for the exemptions */

struct guard_run {
	const char *start, *end; /* what to quote */
	const char *next;        /* where scanning resumes */
	int digits;
	int plus;
	int groups;                     /* may exceed GUARD_PHONE_GROUPS */
	int len[GUARD_PHONE_GROUPS];    /* digits in each group */
	long value[GUARD_PHONE_GROUPS]; /* each group's value when len <= 4, else -1 */
	char lead[GUARD_PHONE_GROUPS];  /* first digit of each group */
	char sep[GUARD_PHONE_GROUPS];   /* separator before the next group: its
	                                   non-space character, or ' ' */
};

/* Whether p holds a character that may sit between the digit groups of a
 * phone number; a '.' only when a digit follows, so a full stop ends one. */
static int guard_is_phone_sep(const char *p)
{
	return *p == ' ' || *p == '-' || *p == '(' || *p == ')' ||
	       (*p == '.' && text_is_digit(p[1]));
}

/* Read the run of digits and separators that starts at p (a digit, '+'
 * or '('). */
static void guard_read_run(const char *p, struct guard_run *r)
{
	memset(r, 0, sizeof(*r));
	r->start = p;
	if (*p == '(')
		p++;
	if (*p == '+') {
		r->plus = 1;
		p++;
	}
	for (;;) {
		const char *g = p;
		long value = 0;
		while (text_is_digit(*p)) {
			value = value * 10 + (*p - '0');
			if (value > 99999)
				value = 99999; /* only groups of 4 or fewer are looked at */
			p++;
		}
		int n = (int)(p - g);
		r->digits += n;
		if (r->groups < GUARD_PHONE_GROUPS) {
			r->len[r->groups] = n;
			r->value[r->groups] = n <= 4 ? value : -1;
			r->lead[r->groups] = *g;
		}
		r->groups++;
		r->end = p;

		const char *q = p;
		char kind = ' ';
		int seps = 0;
		while (seps < GUARD_PHONE_SEP_MAX && guard_is_phone_sep(q)) {
			if (*q != ' ' && kind == ' ')
				kind = *q;
			q++;
			seps++;
		}
		if (seps == 0 || !text_is_digit(*q))
			break;
		if (r->groups <= GUARD_PHONE_GROUPS)
			r->sep[r->groups - 1] = kind;
		p = q;
	}
	r->next = r->end;
	/* Quote "(+45) 22 33 44 55" whole, but not a '(' that never closes. */
	if (*r->start == '(' && !memchr(r->start, ')', (size_t)(r->end - r->start)))
		r->start++;
}

/* A year a member may plausibly mention (birth years, school years). */
static int guard_is_year(long v)
{
	return v >= 1900 && v <= 2099;
}

/* Groups [from, to) of r are one amount written with thousands groups:
 * "10.000.000" or "10 000 000" (1-3 digits, not starting with 0, then
 * groups of 3, one kind of separator throughout, at least two groups). */
static int guard_is_amount(const struct guard_run *r, int from, int to)
{
	if (to - from < 2 || r->len[from] < 1 || r->len[from] > 3 || r->lead[from] == '0')
		return 0;
	char kind = r->sep[from];
	if (kind != '.' && kind != ' ')
		return 0;
	for (int i = from + 1; i < to; i++)
		if (r->len[i] != 3 || (i < to - 1 && r->sep[i] != kind))
			return 0;
	return 1;
}

/* Whether a run that has enough digits is still not a phone number. */
static int guard_run_is_ordinary(const struct guard_run *r)
{
	int n = r->groups;

	if (r->plus || n > GUARD_PHONE_GROUPS)
		return 0;

	int years = n >= 2;
	for (int i = 0; i < n && years; i++)
		years = r->len[i] == 4 && guard_is_year(r->value[i]);
	if (years)
		return 1;

	if (n == 3 && r->sep[0] == r->sep[1] && (r->sep[0] == '.' || r->sep[0] == '-')) {
		if (r->len[0] <= 2 && r->len[1] <= 2 && r->len[2] == 4 && r->value[0] >= 1 &&
		    r->value[0] <= 31 && r->value[1] >= 1 && r->value[1] <= 12 &&
		    guard_is_year(r->value[2]))
			return 1; /* 24.12.2005 */
		if (r->len[0] == 4 && r->len[1] == 2 && r->len[2] == 2 &&
		    guard_is_year(r->value[0]) && r->value[1] >= 1 && r->value[1] <= 12 &&
		    r->value[2] >= 1 && r->value[2] <= 31)
			return 1; /* 2005-12-24 */
	}

	if (n == 2 && r->sep[0] == '.' && r->len[0] <= 3)
		return 1; /* 3.14159265 */

	if (n == 4 && r->sep[0] == '.' && r->sep[1] == '-' && r->sep[2] == '.' && r->len[0] <= 2 &&
	    r->len[1] == 2 && r->len[2] <= 2 && r->len[3] == 2 && r->value[0] <= 24 &&
	    r->value[1] <= 59 && r->value[2] <= 24 && r->value[3] <= 59)
		return 1; /* 12.30-14.30 */

	/* Amounts and ranges of amounts, split at '-'. */
	int from = 0;
	for (int i = 0; i < n; i++) {
		if (i == n - 1 || r->sep[i] == '-') {
			if (!guard_is_amount(r, from, i + 1))
				return 0;
			from = i + 1;
		}
	}
	return 1;
}

/* The first phone number in text (see the rules above). */
static int guard_find_phone(const char *text, struct guard_find *f)
{
	const char *p = text;

	while (*p) {
		char prev = p > text ? p[-1] : ' ';
		int start =
		    text_is_digit(*p) || (*p == '+' && text_is_digit(p[1])) ||
		    (*p == '(' && (text_is_digit(p[1]) || (p[1] == '+' && text_is_digit(p[2]))));
		int in_word =
		    text_is_ascii_alnum((unsigned char)prev) || prev == '_' || prev == '@';
		int decimal = (prev == ',' || prev == '.') && p - text >= 2 && text_is_digit(p[-2]);
		if (!start || in_word || decimal) {
			p++;
			continue;
		}
		struct guard_run r;
		guard_read_run(p, &r);
		if (r.digits >= GUARD_PHONE_DIGITS && !guard_run_is_ordinary(&r))
			return guard_found(f, r.start, r.end, GUARD_PHONE);
		/* Resume after the run, so "10.000.000.000" is not read again as
		 * "000.000.000". */
		p = r.next > p ? r.next : p + 1;
	}
	return 0;
}

/*
 * E-mail addresses: local@domain.tld, and the forms people use to get past
 * a filter: "(at)" or "[at]" for '@' (spaces around allowed) and "(dot)"
 * or "[dot]" for '.' ("mads (at) gmail (dot) com"). The domain needs a dot
 * and a last label of two or more letters. Spelled out "mads at gmail dot
 * com" is not caught: "at" and "dot" are too common to tell apart.
 */
static const char *const guard_at_words[] = {"(at)", "[at]", "{at}", NULL};
static const char *const guard_dot_words[] = {"(dot)", "[dot]", "{dot}", NULL};

/* A character of the part of an e-mail address before the '@' (the forms
 * people type, not all that RFC 5322 allows). */
static int guard_is_local_char(char c)
{
	return text_is_ascii_alnum((unsigned char)c) || (c && strchr("._%+-", c));
}

/* A character of a domain label (ASCII; names in other scripts are rare
 * enough in addresses our members would write). */
static int guard_is_label_char(char c)
{
	return text_is_ascii_alnum((unsigned char)c) || c == '-';
}

/* Past the spaces around "(at)" and "(dot)" (only spaces: an address is
 * never spread over lines). */
static const char *guard_skip_spaces(const char *p)
{
	while (*p == ' ')
		p++;
	return p;
}

/* End of the e-mail domain that starts at p, or NULL when there is none. */
static const char *guard_email_domain(const char *p)
{
	const char *end = NULL;
	int labels = 0, last_alpha = 0;

	for (;;) {
		const char *l = p;
		int alpha = 1;
		while (guard_is_label_char(*p)) {
			if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
				alpha = 0;
			p++;
		}
		if (p == l)
			break;
		labels++;
		last_alpha = alpha && p - l >= 2;
		end = p;
		if (*p == '.' && guard_is_label_char(p[1])) {
			p++;
			continue;
		}
		const char *q = guard_skip_spaces(p);
		size_t n = text_starts_with_any(q, guard_dot_words);
		if (!n)
			break;
		p = guard_skip_spaces(q + n);
	}
	return labels >= 2 && last_alpha ? end : NULL;
}

/* The first e-mail address in text, plain or with "(at)"/"[at]" for '@'. */
static int guard_find_email(const char *text, struct guard_find *f)
{
	for (const char *p = text; *p; p++) {
		size_t at = 0;
		const char *before = p, *after;
		if (*p == '@') {
			after = p + 1;
		} else if ((at = text_starts_with_any(p, guard_at_words)) != 0) {
			while (before > text && before[-1] == ' ')
				before--;
			after = guard_skip_spaces(p + at);
		} else {
			continue;
		}
		const char *local = before;
		while (local > text && guard_is_local_char(local[-1]))
			local--;
		while (local < before && *local == '.')
			local++;
		if (local == before)
			continue;
		const char *end = guard_email_domain(after);
		if (!end)
			continue;
		return guard_found(f, local, end, GUARD_EMAIL);
	}
	return 0;
}

/*
 * Handles written with '@': an '@' at the start of a word followed by at
 * least GUARD_HANDLE_MIN of A-Z a-z 0-9 _ . ("@mads_123", "(@xyz.abc)").
 * An '@' inside a word belongs to an e-mail address (found above) or to
 * nothing ("hi@there").
 */
#define GUARD_HANDLE_MIN 3

/* The first "@name" in text. */
static int guard_find_at_handle(const char *text, struct guard_find *f)
{
	for (const char *p = text; *p; p++) {
		if (*p != '@' || (p > text && (guard_is_local_char(p[-1]) || p[-1] == '@')))
			continue;
		const char *q = p + 1;
		while (text_is_ascii_alnum((unsigned char)*q) || *q == '_' || *q == '.')
			q++;
		while (q > p + 1 && q[-1] == '.')
			q--;
		if (q - (p + 1) < GUARD_HANDLE_MIN)
			continue;
		return guard_found(f, p, q, GUARD_SOCIAL);
	}
	return 0;
}

/*
 * Social-media names after the name of a service: "snap: mads_123",
 * "snapchat mads123", "add me on insta xyz", "my instagram is xyz",
 * "discord: xyz#1234". Saying where something happened is fine and must
 * stay fine: "I saw it on TikTok", "my friends are all on Snapchat",
 * "Snapchat is toxic".
 *
 * After a service word (whole word, any case) the next word is taken as a
 * name only when something says it is one:
 *   - a ':' or '=' after the service ("tiktok: xyz");
 *   - a naming word after the service ("snapchat name xyz", "snap
 *     brugernavn: xyz"), or "is/er/är" when the service follows "my/min/
 *     mit/mitt" ("my instagram is xyz", "mit snap er xyz");
 *   - an invitation among the four words before the service ("add me on
 *     insta xyz", "tilføj mig på snap xyz", "lägg till mig på snap xyz");
 *   - the name itself looks like one: it starts with '@' or holds a digit,
 *     '_', '.', '-' or '#' ("snapchat mads123").
 * And the name is never one of guard_not_names (so "Instagram: the app
 * that ..." or "my snapchat is private" pass) nor a service word. A name is
 * a run of letters, digits and _ . - # of at least two characters that
 * starts with a letter, digit or '_' ("I use snap...and" has no name).
 * Only its first GUARD_NAME_MAX bytes are read: real names are shorter,
 * and a post of "snap.snap.snap..." must not be read once per "snap".
 */
#define GUARD_NAME_MAX 40

static const char *const guard_services[] = {
    "snapchat", "snap",     "instagram", "insta", "ig",        "tiktok",  "discord", "kik",
    "telegram", "whatsapp", "facebook",  "fb",    "messenger", "twitter", "skype",   NULL,
};

/* Words after a service that announce a name ("snapchat name: xyz"). */
static const char *const guard_name_words[] = {
    "name", "username",   "user", "handle",       "id", "nick",
    "navn", "brugernavn", "namn", "användarnamn", NULL,
};

/* "my/min/..." before a service, which makes "is/er/är" after it a cue. */
static const char *const guard_possessives[] = {
    "my", "min", "mit", "mitt", "mine", "our", "vores", "vår", "vårt", NULL,
};
static const char *const guard_is_words[] = {"is", "er", "är", NULL};

/* Verbs that invite contact, looked for among the four words before the
 * service. */
static const char *const guard_invitations[] = {
    "add",   "adde",    "adda",    "addme",    "follow", "følg",    "följ", "tilføj",
    "lägg",  "dm",      "pm",      "write",    "skriv",  "message", "text", "find",
    "hitta", "contact", "kontakt", "kontakta", "hmu",    "hit",     "sms",  NULL,
};

/*
 * Ordinary words that follow a service name in a sentence and are never
 * taken for a user name, one list per language (English, Danish,
 * Swedish). Extend them when a plain sentence is refused.
 */
static const char *const guard_not_names_en[] = {
    "a",        "an",      "the",     "and",     "or",      "but",       "so",       "to",
    "too",      "is",      "are",     "was",     "were",    "it",        "its",      "i",
    "im",       "me",      "my",      "you",     "your",    "he",        "she",      "they",
    "we",       "them",    "this",    "that",    "these",   "those",     "there",    "here",
    "on",       "in",      "at",      "of",      "for",     "from",      "with",     "about",
    "by",       "not",     "no",      "yes",     "just",    "also",      "really",   "very",
    "all",      "any",     "some",    "every",   "today",   "yesterday", "tomorrow", "now",
    "then",     "again",   "anymore", "because", "when",    "where",     "what",     "who",
    "how",      "why",     "if",      "private", "public",  "down",      "broken",   "hacked",
    "blocked",  "banned",  "deleted", "gone",    "dead",    "new",       "old",      "full",
    "off",      "account", "profile", "story",   "stories", "app",       "feed",     "group",
    "chat",     "streak",  "streaks", "friends", "post",    "posts",     "video",    "videos",
    "messages", "live",    "toxic",   "stupid",  "fake",    NULL,
};
static const char *const guard_not_names_da[] = {
    "og",   "eller", "men",    "så",    "at",      "er",     "var",     "det",      "den",
    "de",   "en",    "et",     "jeg",   "du",      "han",    "hun",     "vi",       "jer",
    "mig",  "dig",   "min",    "mit",   "mine",    "din",    "dit",     "på",       "til",
    "fra",  "med",   "om",     "af",    "ikke",    "også",   "bare",    "helt",     "meget",
    "nu",   "da",    "når",    "hvor",  "hvad",    "hvem",   "hvordan", "hvorfor",  "hvis",
    "idag", "igår",  "privat", "nede",  "slettet", "lukket", "hacket",  "blokeret", "ny",
    "nyt",  "nye",   "gammel", "konto", "profil",  "gruppe", "venner",  "historie", "dum",
    "lort", NULL,
};
static const char *const guard_not_names_sv[] = {
    "och",    "att",     "är",    "ett",    "jag",       "hon",  "ni",     "mitt",
    "mina",   "ditt",    "till",  "från",   "av",        "för",  "inte",   "också",
    "mycket", "då",      "när",   "vad",    "vem",       "hur",  "varför", "igår",
    "nere",   "raderat", "låst",  "hackat", "blockerat", "nytt", "nya",    "gammal",
    "grupp",  "vänner",  "dålig", "skit",   NULL,
};
static const char *const *const guard_not_names[] = {
    guard_not_names_en,
    guard_not_names_da,
    guard_not_names_sv,
    NULL,
};

/* Whether the character at p (n bytes) may be part of a user name: the
 * services allow letters, digits, _ . - and Discord adds #1234. */
static int guard_is_name_char(const char *p, size_t *n)
{
	uint32_t c;
	*n = utf8_next(p, &c);
	return text_is_letter(c) || c == '_' || c == '.' || c == '-' || c == '#';
}

/* Past the blanks between a service and its name; a line break counts,
 * since "snap:" and the name are often on lines of their own. */
static const char *guard_skip_blanks(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	return p;
}

/* The name after the service word that ends at p, given what came before
 * it (see the rules above); returns the end of the name or NULL. */
static const char *guard_name_after(const char *p, int possessive, int invited)
{
	struct text_word w;
	int cue = invited;

	p = guard_skip_blanks(p);
	if (*p == ':' || *p == '=') {
		cue = 1;
		p = guard_skip_blanks(p + 1);
	}
	if (text_word_at(p, &w) && (text_word_in(&w, guard_name_words) ||
	                            (possessive && text_word_in(&w, guard_is_words)))) {
		cue = 1;
		p = guard_skip_blanks(w.s + w.len);
		if (*p == ':' || *p == '=')
			p = guard_skip_blanks(p + 1);
	}

	int at = *p == '@';
	if (at)
		p++;
	const char *name = p;
	size_t n;
	if (*p == '.' || *p == '-' || *p == '#')
		return NULL;
	while (*p && p - name < GUARD_NAME_MAX && guard_is_name_char(p, &n))
		p += n;
	while (p > name && strchr(".-#", p[-1]))
		p--; /* "snap: mads." ends a sentence */
	if (p - name < 2)
		return NULL;
	struct text_word whole = {name, (size_t)(p - name)};
	for (size_t i = 0; guard_not_names[i]; i++)
		if (text_word_in(&whole, guard_not_names[i]))
			return NULL;
	if (text_word_in(&whole, guard_services))
		return NULL;
	int odd = at;
	for (const char *q = name; q < p; q++)
		if (text_is_digit(*q) || strchr("_.-#", *q))
			odd = 1;
	return cue || odd ? p : NULL;
}

#define GUARD_LOOK_BACK 4 /* words before a service searched for cues */

static int guard_find_service_name(const char *text, struct guard_find *f)
{
	struct text_word back[GUARD_LOOK_BACK], w;
	size_t seen = 0;
	const char *p = text;

	while (text_next_word(&p, &w)) {
		if (text_word_in(&w, guard_services)) {
			int possessive =
			    seen > 0 &&
			    text_word_in(&back[(seen - 1) % GUARD_LOOK_BACK], guard_possessives);
			int invited = 0;
			for (size_t i = 0; i < seen && i < GUARD_LOOK_BACK; i++)
				if (text_word_in(&back[i], guard_invitations))
					invited = 1;
			const char *end = guard_name_after(p, possessive, invited);
			if (end)
				return guard_found(f, w.s, end, GUARD_SOCIAL);
		}
		back[seen % GUARD_LOOK_BACK] = w;
		seen++;
	}
	return 0;
}

/* Copy what was found for the message: line breaks become spaces, and a
 * long find is cut on a character boundary and ends in "…". */
static char *guard_quote(struct arena *a, const char *s, size_t len)
{
	int cut = 0;
	if (len > GUARD_QUOTE_MAX) {
		size_t keep = 0, n;
		uint32_t c;
		while ((n = utf8_next(s + keep, &c)) != 0 && keep + n <= GUARD_QUOTE_MAX)
			keep += n;
		len = keep;
		cut = 1;
	}
	char *q = arena_alloc(a, len + sizeof("…"));
	for (size_t i = 0; i < len; i++)
		q[i] = (s[i] == '\n' || s[i] == '\r' || s[i] == '\t') ? ' ' : s[i];
	strcpy(q + len, cut ? "…" : "");
	return q;
}

/*
 * Run every finder, keep the find that comes first in the text, and word
 * the message for its kind. One message per kind, each a whole sentence,
 * so a translator never has to assemble one from parts.
 */
const char *guard_personal_info(struct arena *a, const char *text)
{
	int (*const finders[])(const char *, struct guard_find *) = {
	    guard_find_email,
	    guard_find_phone,
	    guard_find_at_handle,
	    guard_find_service_name,
	};
	struct guard_find best = {0}, f;

	if (!text)
		return NULL;
	/* Report the first thing in the text, whatever its kind; on a tie the
	 * earlier finder wins (an e-mail address before the '@' handle in it). */
	for (size_t i = 0; i < sizeof(finders) / sizeof(finders[0]); i++)
		if (finders[i](text, &f) && (!best.s || f.s < best.s))
			best = f;
	if (!best.s)
		return NULL;

	/* Each format is a literal inside _(), so the compiler checks it
	 * against the argument (gettext keeps the format of its msgid). */
	const char *quote = guard_quote(a, best.s, best.len);
	switch (best.kind) {
	case GUARD_PHONE:
		/* TRANSLATORS: %s is the member's own text, quoted back. */
		return arena_printf(a,
		                    _("This looks like a phone number: \"%s\". To keep you safe, "
		                      "Opbak does not allow phone numbers, e-mail addresses or "
		                      "social-media names in posts. Remove it and send again."),
		                    quote);
	case GUARD_EMAIL:
		/* TRANSLATORS: %s is the member's own text, quoted back. */
		return arena_printf(
		    a,
		    _("This looks like an e-mail address: \"%s\". To keep you safe, "
		      "Opbak does not allow phone numbers, e-mail addresses or "
		      "social-media names in posts. Remove it and send again."),
		    quote);
	case GUARD_SOCIAL:
		/* TRANSLATORS: %s is the member's own text, quoted back. */
		return arena_printf(
		    a,
		    _("This looks like a social-media name: \"%s\". To keep you safe, "
		      "Opbak does not allow phone numbers, e-mail addresses or "
		      "social-media names in posts. Remove it and send again."),
		    quote);
	}
	return NULL; /* not reached: every kind has its sentence */
}
