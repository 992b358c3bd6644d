/*
 * post.h - the writing side of the community (see main.c for the routes):
 * posts, backings, votes, best marks, reports, questions to a support
 * person, the moderation queue and feedback to the team.
 *
 * rules.c is shared by the pages: who is writing (trusted staff, a new
 * member), the guards on the text (personal information, links, crisis
 * words), the caps per hour and night pre-moderation. What a write causes
 * (counters, points, badges, notifications) is the community's ledger
 * (community/ledger.h), always inside the route's one transaction.
 *
 * Each page file declares the query and form fields its routes read
 * (struct field tables, checked by core before the handler runs); main.c
 * names them in the route table.
 */
#ifndef OPBAK_POST_H
#define OPBAK_POST_H

#include "app.h"
#include "db.h"
#include "form.h"
#include "ledger.h"
#include "request.h"

struct tmpl_dict;

struct form;
struct db_rows;

/* ---- pages (one file each, or a small family) ---- */

/* write.c */
extern const struct field post_new_query[]; /* ?topic= */
extern const struct field post_fields[];    /* title, topic, body, public */
int new_form_fn(struct request *req);
int new_fn(struct request *req);
int edit_form_fn(struct request *req);
int edit_fn(struct request *req);
int delete_form_fn(struct request *req);
int delete_fn(struct request *req);
int deleted_fn(struct request *req);
/* backing.c */
extern const struct field backing_fields[]; /* body */
int back_form_fn(struct request *req);
int back_fn(struct request *req);
int vote_fn(struct request *req);
int best_fn(struct request *req);
/* report.c */
extern const struct field report_query[];  /* post, backing */
extern const struct field report_fields[]; /* post, backing, reason, note */
int report_form_fn(struct request *req);
int report_fn(struct request *req);
/* ask.c */
extern const struct field ask_query[];  /* post, counsellor */
extern const struct field ask_fields[]; /* post, counsellor, subject, body, allow_publish */
int ask_form_fn(struct request *req);
int ask_fn(struct request *req);
/* mod.c */
extern const struct field mod_query[];       /* prio, after, posts_after, backings_after, done */
extern const struct field mod_item_fields[]; /* kind, id */
int mod_fn(struct request *req);
int mod_hide_fn(struct request *req);
int mod_restore_fn(struct request *req);
int mod_dismiss_fn(struct request *req);
int mod_approve_fn(struct request *req);
int mod_reject_fn(struct request *req);
int mod_keep_fn(struct request *req);
/* review.c */
extern const struct field review_fields[]; /* note */
int review_fn(struct request *req);
/* mod_settings.c */
extern const struct field mod_settings_query[];  /* saved */
extern const struct field mod_settings_fields[]; /* premod_enabled, premod_start, premod_end */
int mod_settings_fn(struct request *req);
int mod_settings_save_fn(struct request *req);
/* feedback.c */
extern const struct field feedback_query[];     /* thanks, kind */
extern const struct field feedback_fields[];    /* kind, body */
extern const struct field mod_feedback_query[]; /* before */
int feedback_form_fn(struct request *req);
int feedback_fn(struct request *req);
int mod_feedback_fn(struct request *req);

/* ---- notice.c ---- */

/* A short page in the layout: a heading, a sentence and a way back (a
 * local path, or NULL). Returns status. */
int post_notice(struct request *req, int status, const char *heading, const char *message,
                const char *back, const char *back_label);
/* A refused form shown again: every value and each field's message
 * (f may be NULL: a fresh form), and notice (or NULL) above it, for
 * what is not about one field (a new member's cap per hour). */
void post_refill(struct tmpl_dict *d, const struct form *f, const char *notice);

/* ---- rules.c ---- */

/* Night pre-moderation as the settings table holds it (/mod/settings). */
struct premod {
	int enabled;
	int start, end; /* hours 0-23 in the site's zone; -1 when unset or invalid */
	const char *tz; /* the site's time zone */
};

/* What a handler needs to know about who is writing. */
struct writer {
	int trusted;          /* admin or counsellor: staff, not held at night */
	int new_member;       /* account younger than NEW_MEMBER_HOURS */
	long long recent;     /* rows of this kind he wrote in the last hour */
	struct premod premod; /* night pre-moderation, read with the rest */
};

enum writing { WRITING_POST, WRITING_BACKING, WRITING_QUESTION };

/* Fill w for the logged-in user writing a thing of kind `what`, in one
 * statement that also reads what the write is about: for a post, about
 * is the topic's slug and the row has topic_id (NULL: no such topic); for
 * a backing, about is the post's id and the row has post_title,
 * post_status and post_author (NULLs: no such post), read without a
 * lock; a question has no about (db_null()). Returns that row (one), or
 * NULL on a database failure. */
struct db_rows *rules_writer(struct request *req, enum writing what, struct db_value about,
                             struct writer *w);
/* The guards on one field of text: personal information (not for staff,
 * who give out helpline numbers) and, for new members, links. A problem
 * becomes the field's error. */
void rules_check_text(struct request *req, const struct writer *w, struct form *f,
                      const char *field);
/* 1 when a new member has already written `cap` of these in the hour. */
int rules_over_cap(const struct writer *w, int cap);
/* 1 when text (title and body joined) speaks of suicide or self-harm and
 * the writer is a member (staff write about it to help). */
int rules_crisis(const struct writer *w, const char *title, const char *body);
/* Whether new content is held for a moderator right now (by the settings
 * rules_writer read): 1 yes, 0 no. Staff are never held. */
int rules_held(const struct writer *w);
/* Night pre-moderation as the admin set it (settings table). */
int rules_premod(struct request *req, struct premod *p);
/* An hour written as 0-23 (one or two digits), or -1. */
int rules_hour(const char *s);
/* Every member's cap per hour on a kind of write (questions, reports,
 * feedback): sql, with key as its one parameter, answers one row with
 * columns n (what he wrote in the last hour) and wait (seconds until the
 * oldest of it leaves the hour); it is run only for non-staff. 1 when n
 * has reached cap (Retry-After set), 0 when not or the writer is staff,
 * -1 when the query failed. */
int rules_over_hour(struct request *req, const char *sql, struct db_value key, int cap);
/* That sql for a table: what the writer (column = key) wrote there in the
 * last hour, and in how many seconds the oldest of it leaves the hour
 * (Retry-After). */
#define RULES_SQL_RECENT(table, column)                                                            \
	"SELECT COUNT(*) AS n, "                                                                   \
	"TIMESTAMPDIFF(SECOND, NOW() - INTERVAL 1 HOUR, MIN(created_at)) AS wait "                 \
	"FROM " table " WHERE " column " = ? AND created_at > NOW() - INTERVAL 1 HOUR"
/* The sentence for a new member over his cap, e.g. "... 3 posts ...". */
const char *rules_cap_message(struct request *req, enum writing what);

#endif
