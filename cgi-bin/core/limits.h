/*
 * limits.h - every bound on input from outside, named once.
 *
 * Anything a client controls (sizes, counts, lengths) is checked against a
 * constant from this file. Change a limit here and nowhere else.
 */
#ifndef OPBAK_LIMITS_H
#define OPBAK_LIMITS_H

/* Request bodies. nginx accepts up to 16 MiB; the apps answer 413 above these. */
#define LIMIT_FORM_BODY      (256 * 1024)      /* application/x-www-form-urlencoded */
#define LIMIT_MULTIPART_BODY (8 * 1024 * 1024) /* multipart/form-data (uploads) */

/* Parsed fields: per request, in the query string, body and cookie header. */
#define LIMIT_FIELDS            200         /* name=value pairs in one query string or body */
#define LIMIT_FIELD_NAME        64          /* bytes in a field name */
#define LIMIT_FIELD_VALUE       (64 * 1024) /* bytes in one decoded field value */
#define LIMIT_COOKIES           50          /* cookies in the Cookie header */
#define LIMIT_COOKIE_VALUE      4096        /* bytes in one cookie value */
#define LIMIT_MULTIPART_PARTS   50          /* parts in one multipart body */
#define LIMIT_MULTIPART_HEADERS 1024        /* bytes of headers in one part */
#define LIMIT_PATH              2048        /* bytes in the request path */
#define LIMIT_QUERY             8192        /* bytes in the query string */
#define LIMIT_PATH_ARGS         4           /* captured segments in a route pattern */

/* Accounts. */
#define LIMIT_HANDLE_MIN   3
#define LIMIT_HANDLE_MAX   20
#define LIMIT_PASSWORD_MIN 10  /* characters */
#define LIMIT_PASSWORD_MAX 200 /* characters; argon2id hashes any length, we bound work */
#define LIMIT_BIO_MAX      500 /* characters */
#define LIMIT_LIFE_EXPERIENCE_MAX 2000 /* characters, support persons' profiles */
#define LIMIT_MIN_AGE      13  /* years; younger cannot join */

/* Sessions and throttling. */
#define SESSION_DAYS         30 /* a session lives this long after login */
#define THROTTLE_WINDOW_MIN  15 /* minutes that failed logins are remembered */
#define THROTTLE_PER_ACCOUNT 5  /* failures per account in the window */
#define THROTTLE_PER_ADDRESS 30 /* failures per client address in the window */

/* Topics. */
#define LIMIT_TOPIC_SLUG_MAX 40
#define LIMIT_TOPIC_NAME_MAX 60
#define LIMIT_TOPIC_DESCRIPTION_MAX 300

/* Pages. */
#define PAGE_SIZE 20 /* rows per page in every list */

#endif
