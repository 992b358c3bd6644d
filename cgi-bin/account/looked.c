/*
 * looked.c - GET /account/privacy/looked: who opened his data (account.h).
 *
 * Every row of the audit log whose target is him (target_id: the user
 * whose data it is) and whose actor is someone else, newest first, by
 * key (?before=<id>, LOOKED_PAGE_SIZE a page). His own actions (his
 * password, his post deleted) are not "someone looked": they are left
 * out by the query, not by the page.
 *
 * What: a table from the action (and what its detail starts with or
 * holds) to a sentence in the reader's language; an action the table
 * does not know yet gets a generic sentence naming it, so a new audited
 * action is never hidden from him.
 *
 * Who: those he deals with by name (his coach, his employer, his close
 * relative, a support person) by pseudonym and what they are to him;
 * moderators and administrators by their role only, as the site never
 * names a moderator to a member (ledger_notify: actor 0). Which of the
 * two comes from the action itself, never from the actor's role today:
 * a coach made admin since stays "your coach" for what he did as coach.
 * An actor whose account is gone: "... who has left"; no actor at all
 * (a job of the site): "Opbak itself".
 */
#include <string.h>

#include "account.h"
#include "app.h"
#include "auth.h"
#include "db.h"
#include "form.h"
#include "i18n.h"
#include "limits.h"
#include "page.h"
#include "tmpl.h"
#include "when.h"

/* Rows a page shows (the issue: 50). */
#define LOOKED_PAGE_SIZE 50

/* The index audit_target (target_id, id) answers it by key. */
static const char SQL_LOOKED[] =
    "SELECT a.id AS id, a.at AS at, a.action AS action, a.detail AS detail, "
    "a.actor_id AS actor_id, u.handle AS actor "
    "FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id "
    "WHERE a.target_id = ? AND a.id < ? AND (a.actor_id IS NULL OR a.actor_id <> ?) "
    "ORDER BY a.id DESC LIMIT ?";

const struct field looked_query_fields[] = {
    ID_FIELD("before", N_("Older than"), 0),
    FIELDS_END,
};

/* Who did it, as the action tells. */
enum looked_who {
	WHO_ROLE_ONLY_MOD,   /* "a moderator" */
	WHO_ROLE_ONLY_ADMIN, /* "an administrator" */
	WHO_COACH,
	WHO_EMPLOYER,
	WHO_RELATIVE,
	WHO_SUPPORT,
	WHO_NAMED, /* by pseudonym, nothing more to say */
};

/* One sentence: action (exact), detail_has (a piece the detail must
 * hold, or NULL for any), what he reads. First match wins. */
struct looked_what {
	const char *action;
	const char *detail_has;
	const char *sentence;
};

static const struct looked_what whats[] = {
    {"goals.open", ": chat", N_("read your chat")},
    {"goals.open", ": item ", N_("opened one of your goals")},
    {"goals.open", ": propose", N_("opened your goals to propose a new one")},
    {"goals.open", NULL, N_("opened your goals")},
    {"goals.assign", NULL, N_("gave you a coach or a programme")},
    {"goals.employer_link", NULL, N_("proposed a link with an employer")},
    {"goals.employer_end", NULL, N_("ended your link with an employer")},
    {"goals.coach", NULL, N_("made you a coach of a programme")},
    {"inbox.open", NULL, N_("read your conversation with a support person")},
    {"inbox.publish", NULL, N_("published your question anonymously")},
    {"inbox.handover", NULL, N_("handed your conversation to another support person")},
    {"admin.open", NULL, N_("opened your account in the admin pages")},
    {"user.role", NULL, N_("changed your role")},
    {"user.rights", NULL, N_("changed your rights as a support person")},
    {"account.erase", NULL, N_("erased your account")},
    {"mod.hide", "backing ", N_("hid your backing")},
    {"mod.hide", NULL, N_("hid your post")},
    {"mod.restore", "backing ", N_("showed your backing again")},
    {"mod.restore", NULL, N_("showed your post again")},
    {"mod.approve", "backing ", N_("approved your backing")},
    {"mod.approve", NULL, N_("approved your post")},
    {"mod.refuse", "backing ", N_("did not approve your backing")},
    {"mod.refuse", NULL, N_("did not approve your post")},
    {"mod.dismiss", NULL, N_("looked at a report about what you wrote and left it as it was")},
    {"mod.close", NULL, N_("closed a report about what you wrote")},
    {"mod.keep", NULL, N_("looked at your post again and kept it hidden")},
};

static const char *what_sentence(struct request *req, const char *action, const char *detail)
{
	for (size_t i = 0; i < sizeof whats / sizeof whats[0]; i++)
		if (strcmp(whats[i].action, action) == 0 &&
		    (!whats[i].detail_has || strstr(detail, whats[i].detail_has)))
			return _(whats[i].sentence);
	/* TRANSLATORS: %s is the name of an action in the audit log, e.g. "goals.open". */
	return arena_printf(req->arena, _("did something recorded as \"%s\""), action);
}

static enum looked_who who_of(const char *action, const char *detail)
{
	if (strncmp(action, "mod.", 4) == 0)
		return WHO_ROLE_ONLY_MOD;
	if (strncmp(action, "user.", 5) == 0 || strncmp(action, "admin.", 6) == 0 ||
	    strcmp(action, "goals.assign") == 0 || strcmp(action, "goals.coach") == 0 ||
	    strcmp(action, "account.erase") == 0)
		return WHO_ROLE_ONLY_ADMIN;
	if (strncmp(action, "inbox.", 6) == 0)
		return WHO_SUPPORT;
	if (strncmp(action, "goals.employer_", 15) == 0)
		return WHO_COACH;
	if (strcmp(action, "goals.open") == 0) {
		if (strncmp(detail, "coach:", 6) == 0)
			return WHO_COACH;
		if (strncmp(detail, "employer:", 9) == 0)
			return WHO_EMPLOYER;
		if (strncmp(detail, "relative:", 9) == 0)
			return WHO_RELATIVE;
	}
	return WHO_NAMED;
}

/* Fill {{who}} and, for those named, {{relation}} (section "related"). */
static void set_who(struct tmpl_dict *row, enum looked_who who, const char *actor_id,
                    const char *handle)
{
	tmpl_show(row, handle && who != WHO_ROLE_ONLY_MOD && who != WHO_ROLE_ONLY_ADMIN
	                   ? "named"
	                   : "unnamed");
	if (who == WHO_ROLE_ONLY_MOD) {
		tmpl_set(row, "who", _("A moderator"));
		return;
	}
	if (who == WHO_ROLE_ONLY_ADMIN) {
		tmpl_set(row, "who", _("An administrator"));
		return;
	}
	if (!actor_id) {
		tmpl_set(row, "who", _("Opbak itself"));
		return;
	}
	const char *relation = NULL, *gone = _("Someone who has left");
	switch (who) {
	case WHO_COACH:
		relation = _("your coach");
		gone = _("A coach who has left");
		break;
	case WHO_EMPLOYER:
		relation = _("your employer");
		gone = _("An employer who has left");
		break;
	case WHO_RELATIVE:
		relation = _("your close relative");
		gone = _("A close relative who has left");
		break;
	case WHO_SUPPORT:
		relation = _("a support person");
		gone = _("A support person who has left");
		break;
	default: break;
	}
	if (!handle) {
		tmpl_set(row, "who", gone);
		return;
	}
	tmpl_set(row, "who", handle);
	if (relation) {
		tmpl_set(row, "relation", relation);
		tmpl_show(row, "related");
	}
}

int looked_fn(struct request *req)
{
	long long me = req->user.id;
	long long before = req_int(req, "before");
	struct db_rows *r =
	    db_query(req, SQL_LOOKED, db_int(me), db_int(before ? before : CURSOR_NONE), db_int(me),
	             db_int(LOOKED_PAGE_SIZE + 1));
	if (!r)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Who looked at your data"), "account/looked.tpl");
	size_t shown = page_list(d, r, LOOKED_PAGE_SIZE, "more", "next_before");
	for (size_t i = 0; i < shown; i++) {
		struct tmpl_dict *row = tmpl_add(d, "look");
		const char *action = db_get(r, i, "action");
		const char *detail = db_get(r, i, "detail");
		if (!detail)
			detail = "";
		tmpl_set(row, "id", db_get(r, i, "id"));
		when_set(req, row, "at", db_get(r, i, "at"), WHEN_MOMENT);
		set_who(row, who_of(action, detail), db_get(r, i, "actor_id"),
		        db_get(r, i, "actor"));
		tmpl_set(row, "what", what_sentence(req, action, detail));
	}
	if (shown == 0)
		tmpl_show(d, before ? "no_older" : "nobody");
	if (before)
		tmpl_show(d, "paged");
	return page_end(req, 200);
}
