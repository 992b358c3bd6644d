/*
 * notice.c - a short page for an answer that is not a form: "you have
 * already voted for this backing", with the way back to where the member
 * was. page_error() says what went wrong in general; this says it about
 * the thing he was looking at.
 */
#include "form.h"
#include "page.h"
#include "post.h"
#include "tmpl.h"

int post_notice(struct request *req, int status, const char *heading, const char *message,
                const char *back, const char *back_label)
{
	struct tmpl_dict *d = page_begin(req, heading, "post/notice.tpl");
	tmpl_set(d, "heading", heading);
	tmpl_set(d, "message", message);
	if (back) {
		tmpl_show(d, "back");
		tmpl_set(d, "back_url", back);
		tmpl_set(d, "back_label", back_label);
	}
	return page_end(req, status);
}

void post_refill(struct tmpl_dict *d, const struct form *f, const char *notice)
{
	if (f)
		form_fill(f, d);
	if (notice) {
		tmpl_show(d, "refused");
		tmpl_set(d, "refused_message", notice);
	}
}
