/*
 * home.c - GET /: what Opbak is, and the way in.
 */
#include "feed.h"
#include "i18n.h"
#include "page.h"
#include "tmpl.h"

int home_fn(struct request *req)
{
	struct tmpl_dict *d = page_begin(req, _("Back each other up"), "feed/home.tpl");
	if (req->user.id) {
		tmpl_show(d, "member");
		tmpl_set(d, "handle", req->user.handle);
	} else {
		tmpl_show(d, "guest");
	}
	return page_end(req, 200);
}
