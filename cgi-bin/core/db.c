/*
 * db.c - one MariaDB connection per worker, a cache of prepared
 * statements keyed by the address of their SQL text, and reconnection.
 */
#include "db.h"

#include <errno.h>
#include <mysql.h>
#include <errmsg.h>
#include <mysqld_error.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"

#define STMT_SLOTS 256 /* distinct statements one executable uses, at most */
#define CELL_BUF   256 /* first fetch buffer per column; longer values refetched */
#define MAX_PARAMS 32

struct stmt_slot {
	const char *sql; /* the caller's static text (identity is the key) */
	MYSQL_STMT *stmt;
};

/* Worker-lifetime state: the connection and its prepared statements. */
static MYSQL *conn;
static struct stmt_slot slots[STMT_SLOTS];
static int down; /* last failure was the connection */
static int in_tx;
static unsigned int last_errno;
static long long last_id;
static int must_retry; /* this transaction lost a lock conflict */

static void forget_statements(void)
{
	for (size_t i = 0; i < STMT_SLOTS; i++) {
		if (slots[i].stmt)
			mysql_stmt_close(slots[i].stmt);
		slots[i].stmt = NULL;
		slots[i].sql = NULL;
	}
}

void db_close(void)
{
	forget_statements();
	if (conn)
		mysql_close(conn);
	conn = NULL;
	in_tx = 0;
}

int db_connect(void)
{
	if (conn)
		return 0;
	const char *sock = getenv("OPBAK_DB_SOCKET");
	const char *name = getenv("OPBAK_DB_NAME");
	const char *user = getenv("OPBAK_DB_USER");
	const char *pass = getenv("OPBAK_DB_PASSWORD");
	conn = mysql_init(NULL);
	if (!conn)
		return -1;
	unsigned int timeout = 3, rw_timeout = 30;
	mysql_optionsv(conn, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
	mysql_optionsv(conn, MYSQL_OPT_READ_TIMEOUT, &rw_timeout);
	mysql_optionsv(conn, MYSQL_OPT_WRITE_TIMEOUT, &rw_timeout);
	mysql_optionsv(conn, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	/* READ COMMITTED: a write locks the rows it reads or changes, not
	 * the gaps between index entries around them, so two writers whose
	 * DELETE ... WHERE ranges and INSERTs touch neighbouring ledger rows
	 * do not deadlock (REPEATABLE READ's gap locks made concurrent
	 * backings deadlock; see community/ledger.h for the lock order).
	 * No page relies on a snapshot across statements. */
	mysql_optionsv(conn, MYSQL_INIT_COMMAND,
	               "SET time_zone = '+00:00', collation_connection = 'utf8mb4_unicode_ci', "
	               "tx_isolation = 'READ-COMMITTED'");
	if (!mysql_real_connect(conn, NULL, user ? user : "opbak", pass, name ? name : "opbak", 0,
	                        sock, 0)) {
		last_errno = mysql_errno(conn);
		log_msg(NULL, "db: cannot connect: %s", mysql_error(conn));
		mysql_close(conn);
		conn = NULL;
		down = 1;
		return -1;
	}
	down = 0;
	return 0;
}

int db_is_down(void)
{
	return down;
}

unsigned int db_errno(void)
{
	return last_errno;
}

long long db_last_id(void)
{
	return last_id;
}

/* The transaction lost a lock conflict and can be run again whole:
 * InnoDB's deadlock victim (also what Galera answers a transaction that
 * fails certification) or a lock wait timeout. */
static int lost_lock(unsigned int e)
{
	return e == DB_ER_LOCK_DEADLOCK || e == DB_ER_LOCK_WAIT;
}

int db_must_retry(void)
{
	return must_retry;
}

static int connection_error(unsigned int e)
{
	return e == CR_SERVER_GONE_ERROR || e == CR_SERVER_LOST || e == CR_CONNECTION_ERROR ||
	       e == CR_CONN_HOST_ERROR || e == ER_CONNECTION_KILLED ||
	       e == ER_UNKNOWN_STMT_HANDLER || e == CR_STMT_CLOSED || e == 4031;
}

static MYSQL_STMT *statement(const char *sql)
{
	size_t h = ((uintptr_t)sql >> 4) % STMT_SLOTS;
	for (size_t n = 0; n < STMT_SLOTS; n++) {
		struct stmt_slot *s = &slots[(h + n) % STMT_SLOTS];
		if (s->sql == sql)
			return s->stmt;
		if (!s->sql) {
			MYSQL_STMT *st = mysql_stmt_init(conn);
			if (!st)
				return NULL;
			if (mysql_stmt_prepare(st, sql, strlen(sql))) {
				last_errno = mysql_stmt_errno(st);
				log_msg(NULL, "db: prepare failed (%u %s): %s", last_errno,
				        mysql_stmt_error(st), sql);
				mysql_stmt_close(st);
				return NULL;
			}
			s->sql = sql;
			s->stmt = st;
			return st;
		}
	}
	log_msg(NULL, "db: statement cache full");
	return NULL;
}

/* Bind n typed values to the statement's placeholders. */
static int bind_params(MYSQL_STMT *st, MYSQL_BIND *b, unsigned long *lens, const struct db_value *v,
                       size_t n)
{
	if (n > MAX_PARAMS || n != mysql_stmt_param_count(st))
		return -1;
	memset(b, 0, sizeof(MYSQL_BIND) * (n ? n : 1));
	for (size_t i = 0; i < n; i++) {
		switch (v[i].type) {
		case DB_NULL: b[i].buffer_type = MYSQL_TYPE_NULL; break;
		case DB_TEXT:
			lens[i] = strlen(v[i].p);
			b[i].buffer_type = MYSQL_TYPE_STRING;
			b[i].buffer = (void *)v[i].p;
			b[i].buffer_length = lens[i];
			b[i].length = &lens[i];
			break;
		case DB_BYTES:
			lens[i] = v[i].len;
			b[i].buffer_type = MYSQL_TYPE_BLOB;
			b[i].buffer = (void *)v[i].p;
			b[i].buffer_length = v[i].len;
			b[i].length = &lens[i];
			break;
		case DB_INT:
			b[i].buffer_type = MYSQL_TYPE_LONGLONG;
			b[i].buffer = (void *)&v[i].i;
			break;
		default: return -1;
		}
	}
	return n ? (mysql_stmt_bind_param(st, b) ? -1 : 0) : 0;
}

/* Fetch all rows of an executed statement as text into the arena. */
static struct db_rows *fetch_all(struct request *req, MYSQL_STMT *st)
{
	struct db_rows *r = arena_calloc(req->arena, 1, sizeof *r);
	r->req = req;
	MYSQL_RES *meta = mysql_stmt_result_metadata(st);
	if (!meta)
		return r; /* not a query */
	size_t ncols = mysql_num_fields(meta);
	MYSQL_FIELD *fields = mysql_fetch_fields(meta);
	r->names = arena_calloc(req->arena, ncols + 1, sizeof(char *));
	for (size_t c = 0; c < ncols; c++)
		r->names[c] = arena_strdup(req->arena, fields[c].name);
	mysql_free_result(meta);
	if (mysql_stmt_store_result(st))
		return NULL;
	size_t nrows = (size_t)mysql_stmt_num_rows(st);
	r->ncols = ncols;
	r->cells = arena_calloc(req->arena, nrows * ncols + 1, sizeof(char *));
	r->lens = arena_calloc(req->arena, nrows * ncols + 1, sizeof(unsigned long));

	MYSQL_BIND *b = arena_calloc(req->arena, ncols, sizeof *b);
	unsigned long *len = arena_calloc(req->arena, ncols, sizeof *len);
	my_bool *isnull = arena_calloc(req->arena, ncols, sizeof *isnull);
	my_bool *err = arena_calloc(req->arena, ncols, sizeof *err);
	char *bufs = arena_alloc(req->arena, ncols * CELL_BUF);
	for (size_t c = 0; c < ncols; c++) {
		b[c].buffer_type = MYSQL_TYPE_STRING;
		b[c].buffer = bufs + c * CELL_BUF;
		b[c].buffer_length = CELL_BUF;
		b[c].length = &len[c];
		b[c].is_null = &isnull[c];
		b[c].error = &err[c];
	}
	if (mysql_stmt_bind_result(st, b))
		return NULL;
	size_t row = 0;
	for (;;) {
		int rc = mysql_stmt_fetch(st);
		if (rc == MYSQL_NO_DATA)
			break;
		if (rc == 1)
			return NULL;
		if (row >= nrows)
			break;
		for (size_t c = 0; c < ncols; c++) {
			size_t i = row * ncols + c;
			if (isnull[c]) {
				r->cells[i] = NULL;
				continue;
			}
			char *v = arena_alloc(req->arena, len[c] + 1);
			if (len[c] <= CELL_BUF) {
				memcpy(v, bufs + c * CELL_BUF, len[c]);
			} else {
				/* Truncated: fetch this column again, whole. */
				MYSQL_BIND one;
				memset(&one, 0, sizeof one);
				unsigned long l2 = 0;
				one.buffer_type = MYSQL_TYPE_STRING;
				one.buffer = v;
				one.buffer_length = len[c];
				one.length = &l2;
				if (mysql_stmt_fetch_column(st, &one, (unsigned int)c, 0))
					return NULL;
			}
			v[len[c]] = '\0';
			r->cells[i] = v;
			r->lens[i] = len[c];
		}
		row++;
	}
	r->nrows = row;
	mysql_stmt_free_result(st);
	return r;
}

/* Execute once; on a dropped connection (and outside a transaction)
 * reconnect and try once more. */
static struct db_rows *run(struct request *req, const char *sql, int want_rows, long long *affected,
                           const struct db_value *values, size_t nvalues)
{
	for (int attempt = 0; attempt < 2; attempt++) {
		if (!conn && db_connect() < 0)
			break;
		MYSQL_STMT *st = statement(sql);
		if (!st) {
			last_errno = last_errno ? last_errno : mysql_errno(conn);
			if (connection_error(mysql_errno(conn)) || connection_error(last_errno))
				goto reconnect;
			req->db_failed = 1;
			return NULL;
		}
		MYSQL_BIND b[MAX_PARAMS];
		unsigned long lens[MAX_PARAMS];
		if (bind_params(st, b, lens, values, nvalues) < 0) {
			log_msg(req->id, "db: %lu parameters do not fit: %s",
			        (unsigned long)nvalues, sql);
			req->db_failed = 1;
			return NULL;
		}
		if (mysql_stmt_execute(st)) {
			last_errno = mysql_stmt_errno(st);
			if (connection_error(last_errno))
				goto reconnect;
			if (lost_lock(last_errno)) {
				/* Not a fault of the page: core runs it again. */
				must_retry = 1;
				log_msg(req->id, "db: %u %s", last_errno, mysql_stmt_error(st));
				req->db_failed = 1;
				return NULL;
			}
			/* A duplicate key is an answer the caller handles (a name
			 * taken); anything else is a failure of the page. */
			if (last_errno != DB_ER_DUP_ENTRY) {
				log_msg(req->id, "db: %u %s: %s", last_errno, mysql_stmt_error(st),
				        sql);
				req->db_failed = 1;
			}
			return NULL;
		}
		last_errno = 0;
		if (affected)
			*affected = (long long)mysql_stmt_affected_rows(st);
		last_id = (long long)mysql_stmt_insert_id(st);
		if (!want_rows) {
			static struct db_rows none; /* "succeeded, no rows" for db_exec */
			mysql_stmt_free_result(st);
			return &none;
		}
		struct db_rows *r = fetch_all(req, st);
		if (!r) {
			last_errno = mysql_stmt_errno(st);
			log_msg(req->id, "db: fetch %u %s", last_errno, mysql_stmt_error(st));
			if (connection_error(last_errno))
				goto reconnect;
			req->db_failed = 1;
		}
		return r;
	reconnect:
		log_msg(req->id, "db: connection lost (%u), reconnecting", last_errno);
		int was_tx = in_tx;
		db_close();
		down = 1;
		if (was_tx)
			break; /* a transaction cannot be resumed */
	}
	down = conn ? 0 : 1;
	req->db_failed = 1;
	return NULL;
}

long long db_exec_values(struct request *req, const char *sql, const struct db_value *v, size_t n)
{
	long long affected = 0;
	return run(req, sql, 0, &affected, v, n) ? affected : -1;
}

struct db_rows *db_query_values(struct request *req, const char *sql, const struct db_value *v,
                                size_t n)
{
	return run(req, sql, 1, NULL, v, n);
}

/* START TRANSACTION rather than autocommit off and on: one round trip to
 * begin, one (COMMIT or ROLLBACK) to end, and the connection is back in
 * autocommit by itself. A connection that went away since the last
 * request (MariaDB restarted) is opened again once. */
int db_begin(struct request *req)
{
	static const char begin[] = "START TRANSACTION";
	for (int attempt = 0; attempt < 2; attempt++) {
		if (!conn && db_connect() < 0)
			break;
		if (mysql_real_query(conn, begin, sizeof begin - 1) == 0) {
			in_tx = 1;
			must_retry = 0;
			return 0;
		}
		last_errno = mysql_errno(conn);
		if (!connection_error(last_errno)) {
			log_msg(req->id, "db: cannot begin: %s", mysql_error(conn));
			break;
		}
		db_close();
		down = 1;
	}
	req->db_failed = 1;
	return -1;
}

int db_commit(struct request *req)
{
	if (!conn)
		return -1;
	in_tx = 0;
	if (mysql_commit(conn) == 0)
		return 0;
	last_errno = mysql_errno(conn);
	if (lost_lock(last_errno))
		must_retry = 1;
	log_msg(req->id, "db: commit failed: %s", mysql_error(conn));
	req->db_failed = 1;
	if (connection_error(last_errno)) {
		/* MariaDB went away under the commit: the page is 503 like any
		 * other request while it is down, and the next request reconnects. */
		db_close();
		down = 1;
		return -1;
	}
	mysql_rollback(conn);
	return -1;
}

void db_rollback(struct request *req)
{
	(void)req;
	in_tx = 0;
	if (conn)
		mysql_rollback(conn);
}

void db_request_done(struct request *req)
{
	must_retry = 0;
	if (in_tx) {
		log_msg(req->id, "db: handler left a transaction open; rolled back");
		db_rollback(req);
	}
}

const char *db_get(const struct db_rows *r, size_t row, const char *column)
{
	if (!r || row >= r->nrows)
		return NULL;
	for (size_t c = 0; c < r->ncols; c++)
		if (strcmp(r->names[c], column) == 0)
			return r->cells[row * r->ncols + c];
	log_msg(r->req ? r->req->id : NULL, "db: no column \"%s\" in this result", column);
	if (r->req)
		r->req->db_failed = 1;
	return NULL;
}

long long db_get_int(const struct db_rows *r, size_t row, const char *column)
{
	const char *s = db_get(r, row, column);
	return s ? strtoll(s, NULL, 10) : 0;
}
