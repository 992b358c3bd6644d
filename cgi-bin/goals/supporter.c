/* SCAFFOLD: replaced by its owner (goals.h names what it holds). */
#include "goals.h"
#include "i18n.h"
#include "page.h"

const struct field supporter_join_fields[] = {FIELDS_END};

int supporter_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int supporter_join_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int supporter_participant_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int supporter_encourage_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}
