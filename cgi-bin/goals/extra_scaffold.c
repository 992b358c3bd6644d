/* SCAFFOLD: replaced by its owner (goals.h names what it holds). */
#include "goals.h"

int goals_parse_date(const char *s, int *year, int *month, int *day)
{
	(void)s, (void)year, (void)month, (void)day;
	return -1;
}

int goals_parse_time(const char *s, int *hour, int *minute)
{
	(void)s, (void)hour, (void)minute;
	return -1;
}

void goals_feedback_form(struct request *req, struct tmpl_dict *d)
{
	(void)req, (void)d;
}

long long chat_ensure(struct request *req, long long participant_id, long long other_id,
                      const char *kind)
{
	(void)req, (void)participant_id, (void)other_id, (void)kind;
	return -1;
}
