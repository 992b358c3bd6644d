/*
 * test_frag.c - the pieces a worker keeps (core/frag.c): a piece comes
 * back under its key while the site's version stays, is gone once the
 * version moves, and the oldest goes first when every slot is taken. A
 * piece that cannot be kept still serves its own request.
 *
 * The requests here carry a version already read (as a logged-in
 * request's session statement gives it), so no database is needed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "arena.h"
#include "frag.h"
#include "request.h"

static struct arena arena;

static struct request at_version(long long version)
{
	struct request req;
	memset(&req, 0, sizeof req);
	req.arena = &arena;
	req.site_version = version;
	req.site_version_known = 1;
	return req;
}

static void a_kept_piece_comes_back_with_its_note_until_the_version_moves(void **state)
{
	(void)state;
	frag_clear();
	struct request req = at_version(7);
	assert_null(frag_get(&req, "home:0"));
	const struct frag *made = frag_put(&req, "home:0", "<ol>a</ol>", 10, "Family");
	assert_string_equal(made->html, "<ol>a</ol>");

	struct request next = at_version(7);
	const struct frag *kept = frag_get(&next, "home:0");
	assert_non_null(kept);
	assert_int_equal(kept->len, 10);
	assert_memory_equal(kept->html, "<ol>a</ol>", 10);
	assert_string_equal(kept->note, "Family");
	assert_null(frag_get(&next, "home:42")); /* another page of the list */

	struct request changed = at_version(8);
	assert_null(frag_get(&changed, "home:0"));
	struct request back = at_version(7); /* an older reading keeps nothing either */
	assert_null(frag_get(&back, "home:0"));
	arena_reset(&arena);
}

static void the_oldest_piece_goes_first_when_every_slot_is_taken(void **state)
{
	(void)state;
	frag_clear();
	struct request req = at_version(1);
	char key[32];
	for (int i = 0; i <= FRAG_SLOTS; i++) {
		snprintf(key, sizeof key, "topic:t%d", i);
		frag_put(&req, key, key, strlen(key), NULL);
	}
	assert_null(frag_get(&req, "topic:t0"));
	for (int i = 1; i <= FRAG_SLOTS; i++) {
		snprintf(key, sizeof key, "topic:t%d", i);
		const struct frag *f = frag_get(&req, key);
		assert_non_null(f);
		assert_string_equal(f->html, key);
		assert_string_equal(f->note, "");
	}
	frag_clear();
	arena_reset(&arena);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(a_kept_piece_comes_back_with_its_note_until_the_version_moves),
	    cmocka_unit_test(the_oldest_piece_goes_first_when_every_slot_is_taken),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	arena_free(&arena);
	return rc;
}
