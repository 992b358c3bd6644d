/* looked.c - scaffold: its owner replaces this file. */
#include "account.h"
#include "page.h"
int looked_fn(struct request *req) { return page_error(req, 404, "not yet"); }
const struct field looked_query_fields[] = {FIELDS_END};
