/*
 * db.h - MariaDB through prepared statements only.
 *
 * One connection per worker (db_connect at start; a dropped connection is
 * re-opened on the next call, so the site heals when MariaDB comes back).
 * Each SQL text is prepared once per connection and kept: pass SQL as a
 * `static const char` from the calling file, and the statement is found
 * again by its address.
 *
 * Parameters are typed values, one per `?`, made by functions whose C
 * types the compiler checks (a pointer where a number belongs, or a
 * number where text belongs, does not build):
 *
 *	struct db_rows *r = db_query(req, SQL_POST, db_int(id), db_text(handle));
 *	const char *title = db_get(r, 0, "title");
 *	long long author = db_get_int(r, 0, "user_id");
 *
 * Results come back as text in the request arena (NULL = SQL NULL) and
 * are read by column name (the name or alias in the SELECT), never by
 * position, so reordering a SELECT cannot shift a page's values. Asking
 * for a column the statement does not have is a bug: it is logged and
 * the page answers 500.
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
	const char **names; /* ncols column names (aliases) */
	const char **cells; /* nrows * ncols; NULL = SQL NULL */
	unsigned long *lens;
	struct request *req; /* whose page fails when a column is misnamed */
};

/* One bound parameter. Make them with db_int(), db_text(), db_bytes(). */
enum db_type { DB_NULL, DB_INT, DB_TEXT, DB_BYTES };
struct db_value {
	enum db_type type;
	long long i;   /* DB_INT */
	const void *p; /* DB_TEXT (NUL-terminated), DB_BYTES */
	size_t len;    /* DB_BYTES */
};

static inline struct db_value db_int(long long v)
{
	struct db_value x = {DB_INT, v, NULL, 0};
	return x;
}
/* Text; NULL binds SQL NULL. */
static inline struct db_value db_text(const char *s)
{
	struct db_value x = {s ? DB_TEXT : DB_NULL, 0, s, 0};
	return x;
}
/* Bytes (a hash, a blob); NULL binds SQL NULL. */
static inline struct db_value db_bytes(const void *p, size_t len)
{
	struct db_value x = {p ? DB_BYTES : DB_NULL, 0, p, len};
	return x;
}
static inline struct db_value db_null(void)
{
	struct db_value x = {DB_NULL, 0, NULL, 0};
	return x;
}

/* The array behind the macros below: a leading placeholder keeps it
 * valid C when there are no parameters; the functions skip it. */
#define DB_VALUES_(...)  ((const struct db_value[]){{DB_NULL, 0, NULL, 0}, ##__VA_ARGS__})
#define DB_NVALUES_(...) (sizeof DB_VALUES_(__VA_ARGS__) / sizeof(struct db_value) - 1)

/* Execute a statement: db_exec(req, SQL, db_int(id), ...). Returns the
 * affected rows, or -1. */
#define db_exec(req, sql, ...)                                                                     \
	db_exec_values((req), (sql), DB_VALUES_(__VA_ARGS__) + 1, DB_NVALUES_(__VA_ARGS__))
/* Run a query and fetch every row: db_query(req, SQL, db_int(id), ...).
 * NULL on error. */
#define db_query(req, sql, ...)                                                                    \
	db_query_values((req), (sql), DB_VALUES_(__VA_ARGS__) + 1, DB_NVALUES_(__VA_ARGS__))

long long db_exec_values(struct request *req, const char *sql, const struct db_value *v, size_t n);
struct db_rows *db_query_values(struct request *req, const char *sql, const struct db_value *v,
                                size_t n);

/* A cell by row and column name; NULL for SQL NULL. A name the statement
 * does not have is logged and fails the page (500). */
const char *db_get(const struct db_rows *r, size_t row, const char *column);
/* The same as a number (0 for NULL). */
long long db_get_int(const struct db_rows *r, size_t row, const char *column);

/* Connect using OPBAK_DB_SOCKET, OPBAK_DB_NAME, OPBAK_DB_USER,
 * OPBAK_DB_PASSWORD. -1 when MariaDB does not answer (calls retry).
 *
 * A cluster (Galera): OPBAK_DB_NODES lists every node, and replaces
 * OPBAK_DB_SOCKET. Entries are separated by commas or spaces; an entry
 * that begins with "/" is a unix socket, any other is host:port
 * ([v6addr]:port for IPv6):
 *
 *	OPBAK_DB_NODES=/srv/db1/mysqld.sock,/srv/db2/mysqld.sock,10.0.0.3:3306
 *
 * Each worker starts on node (pid mod n), so the workers spread over the
 * nodes, and stays there. When its node goes away or answers that it is
 * not part of the cluster's primary component (1047, "WSREP has not yet
 * prepared node for application use"), the worker moves to the next node
 * and runs the statement again there, under the same rules as a
 * reconnect: outside a transaction the statement; inside one, the whole
 * transaction (db_must_retry), never the statement alone. */
int db_connect(void);
void db_close(void);
/* 1 when the last failure was the connection itself (answer 503). */
int db_is_down(void);

/* AUTO_INCREMENT id of the last insert on this connection. */
long long db_last_id(void);
/* The MariaDB error number of the last failure (e.g. 1062 duplicate). */
unsigned int db_errno(void);

/* Transactions. Routes flagged ROUTE_TX get theirs from core (app.h);
 * these are for the few writes that must commit whatever the answer. */
int db_begin(struct request *req);
int db_commit(struct request *req);
void db_rollback(struct request *req);
/* End of request: roll back a transaction a handler left open. */
void db_request_done(struct request *req);

/* 1 when the current transaction lost a lock conflict (deadlock victim,
 * lock wait timeout, a Galera certification failure): the whole
 * transaction was or must be rolled back and may be run again. */
int db_must_retry(void);

/* The list in OPBAK_DB_NODES, parsed. */
#define DB_MAX_NODES 16
struct db_node {
	char socket[256]; /* a unix socket, or "" */
	char host[256];   /* else host (an IPv6 address without brackets) */
	unsigned int port;
};
/* Parse a node list (the format above) into out (at most max). Returns
 * how many nodes, or -1 on a malformed entry (no port, a port out of
 * range, a name too long) or more than max. */
int db_nodes_parse(const char *list, struct db_node *out, int max);

/* Read-your-own-writes on a cluster (OPBAK_DB_GALERA=1). A node applies
 * other nodes' writes a little after they commit there, so a browser
 * whose next request reaches another app host (on another node) could
 * miss what it just wrote. After a POST that committed, core sets the
 * short-lived cookie DB_RYW_COOKIE; a request that carries it reads with
 * wsrep_sync_wait=1 (each read first waits until this node has applied
 * every write committed anywhere before it), and no other request pays. */
#define DB_RYW_COOKIE  "opbak_rw"
#define DB_RYW_SECONDS 10
int db_galera(void);
/* 1 from now until db_read_your_writes(0): reads wait (see above). */
void db_read_your_writes(int on);

#define DB_ER_DUP_ENTRY     1062
#define DB_ER_LOCK_WAIT     1205
#define DB_ER_LOCK_DEADLOCK 1213

#endif
