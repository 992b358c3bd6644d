/*
 * opbak-user - create users of any role from the command line (the local
 * stack uses it for the demo users; production for the first admin).
 *
 *   opbak-user add --handle NAME --role ROLE --birth YYYY-MM-DD
 *                  [--bio TEXT] [--if-missing]      (password on stdin)
 *   opbak-user role --handle NAME --role ROLE
 *
 * Database settings come from the same environment as the executables.
 * Exit status: 0 done, 1 refused (with the reason), 2 usage, 3 database.
 */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "auth.h"
#include "db.h"
#include "i18n.h"
#include "response.h"
#include "users.h"

static const char SQL_FIND[] = "SELECT id FROM users WHERE handle = ?";
/* A support person's rights (sql/017) go with his role: the second
 * parameter is 1 when they stay (the new role is support person). */
static const char SQL_ROLE[] = "UPDATE users SET role = ?, may_moderate = may_moderate AND ?, "
                               "inbox_lead = inbox_lead AND ? WHERE handle = ?";
static const char SQL_BIO[] = "UPDATE users SET bio = ? WHERE id = ?";

static int usage(void)
{
	fprintf(stderr, "usage: opbak-user add --handle NAME --role ROLE --birth YYYY-MM-DD "
	                "[--bio TEXT] [--if-missing] < password\n"
	                "       opbak-user role --handle NAME --role ROLE\n");
	return 2;
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return usage();
	const char *cmd = argv[1], *handle = NULL, *role_name = NULL, *birth = NULL, *bio = NULL;
	int if_missing = 0;
	for (int i = 2; i < argc; i++) {
		if (strcmp(argv[i], "--handle") == 0 && i + 1 < argc)
			handle = argv[++i];
		else if (strcmp(argv[i], "--role") == 0 && i + 1 < argc)
			role_name = argv[++i];
		else if (strcmp(argv[i], "--birth") == 0 && i + 1 < argc)
			birth = argv[++i];
		else if (strcmp(argv[i], "--bio") == 0 && i + 1 < argc)
			bio = argv[++i];
		else if (strcmp(argv[i], "--if-missing") == 0)
			if_missing = 1;
		else
			return usage();
	}
	int role = auth_role_parse(role_name);
	if (!handle || role == ROLE_NONE)
		return usage();
	if (sodium_init() < 0 || db_connect() < 0) {
		fprintf(stderr, "opbak-user: cannot reach the database\n");
		return 3;
	}
	struct arena arena = {0};
	struct response res = {0};
	struct request req = {.arena = &arena, .id = "cli", .res = &res};
	int status = 0;

	if (strcmp(cmd, "role") == 0) {
		long long n =
		    db_exec(&req, SQL_ROLE, db_text(role_name), db_int(role == ROLE_COUNSELLOR),
		            db_int(role == ROLE_COUNSELLOR), db_text(handle));
		if (n < 0)
			status = 3;
		else if (n == 0)
			fprintf(stderr, "opbak-user: no user %s\n", handle), status = 1;
	} else if (strcmp(cmd, "add") == 0 && birth) {
		const char *why = users_check_handle(handle);
		if (!why)
			why = users_check_birth(birth, time(NULL));
		char pw[512];
		if (!why && !fgets(pw, sizeof pw, stdin))
			why = "no password on standard input";
		if (!why) {
			pw[strcspn(pw, "\r\n")] = '\0';
			why = users_check_password(pw);
		}
		struct db_rows *found = why ? NULL : db_query(&req, SQL_FIND, db_text(handle));
		if (why) {
			fprintf(stderr, "opbak-user: %s: %s\n", handle, why);
			status = 1;
		} else if (!found) {
			status = 3;
		} else if (found->nrows > 0) {
			if (!if_missing) {
				fprintf(stderr, "opbak-user: %s exists\n", handle);
				status = 1;
			}
		} else {
			long long id = users_create(&req, handle, pw, birth, role);
			if (id <= 0)
				status = id == 0 ? 1 : 3;
			else if (bio && db_exec(&req, SQL_BIO, db_text(bio), db_int(id)) < 0)
				status = 3;
			else
				printf("created %s (%s, id %lld)\n", handle, role_name, id);
		}
		sodium_memzero(pw, sizeof pw);
	} else {
		status = usage();
	}
	db_close();
	arena_free(&arena);
	buf_free(&res.body);
	buf_free(&res.headers);
	return status;
}
