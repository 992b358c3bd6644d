/*
 * publish.c - an answered question becomes an anonymous public post
 * (inbox.h), when the member allowed it (questions.allow_publish):
 *
 *   GET  /inbox/<id>/publish   the form: title, the question, the answer,
 *                              the topic, prefilled for a support person
 *                              to edit (names, places, anything that could
 *                              tell who the member is)
 *   POST /inbox/<id>/publish   the post and its answer, in one transaction
 *
 * Only the staff's side (inbox_question with SIDE_STAFF decides who may
 * open the conversation); only with the member's consent (else 403), a
 * support person's answer in the conversation and no post made of it
 * yet (else 409). Nothing is written before every check has passed.
 *
 * What is published: a visible post owned by the reserved account
 * (USERS_RESERVED_HANDLE, sql/018), never the member's, with the edited
 * title and question; the edited answer as a backing by the support
 * person who publishes it (by_support), so it is his words in public;
 * the question keeps which post it became (published_post_id); the
 * member is told (notification "question_published", with the link) and
 * the audit log says who published which question as which post
 * ("inbox.publish").
 *
 * The community's rules apply as to any post: the crisis matcher over
 * the member's words (a crisis post gets its crisis report and the help
 * box), the personal-information guard over the title and the question
 * (a phone number or an e-mail address would tell who he is; the answer
 * is the support person's, trusted like his backings), the ledger for
 * what a backing causes (the post's backing_count, the support person's
 * points and badges, the post marked answered by a support person). The
 * reserved account earns no points for the post: nobody is behind it.
 * On top, the member's pseudonym may not stand anywhere in the three
 * texts (a whole word, in any case).
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "app.h"
#include "auth.h"
#include "db.h"
#include "form.h"
#include "i18n.h"
#include "inbox.h"
#include "ledger.h"
#include "limits.h"
#include "log.h"
#include "markdown.h"
#include "page.h"
#include "reader.h"
#include "response.h"
#include "tmpl.h"
#include "topics.h"
#include "users.h"

/* What publishing needs to know beyond the question: whether it became a
 * post, and whether a support person has said anything to the member
 * (a message, not a note, by anyone but him; an account since deleted
 * leaves its messages without author: still not his). */
static const char SQL_STATE[] =
    "SELECT COALESCE(q.published_post_id, 0) AS published_post_id, "
    "EXISTS (SELECT 1 FROM question_messages m WHERE m.question_id = q.id "
    "AND m.kind = 'message' AND (m.author_id IS NULL OR m.author_id <> q.member_id)) "
    "AS answered FROM questions q WHERE q.id = ?";
/* The support persons' messages, oldest first: the answer to start from. */
static const char SQL_ANSWERS[] =
    "SELECT body FROM question_messages WHERE question_id = ? AND kind = 'message' "
    "AND (author_id IS NULL OR author_id <> ?) ORDER BY id";
/* The topics' names in the writer's language (sql/013), else the default. */
static const char SQL_TOPICS[] =
    "SELECT t.id AS id, t.slug AS slug, " TOPIC_NAME("name") "FROM topics t " TOPIC_TEXTS_JOIN
                                                             "ORDER BY t.position, t.id";
/* The topic of the post the question was about: the form's first choice. */
static const char SQL_POST_TOPIC[] =
    "SELECT t.slug AS slug FROM posts p JOIN topics t ON t.id = p.topic_id WHERE p.id = ?";
/* The reserved account: by its name and by the hash no password matches
 * (sql/018), so a member who held the name before is never taken for it. */
static const char SQL_RESERVED[] = "SELECT id FROM users WHERE handle = ? AND password_hash = ?";
/* The post, visible at once (a support person is not held at night) and
 * in the RSS feed (the member allowed it to be public). */
static const char SQL_POST_ADD[] =
    "INSERT INTO posts (user_id, topic_id, title, body, body_html, status, is_public, crisis) "
    "VALUES (?, ?, ?, ?, ?, 'visible', 1, ?)";
/* The answer: a support person's backing (his words are help, never a
 * crisis: rules.c's rule for staff). */
static const char SQL_BACKING_ADD[] =
    "INSERT INTO backings (post_id, user_id, body, body_html, status, by_support, crisis) "
    "VALUES (?, ?, ?, ?, 'visible', 1, 0)";
static const char SQL_MARK[] = "UPDATE questions SET published_post_id = ? WHERE id = ?";

const struct field publish_fields[] = {
    TEXT_FIELD("title", N_("Title"), LIMIT_TITLE_MIN, LIMIT_TITLE_MAX, 0),
    TEXT_FIELD("topic", N_("Topic"), 1, LIMIT_TOPIC_SLUG_MAX, 0),
    TEXT_FIELD("body", N_("The question"), 1, LIMIT_POST_BODY_MAX, FIELD_MULTILINE),
    TEXT_FIELD("answer", N_("The answer"), 1, LIMIT_BACKING_MAX, FIELD_MULTILINE),
    FIELDS_END,
};
enum { F_TITLE, F_TOPIC, F_BODY, F_ANSWER };

/* Where a question stands for publishing. */
struct publish_state {
	long long post_id; /* the post it became, or 0 */
	int answered;      /* a support person has answered the member */
};

static int read_state(struct request *req, long long question_id, struct publish_state *s)
{
	struct db_rows *r = db_query(req, SQL_STATE, db_int(question_id));
	if (!r || r->nrows != 1)
		return -1;
	s->post_id = db_get_int(r, 0, "published_post_id");
	s->answered = db_get_int(r, 0, "answered") != 0;
	return 0;
}

int publish_offer(struct request *req, struct tmpl_dict *d, const struct question *q,
                  enum inbox_side side)
{
	struct publish_state s;
	if (read_state(req, q->id, &s) < 0)
		return -1;
	if (s.post_id) {
		tmpl_show(d, "published");
		tmpl_set(d, "published_href", arena_printf(req->arena, "/p/%lld", s.post_id));
	} else if (side == SIDE_STAFF && q->allow_publish && s.answered) {
		tmpl_show(d, "can_publish");
	}
	return 0;
}

/* 0 when q may be published now, else the refusal's page (nothing was
 * changed: core rolls a refused write back). */
static int refuse(struct request *req, const struct question *q, struct publish_state *s)
{
	if (read_state(req, q->id, s) < 0)
		return -1;
	if (!q->allow_publish)
		return page_error(req, 403,
		                  _("The member did not allow this question to be published."));
	if (s->post_id)
		return page_error(req, 409, _("This question is published already."));
	if (!s->answered)
		return page_error(req, 409,
		                  _("This question has no answer yet. Answer the member first; "
		                    "then you can publish the question with its answer."));
	return 0;
}

/* The form, with values v (title, topic slug, body, answer) or, when it
 * comes back refused, what was sent and the messages by their fields. */
static int show(struct request *req, const struct question *q, const char *const v[4], int status)
{
	struct db_rows *topics = db_query(req, SQL_TOPICS, db_text(i18n_lang()));
	if (!topics)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("Publish anonymously"), "inbox/publish.tpl");
	tmpl_set_int(d, "id", q->id);
	tmpl_set(d, "subject", *q->subject ? q->subject : _("Question"));
	tmpl_set(d, "member", q->member);
	tmpl_set(d, "title", v[F_TITLE]);
	tmpl_set(d, "body", v[F_BODY]);
	tmpl_set(d, "answer", v[F_ANSWER]);
	for (size_t i = 0; i < topics->nrows; i++) {
		struct tmpl_dict *o = tmpl_add(d, "topic_option");
		page_row(o, topics, i); /* slug, name, name_lang */
		if (strcmp(db_get(topics, i, "slug"), v[F_TOPIC]) == 0)
			tmpl_show(o, "selected");
	}
	tmpl_set_int(d, "title_min", LIMIT_TITLE_MIN);
	tmpl_set_int(d, "title_max", LIMIT_TITLE_MAX);
	tmpl_set_int(d, "body_max", LIMIT_POST_BODY_MAX);
	tmpl_set_int(d, "answer_max", LIMIT_BACKING_MAX);
	if (status != 200)
		form_fill(req->form_in, d);
	return page_end(req, status);
}

int publish_form_fn(struct request *req)
{
	struct question q;
	struct publish_state s;
	int status = inbox_question(req, req->ids[0], SIDE_STAFF, 0, 1, &q);
	if (status || (status = refuse(req, &q, &s)) != 0)
		return status;
	/* The answer to start from: every support person's message, in order. */
	struct db_rows *a = db_query(req, SQL_ANSWERS, db_int(q.id), db_int(q.member_id));
	struct db_rows *t =
	    a && q.post_id ? db_query(req, SQL_POST_TOPIC, db_int(q.post_id)) : NULL;
	if (!a || (q.post_id && !t))
		return -1;
	const char *answer = "";
	for (size_t i = 0; i < a->nrows; i++)
		answer = *answer
		             ? arena_printf(req->arena, "%s\n\n%s", answer, db_get(a, i, "body"))
		             : db_get(a, i, "body");
	const char *v[4] = {q.subject, t && t->nrows == 1 ? db_get(t, 0, "slug") : "", q.body,
	                    answer};
	return show(req, &q, v, 200);
}

/* 1 when word stands in text as a whole word (not inside a longer run of
 * letters, digits or _), ASCII letters in any case: pseudonyms are ASCII
 * (users.h). */
static int has_word(const char *text, const char *word)
{
	size_t n = strlen(word);
	for (const char *p = text; n && *p; p++) {
		if (p > text && (isalnum((unsigned char)p[-1]) || p[-1] == '_'))
			continue;
		if (strncasecmp(p, word, n) == 0 && !isalnum((unsigned char)p[n]) && p[n] != '_')
			return 1;
	}
	return 0;
}

/* The checks beyond the door's lengths, each message by its field: the
 * topic is one of the list (its id in *topic_id), no personal
 * information in the member's words, and his pseudonym nowhere. */
static int check(struct request *req, const struct question *q, long long *topic_id)
{
	struct form *f = req->form_in;
	const char *slug = req_text(req, "topic");
	*topic_id = 0;
	if (!f->errors[F_TOPIC] && topic_slug_valid(slug)) {
		struct db_rows *topics = db_query(req, SQL_TOPICS, db_text(i18n_lang()));
		if (!topics)
			return -1;
		for (size_t i = 0; i < topics->nrows; i++)
			if (strcmp(db_get(topics, i, "slug"), slug) == 0)
				*topic_id = db_get_int(topics, i, "id");
	}
	if (f->errors[F_TOPIC])
		f->errors[F_TOPIC] = _("Choose a topic for the post.");
	else if (!*topic_id)
		form_error(f, "topic", _("Choose one of the topics in the list."));

	static const struct {
		int field; /* its index in publish_fields */
		enum reader_form form;
		int members_words;
	} texts[] = {
	    {F_TITLE, READER_PLAIN, 1},
	    {F_BODY, READER_MARKDOWN, 1},
	    {F_ANSWER, READER_MARKDOWN, 0},
	};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		const char *name = publish_fields[texts[i].field].name, *text = req_text(req, name);
		if (f->errors[texts[i].field])
			continue; /* refused at the door already */
		if (has_word(text, q->member)) {
			form_error(f, name,
			           _("The member's pseudonym is still in the text. Remove it."));
			continue;
		}
		if (!texts[i].members_words)
			continue;
		struct reader_view v;
		reader_view(req->arena, text, texts[i].form, &v);
		const char *why = reader_personal_info(req->arena, &v);
		if (why)
			form_error(f, name, why);
	}
	return 0;
}

/* 1 when the member's words (title and question) speak of suicide or
 * self-harm: the post gets the crisis flag and report, as any post. */
static int crisis(struct request *req, const char *title, const char *body)
{
	struct reader_view t, b;
	reader_view(req->arena, title, READER_PLAIN, &t);
	reader_view(req->arena, body, READER_MARKDOWN, &b);
	return reader_crisis(&t) || reader_crisis(&b);
}

int publish_fn(struct request *req)
{
	struct question q;
	struct publish_state s;
	int status = inbox_question(req, req->ids[0], SIDE_STAFF, 1, 0, &q);
	if (status || (status = refuse(req, &q, &s)) != 0)
		return status;
	long long topic_id;
	if (check(req, &q, &topic_id) < 0)
		return -1;
	const char *title = req_text(req, "title"), *body = req_text(req, "body");
	const char *answer = req_text(req, "answer");
	if (req->form_in->failed) {
		const char *v[4] = {title, req_text(req, "topic"), body, answer};
		return show(req, &q, v, 400);
	}
	struct db_rows *owner = db_query(req, SQL_RESERVED, db_text(USERS_RESERVED_HANDLE),
	                                 db_text(USERS_RESERVED_HASH));
	if (!owner)
		return -1;
	if (owner->nrows != 1) {
		log_msg(req->id, "inbox: no reserved account %s (sql/018): cannot publish",
		        USERS_RESERVED_HANDLE);
		return page_error(req, 503, _("Publishing is not possible right now."));
	}
	long long anonym = db_get_int(owner, 0, "id");

	int is_crisis = crisis(req, title, body);
	const char *body_html = md_render(req->arena, body, strlen(body));
	const char *answer_html = md_render(req->arena, answer, strlen(answer));
	if (!body_html || !answer_html ||
	    db_exec(req, SQL_POST_ADD, db_int(anonym), db_int(topic_id), db_text(title),
	            db_text(body), db_text(body_html), db_int(is_crisis)) < 0)
		return -1;
	long long post_id = db_last_id();
	/* The answer, in the ledger's order: the post's row (counted), the
	 * backing, then what it causes. */
	if (ledger_backing_coming(req, post_id, 1) != 1 ||
	    db_exec(req, SQL_BACKING_ADD, db_int(post_id), db_int(req->user.id), db_text(answer),
	            db_text(answer_html)) < 0)
		return -1;
	long long backing_id = db_last_id();
	if (ledger_backing_written(req, backing_id, post_id, anonym, 1) < 0 ||
	    (is_crisis && ledger_crisis_report(req, post_id, 0) < 0) ||
	    db_exec(req, SQL_MARK, db_int(post_id), db_int(q.id)) < 0 ||
	    ledger_notify(req, q.member_id, "question_published", post_id, 0, 0) < 0 ||
	    auth_audit(req, "inbox.publish", q.member_id,
	               arena_printf(req->arena, "question %lld as post %lld", q.id, post_id)) < 0)
		return -1;
	return res_redirect(req, arena_printf(req->arena, "/p/%lld", post_id));
}
