/* SCAFFOLD: replaced by its owner (goals.h names what it holds). */
#include "goals.h"
#include "i18n.h"
#include "page.h"

const struct field chat_fields[] = {FIELDS_END};
const struct field chat_query[] = {FIELDS_END};

int chats_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int chat_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int chat_send_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int chat_live_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}
