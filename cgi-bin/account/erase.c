/* erase.c - scaffold: its owner replaces this file. */
#include "account.h"
#include "page.h"
int erase_form_fn(struct request *req) { return page_error(req, 404, "not yet"); }
int erase_fn(struct request *req) { return page_error(req, 404, "not yet"); }
const struct field erase_fields[] = {FIELDS_END};
