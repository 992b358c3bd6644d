/*
 * jobs.c - what the goals executable does by itself (struct app's hourly
 * job: each worker when it starts, then hourly).
 *
 * Reminders in the header: every step due today (on the site's wall
 * clock) and still active is told to its participant once that day, as a
 * notification 'goal_due' linking to it. The calendar feed (calendar.c)
 * reminds him on his phone; this is for the one who opens the site.
 * Workers may run this at the same moment: the items are locked first
 * and marked (goal_items.reminded_on), so each is told once a day.
 */
#include "db.h"
#include "goals.h"
#include "log.h"
#include "participant.h"

#define JOB_BATCH 1000 /* items a run reminds of at most */

static const char SQL_DUE[] =
    "SELECT id, participant_id FROM goal_items WHERE due_date = ? AND status = 'active' "
    "AND (reminded_on IS NULL OR reminded_on <> ?) ORDER BY id LIMIT ? FOR UPDATE";
static const char SQL_MARK[] = "UPDATE goal_items SET reminded_on = ? WHERE id = ?";
static const char SQL_TELL[] = "INSERT INTO notifications (user_id, kind, item_id) "
                               "VALUES (?, 'goal_due', ?)";

void goals_hourly(struct request *req)
{
	const char *today = goals_today(req);
	if (db_begin(req) < 0)
		return;
	struct db_rows *r =
	    db_query(req, SQL_DUE, db_text(today), db_text(today), db_int(JOB_BATCH));
	int ok = r != NULL;
	for (size_t i = 0; ok && i < r->nrows; i++) {
		long long id = db_get_int(r, i, "id");
		ok = db_exec(req, SQL_MARK, db_text(today), db_int(id)) >= 0 &&
		     db_exec(req, SQL_TELL, db_int(db_get_int(r, i, "participant_id")),
		             db_int(id)) >= 0;
	}
	if (!ok) {
		db_rollback(req);
		log_msg(req->id, "goals: the reminders of %s were not written", today);
		return;
	}
	if (db_commit(req) < 0)
		log_msg(req->id, "goals: the reminders of %s were not committed", today);
	else if (r->nrows)
		log_msg(req->id, "goals: %lu step(s) due %s told", (unsigned long)r->nrows, today);
}
