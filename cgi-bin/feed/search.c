/*
 * search.c - GET /search?q=: posts whose title or body match the words,
 * newest first, paginated by key. MariaDB's FULLTEXT index posts_text in
 * natural language mode (words shorter than innodb_ft_min_token_size and
 * stop words are not searched). Without q, or with an empty one, the page
 * is the search box alone; q over LIMIT_SEARCH_MAX characters (or not
 * text) is a 400 with the message next to the box, which keeps the words.
 *
 * Queries: none while the worker keeps the results for these words (a
 * piece, feed_piece); else one, MATCH ... AGAINST over visible posts.
 * InnoDB collects every match before it can order them by id, so a word
 * in many posts costs its whole list once per change of the site.
 */
#include "app.h"
#include "db.h"
#include "feed.h"
#include "form.h"
#include "i18n.h"
#include "limits.h"
#include "page.h"
#include "tmpl.h"
#include "text.h"

static const char SQL_SEARCH[] = "SELECT " FEED_POST_COLUMNS FEED_POST_FROM(
    "") "WHERE MATCH (p.title, p.body) AGAINST (? IN NATURAL LANGUAGE MODE) "
        "AND p.status = 'visible' AND p.id < ? "
        "ORDER BY p.id DESC LIMIT ?";

const struct field search_fields[] = {
    TEXT_FIELD("q", N_("Search words"), 0, LIMIT_SEARCH_MAX, 0),
    FEED_BEFORE_FIELD,
    FIELDS_END,
};

/* The posts that match q (arg): the same for everyone who asks. */
static int fill_results(struct request *req, struct tmpl_dict *d, const void *arg,
                        const char **note)
{
	(void)note;
	const char *q = arg;
	struct db_rows *r = db_query(req, SQL_SEARCH, FEED_LANG, db_text(q),
	                             db_int(feed_before(req)), db_int(PAGE_SIZE + 1));
	if (!r)
		return -1;
	feed_post_list(
	    req, d, r,
	    arena_printf(req->arena, "/search?q=%s&before=", text_url_encode(req->arena, q, 0)),
	    _("No posts match these words. Try other or fewer words."),
	    _("There are no older posts that match."));
	return 0;
}

int search_fn(struct request *req)
{
	int bad = req->query_in->failed; /* q too long or not text: say so by the box */
	const char *q = req_text(req, "q");
	struct tmpl_dict *d = page_begin(req, _("Search"), "feed/search.tpl");
	form_fill(req->query_in, d);
	tmpl_set_int(d, "q_max", LIMIT_SEARCH_MAX);
	if (!bad && *q) {
		const char *key = arena_printf(req->arena, "search:%lld:%s", feed_before(req), q);
		int rc = feed_piece(req, d, "results", key, "feed/search_results.tpl", fill_results,
		                    q, NULL);
		if (rc)
			return rc;
	}
	return page_end(req, bad ? 400 : 200);
}
