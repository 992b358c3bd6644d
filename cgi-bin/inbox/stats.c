/*
 * stats.c - GET /inbox/stats?weeks=4|12|52: the inbox's figures for the
 * team and its funders (issue 11). Counts and times only: no subject,
 * no text, no member's name ever reaches this page (the one query reads
 * none of them); the support persons are named, with what they did.
 *
 *   per week   (ISO weeks, Monday to Sunday on the wall clock of the
 *              site's time zone, newest first): questions asked, how
 *              many have had an answer, the median time to the first
 *              answer, the share answered within 24 hours of all asked;
 *   per topic  the same, by the topic of the post a question is about
 *              ("No post" for the rest), in the reader's language;
 *   per person the questions each support person answered first, and
 *              his median time to that answer.
 *
 * The first answer is the first message (kind 'message', never a note)
 * whose author is not the member; its time is that message's created_at
 * minus the question's. A question is counted in the week it was asked.
 *
 * One prepared query reads one row per question asked in the period
 * (newest first, at most STATS_QUESTIONS_MAX: the page says when it
 * stopped there); the medians are computed here, one sort per table.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "db.h"
#include "form.h"
#include "frag.h"
#include "i18n.h"
#include "inbox.h"
#include "page.h"
#include "response.h"
#include "tmpl.h"
#include "topics.h"
#include "when.h"

/* Seconds within which an answer counts as "within 24 hours". */
#define STATS_DAY_SECONDS (24 * 3600)

/*
 * One row per question asked since ? (UTC): when, the seconds to its
 * first answer (NULL: none yet), who gave it, the topic of its post.
 * The first answer's id comes from the thread index
 * (question_messages_thread: question_id, id), one short range per
 * question; questions has no index on created_at, so the period is a
 * scan of questions (100,000 in the bench: see the report in
 * tests/bench), bounded by the LIMIT.
 */
/* The newest question and message: the kept tables' key (stats_fn). */
static const char SQL_NEWEST[] = "SELECT COALESCE((SELECT MAX(id) FROM questions), 0) AS q, "
                                 "COALESCE((SELECT MAX(id) FROM question_messages), 0) AS m";

static const char SQL_ROWS[] =
    "SELECT x.id AS id, x.created_at AS created_at, "
    "GREATEST(TIMESTAMPDIFF(SECOND, x.created_at, f.created_at), 0) AS wait, "
    "f.author_id AS answerer_id, s.handle AS answerer, t.id AS topic_id, " TOPIC_NAME(
        "topic") "FROM (SELECT q.id AS id, q.created_at AS created_at, q.post_id AS post_id, "
                 "(SELECT m.id FROM question_messages m WHERE m.question_id = q.id AND m.kind = "
                 "'message' "
                 "AND (m.author_id IS NULL OR m.author_id <> q.member_id) ORDER BY m.id LIMIT 1) "
                 "AS first_id "
                 "FROM questions q WHERE q.created_at >= ? ORDER BY q.id DESC LIMIT ?) x "
                 "LEFT JOIN question_messages f ON f.id = x.first_id "
                 "LEFT JOIN users s ON s.id = f.author_id "
                 "LEFT JOIN posts p ON p.id = x.post_id "
                 "LEFT JOIN topics t ON t.id = p.topic_id " TOPIC_TEXTS_JOIN;

/* ?weeks=: the periods, and the one shown without a choice (12). */
static const char *const weeks_keys[] = {"4", "12", "52", NULL};
static const int weeks_values[] = {4, 12, 52};
#define WEEKS_DEFAULT 1
#define WEEKS_MAX     52 /* the longest period: room for its Mondays */

const struct field stats_query[] = {
    CHOICE_FIELD("weeks", N_("Period"), weeks_keys, 0),
    FIELDS_END,
};

/* One line of a table: what is counted, and the waits of its answered
 * questions (filled by one sort over the whole table, see summarize). */
struct line {
	long long key; /* week index, topic id (0: no post), answerer id */
	const char *name;
	const char *lang; /* a topic's name's language */
	long long asked, answered, within, median;
};

/* An answered question in one table: its line and its wait. */
struct wait {
	size_t line;
	long long seconds;
};

static int wait_order(const void *a, const void *b)
{
	const struct wait *x = a, *y = b;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return (x->seconds > y->seconds) - (x->seconds < y->seconds);
}

/* Sort a table's n waits and set each line's answered, within and median
 * (of an even count, the mean of the two middle ones, rounded down). */
static void summarize(struct line *lines, struct wait *w, size_t n)
{
	qsort(w, n, sizeof *w, wait_order);
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && w[j].line == w[i].line)
			j++;
		struct line *l = &lines[w[i].line];
		size_t count = j - i, mid = i + count / 2;
		l->answered = (long long)count;
		l->median = count % 2 ? w[mid].seconds : (w[mid - 1].seconds + w[mid].seconds) / 2;
		for (size_t k = i; k < j; k++)
			l->within += w[k].seconds <= STATS_DAY_SECONDS;
		i = j;
	}
}

/* Lines by what they counted (asked, then answered), most first, then
 * by name ("No post", which has none, last of its count). */
static int line_order(const void *a, const void *b)
{
	const struct line *x = a, *y = b;
	if (x->asked != y->asked)
		return x->asked > y->asked ? -1 : 1;
	if (x->answered != y->answered)
		return x->answered > y->answered ? -1 : 1;
	if (!x->name || !y->name)
		return !x->name - !y->name;
	return strcmp(x->name, y->name);
}

/* The line with key in lines[0..*n), added when new (room is there:
 * a table has at most one line per row). */
static size_t line_of(struct line *lines, size_t *n, long long key, const char *name,
                      const char *lang)
{
	for (size_t i = 0; i < *n; i++)
		if (lines[i].key == key)
			return i;
	lines[*n] = (struct line){.key = key, .name = name, .lang = lang};
	return (*n)++;
}

/* A wait in words: "45 min", "3 h 20 min", "2 h", "1 d 6 h" (rounded to
 * the minute; under half a minute is "0 min"). */
static const char *duration_words(struct request *req, long long seconds)
{
	struct arena *a = req->arena;
	long long m = (seconds + 30) / 60, d = m / 1440, h = m % 1440 / 60;
	m %= 60;
	const char *days = arena_printf(a, ngettext("%lld d", "%lld d", (unsigned long)d), d);
	const char *hours = arena_printf(a, ngettext("%lld h", "%lld h", (unsigned long)h), h);
	const char *minutes =
	    arena_printf(a, ngettext("%lld min", "%lld min", (unsigned long)m), m);
	if (d)
		return h ? arena_printf(a, "%s %s", days, hours) : days;
	if (h)
		return m ? arena_printf(a, "%s %s", hours, minutes) : hours;
	return minutes;
}

/* The median as words and as an ISO 8601 duration (<time datetime>), or
 * a dash when nothing was answered. */
static void set_median(struct request *req, struct tmpl_dict *row, const struct line *l)
{
	if (!l->answered) {
		tmpl_show(row, "no_median");
		return;
	}
	struct tmpl_dict *t = tmpl_add(row, "median");
	tmpl_set(t, "words", duration_words(req, l->median));
	tmpl_set(t, "iso", arena_printf(req->arena, "PT%lldS", l->median));
}

/* A table's counts; share within 24 h of those asked (rounded). */
static void set_counts(struct request *req, struct tmpl_dict *row, const struct line *l)
{
	tmpl_set_int(row, "asked", l->asked);
	tmpl_set_int(row, "answered", l->answered);
	long long share = l->asked ? (l->within * 100 + l->asked / 2) / l->asked : 0;
	tmpl_set(row, "share", arena_printf(req->arena, _("%lld%%"), share));
	set_median(req, row, l);
}

/* A time as the DATETIME (UTC) the database compares with. */
static const char *utc_datetime(struct request *req, time_t t)
{
	struct tm tm;
	char s[32];
	gmtime_r(&t, &tm);
	strftime(s, sizeof s, "%Y-%m-%d %H:%M:%S", &tm);
	return arena_strdup(req->arena, s);
}

/* The tables of a period of nweeks (inbox/stats_tables.tpl) into d:
 * feed_fill's shape for the kept piece. */
static int fill_tables(struct request *req, struct tmpl_dict *d, int nweeks)
{
	/* The Mondays, 00:00 on the site's wall clock, newest first: week i
	 * runs from monday[i] to monday[i - 1] (the current one to now). */
	time_t now = time(NULL), monday[WEEKS_MAX];
	when_zone(req); /* lends the site's zone to localtime/mktime */
	struct tm today;
	localtime_r(&now, &today);
	for (int i = 0; i < nweeks; i++) {
		struct tm tm = today;
		tm.tm_mday -= (today.tm_wday + 6) % 7 + 7 * i;
		tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
		tm.tm_isdst = -1;
		monday[i] = mktime(&tm);
	}

	struct db_rows *r = db_query(req, SQL_ROWS, db_text(utc_datetime(req, monday[nweeks - 1])),
	                             db_int(STATS_QUESTIONS_MAX + 1), db_text(i18n_lang()));
	if (!r)
		return -1;
	size_t n = r->nrows > STATS_QUESTIONS_MAX ? STATS_QUESTIONS_MAX : r->nrows;

	struct line *weeks = arena_calloc(req->arena, (size_t)nweeks, sizeof *weeks);
	struct line *topics = arena_calloc(req->arena, n + 1, sizeof *topics);
	struct line *people = arena_calloc(req->arena, n + 1, sizeof *people);
	struct wait *wk = arena_calloc(req->arena, n + 1, sizeof *wk);
	struct wait *tw = arena_calloc(req->arena, n + 1, sizeof *tw);
	struct wait *pw = arena_calloc(req->arena, n + 1, sizeof *pw);
	struct wait *all = arena_calloc(req->arena, n + 1, sizeof *all);
	size_t ntopics = 0, npeople = 0, nanswered = 0, npw = 0;
	struct line total = {0};
	for (size_t i = 0; i < n; i++) {
		time_t at = when_parse(db_get(r, i, "created_at"));
		int w = 0;
		while (w < nweeks - 1 && at < monday[w])
			w++;
		const char *topic = db_get(r, i, "topic");
		size_t t = line_of(topics, &ntopics, topic ? db_get_int(r, i, "topic_id") : 0,
		                   topic, topic ? db_get(r, i, "topic_lang") : NULL);
		weeks[w].asked++;
		topics[t].asked++;
		total.asked++;
		if (!db_get(r, i, "wait"))
			continue;
		long long seconds = db_get_int(r, i, "wait");
		wk[nanswered] = (struct wait){(size_t)w, seconds};
		tw[nanswered] = (struct wait){t, seconds};
		all[nanswered] = (struct wait){0, seconds};
		nanswered++;
		/* An answer by an account since deleted counts above, and for
		 * nobody here. */
		if (db_get(r, i, "answerer")) {
			size_t p = line_of(people, &npeople, db_get_int(r, i, "answerer_id"),
			                   db_get(r, i, "answerer"), NULL);
			pw[npw++] = (struct wait){p, seconds};
		}
	}
	summarize(&total, all, nanswered);
	summarize(weeks, wk, nanswered);
	summarize(topics, tw, nanswered);
	summarize(people, pw, npw);
	/* Most questions first; the same count by name. */
	qsort(topics, ntopics, sizeof *topics, line_order);
	qsort(people, npeople, sizeof *people, line_order);

	/* In a section of its own: a table's row without a median must not
	 * find the total's (a section is looked up in the parents too). */
	set_counts(req, tmpl_add(d, "total"), &total);
	if (r->nrows > n)
		tmpl_set_int(tmpl_add(d, "cut"), "max", STATS_QUESTIONS_MAX);

	for (int i = 0; i < nweeks; i++) {
		struct tmpl_dict *row = tmpl_add(d, "week");
		struct tm tm;
		char iso[16], number[4], year[8];
		localtime_r(&monday[i], &tm);
		strftime(iso, sizeof iso, "%G-W%V", &tm);
		strftime(number, sizeof number, "%V", &tm);
		strftime(year, sizeof year, "%G", &tm);
		tmpl_set(row, "week_iso", iso);
		tmpl_set(row, "week",
		         arena_printf(req->arena, _("Week %d, %s"), atoi(number), year));
		tmpl_set(row, "from", when_text(req, utc_datetime(req, monday[i]), WHEN_DAY, now));
		set_counts(req, row, &weeks[i]);
	}
	for (size_t i = 0; i < ntopics; i++) {
		struct tmpl_dict *row = tmpl_add(d, "topic");
		if (topics[i].name) {
			struct tmpl_dict *t = tmpl_add(row, "named");
			tmpl_set(t, "name", topics[i].name);
			tmpl_set(t, "lang", topics[i].lang);
		} else
			tmpl_show(row, "no_post");
		set_counts(req, row, &topics[i]);
	}
	for (size_t i = 0; i < npeople; i++) {
		struct tmpl_dict *row = tmpl_add(d, "person");
		tmpl_set(row, "handle", people[i].name);
		tmpl_set_int(row, "answered", people[i].answered);
		set_median(req, row, &people[i]);
	}
	if (!ntopics)
		tmpl_show(d, "no_topics");
	if (!npeople)
		tmpl_show(d, "no_people");
	return 0;
}

int stats_fn(struct request *req)
{
	long long chosen = req_int(req, "weeks");
	int nweeks = weeks_values[chosen < 0 ? WEEKS_DEFAULT : chosen];
	/* The tables are kept per worker (frag.h) under the period and the
	 * newest question and message: any new one makes them again, and the
	 * minute turning does anyway (a closed conversation deleted). */
	struct db_rows *newest = db_query(req, SQL_NEWEST);
	if (!newest)
		return -1;
	const char *key = arena_printf(req->arena, "inbox-stats-%d-%s-%s", nweeks,
	                               db_get(newest, 0, "q"), db_get(newest, 0, "m"));
	const struct frag *f = frag_get(req, key);
	if (!f) {
		if (req->db_failed)
			return -1;
		struct tmpl_dict *t = tmpl_new("inbox/stats_tables.tpl");
		struct buf html = {0};
		int rc = fill_tables(req, t, nweeks);
		if (rc == 0 && tmpl_expand("inbox/stats_tables.tpl", t, &html) < 0)
			rc = -1;
		tmpl_free(t);
		if (rc == 0)
			f = frag_put(req, key, html.data ? html.data : "", html.len, NULL);
		buf_free(&html);
		if (rc != 0)
			return rc;
	}
	struct tmpl_dict *d = page_begin(req, _("Inbox statistics"), "inbox/stats.tpl");
	for (int i = 0; weeks_keys[i]; i++) {
		struct tmpl_dict *c = tmpl_add(d, "period");
		tmpl_set(c, "key", weeks_keys[i]);
		tmpl_set(
		    c, "label",
		    arena_printf(req->arena,
		                 ngettext("%d week", "%d weeks", (unsigned long)weeks_values[i]),
		                 weeks_values[i]));
		if (weeks_values[i] == nweeks)
			tmpl_show(c, "current");
	}
	tmpl_set_int(d, "weeks", nweeks);
	tmpl_set(d, "zone", when_zone(req));
	tmpl_setn(d, "tables", f->html, f->len);
	return page_end(req, 200);
}
