/*
 * log.h - one line per event on stderr (the stack sends it to var/log).
 *
 * A line is one line whatever it quotes: the message (the formatted text
 * and everything put into it: a request path, a database error, a name)
 * is escaped here, in one place, so no caller can forget. Control
 * characters (C0 including CR and LF, DEL, C1), the Unicode line and
 * paragraph separators and bidirectional controls, bytes that are not
 * UTF-8, and the backslash itself are written as \xNN per byte. A
 * crafted path therefore cannot start a line of its own that looks like
 * "worker 99 crashed (signal 11)", nor turn a line around on a terminal.
 */
#ifndef OPBAK_LOG_H
#define OPBAK_LOG_H

#include <stddef.h>

/* "2026-11-24T12:00:00Z [pid] [req-id] message". id may be NULL. */
void log_msg(const char *id, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* in escaped as log_msg writes it, into out (outlen bytes, NUL-ended,
 * cut before an escape that would not fit). Returns the bytes written. */
size_t log_escape(char *out, size_t outlen, const char *in);

#endif
