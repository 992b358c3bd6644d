/*
 * ask.c - GET/POST /post/ask[?post=<id>]: ask a support person for help,
 * about one of my posts or about anything.
 *
 * The member chooses a support person by what he has lived through (the
 * life experience on each profile, or the bio while that is empty), or
 * "the first available" (counsellor_id NULL). The question is a row in
 * `questions`; the inbox where support persons answer is another part of
 * the site. The same guards as for posts apply: no personal information,
 * no links in the first day, a cap per hour for new members.
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
    "SELECT id, handle, IF(life_experience <> '', life_experience, bio) FROM users "
    "WHERE role = 'counsellor' ORDER BY handle";
static const char SQL_INSERT[] = "INSERT INTO questions (member_id, counsellor_id, post_id, body) "
                                 "VALUES (?, NULLIF(?, 0), NULLIF(?, 0), ?)";

static const struct field fields[] = {
    TEXT_FIELD("post", N_("Post"), 0, LIMIT_ID_DIGITS, 0),
    TEXT_FIELD("counsellor", N_("Support person"), 1, LIMIT_HANDLE_MAX, 0),
    TEXT_FIELD("body", N_("Your question"), LIMIT_QUESTION_MIN, LIMIT_QUESTION_MAX,
               FIELD_MULTILINE),
};
#define NFIELDS (sizeof fields / sizeof fields[0])

/* The post a question is about: must be the asker's own, visible or
 * waiting for approval. Returns its title, or NULL with *status set. */
static const char *own_post(struct request *req, long long post_id, int *status)
{
	struct db_rows *p = db_query_v(req, SQL_POST, "i", post_id);
	if (!p) {
		*status = -1;
		return NULL;
	}
	if (p->nrows != 1 || strcmp(db_cell(p, 0, 1), "hidden") == 0) {
		*status = page_error(req, 404, _("There is no such post."));
		return NULL;
	}
	if (db_cell_int(p, 0, 0) != req->user.id) {
		*status = page_error(req, 403,
		                     _("You can ask a support person about your own posts. "
		                       "Ask without a post, or write one of your own."));
		return NULL;
	}
	return db_cell(p, 0, 2);
}

static int show(struct request *req, long long post_id, const char *post_title, const char *chosen,
                const struct form *f, int status, const char *notice)
{
	struct db_rows *c = db_query_v(req, SQL_COUNSELLORS, "");
	if (!c)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Ask a support person"), "post/ask.tpl");
	tmpl_show(d, "asking");
	if (post_id) {
		tmpl_show(d, "about_post");
		tmpl_set_int(d, "post", post_id);
		tmpl_set(d, "post_title", post_title);
	}
	if (!chosen || !*chosen || strcmp(chosen, "any") == 0)
		tmpl_show(d, "any_checked");
	for (size_t i = 0; i < c->nrows; i++) {
		struct tmpl_dict *o = tmpl_add(d, "counsellor_option");
		tmpl_set(o, "handle", db_cell(c, i, 1));
		tmpl_set(o, "experience", db_cell(c, i, 2));
		if (chosen && strcasecmp(chosen, db_cell(c, i, 1)) == 0)
			tmpl_show(o, "checked");
	}
	tmpl_set_int(d, "body_min", LIMIT_QUESTION_MIN);
	tmpl_set_int(d, "body_max", LIMIT_QUESTION_MAX);
	if (f)
		form_fill(f, d);
	if (notice) {
		tmpl_show(d, "refused");
		tmpl_set(d, "refused_message", notice);
	}
	return page_end(req, status);
}

int ask_form_fn(struct request *req)
{
	const char *sent = req_query(req, "sent");
	if (sent && strcmp(sent, "1") == 0) {
		struct tmpl_dict *d = page_begin(req, _("Your question is sent"), "post/ask.tpl");
		tmpl_show(d, "sent");
		const char *help = req_query(req, "help");
		if (help && strcmp(help, "1") == 0)
			tmpl_show(d, "help");
		return page_end(req, 200);
	}
	long long post_id = req_query_id(req, "post", 0);
	const char *title = NULL;
	if (req_query(req, "post")) {
		int status;
		if (!post_id)
			return page_error(req, 404, _("There is no such post."));
		title = own_post(req, post_id, &status);
		if (!title)
			return status;
	}
	return show(req, post_id, title, req_query(req, "counsellor"), NULL, 200, NULL);
}

int ask_fn(struct request *req)
{
	struct form f;
	form_read(req, &req->form, fields, NFIELDS, &f);
	const char *post = form_value(&f, "post");
	long long post_id = 0;
	const char *title = NULL;
	if (*post) {
		int status;
		post_id = req_parse_id(post);
		if (!post_id)
			return page_error(req, 404, _("There is no such post."));
		title = own_post(req, post_id, &status);
		if (!title)
			return status;
	}

	struct writer w;
	if (rules_writer(req, WRITING_QUESTION, &w) < 0)
		return -1;
	const char *chosen = form_value(&f, "counsellor");
	long long counsellor_id = 0;
	if (!f.errors[1] && strcmp(chosen, "any") != 0) {
		struct db_rows *c = db_query_v(req, SQL_COUNSELLORS, "");
		if (!c)
			return -1;
		for (size_t i = 0; i < c->nrows; i++)
			if (strcasecmp(chosen, db_cell(c, i, 1)) == 0)
				counsellor_id = db_cell_int(c, i, 0);
		if (!counsellor_id)
			form_error(&f, "counsellor",
			           _("Choose one of the support persons in the list, or the first "
			             "available."));
	}
	if (!f.errors[2])
		rules_check_text(req, &w, &f, "body");
	if (f.failed)
		return show(req, post_id, title, chosen, &f, 400, NULL);
	if (rules_over_cap(&w, NEW_MEMBER_QUESTIONS_HOUR))
		return show(req, post_id, title, chosen, &f, 429,
		            rules_cap_message(req, WRITING_QUESTION));

	const char *body = form_value(&f, "body");
	if (db_exec_v(req, SQL_INSERT, "iiis", req->user.id, counsellor_id, post_id, body) < 0)
		return -1;
	if (post_id)
		return res_redirect(req, arena_printf(req->arena, "/p/%lld?asked=1", post_id));
	return res_redirect(req,
	                    guard_crisis(body) ? "/post/ask?sent=1&help=1" : "/post/ask?sent=1");
}
