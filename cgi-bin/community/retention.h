/*
 * retention.h - how long Opbak keeps what, in one table (issue 14).
 *
 * The same rules drive three things, so they cannot drift apart:
 *   - the retention job (retention_run), which deletes what is past its
 *     time;
 *   - what a member reads at /account/privacy ("What we keep about you");
 *   - the admin's settings at /admin/retention.
 * A rule's period is a row of settings (sql/024; closed conversations keep
 * inbox_retention_days of sql/014) with a default when the row is absent
 * or not a number in the rule's range.
 */
#ifndef OPBAK_RETENTION_H
#define OPBAK_RETENTION_H

#include "request.h"
#include "tmpl.h"

/* RETENTION_ACCOUNT: kept as long as the account exists (his posts, his
 * goals, ...): no period, no setting; the job leaves these alone and the
 * member's page says so. */
enum retention_unit { RETENTION_MINUTES, RETENTION_DAYS, RETENTION_ACCOUNT };

/* A rule with setting == NULL is fixed: its period is dflt (exports: one
 * day; sessions: SESSION_DAYS), or none for RETENTION_ACCOUNT. Only rules
 * with a setting are the admin's to change (/admin/retention). */
struct retention_rule {
	const char *setting; /* settings.name, or NULL (fixed, see above) */
	enum retention_unit unit;
	long long dflt, min, max;
	const char *what; /* N_(): the kind of data, as the member reads it */
	const char *why;  /* N_(): why it is kept */
	const char *who;  /* N_(): who can see it */
};

/* Every rule, in the order the pages show them; retention_nrules of them,
 * at most RETENTION_RULES_MAX (room for an array of values). */
#define RETENTION_RULES_MAX 16
extern const struct retention_rule retention_rules[];
extern const size_t retention_nrules;

/* Each rule's period now (settings, else its default) into
 * out[retention_nrules] (0 for RETENTION_ACCOUNT). -1 on database failure. */
int retention_values(struct request *req, long long *out);

/* A setting's text as a period of rule: a whole number in min..max.
 * 0 and *out set, or -1. */
int retention_parse(const struct retention_rule *rule, const char *text, long long *out);

/* A period as a member reads it, in his language, in req's arena: "15
 * minutes", "180 days", "2 years" (a whole number of 365-day years), "As
 * long as your account exists". */
const char *retention_period_text(struct request *req, const struct retention_rule *rule,
                                  long long value);

/* The index of the rule with this setting, or -1. */
int retention_find(const char *setting);

/* Days between the warning of an account nobody logs in to and its
 * deletion (the issue: "told a month before"). */
#define RETENTION_WARN_DAYS 30

/* The part of the job that runs on every hourly call, not only daily:
 * failed logins and their addresses are forgotten once throttling no
 * longer needs them. */
int retention_throttle(struct request *req);

/* Apply every rule once: delete in batches what is past its time,
 * warn accounts a month before they go for want of a login, erase
 * (ERASE_KEEP) those warned at least a month ago, remove exports older
 * than a day (rows and files). No long transactions: each batch commits.
 * Safe to run twice at once. Logs what it removed. -1 on failure. */
int retention_run(struct request *req);

/* The account executable's hourly job: runs retention_run when the
 * worker starts and then once a day, claimed through the settings row
 * retention_ran_at so that one worker of all runs it. */
void retention_hourly(struct request *req);

#endif
