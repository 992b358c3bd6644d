/*
 * topic.c - GET /t/<slug>: the visible posts of one topic, newest,
 * unanswered or most backed (?show=, list.c), like the front page, with
 * the topic's RSS feed announced. 404 for a slug that is not a topic.
 *
 * Queries: none while the worker keeps the page below its frame (a
 * piece, feed_piece, one per filter and place); else the topics (the
 * list on the page, and the lookup of this one), then one list: newest
 * over posts_topic (topic_id, status, id), the two others over
 * posts_topic_backed (topic_id, status, backing_count, id, sql/012);
 * and the topic's newest public article (the team's, sql/020), one entry
 * of articles_topic (topic_id, public_at, id), and its newest public
 * episode (sql/021, episodes_topic the same way). Both move the site's
 * version as posts do, so the kept piece shows a newly published one on
 * the next page; one scheduled shows once its time has come and the
 * minute turned (frag.h).
 */
#include "db.h"
#include "feed.h"
#include "i18n.h"
#include "limits.h"
#include "page.h"
#include "tmpl.h"
#include "topics.h"

static const char SQL_TOPIC_POSTS[] = "SELECT " FEED_POST_COLUMNS FEED_POST_FROM(
    "FORCE INDEX (posts_topic)") "WHERE p.topic_id = ? AND p.status = 'visible' "
                                 "AND p.id < ? ORDER BY p.id DESC LIMIT ?";
static const char SQL_TOPIC_UNANSWERED[] = "SELECT " FEED_POST_COLUMNS FEED_POST_FROM(
    "FORCE INDEX (posts_topic_backed)") "WHERE p.topic_id = ? AND p.status = 'visible' "
                                        "AND p.backing_count = 0 AND p.id < ? "
                                        "ORDER BY p.id DESC LIMIT ?";
/* After the row (backings, before): fewer backings, or as many and older. */
static const char SQL_TOPIC_BACKED[] = "SELECT " FEED_POST_COLUMNS FEED_POST_FROM(
    "FORCE INDEX (posts_topic_backed)") "WHERE p.topic_id = ? AND p.status = 'visible' "
                                        "AND (p.backing_count < ? OR (p.backing_count = ? "
                                        "AND p.id < ?)) "
                                        "ORDER BY p.backing_count DESC, p.id DESC LIMIT ?";

static const char SQL_TOPIC_ARTICLE[] =
    "SELECT a.slug AS article_slug, a.title AS article_title, a.summary AS article_summary "
    "FROM articles a FORCE INDEX (articles_topic) WHERE a.topic_id = ? "
    "AND a.public_at <= NOW() ORDER BY a.public_at DESC, a.id DESC LIMIT 1";
/* Its newest public episode (sql/021), one entry of episodes_topic. */
static const char SQL_TOPIC_EPISODE[] =
    "SELECT e.slug AS episode_slug, e.title AS episode_title "
    "FROM episodes e FORCE INDEX (episodes_topic) WHERE e.topic_id = ? "
    "AND e.public_at <= NOW() ORDER BY e.public_at DESC, e.id DESC LIMIT 1";

/* The topic's page below its frame: the same for everyone. Its name is
 * the note (the page's title). 404 when the slug is no topic. */
static int fill_topic(struct request *req, struct tmpl_dict *d, const void *arg, const char **note)
{
	const char *slug = arg;
	size_t row;
	struct db_rows *topics = feed_topics(req, d, slug, &row);
	if (!topics)
		return -1;
	if (row == (size_t)-1)
		return 404;
	long long topic = db_get_int(topics, row, "id");
	long long before = feed_before(req), backings = feed_backings_before(req);
	struct db_rows *posts;
	switch (feed_show(req)) {
	case SHOW_UNANSWERED:
		posts = db_query(req, SQL_TOPIC_UNANSWERED, FEED_LANG, db_int(topic),
		                 db_int(before), db_int(PAGE_SIZE + 1));
		break;
	case SHOW_BACKED:
		posts = db_query(req, SQL_TOPIC_BACKED, FEED_LANG, db_int(topic), db_int(backings),
		                 db_int(backings), db_int(before), db_int(PAGE_SIZE + 1));
		break;
	default:
		posts = db_query(req, SQL_TOPIC_POSTS, FEED_LANG, db_int(topic), db_int(before),
		                 db_int(PAGE_SIZE + 1));
		break;
	}
	if (!posts)
		return -1;
	struct db_rows *article = db_query(req, SQL_TOPIC_ARTICLE, db_int(topic));
	if (!article)
		return -1;
	if (article->nrows == 1) {
		tmpl_show(d, "article");
		page_row(d, article, 0);
	}
	struct db_rows *episode = db_query(req, SQL_TOPIC_EPISODE, db_int(topic));
	if (!episode)
		return -1;
	if (episode->nrows == 1) {
		tmpl_show(d, "episode");
		page_row(d, episode, 0);
	}
	page_row(d, topics, row); /* name, slug, description */
	const char *path = arena_printf(req->arena, "/t/%s", slug);
	feed_filters(req, d, path);
	feed_filtered_list(
	    req, d, posts, path,
	    _("No posts in this topic yet. Something on your mind? Write the first."));
	*note = db_get(topics, row, "name");
	return 0;
}

int topic_fn(struct request *req)
{
	static const char *none = N_("There is no such topic. Choose one from the front page.");
	const char *slug = req->args[0];
	if (!topic_slug_valid(slug)) /* a slug no topic can have: no query */
		return page_error(req, 404, _(none));
	struct tmpl_dict *d = page_begin(req, "", "feed/topic.tpl");
	const char *key = arena_printf(req->arena, "topic:%s:%s", slug, feed_filter_key(req));
	const char *name;
	int rc = feed_piece(req, d, "topic", key, "feed/topic_piece.tpl", fill_topic, slug, &name);
	if (rc == 404)
		return page_error(req, 404, _(none));
	if (rc)
		return rc;
	tmpl_set(req->layout, "title", name);
	page_feed(req, arena_printf(req->arena, _("Opbak: %s"), name),
	          arena_printf(req->arena, "/t/%s/feed.xml", slug));
	return page_end(req, 200);
}
