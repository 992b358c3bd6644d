/*
 * db.h - MariaDB through prepared statements only.
 *
 * One connection per worker (db_connect at start; a dropped connection is
 * re-opened on the next call, so the site heals when MariaDB comes back).
 * Each SQL text is prepared once per connection and kept: pass SQL as a
 * `static const char` from the calling file, and the statement is found
 * again by its address.
 *
 * Parameters are described by a type string, one letter per `?`:
 *   's'  const char *   (NULL binds SQL NULL)
 *   'b'  const void *, size_t   (bytes; NULL binds SQL NULL)
 *   'i'  long long
 * Results come back as text in the request arena (NULL = SQL NULL).
 *
 * On failure these return -1/NULL, log why and set req->db_failed, so the
 * page answers 503 (database unreachable) or 500.
 */
#ifndef OPBAK_DB_H
#define OPBAK_DB_H

#include <stddef.h>

#include "request.h"

struct db_rows {
	size_t nrows;
	size_t ncols;
	const char **cells; /* nrows * ncols; NULL = SQL NULL */
	unsigned long *lens;
};

/* Connect using OPBAK_DB_SOCKET, OPBAK_DB_NAME, OPBAK_DB_USER,
 * OPBAK_DB_PASSWORD. -1 when MariaDB does not answer (calls retry). */
int db_connect(void);
void db_close(void);
/* 1 when the last failure was the connection itself (answer 503). */
int db_is_down(void);

/* Execute a statement; return affected rows, or -1. */
long long db_exec(struct request *req, const char *sql, const char *types, ...);
/* Run a query and fetch every row; NULL on error. */
struct db_rows *db_query(struct request *req, const char *sql, const char *types, ...);
/* AUTO_INCREMENT id of the last insert on this connection. */
long long db_last_id(void);
/* The MariaDB error number of the last failure (e.g. 1062 duplicate). */
unsigned int db_errno(void);

int db_begin(struct request *req);
int db_commit(struct request *req);
void db_rollback(struct request *req);
/* End of request: roll back a transaction a handler left open. */
void db_request_done(struct request *req);

const char *db_cell(const struct db_rows *r, size_t row, size_t col);
long long db_cell_int(const struct db_rows *r, size_t row, size_t col);

#define DB_ER_DUP_ENTRY     1062
#define DB_ER_LOCK_DEADLOCK 1213

#endif
