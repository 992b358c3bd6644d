/*
 * db.c - one MariaDB connection per worker, a cache of prepared
 * statements keyed by the address of their SQL text, and reconnection.
 */
#include "db.h"

#include <ctype.h>
#include <errno.h>
#include <mysql.h>
#include <errmsg.h>
#include <mysqld_error.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

/* A cluster (OPBAK_DB_NODES), read at the first connect: the nodes, the
 * one this worker uses now, and what its requests ask of reads. */
static int nodes_read;
static struct db_node nodes[DB_MAX_NODES];
static int nnodes;       /* 0: one MariaDB at OPBAK_DB_SOCKET */
static int node;         /* index of the node in use (or to try first) */
static int galera;       /* OPBAK_DB_GALERA=1 */
static int sync_wanted;  /* this request reads after its browser's writes */
static int sync_applied; /* what the connection has (wsrep_sync_wait) */

/* One entry: "/path" or host:port or [v6]:port, len bytes of it. */
static int parse_node(const char *e, size_t len, struct db_node *out)
{
	memset(out, 0, sizeof *out);
	if (e[0] == '/') {
		if (len >= sizeof out->socket)
			return -1;
		memcpy(out->socket, e, len);
		return 0;
	}
	const char *colon;
	const char *host = e;
	size_t hlen;
	if (e[0] == '[') {
		const char *close = memchr(e, ']', len);
		if (!close || close + 1 >= e + len || close[1] != ':')
			return -1;
		host = e + 1;
		hlen = (size_t)(close - host);
		colon = close + 1;
	} else {
		colon = NULL;
		for (const char *p = e; p < e + len; p++)
			if (*p == ':')
				colon = p; /* the last one */
		if (!colon)
			return -1;
		hlen = (size_t)(colon - e);
		if (memchr(e, ':', hlen))
			return -1; /* an IPv6 address wants brackets */
	}
	if (hlen == 0 || hlen >= sizeof out->host)
		return -1;
	unsigned long port = 0;
	const char *p = colon + 1;
	if (p >= e + len)
		return -1;
	for (; p < e + len; p++) {
		if (!isdigit((unsigned char)*p))
			return -1;
		port = port * 10 + (unsigned long)(*p - '0');
		if (port > 65535)
			return -1;
	}
	if (port == 0)
		return -1;
	memcpy(out->host, host, hlen);
	out->port = (unsigned int)port;
	return 0;
}

int db_nodes_parse(const char *list, struct db_node *out, int max)
{
	int n = 0;
	const char *p = list ? list : "";
	for (;;) {
		while (*p == ',' || *p == ' ' || *p == '\t' || *p == '\n')
			p++;
		if (!*p)
			return n;
		size_t len = strcspn(p, ", \t\n");
		if (n >= max || parse_node(p, len, &out[n]) < 0)
			return -1;
		n++;
		p += len;
	}
}

static const char *node_name(int i)
{
	static char buf[300];
	if (nodes[i].socket[0])
		return nodes[i].socket;
	snprintf(buf, sizeof buf, "%s:%u", nodes[i].host, nodes[i].port);
	return buf;
}

/* The environment, once per process (each worker forks before its first
 * connect, so each worker picks its own first node). */
static void read_nodes(void)
{
	if (nodes_read)
		return;
	nodes_read = 1;
	const char *g = getenv("OPBAK_DB_GALERA");
	galera = g && strcmp(g, "1") == 0;
	const char *list = getenv("OPBAK_DB_NODES");
	if (!list || !*list)
		return;
	int n = db_nodes_parse(list, nodes, DB_MAX_NODES);
	if (n <= 0) {
		/* Better no database (503, logged) than a guess at one. */
		log_msg(NULL, "db: OPBAK_DB_NODES is malformed: \"%s\"", list);
		nnodes = -1;
		return;
	}
	nnodes = n;
	node = (int)(getpid() % n);
}

int db_galera(void)
{
	read_nodes();
	return galera;
}

void db_read_your_writes(int on)
{
	sync_wanted = on;
}

/* The worker's node failed (gone, or not in the primary component): the
 * next connect begins with the next one. */
static void next_node(struct request *req, unsigned int why)
{
	if (nnodes <= 1)
		return;
	int from = node;
	node = (node + 1) % nnodes;
	log_msg(req ? req->id : NULL, "db: failover from %s (%u) to the next node", node_name(from),
	        why);
}

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

/* Open one connection to node i (-1: OPBAK_DB_SOCKET). */
static MYSQL *open_one(int i)
{
	const char *sock = getenv("OPBAK_DB_SOCKET");
	const char *host = NULL;
	unsigned int port = 0;
	if (i >= 0) {
		sock = nodes[i].socket[0] ? nodes[i].socket : NULL;
		host = nodes[i].socket[0] ? NULL : nodes[i].host;
		port = nodes[i].port;
	}
	const char *name = getenv("OPBAK_DB_NAME");
	const char *user = getenv("OPBAK_DB_USER");
	const char *pass = getenv("OPBAK_DB_PASSWORD");
	MYSQL *c = mysql_init(NULL);
	if (!c)
		return NULL;
	unsigned int timeout = 3, rw_timeout = 30;
	mysql_optionsv(c, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
	mysql_optionsv(c, MYSQL_OPT_READ_TIMEOUT, &rw_timeout);
	mysql_optionsv(c, MYSQL_OPT_WRITE_TIMEOUT, &rw_timeout);
	mysql_optionsv(c, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	/* READ COMMITTED: a write locks the rows it reads or changes, not
	 * the gaps between index entries around them, so two writers whose
	 * DELETE ... WHERE ranges and INSERTs touch neighbouring ledger rows
	 * do not deadlock (REPEATABLE READ's gap locks made concurrent
	 * backings deadlock; see community/ledger.h for the lock order).
	 * No page relies on a snapshot across statements. */
	mysql_optionsv(c, MYSQL_INIT_COMMAND,
	               "SET time_zone = '+00:00', collation_connection = 'utf8mb4_unicode_ci', "
	               "tx_isolation = 'READ-COMMITTED'");
	if (!mysql_real_connect(c, host, user ? user : "opbak", pass, name ? name : "opbak", port,
	                        sock, 0)) {
		last_errno = mysql_errno(c);
		if (i >= 0)
			log_msg(NULL, "db: cannot connect to %s: %s", node_name(i), mysql_error(c));
		else
			log_msg(NULL, "db: cannot connect: %s", mysql_error(c));
		mysql_close(c);
		return NULL;
	}
	return c;
}

int db_connect(void)
{
	if (conn)
		return 0;
	read_nodes();
	if (nnodes < 0) {
		down = 1;
		return -1;
	}
	if (nnodes == 0) {
		conn = open_one(-1);
	} else {
		/* The worker's node, else each next one in turn. */
		for (int k = 0; k < nnodes && !conn; k++) {
			conn = open_one(node);
			if (!conn)
				next_node(NULL, last_errno);
		}
	}
	sync_applied = 0; /* a new connection starts at the server's default */
	down = conn ? 0 : 1;
	return conn ? 0 : -1;
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

/* The page's database work failed with last_errno. A lost lock conflict
 * is not the page's fault: core runs the handler again (app.c). */
static void page_failed(struct request *req)
{
	if (lost_lock(last_errno))
		must_retry = 1;
	req->db_failed = 1;
}

/* Whether the transaction begun by db_begin is gone under the handler.
 * Every answer of the server carries its "in a transaction" flag. On a
 * cluster a replicated write may abort ours (a brute-force abort) and, in
 * rare paths, the server answers the statement without an error: without
 * this look the statements after it would each commit on their own and
 * the COMMIT would commit nothing, so a page could say "saved" for a
 * write that is not there. Such a transaction is run again like the loser
 * of a lock conflict. */
static int tx_gone(struct request *req)
{
	unsigned int status = SERVER_STATUS_IN_TRANS;
	if (!in_tx || !conn ||
	    mariadb_get_infov(conn, MARIADB_CONNECTION_SERVER_STATUS, &status) != 0 ||
	    status & SERVER_STATUS_IN_TRANS)
		return 0;
	log_msg(req->id, "db: the transaction was ended under the handler (a cluster's abort)");
	must_retry = 1;
	req->db_failed = 1;
	return 1;
}

static int connection_error(unsigned int e)
{
	return e == CR_SERVER_GONE_ERROR || e == CR_SERVER_LOST || e == CR_CONNECTION_ERROR ||
	       e == CR_CONN_HOST_ERROR || e == ER_CONNECTION_KILLED ||
	       e == ER_UNKNOWN_STMT_HANDLER || e == CR_STMT_CLOSED || e == 4031;
}

/* The node answers but cannot serve: not (or not yet) in the cluster's
 * primary component ("WSREP has not yet prepared node for application
 * use"). Another node can; one MariaDB alone never says this. */
static int node_unusable(unsigned int e)
{
	return nnodes > 1 && e == ER_UNKNOWN_COM_ERROR;
}

/* Bring the connection's wsrep_sync_wait to what the request wants: a
 * plain SET, one round trip, only when it changes (db_read_your_writes). */
static int apply_sync_wait(struct request *req)
{
	if (!galera || sync_applied == sync_wanted)
		return 0;
	static const char on[] = "SET SESSION wsrep_sync_wait = 1";
	static const char off[] = "SET SESSION wsrep_sync_wait = 0";
	const char *q = sync_wanted ? on : off;
	if (mysql_real_query(conn, q, strlen(q))) {
		last_errno = mysql_errno(conn);
		log_msg(req->id, "db: %s failed: %s", q, mysql_error(conn));
		return -1;
	}
	sync_applied = sync_wanted;
	return 0;
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
	/* One MariaDB: once more after a reconnect. A cluster: on each node. */
	int attempts = nnodes > 1 ? nnodes + 1 : 2;
	for (int attempt = 0; attempt < attempts; attempt++) {
		if (!conn && db_connect() < 0)
			break;
		if (apply_sync_wait(req) < 0)
			goto reconnect;
		MYSQL_STMT *st = statement(sql);
		if (!st) {
			last_errno = last_errno ? last_errno : mysql_errno(conn);
			if (connection_error(mysql_errno(conn)) || connection_error(last_errno) ||
			    node_unusable(last_errno))
				goto reconnect;
			page_failed(req);
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
			if (connection_error(last_errno) || node_unusable(last_errno))
				goto reconnect;
			/* A duplicate key is an answer the caller handles (a name
			 * taken); anything else is a failure of the page. */
			if (last_errno != DB_ER_DUP_ENTRY) {
				log_msg(req->id, "db: %u %s: %s", last_errno, mysql_stmt_error(st),
				        sql);
				page_failed(req);
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
			return tx_gone(req) ? NULL : &none;
		}
		struct db_rows *r = fetch_all(req, st);
		if (!r) {
			last_errno = mysql_stmt_errno(st);
			log_msg(req->id, "db: fetch %u %s", last_errno, mysql_stmt_error(st));
			if (connection_error(last_errno))
				goto reconnect;
			page_failed(req);
		}
		return r && tx_gone(req) ? NULL : r;
	reconnect:
		log_msg(req->id, "db: connection lost (%u), reconnecting", last_errno);
		int was_tx = in_tx;
		db_close();
		down = 1;
		next_node(req, last_errno);
		if (was_tx) {
			/* A transaction cannot be resumed. On a cluster it was
			 * never committed (the COMMIT was not sent), so the whole
			 * of it can run again on another node, like the loser of a
			 * lock conflict; one MariaDB answers 503 as before. */
			if (nnodes > 1)
				must_retry = 1;
			break;
		}
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
	int attempts = nnodes > 1 ? nnodes + 1 : 2;
	for (int attempt = 0; attempt < attempts; attempt++) {
		if (!conn && db_connect() < 0)
			break;
		if (apply_sync_wait(req) == 0 &&
		    mysql_real_query(conn, begin, sizeof begin - 1) == 0) {
			in_tx = 1;
			must_retry = 0;
			return 0;
		}
		last_errno = mysql_errno(conn);
		if (!connection_error(last_errno) && !node_unusable(last_errno)) {
			log_msg(req->id, "db: cannot begin: %s", mysql_error(conn));
			break;
		}
		log_msg(req->id, "db: cannot begin (%u), reconnecting", last_errno);
		db_close();
		down = 1;
		next_node(req, last_errno);
	}
	req->db_failed = 1;
	return -1;
}

int db_commit(struct request *req)
{
	if (!conn)
		return -1;
	if (tx_gone(req)) {
		in_tx = 0;
		mysql_rollback(conn);
		return -1;
	}
	in_tx = 0;
	if (mysql_commit(conn) == 0)
		return 0;
	last_errno = mysql_errno(conn);
	log_msg(req->id, "db: commit failed: %s", mysql_error(conn));
	page_failed(req);
	/* 1180 (error 6 during COMMIT): on a cluster, the node left the
	 * primary component under the commit. */
	if (connection_error(last_errno) || node_unusable(last_errno) ||
	    (nnodes > 1 && last_errno == ER_ERROR_DURING_COMMIT)) {
		/* MariaDB went away under the commit: the page is 503 like any
		 * other request while it is down, and the next request reconnects
		 * (to the next node on a cluster). Not run again: whether that
		 * COMMIT took effect is unknown. */
		db_close();
		down = 1;
		next_node(req, last_errno);
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
