/*
 * contact.h - contact details: whether a member's text gives away how to
 * reach someone (phone numbers, e-mail addresses, social-media names; a
 * guard, see guard.h).
 */
#ifndef OPBAK_CONTACT_H
#define OPBAK_CONTACT_H

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

#endif
