/*
 * people.h - the close relative's one-time code, shared by people.c
 * (which makes it) and supporter.c (where the relative types it).
 */
#ifndef OPBAK_GOALS_PEOPLE_H
#define OPBAK_GOALS_PEOPLE_H

/* Characters in a code: 32 possible each (no look-alikes), 50 bits. */
#define RELATIVE_CODE_LEN 10

/* What a relative typed, as the code it was made: spaces and dashes
 * dropped, letters upper-cased. 0 with out filled, -1 when it cannot be
 * a code (a character outside the alphabet, the wrong length). Pure. */
int people_code_normalise(const char *typed, char out[RELATIVE_CODE_LEN + 1]);

#endif
