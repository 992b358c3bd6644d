/*
 * inbox.h - the conversations behind a question to a support person.
 *
 * A member asks at /post/ask (post executable: the guards and caps of
 * writing); the question is then a private conversation here:
 *   the member's side, /ask: his conversations (ask.c);
 *   the support persons' side, /inbox: the pool, claiming, replies and
 *   internal notes (desk.c);
 *   what both sides share: reading a question with the right to read it,
 *   its messages, adding one (thread.c).
 * Tables: questions and question_messages (sql/014). No public page
 * mentions a question.
 */
#ifndef OPBAK_INBOX_H
#define OPBAK_INBOX_H

#include "auth.h"
#include "form.h"
#include "request.h"

struct tmpl_dict;

/* Who answers questions: support persons, and admins. */
#define INBOX_STAFF AUTH_SUPPORT
/* 1 when the logged-in user works the inbox. */
int inbox_is_staff(const struct request *req);
/* Who supervises the inbox and reads every conversation (issue 11,
 * "Supervision"): admins, and the lead support persons (a right an admin
 * gives at /admin/users, sql/017). */
#define INBOX_LEADS (ROLE_BIT(ROLE_ADMIN) | AUTH_RIGHT_LEAD)
int inbox_is_lead(const struct request *req);

/* A question as both sides read it. Strings live in the request's arena. */
struct question {
	long long id;
	long long member_id;
	long long counsellor_id; /* asked of him by name; 0: the first available */
	long long claimed_by;    /* 0: nobody has it */
	long long post_id;       /* 0: about no post */
	const char *status;      /* "new", "claimed", "answered", "closed" */
	const char *subject;
	const char *body; /* the question itself, as the member wrote it */
	const char *body_html;
	int urgent;
	int allow_publish;
	const char *created_at;
	const char *last_activity_at;
	const char *member;     /* the member's pseudonym */
	long long member_age;   /* his age in years (never his date of birth) */
	const char *counsellor; /* handle of the one asked by name, or NULL */
	const char *claimer;    /* handle of the one who has it, or NULL */
	const char *post_title; /* NULL: about no post (or it is gone) */
};

enum inbox_side { SIDE_MEMBER, SIDE_STAFF };

/* 1 when the logged-in user may open q on the staff's side: a lead or an
 * admin any; a support person the pool's (nobody has it, nobody else was
 * asked by name and still has it waiting, not closed), those asked of him
 * by name, and those he has. */
int inbox_may_read(const struct request *req, const struct question *q);

/* Read question id for a side. The member's side reads only his own;
 * the staff's side those inbox_may_read() lets him (and writes its
 * opening to the audit log when audit is set; a refused one writes
 * nothing). 0 with *q filled, else the status answered: a 404 page for a
 * question that is not his to know of, a 409 naming who has it for a
 * write (for_update) on a colleague's; or -1 on database failure.
 * for_update locks the row (a write in a ROUTE_TX handler). */
int inbox_question(struct request *req, long long id, enum inbox_side side, int for_update,
                   int audit, struct question *q);

/* Fill d, the dictionary of inbox/thread.tpl (tmpl_include(page,
 * "thread", "inbox/thread.tpl")), with the question (subject, the text
 * rendered, the member's pseudonym and age, who was asked, who has it,
 * the status in the side's words) and, as section "message", every
 * message after it, oldest first; internal notes only on the staff's
 * side. -1 on database failure. */
int inbox_thread(struct request *req, struct tmpl_dict *d, const struct question *q,
                 enum inbox_side side);

/* Add a message (kind "message" or "note") by the logged-in user, its
 * Markdown rendered safe; a message (not a note: the member must not
 * learn of one) moves the question's last activity. The new message's
 * id, or -1. */
long long inbox_add_message(struct request *req, long long question_id, const char *kind,
                            const char *body);

/* Live updates (core/live.h) of a message just added (and so in this
 * transaction): to channel desk-<question> (the support persons' pages)
 * as inbox/message.tpl renders it, and, when it is a message and not an
 * internal note, to ask-<question> (the member's page) in his language.
 * Sent by core after the commit. -1 on database failure. */
int inbox_live_message(struct request *req, const struct question *q, long long message_id);
/* GET /ask/<id>/live and /inbox/<id>/live: nginx asks before it lets a
 * browser subscribe to a conversation's live updates (nginx/opbak.conf.in,
 * nchan_authorize_request): 204 when this session may read it on that
 * side, else 403 (nobody logged in; not staff) or 404 (not his). */
int ask_live_fn(struct request *req);
int desk_live_fn(struct request *req);
/* POST /inbox/<id>/typing: a support person is writing in the reply or
 * note box; his colleagues with the conversation open are told (a live
 * "typing" event naming him on desk-<id>). Nothing is stored; 204. */
int desk_typing_fn(struct request *req);

/* What the member reads of a status: "Waiting for an answer",
 * "Answered", "Closed" (translated). */
const char *inbox_member_status(const char *status);
/* What a support person reads of it: "New", "Claimed", ... */
const char *inbox_staff_status(const char *status);

/* The message form of both sides: body, 1 to LIMIT_QUESTION_MAX
 * characters (a "Thanks!" is a message too). */
extern const struct field inbox_message_fields[];

/* jobs.c: the hourly job (struct app): questions asked of one support
 * person and not claimed in time go to the pool; closed conversations
 * past the retention period are deleted. */
void inbox_hourly(struct request *req);

/* ask.c: the member's side. */
int ask_list_fn(struct request *req);
int ask_thread_fn(struct request *req);
int ask_reply_fn(struct request *req);
int ask_close_fn(struct request *req);
extern const struct field ask_list_query[];
extern const struct field ask_thread_query[];

/* desk.c: the support persons' side. */
int desk_fn(struct request *req);
int desk_thread_fn(struct request *req);
int desk_claim_fn(struct request *req);
int desk_unassign_fn(struct request *req);
int desk_reply_fn(struct request *req);
int desk_note_fn(struct request *req);
int desk_close_fn(struct request *req);
extern const struct field desk_query[];
extern const struct field desk_thread_query[];

/* ---- h10: hand over, saved replies (sql/016) ---- */
/* desk.c: POST /inbox/<id>/handover, field "to": a colleague's handle. */
int desk_handover_fn(struct request *req);
extern const struct field desk_handover_fields[];
/* replies.c: saved replies, shared (owner_id NULL) or personal. */
#define SAVED_REPLY_TITLE_MIN 3   /* characters */
#define SAVED_REPLY_TITLE_MAX 80  /* characters (saved_replies.title) */
#define SAVED_REPLIES_SHOWN   200 /* listed on a page, the shared first */
int replies_fn(struct request *req);
int replies_add_fn(struct request *req);
int replies_delete_fn(struct request *req);
extern const struct field replies_fields[];
extern const struct field replies_query[];
/* On the conversation q: section "saved_reply" ({{title}}, {{href}}:
 * /inbox/<q>?start=<id>) of the replies the user may use, and
 * has_saved_replies when any; *start is the body of ?start= when it is
 * one of them, else NULL (someone else's personal one is ignored). 0,
 * or -1 on database failure. */
int replies_offer(struct request *req, struct tmpl_dict *d, long long question_id,
                  const char **start);

/* support.c: who answers (GET /support, public), and a support person
 * saying he is available (POST /inbox/available, the form on /inbox). */
int support_fn(struct request *req);
int support_available_fn(struct request *req);
extern const struct field support_available_fields[];
/* Add section "available_form" to d (the inbox's page): whether he is
 * available now and until when. -1 on database failure. */
int support_available_form(struct request *req, struct tmpl_dict *d);

/* stats.c: GET /inbox/stats?weeks=4|12|52, the figures for the team and
 * its funders (counts and times, no content). A period reads at most
 * STATS_QUESTIONS_MAX questions, the newest (the page says so). */
#define STATS_QUESTIONS_MAX 100000
int stats_fn(struct request *req);
extern const struct field stats_query[];

/* ---- publishing an answered question (sql/018) ---- */
/* publish.c: GET/POST /inbox/<id>/publish: the question and its answer,
 * edited by a support person, as an anonymous post (the member allowed
 * it: allow_publish). */
int publish_form_fn(struct request *req);
int publish_fn(struct request *req);
extern const struct field publish_fields[];
/* On a conversation's page (d: desk_thread.tpl or ask_thread.tpl):
 * section "published" with {{published_href}} when the question is a
 * post now; on the staff's side, "can_publish" when it may become one.
 * -1 on database failure. */
int publish_offer(struct request *req, struct tmpl_dict *d, const struct question *q,
                  enum inbox_side side);

#endif
