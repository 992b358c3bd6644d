/*
 * people.c - the participant's people (goals.h, "people.c"):
 *   GET  /goals/people                        his programme and coach (and
 *        the coaches before), who sees which goal, his employer links,
 *        his close relatives, and what they wrote to him lately
 *   POST /goals/people/employer/<id>/consent  "Yes, link us": his consent
 *   POST /goals/people/employer/<id>/end      "No" / "End the link"
 *   POST /goals/people/relative               invite a close relative: a
 *        one-time code, shown once on the page answered (200)
 *   POST /goals/people/relative/<id>/end      end a relative, or withdraw
 *        an unused code
 *
 * Only his own links and relatives exist for him: another participant's
 * id is a 404, nothing changed. An ended link or relative stops at once,
 * because goals_open() reads the rows on every page of the other side.
 *
 * The relative's code: RELATIVE_CODE_LEN characters from an alphabet of
 * 32 without look-alikes (no 0/O, 1/l/I), drawn with libsodium's
 * randombytes_uniform: 50 bits, so a guess at random does not work (and
 * a code lives RELATIVE_CODE_DAYS days). Only its SHA-256 is kept
 * (relatives.code_hash), so nobody reading the database can join with
 * it; supporter.c hashes what the relative types the same way
 * (people_code_normalise()).
 */
#include <ctype.h>
#include <sodium.h>
#include <string.h>

#include "app.h"
#include "arena.h"
#include "auth.h"
#include "chats.h"
#include "db.h"
#include "goals.h"
#include "i18n.h"
#include "page.h"
#include "people.h"
#include "response.h"
#include "tmpl.h"
#include "when.h"

/* Open invitations (a code not used, not withdrawn, not expired) at
 * once. The 409's sentence says the number. */
#define RELATIVE_INVITES_MAX 5
/* Goals listed in "who sees what" (all his goals are at most GOAL_ITEMS_MAX items). */
#define PEOPLE_GOALS_SHOWN 100
/* Earlier coaches and latest words from others shown. */
#define PEOPLE_HISTORY_SHOWN 20
#define PEOPLE_WORDS_SHOWN   10

static const char SQL_COACH[] =
    "SELECT pr.name AS programme, c.handle AS coach, "
    "  (SELECT MAX(h.started_at) FROM coach_history h WHERE h.participant_id = p.user_id "
    "   AND h.coach_id = p.coach_id AND h.ended_at IS NULL) AS coach_since "
    "FROM participants p LEFT JOIN programmes pr ON pr.id = p.programme_id "
    "LEFT JOIN users c ON c.id = p.coach_id WHERE p.user_id = ?";
static const char SQL_EARLIER_COACHES[] =
    "SELECT u.handle AS handle, h.started_at AS started_at, h.ended_at AS ended_at "
    "FROM coach_history h LEFT JOIN users u ON u.id = h.coach_id "
    "WHERE h.participant_id = ? AND h.ended_at IS NOT NULL ORDER BY h.id DESC LIMIT ?";
/* A coach sees what is agreed or proposed with him and the personal
 * goals shared with him (GOALS_SEEN_BY_COACH). */
static const char SQL_SHARING[] =
    "SELECT id, title, personal, (personal = 0 OR shared_coach_at IS NOT NULL) AS coach_sees, "
    "shared_employer_at IS NOT NULL AS employer_sees, "
    "shared_relative_at IS NOT NULL AS relative_sees "
    "FROM goal_items WHERE participant_id = ? AND level = 1 ORDER BY id LIMIT ?";
static const char SQL_LINKS[] =
    "SELECT l.id AS id, l.placement AS placement, l.proposed_at AS proposed_at, "
    "l.consent_at AS consent_at, e.handle AS employer, pb.handle AS proposer, ch.id AS chat_id "
    "FROM employer_links l JOIN users e ON e.id = l.employer_id "
    "LEFT JOIN users pb ON pb.id = l.proposed_by "
    "LEFT JOIN chats ch ON ch.participant_id = l.participant_id AND ch.other_id = l.employer_id "
    "  AND ch.kind = 'employer' "
    "WHERE l.participant_id = ? AND l.ended_at IS NULL ORDER BY l.id";
/* Relatives who joined, and invitations still open (an expired code is
 * no longer anything to him). */
static const char SQL_RELATIVES[] =
    "SELECT r.id AS id, u.handle AS handle, r.joined_at AS joined_at, r.consent_at AS made_at, "
    "r.code_expires_at AS expires_at "
    "FROM relatives r LEFT JOIN users u ON u.id = r.relative_id "
    "WHERE r.participant_id = ? AND r.ended_at IS NULL "
    "AND (r.joined_at IS NOT NULL OR (r.code_hash IS NOT NULL AND r.code_expires_at > NOW())) "
    "ORDER BY r.id";
static const char SQL_WORDS[] =
    "SELECT c.kind AS kind, c.body AS body, c.created_at AS created_at, u.handle AS author, "
    "g.id AS item_id, g.title AS item_title "
    "FROM goal_comments c LEFT JOIN users u ON u.id = c.author_id "
    "LEFT JOIN goal_items g ON g.id = c.item_id "
    "WHERE c.participant_id = ? AND c.kind IN ('comment', 'encouragement') "
    "ORDER BY c.id DESC LIMIT ?";

static const char SQL_LINK_LOCK[] =
    "SELECT employer_id, consent_at IS NOT NULL AS consented, ended_at IS NOT NULL AS ended "
    "FROM employer_links WHERE id = ? AND participant_id = ? FOR UPDATE";
static const char SQL_LINK_CONSENT[] = "UPDATE employer_links SET consent_at = NOW() WHERE id = ?";
static const char SQL_LINK_END[] = "UPDATE employer_links SET ended_at = NOW() WHERE id = ?";

/* His participants row, locked: invitations are counted and made one
 * at a time per participant. */
static const char SQL_ME_LOCK[] = "SELECT user_id FROM participants WHERE user_id = ? FOR UPDATE";
static const char SQL_OPEN_INVITES[] =
    "SELECT COUNT(*) AS n FROM relatives WHERE participant_id = ? AND relative_id IS NULL "
    "AND ended_at IS NULL AND code_hash IS NOT NULL AND code_expires_at > NOW()";
static const char SQL_INVITE[] =
    "INSERT INTO relatives (participant_id, code_hash, code_expires_at, consent_at) "
    "VALUES (?, ?, NOW() + INTERVAL ? DAY, NOW())";
static const char SQL_RELATIVE_LOCK[] =
    "SELECT ended_at IS NOT NULL AS ended FROM relatives WHERE id = ? AND participant_id = ? "
    "FOR UPDATE";
/* Ended: his relative sees nothing more; an unused code stops working. */
static const char SQL_RELATIVE_END[] =
    "UPDATE relatives SET ended_at = NOW(), code_hash = NULL WHERE id = ?";

static const char CODE_ALPHABET[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

int people_code_normalise(const char *typed, char out[RELATIVE_CODE_LEN + 1])
{
	size_t n = 0;
	for (const char *s = typed; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == ' ' || c == '-' || c == '\t')
			continue;
		c = (unsigned char)toupper(c);
		if (!strchr(CODE_ALPHABET, c) || c == '\0' || n == RELATIVE_CODE_LEN)
			return -1;
		out[n++] = (char)c;
	}
	out[n] = '\0';
	return n == RELATIVE_CODE_LEN ? 0 : -1;
}

/* A fresh code, RELATIVE_CODE_LEN characters, uniform over the alphabet. */
static void new_code(char out[RELATIVE_CODE_LEN + 1])
{
	for (size_t i = 0; i < RELATIVE_CODE_LEN; i++)
		out[i] = CODE_ALPHABET[randombytes_uniform(sizeof CODE_ALPHABET - 1)];
	out[RELATIVE_CODE_LEN] = '\0';
}

static int fill_coach(struct request *req, struct tmpl_dict *d, long long me)
{
	struct db_rows *r = db_query(req, SQL_COACH, db_int(me));
	if (!r)
		return -1;
	if (r->nrows == 1) {
		const char *programme = db_get(r, 0, "programme");
		if (programme) {
			tmpl_set(d, "programme", programme);
			tmpl_show(d, "has_programme");
		}
		const char *coach = db_get(r, 0, "coach");
		if (coach) {
			tmpl_set(d, "coach", coach);
			tmpl_show(d, "has_coach");
			if (db_get(r, 0, "coach_since")) {
				when_set(req, d, "coach_since", db_get(r, 0, "coach_since"),
				         WHEN_DAY);
				tmpl_show(d, "coach_since_known");
			}
		} else {
			tmpl_show(d, "no_coach");
		}
	}
	struct db_rows *h =
	    db_query(req, SQL_EARLIER_COACHES, db_int(me), db_int(PEOPLE_HISTORY_SHOWN));
	if (!h)
		return -1;
	if (h->nrows)
		tmpl_show(d, "earlier");
	for (size_t i = 0; i < h->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "earlier_coach");
		const char *handle = db_get(h, i, "handle");
		tmpl_set(row, "handle", handle ? handle : _("a coach who has left"));
		when_set(req, row, "from", db_get(h, i, "started_at"), WHEN_DAY);
		when_set(req, row, "to", db_get(h, i, "ended_at"), WHEN_DAY);
	}
	return 0;
}

static int fill_sharing(struct request *req, struct tmpl_dict *d, long long me)
{
	struct db_rows *r = db_query(req, SQL_SHARING, db_int(me), db_int(PEOPLE_GOALS_SHOWN));
	if (!r)
		return -1;
	tmpl_show(d, r->nrows ? "has_goals" : "no_goals");
	for (size_t i = 0; i < r->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "goal");
		tmpl_set(row, "id", db_get(r, i, "id"));
		tmpl_set(row, "title", db_get(r, i, "title"));
		tmpl_show(row, db_get_int(r, i, "coach_sees") ? "coach_yes" : "coach_no");
		tmpl_show(row, db_get_int(r, i, "employer_sees") ? "employer_yes" : "employer_no");
		tmpl_show(row, db_get_int(r, i, "relative_sees") ? "relative_yes" : "relative_no");
	}
	return 0;
}

static int fill_links(struct request *req, struct tmpl_dict *d, long long me)
{
	struct db_rows *r = db_query(req, SQL_LINKS, db_int(me));
	if (!r)
		return -1;
	if (!r->nrows)
		tmpl_show(d, "no_links");
	for (size_t i = 0; i < r->nrows; i++) {
		int consented = db_get(r, i, "consent_at") != NULL;
		struct tmpl_dict *row = tmpl_add(d, consented ? "link" : "proposal");
		page_row(row, r, i); /* id, placement, employer, proposer, chat_id */
		const char *placement = db_get(r, i, "placement");
		if (placement && *placement)
			tmpl_show(row, "has_placement");
		if (consented) {
			when_set(req, row, "since", db_get(r, i, "consent_at"), WHEN_DAY);
			if (db_get(r, i, "chat_id"))
				tmpl_show(row, "has_chat");
		} else {
			when_set(req, row, "proposed", db_get(r, i, "proposed_at"), WHEN_DAY);
			tmpl_show(row, db_get(r, i, "proposer") ? "by_known" : "by_unknown");
		}
	}
	return 0;
}

static int fill_relatives(struct request *req, struct tmpl_dict *d, long long me)
{
	struct db_rows *r = db_query(req, SQL_RELATIVES, db_int(me));
	if (!r)
		return -1;
	int joined = 0;
	for (size_t i = 0; i < r->nrows; i++) {
		struct tmpl_dict *row;
		if (db_get(r, i, "joined_at")) {
			row = tmpl_add(d, "relative");
			const char *handle = db_get(r, i, "handle");
			tmpl_set(row, "handle", handle ? handle : "");
			when_set(req, row, "since", db_get(r, i, "joined_at"), WHEN_DAY);
			joined++;
		} else {
			row = tmpl_add(d, "invitation");
			when_set(req, row, "made", db_get(r, i, "made_at"), WHEN_AGO);
			when_set(req, row, "expires", db_get(r, i, "expires_at"), WHEN_DAY);
		}
		tmpl_set(row, "id", db_get(r, i, "id"));
	}
	if (!joined)
		tmpl_show(d, "no_relatives");
	if (r->nrows - (size_t)joined > 0)
		tmpl_show(d, "invitations");
	return 0;
}

static int fill_words(struct request *req, struct tmpl_dict *d, long long me)
{
	struct db_rows *r = db_query(req, SQL_WORDS, db_int(me), db_int(PEOPLE_WORDS_SHOWN));
	if (!r)
		return -1;
	if (r->nrows)
		tmpl_show(d, "words");
	for (size_t i = 0; i < r->nrows; i++) {
		struct tmpl_dict *row = tmpl_add(d, "word");
		const char *author = db_get(r, i, "author");
		tmpl_set(row, "author", author ? author : _("someone who has left"));
		tmpl_set(row, "body", db_get(r, i, "body"));
		when_set(req, row, "at", db_get(r, i, "created_at"), WHEN_AGO);
		if (strcmp(db_get(r, i, "kind"), "encouragement") == 0) {
			tmpl_show(row, "encouragement");
		} else {
			tmpl_show(row, "comment");
			if (db_get(r, i, "item_id")) {
				tmpl_set(row, "item_id", db_get(r, i, "item_id"));
				tmpl_set(row, "item_title", db_get(r, i, "item_title"));
				tmpl_show(row, "on_item");
			}
		}
	}
	return 0;
}

/* The page; code: a relative's code just made (shown this once), or NULL. */
static int show_people(struct request *req, long long me, const char *code)
{
	struct tmpl_dict *d = page_begin(req, _("Your people"), "goals/people.tpl");
	if (fill_coach(req, d, me) < 0 || fill_sharing(req, d, me) < 0 ||
	    fill_links(req, d, me) < 0 || fill_relatives(req, d, me) < 0 ||
	    fill_words(req, d, me) < 0)
		return -1;
	if (code) {
		/* Shown in two groups of five, easier to read out and type; the
		 * relative may type it with or without the dash. */
		tmpl_set(d, "code", arena_printf(req->arena, "%.5s-%s", code, code + 5));
		tmpl_set(
		    d, "supporter_url",
		    arena_printf(req->arena, "%s/supporter", req->base_url ? req->base_url : ""));
		tmpl_set_int(d, "code_days", RELATIVE_CODE_DAYS);
		tmpl_show(d, "new_code");
	}
	tmpl_set_int(d, "invites_max", RELATIVE_INVITES_MAX);
	goals_feedback_form(req, d);
	return page_end(req, 200);
}

int people_fn(struct request *req)
{
	long long me = goals_me(req);
	if (me < 0)
		return -1;
	return show_people(req, me, NULL);
}

/* ROUTE_TX. His consent to the link his coach proposed: from now on the
 * employer sees the goals he shares with an employer, and they have a
 * chat. No notification to the employer: the kind 'employer_link' tells
 * a participant about a proposal; the employer finds him on /employer. */
int people_employer_consent_fn(struct request *req)
{
	long long me = goals_me(req);
	if (me < 0)
		return -1;
	struct db_rows *r = db_query(req, SQL_LINK_LOCK, db_int(req->ids[0]), db_int(me));
	if (!r)
		return -1;
	if (r->nrows != 1 || db_get_int(r, 0, "ended"))
		return page_error(req, 404, _("There is nothing here for you."));
	if (!db_get_int(r, 0, "consented")) {
		if (db_exec(req, SQL_LINK_CONSENT, db_int(req->ids[0])) < 0)
			return -1;
		if (chat_ensure(req, me, db_get_int(r, 0, "employer_id"), "employer") < 0)
			return -1;
	}
	return res_redirect(req, "/goals/people#employers");
}

/* ROUTE_TX. "No" to a proposal, or the end of a link: at once, the
 * employer's next page about him is a 404, and he leaves their chat (the
 * participant keeps reading it). Ending an ended link again (a second
 * click) changes nothing. */
int people_employer_end_fn(struct request *req)
{
	long long me = goals_me(req);
	if (me < 0)
		return -1;
	struct db_rows *r = db_query(req, SQL_LINK_LOCK, db_int(req->ids[0]), db_int(me));
	if (!r)
		return -1;
	if (r->nrows != 1)
		return page_error(req, 404, _("There is nothing here for you."));
	if (!db_get_int(r, 0, "ended") &&
	    (db_exec(req, SQL_LINK_END, db_int(req->ids[0])) < 0 ||
	     chats_leave(req, me, db_get_int(r, 0, "employer_id"), "employer") < 0))
		return -1;
	return res_redirect(req, "/goals/people#employers");
}

/* ROUTE_TX. A new one-time code for a close relative, answered on the
 * page itself (200, not a redirect): it is kept nowhere but in this
 * answer, so reloading /goals/people never shows it again. */
int people_relative_invite_fn(struct request *req)
{
	long long me = goals_me(req);
	if (me < 0)
		return -1;
	if (!db_query(req, SQL_ME_LOCK, db_int(me)))
		return -1;
	struct db_rows *n = db_query(req, SQL_OPEN_INVITES, db_int(me));
	if (!n)
		return -1;
	if (db_get_int(n, 0, "n") >= RELATIVE_INVITES_MAX)
		return page_error(
		    req, 409,
		    _("You already have 5 codes that nobody has used yet. Withdraw one "
		      "before you make a new one."));
	char code[RELATIVE_CODE_LEN + 1];
	char hash[65];
	new_code(code);
	auth_token_hash(code, hash);
	if (db_exec(req, SQL_INVITE, db_int(me), db_text(hash), db_int(RELATIVE_CODE_DAYS)) < 0)
		return -1;
	return show_people(req, me, code);
}

/* ROUTE_TX. Ends a relative (he sees nothing more, at once) or withdraws
 * an unused code. */
int people_relative_end_fn(struct request *req)
{
	long long me = goals_me(req);
	if (me < 0)
		return -1;
	struct db_rows *r = db_query(req, SQL_RELATIVE_LOCK, db_int(req->ids[0]), db_int(me));
	if (!r)
		return -1;
	if (r->nrows != 1)
		return page_error(req, 404, _("There is nothing here for you."));
	if (!db_get_int(r, 0, "ended") && db_exec(req, SQL_RELATIVE_END, db_int(req->ids[0])) < 0)
		return -1;
	return res_redirect(req, "/goals/people#relatives");
}
