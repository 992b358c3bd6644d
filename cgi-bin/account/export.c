/*
 * export.c - a member takes his data with him (issue 14):
 *   GET  /account/privacy/export        what an export holds; the last one, if made today
 *   POST /account/privacy/export        make one (two files), 303 back
 *   GET  /account/privacy/export.json   the newest one of the last day, sent by nginx
 *   GET  /account/privacy/export.html   (X-Accel-Redirect to its internal /_exports/)
 *
 * An export is two files in OPBAK_EXPORT_DIR, <name>.json and <name>.html,
 * name being 32 random hex characters that only the exports row knows.
 * nginx serves that folder only from an internal location, so the one way
 * to a file is a download route here, which looks only at the exports of
 * the one asking: someone else's export cannot even be named.
 *
 * What goes in: every row that is his (he wrote it, it is about him, or a
 * conversation he is in), part by part (the table `parts` below, one
 * prepared statement each). Never: his session hashes, his password
 * hash, support persons' internal notes on his questions (kind 'note'),
 * reports' copies of others' text, titles of others' posts he answered.
 *
 * Rows are written to the files as they are read, a page of PAGE_ROWS at
 * a time (keyed by id), so a member with thousands of posts never costs
 * the worker a many-megabyte string. The reads and the new row run in
 * one transaction that first locks his users row: one consistent
 * snapshot, and two POSTs at once cannot both pass the one-a-minute
 * check. The files are written under a temporary name and renamed, mode
 * 0600; they follow the answer (app_file_written): a failure removes
 * them again, success removes the files of the export before (only the
 * newest can be downloaded). The retention job deletes rows and files
 * after a day.
 */
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "account.h"
#include "app.h"
#include "db.h"
#include "i18n.h"
#include "log.h"
#include "page.h"
#include "response.h"
#include "text.h"
#include "tmpl.h"
#include "when.h"

#define PAGE_ROWS  200 /* rows read and written at a time */
#define EXPORT_TPL "account/export_doc.tpl"

static const char SQL_LOCK_USER[] = "SELECT id FROM users WHERE id = ? FOR UPDATE";
static const char SQL_RECENT[] = "SELECT COUNT(*) AS n FROM exports WHERE user_id = ? "
                                 "AND created_at > NOW() - INTERVAL 1 MINUTE";
static const char SQL_INSERT[] =
    "INSERT INTO exports (user_id, name, json_bytes, html_bytes) VALUES (?, ?, ?, ?)";
static const char SQL_NEWEST[] =
    "SELECT name, created_at, created_at + INTERVAL 1 DAY AS deleted_at, "
    "DATE_FORMAT(created_at, '%Y-%m-%d') AS day, json_bytes, html_bytes "
    "FROM exports WHERE user_id = ? AND created_at > NOW() - INTERVAL 1 DAY "
    "ORDER BY id DESC LIMIT 1";
static const char SQL_NOW[] = "SELECT NOW() AS now";
/* The export before: its files go once the new one is stored (each
 * export removes its predecessor's, so at most one pair is left). */
static const char SQL_PREVIOUS[] =
    "SELECT name FROM exports WHERE user_id = ? ORDER BY id DESC LIMIT 1";

/* ------------------------------------------------------------ the parts */

static const char SQL_ACCOUNT[] =
    "SELECT handle, role, birth_date, bio, life_experience, lang AS language, "
    "created_at AS joined, last_login_at AS last_login, on_leaderboard "
    "FROM users WHERE id = ?";
static const char SQL_SESSIONS[] = "SELECT created_at AS created, expires_at AS expires "
                                   "FROM sessions WHERE user_id = ? ORDER BY created_at";
static const char SQL_TOPICS[] = "SELECT t.name AS topic FROM user_topics ut "
                                 "JOIN topics t ON t.id = ut.topic_id WHERE ut.user_id = ? "
                                 "ORDER BY t.position, t.id";
static const char SQL_POSTS[] =
    "SELECT p.id AS id, p.title AS title, p.body AS body, p.status AS status, "
    "t.name AS topic, p.is_public AS is_public, p.backing_count AS backings, "
    "p.created_at AS created, p.updated_at AS updated FROM posts p "
    "JOIN topics t ON t.id = p.topic_id WHERE p.user_id = ? AND p.id > ? ORDER BY p.id LIMIT ?";
static const char SQL_REVIEWS[] = "SELECT post_id, note, created_at AS created, handled_at AS "
                                  "handled FROM review_requests WHERE author_id = ? "
                                  "ORDER BY created_at";
static const char SQL_BACKINGS[] =
    "SELECT id, post_id, body, status, is_best, votes, created_at AS created "
    "FROM backings WHERE user_id = ? AND id > ? ORDER BY id LIMIT ?";
static const char SQL_VOTES[] = "SELECT backing_id, created_at AS created FROM votes "
                                "WHERE user_id = ? ORDER BY created_at";
static const char SQL_POINTS[] = "SELECT id, reason, ref_id, points, created_at AS created "
                                 "FROM points WHERE user_id = ? AND id > ? ORDER BY id LIMIT ?";
static const char SQL_BADGES[] = "SELECT badge, awarded_at AS awarded FROM badges "
                                 "WHERE user_id = ? ORDER BY awarded_at";
static const char SQL_REPORTS[] =
    "SELECT id, post_id, backing_id, reason, note, status, created_at AS created "
    "FROM reports WHERE reporter_id = ? AND id > ? ORDER BY id LIMIT ?";
static const char SQL_NOTIFICATIONS[] =
    "SELECT id, kind, post_id, backing_id, question_id, item_id, created_at AS created, "
    "read_at AS seen FROM notifications WHERE user_id = ? AND id > ? ORDER BY id LIMIT ?";
static const char SQL_QUESTIONS[] =
    "SELECT id, subject, body, status, allow_publish, urgent, created_at AS created, "
    "answered_at AS answered, closed_at AS closed FROM questions "
    "WHERE member_id = ? AND id > ? ORDER BY id LIMIT ?";
/* His and the support persons' messages; never a 'note' (staff only). */
static const char SQL_QUESTION_MESSAGES[] =
    "SELECT IF(m.author_id = q.member_id, NULL, COALESCE(u.handle, '')) AS from_support, "
    "m.body AS body, m.created_at AS at FROM question_messages m "
    "JOIN questions q ON q.id = m.question_id LEFT JOIN users u ON u.id = m.author_id "
    "WHERE m.question_id = ? AND q.member_id = ? AND m.kind = 'message' ORDER BY m.id";
static const char SQL_PROGRAMME[] =
    "SELECT pr.name AS programme, u.handle AS coach, p.created_at AS joined "
    "FROM participants p LEFT JOIN programmes pr ON pr.id = p.programme_id "
    "LEFT JOIN users u ON u.id = p.coach_id WHERE p.user_id = ?";
static const char SQL_GOALS[] =
    "SELECT id, level, parent_id AS parent, title, description, due_date AS due, status, "
    "agreed, personal, shared_coach_at AS shared_coach, shared_employer_at AS shared_employer, "
    "shared_relative_at AS shared_relative, done_at AS done, created_at AS created "
    "FROM goal_items WHERE participant_id = ? AND id > ? ORDER BY id LIMIT ?";
static const char SQL_GOAL_COMMENTS[] =
    "SELECT IF(c.author_id = c.participant_id, NULL, COALESCE(u.handle, '')) AS `from`, "
    "c.kind AS kind, c.body AS body, c.created_at AS at FROM goal_comments c "
    "LEFT JOIN users u ON u.id = c.author_id WHERE c.item_id = ? AND c.participant_id = ? "
    "ORDER BY c.id";
static const char SQL_GENERAL_COMMENTS[] =
    "SELECT IF(c.author_id = c.participant_id, NULL, COALESCE(u.handle, '')) AS `from`, "
    "c.kind AS kind, c.body AS body, c.created_at AS at FROM goal_comments c "
    "LEFT JOIN users u ON u.id = c.author_id WHERE c.participant_id = ? AND c.item_id IS NULL "
    "ORDER BY c.id";
static const char SQL_CHECKLISTS[] = "SELECT id, title, reset, created_at AS created "
                                     "FROM checklists WHERE participant_id = ? ORDER BY id";
static const char SQL_CHECKLIST_ITEMS[] =
    "SELECT i.text AS text, i.done_on AS done_on FROM checklist_items i "
    "JOIN checklists c ON c.id = i.checklist_id WHERE i.checklist_id = ? "
    "AND c.participant_id = ? ORDER BY i.position, i.id";
static const char SQL_INDICATORS[] =
    "SELECT id, name, shared_coach_at AS shared_coach, created_at AS created "
    "FROM indicators WHERE participant_id = ? ORDER BY id";
static const char SQL_RATINGS[] =
    "SELECT r.rating AS rating, r.rated_at AS at FROM indicator_ratings r "
    "JOIN indicators i ON i.id = r.indicator_id WHERE r.indicator_id = ? "
    "AND i.participant_id = ? ORDER BY r.rated_at, r.id";
/* The conversations he is in: his own (as participant) or one he is a
 * side of. `with` is the other side. */
static const char SQL_CHATS[] =
    "SELECT c.id AS id, c.kind AS kind, u.handle AS `with`, c.created_at AS created "
    "FROM chats c JOIN users u ON u.id = IF(c.participant_id = ?, c.other_id, c.participant_id) "
    "WHERE c.participant_id = ? OR EXISTS (SELECT 1 FROM chat_members m "
    "WHERE m.chat_id = c.id AND m.user_id = ?) ORDER BY c.id";
static const char SQL_CHAT_MESSAGES[] =
    "SELECT IF(x.author_id = ?, NULL, COALESCE(u.handle, '')) AS `from`, x.body AS body, "
    "x.created_at AS at FROM chat_messages x LEFT JOIN users u ON u.id = x.author_id "
    "WHERE x.chat_id = ? ORDER BY x.seq";
/* Each consent he gave and when; ended: when it stopped. */
static const char SQL_CONSENTS[] =
    "SELECT 'goal shared with coach' AS kind, title AS about, shared_coach_at AS given, "
    "NULL AS ended FROM goal_items WHERE participant_id = ? AND shared_coach_at IS NOT NULL "
    "UNION ALL SELECT 'goal shared with employer', title, shared_employer_at, NULL "
    "FROM goal_items WHERE participant_id = ? AND shared_employer_at IS NOT NULL "
    "UNION ALL SELECT 'goal shared with relative', title, shared_relative_at, NULL "
    "FROM goal_items WHERE participant_id = ? AND shared_relative_at IS NOT NULL "
    "UNION ALL SELECT 'indicator shared with coach', name, shared_coach_at, NULL "
    "FROM indicators WHERE participant_id = ? AND shared_coach_at IS NOT NULL "
    "UNION ALL SELECT 'employer link', u.handle, l.consent_at, l.ended_at "
    "FROM employer_links l JOIN users u ON u.id = l.employer_id "
    "WHERE l.participant_id = ? AND l.consent_at IS NOT NULL "
    "UNION ALL SELECT 'relative', COALESCE(u.handle, ''), r.consent_at, r.ended_at "
    "FROM relatives r LEFT JOIN users u ON u.id = r.relative_id WHERE r.participant_id = ? "
    "UNION ALL SELECT 'question may be published', subject, created_at, NULL "
    "FROM questions WHERE member_id = ? AND allow_publish = 1 "
    "UNION ALL SELECT 'posts in feeds', COUNT(*), MIN(created_at), NULL "
    "FROM posts WHERE user_id = ? AND is_public = 1 HAVING COUNT(*) > 0";
static const char SQL_FEEDBACK[] = "SELECT kind, area, body, created_at AS created "
                                   "FROM feedback WHERE user_id = ? ORDER BY id";
static const char SQL_SAVED_REPLIES[] =
    "SELECT title, body, IF(owner_id IS NULL, 1, 0) AS shared, created_at AS created "
    "FROM saved_replies WHERE owner_id = ? OR (owner_id IS NULL AND author_id = ?) ORDER BY id";
static const char SQL_ARTICLES[] = "SELECT title, status, created_at AS created, published_at "
                                   "AS published FROM articles WHERE author_id = ? ORDER BY id";
static const char SQL_EPISODES[] = "SELECT title, status, created_at AS created, published_at "
                                   "AS published FROM episodes WHERE author_id = ? ORDER BY id";
static const char SQL_EXPORTS[] = "SELECT created_at AS created, json_bytes, html_bytes "
                                  "FROM exports WHERE user_id = ? ORDER BY id";

/*
 * One part of the export. params says what each `?` is: 'u' the user's
 * id, 'a' the last id of the previous page (the part is read PAGE_ROWS
 * at a time, keyed by its column "id"), 'n' the page size, 'p' the id
 * of the parent row (children only). A part with a child runs it once
 * per row and writes its rows under child_key.
 */
struct part {
	const char *key;   /* JSON key, HTML anchor */
	const char *title; /* HTML heading, N_() */
	const char *sql;
	const char *params;
	int object; /* one object (the first row), not a list */
	const char *child_key;
	const char *child_title;
	const char *child_sql;
	const char *child_params;
	const char *about; /* what it holds, in plain words (the page), N_() */
};

static const struct part parts[] = {
    {"account", N_("Your account"), SQL_ACCOUNT, "u", 1, NULL, NULL, NULL, NULL,
     N_("your pseudonym, role, birth date, profile text, language, when you joined and last "
        "logged in")},
    {"sessions", N_("Where you are logged in"), SQL_SESSIONS, "u", 0, NULL, NULL, NULL, NULL,
     N_("when each login began and ends (never the key itself)")},
    {"topics", N_("Topics you know well"), SQL_TOPICS, "u", 0, NULL, NULL, NULL, NULL, NULL},
    {"posts", N_("Your posts"), SQL_POSTS, "uan", 0, NULL, NULL, NULL, NULL,
     N_("your posts, with their text, topic and status, and whether they may appear in feeds")},
    {"review_requests", N_("Reviews you asked for"), SQL_REVIEWS, "u", 0, NULL, NULL, NULL, NULL,
     NULL},
    {"backings", N_("Your backings"), SQL_BACKINGS, "uan", 0, NULL, NULL, NULL, NULL,
     N_("the backings you wrote")},
    {"votes", N_("Your votes"), SQL_VOTES, "u", 0, NULL, NULL, NULL, NULL,
     N_("your votes, points and badges")},
    {"points", N_("Your points"), SQL_POINTS, "uan", 0, NULL, NULL, NULL, NULL, NULL},
    {"badges", N_("Your badges"), SQL_BADGES, "u", 0, NULL, NULL, NULL, NULL, NULL},
    {"reports_made", N_("Reports you made"), SQL_REPORTS, "uan", 0, NULL, NULL, NULL, NULL,
     N_("the reports you made")},
    {"notifications", N_("Your notifications"), SQL_NOTIFICATIONS, "uan", 0, NULL, NULL, NULL, NULL,
     N_("your notifications")},
    {"questions", N_("Your questions to support persons"), SQL_QUESTIONS, "uan", 0, "messages",
     N_("Messages"), SQL_QUESTION_MESSAGES, "pu",
     N_("your questions to support persons and every message in them (not the support "
        "persons' internal notes)")},
    {"programme", N_("Your programme"), SQL_PROGRAMME, "u", 1, NULL, NULL, NULL, NULL,
     N_("your programme and coach, goals, sub-goals, activities and the comments on them, "
        "checklists, indicators and your ratings")},
    {"goals", N_("Your goals"), SQL_GOALS, "uan", 0, "comments", N_("Comments"), SQL_GOAL_COMMENTS,
     "pu", NULL},
    {"goal_comments", N_("Comments on your plan"), SQL_GENERAL_COMMENTS, "u", 0, NULL, NULL, NULL,
     NULL, NULL},
    {"checklists", N_("Your checklists"), SQL_CHECKLISTS, "u", 0, "items", N_("Items"),
     SQL_CHECKLIST_ITEMS, "pu", NULL},
    {"indicators", N_("Your indicators"), SQL_INDICATORS, "u", 0, "ratings", N_("Ratings"),
     SQL_RATINGS, "pu", NULL},
    {"chats", N_("Your chats"), SQL_CHATS, "uuu", 0, "messages", N_("Messages"), SQL_CHAT_MESSAGES,
     "up", N_("your chats with your coach and employer")},
    {"consents", N_("Your consents"), SQL_CONSENTS, "uuuuuuuu", 0, NULL, NULL, NULL, NULL,
     N_("each consent you gave and when: goals shared with your coach, employer or relative, "
        "employer links, relatives, questions that may be published, posts in feeds")},
    {"feedback", N_("Feedback you sent"), SQL_FEEDBACK, "u", 0, NULL, NULL, NULL, NULL,
     N_("the feedback you sent to the team")},
    {"saved_replies", N_("Your saved replies"), SQL_SAVED_REPLIES, "uu", 0, NULL, NULL, NULL, NULL,
     N_("for support persons: your saved replies; for editors: your articles and episodes")},
    {"articles", N_("Articles you wrote"), SQL_ARTICLES, "u", 0, NULL, NULL, NULL, NULL, NULL},
    {"episodes", N_("Podcast episodes you made"), SQL_EPISODES, "u", 0, NULL, NULL, NULL, NULL,
     NULL},
    {"exports", N_("Your exports"), SQL_EXPORTS, "u", 0, NULL, NULL, NULL, NULL,
     N_("the exports you made")},
};

/* Columns written as JSON numbers (everything else is a string or null). */
static const char *const number_columns[] = {
    "id",        "post_id",    "backing_id", "question_id",    "item_id", "ref_id",
    "level",     "parent",     "rating",     "points",         "votes",   "backings",
    "is_public", "is_best",    "agreed",     "personal",       "urgent",  "allow_publish",
    "shared",    "json_bytes", "html_bytes", "on_leaderboard", NULL};

/* The words a column gets in the HTML document. */
static const struct {
	const char *column, *label;
} labels[] = {
    {"handle", N_("Pseudonym")},
    {"role", N_("Role")},
    {"birth_date", N_("Birth date")},
    {"bio", N_("About you")},
    {"life_experience", N_("Your life experience")},
    {"language", N_("Language")},
    {"joined", N_("Joined")},
    {"last_login", N_("Last login")},
    {"on_leaderboard", N_("On the leaderboard")},
    {"created", N_("Created")},
    {"expires", N_("Expires")},
    {"topic", N_("Topic")},
    {"id", N_("Number")},
    {"title", N_("Title")},
    {"body", N_("Text")},
    {"status", N_("Status")},
    {"is_public", N_("May appear in feeds")},
    {"backings", N_("Backings")},
    {"updated", N_("Changed")},
    {"post_id", N_("Post")},
    {"backing_id", N_("Backing")},
    {"is_best", N_("Best backing")},
    {"votes", N_("Votes")},
    {"reason", N_("Reason")},
    {"points", N_("Points")},
    {"badge", N_("Badge")},
    {"awarded", N_("Awarded")},
    {"note", N_("Note")},
    {"kind", N_("Kind")},
    {"seen", N_("Read")},
    {"subject", N_("Subject")},
    {"allow_publish", N_("May be published anonymously")},
    {"urgent", N_("Urgent")},
    {"answered", N_("Answered")},
    {"closed", N_("Closed")},
    {"from", N_("From")},
    {"at", N_("When")},
    {"programme", N_("Programme")},
    {"coach", N_("Coach")},
    {"level", N_("Level")},
    {"parent", N_("Part of")},
    {"description", N_("Description")},
    {"due", N_("Due")},
    {"agreed", N_("Agreed")},
    {"personal", N_("Personal")},
    {"shared_coach", N_("Shared with coach")},
    {"shared_employer", N_("Shared with employer")},
    {"shared_relative", N_("Shared with relative")},
    {"done", N_("Done")},
    {"text", N_("Text")},
    {"done_on", N_("Done on")},
    {"name", N_("Name")},
    {"rating", N_("Rating")},
    {"with", N_("With")},
    {"about", N_("About")},
    {"given", N_("Given")},
    {"ended", N_("Ended")},
    {"area", N_("Area")},
    {"shared", N_("Shared with the team")},
    {"published", N_("Published")},
    {"json_bytes", N_("JSON size in bytes")},
    {"html_bytes", N_("HTML size in bytes")},
    {"handled", N_("Handled")},
    {"reset", N_("Starts over")},
};

static int is_number_column(const char *name)
{
	for (size_t i = 0; number_columns[i]; i++)
		if (strcmp(number_columns[i], name) == 0)
			return 1;
	return 0;
}

static const char *label_of(const char *column)
{
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (strcmp(labels[i].column, column) == 0)
			return _(labels[i].label);
	return column;
}

/* "YYYY-MM-DD HH:MM:SS": a DATETIME (UTC). */
static int is_datetime(const char *s, size_t len)
{
	return len == 19 && s[4] == '-' && s[7] == '-' && s[10] == ' ' && s[13] == ':' &&
	       s[16] == ':';
}

/* ------------------------------------------------------------ the writer */

struct export_out {
	struct request *req;
	FILE *json, *html;
	struct buf page; /* one part's (or one row's) HTML, reused */
	time_t now;
	int failed; /* a write failed */
};

/* A JSON string: quotes, backslash and every control character escaped,
 * and < > & too, so the file is safe even pasted inside a <script>; the
 * line separators U+2028/2029 for old JavaScript parsers. The database
 * holds only valid UTF-8 (utf8mb4), passed on as it is. */
static void json_chars(FILE *f, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			fputc('\\', f);
			fputc(c, f);
		} else if (c == '\n') {
			fputs("\\n", f);
		} else if (c == '\r') {
			fputs("\\r", f);
		} else if (c == '\t') {
			fputs("\\t", f);
		} else if (c < 0x20 || c == 0x7f || c == '<' || c == '>' || c == '&') {
			fprintf(f, "\\u%04x", c);
		} else if (c == 0xe2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
		           ((unsigned char)s[i + 2] == 0xa8 || (unsigned char)s[i + 2] == 0xa9)) {
			fprintf(f, "\\u%04x",
			        (unsigned)(0x2000 + ((unsigned char)s[i + 2] - 0x80)));
			i += 2;
		} else {
			fputc(c, f);
		}
	}
}

static void json_string(FILE *f, const char *s, size_t len)
{
	fputc('"', f);
	json_chars(f, s, len);
	fputc('"', f);
}

/* A DATETIME in JSON as ISO 8601 UTC ("2026-12-02T01:01:00Z"). */
static void json_value(FILE *f, const char *column, const char *v, size_t len)
{
	if (!v) {
		fputs("null", f);
	} else if (is_number_column(column) && len > 0 && len < 21 &&
	           strspn(v, "-0123456789") == len) {
		fwrite(v, 1, len, f);
	} else if (is_datetime(v, len)) {
		fprintf(f, "\"%.10sT%.8sZ\"", v, v + 11);
	} else {
		json_string(f, v, len);
	}
}

/* One row as a JSON object's members (without the braces). */
static void json_row(FILE *f, const struct db_rows *r, size_t row)
{
	for (size_t c = 0; c < r->ncols; c++) {
		const char *name = r->names[c];
		const char *v = r->cells[row * r->ncols + c];
		size_t len = v ? r->lens[row * r->ncols + c] : 0;
		if (c)
			fputc(',', f);
		if (strcmp(name, "from_support") == 0) {
			/* A question's message: his own, or a support person's. */
			fputs("\"from\":", f);
			if (!v) {
				fputs("\"you\"", f);
			} else {
				fputs("\"support person ", f);
				json_chars(f, v, len);
				fputc('"', f);
			}
			continue;
		}
		json_string(f, name, strlen(name));
		fputc(':', f);
		if (strcmp(name, "from") == 0 && !v)
			fputs("\"you\"", f);
		else
			json_value(f, name, v, len);
	}
}

/* One row into an HTML dictionary (section "cell" per column). */
static void html_row(struct export_out *o, struct tmpl_dict *row, const struct db_rows *r, size_t i)
{
	for (size_t c = 0; c < r->ncols; c++) {
		const char *name = r->names[c];
		const char *v = r->cells[i * r->ncols + c];
		size_t len = v ? r->lens[i * r->ncols + c] : 0;
		struct tmpl_dict *cell = tmpl_add(row, "cell");
		if (strcmp(name, "from_support") == 0) {
			tmpl_set(cell, "label", _("From"));
			tmpl_set(cell, "value",
			         v ? arena_printf(o->req->arena, _("support person %s"), v)
			           : _("you"));
			continue;
		}
		tmpl_set(cell, "label", label_of(name));
		if (strcmp(name, "from") == 0 && !v)
			tmpl_set(cell, "value", _("you"));
		else if (!v)
			tmpl_set(cell, "value", "-");
		else if (is_datetime(v, len))
			tmpl_set(cell, "value", when_text(o->req, v, WHEN_MOMENT, o->now));
		else
			tmpl_setn(cell, "value", v, len);
	}
}

/* Expand the document template with d (one section shown) into the file. */
static void html_flush(struct export_out *o, struct tmpl_dict *d)
{
	buf_reset(&o->page);
	if (tmpl_expand(EXPORT_TPL, d, &o->page) < 0)
		o->failed = 1;
	else if (o->page.len && fwrite(o->page.data, 1, o->page.len, o->html) != o->page.len)
		o->failed = 1;
	tmpl_free(d);
}

/* The values for a part's `?`s. */
static size_t bind(const char *params, long long uid, long long after, long long parent,
                   struct db_value *v)
{
	size_t n = 0;
	for (const char *p = params; *p; p++)
		v[n++] = db_int(*p == 'u'   ? uid
		                : *p == 'a' ? after
		                : *p == 'p' ? parent
		                            : PAGE_ROWS);
	return n;
}

/* The children of one row: JSON ,"key":[...] inside the row's object,
 * and a sub-list in the HTML. */
static int write_children(struct export_out *o, const struct part *pt, long long parent)
{
	struct db_value v[8];
	size_t n = bind(pt->child_params, o->req->user.id, 0, parent, v);
	struct db_rows *r = db_query_values(o->req, pt->child_sql, v, n);
	if (!r)
		return -1;
	fprintf(o->json, ",\"%s\":[", pt->child_key);
	struct tmpl_dict *d = tmpl_new(EXPORT_TPL);
	struct tmpl_dict *sub = tmpl_add(d, "sub");
	tmpl_set(sub, "title", _(pt->child_title));
	if (!r->nrows)
		tmpl_show(sub, "none");
	for (size_t i = 0; i < r->nrows; i++) {
		fputs(i ? ",{" : "{", o->json);
		json_row(o->json, r, i);
		fputc('}', o->json);
		html_row(o, tmpl_add(sub, "item"), r, i);
	}
	fputc(']', o->json);
	html_flush(o, d);
	return 0;
}

static int write_part(struct export_out *o, const struct part *pt, int first)
{
	fprintf(o->json, "%s\"%s\":%s", first ? "" : ",", pt->key, pt->object ? "" : "[");
	struct tmpl_dict *d = tmpl_new(EXPORT_TPL);
	struct tmpl_dict *head = tmpl_add(d, "part");
	tmpl_set(head, "key", pt->key);
	tmpl_set(head, "title", _(pt->title));
	int paged = strchr(pt->params, 'a') != NULL;
	long long after = 0;
	size_t written = 0;
	for (;;) {
		struct db_value v[12];
		size_t n = bind(pt->params, o->req->user.id, after, 0, v);
		struct db_rows *r = db_query_values(o->req, pt->sql, v, n);
		if (!r) {
			tmpl_free(d);
			return -1;
		}
		if (pt->object && r->nrows == 0)
			fputs("null", o->json);
		for (size_t i = 0; i < r->nrows && !(pt->object && i > 0); i++) {
			fputs(written++ && !pt->object ? ",{" : "{", o->json);
			json_row(o->json, r, i);
			struct tmpl_dict *row = tmpl_add(d, "row");
			html_row(o, row, r, i);
			if (pt->child_sql) {
				/* The row's HTML goes first, its children after it. */
				html_flush(o, d);
				d = tmpl_new(EXPORT_TPL);
				if (write_children(o, pt, db_get_int(r, i, "id")) < 0) {
					tmpl_free(d);
					return -1;
				}
				tmpl_show(d, "row_end");
				html_flush(o, d);
				d = tmpl_new(EXPORT_TPL);
			} else {
				tmpl_show(row, "row_end_here");
			}
			fputc('}', o->json);
		}
		if (!paged || r->nrows < PAGE_ROWS) {
			if (!written)
				tmpl_show(head ? head : d, "none");
			break;
		}
		after = db_get_int(r, r->nrows - 1, "id");
		html_flush(o, d); /* this page's rows out before the next is read */
		d = tmpl_new(EXPORT_TPL);
		head = NULL;
		arena_reset(o->req->arena); /* the scratch arena (export_write) */
	}
	if (!pt->object)
		fputc(']', o->json);
	html_flush(o, d);
	return o->failed || ferror(o->json) ? -1 : 0;
}

/*
 * Write both files (already open) from the database. req->arena is lent
 * a scratch arena of the worker's for the while, emptied after each page
 * of rows, so what a large export reads never piles up in the request's.
 */
static int export_write(struct export_out *o, const char *made_at)
{
	static struct arena scratch; /* worker-lifetime; its blocks freed below */
	struct arena *mine = o->req->arena;
	o->req->arena = &scratch;

	fputs("{\"format\":\"opbak-export-1\",\"made_at\":", o->json);
	json_value(o->json, "made_at", made_at, strlen(made_at));
	fputs(",\"times\":\"UTC\",", o->json);

	struct tmpl_dict *d = tmpl_new(EXPORT_TPL);
	struct tmpl_dict *begin = tmpl_add(d, "begin");
	tmpl_set(begin, "lang", i18n_lang());
	tmpl_set(begin, "handle", o->req->user.handle);
	tmpl_set(begin, "made", when_text(o->req, made_at, WHEN_MOMENT, o->now));
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
		struct tmpl_dict *toc = tmpl_add(begin, "toc");
		tmpl_set(toc, "key", parts[i].key);
		tmpl_set(toc, "title", _(parts[i].title));
	}
	html_flush(o, d);

	int rc = 0;
	for (size_t i = 0; i < sizeof parts / sizeof parts[0] && rc == 0; i++) {
		rc = write_part(o, &parts[i], i == 0);
		arena_reset(&scratch);
	}
	fputc('}', o->json);
	fputc('\n', o->json);
	d = tmpl_new(EXPORT_TPL);
	tmpl_show(d, "end");
	html_flush(o, d);

	arena_free(&scratch);
	o->req->arena = mine;
	if (rc < 0 || o->failed)
		return -1;
	return 0;
}

/* Open dir/<name>.<ext>.part for writing, 0600, never an existing file.
 * Not hidden: a worker that dies while writing leaves one, and the
 * retention job sweeps plain files older than a day (retention.c);
 * nginx serves only <32 hex>.json|.html. */
static FILE *open_temp(struct request *req, const char *dir, const char *name, const char *ext,
                       char **path)
{
	*path = arena_printf(req->arena, "%s/%s.%s.part", dir, name, ext);
	int fd = open(*path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0)
		return NULL;
	FILE *f = fdopen(fd, "w");
	if (!f) {
		close(fd);
		unlink(*path);
	}
	return f;
}

/* Close f, making sure every byte reached the disk; its size in *bytes. */
static int close_file(FILE *f, long long *bytes)
{
	int bad = ferror(f) || fflush(f) != 0 || fsync(fileno(f)) != 0;
	long pos = ftell(f);
	if (fclose(f) != 0 || bad || pos < 0)
		return -1;
	*bytes = pos;
	return 0;
}

/* The export folder, when it is there and writable; else NULL. */
static const char *export_dir(void)
{
	const char *dir = getenv("OPBAK_EXPORT_DIR");
	if (!dir || !*dir || access(dir, W_OK | X_OK) != 0)
		return NULL;
	return dir;
}

static int unavailable(struct request *req)
{
	return page_error(req, 503,
	                  _("Exports cannot be made right now. Nothing was written: please try "
	                    "again later."));
}

/* "12.3 KB" */
static const char *size_text(struct request *req, long long bytes)
{
	if (bytes < 1024)
		return arena_printf(req->arena, _("%lld bytes"), bytes);
	if (bytes < 1024 * 1024)
		return arena_printf(req->arena, _("%.1f KB"), bytes / 1024.0);
	return arena_printf(req->arena, _("%.1f MB"), bytes / (1024.0 * 1024.0));
}

int export_page_fn(struct request *req)
{
	struct db_rows *r = db_query(req, SQL_NEWEST, db_int(req->user.id));
	if (!r)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Export your data"), "account/export.tpl");
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
		if (parts[i].about)
			tmpl_set(tmpl_add(d, "part"), "about", _(parts[i].about));
	if (r->nrows) {
		struct tmpl_dict *last = tmpl_add(d, "last");
		when_set(req, last, "made", db_get(r, 0, "created_at"), WHEN_MOMENT);
		when_set(req, last, "deleted", db_get(r, 0, "deleted_at"), WHEN_MOMENT);
		tmpl_set(last, "json_size", size_text(req, db_get_int(r, 0, "json_bytes")));
		tmpl_set(last, "html_size", size_text(req, db_get_int(r, 0, "html_bytes")));
	}
	return page_end(req, 200);
}

int export_make_fn(struct request *req)
{
	const char *dir = export_dir();
	if (!dir)
		return unavailable(req);
	long long uid = req->user.id;
	if (db_begin(req) < 0)
		return -1;
	struct db_rows *lock = db_query(req, SQL_LOCK_USER, db_int(uid));
	struct db_rows *recent = lock ? db_query(req, SQL_RECENT, db_int(uid)) : NULL;
	struct db_rows *now = recent ? db_query(req, SQL_NOW) : NULL;
	struct db_rows *previous = now ? db_query(req, SQL_PREVIOUS, db_int(uid)) : NULL;
	if (!previous) {
		db_rollback(req);
		return -1;
	}
	if (db_get_int(recent, 0, "n") > 0) {
		db_rollback(req);
		return page_error(req, 429,
		                  _("You made an export less than a minute ago. Wait a minute, "
		                    "then make a new one; the last one is still there."));
	}

	unsigned char raw[16];
	char name[33];
	randombytes_buf(raw, sizeof raw);
	text_hex(raw, sizeof raw, name);
	name[32] = '\0';

	char *tmp_json, *tmp_html;
	FILE *json = open_temp(req, dir, name, "json", &tmp_json);
	FILE *html = json ? open_temp(req, dir, name, "html", &tmp_html) : NULL;
	if (!html) {
		log_msg(req->id, "export: cannot write in %s: %s", dir, strerror(errno));
		if (json) {
			fclose(json);
			unlink(tmp_json);
		}
		db_rollback(req);
		return unavailable(req);
	}
	struct export_out o = {req, json, html, {NULL, 0, 0}, time(NULL), 0};
	const char *made_at = db_get(now, 0, "now");
	int rc = export_write(&o, made_at);
	buf_free(&o.page);
	long long json_bytes = 0, html_bytes = 0;
	int closed = close_file(json, &json_bytes);
	closed |= close_file(html, &html_bytes);
	char *final_json = arena_printf(req->arena, "%s/%s.json", dir, name);
	char *final_html = arena_printf(req->arena, "%s/%s.html", dir, name);
	if (rc < 0 || closed < 0 || rename(tmp_json, final_json) != 0) {
		if (rc == 0)
			log_msg(req->id, "export: cannot finish %s: %s", tmp_json, strerror(errno));
		unlink(tmp_json);
		unlink(tmp_html);
		db_rollback(req);
		return rc < 0 && req->db_failed ? -1 : unavailable(req);
	}
	/* From here the files follow the answer: removed unless it succeeds. */
	app_file_written(req, final_json);
	if (rename(tmp_html, final_html) != 0) {
		unlink(tmp_html);
		db_rollback(req);
		return unavailable(req);
	}
	app_file_written(req, final_html);
	if (db_exec(req, SQL_INSERT, db_int(uid), db_text(name), db_int(json_bytes),
	            db_int(html_bytes)) < 0 ||
	    db_commit(req) < 0) {
		db_rollback(req);
		return -1;
	}
	if (previous->nrows) {
		const char *old = db_get(previous, 0, "name");
		app_file_unneeded(req, arena_printf(req->arena, "%s/%s.json", dir, old));
		app_file_unneeded(req, arena_printf(req->arena, "%s/%s.html", dir, old));
	}
	return res_redirect(req, "/account/privacy/export");
}

/* nginx sends the file (X-Accel-Redirect) from its internal location. */
static int download(struct request *req, const char *ext)
{
	struct db_rows *r = db_query(req, SQL_NEWEST, db_int(req->user.id));
	if (!r)
		return -1;
	if (r->nrows == 0)
		return page_error(
		    req, 404,
		    _("You have no export from the last day. Exports are deleted after "
		      "a day: make a new one."));
	const char *name = db_get(r, 0, "name");
	if (strlen(name) != 32 || strspn(name, "0123456789abcdef") != 32)
		return page_error(req, 404, _("You have no export from the last day."));
	res_header(req, "X-Accel-Redirect", arena_printf(req->arena, "/_exports/%s.%s", name, ext));
	res_header(req, "Content-Disposition",
	           arena_printf(req->arena, "%s; filename=\"opbak-%s-%s.%s\"",
	                        strcmp(ext, "json") == 0 ? "attachment" : "inline",
	                        req->user.handle, db_get(r, 0, "day"), ext));
	/* nginx keeps the answer's type over its own for the file. */
	req->res->content_type = strcmp(ext, "json") == 0 ? "application/json; charset=utf-8"
	                                                  : "text/html; charset=utf-8";
	req->res->status = 200;
	return 200;
}

int export_json_fn(struct request *req)
{
	return download(req, "json");
}

int export_html_fn(struct request *req)
{
	return download(req, "html");
}
