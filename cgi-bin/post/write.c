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
 * Deleting removes the post, its backings (and by foreign key their votes
 * and notifications) and every ledger row they earned, in one transaction
 * (community/ledger.c). Badges stay: once earned, kept. Reports stay too:
 * they kept the reported text (sql/006) and wait in the moderation queue
 * until a moderator closes them, so an author cannot erase a report by
 * deleting what was reported.
 *
 * Someone else's post: what /p/<id> would show him decides the answer.
 * A post he may see (visible, or any post for a moderator) that is not
 * his is 403 ("only the one who wrote it"): he knows it exists. One he
 * may not see (pending or hidden, for a member) is 404, the same page as
 * an id that was never used, so these routes tell nobody it exists.
 *
 * Every writing route is one transaction (ROUTE_TX) that locks the post
 * first (the ledger's order), so a post deleted or changed meanwhile is
 * found here, once, and answered 404.
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
#include "topics.h"

/* The topics' names in the writer's language (sql/013), else the default. */
static const char SQL_TOPICS[] =
    "SELECT t.slug AS slug, " TOPIC_NAME("name") "FROM topics t " TOPIC_TEXTS_JOIN
                                                 "ORDER BY t.position, t.id";
static const char SQL_INSERT[] =
    "INSERT INTO posts (user_id, topic_id, title, body, body_html, status, is_public, crisis) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
static const char SQL_POST[] =
    "SELECT p.user_id, p.title, p.body, p.status, t.slug AS topic, p.is_public "
    "FROM posts p JOIN topics t ON t.id = p.topic_id WHERE p.id = ?";
/* For a write: the post alone (a join would lock its topic too). */
static const char SQL_POST_LOCK[] =
    "SELECT user_id, title, status FROM posts WHERE id = ? FOR UPDATE";
static const char SQL_UPDATE[] =
    "UPDATE posts SET topic_id = ?, title = ?, body = ?, body_html = ?, is_public = ?, "
    "crisis = GREATEST(crisis, ?), status = ?, updated_at = NOW() WHERE id = ?";
/* A crisis found by an edit: a new report unless one is already waiting. */
static const char SQL_CRISIS_OPEN[] =
    "SELECT id FROM reports WHERE post_id = ? AND backing_id IS NULL "
    "AND reporter_id IS NULL AND priority = 2 AND status = 'open' LIMIT 1";

const struct field post_new_query[] = {
    TEXT_FIELD("topic", N_("Topic"), 0, LIMIT_TOPIC_SLUG_MAX, 0),
    CHECK_FIELD("first", N_("Just joined")), /* from register: how it works */
    FIELDS_END,
};

const struct field post_fields[] = {
    TEXT_FIELD("title", N_("Title"), LIMIT_TITLE_MIN, LIMIT_TITLE_MAX, 0),
    TEXT_FIELD("topic", N_("Topic"), 1, LIMIT_TOPIC_SLUG_MAX, 0),
    TEXT_FIELD("body", N_("Your post"), 1, LIMIT_POST_BODY_MAX, FIELD_MULTILINE),
    CHECK_FIELD("public", N_("Show in the RSS feed")),
    FIELDS_END,
};

/* What the form shows: the member's text, or the stored post. */
struct draft {
	const char *title, *topic, *body;
	int is_public;
};

/* A topic's slug as rules_writer asks for it: one no topic can have is
 * not sent (the column is ASCII). */
static struct db_value topic_about(const char *slug)
{
	return db_text(slug && topic_slug_valid(slug) ? slug : "");
}

/* The new-post or edit form (post_id 0 = new). A refused form comes back
 * with every word the member typed and the message by its field. */
static int show(struct request *req, long long post_id, const struct draft *v, int status,
                const char *notice)
{
	struct db_rows *topics = db_query(req, SQL_TOPICS, db_text(i18n_lang()));
	if (!topics)
		return -1;
	struct writer w;
	if (!rules_writer(req, WRITING_POST, topic_about(v->topic), &w))
		return -1;
	int night = rules_held(&w);

	struct tmpl_dict *d =
	    page_begin(req, post_id ? _("Edit your post") : _("Write a post"), "post/write.tpl");
	if (post_id) {
		tmpl_show(d, "editing");
		tmpl_set(d, "action", arena_printf(req->arena, "/post/%lld/edit", post_id));
		tmpl_set_int(d, "post_id", post_id);
	} else {
		tmpl_show(d, "creating");
		tmpl_set(d, "action", "/post/new");
		if (req_int(req, "first") == 1)
			tmpl_show(d, "first");
	}
	tmpl_set(d, "title", v->title);
	tmpl_set(d, "body", v->body);
	if (v->is_public)
		tmpl_show(d, "public_checked");
	for (size_t i = 0; i < topics->nrows; i++) {
		struct tmpl_dict *o = tmpl_add(d, "topic_option");
		page_row(o, topics, i);
		if (strcmp(db_get(topics, i, "slug"), v->topic) == 0)
			tmpl_show(o, "selected");
	}
	tmpl_set_int(d, "title_min", LIMIT_TITLE_MIN);
	tmpl_set_int(d, "title_max", LIMIT_TITLE_MAX);
	tmpl_set_int(d, "body_max", LIMIT_POST_BODY_MAX);
	if (night)
		tmpl_show(d, "night");
	if (w.new_member)
		tmpl_show(d, "new_member");
	post_refill(d, req->form_in, notice);
	return page_end(req, status);
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
 * writing, the form (checked at the door) with its topic and guards, a
 * new member's hourly cap (new posts only: post_id 0), night
 * pre-moderation, crisis words, and the HTML. 1: ready in *c; 0:
 * refused, the form shown again with *status; -1: the database failed. */
static int check_post(struct request *req, long long post_id, struct checked *c, int *status)
{
	struct form *f = req->form_in;
	c->v = (struct draft){req_text(req, "title"), req_text(req, "topic"), req_text(req, "body"),
	                      req_int(req, "public") == 1};
	struct writer w;
	struct db_rows *r = rules_writer(req, WRITING_POST, topic_about(c->v.topic), &w);
	if (!r)
		return -1;
	c->topic_id = 0;
	if (f->errors[1])
		f->errors[1] = _("Choose a topic for your post.");
	else if (!db_get(r, 0, "topic_id"))
		form_error(f, "topic", _("Choose one of the topics in the list."));
	else
		c->topic_id = db_get_int(r, 0, "topic_id");
	if (!f->errors[0])
		rules_check_text(req, &w, f, "title");
	if (!f->errors[2])
		rules_check_text(req, &w, f, "body");
	if (f->failed) {
		*status = show(req, post_id, &c->v, 400, NULL);
		return 0;
	}
	if (!post_id && rules_over_cap(&w, NEW_MEMBER_POSTS_HOUR)) {
		*status = show(req, 0, &c->v, 429, rules_cap_message(req, WRITING_POST));
		return 0;
	}
	c->held = rules_held(&w);
	c->crisis = rules_crisis(&w, c->v.title, c->v.body);
	c->html = md_render(req->arena, c->v.body, strlen(c->v.body));
	return 1;
}

int new_form_fn(struct request *req)
{
	struct draft v = {"", req_text(req, "topic"), "", 0};
	return show(req, 0, &v, 200, NULL);
}

int new_fn(struct request *req)
{
	struct checked c;
	int status;
	int ready = check_post(req, 0, &c, &status);
	if (ready <= 0)
		return ready < 0 ? -1 : status;
	if (db_exec(req, SQL_INSERT, db_int(req->user.id), db_int(c.topic_id), db_text(c.v.title),
	            db_text(c.v.body), db_text(c.html),
	            db_text(status_values[c.held ? STATUS_PENDING : STATUS_VISIBLE]),
	            db_int(c.v.is_public), db_int(c.crisis)) < 0)
		return -1;
	long long id = db_last_id();
	if ((c.crisis && ledger_crisis_report(req, id, 0) < 0) ||
	    (!c.held && ledger_post_written(req, id) < 0))
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/p/%lld", id));
}

/* The post behind /post/<id>/... (locked for a write): 404 when there is
 * none or he may not know of it (someone else's post that is not shown),
 * 403 when he may see it but it is someone else's. Returns the row, or
 * NULL with *status set. */
static struct db_rows *own_post(struct request *req, int lock, int *status)
{
	struct db_rows *p = db_query(req, lock ? SQL_POST_LOCK : SQL_POST, db_int(req->ids[0]));
	if (!p) {
		*status = -1;
		return NULL;
	}
	int mine = p->nrows == 1 && db_get_int(p, 0, "user_id") == req->user.id;
	int seen = p->nrows == 1 &&
	           (status_of(db_get(p, 0, "status")) == STATUS_VISIBLE || auth_is_moderator(req));
	if (!mine && !seen) {
		*status =
		    page_error(req, 404, _("There is no such post. It may have been deleted."));
		return NULL;
	}
	if (!mine) {
		*status = page_error(req, 403, _("Only the one who wrote a post can change it."));
		return NULL;
	}
	return p;
}

int edit_form_fn(struct request *req)
{
	int status;
	struct db_rows *p = own_post(req, 0, &status);
	if (!p)
		return status;
	struct draft v = {db_get(p, 0, "title"), db_get(p, 0, "topic"), db_get(p, 0, "body"),
	                  db_get_int(p, 0, "is_public") == 1};
	return show(req, req->ids[0], &v, 200, NULL);
}

int edit_fn(struct request *req)
{
	long long id = req->ids[0];
	int status;
	struct db_rows *p = own_post(req, 1, &status);
	if (!p)
		return status;
	struct checked c;
	int ready = check_post(req, id, &c, &status);
	if (ready <= 0)
		return ready < 0 ? -1 : status;

	enum status was = status_of(db_get(p, 0, "status"));
	int hold_again = c.held && was == STATUS_VISIBLE;
	if (db_exec(req, SQL_UPDATE, db_int(c.topic_id), db_text(c.v.title), db_text(c.v.body),
	            db_text(c.html), db_int(c.v.is_public), db_int(c.crisis),
	            db_text(status_values[hold_again ? STATUS_PENDING : was]), db_int(id)) < 0)
		return -1;
	if (hold_again && ledger_post_gone(req, id) < 0)
		return -1;
	if (c.crisis) {
		struct db_rows *open = db_query(req, SQL_CRISIS_OPEN, db_int(id));
		if (!open || (open->nrows == 0 && ledger_crisis_report(req, id, 0) < 0))
			return -1;
	}
	return res_redirect(req, arena_printf(req->arena, "/p/%lld", id));
}

int delete_form_fn(struct request *req)
{
	int status;
	struct db_rows *p = own_post(req, 0, &status);
	if (!p)
		return status;
	struct tmpl_dict *d = page_begin(req, _("Delete your post"), "post/delete.tpl");
	tmpl_set_int(d, "post_id", req->ids[0]);
	tmpl_set(d, "title", db_get(p, 0, "title"));
	return page_end(req, 200);
}

int delete_fn(struct request *req)
{
	long long id = req->ids[0];
	int status;
	struct db_rows *p = own_post(req, 1, &status);
	if (!p)
		return status;
	if (ledger_post_delete(req, id) < 0 ||
	    auth_audit(req, "post.delete", req->user.id,
	               arena_printf(req->arena, "post %lld (%s)", id, db_get(p, 0, "status"))) < 0)
		return -1;
	return res_redirect(req, "/post/deleted");
}

int deleted_fn(struct request *req)
{
	page_begin(req, _("Post deleted"), "post/deleted.tpl");
	return page_end(req, 200);
}
