/* SCAFFOLD: replaced by its owner (goals.h names what it holds). */
#include "goals.h"
#include "page.h"

int goals_item_input(struct request *req, struct item_input *in)
{
	(void)in;
	return page_error(req, 400, "not yet");
}

void goals_item_form(struct request *req, struct tmpl_dict *d, const struct goal_item *it)
{
	(void)req, (void)d, (void)it;
}

int goals_tree(struct request *req, struct tmpl_dict *d, long long participant_id,
               enum goals_viewer as, const char *link_prefix)
{
	(void)req, (void)d, (void)participant_id, (void)as, (void)link_prefix;
	return 0;
}
