/* retention.c - scaffold: its owner replaces this file. */
#include "retention.h"
const struct retention_rule retention_rules[] = {{"inbox_retention_days", RETENTION_DAYS, 180, 1, 3650, "", "", ""}};
const size_t retention_nrules = 1;
int retention_values(struct request *req, long long *out) { (void)req; out[0] = 180; return 0; }
int retention_run(struct request *req) { (void)req; return 0; }
void retention_hourly(struct request *req) { (void)req; }
