/* SCAFFOLD: replaced by its owner (goals.h names what it holds). */
#include "goals.h"
#include "i18n.h"
#include "page.h"

const struct field checklist_fields[] = {FIELDS_END};
const struct field checklist_item_fields[] = {FIELDS_END};
const struct field checklist_tick_fields[] = {FIELDS_END};

int checklists_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int checklist_create_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int checklist_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int checklist_add_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int checklist_tick_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int checklist_remove_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int checklist_reset_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int checklist_delete_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}
