/*
 * log.h - one line per event on stderr (the stack sends it to var/log).
 */
#ifndef OPBAK_LOG_H
#define OPBAK_LOG_H

/* "2026-11-24T12:00:00Z [pid] [req-id] message". id may be NULL. */
void log_msg(const char *id, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
