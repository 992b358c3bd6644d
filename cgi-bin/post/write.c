/*
 * write.c - a member's own posts: GET/POST /post/new, GET/POST
 * /post/<id>/edit, GET/POST /post/<id>/delete and GET /post/deleted.
 *
 * Writing runs the guards of rules.c (personal information, links for new
 * members, their cap per hour), renders the Markdown once with md_render
 * (body_html; pages never render), and stores the post in one transaction
 * with what it causes: a crisis report when it speaks of suicide or
 * self-harm, and, when it is visible at once, its points and badges. At
 * night (pre-moderation) it is stored 'pending' and earns when approved.
 *
 * An edit re-runs every guard. At night an edit of a visible post holds it
 * again (it could otherwise turn into anything after approval) and takes
 * its points back until a moderator approves it.
 *
 * Deleting removes the post, its backings (and by foreign key their votes,
 * reports and notifications) and every ledger row they earned, in one
 * transaction. Badges stay: once earned, kept.
 */
#include <string.h>

#include "auth.h"
#include "db.h"
#include "form.h"
#include "i18n.h"
#include "limits.h"
#include "markdown.h"
#include "page.h"
#include "post.h"
#include "response.h"
#include "tmpl.h"

static const char SQL_TOPICS[] = "SELECT slug, name FROM topics ORDER BY position, name";
static const char SQL_TOPIC[] = "SELECT id FROM topics WHERE slug = ?";
static const char SQL_INSERT[] =
    "INSERT INTO posts (user_id, topic_id, title, body, body_html, status, is_public, crisis) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
static const char SQL_POST[] = "SELECT p.user_id, p.title, p.body, t.slug, p.is_public, p.status "
                               "FROM posts p JOIN topics t ON t.id = p.topic_id WHERE p.id = ?";
static const char SQL_LOCK[] = "SELECT user_id, status FROM posts WHERE id = ? FOR UPDATE";
static const char SQL_UPDATE[] =
    "UPDATE posts SET topic_id = ?, title = ?, body = ?, body_html = ?, is_public = ?, "
    "crisis = GREATEST(crisis, ?), status = ?, updated_at = NOW() WHERE id = ?";
/* A crisis found by an edit: a new report unless one is already waiting. */
static const char SQL_CRISIS_OPEN[] =
    "SELECT COUNT(*) FROM reports WHERE post_id = ? AND backing_id IS NULL "
    "AND reporter_id IS NULL AND priority = 2 AND status = 'open'";
static const char SQL_DELETE_BACKING_POINTS[] =
    "DELETE FROM points WHERE reason IN ('backing', 'best', 'vote') "
    "AND ref_id IN (SELECT id FROM backings WHERE post_id = ?)";
static const char SQL_DELETE_POST_POINTS[] =
    "DELETE FROM points WHERE reason = 'post' AND ref_id = ?";
static const char SQL_DELETE[] = "DELETE FROM posts WHERE id = ?";

static const struct field fields[] = {
    TEXT_FIELD("title", N_("Title"), LIMIT_TITLE_MIN, LIMIT_TITLE_MAX, 0),
    TEXT_FIELD("topic", N_("Topic"), 1, LIMIT_TOPIC_SLUG_MAX, 0),
    TEXT_FIELD("body", N_("Your post"), 1, LIMIT_POST_BODY_MAX, FIELD_MULTILINE),
    TEXT_FIELD("public", N_("Show in the RSS feed"), 0, LIMIT_CHECKBOX, 0),
};
#define NFIELDS (sizeof fields / sizeof fields[0])

/* What the form shows: the member's text, or the stored post. */
struct draft {
	const char *title, *topic, *body;
	int is_public;
};

/* The new-post or edit form (post_id 0 = new). A refused form comes back
 * with every word the member typed and the message by its field. */
static int show(struct request *req, long long post_id, const struct draft *v, const struct form *f,
                int status, const char *notice)
{
	struct db_rows *topics = db_query_v(req, SQL_TOPICS, "");
	if (!topics)
		return -1;
	struct writer w;
	if (rules_writer(req, WRITING_POST, &w) < 0)
		return -1;
	int night = rules_held(req, &w);
	if (night < 0)
		return -1;

	struct tmpl_dict *d =
	    page_begin(req, post_id ? _("Edit your post") : _("Write a post"), "post/write.tpl");
	if (post_id) {
		tmpl_show(d, "editing");
		tmpl_set(d, "action", arena_printf(req->arena, "/post/%lld/edit", post_id));
		tmpl_set_int(d, "post_id", post_id);
	} else {
		tmpl_show(d, "creating");
		tmpl_set(d, "action", "/post/new");
	}
	tmpl_set(d, "title", v->title);
	tmpl_set(d, "body", v->body);
	if (v->is_public)
		tmpl_show(d, "public_checked");
	for (size_t i = 0; i < topics->nrows; i++) {
		struct tmpl_dict *o = tmpl_add(d, "topic_option");
		tmpl_set(o, "slug", db_cell(topics, i, 0));
		tmpl_set(o, "name", db_cell(topics, i, 1));
		if (strcmp(db_cell(topics, i, 0), v->topic) == 0)
			tmpl_show(o, "selected");
	}
	tmpl_set_int(d, "title_min", LIMIT_TITLE_MIN);
	tmpl_set_int(d, "title_max", LIMIT_TITLE_MAX);
	tmpl_set_int(d, "body_max", LIMIT_POST_BODY_MAX);
	if (night)
		tmpl_show(d, "night");
	if (w.new_member)
		tmpl_show(d, "new_member");
	if (f)
		form_fill(f, d);
	if (notice) {
		tmpl_show(d, "refused");
		tmpl_set(d, "refused_message", notice);
	}
	return page_end(req, status);
}

static struct draft draft_of(const struct form *f)
{
	struct draft v = {form_value(f, "title"), form_value(f, "topic"), form_value(f, "body"),
	                  strcmp(form_value(f, "public"), "1") == 0};
	return v;
}

/* Read and check the form: lengths, the topic, then the guards. Returns
 * the topic id, 0 when the form failed, -1 on a database failure. */
static long long read_post_form(struct request *req, const struct writer *w, struct form *f)
{
	form_read(req, &req->form, fields, NFIELDS, f);
	long long topic_id = 0;
	if (f->errors[1])
		f->errors[1] = _("Choose a topic for your post.");
	else {
		struct db_rows *t = db_query_v(req, SQL_TOPIC, "s", form_value(f, "topic"));
		if (!t)
			return -1;
		if (t->nrows == 1)
			topic_id = db_cell_int(t, 0, 0);
		else
			form_error(f, "topic", _("Choose one of the topics in the list."));
	}
	if (!f->errors[0])
		rules_check_text(req, w, f, "title");
	if (!f->errors[2])
		rules_check_text(req, w, f, "body");
	return f->failed ? 0 : topic_id;
}

/* A post ready to store: the member's text checked and rendered. */
struct checked {
	struct draft v;
	long long topic_id;
	int held;   /* night pre-moderation holds it for a moderator */
	int crisis; /* it speaks of suicide or self-harm */
	const char *html;
};

/* What writing and editing a post both ask before they store it: who is
 * writing, the form and its guards, a new member's hourly cap (new posts
 * only: post_id 0), night pre-moderation, crisis words, and the HTML.
 * 1: ready in *c; 0: refused, the form shown again with *status; -1: the
 * database failed. */
static int check_post(struct request *req, long long post_id, struct checked *c, int *status)
{
	struct writer w;
	if (rules_writer(req, WRITING_POST, &w) < 0)
		return -1;
	struct form f;
	c->topic_id = read_post_form(req, &w, &f);
	if (c->topic_id < 0)
		return -1;
	c->v = draft_of(&f);
	if (c->topic_id == 0) {
		*status = show(req, post_id, &c->v, &f, 400, NULL);
		return 0;
	}
	if (!post_id && rules_over_cap(&w, NEW_MEMBER_POSTS_HOUR)) {
		*status = show(req, 0, &c->v, &f, 429, rules_cap_message(req, WRITING_POST));
		return 0;
	}
	c->held = rules_held(req, &w);
	if (c->held < 0)
		return -1;
	c->crisis = rules_crisis(&w, c->v.title, c->v.body);
	c->html = md_render(req->arena, c->v.body, strlen(c->v.body));
	return 1;
}

int new_form_fn(struct request *req)
{
	const char *topic = req_query(req, "topic");
	struct draft v = {"", topic ? topic : "", "", 0};
	return show(req, 0, &v, NULL, 200, NULL);
}

int new_fn(struct request *req)
{
	struct checked c;
	int status;
	int ready = check_post(req, 0, &c, &status);
	if (ready <= 0)
		return ready < 0 ? -1 : status;

	if (db_begin(req) < 0)
		return -1;
	if (db_exec_v(req, SQL_INSERT, "iissssii", req->user.id, c.topic_id, c.v.title, c.v.body,
	              c.html, c.held ? "pending" : "visible", (long long)c.v.is_public,
	              (long long)c.crisis) < 0)
		goto fail;
	long long id = db_last_id();
	if (c.crisis && ledger_crisis_report(req, id, 0) < 0)
		goto fail;
	if (!c.held && ledger_post_shown(req, id) < 0)
		goto fail;
	if (db_commit(req) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/p/%lld", id));
fail:
	db_rollback(req);
	return -1;
}

/* The post behind /post/<id>/...: 404 when there is none, 403 when it is
 * someone else's. Returns the rows, or NULL with *status set. */
static struct db_rows *own_post(struct request *req, long long *id, int *status)
{
	*id = req_parse_id(req->args[0]);
	*status = 0;
	if (*id == 0) {
		*status = page_error(req, 404, _("There is no such post."));
		return NULL;
	}
	struct db_rows *p = db_query_v(req, SQL_POST, "i", *id);
	if (!p) {
		*status = -1;
		return NULL;
	}
	if (p->nrows != 1) {
		*status =
		    page_error(req, 404, _("There is no such post. It may have been deleted."));
		return NULL;
	}
	if (db_cell_int(p, 0, 0) != req->user.id) {
		*status = page_error(req, 403, _("Only the one who wrote a post can change it."));
		return NULL;
	}
	return p;
}

int edit_form_fn(struct request *req)
{
	long long id;
	int status;
	struct db_rows *p = own_post(req, &id, &status);
	if (!p)
		return status;
	struct draft v = {db_cell(p, 0, 1), db_cell(p, 0, 3), db_cell(p, 0, 2),
	                  db_cell_int(p, 0, 4) == 1};
	return show(req, id, &v, NULL, 200, NULL);
}

int edit_fn(struct request *req)
{
	long long id;
	int status;
	struct db_rows *p = own_post(req, &id, &status);
	if (!p)
		return status;
	struct checked c;
	int ready = check_post(req, id, &c, &status);
	if (ready <= 0)
		return ready < 0 ? -1 : status;

	if (db_begin(req) < 0)
		return -1;
	struct db_rows *lock = db_query_v(req, SQL_LOCK, "i", id);
	if (!lock)
		goto fail;
	if (lock->nrows != 1 || db_cell_int(lock, 0, 0) != req->user.id) {
		db_rollback(req); /* deleted meanwhile */
		return page_error(req, 404, _("There is no such post. It may have been deleted."));
	}
	const char *was = db_cell(lock, 0, 1);
	int hold_again = c.held && strcmp(was, "visible") == 0;
	if (db_exec_v(req, SQL_UPDATE, "isssiisi", c.topic_id, c.v.title, c.v.body, c.html,
	              (long long)c.v.is_public, (long long)c.crisis, hold_again ? "pending" : was,
	              id) < 0)
		goto fail;
	if (hold_again && ledger_post_gone(req, id) < 0)
		goto fail;
	if (c.crisis) {
		struct db_rows *open = db_query_v(req, SQL_CRISIS_OPEN, "i", id);
		if (!open)
			goto fail;
		if (db_cell_int(open, 0, 0) == 0 && ledger_crisis_report(req, id, 0) < 0)
			goto fail;
	}
	if (db_commit(req) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/p/%lld", id));
fail:
	db_rollback(req);
	return -1;
}

int delete_form_fn(struct request *req)
{
	long long id;
	int status;
	struct db_rows *p = own_post(req, &id, &status);
	if (!p)
		return status;
	struct tmpl_dict *d = page_begin(req, _("Delete your post"), "post/delete.tpl");
	tmpl_set_int(d, "post_id", id);
	tmpl_set(d, "title", db_cell(p, 0, 1));
	return page_end(req, 200);
}

int delete_fn(struct request *req)
{
	long long id;
	int status;
	struct db_rows *p = own_post(req, &id, &status);
	if (!p)
		return status;
	if (db_begin(req) < 0)
		return -1;
	struct db_rows *lock = db_query_v(req, SQL_LOCK, "i", id);
	if (!lock)
		goto fail;
	if (lock->nrows != 1 || db_cell_int(lock, 0, 0) != req->user.id) {
		db_rollback(req);
		return page_error(req, 404, _("There is no such post. It may have been deleted."));
	}
	if (db_exec_v(req, SQL_DELETE_BACKING_POINTS, "i", id) < 0 ||
	    db_exec_v(req, SQL_DELETE_POST_POINTS, "i", id) < 0 ||
	    db_exec_v(req, SQL_DELETE, "i", id) < 0 ||
	    auth_audit(req, "post.delete", req->user.id,
	               arena_printf(req->arena, "post %lld (%s)", id, db_cell(lock, 0, 1))) < 0)
		goto fail;
	if (db_commit(req) < 0)
		return -1;
	return res_redirect(req, "/post/deleted");
fail:
	db_rollback(req);
	return -1;
}

int deleted_fn(struct request *req)
{
	page_begin(req, _("Post deleted"), "post/deleted.tpl");
	return page_end(req, 200);
}
