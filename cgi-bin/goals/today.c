/* SCAFFOLD: replaced by its owner (goals.h names what it holds). */
#include "goals.h"
#include "i18n.h"
#include "page.h"

const struct field today_query[] = {FIELDS_END};

int today_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}
