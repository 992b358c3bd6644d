/*
 * test_db_nodes.c - OPBAK_DB_NODES, the cluster's node list (db.h):
 * sockets and host:port, commas or spaces, and what is refused.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "db.h"

static struct db_node n[DB_MAX_NODES];

static void sockets_and_addresses(void **state)
{
	(void)state;
	assert_int_equal(db_nodes_parse("/a/db1.sock,/a/db2.sock 10.0.0.3:3306", n, DB_MAX_NODES),
	                 3);
	assert_string_equal(n[0].socket, "/a/db1.sock");
	assert_string_equal(n[0].host, "");
	assert_string_equal(n[1].socket, "/a/db2.sock");
	assert_string_equal(n[2].socket, "");
	assert_string_equal(n[2].host, "10.0.0.3");
	assert_int_equal(n[2].port, 3306);
}

static void separators_and_ipv6(void **state)
{
	(void)state;
	assert_int_equal(db_nodes_parse("  db-a.example:3311 ,\t[::1]:3312,, \n", n, DB_MAX_NODES),
	                 2);
	assert_string_equal(n[0].host, "db-a.example");
	assert_int_equal(n[0].port, 3311);
	assert_string_equal(n[1].host, "::1");
	assert_int_equal(n[1].port, 3312);
}

static void empty_is_no_cluster(void **state)
{
	(void)state;
	assert_int_equal(db_nodes_parse("", n, DB_MAX_NODES), 0);
	assert_int_equal(db_nodes_parse(" , ", n, DB_MAX_NODES), 0);
	assert_int_equal(db_nodes_parse(NULL, n, DB_MAX_NODES), 0);
}

static void malformed_entries(void **state)
{
	(void)state;
	const char *bad[] = {
	    "db1",          /* no port */
	    "db1:",         /* empty port */
	    ":3306",        /* no host */
	    "db1:0",        /* port 0 */
	    "db1:65536",    /* out of range */
	    "db1:33o6",     /* not a number */
	    "::1:3306",     /* IPv6 without brackets */
	    "[::1]3306",    /* no colon after the bracket */
	    "[::1]:",       /* no port */
	    "/ok.sock,db2", /* one bad entry spoils the list */
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_int_equal(db_nodes_parse(bad[i], n, DB_MAX_NODES), -1);
	char longname[400];
	memset(longname, 'a', sizeof longname - 1);
	longname[0] = '/';
	longname[sizeof longname - 1] = '\0';
	assert_int_equal(db_nodes_parse(longname, n, DB_MAX_NODES), -1);
}

static void too_many(void **state)
{
	(void)state;
	assert_int_equal(db_nodes_parse("/1,/2,/3", n, 2), -1);
	assert_int_equal(db_nodes_parse("/1,/2", n, 2), 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(sockets_and_addresses),
	    cmocka_unit_test(separators_and_ipv6),
	    cmocka_unit_test(empty_is_no_cluster),
	    cmocka_unit_test(malformed_entries),
	    cmocka_unit_test(too_many),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
