/*
 * feedback.c - "Tell us what would help": a small form on every goals
 * page (goals.h, goals_feedback_form), folded away in a <details> so it
 * stays calm. It posts to the community's /feedback (cgi-bin/post/
 * feedback.c: its kinds, limits, hourly cap and thank-you page) with
 * area=goals, so the team reads it with the rest and sees where it came
 * from. The kinds and labels here are the same values and words as
 * post/feedback.c's.
 */
#include "auth.h"
#include "goals.h"
#include "i18n.h"
#include "limits.h"
#include "tmpl.h"

static const char *const kind_values[] = {"good", "better", "problem", NULL};
static const char *const kind_labels[] = {
    N_("Something is good"),
    N_("Something could be better"),
    N_("Something does not work"),
};

void goals_feedback_form(struct request *req, struct tmpl_dict *d)
{
	/* An include's dictionary does not inherit its parent's values. */
	struct tmpl_dict *f = tmpl_include(d, "feedback_form", "goals/feedback_form.tpl");
	tmpl_set(f, "csrf", auth_csrf_token(req));
	for (size_t i = 0; kind_values[i]; i++) {
		struct tmpl_dict *o = tmpl_add(f, "kind_option");
		tmpl_set(o, "value", kind_values[i]);
		tmpl_set(o, "label", _(kind_labels[i]));
		if (i == 1) /* what would help: most often something to do better */
			tmpl_show(o, "checked");
	}
	tmpl_set_int(f, "body_min", LIMIT_FEEDBACK_MIN);
	tmpl_set_int(f, "body_max", LIMIT_FEEDBACK_MAX);
}
