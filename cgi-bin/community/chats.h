/*
 * chats.h - the one thing about the goals part's conversations (sql/023
 * chats, chat_members) that more than the goals executable does: a side
 * leaving. The goals part ends a relation (a new coach, an employer link
 * ended by the coach or the participant); the account executable does
 * when the participant withdraws his consent to an employer link
 * (/account/privacy/consents). Both must take the other side out the
 * same way, so it is written once, here.
 */
#ifndef OPBAK_CHATS_H
#define OPBAK_CHATS_H

#include "request.h"

/* The relation between participant_id and other_id of kind ("coach",
 * "employer") ended: the other side leaves their conversation (his
 * chat_members row; the participant keeps reading it) and whoever
 * follows it live is asked again by nginx (live.h), so he no longer
 * reads it. 0 (also when there was none), or -1. In the caller's
 * transaction. */
int chats_leave(struct request *req, long long participant_id, long long other_id,
                const char *kind);

#endif
