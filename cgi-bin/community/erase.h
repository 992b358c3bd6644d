/*
 * erase.h - a member leaves, and takes his data with him (issue 14).
 * Shared by /account/privacy/erase (he chooses) and the retention job
 * (an account with no login for the set years goes, the gentler way).
 *
 * Either way his account, pseudonym, date of birth, sessions, questions to
 * support persons (with their messages), goals, checklists, indicators,
 * chats, links, notifications, votes, exports (rows and files) and
 * feedback are gone; what others wrote to him keeps only what they need
 * (see erase.c for each table). The two ways differ in his posts and
 * backings:
 *   ERASE_ALL   they are deleted (and with his posts the backings others
 *               gave on them), counters settled by the ledger;
 *   ERASE_KEEP  they stay, owned by the reserved account "former_member"
 *               (sql/024), so the advice stays useful; nobody can tell
 *               they were his.
 */
#ifndef OPBAK_ERASE_H
#define OPBAK_ERASE_H

#include "request.h"

enum erase_mode { ERASE_ALL, ERASE_KEEP };

/* The reserved account of ERASE_KEEP (sql/024), found by handle AND the
 * reserved hash (users.h), as "anonym" is. */
#define ERASE_FORMER_HANDLE "former_member"

/* Erase user_id. Runs inside the caller's transaction (the caller begins
 * and commits; on -1 it rolls back and nothing is half-written). Files
 * (exports) are unlinked only after the rows are gone; a file left
 * behind by a failed unlink is removed by the retention job a day later.
 * Returns 0, or -1 on database failure. Refuses (-1) a reserved account. */
int erase_member(struct request *req, long long user_id, enum erase_mode mode);

#endif
