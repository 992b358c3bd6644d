/*
 * filecheck.h - small parsers of uploaded files' own headers (issue 12),
 * what the Debian libraries (libmagic, TagLib, libgd) do not say: whether
 * an audio file is whole, an M4A's brand, an image's size before it is
 * decoded. Pure functions over bytes that never read past len: each has
 * a fuzz target (tests/fuzz/fuzz_filecheck.c). store.c calls them.
 */
#ifndef OPBAK_MEDIA_FILECHECK_H
#define OPBAK_MEDIA_FILECHECK_H

#include <stddef.h>

/* An MP3 whose Xing or Info header (the first frame's, after any ID3v2
 * tag) counts more bytes than follow the tag: 1 (cut short), else 0 (no
 * such header, or the count fits). */
int filecheck_mp3_cut_short(const unsigned char *data, size_t len);

/* An ISO media file (MP4, M4A): 1 when its top-level boxes do not add up
 * to len exactly (the last one runs past the end: cut short; or a box
 * too small to be one), else 0. */
int filecheck_mp4_cut_short(const unsigned char *data, size_t len);

/* 1 when the file's "ftyp" box names the M4A brand ("M4A ", also "M4B ")
 * as its major or a compatible brand, else 0. */
int filecheck_mp4_is_m4a(const unsigned char *data, size_t len);

/* A PNG's or JPEG's size from its header (PNG: IHDR; JPEG: the first
 * start-of-frame segment), before anything is decoded, so a bomb that
 * claims 60000 x 60000 px is refused unread. 0 and *w, *h, else -1. */
int filecheck_image_size(const unsigned char *data, size_t len, int *w, int *h);

#endif
