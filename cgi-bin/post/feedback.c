/*
 * feedback.c - GET/POST /feedback: anyone, logged in or not, tells the
 * team what is good, what could be better, or about a problem; and GET
 * /mod/feedback, where admins read it, newest first.
 *
 * Feedback from a visitor who is not logged in is stored without a user
 * (user_id NULL); a member's carries his id, so the team can answer.
 *
 * Each sender may send FEEDBACK_PER_HOUR an hour (nginx limits bursts per
 * address in front; issue 8, finding 9): a member counted by his id, a
 * visitor by `sender`, a keyed hash of his address and the day, so the
 * address itself is never stored and a visitor's feedback cannot be
 * linked across days. Staff have no cap.
 *
 * area says where it was written: the community (this page), or the
 * "Tell us what would help" form on every goals page (area=goals,
 * cgi-bin/goals/feedback.c), whose sender is thanked with a way back to
 * his goals. The admins' list shows it.
 */
#include <string.h>
#include <time.h>

#include "auth.h"
#include "db.h"
#include "form.h"
#include "i18n.h"
#include "limits.h"
#include "page.h"
#include "post.h"
#include "response.h"
#include "tmpl.h"
#include "when.h"

/* Messages of feedback one sender may send an hour: a person never needs
 * more; a script is stopped at once. */

static const char SQL_INSERT[] =
    "INSERT INTO feedback (user_id, sender, kind, body, area) VALUES (NULLIF(?, 0), ?, ?, ?, ?)";
/* What one sender sent in the last hour: a member, a visitor. */
static const char SQL_RECENT_MEMBER[] = RULES_SQL_RECENT("feedback", "user_id");
static const char SQL_RECENT_SENDER[] = RULES_SQL_RECENT("feedback", "sender");
static const char SQL_LIST[] = "SELECT f.id, f.kind, f.body, f.area, u.handle, f.created_at "
                               "FROM feedback f LEFT JOIN users u ON u.id = f.user_id "
                               "WHERE f.id < ? ORDER BY f.id DESC LIMIT ?";

/* The kinds, in the order the form lists them; values as stored. */
static const char *const kind_values[] = {"good", "better", "problem", NULL};
static const char *const kind_labels[] = {
    N_("Something is good"),
    N_("Something could be better"),
    N_("Something does not work"),
};

/* Where it was written, as stored (feedback.area); absent: the community. */
static const char *const area_values[] = {"community", "goals", NULL};

const struct field feedback_query[] = {
    CHECK_FIELD("thanks", N_("Thanks")),
    CHOICE_FIELD("kind", N_("What is it about"), kind_values, 0),
    CHOICE_FIELD("area", N_("Where"), area_values, 0),
    FIELDS_END,
};

/* kind is picked from the list; absent, the form comes back asking. */
const struct field feedback_fields[] = {
    CHOICE_FIELD("kind", N_("What is it about"), kind_values, 0),
    TEXT_FIELD("body", N_("Your feedback"), LIMIT_FEEDBACK_MIN, LIMIT_FEEDBACK_MAX,
               FIELD_MULTILINE),
    CHOICE_FIELD("area", N_("Where"), area_values, 0),
    FIELDS_END,
};

/* The area asked for: "goals" or (absent) "community". */
static const char *area(const struct request *req)
{
	return req_int(req, "area") == 1 ? "goals" : "community";
}

const struct field mod_feedback_query[] = {
    ID_FIELD("before", N_("Before"), 0),
    FIELDS_END,
};

static const char *kind_label(const char *value)
{
	for (size_t i = 0; kind_values[i]; i++)
		if (strcmp(value, kind_values[i]) == 0)
			return _(kind_labels[i]);
	return value;
}

static int show(struct request *req, int status, const char *notice)
{
	const char *kind = req_text(req, "kind");
	struct tmpl_dict *d = page_begin(req, _("Feedback to the team"), "post/feedback.tpl");
	tmpl_show(d, "asking");
	if (strcmp(area(req), "goals") == 0)
		tmpl_show(d, "goals_area"); /* kept when the form comes back */
	for (size_t i = 0; kind_values[i]; i++) {
		struct tmpl_dict *o = tmpl_add(d, "kind_option");
		tmpl_set(o, "value", kind_values[i]);
		tmpl_set(o, "label", _(kind_labels[i]));
		if (strcmp(kind, kind_values[i]) == 0)
			tmpl_show(o, "checked");
	}
	tmpl_set_int(d, "body_min", LIMIT_FEEDBACK_MIN);
	tmpl_set_int(d, "body_max", LIMIT_FEEDBACK_MAX);
	if (!req->user.id)
		tmpl_show(d, "anonymous");
	post_refill(d, req->form_in, notice);
	return page_end(req, status);
}

/* A visitor's sender key: 32 hex characters of HMAC-SHA256(site secret,
 * day and address). auth_csrf_for is core's one keyed hash; the seed here
 * is never a valid CSRF seed (those are 64 hex characters), so the value
 * can never serve as a CSRF token. */
static const char *sender_key(struct request *req)
{
	char day[16], mac[65];
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(day, sizeof day, "%Y-%m-%d", &tm);
	auth_csrf_for(arena_printf(req->arena, "feedback-sender:%s:%s", day,
	                           req->remote_addr ? req->remote_addr : ""),
	              mac);
	mac[32] = '\0';
	return arena_strdup(req->arena, mac);
}

int feedback_form_fn(struct request *req)
{
	if (req_int(req, "thanks")) {
		struct tmpl_dict *d = page_begin(req, _("Thank you"), "post/feedback.tpl");
		tmpl_show(d, "thanks");
		tmpl_show(d, strcmp(area(req), "goals") == 0 ? "back_goals" : "back_home");
		return page_end(req, 200);
	}
	return show(req, 200, NULL);
}

int feedback_fn(struct request *req)
{
	if (req_int(req, "kind") < 0)
		form_error(req->form_in, "kind", _("Choose what your feedback is about."));
	if (req->form_in->failed)
		return show(req, 400, NULL);
	const char *sender = req->user.id ? NULL : sender_key(req); /* a member has his id */
	int over =
	    req->user.id
	        ? rules_over_hour(req, SQL_RECENT_MEMBER, db_int(req->user.id), FEEDBACK_PER_HOUR)
	        : rules_over_hour(req, SQL_RECENT_SENDER, db_text(sender), FEEDBACK_PER_HOUR);
	if (over < 0)
		return -1;
	if (over)
		return show(req, 429,
		            arena_printf(req->arena,
		                         _("We take %d messages of feedback an hour from each "
		                           "sender. Your text is still here: send it again a "
		                           "little later."),
		                         FEEDBACK_PER_HOUR));
	if (db_exec(req, SQL_INSERT, db_int(req->user.id), sender ? db_text(sender) : db_null(),
	            db_text(req_text(req, "kind")), db_text(req_text(req, "body")),
	            db_text(area(req))) < 0)
		return -1;
	return res_redirect(req, strcmp(area(req), "goals") == 0 ? "/feedback?thanks=1&area=goals"
	                                                         : "/feedback?thanks=1");
}

int mod_feedback_fn(struct request *req)
{
	long long before = req_int(req, "before");
	struct db_rows *r =
	    db_query(req, SQL_LIST, db_int(before ? before : CURSOR_NONE), db_int(PAGE_SIZE + 1));
	if (!r)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Feedback to the team"), "post/mod_feedback.tpl");
	size_t shown = page_list(d, r, PAGE_SIZE, "more", "next_before");
	for (size_t i = 0; i < shown; i++) {
		struct tmpl_dict *row = tmpl_add(d, "item");
		page_row(row, r, i);
		tmpl_set(row, "kind_label", kind_label(db_get(r, i, "kind")));
		tmpl_set(row, "area_label",
		         strcmp(db_get(r, i, "area"), "goals") == 0 ? _("Goals") : _("Community"));
		tmpl_show(row, db_get(r, i, "handle") ? "member" : "anonymous");
		when_set(req, row, "created", db_get(r, i, "created_at"), WHEN_MOMENT);
	}
	if (shown == 0)
		tmpl_show(d, "none");
	return page_end(req, 200);
}
