/*
 * replay.c - a main() for the fuzz targets when they are built without
 * libFuzzer (make unit): feed every file named on the command line, or
 * found in a directory named there, to LLVMFuzzerTestOneInput once, and
 * print TAP so the test runner counts the inputs like any other test.
 *
 *   build/fuzz/fuzz_urlencoded tests/fuzz/corpus/urlencoded
 *   1..8
 *   # tests/fuzz/corpus/urlencoded/empty (0 bytes)
 *   ok 1 - tests/fuzz/corpus/urlencoded/empty
 *   ...
 *
 * Each input sits in a heap block of exactly its size, so that under
 * ASan a read one byte past the end is caught as it would be by libFuzzer.
 * A target that finds a broken invariant calls abort(): the run stops
 * there, short of its plan, and the last "# file" comment names the
 * input that did it.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

struct paths {
	char **items;
	size_t count, cap;
};

static void add_path(struct paths *p, const char *path)
{
	if (p->count == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 64;
		p->items = realloc(p->items, p->cap * sizeof *p->items);
		if (!p->items) {
			perror("replay");
			exit(2);
		}
	}
	p->items[p->count] = strdup(path);
	if (!p->items[p->count]) {
		perror("replay");
		exit(2);
	}
	p->count++;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A directory contributes its regular files (not dot-files, not
 * subdirectories), in name order so runs are comparable. A path that
 * cannot be listed is kept as it is, so that reading it fails and shows
 * up as "not ok" rather than silently shrinking the plan. */
static void collect(struct paths *p, const char *arg)
{
	struct stat st;
	if (stat(arg, &st) < 0 || !S_ISDIR(st.st_mode)) {
		add_path(p, arg);
		return;
	}
	DIR *d = opendir(arg);
	if (!d) {
		add_path(p, arg);
		return;
	}
	size_t first = p->count;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		size_t n = strlen(arg) + 1 + strlen(e->d_name) + 1;
		char *path = malloc(n);
		if (!path) {
			perror("replay");
			exit(2);
		}
		snprintf(path, n, "%s/%s", arg, e->d_name);
		if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
			add_path(p, path);
		free(path);
	}
	closedir(d);
	qsort(p->items + first, p->count - first, sizeof *p->items, by_name);
}

/* Read a whole file into an exact-size heap block; -1 on error. */
static int read_file(const char *path, uint8_t **data, size_t *size)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	size_t cap = 4096, len = 0, got;
	uint8_t *buf = malloc(cap);
	while (buf && (got = fread(buf + len, 1, cap - len, f)) > 0) {
		len += got;
		if (len == cap) {
			uint8_t *nb = realloc(buf, cap * 2);
			if (!nb)
				free(buf);
			buf = nb;
			cap *= 2;
		}
	}
	int bad = !buf || ferror(f);
	fclose(f);
	uint8_t *exact = bad ? NULL : malloc(len ? len : 1);
	if (exact)
		memcpy(exact, buf, len);
	free(buf);
	if (!exact)
		return -1;
	*data = exact;
	*size = len;
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: %s FILE-OR-DIRECTORY...\n", argv[0]);
		return 2;
	}
	struct paths p = {0};
	int failed = 0;
	for (int i = 1; i < argc; i++)
		collect(&p, argv[i]);

	printf("1..%zu\n", p.count);
	fflush(stdout);
	for (size_t i = 0; i < p.count; i++) {
		uint8_t *data;
		size_t size;
		if (read_file(p.items[i], &data, &size) < 0) {
			printf("not ok %zu - %s # cannot read\n", i + 1, p.items[i]);
			failed = 1;
			continue;
		}
		/* Named before it runs: if it aborts, this is the last line. */
		printf("# %s (%zu bytes)\n", p.items[i], size);
		fflush(stdout);
		LLVMFuzzerTestOneInput(data, size);
		free(data);
		printf("ok %zu - %s\n", i + 1, p.items[i]);
		fflush(stdout);
	}
	for (size_t i = 0; i < p.count; i++)
		free(p.items[i]);
	free(p.items);
	return failed;
}
