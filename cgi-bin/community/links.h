/*
 * links.h - links: whether a member's text holds a link (a guard, see
 * guard.h).
 */
#ifndef OPBAK_LINKS_H
#define OPBAK_LINKS_H

/*
 * Whether text holds a link (1) or not (0): http://, https:// and ftp://
 * URLs, "www.", Markdown links "[x](...)" and autolinks "<https://...>",
 * and bare domains such as "example.com/path" or "bit.ly/xyz" (a dotted
 * word ending in a known top-level domain; the list is in links.c). Not
 * "3.5", "e.g." or a sentence typed without a space ("Hello.World").
 * A NULL text gives 0.
 */
int guard_has_link(const char *text);

#endif
