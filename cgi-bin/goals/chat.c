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
long long chat_ensure(struct request *req, long long participant_id, long long other_id,
                      const char *kind)
{
	(void)req, (void)participant_id, (void)other_id, (void)kind;
	return -1;
}
