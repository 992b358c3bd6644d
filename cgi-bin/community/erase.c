/*
 * erase.c - a member leaves, and takes his data with him (erase.h).
 *
 * Every table that names a user, and what erasing him does to it (the
 * foreign keys in sql/ do most of it when his row goes):
 *
 *   gone with him
 *     sessions, user_topics, votes (settled first by the ledger), points,
 *     badges, member_totals, notifications to him, review_requests he
 *     made, saved_replies he owns, exports (rows; files unlinked here),
 *     feedback he sent (deleted here: the key would only blank his name,
 *     and he wrote it), coaches (his programme place), and, as a
 *     participant, everything under participants: goal_items,
 *     goal_comments on his goals, checklists and their items, indicators
 *     and their ratings, employer_links, relatives, coach_history and his
 *     chats (with their messages and chat_members); questions he asked,
 *     with question_messages and the notifications about them;
 *     chat_members rows of his; employer_links where he is the employer;
 *     relatives where he is the close relative; chats where he is the
 *     coach or the employer (chats.other_id: the conversation is between
 *     two, and the goals pages know a conversation only by both; the
 *     participant's next coach starts a new one. The participant's goals
 *     stay: participants.coach_id is set NULL).
 *   kept, his name taken off (ON DELETE SET NULL)
 *     what he wrote to others, which they need: question_messages and
 *     goal_comments, chat_messages in chats that stay (none, see
 *     above), goal_items he created on someone's goals; questions asked
 *     of him or claimed by him (a claimed one goes back to the pool
 *     here, so no question waits for a support person who left);
 *     participants and coach_history he coached; employer_links he
 *     proposed; review_requests he handled; shared saved_replies,
 *     articles and episodes he wrote; reports he made (moderation needs
 *     them: reporter_id).
 *   kept as they are (no foreign key: history)
 *     audit_log (staff accountability; the retention job removes entries
 *     after their time), reports.author_id/author/text about his posts
 *     and backings (sql/006: a report outlives what it reports; with
 *     ERASE_KEEP they are handed over to "former_member", so that nobody
 *     can tell the things were his), reports.handled_by, notifications
 *     others got with actor_id = his (a number no account has any more:
 *     the notifications page shows no actor), login throttle records
 *     (minutes).
 *   his posts and backings
 *     ERASE_ALL: deleted with his row (and with his posts the backings
 *     others gave on them), counters settled by ledger_member_leaving;
 *     ERASE_KEEP: handed over to "former_member" by
 *     ledger_member_handing_over.
 */
#include "erase.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db.h"
#include "ledger.h"
#include "log.h"
#include "users.h"

static const char SQL_USER[] = "SELECT handle, password_hash FROM users WHERE id = ?";
static const char SQL_FORMER[] =
    "SELECT id, handle FROM users WHERE handle = ? AND password_hash = ?";
static const char SQL_EXPORTS[] = "SELECT name FROM exports WHERE user_id = ?";
static const char SQL_EXPORTS_GONE[] = "DELETE FROM exports WHERE user_id = ?";
static const char SQL_FEEDBACK_GONE[] = "DELETE FROM feedback WHERE user_id = ?";
/* A conversation he had taken goes back to the pool (status 'new', as
 * one whose support person did not take it in time). */
static const char SQL_UNCLAIM[] = "UPDATE questions SET status = 'new', claimed_by = NULL, "
                                  "claimed_at = NULL WHERE claimed_by = ? AND status = 'claimed'";
/* ERASE_KEEP: reports about what he wrote name its new owner. */
static const char SQL_REPORTS_HAND_OVER[] =
    "UPDATE reports SET author_id = ?, author = ? WHERE author_id = ?";
static const char SQL_DELETE_USER[] = "DELETE FROM users WHERE id = ?";

/* An export's name as exports.name holds it: 32 hex characters (anything
 * else is never made into a path). */
static int export_name_ok(const char *name)
{
	if (!name || strlen(name) != 32)
		return 0;
	for (const char *p = name; *p; p++)
		if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f') ||
		      (*p >= 'A' && *p <= 'F')))
			return 0;
	return 1;
}

static void unlink_export(struct request *req, const char *dir, const char *name, const char *ext)
{
	char path[4096];
	int n = snprintf(path, sizeof path, "%s/%s.%s", dir, name, ext);
	if (n > 0 && (size_t)n < sizeof path && unlink(path) < 0)
		log_msg(req->id, "erase: could not remove export file %s", path);
}

int erase_member(struct request *req, long long user_id, enum erase_mode mode)
{
	struct db_rows *u = db_query(req, SQL_USER, db_int(user_id));
	if (!u || u->nrows != 1)
		return -1;
	/* The reserved accounts (anonym, former_member) own what others
	 * left behind: never erased. */
	if (strcmp(db_get(u, 0, "password_hash"), USERS_RESERVED_HASH) == 0)
		return -1;
	struct db_rows *files = db_query(req, SQL_EXPORTS, db_int(user_id));
	if (!files)
		return -1;

	if (mode == ERASE_KEEP) {
		struct db_rows *f = db_query(req, SQL_FORMER, db_text(ERASE_FORMER_HANDLE),
		                             db_text(USERS_RESERVED_HASH));
		if (!f)
			return -1;
		if (f->nrows != 1) {
			log_msg(req->id, "erase: the reserved account %s is missing (sql/024)",
			        ERASE_FORMER_HANDLE);
			return -1;
		}
		long long heir = db_get_int(f, 0, "id");
		if (ledger_member_handing_over(req, user_id, heir) < 0 ||
		    db_exec(req, SQL_REPORTS_HAND_OVER, db_int(heir),
		            db_text(db_get(f, 0, "handle")), db_int(user_id)) < 0)
			return -1;
	} else if (ledger_member_leaving(req, user_id) < 0) {
		return -1;
	}

	if (db_exec(req, SQL_UNCLAIM, db_int(user_id)) < 0 ||
	    db_exec(req, SQL_FEEDBACK_GONE, db_int(user_id)) < 0 ||
	    db_exec(req, SQL_EXPORTS_GONE, db_int(user_id)) < 0 ||
	    db_exec(req, SQL_DELETE_USER, db_int(user_id)) < 0)
		return -1;

	/* The rows are gone: now the files. One left behind (a failed
	 * unlink, or a rollback after this) goes with the retention job's
	 * sweep of the export folder. */
	const char *dir = getenv("OPBAK_EXPORT_DIR");
	for (size_t i = 0; dir && *dir && i < files->nrows; i++) {
		const char *name = db_get(files, i, "name");
		if (!export_name_ok(name))
			continue;
		unlink_export(req, dir, name, "json");
		unlink_export(req, dir, name, "html");
	}
	return 0;
}
