/*
 * guard.h - safety checks on what a member writes in a post or a backing.
 *
 * The members are boys and young men from 13 years old, so the post and
 * backing handlers run these checks on the clean text form_read() gave
 * them, before anything is stored:
 *
 *   guard_personal_info  refuse phone numbers, e-mail addresses and
 *                        social-media names, so nobody can be contacted
 *                        outside the site (grooming, bullying);
 *   guard_has_link       refuse links from members not yet trusted with
 *                        them (spam, shock sites);
 *   guard_crisis         flag text that speaks of suicide or self-harm, so
 *                        the page can show where to get help at once and a
 *                        counsellor sees the post first;
 *   guard_in_window,     decide whether a post waits for a moderator: at
 *   guard_local_hour     night, when few adults are awake, posts are held.
 *
 * All are pure functions of their arguments (guard_local_hour reads the
 * system's time-zone database): no database, no state between calls. Every
 * check is a heuristic for English, Danish and Swedish text; what each one
 * matches, and why, is written beside its table in guard.c, which is where
 * a moderator extends them.
 */
#ifndef OPBAK_GUARD_H
#define OPBAK_GUARD_H

#include <time.h>

#include "arena.h"

/* Bytes of the member's own text quoted back in a personal-information
 * message; longer finds are cut (on a UTF-8 boundary) and end in "…". */
#define GUARD_QUOTE_MAX 60

/*
 * Why text must not be posted because it gives away how to reach someone:
 * NULL when text is fine, otherwise a translated sentence for the member
 * that quotes the first thing found, e.g.
 *   This looks like a phone number: "22 33 44 55". To keep you safe, ...
 * Finds phone numbers (8 or more digits, Danish, Swedish or international),
 * e-mail addresses (also "name (at) gmail (dot) com") and social-media
 * names ("@mads_123", "snap: mads_123", "add me on insta xyz"). The
 * sentence is allocated from a and is plain text: the template escapes it.
 * A NULL text is fine.
 */
const char *guard_personal_info(struct arena *a, const char *text);

/*
 * Whether text speaks of suicide or self-harm (1) or not (0), in English,
 * Danish or Swedish, matching whole words case-insensitively (Æ Ø Å Ä Ö
 * included), so "skilled" never matches "kill". Errs towards 1: a false
 * alarm costs a help box, a miss costs far more. A NULL text gives 0.
 */
int guard_crisis(const char *text);

/*
 * Whether hour (0-23) falls in the window [start, end), which may wrap
 * midnight: 22 -> 9 covers 22, 23, 0 ... 8; 9 -> 17 covers 9 ... 16;
 * start == end is an empty window. Any argument outside 0-23 gives 0, so a
 * bad setting never holds every post.
 */
int guard_in_window(int hour, int start, int end);

/*
 * The hour (0-23) of time t on the wall clock of the IANA zone tz (e.g.
 * "Europe/Copenhagen"), or -1 when tz is not a zone this system knows.
 * Borrows the process's TZ variable and puts it back before returning, so
 * it is safe in the single-threaded workers but must not run while another
 * thread reads the time zone (see guard.c).
 */
int guard_local_hour(time_t t, const char *tz);

/*
 * Whether text holds a link (1) or not (0): http://, https:// and ftp://
 * URLs, "www.", Markdown links "[x](...)" and autolinks "<https://...>",
 * and bare domains such as "example.com/path" or "bit.ly/xyz" (a dotted
 * word ending in a known top-level domain; the list is in guard.c). Not
 * "3.5", "e.g." or a sentence typed without a space ("Hello.World").
 * A NULL text gives 0.
 */
int guard_has_link(const char *text);

#endif
