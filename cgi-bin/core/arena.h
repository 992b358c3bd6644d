/*
 * arena.h - per-request memory and a growing byte buffer.
 *
 * A worker owns one arena. Everything a request allocates comes from it and
 * is released at once by arena_reset() when the request ends, so handlers
 * never call free(). Blocks are kept between requests: a warm worker does
 * not call malloc at all for a typical page.
 *
 * struct buf is a growing byte string (NUL-terminated at all times). A buf
 * is owned by whoever declared it and freed with buf_free(); the response
 * buffers are worker-lifetime and only buf_reset() between requests.
 */
#ifndef OPBAK_ARENA_H
#define OPBAK_ARENA_H

#include <stdarg.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct arena_block;

struct arena {
	struct arena_block *head;  /* block being filled */
	struct arena_block *spare; /* blocks kept for the next request */
};

/* Return size bytes aligned for any type; never NULL (aborts on OOM). */
void *arena_alloc(struct arena *a, size_t size);
/* Zero-filled allocation of n elements of size bytes; aborts on overflow. */
void *arena_calloc(struct arena *a, size_t n, size_t size);
char *arena_strdup(struct arena *a, const char *s);
char *arena_strndup(struct arena *a, const char *s, size_t len);
char *arena_printf(struct arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Release everything allocated since the last reset; keep the blocks. */
void arena_reset(struct arena *a);
/* Release the blocks too (end of the worker, or tests). */
void arena_free(struct arena *a);

struct buf {
	char *data; /* always NUL-terminated when len > 0 or after any append */
	size_t len;
	size_t cap;
};

void buf_append(struct buf *b, const void *data, size_t len);
void buf_puts(struct buf *b, const char *s);
void buf_putc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(struct buf *b, const char *fmt, va_list ap);
void buf_reset(struct buf *b);
void buf_free(struct buf *b);

#ifdef __cplusplus
}
#endif

#endif
