/* admin_retention.c - scaffold: its owner replaces this file. */
#include "account.h"
#include "page.h"
int admin_retention_fn(struct request *req) { return page_error(req, 404, "not yet"); }
int admin_retention_save_fn(struct request *req) { return page_error(req, 404, "not yet"); }
const struct field admin_retention_fields[] = {FIELDS_END};
