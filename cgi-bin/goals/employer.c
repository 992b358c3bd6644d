/* SCAFFOLD: replaced by its owner (goals.h names what it holds). */
#include "goals.h"
#include "i18n.h"
#include "page.h"

const struct field goals_comment_fields[] = {FIELDS_END};

int employer_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int employer_participant_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int employer_comment_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}
