/*
 * post.h - the writing side of the community (see main.c for the routes):
 * posts, backings, votes, best marks, reports, questions to a support
 * person, the moderation queue and feedback to the team.
 *
 * Two small modules are shared by the pages:
 *   rules.c   who is writing (trusted staff, a new member), the guards on
 *             the text (personal information, links, crisis words), the
 *             caps per hour and night pre-moderation;
 *   ledger.c  what happens when a post or a backing becomes visible or
 *             stops being visible: backing_count, the points ledger,
 *             badges and notifications, always inside the caller's
 *             transaction.
 */
#ifndef OPBAK_POST_H
#define OPBAK_POST_H

#include "request.h"

struct form;

/* ---- pages (one file each, or a small family) ---- */

/* write.c */
int new_form_fn(struct request *req);
int new_fn(struct request *req);
int edit_form_fn(struct request *req);
int edit_fn(struct request *req);
int delete_form_fn(struct request *req);
int delete_fn(struct request *req);
int deleted_fn(struct request *req);
/* backing.c */
int back_form_fn(struct request *req);
int back_fn(struct request *req);
int vote_fn(struct request *req);
int best_fn(struct request *req);
/* report.c */
int report_form_fn(struct request *req);
int report_fn(struct request *req);
/* ask.c */
int ask_form_fn(struct request *req);
int ask_fn(struct request *req);
/* mod.c */
int mod_fn(struct request *req);
int mod_hide_fn(struct request *req);
int mod_restore_fn(struct request *req);
int mod_dismiss_fn(struct request *req);
int mod_approve_fn(struct request *req);
int mod_reject_fn(struct request *req);
/* mod_settings.c */
int mod_settings_fn(struct request *req);
int mod_settings_save_fn(struct request *req);
/* feedback.c */
int feedback_form_fn(struct request *req);
int feedback_fn(struct request *req);
int mod_feedback_fn(struct request *req);

/* ---- points, as the contract fixes them ---- */
#define POINTS_POST    2  /* a post written */
#define POINTS_BACKING 5  /* a backing given on someone else's post */
#define POINTS_BEST    10 /* a backing marked best by the post's author */
#define POINTS_VOTE    1  /* a vote received on a backing */

/* ---- notice.c ---- */

/* A short page in the layout: a heading, a sentence and a way back (a
 * local path, or NULL). Returns status. */
int post_notice(struct request *req, int status, const char *heading, const char *message,
                const char *back, const char *back_label);

/* ---- rules.c ---- */

/* What a handler needs to know about who is writing. */
struct writer {
	int trusted;      /* admin or counsellor: staff, not held at night */
	int new_member;   /* account younger than NEW_MEMBER_HOURS */
	long long recent; /* rows of this kind he wrote in the last hour */
};

enum writing { WRITING_POST, WRITING_BACKING, WRITING_QUESTION };

/* Fill w for the logged-in user writing a thing of kind `what`. -1 on a
 * database failure. */
int rules_writer(struct request *req, enum writing what, struct writer *w);
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
/* Whether new content is held for a moderator right now: 1 yes, 0 no, -1
 * database failure. Staff are never held. */
int rules_held(struct request *req, const struct writer *w);
/* The sentence for a new member over his cap, e.g. "... 3 posts ...". */
const char *rules_cap_message(struct request *req, enum writing what);

/* ---- ledger.c (all inside the caller's transaction) ---- */

/* A post became visible (written by day, approved, restored): its points
 * and badges. -1 on a database failure. */
int ledger_post_shown(struct request *req, long long post_id);
/* A post stopped being visible (hidden, held again): its points go. */
int ledger_post_gone(struct request *req, long long post_id);
/* A backing became visible: backing_count + 1, its points (backing, best,
 * votes), badges. With fresh set (written by day, approved), also what a
 * new backing causes: the post author's notification and, for a support
 * person, the post and its questions marked answered. */
int ledger_backing_shown(struct request *req, long long backing_id, int fresh);
/* A backing stopped being visible: backing_count - 1, its points go. */
int ledger_backing_gone(struct request *req, long long backing_id);
/* A vote was cast (the votes row exists): the author's point and badge. */
int ledger_vote(struct request *req, long long backing_id, long long voter_id, long long author_id);
/* A backing was marked best (on) or unmarked: its points and badges. */
int ledger_best(struct request *req, long long backing_id, long long author_id, int on);
/* Award the badges that count rows of this points reason ("post",
 * "backing", "best", "vote") for user_id. */
int ledger_badges(struct request *req, long long user_id, const char *reason);
/* A crisis report (reporter NULL, reason self_harm, priority 2) so the
 * item tops the moderation queue. backing_id 0 = the post itself. */
int ledger_crisis_report(struct request *req, long long post_id, long long backing_id);
/* Tell user_id something happened ("approved", "hidden", "best"); never
 * the actor himself. */
int ledger_notify(struct request *req, long long user_id, const char *kind, long long post_id,
                  long long backing_id, long long actor_id);

#endif
