/*
 * topics.c - the rule of a topic's address (see topics.h).
 */
#include "topics.h"

#include <string.h>

#include "limits.h"

int topic_slug_valid(const char *s)
{
	size_t n = s ? strlen(s) : 0;
	if (n < 2 || n > LIMIT_TOPIC_SLUG_MAX)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
			return 0;
	return 1;
}
