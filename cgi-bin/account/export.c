/* export.c - scaffold: its owner replaces this file. */
#include "account.h"
#include "page.h"
int export_page_fn(struct request *req) { return page_error(req, 404, "not yet"); }
int export_make_fn(struct request *req) { return page_error(req, 404, "not yet"); }
int export_json_fn(struct request *req) { return page_error(req, 404, "not yet"); }
int export_html_fn(struct request *req) { return page_error(req, 404, "not yet"); }
