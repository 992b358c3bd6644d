/* SCAFFOLD: replaced by its owner (goals.h names what it holds). */
#include "goals.h"
#include "i18n.h"
#include "page.h"

const struct field programme_fields[] = {FIELDS_END};
const struct field programme_coach_fields[] = {FIELDS_END};
const struct field programme_assign_fields[] = {FIELDS_END};

int programmes_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int programme_create_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int programme_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int programme_coach_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int programme_assign_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}
