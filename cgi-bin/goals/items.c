/* SCAFFOLD: replaced by its owner (goals.h names what it holds). */
#include "goals.h"
#include "i18n.h"
#include "page.h"

const struct field item_new_query[] = {FIELDS_END};
const struct field item_fields[] = {FIELDS_END};
const struct field item_status_fields[] = {FIELDS_END};
const struct field item_change_fields[] = {FIELDS_END};
const struct field item_share_fields[] = {FIELDS_END};

int goals_list_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int item_new_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int item_create_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int item_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int item_edit_form_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int item_edit_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int item_done_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int item_status_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int item_accept_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int item_change_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int item_share_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int item_delete_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}
