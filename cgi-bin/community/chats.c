/*
 * chats.c - a side leaving a conversation of the goals part (chats.h).
 */
#include "chats.h"

#include "arena.h"
#include "db.h"
#include "live.h"

static const char SQL_FIND[] =
    "SELECT id FROM chats WHERE participant_id = ? AND other_id = ? AND kind = ?";
static const char SQL_LEAVE[] = "DELETE FROM chat_members WHERE chat_id = ? AND user_id = ?";

int chats_leave(struct request *req, long long participant_id, long long other_id, const char *kind)
{
	struct db_rows *r =
	    db_query(req, SQL_FIND, db_int(participant_id), db_int(other_id), db_text(kind));
	if (!r)
		return -1;
	if (r->nrows != 1)
		return 0;
	long long chat = db_get_int(r, 0, "id");
	if (db_exec(req, SQL_LEAVE, db_int(chat), db_int(other_id)) < 0)
		return -1;
	live_close(req, arena_printf(req->arena, "chat-%lld", chat));
	return 0;
}
