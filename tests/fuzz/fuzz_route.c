/*
 * fuzz_route.c - route_match (core/app.c), which every request's path
 * goes through, over any pattern and path.
 *
 * The input is a pattern, a NUL byte, then a path. Invariants (a broken
 * one aborts):
 *   - the answer is 0 or 1;
 *   - on a match: one capture per '*' or '#' of the pattern (so at most
 *     LIMIT_PATH_ARGS), each non-empty and free of '/', every '#' capture
 *     a valid id (req_parse_id), and putting the captures back into the
 *     pattern gives the path again, or the path without one trailing '/';
 *   - a pattern without '*' or '#' matches itself.
 *
 * Built with libFuzzer by `make fuzz`, or with replay.c by `make unit`.
 */
#include "fuzz.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "arena.h"
#include "limits.h"
#include "request.h"

static struct arena arena; /* kept across inputs, reset for each */

static void check(int ok)
{
	if (!ok)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 2 * LIMIT_PATH)
		return 0;
	arena_reset(&arena);
	char *pattern = arena_alloc(&arena, size + 2);
	memcpy(pattern, data, size);
	pattern[size] = pattern[size + 1] = '\0';
	size_t plen = strlen(pattern);
	const char *path = pattern + plen + 1; /* after the first NUL, or "" */
	size_t len = strlen(path);

	const char *args[LIMIT_PATH_ARGS + 1];
	size_t nargs = 99;
	int m = route_match(pattern, path, args, &nargs, &arena);
	check(m == 0 || m == 1);
	check(nargs <= LIMIT_PATH_ARGS);
	if (m) {
		char *back = arena_alloc(&arena, len + 1);
		size_t o = 0, k = 0;
		for (const char *p = pattern; *p; p++) {
			if (*p != '*' && *p != '#') {
				check(o < len);
				back[o++] = *p;
				continue;
			}
			check(k < nargs);
			const char *arg = args[k++];
			size_t alen = strlen(arg);
			check(alen > 0 && !strchr(arg, '/') && o + alen <= len);
			if (*p == '#')
				check(req_parse_id(arg) > 0);
			memcpy(back + o, arg, alen);
			o += alen;
		}
		check(k == nargs);
		check(o == len || (o + 1 == len && path[len - 1] == '/'));
		check(memcmp(back, path, o) == 0);
	}

	if (!strpbrk(pattern, "*#")) {
		size_t n;
		check(route_match(pattern, pattern, args, &n, &arena) == 1 && n == 0);
	}
	return 0;
}
