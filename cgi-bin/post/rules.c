/*
 * rules.c - who is writing, and what his text may hold.
 *
 * Every write handler (post, edit, backing, question) asks the same
 * things in the same order, so the answers live here once:
 *   1. form_read: encoding and length (form.c);
 *   2. rules_check_text: personal information (phone numbers, e-mail,
 *      social-media names: a way to reach a minor outside the site) and,
 *      in a member's first NEW_MEMBER_HOURS, links; both in the text as
 *      readers will see it (community/reader.h: Markdown rendered,
 *      character references decoded, Unicode look-alikes normalised), not
 *      only as typed;
 *   3. rules_over_cap: a new member's posts/backings/questions per hour
 *      (429, the text kept);
 *   4. rules_crisis and rules_held decide how the row is stored: flagged
 *      for a counsellor, and held for a moderator at night.
 *
 * Staff (admins and counsellors) are trusted: they are not held at night,
 * have no caps, may write helpline numbers (which look like phone
 * numbers), and their words about suicide are help, not a crisis.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "auth.h"
#include "db.h"
#include "form.h"
#include "guard.h"
#include "i18n.h"
#include "limits.h"
#include "post.h"
#include "response.h"
#include "when.h"

/* Whether the writer is a new member, the night pre-moderation settings
 * (rules_held) and what the write is about, in one statement of joins
 * on keys: a write asks once where it asked three times, and the
 * optimizer, which runs on every execution, has no subqueries to plan
 * (six of them cost a third of this statement). */
#define WRITER_SQL(about, join)                                                                    \
	"SELECT u.created_at > NOW() - INTERVAL ? HOUR AS is_new, e.value AS premod_enabled, "     \
	"s.value AS premod_start, x.value AS premod_end, z.value AS site_timezone" about           \
	" FROM users u " join "LEFT JOIN settings e ON e.name = 'premod_enabled' "                 \
	"LEFT JOIN settings s ON s.name = 'premod_start' "                                         \
	"LEFT JOIN settings x ON x.name = 'premod_end' "                                           \
	"LEFT JOIN settings z ON z.name = 'site_timezone' WHERE u.id = ?"
/* A post: its topic's id (NULL: no topic has the slug). */
static const char SQL_WRITER_POSTS[] =
    WRITER_SQL(", t.id AS topic_id", "LEFT JOIN topics t ON t.slug = ? ");
/* A backing: the post it answers, read without a lock (back_fn locks it
 * later, through the ledger); NULLs when there is none. */
static const char SQL_WRITER_BACKINGS[] =
    WRITER_SQL(", p.title AS post_title, p.status AS post_status, p.user_id AS post_author",
               "LEFT JOIN posts p ON p.id = ? ");
static const char SQL_WRITER_QUESTIONS[] = WRITER_SQL("", "");
/* What a new member (the only one with a cap) wrote in the last hour:
 * asked only for him, so the cost does not grow with a member's history
 * (his first NEW_MEMBER_HOURS hold at most that many hours' cap). */
#define RECENT_SQL(table, column)                                                                  \
	"SELECT COUNT(*) AS n FROM " table " WHERE " column " = ? "                                \
	"AND created_at > NOW() - INTERVAL 1 HOUR"
static const char SQL_RECENT_POSTS[] = RECENT_SQL("posts", "user_id");
static const char SQL_RECENT_BACKINGS[] = RECENT_SQL("backings", "user_id");
static const char SQL_RECENT_QUESTIONS[] = RECENT_SQL("questions", "member_id");
static const char SQL_PREMOD[] =
    "SELECT name, value FROM settings "
    "WHERE name IN ('premod_enabled', 'premod_start', 'premod_end', 'site_timezone')";

/* The settings as stored (NULL when a row is missing) with their
 * defaults: off, 22 to 9, Copenhagen. */
static void premod_set(struct premod *p, const char *enabled, const char *start, const char *end,
                       const char *tz)
{
	p->enabled = enabled && strcmp(enabled, "1") == 0;
	p->start = start ? rules_hour(start) : 22;
	p->end = end ? rules_hour(end) : 9;
	p->tz = tz && *tz ? tz : WHEN_ZONE_DEFAULT;
}

struct db_rows *rules_writer(struct request *req, enum writing what, struct db_value about,
                             struct writer *w)
{
	memset(w, 0, sizeof *w);
	w->trusted = auth_allows(req, AUTH_TRUSTED_WRITERS);
	struct db_value hours = db_int(NEW_MEMBER_HOURS), me = db_int(req->user.id);
	struct db_rows *r = what == WRITING_POST ? db_query(req, SQL_WRITER_POSTS, hours, about, me)
	                    : what == WRITING_BACKING
	                        ? db_query(req, SQL_WRITER_BACKINGS, hours, about, me)
	                        : db_query(req, SQL_WRITER_QUESTIONS, hours, me);
	if (!r || r->nrows != 1)
		return NULL;
	w->new_member = !w->trusted && db_get_int(r, 0, "is_new") == 1;
	premod_set(&w->premod, db_get(r, 0, "premod_enabled"), db_get(r, 0, "premod_start"),
	           db_get(r, 0, "premod_end"), db_get(r, 0, "site_timezone"));
	if (w->new_member) {
		struct db_rows *n = db_query(req,
		                             what == WRITING_POST      ? SQL_RECENT_POSTS
		                             : what == WRITING_BACKING ? SQL_RECENT_BACKINGS
		                                                       : SQL_RECENT_QUESTIONS,
		                             me);
		if (!n || n->nrows != 1)
			return NULL;
		w->recent = db_get_int(n, 0, "n");
	}
	return r;
}

/*
 * How the page shows a field: a multi-line field is a body, rendered as
 * Markdown (posts, backings; a question's body is shown as typed, and
 * reading it as Markdown too only finds more); a one-line field is a
 * title, shown escaped.
 */
static enum reader_form rules_form(const struct form *f, const char *field)
{
	for (size_t i = 0; i < f->count; i++)
		if (strcmp(f->fields[i].name, field) == 0)
			return f->fields[i].flags & FIELD_MULTILINE ? READER_MARKDOWN
			                                            : READER_PLAIN;
	return READER_MARKDOWN;
}

void rules_check_text(struct request *req, const struct writer *w, struct form *f,
                      const char *field)
{
	struct reader_view v;
	reader_view(req->arena, form_value(f, field), rules_form(f, field), &v);
	if (!w->trusted) {
		const char *why = reader_personal_info(req->arena, &v);
		if (why) {
			form_error(f, field, why);
			return;
		}
	}
	if (w->new_member && reader_has_link(&v))
		form_error(f, field,
		           arena_printf(req->arena,
		                        _("New members can add links after their first %d hours. "
		                          "Please write it without the link."),
		                        NEW_MEMBER_HOURS));
}

int rules_over_cap(const struct writer *w, int cap)
{
	return w->new_member && w->recent >= cap;
}

const char *rules_cap_message(struct request *req, enum writing what)
{
	switch (what) {
	case WRITING_POST:
		return arena_printf(req->arena,
		                    _("In your first %d hours you can write %d posts an hour. "
		                      "Your text is still here: send it again a little later."),
		                    NEW_MEMBER_HOURS, NEW_MEMBER_POSTS_HOUR);
	case WRITING_BACKING:
		return arena_printf(req->arena,
		                    _("In your first %d hours you can write %d backings an hour. "
		                      "Your text is still here: send it again a little later."),
		                    NEW_MEMBER_HOURS, NEW_MEMBER_BACKINGS_HOUR);
	default:
		return arena_printf(req->arena,
		                    _("In your first %d hours you can ask %d questions an hour. "
		                      "Your text is still here: send it again a little later."),
		                    NEW_MEMBER_HOURS, NEW_MEMBER_QUESTIONS_HOUR);
	}
}

int rules_crisis(const struct writer *w, const char *title, const char *body)
{
	if (w->trusted)
		return 0;
	/* Its own arena: callers pass no request, and the readings are
	 * needed only for this answer. */
	struct arena a = {0};
	struct reader_view t, b;
	reader_view(&a, title, READER_PLAIN, &t);
	reader_view(&a, body, READER_MARKDOWN, &b);
	int crisis = reader_crisis(&t) || reader_crisis(&b);
	arena_free(&a);
	return crisis;
}

int rules_hour(const char *s)
{
	if (!s || !*s || strlen(s) > LIMIT_HOUR_DIGITS)
		return -1;
	int h = 0;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return -1;
		h = h * 10 + (*s - '0');
	}
	return h <= 23 ? h : -1;
}

int rules_premod(struct request *req, struct premod *p)
{
	struct db_rows *r = db_query(req, SQL_PREMOD);
	if (!r)
		return -1;
	const char *enabled = NULL, *start = NULL, *end = NULL, *tz = NULL;
	for (size_t i = 0; i < r->nrows; i++) {
		const char *name = db_get(r, i, "name"), *value = db_get(r, i, "value");
		if (strcmp(name, "premod_enabled") == 0)
			enabled = value;
		else if (strcmp(name, "premod_start") == 0)
			start = value;
		else if (strcmp(name, "premod_end") == 0)
			end = value;
		else if (strcmp(name, "site_timezone") == 0)
			tz = value;
	}
	premod_set(p, enabled, start, end, tz);
	return 0;
}

int rules_held(const struct writer *w)
{
	if (w->trusted || !w->premod.enabled)
		return 0;
	time_t now = time(NULL);
	int hour = guard_local_hour(now, w->premod.tz);
	if (hour < 0) { /* a zone this system does not know: hold by UTC, not never */
		struct tm tm;
		gmtime_r(&now, &tm);
		hour = tm.tm_hour;
	}
	return guard_in_window(hour, w->premod.start, w->premod.end);
}

int rules_over_hour(struct request *req, const char *sql, struct db_value key, int cap)
{
	if (auth_allows(req, AUTH_TRUSTED_WRITERS))
		return 0; /* staff have no cap: not even the count is asked for */
	struct db_rows *recent = db_query(req, sql, key);
	if (!recent || recent->nrows != 1)
		return -1;
	if (db_get_int(recent, 0, "n") < cap)
		return 0;
	long long wait = db_get_int(recent, 0, "wait");
	res_header(req, "Retry-After", arena_printf(req->arena, "%lld", wait > 0 ? wait : 1));
	return 1;
}
