/*
 * frag.c - see frag.h. Worker-lifetime: the kept pieces, in FRAG_SLOTS
 * slots taken in turn, and what they were made for.
 */
#include "frag.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "db.h"
#include "i18n.h"

static const char SQL_VERSION[] =
    "SELECT CAST(COALESCE(SUM(n), 0) AS SIGNED) AS site_version FROM site_changes";

struct slot {
	char *key;
	struct frag piece;
};

static struct slot slots[FRAG_SLOTS];
static size_t next_slot;
static long long kept_version = -1;
static long long kept_minute = -1;

void frag_clear(void)
{
	for (size_t i = 0; i < FRAG_SLOTS; i++) {
		free(slots[i].key);
		free((char *)slots[i].piece.html);
		free((char *)slots[i].piece.note);
	}
	memset(slots, 0, sizeof slots);
	next_slot = 0;
	kept_version = -1;
}

/* Make sure what is kept belongs to this request's version and minute;
 * -1 when the version cannot be read. */
static int current(struct request *req)
{
	if (!req->site_version_known) {
		struct db_rows *r = db_query(req, SQL_VERSION);
		if (!r || r->nrows != 1)
			return -1;
		req->site_version = db_get_int(r, 0, "site_version");
		req->site_version_known = 1;
	}
	long long minute = (long long)(time(NULL) / 60);
	if (req->site_version != kept_version || minute != kept_minute) {
		frag_clear();
		kept_version = req->site_version;
		kept_minute = minute;
	}
	return 0;
}

/* A piece is kept per language: the key as kept starts with its code. */
static const char *lang_key(struct request *req, const char *key)
{
	return arena_printf(req->arena, "%s|%s", i18n_lang(), key);
}

const struct frag *frag_get(struct request *req, const char *key)
{
	if (current(req) < 0)
		return NULL;
	key = lang_key(req, key);
	for (size_t i = 0; i < FRAG_SLOTS; i++)
		if (slots[i].key && strcmp(slots[i].key, key) == 0)
			return &slots[i].piece;
	return NULL;
}

static char *copy(const char *s, size_t len)
{
	char *c = malloc(len + 1);
	if (c) {
		memcpy(c, s, len);
		c[len] = '\0';
	}
	return c;
}

const struct frag *frag_put(struct request *req, const char *key, const char *html, size_t len,
                            const char *note)
{
	if (!note)
		note = "";
	struct frag *here = arena_alloc(req->arena, sizeof *here);
	here->html = arena_strndup(req->arena, html, len);
	here->len = len;
	here->note = arena_strdup(req->arena, note);
	if (current(req) < 0)
		return here;
	struct slot *s = &slots[next_slot];
	free(s->key);
	free((char *)s->piece.html);
	free((char *)s->piece.note);
	memset(s, 0, sizeof *s);
	key = lang_key(req, key);
	s->key = copy(key, strlen(key));
	char *h = copy(html, len);
	char *n = copy(note, strlen(note));
	if (!s->key || !h || !n) {
		free(s->key);
		free(h);
		free(n);
		s->key = NULL;
		return here;
	}
	s->piece = (struct frag){h, len, n};
	next_slot = (next_slot + 1) % FRAG_SLOTS;
	return &s->piece;
}
