/* SCAFFOLD: replaced by its owner (goals.h names what it holds). */
#include "goals.h"
#include "i18n.h"
#include "page.h"

int calendar_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int calendar_renew_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int calendar_feed_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}
