/* consents.c - scaffold: its owner replaces this file. */
#include "account.h"
#include "page.h"
int consents_fn(struct request *req) { return page_error(req, 404, "not yet"); }
int consent_withdraw_fn(struct request *req) { return page_error(req, 404, "not yet"); }
const struct field consent_withdraw_fields[] = {FIELDS_END};
