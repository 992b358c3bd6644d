/*
 * consents.c - his consents (account.h):
 *   GET  /account/privacy/consents           each consent he gave, when, and a
 *                                            Withdraw button (one small form each)
 *   POST /account/privacy/consents/withdraw  kind + id: take one back, at once
 *
 * The consents, and what withdrawing one does (the same effects as the
 * page where he gave it, so the other side's next request no longer sees
 * it: goals_open() and the goal pages read these rows on every request):
 *   goal_coach, goal_employer, goal_relative  a goal (level 1) of his shared
 *       with his coach (personal goals only: an agreed goal is the coach's
 *       work too), his employer, his close relative: shared_*_at = NULL
 *       (cgi-bin/goals/items.c sets them).
 *   indicator_coach  an indicator shared with his coach (indicators.c).
 *   employer  his consent to an employer link: the link ends (ended_at) and
 *       the employer leaves their chat, his live subscription closed, as
 *       when he ends it on /goals/people (people.c; community/chats.h).
 *   relative  his close relative who joined: ended, as on /goals/people.
 *   publish   a question he allowed to be published anonymously:
 *       allow_publish = 0. When it was published already, "at once" means
 *       nobody sees it any more: the post is deleted (ledger_post_delete,
 *       with the support person's answer on it and every point they
 *       earned), not hidden, because a hidden post could be restored by a
 *       moderator against his will; published_post_id becomes NULL by its
 *       foreign key, and with allow_publish 0 it cannot be published again.
 *   feeds     his posts in the RSS feeds: one consent for all ("N of your
 *       posts"); is_public = 0 on every post of his. When: his oldest such
 *       post (each post carried the consent when he wrote it). It needs no
 *       id, and withdrawing it when none is left is no error (303: none of
 *       his posts is in the feeds, which is what he asked).
 * Someone else's thing, a thing not shared, an id never used: 404, the
 * same page, nothing changed (ROUTE_TX rolls back). Every withdrawal is
 * audited ("consent.withdraw", actor and target him: his own page of who
 * looked leaves it out). Then 303 back, with a notice naming what was
 * withdrawn (?withdrawn=<kind>).
 */
#include <string.h>

#include "account.h"
#include "app.h"
#include "auth.h"
#include "chats.h"
#include "db.h"
#include "form.h"
#include "i18n.h"
#include "ledger.h"
#include "page.h"
#include "response.h"
#include "tmpl.h"
#include "when.h"

/* Goals and indicators listed (a participant has at most a few dozen). */
#define CONSENTS_SHOWN 200

static const char SQL_GOALS[] =
    "SELECT id, title, IF(personal = 1, shared_coach_at, NULL) AS coach_at, "
    "shared_employer_at AS employer_at, shared_relative_at AS relative_at "
    "FROM goal_items WHERE participant_id = ? AND level = 1 "
    "AND ((personal = 1 AND shared_coach_at IS NOT NULL) OR shared_employer_at IS NOT NULL "
    "OR shared_relative_at IS NOT NULL) ORDER BY id LIMIT ?";
static const char SQL_INDICATORS[] =
    "SELECT id, name, shared_coach_at FROM indicators WHERE participant_id = ? "
    "AND shared_coach_at IS NOT NULL ORDER BY id LIMIT ?";
static const char SQL_LINKS[] =
    "SELECT l.id AS id, l.consent_at AS consent_at, e.handle AS employer, l.placement AS placement "
    "FROM employer_links l LEFT JOIN users e ON e.id = l.employer_id "
    "WHERE l.participant_id = ? AND l.consent_at IS NOT NULL AND l.ended_at IS NULL ORDER BY l.id";
static const char SQL_RELATIVES[] =
    "SELECT r.id AS id, r.joined_at AS joined_at, u.handle AS handle "
    "FROM relatives r LEFT JOIN users u ON u.id = r.relative_id "
    "WHERE r.participant_id = ? AND r.joined_at IS NOT NULL AND r.ended_at IS NULL ORDER BY r.id";
static const char SQL_QUESTIONS[] =
    "SELECT id, subject, created_at, published_post_id FROM questions "
    "WHERE member_id = ? AND allow_publish = 1 ORDER BY id DESC LIMIT ?";
static const char SQL_RSS[] = "SELECT COUNT(*) AS n, MIN(created_at) AS since FROM posts "
                              "WHERE user_id = ? AND is_public = 1";

/* Withdrawals: each touches only a row of his that holds the consent;
 * 0 rows changed is a 404. */
static const char SQL_GOAL_COACH_OFF[] =
    "UPDATE goal_items SET shared_coach_at = NULL WHERE id = ? AND participant_id = ? "
    "AND level = 1 AND personal = 1 AND shared_coach_at IS NOT NULL";
static const char SQL_GOAL_EMPLOYER_OFF[] =
    "UPDATE goal_items SET shared_employer_at = NULL WHERE id = ? AND participant_id = ? "
    "AND level = 1 AND shared_employer_at IS NOT NULL";
static const char SQL_GOAL_RELATIVE_OFF[] =
    "UPDATE goal_items SET shared_relative_at = NULL WHERE id = ? AND participant_id = ? "
    "AND level = 1 AND shared_relative_at IS NOT NULL";
static const char SQL_INDICATOR_OFF[] =
    "UPDATE indicators SET shared_coach_at = NULL WHERE id = ? AND participant_id = ? "
    "AND shared_coach_at IS NOT NULL";
static const char SQL_RELATIVE_END[] =
    "UPDATE relatives SET ended_at = NOW(), code_hash = NULL WHERE id = ? AND participant_id = ? "
    "AND joined_at IS NOT NULL AND ended_at IS NULL";
static const char SQL_RSS_OFF[] =
    "UPDATE posts SET is_public = 0 WHERE user_id = ? AND is_public = 1";
static const char SQL_LINK_LOCK[] =
    "SELECT employer_id FROM employer_links WHERE id = ? AND participant_id = ? "
    "AND consent_at IS NOT NULL AND ended_at IS NULL FOR UPDATE";
static const char SQL_LINK_END[] = "UPDATE employer_links SET ended_at = NOW() WHERE id = ?";
static const char SQL_QUESTION_LOCK[] =
    "SELECT published_post_id FROM questions WHERE id = ? AND member_id = ? AND allow_publish = 1 "
    "FOR UPDATE";
static const char SQL_QUESTION_OFF[] = "UPDATE questions SET allow_publish = 0 WHERE id = ?";
static const char SQL_POST_LOCK[] = "SELECT id FROM posts WHERE id = ? FOR UPDATE";

/* The kinds, in the order of the form's choice (and of the notices). */
static const char *const consent_kinds[] = {
    "goal_coach",      "goal_employer", "goal_relative",
    "indicator_coach", "employer",      "relative",
    "publish",         "feeds",         NULL,
};
enum kind {
	K_GOAL_COACH,
	K_GOAL_EMPLOYER,
	K_GOAL_RELATIVE,
	K_INDICATOR_COACH,
	K_EMPLOYER,
	K_RELATIVE,
	K_PUBLISH,
	K_FEEDS,
	K_COUNT
};
_Static_assert(sizeof consent_kinds / sizeof consent_kinds[0] == K_COUNT + 1, "one name a kind");

/* What the notice says after each kind was withdrawn. */
static const char *const withdrawn_notice[] = {
    N_("Your goal is no longer shared with your coach."),
    N_("Your goal is no longer shared with your employer."),
    N_("Your goal is no longer shared with your close relative."),
    N_("Your indicator is no longer shared with your coach."),
    N_("The link with your employer has ended: he no longer sees your goals or your chat."),
    N_("Your close relative no longer sees anything of yours."),
    N_("Your question will not be published. If it was, it has been taken down."),
    N_("Your posts no longer appear in the RSS feeds."),
};

/* GET ?withdrawn=<kind>: main.c declares it for the route (account.h
 * should carry this declaration). */
const struct field consents_query_fields[] = {
    CHOICE_FIELD("withdrawn", N_("Withdrawn"), consent_kinds, 0),
    FIELDS_END,
};
const struct field consent_withdraw_fields[] = {
    CHOICE_FIELD("kind", N_("Consent"), consent_kinds, FIELD_REQUIRED),
    ID_FIELD("id", N_("Which"), 0),
    FIELDS_END,
};

/* The page being filled and how many consents it lists. */
struct consents {
	struct tmpl_dict *d;
	size_t n;
};

/* One consent on the page: what (a sentence, ending in a colon when the
 * thing's own name follows it: a goal's title, a pseudonym, written by
 * people, so shown as theirs), since when, the form. */
static void consent_row(struct request *req, struct consents *d, enum kind k, const char *id,
                        const char *what, const char *name, const char *since)
{
	struct tmpl_dict *row = tmpl_add(d->d, "consent");
	d->n++;
	tmpl_set(row, "kind", consent_kinds[k]);
	tmpl_set(row, "id", id ? id : "");
	tmpl_set(row, "key", arena_printf(req->arena, "%s-%s", consent_kinds[k], id ? id : "all"));
	tmpl_set(row, "what", what);
	if (name) {
		tmpl_set(row, "name", name);
		tmpl_show(row, "has_name");
	}
	if (since) {
		when_set(req, row, "since", since, WHEN_MOMENT);
		tmpl_show(row, "has_since");
	}
}

static int fill_goals(struct request *req, struct consents *d, long long me)
{
	struct db_rows *r = db_query(req, SQL_GOALS, db_int(me), db_int(CONSENTS_SHOWN));
	if (!r)
		return -1;
	for (size_t i = 0; i < r->nrows; i++) {
		const char *id = db_get(r, i, "id"), *title = db_get(r, i, "title");
		const char *at;
		if ((at = db_get(r, i, "coach_at")))
			consent_row(req, d, K_GOAL_COACH, id,
			            _("Your goal, shared with your coach:"), title, at);
		if ((at = db_get(r, i, "employer_at")))
			consent_row(req, d, K_GOAL_EMPLOYER, id,
			            _("Your goal, shared with your employer:"), title, at);
		if ((at = db_get(r, i, "relative_at")))
			consent_row(req, d, K_GOAL_RELATIVE, id,
			            _("Your goal, shared with your close relative:"), title, at);
	}
	struct db_rows *n = db_query(req, SQL_INDICATORS, db_int(me), db_int(CONSENTS_SHOWN));
	if (!n)
		return -1;
	for (size_t i = 0; i < n->nrows; i++)
		consent_row(req, d, K_INDICATOR_COACH, db_get(n, i, "id"),
		            _("Your indicator, shared with your coach:"), db_get(n, i, "name"),
		            db_get(n, i, "shared_coach_at"));
	return 0;
}

static int fill_people(struct request *req, struct consents *d, long long me)
{
	struct db_rows *l = db_query(req, SQL_LINKS, db_int(me));
	if (!l)
		return -1;
	for (size_t i = 0; i < l->nrows; i++) {
		const char *who = db_get(l, i, "employer");
		consent_row(
		    req, d, K_EMPLOYER, db_get(l, i, "id"),
		    who ? _("Your employer, who sees the goals you share with your employer "
		            "and chats with you:")
		        : _("Your employer, who has left."),
		    who, db_get(l, i, "consent_at"));
	}
	struct db_rows *r = db_query(req, SQL_RELATIVES, db_int(me));
	if (!r)
		return -1;
	for (size_t i = 0; i < r->nrows; i++) {
		const char *who = db_get(r, i, "handle");
		consent_row(req, d, K_RELATIVE, db_get(r, i, "id"),
		            who ? _("Your close relative, who sees the goals you share with your "
		                    "close relative and may encourage you:")
		                : _("Your close relative, who has left."),
		            who, db_get(r, i, "joined_at"));
	}
	return 0;
}

static int fill_community(struct request *req, struct consents *d, long long me)
{
	struct db_rows *q = db_query(req, SQL_QUESTIONS, db_int(me), db_int(CONSENTS_SHOWN));
	if (!q)
		return -1;
	for (size_t i = 0; i < q->nrows; i++) {
		const char *subject = db_get(q, i, "subject");
		if (!subject || !*subject)
			subject = _("(no subject)");
		const char *what = db_get(q, i, "published_post_id")
		                       ? _("Your question to a support person, published "
		                           "anonymously with its answer:")
		                       : _("Your question to a support person, which may be "
		                           "published anonymously with its answer:");
		consent_row(req, d, K_PUBLISH, db_get(q, i, "id"), what, subject,
		            db_get(q, i, "created_at"));
	}
	struct db_rows *p = db_query(req, SQL_RSS, db_int(me));
	if (!p)
		return -1;
	long long n = db_get_int(p, 0, "n");
	if (n > 0)
		consent_row(req, d, K_FEEDS, NULL,
		            arena_printf(req->arena,
		                         ngettext("%lld of your posts may appear in the RSS feeds.",
		                                  "%lld of your posts may appear in the RSS feeds.",
		                                  (unsigned long)n),
		                         n),
		            NULL, db_get(p, 0, "since"));
	return 0;
}

int consents_fn(struct request *req)
{
	long long me = req->user.id;
	struct tmpl_dict *d = page_begin(req, _("Your consents"), "account/consents.tpl");
	struct consents c = {d, 0};
	if (fill_goals(req, &c, me) < 0 || fill_people(req, &c, me) < 0 ||
	    fill_community(req, &c, me) < 0)
		return -1;
	if (c.n == 0)
		tmpl_show(d, "none");
	long long w = req_int(req, "withdrawn");
	if (w > 0 || (w == 0 && req_text(req, "withdrawn") && *req_text(req, "withdrawn"))) {
		tmpl_set(d, "withdrawn", _(withdrawn_notice[w]));
		tmpl_show(d, "notice");
	}
	return page_end(req, 200);
}

static int not_found(struct request *req)
{
	return page_error(req, 404, _("There is no such consent of yours."));
}

/* The employer link id of his: ended, and the employer out of their chat. */
static int end_link(struct request *req, long long me, long long id)
{
	struct db_rows *l = db_query(req, SQL_LINK_LOCK, db_int(id), db_int(me));
	if (!l)
		return -1;
	if (l->nrows != 1)
		return 0;
	long long employer = db_get_int(l, 0, "employer_id");
	if (db_exec(req, SQL_LINK_END, db_int(id)) < 0)
		return -1;
	return chats_leave(req, me, employer, "employer") < 0 ? -1 : 1;
}

/* His question id: no longer to be published, and taken down if it was. */
static int stop_publishing(struct request *req, long long me, long long id)
{
	struct db_rows *q = db_query(req, SQL_QUESTION_LOCK, db_int(id), db_int(me));
	if (!q)
		return -1;
	if (q->nrows != 1)
		return 0;
	long long post = db_get_int(q, 0, "published_post_id");
	if (db_exec(req, SQL_QUESTION_OFF, db_int(id)) < 0)
		return -1;
	if (post) {
		struct db_rows *p = db_query(req, SQL_POST_LOCK, db_int(post));
		if (!p || (p->nrows == 1 && ledger_post_delete(req, post) < 0))
			return -1;
	}
	return 1;
}

/* ROUTE_TX. 1 done, 0 not his (404), -1. */
int consent_withdraw_fn(struct request *req)
{
	long long me = req->user.id;
	enum kind k = (enum kind)req_int(req, "kind");
	long long id = req_int(req, "id");
	long long done;
	if (k != K_FEEDS && id == 0)
		return not_found(req);
	switch (k) {
	case K_GOAL_COACH: done = db_exec(req, SQL_GOAL_COACH_OFF, db_int(id), db_int(me)); break;
	case K_GOAL_EMPLOYER:
		done = db_exec(req, SQL_GOAL_EMPLOYER_OFF, db_int(id), db_int(me));
		break;
	case K_GOAL_RELATIVE:
		done = db_exec(req, SQL_GOAL_RELATIVE_OFF, db_int(id), db_int(me));
		break;
	case K_INDICATOR_COACH:
		done = db_exec(req, SQL_INDICATOR_OFF, db_int(id), db_int(me));
		break;
	case K_EMPLOYER: done = end_link(req, me, id); break;
	case K_RELATIVE: done = db_exec(req, SQL_RELATIVE_END, db_int(id), db_int(me)); break;
	case K_PUBLISH: done = stop_publishing(req, me, id); break;
	case K_FEEDS: /* nothing left in the feeds is what he asked: done */
		done = db_exec(req, SQL_RSS_OFF, db_int(me));
		if (done == 0)
			return res_redirect(req, "/account/privacy/consents?withdrawn=feeds");
		break;
	default: return not_found(req);
	}
	if (done < 0)
		return -1;
	if (done == 0)
		return not_found(req);
	if (auth_audit(req, "consent.withdraw", me,
	               arena_printf(req->arena, "%s %lld", consent_kinds[k], id)) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/account/privacy/consents?withdrawn=%s",
	                                      consent_kinds[k]));
}
