/* SCAFFOLD: replaced by its owner (goals.h names what it holds). */
#include "goals.h"
#include "i18n.h"
#include "page.h"

int people_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int people_employer_consent_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int people_employer_end_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int people_relative_invite_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int people_relative_end_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}
