/* SCAFFOLD: replaced by its owner (goals.h names what it holds). */
#include "goals.h"
#include "i18n.h"
#include "page.h"

int progress_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}
