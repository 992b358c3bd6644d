/*
 * frag.h - pieces of pages that many readers see alike (the newest posts
 * with the topics, a topic's page), rendered once per worker and kept
 * until the site changes.
 *
 * The site's version is SUM(n) over site_changes (sql/009): triggers move
 * it in the same transaction as any change to posts, topics or a
 * member's handle, so no code path can forget it. A logged-in request
 * reads it in its session statement (auth.c): a page made of kept pieces
 * costs that one statement. Anyone else reads it with the first
 * frag_get(). A piece is kept under its key and the request's language
 * until the version moves or the minute turns (pieces say "5 minutes
 * ago"); at most FRAG_SLOTS of them, the oldest going first.
 *
 * A piece must be the same for every reader who asks for its key: no
 * name, no form, nothing of one member. It is at least as new as the
 * version read before it was made, so a member sees his own write, and
 * no longer sees a post a moderator hid, on his next page.
 */
#ifndef OPBAK_FRAG_H
#define OPBAK_FRAG_H

#include <stddef.h>

#include "request.h"

#define FRAG_SLOTS 64

struct frag {
	const char *html; /* sanitised HTML: put in a page with {{name:none}} */
	size_t len;
	const char *note; /* a short text kept with it (a title), or "" */
};

/* The piece kept under key, or NULL: make it and frag_put() it. NULL
 * with req->db_failed set when the version could not be read. */
const struct frag *frag_get(struct request *req, const char *key);

/* Keep html (len bytes) and note (may be NULL) under key for the version
 * frag_get() read. Returns the piece to use in this request (a copy in
 * the request's arena when it cannot be kept). */
const struct frag *frag_put(struct request *req, const char *key, const char *html, size_t len,
                            const char *note);

/* Forget every piece (tests; a worker never needs it). */
void frag_clear(void);

#endif
