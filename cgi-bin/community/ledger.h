/*
 * ledger.h - the community's ledger: the ONE writer of the points table,
 * of the counters (posts.backing_count, backings.votes), of badges and
 * of the notifications that writes cause. Pages decide what a member may
 * do; the ledger does what it causes, always inside the caller's
 * transaction (a ROUTE_TX route), so a write and everything it causes
 * commit or vanish together.
 *
 * Points are rows in `points`, one per reason and thing (unique key
 * reason, ref_id, voter_id), dated by the thing's own created_at, so a
 * restored backing goes back into the week it was written. Only visible
 * content earns; a backing on one's own post earns nothing. Triggers on
 * `points` (sql/004) keep member_totals (per member: all time, each ISO
 * week, each month) exact in the same statement; badges and the
 * leaderboard read those totals, never a COUNT over the ledger.
 *
 * Lock order. Every write takes its row locks in this order, skipping
 * what it does not touch, so two writers never wait for each other in a
 * circle (and READ COMMITTED, set by core, takes no gap locks on reads):
 *   1. the report a moderator handles        (reports, FOR UPDATE)
 *   2. the post                              (posts, FOR UPDATE, its
 *                                             backing_count changing later
 *                                             under the same lock; or, for
 *                                             a new backing, that update
 *                                             itself, by primary key)
 *   3. the backing                           (backings, FOR UPDATE; all
 *                                             of a post's backings before
 *                                             deleting the post; for a
 *                                             vote, the update of its
 *                                             count, by primary key)
 *   4. the rows the write adds or removes    (backings, votes, posts)
 *   5. points, and by trigger member_totals  (the earner's: all, week,
 *                                             month, in that order)
 *   6. badges                                (the earner's)
 *   7. notifications, crisis reports, the audit log
 *      (new rows; their foreign keys take shared locks on the post and
 *       users rows, which no writer takes exclusively after step 2)
 * A member's member_totals rows are where writers for the same member
 * queue; nothing after step 5 waits for another member's rows.
 */
#ifndef OPBAK_LEDGER_H
#define OPBAK_LEDGER_H

#include <stddef.h>

#include "request.h"

/* ---- points, as the contract fixes them ---- */
#define POINTS_POST    2  /* a post written */
#define POINTS_BACKING 5  /* a backing given on someone else's post */
#define POINTS_BEST    10 /* a backing marked best by the post's author */
#define POINTS_VOTE    1  /* a vote received on a backing */

/* ---- where a post or a backing stands (posts.status, backings.status) ---- */
enum status { STATUS_VISIBLE, STATUS_PENDING, STATUS_HIDDEN };
/* The values as stored, in enum order, NULL-ended. */
extern const char *const status_values[];
/* The status stored as value; anything unknown counts as hidden (not
 * shown to anybody). */
enum status status_of(const char *value);

/* ---- badges: what a member's all-time totals earn (contract: issue 3) ---- */

/* A member's all-time counts of ledger rows by reason. */
struct ledger_counts {
	long long posts, backings, best, votes;
};

struct badge_rule {
	const char *badge;  /* badges.badge */
	const char *counts; /* "posts", "backings", "best", "votes" */
	long long need;     /* earned at this many */
};
extern const struct badge_rule badge_rules[];
extern const size_t badge_nrules;

/* The badges counts earn, in rule order, into out (room for
 * badge_nrules). Returns how many. Pure, for tests; ledger_badges()
 * applies it to the member's totals. */
size_t ledger_badges_earned(const struct ledger_counts *c, const char **out);

/* ---- what writes cause (all inside the caller's transaction; -1 on a
 * database failure) ---- */

/* A post became visible (written by day, approved, restored): its points
 * and its author's badges. */
int ledger_post_shown(struct request *req, long long post_id);
/* The logged-in member just wrote post_id, visible: what
 * ledger_post_shown does, without reading back what the caller knows. */
int ledger_post_written(struct request *req, long long post_id);
/* A post stopped being visible (hidden, held again): its points go. */
int ledger_post_gone(struct request *req, long long post_id);
/* Delete a post (the caller holds its row): its backings are locked,
 * every point it and they earned goes, then the post (and by foreign key
 * its backings, votes and notifications). Badges stay. Reports on it and
 * on its backings stay too, with the text they kept, open until a
 * moderator closes them (no foreign key: sql/006). */
int ledger_post_delete(struct request *req, long long post_id);
/* A backing became visible: backing_count + 1, its points (backing, best,
 * votes), badges. With fresh set (written by day, approved), also what a
 * new backing causes: the post author's notification and, for a support
 * person, the post marked answered (not the questions about it: they are
 * answered in the inbox). The caller holds
 * the post's row. */
int ledger_backing_shown(struct request *req, long long backing_id, int fresh);
/* The logged-in member is about to write a backing on post_id, visible
 * or not (held at night): lock the post's row, and count the backing in
 * its backing_count when visible, in one statement, only if the post is
 * shown. 1 done (the post is shown and held), 0 the post is not shown
 * (nothing locked or changed), -1. */
int ledger_backing_coming(struct request *req, long long post_id, int visible);
/* The logged-in member just wrote backing_id, visible, on post_id (after
 * ledger_backing_coming counted it): what ledger_backing_shown does for a
 * fresh backing besides the count, without reading back what the caller
 * knows (a new backing has no votes and no best mark yet). */
int ledger_backing_written(struct request *req, long long backing_id, long long post_id,
                           long long post_author, int by_support);
/* A backing stopped being visible: backing_count - 1, its points go. The
 * caller holds the post's row. */
int ledger_backing_gone(struct request *req, long long backing_id);
/* voter_id votes for backing_id, if the vote may count (a shown backing
 * on a shown post, not his own): backings.votes + 1 (which locks the
 * backing's row), the vote row, the author's point and badges; *post_id
 * is set to the backing's post. 0 done, 1 already voted, 2 a vote that
 * may not count (for 1 and 2 nothing is written: the caller looks why),
 * -1. */
int ledger_vote(struct request *req, long long backing_id, long long voter_id, long long *post_id);
/* The post's author (actor_id) marks backing_id best (on) or unmarks it;
 * the caller holds the post's and the backing's rows. Marking earns
 * author_id the points and badges and tells him. */
int ledger_best(struct request *req, long long backing_id, long long author_id, long long post_id,
                long long actor_id, int on);
/* Award the badges user_id's all-time totals earn and he does not hold
 * yet: one read of his totals and badges; an insert only for a badge
 * newly earned. */
int ledger_badges(struct request *req, long long user_id);
/* A member is about to be deleted (his row goes next, and with it by
 * foreign key his posts, backings, votes, points, totals and badges):
 * settle what others hold because of him. His votes leave the vote
 * counts and the points they gave; his visible backings leave others'
 * backing counts; the points others earned with backings on his posts
 * go with those posts. Reports about his posts and backings stay, with
 * the text they kept (sql/006): leaving does not erase them. */
int ledger_member_leaving(struct request *req, long long user_id);
/* A member is about to be erased and leaves his posts and backings to
 * heir_id, the reserved "former_member" (erase.h, ERASE_KEEP): they
 * change owner with every counter as it is (a post's backing_count, a
 * backing's votes and best mark count rows that stay). What goes with
 * him is settled: his votes leave the vote counts and the points they
 * gave. His own points, totals and badges go with his row (foreign key);
 * the points others earned with backings on his posts stay, as those
 * backings do. In lock order: posts, backings, points. */
int ledger_member_handing_over(struct request *req, long long user_id, long long heir_id);
/* A crisis report (reporter NULL, reason self_harm, priority 2) so the
 * item tops the moderation queue. backing_id 0 = the post itself. */
int ledger_crisis_report(struct request *req, long long post_id, long long backing_id);
/* Tell user_id something happened ("approved", "hidden", "best"); never
 * the actor himself (actor_id 0: a moderator, never named). */
int ledger_notify(struct request *req, long long user_id, const char *kind, long long post_id,
                  long long backing_id, long long actor_id);

#endif
