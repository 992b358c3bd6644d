/*
 * ask.c - GET/POST /post/ask[?post=<id>]: ask a support person for help,
 * about one of my posts or about anything.
 *
 * The member chooses a support person by what he has lived through (the
 * life experience on each profile, or the bio while that is empty), or
 * "the first available" (counsellor_id NULL), and gives it a subject; he
 * may allow it to be published anonymously later (allow_publish). The
 * question is a row in `questions` (status 'new'), urgent when its words
 * speak of suicide or self-harm (the crisis matcher): first in the pool.
 * It is private: the conversation that follows lives in the inbox
 * (cgi-bin/inbox), where he is sent after asking, to /ask/<id>?sent=1
 * (&help=1 for the crisis box). The same guards as for posts apply, to
 * the subject and the text: no personal information, no links in the
 * first day, a cap per hour for new members.
 *
 * Every member may ask QUESTIONS_PER_HOUR an hour (nginx limits bursts
 * per address in front; issue 8, finding 9): more is a script, and the
 * form comes back (429) with his text kept. Staff have no cap.
 */
#include <string.h>
#include <strings.h>

#include "auth.h"
#include "db.h"
#include "form.h"
#include "guard.h"
#include "i18n.h"
#include "limits.h"
#include "page.h"
#include "post.h"
#include "response.h"
#include "tmpl.h"

static const char SQL_POST[] = "SELECT user_id, status, title FROM posts WHERE id = ?";
static const char SQL_COUNSELLORS[] =
    "SELECT id, handle, IF(life_experience <> '', life_experience, bio) AS experience FROM users "
    "WHERE role = 'counsellor' ORDER BY handle";
/* What the member asked in the last hour. */
static const char SQL_RECENT[] = RULES_SQL_RECENT("questions", "member_id");
static const char SQL_INSERT[] =
    "INSERT INTO questions (member_id, counsellor_id, post_id, subject, body, allow_publish, "
    "urgent) VALUES (?, NULLIF(?, 0), NULLIF(?, 0), ?, ?, ?, ?)";

const struct field ask_query[] = {
    ID_FIELD("post", N_("Post"), 0),
    TEXT_FIELD("counsellor", N_("Support person"), 0, LIMIT_HANDLE_MAX, 0),
    FIELDS_END,
};

/* ask_fn reads errors by these places. */
enum { ASK_POST, ASK_COUNSELLOR, ASK_SUBJECT, ASK_BODY };
const struct field ask_fields[] = {
    ID_FIELD("post", N_("Post"), 0),
    TEXT_FIELD("counsellor", N_("Support person"), 1, LIMIT_HANDLE_MAX, 0),
    TEXT_FIELD("subject", N_("Subject"), LIMIT_SUBJECT_MIN, LIMIT_SUBJECT_MAX, 0),
    TEXT_FIELD("body", N_("Your question"), LIMIT_QUESTION_MIN, LIMIT_QUESTION_MAX,
               FIELD_MULTILINE),
    CHECK_FIELD("allow_publish", N_("Anonymous publishing later")),
    FIELDS_END,
};

/* The post a question is about (post_id 0: none, title ""): must be the
 * asker's own, visible or waiting for approval. 0 with *title set, or 1
 * with *status set (404, 403 or -1). */
static int own_post(struct request *req, long long post_id, const char **title, int *status)
{
	*title = "";
	if (!post_id)
		return 0;
	struct db_rows *p = db_query(req, SQL_POST, db_int(post_id));
	if (!p) {
		*status = -1;
		return 1;
	}
	/* A hidden post cannot be asked about. Someone else's post waiting
	 * for a moderator is not there for a member (404, as on its page);
	 * a moderator sees it, so for him it is only not his (403). */
	int mine = p->nrows == 1 && db_get_int(p, 0, "user_id") == req->user.id;
	enum status st = p->nrows == 1 ? status_of(db_get(p, 0, "status")) : STATUS_HIDDEN;
	if (st == STATUS_HIDDEN || (!mine && st == STATUS_PENDING && !auth_is_moderator(req))) {
		*status = page_error(req, 404, _("There is no such post."));
		return 1;
	}
	if (!mine) {
		*status = page_error(req, 403,
		                     _("You can ask a support person about your own posts. "
		                       "Ask without a post, or write one of your own."));
		return 1;
	}
	*title = db_get(p, 0, "title");
	return 0;
}

static int show(struct request *req, long long post_id, const char *post_title, int status,
                const char *notice)
{
	struct db_rows *c = db_query(req, SQL_COUNSELLORS);
	if (!c)
		return -1;
	const char *chosen = req_text(req, "counsellor");
	struct tmpl_dict *d = page_begin(req, _("Ask a support person"), "post/ask.tpl");
	if (post_id) {
		tmpl_show(d, "about_post");
		tmpl_set_int(d, "post", post_id);
		tmpl_set(d, "post_title", post_title);
	}
	if (!*chosen || strcmp(chosen, "any") == 0)
		tmpl_show(d, "any_checked");
	for (size_t i = 0; i < c->nrows; i++) {
		struct tmpl_dict *o = tmpl_add(d, "counsellor_option");
		page_row(o, c, i);
		if (strcasecmp(chosen, db_get(c, i, "handle")) == 0)
			tmpl_show(o, "checked");
	}
	if (req_int(req, "allow_publish"))
		tmpl_show(d, "allow_publish_checked");
	tmpl_set_int(d, "subject_min", LIMIT_SUBJECT_MIN);
	tmpl_set_int(d, "subject_max", LIMIT_SUBJECT_MAX);
	tmpl_set_int(d, "body_min", LIMIT_QUESTION_MIN);
	tmpl_set_int(d, "body_max", LIMIT_QUESTION_MAX);
	post_refill(d, req->form_in, notice);
	return page_end(req, status);
}

int ask_form_fn(struct request *req)
{
	long long post_id = req_int(req, "post");
	const char *title;
	int status;
	if (own_post(req, post_id, &title, &status))
		return status;
	return show(req, post_id, title, 200, NULL);
}

int ask_fn(struct request *req)
{
	struct form *f = req->form_in;
	long long post_id = req_int(req, "post");
	const char *title;
	int status;
	if (own_post(req, post_id, &title, &status))
		return status;

	struct writer w;
	if (!rules_writer(req, WRITING_QUESTION, db_null(), &w))
		return -1;
	const char *chosen = req_text(req, "counsellor");
	long long counsellor_id = 0;
	if (!f->errors[ASK_COUNSELLOR] && strcmp(chosen, "any") != 0) {
		struct db_rows *c = db_query(req, SQL_COUNSELLORS);
		if (!c)
			return -1;
		for (size_t i = 0; i < c->nrows; i++)
			if (strcasecmp(chosen, db_get(c, i, "handle")) == 0)
				counsellor_id = db_get_int(c, i, "id");
		if (!counsellor_id)
			form_error(f, "counsellor",
			           _("Choose one of the support persons in the list, or the first "
			             "available."));
	}
	if (!f->errors[ASK_SUBJECT])
		rules_check_text(req, &w, f, "subject");
	if (!f->errors[ASK_BODY])
		rules_check_text(req, &w, f, "body");
	if (f->failed)
		return show(req, post_id, title, 400, NULL);
	if (rules_over_cap(&w, NEW_MEMBER_QUESTIONS_HOUR))
		return show(req, post_id, title, 429, rules_cap_message(req, WRITING_QUESTION));
	int over = rules_over_hour(req, SQL_RECENT, db_int(req->user.id), QUESTIONS_PER_HOUR);
	if (over < 0)
		return -1;
	if (over)
		return show(req, post_id, title, 429,
		            arena_printf(req->arena,
		                         _("You can ask %d questions an hour. Your text is still "
		                           "here: send it again a little later."),
		                         QUESTIONS_PER_HOUR));

	const char *subject = req_text(req, "subject");
	const char *body = req_text(req, "body");
	int urgent = rules_crisis(&w, subject, body);
	if (db_exec(req, SQL_INSERT, db_int(req->user.id), db_int(counsellor_id), db_int(post_id),
	            db_text(subject), db_text(body), db_int(req_int(req, "allow_publish") != 0),
	            db_int(urgent)) < 0)
		return -1;
	/* His conversation, where the answer will come (the inbox shows the
	 * notice, and the crisis box when his words called for it). */
	return res_redirect(req, arena_printf(req->arena, "/ask/%lld?sent=1%s", db_last_id(),
	                                      urgent ? "&help=1" : ""));
}
