/*
 * participant.h - what the participant's pages share among themselves
 * (today.c, items.c, progress.c, item_form.c); goals.h holds what other
 * parts of the goals executable use.
 */
#ifndef OPBAK_GOALS_PARTICIPANT_H
#define OPBAK_GOALS_PARTICIPANT_H

#include "request.h"

/* Today's date on the site's wall clock, "YYYY-MM-DD" (a due date is a
 * day where the participant lives, not in UTC). */
const char *goals_today(struct request *req);

/* A due date "YYYY-MM-DD" (and time "HH:MM" or NULL) in words in the
 * reader's language: "31 May 2026, 09:30". "" when date is NULL. */
const char *goals_due_text(struct request *req, const char *date, const char *time);

/* The status a participant may set by hand: goals_status_choices
 * without "proposed" (only a coach proposes). */
extern const char *const goals_own_status_choices[];

#endif
