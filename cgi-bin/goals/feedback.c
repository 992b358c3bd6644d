/* SCAFFOLD: replaced by its owner (goals.h names what it holds). */
#include "goals.h"

void goals_feedback_form(struct request *req, struct tmpl_dict *d)
{
	(void)req, (void)d;
}
