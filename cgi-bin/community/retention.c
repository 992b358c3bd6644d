/*
 * retention.c - how long Opbak keeps what (retention.h), and the job that
 * deletes what is past its time.
 *
 * The rule table below is the only place a period lives: the job reads
 * it, /account/privacy prints it (what, why, who, how long) and
 * /admin/retention edits the settings it names. A period the admin set
 * that is not a whole number in the rule's range counts as the default,
 * so a hand-edited row cannot switch a rule off.
 *
 * The job (retention_run) deletes in batches of RETENTION_BATCH rows,
 * each its own statement under autocommit, so no lock is held for long
 * and a second worker running at the same time only finds less to do.
 * Accounts nobody logs in to are warned (a notification the header shows)
 * RETENTION_WARN_DAYS before their time, and erased, the gentle way
 * (ERASE_KEEP: posts and backings stay under "a former member"), once
 * their time is past AND they were warned that long ago: nobody goes
 * without having been told. Reserved accounts ("anonym", "former_member":
 * the hash '!') are never warned or erased.
 *
 * retention_hourly: the whole job once when a worker starts (unless a
 * run began less than a minute ago: workers start together) and then
 * once a day, claimed through the settings row retention_ran_at by one
 * UPDATE that only one worker can win. Failed logins (with the address
 * they came from) are pruned on every hourly call, not only daily: they
 * are kept only while throttling needs them.
 */
#include "retention.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "db.h"
#include "erase.h"
#include "i18n.h"
#include "limits.h"
#include "log.h"
#include "users.h"

#define RETENTION_BATCH       1000 /* rows one statement deletes at most */
#define RETENTION_EXPORT_DAYS 1    /* an export is kept a day (fixed) */
#define RETENTION_CLAIM_START 1    /* minutes: workers starting together run it once */
#define RETENTION_CLAIM_DAILY (24 * 60)

/* The order the pages show. Indexes of the rules the job applies: */
enum { R_INBOX, R_AUDIT, R_THROTTLE, R_NOTIFICATIONS, R_INACTIVE, R_EXPORTS };

const struct retention_rule retention_rules[] = {
    [R_INBOX] = {"inbox_retention_days", RETENTION_DAYS, 180, 1, LIMIT_INBOX_RETENTION_DAYS_MAX,
                 N_("Your conversations with support persons, after they are closed"),
                 N_("So you can read the answer again, and the support person can see what "
                    "was said if you ask again."),
                 N_("You and the support persons.")},
    [R_AUDIT] = {"retention_audit_days", RETENTION_DAYS, 730, 30, 3650,
                 N_("The log of who opened or changed your data (staff, support persons, "
                    "coaches, employers, relatives) and what staff did"),
                 N_("So you can see who looked at your data, and misuse can be found."),
                 N_("You (under Who looked) and the admins.")},
    [R_THROTTLE] = {"retention_throttle_minutes", RETENTION_MINUTES, 15, THROTTLE_WINDOW_MIN,
                    24 * 60,
                    N_("Failed log-ins to your account and the network address they came from"),
                    N_("To stop anyone from guessing your password: too many tries and log-in "
                       "waits a while."),
                    N_("Nobody. Opbak only counts them.")},
    [R_NOTIFICATIONS] = {"retention_notifications_days", RETENTION_DAYS, 90, 1, 3650,
                         N_("Your notifications"),
                         N_("To tell you what happened to your posts, questions and goals."),
                         N_("Only you.")},
    [R_INACTIVE] = {"retention_inactive_days", RETENTION_DAYS, 1095, 90, 3650,
                    N_("Your account, when nobody logs in to it"),
                    N_("An account nobody uses should not stay forever. A month before, the "
                       "top of the page tells you; logging in keeps it. Your posts and "
                       "backings stay, under \"a former member\"."),
                    N_("Nobody: it is deleted.")},
    [R_EXPORTS] = {NULL, RETENTION_DAYS, RETENTION_EXPORT_DAYS, RETENTION_EXPORT_DAYS,
                   RETENTION_EXPORT_DAYS, N_("The copies of your data you export"),
                   N_("So you can download them."), N_("Only you.")},
    {NULL, RETENTION_DAYS, SESSION_DAYS, SESSION_DAYS, SESSION_DAYS,
     N_("The log-in that keeps you logged in on a device (a cookie)"),
     N_("So you do not have to log in on every page. Logging out ends it at once."),
     N_("Only you.")},
    {NULL, RETENTION_ACCOUNT, 0, 0, 0, N_("Your posts and backings, and your votes"),
     N_("They are your advice and support to others. When you leave, you choose whether they "
        "go with you or stay under \"a former member\"."),
     N_("Everyone, under your pseudonym (what a moderator hid: only you and the moderators).")},
    {NULL, RETENTION_ACCOUNT, 0, 0, 0,
     N_("Your goals, checklists and indicators, and what your coach or employer wrote on them"),
     N_("So you can work on them with your coach."),
     N_("You, your coach, and what you chose to share with an employer or a relative.")},
    {NULL, RETENTION_ACCOUNT, 0, 0, 0, N_("Your chats with your coach and your employer"),
     N_("So both of you can read back what was agreed."), N_("You and the one you chat with.")},
    {NULL, RETENTION_ACCOUNT, 0, 0, 0,
     N_("Your account: pseudonym, date of birth, password (only as a scrambled hash), profile "
        "and settings"),
     N_("So you can log in; your date of birth checks the age limit."),
     N_("Your pseudonym and profile: everyone. The rest: only you; the admins when they must "
        "(and you see it under Who looked).")},
};
const size_t retention_nrules = sizeof retention_rules / sizeof retention_rules[0];
_Static_assert(sizeof retention_rules / sizeof retention_rules[0] <= RETENTION_RULES_MAX,
               "RETENTION_RULES_MAX (retention.h) is too small");

static const char SQL_SETTINGS[] =
    "SELECT name, value FROM settings WHERE name IN ('inbox_retention_days', "
    "'retention_audit_days', 'retention_throttle_minutes', 'retention_notifications_days', "
    "'retention_inactive_days')";

static const char SQL_INBOX[] = "DELETE FROM questions WHERE status = 'closed' AND closed_at < "
                                "NOW() - INTERVAL ? DAY ORDER BY id LIMIT ?";
static const char SQL_AUDIT[] =
    "DELETE FROM audit_log WHERE at < NOW() - INTERVAL ? DAY ORDER BY at LIMIT ?";
static const char SQL_FAILURES[] =
    "DELETE FROM login_failures WHERE at < NOW() - INTERVAL ? MINUTE ORDER BY id LIMIT ?";
static const char SQL_THROTTLE_KEYS[] = "DELETE FROM login_throttle_keys WHERE touched_at < "
                                        "NOW() - INTERVAL ? MINUTE ORDER BY touched_at LIMIT ?";
/* A warning stays while it still holds: the member must see it even when
 * notifications are kept a shorter time than the warning lasts. */
static const char SQL_NOTIFICATIONS[] =
    "DELETE FROM notifications WHERE created_at < NOW() - INTERVAL ? DAY "
    "AND NOT (kind = 'account_inactive' AND user_id IN "
    "(SELECT id FROM users WHERE inactive_warned_at IS NOT NULL)) "
    "ORDER BY created_at LIMIT ?";
static const char SQL_EXPORTS_OLD[] = "SELECT id, name FROM exports WHERE created_at < "
                                      "NOW() - INTERVAL ? DAY ORDER BY created_at LIMIT ?";
static const char SQL_EXPORT_GONE[] = "DELETE FROM exports WHERE id = ?";

/* Accounts to warn: their time ends within RETENTION_WARN_DAYS. */
static const char SQL_TO_WARN[] =
    "SELECT id FROM users WHERE last_login_at < NOW() - INTERVAL ? DAY "
    "AND inactive_warned_at IS NULL AND password_hash <> '" USERS_RESERVED_HASH "' "
    "ORDER BY id LIMIT ?";
/* The same test again as the write: a login in between wins, and two
 * workers warn once. */
static const char SQL_WARN[] =
    "UPDATE users SET inactive_warned_at = NOW() WHERE id = ? AND inactive_warned_at IS NULL "
    "AND last_login_at < NOW() - INTERVAL ? DAY AND password_hash <> '" USERS_RESERVED_HASH "'";
static const char SQL_TELL[] =
    "INSERT INTO notifications (user_id, kind) VALUES (?, 'account_inactive')";
static const char SQL_TO_ERASE[] =
    "SELECT id FROM users WHERE last_login_at < NOW() - INTERVAL ? DAY "
    "AND inactive_warned_at < NOW() - INTERVAL ? DAY "
    "AND password_hash <> '" USERS_RESERVED_HASH "' AND id > ? ORDER BY id LIMIT ?";
static const char SQL_ERASE_LOCK[] =
    "SELECT id FROM users WHERE id = ? AND last_login_at < NOW() - INTERVAL ? DAY "
    "AND inactive_warned_at < NOW() - INTERVAL ? DAY "
    "AND password_hash <> '" USERS_RESERVED_HASH "' FOR UPDATE";

/* One UPDATE that only one worker can win: the row is locked by the
 * first, and the others find it no longer matching. */
static const char SQL_CLAIM[] =
    "UPDATE settings SET value = DATE_FORMAT(NOW(), '%Y-%m-%d %H:%i:%s') "
    "WHERE name = 'retention_ran_at' AND "
    "(CAST(value AS DATETIME) IS NULL OR CAST(value AS DATETIME) < NOW() - INTERVAL ? MINUTE)";

int retention_find(const char *setting)
{
	for (size_t i = 0; i < retention_nrules; i++)
		if (retention_rules[i].setting && strcmp(retention_rules[i].setting, setting) == 0)
			return (int)i;
	return -1;
}

int retention_parse(const struct retention_rule *rule, const char *text, long long *out)
{
	if (!text || !*text || strlen(text) > 12)
		return -1;
	for (const char *p = text; *p; p++)
		if (*p < '0' || *p > '9')
			return -1;
	long long n = strtoll(text, NULL, 10);
	if (n < rule->min || n > rule->max)
		return -1;
	*out = n;
	return 0;
}

int retention_values(struct request *req, long long *out)
{
	for (size_t i = 0; i < retention_nrules; i++)
		out[i] = retention_rules[i].unit == RETENTION_ACCOUNT ? 0 : retention_rules[i].dflt;
	struct db_rows *r = db_query(req, SQL_SETTINGS);
	if (!r)
		return -1;
	for (size_t row = 0; row < r->nrows; row++) {
		int i = retention_find(db_get(r, row, "name"));
		long long n;
		if (i >= 0 &&
		    retention_parse(&retention_rules[i], db_get(r, row, "value"), &n) == 0)
			out[i] = n;
	}
	return 0;
}

const char *retention_period_text(struct request *req, const struct retention_rule *rule,
                                  long long value)
{
	if (rule->unit == RETENTION_ACCOUNT)
		return _("As long as your account exists");
	if (rule->unit == RETENTION_MINUTES)
		return arena_printf(req->arena,
		                    ngettext("%lld minute", "%lld minutes", (unsigned long)value),
		                    value);
	if (value >= 365 && value % 365 == 0)
		return arena_printf(
		    req->arena, ngettext("%lld year", "%lld years", (unsigned long)(value / 365)),
		    value / 365);
	return arena_printf(req->arena, ngettext("%lld day", "%lld days", (unsigned long)value),
	                    value);
}

/* Run a DELETE ... LIMIT ? until it deletes less than a batch; each
 * statement commits on its own. The rows deleted, or -1. */
static long long in_batches(struct request *req, const char *sql, long long period)
{
	long long total = 0, n;
	do {
		n = db_exec(req, sql, db_int(period), db_int(RETENTION_BATCH));
		if (n < 0)
			return -1;
		total += n;
	} while (n == RETENTION_BATCH);
	return total;
}

int retention_throttle(struct request *req)
{
	long long v[RETENTION_RULES_MAX];
	if (retention_values(req, v) < 0)
		return -1;
	long long failures = in_batches(req, SQL_FAILURES, v[R_THROTTLE]);
	long long keys = in_batches(req, SQL_THROTTLE_KEYS, v[R_THROTTLE]);
	if (failures < 0 || keys < 0)
		return -1;
	if (failures + keys > 0)
		log_msg(req->id,
		        "retention: %lld failed log-in(s), %lld throttle key(s) over %lld min",
		        failures, keys, v[R_THROTTLE]);
	return 0;
}

static void unlink_in(struct request *req, const char *dir, const char *file)
{
	const char *path = arena_printf(req->arena, "%s/%s", dir, file);
	if (unlink(path) < 0)
		log_msg(req->id, "retention: cannot remove %s", path);
}

/* Exports older than a day: rows first, then their files; then any file
 * left in the folder for more than a day (an unlink that failed, a
 * half-written export). Only plain files, never hidden ones. */
static long long exports(struct request *req)
{
	const char *dir = getenv("OPBAK_EXPORT_DIR");
	long long total = 0;
	for (;;) {
		struct db_rows *r = db_query(req, SQL_EXPORTS_OLD, db_int(RETENTION_EXPORT_DAYS),
		                             db_int(RETENTION_BATCH));
		if (!r)
			return -1;
		for (size_t i = 0; i < r->nrows; i++) {
			long long n = db_exec(req, SQL_EXPORT_GONE, db_int(db_get_int(r, i, "id")));
			if (n < 0)
				return -1;
			const char *name = db_get(r, i, "name");
			if (n == 1 && dir && *dir && strlen(name) == 32 && !strchr(name, '/')) {
				struct stat st;
				const char *json = arena_printf(req->arena, "%s.json", name);
				const char *html = arena_printf(req->arena, "%s.html", name);
				if (stat(arena_printf(req->arena, "%s/%s", dir, json), &st) == 0)
					unlink_in(req, dir, json);
				if (stat(arena_printf(req->arena, "%s/%s", dir, html), &st) == 0)
					unlink_in(req, dir, html);
			}
			total += n;
		}
		if (r->nrows < RETENTION_BATCH)
			break;
	}
	DIR *d = dir && *dir ? opendir(dir) : NULL;
	if (!d)
		return total;
	time_t old = time(NULL) - (time_t)RETENTION_EXPORT_DAYS * 24 * 3600;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		struct stat st;
		const char *path = arena_printf(req->arena, "%s/%s", dir, e->d_name);
		if (lstat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_mtime < old) {
			unlink_in(req, dir, e->d_name);
			total++;
		}
	}
	closedir(d);
	return total;
}

/* Warn, in a transaction each, the accounts whose time ends within
 * RETENTION_WARN_DAYS: the mark and the notification together. */
static long long warn(struct request *req, long long days)
{
	long long total = 0, before = days - RETENTION_WARN_DAYS;
	for (;;) {
		struct db_rows *r =
		    db_query(req, SQL_TO_WARN, db_int(before), db_int(RETENTION_BATCH));
		if (!r)
			return -1;
		for (size_t i = 0; i < r->nrows; i++) {
			long long id = db_get_int(r, i, "id");
			if (db_begin(req) < 0)
				return -1;
			long long n = db_exec(req, SQL_WARN, db_int(id), db_int(before));
			if (n < 0 || (n == 1 && db_exec(req, SQL_TELL, db_int(id)) < 0)) {
				db_rollback(req);
				return -1;
			}
			if (db_commit(req) < 0)
				return -1;
			total += n;
		}
		if (r->nrows < RETENTION_BATCH)
			return total;
	}
}

/* Erase (ERASE_KEEP), one transaction each, the accounts past their time
 * and warned at least RETENTION_WARN_DAYS ago. One that cannot be erased
 * is logged and skipped (it is tried again the next day). */
static long long erase_inactive(struct request *req, long long days, long long *failed)
{
	long long total = 0, after = 0;
	for (;;) {
		struct db_rows *r =
		    db_query(req, SQL_TO_ERASE, db_int(days), db_int(RETENTION_WARN_DAYS),
		             db_int(after), db_int(RETENTION_BATCH));
		if (!r)
			return -1;
		for (size_t i = 0; i < r->nrows; i++) {
			long long id = db_get_int(r, i, "id");
			after = id;
			if (db_begin(req) < 0)
				return -1;
			struct db_rows *still = db_query(req, SQL_ERASE_LOCK, db_int(id),
			                                 db_int(days), db_int(RETENTION_WARN_DAYS));
			if (!still) {
				db_rollback(req);
				return -1;
			}
			if (still->nrows == 0) { /* logged in since, or another worker's */
				db_rollback(req);
				continue;
			}
			if (erase_member(req, id, ERASE_KEEP) < 0) {
				db_rollback(req);
				req->db_failed = 0; /* the next account may go */
				log_msg(req->id, "retention: erasing inactive account %lld failed",
				        id);
				(*failed)++;
				continue;
			}
			if (db_commit(req) < 0)
				return -1;
			total++;
		}
		if (r->nrows < RETENTION_BATCH)
			return total;
	}
}

int retention_run(struct request *req)
{
	long long v[RETENTION_RULES_MAX];
	if (retention_values(req, v) < 0)
		return -1;
	int status = 0;
	if (retention_throttle(req) < 0)
		status = -1;
	long long inbox = in_batches(req, SQL_INBOX, v[R_INBOX]);
	long long audit = in_batches(req, SQL_AUDIT, v[R_AUDIT]);
	long long notes = in_batches(req, SQL_NOTIFICATIONS, v[R_NOTIFICATIONS]);
	long long files = exports(req);
	long long warned = warn(req, v[R_INACTIVE]);
	long long failed = 0;
	long long erased = erase_inactive(req, v[R_INACTIVE], &failed);
	if (inbox < 0 || audit < 0 || notes < 0 || files < 0 || warned < 0 || erased < 0 || failed)
		status = -1;
	log_msg(req->id,
	        "retention: ran: %lld closed conversation(s) over %lld d, %lld audit entr(ies) "
	        "over %lld d, %lld notification(s) over %lld d, %lld export(s) or file(s), "
	        "%lld account(s) warned, %lld erased after %lld d without a login%s",
	        inbox, v[R_INBOX], audit, v[R_AUDIT], notes, v[R_NOTIFICATIONS], files, warned,
	        erased, v[R_INACTIVE], status < 0 ? " (with failures)" : "");
	return status;
}

void retention_hourly(struct request *req)
{
	static int started; /* this worker ran its first call */
	long long minutes = started ? RETENTION_CLAIM_DAILY : RETENTION_CLAIM_START;
	started = 1;
	long long won = db_exec(req, SQL_CLAIM, db_int(minutes));
	if (won < 0) {
		log_msg(req->id, "retention: cannot claim the run");
		return;
	}
	if (won == 0) {
		/* Another worker ran the job (or will); the addresses of failed
		 * logins still go on time. */
		if (retention_throttle(req) < 0)
			log_msg(req->id, "retention: pruning failed log-ins failed");
		return;
	}
	if (retention_run(req) < 0)
		log_msg(req->id, "retention: the run had failures");
}
