/* SCAFFOLD: replaced by its owner (goals.h names what it holds). */
#include "goals.h"
#include "i18n.h"
#include "page.h"

const struct field coach_propose_query[] = {FIELDS_END};
const struct field coach_feedback_fields[] = {FIELDS_END};
const struct field coach_employer_fields[] = {FIELDS_END};

int caseload_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int coach_participant_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int coach_propose_form_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int coach_propose_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int coach_item_edit_form_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int coach_item_edit_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int coach_feedback_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int coach_employer_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int coach_employer_end_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}
