/*
 * night.h - the night window: whether a post waits for a moderator
 * because it was written at night in the site's time zone (a guard, see
 * guard.h).
 */
#ifndef OPBAK_NIGHT_H
#define OPBAK_NIGHT_H

#include <time.h>

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
 * thread reads the time zone (see night.c).
 */
int guard_local_hour(time_t t, const char *tz);

#endif
