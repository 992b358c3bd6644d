/*
 * reports.c - the report reasons (see reports.h).
 */
#include "reports.h"

#include <string.h>

#include "i18n.h"

const struct report_reason report_reasons[] = {
    {"bullying", N_("Bullying or harassment"), 0},
    {"personal_info", N_("Personal information: a name, phone number, address or photo"), 1},
    {"sexual_minors", N_("Sexual content involving someone under 18"), 2},
    {"self_harm", N_("Someone may hurt himself"), 2},
    {"spam", N_("Spam or advertising"), 0},
    {"illegal", N_("Something illegal"), 1},
    {"other", N_("Something else"), 0},
};
const size_t report_nreasons = sizeof report_reasons / sizeof report_reasons[0];

const char *const report_reason_values[] = {
    "bullying", "personal_info", "sexual_minors", "self_harm", "spam", "illegal", "other", NULL,
};

const struct report_reason *report_reason_find(const char *value)
{
	for (size_t i = 0; value && i < report_nreasons; i++)
		if (strcmp(value, report_reasons[i].value) == 0)
			return &report_reasons[i];
	return NULL;
}

const char *report_reason_label(const char *value)
{
	const struct report_reason *r = report_reason_find(value);
	return r ? _(r->label) : value;
}
