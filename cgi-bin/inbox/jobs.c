/*
 * jobs.c - what the inbox does by itself (struct app's hourly job: each
 * worker when it starts, then hourly).
 *
 * 1. A question asked of one support person that he has not claimed
 *    within inbox_claim_hours goes to the pool (counsellor_id NULL), and
 *    the member is told (notification 'question_pool').
 * (A closed conversation is deleted after inbox_retention_days by the
 * retention job with every other rule: community/retention.c.)
 * The setting is a row of settings (sql/014, /mod/settings). Workers may
 * run this at the same moment: the questions that move are locked first,
 * so each moves, and its member is told, once.
 */
#include <stdlib.h>

#include "db.h"
#include "inbox.h"
#include "limits.h"
#include "log.h"

#define CLAIM_HOURS_DEFAULT 24
#define JOB_BATCH           1000 /* questions a run moves at most */

static const char SQL_SETTINGS[] =
    "SELECT value AS claim_hours FROM settings WHERE name = 'inbox_claim_hours'";
static const char SQL_OVERDUE[] =
    "SELECT id, member_id FROM questions WHERE status = 'new' AND counsellor_id IS NOT NULL "
    "AND claimed_by IS NULL AND created_at < NOW() - INTERVAL ? HOUR ORDER BY id LIMIT ? "
    "FOR UPDATE";
static const char SQL_TO_POOL[] = "UPDATE questions SET counsellor_id = NULL WHERE id = ?";
static const char SQL_TELL[] = "INSERT INTO notifications (user_id, kind, question_id) "
                               "VALUES (?, 'question_pool', ?)";

/* A setting as a whole number in 1..max, else its default. */
static long long setting(const struct db_rows *r, const char *name, long long max, long long dflt)
{
	const char *v = r && r->nrows == 1 ? db_get(r, 0, name) : NULL;
	char *end;
	long long n = v ? strtoll(v, &end, 10) : 0;
	return v && *v && !*end && n >= 1 && n <= max ? n : dflt;
}

static int to_pool(struct request *req, long long hours)
{
	if (db_begin(req) < 0)
		return -1;
	struct db_rows *r = db_query(req, SQL_OVERDUE, db_int(hours), db_int(JOB_BATCH));
	int ok = r != NULL;
	for (size_t i = 0; ok && i < r->nrows; i++) {
		long long id = db_get_int(r, i, "id");
		ok = db_exec(req, SQL_TO_POOL, db_int(id)) >= 0 &&
		     db_exec(req, SQL_TELL, db_int(db_get_int(r, i, "member_id")), db_int(id)) >= 0;
	}
	if (!ok) {
		db_rollback(req);
		return -1;
	}
	if (db_commit(req) < 0)
		return -1;
	if (r->nrows)
		log_msg(req->id, "inbox: %zu question(s) unclaimed for %lld h went to the pool",
		        r->nrows, hours);
	return 0;
}

void inbox_hourly(struct request *req)
{
	struct db_rows *s = db_query(req, SQL_SETTINGS);
	long long hours =
	    setting(s, "claim_hours", LIMIT_INBOX_CLAIM_HOURS_MAX, CLAIM_HOURS_DEFAULT);
	if (to_pool(req, hours) < 0)
		log_msg(req->id, "inbox: moving overdue questions to the pool failed");
}
