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

enum retention_unit { RETENTION_MINUTES, RETENTION_DAYS };

struct retention_rule {
	const char *setting; /* settings.name */
	enum retention_unit unit;
	long long dflt, min, max;
	const char *what; /* N_(): the kind of data, as the member reads it */
	const char *why;  /* N_(): why it is kept */
	const char *who;  /* N_(): who can see it */
};

/* Every rule, in the order the pages show them; retention_nrules of them. */
extern const struct retention_rule retention_rules[];
extern const size_t retention_nrules;

/* Each rule's period now (settings, else its default) into
 * out[retention_nrules]. -1 on database failure. */
int retention_values(struct request *req, long long *out);

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
