/*
 * guard.h - safety checks on what a member writes in a post or a backing,
 * one header for the callers; each guard has its own file:
 *
 *   contact.h  guard_personal_info  refuse phone numbers, e-mail addresses
 *                                   and social-media names, so nobody can be
 *                                   contacted outside the site (grooming,
 *                                   bullying);
 *   links.h    guard_has_link       refuse links from members not yet
 *                                   trusted with them (spam, shock sites);
 *   crisis.h   guard_crisis         flag text that speaks of suicide or
 *                                   self-harm, so the page can show where to
 *                                   get help at once and a counsellor sees
 *                                   the post first;
 *   reader.h   reader_view, ...    what a reader sees of the text (Markdown
 *                                   rendered, references decoded, Unicode
 *                                   look-alikes normalised) and the guards
 *                                   above over it: what write handlers call;
 *   night.h    guard_in_window,     decide whether a post waits for a
 *              guard_local_hour     moderator: at night, when few adults are
 *                                   awake, posts are held.
 *
 * The members are boys and young men from 13 years old, so the post and
 * backing handlers run these checks on the clean text form_read() gave
 * them, before anything is stored. All are pure functions of their
 * arguments (guard_local_hour reads the system's time-zone database): no
 * database, no state between calls. Every text check is a heuristic for
 * English, Danish and Swedish, reads the text with core's one UTF-8 word
 * iterator (text.h), and is driven by the tables beside its code, which is
 * where a moderator extends it.
 */
#ifndef OPBAK_GUARD_H
#define OPBAK_GUARD_H

#include "contact.h"
#include "crisis.h"
#include "links.h"
#include "night.h"
#include "reader.h"

#endif
