/* SCAFFOLD: replaced by its owner (goals.h names what it holds). */
#include "goals.h"
#include "i18n.h"
#include "page.h"

const struct field indicator_fields[] = {FIELDS_END};
const struct field indicator_rate_fields[] = {FIELDS_END};
const struct field indicator_share_fields[] = {FIELDS_END};

int indicators_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int indicator_create_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int indicator_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int indicator_rate_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int indicator_share_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}

int indicator_delete_fn(struct request *req)
{
	return page_error(req, 404, "not yet");
}
int goals_indicators_show(struct request *req, struct tmpl_dict *d, long long participant_id,
                          enum goals_viewer as)
{
	(void)req, (void)d, (void)participant_id, (void)as;
	return 0;
}
