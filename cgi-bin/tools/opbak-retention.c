/*
 * opbak-retention - run the retention job once (community/retention.h):
 * delete what is past its time, warn and erase accounts nobody logs in
 * to, remove old exports. For a systemd timer in production
 * (scripts/systemd/opbak-retention.timer); the account executable also
 * runs it when it starts and daily, and two runs at once are safe.
 *
 *   opbak-retention
 *
 * Database settings and OPBAK_EXPORT_DIR come from the same environment
 * as the executables. What it removed goes to standard error (the log).
 * Exit status: 0 done, 2 usage, 3 database (or part of the run failed).
 */
#include <stdio.h>

#include "db.h"
#include "i18n.h"
#include "response.h"
#include "retention.h"

/* Marks the run, so the workers' daily run waits another day. */
static const char SQL_RAN[] = "UPDATE settings SET value = DATE_FORMAT(NOW(), '%Y-%m-%d %H:%i:%s') "
                              "WHERE name = 'retention_ran_at'";

int main(int argc, char **argv)
{
	(void)argv;
	if (argc != 1) {
		fprintf(stderr, "usage: opbak-retention\n");
		return 2;
	}
	if (db_connect() < 0) {
		fprintf(stderr, "opbak-retention: cannot reach the database\n");
		return 3;
	}
	struct arena arena = {0};
	struct response res = {0};
	struct request req = {.arena = &arena, .id = "retention", .res = &res};
	int status = 0;
	if (db_exec(&req, SQL_RAN) < 0 || retention_run(&req) < 0)
		status = 3;
	db_close();
	arena_free(&arena);
	buf_free(&res.body);
	buf_free(&res.headers);
	return status;
}
