/* privacy.c - scaffold: its owner replaces this file. */
#include "account.h"
#include "page.h"
int privacy_fn(struct request *req) { return page_error(req, 404, "not yet"); }
