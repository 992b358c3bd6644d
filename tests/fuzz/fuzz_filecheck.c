/*
 * fuzz_filecheck.c - the headers of uploaded files (cgi-bin/media/
 * filecheck.c): an MP3's Xing/Info byte count, an MP4's boxes and brand,
 * a PNG's or JPEG's size, over any bytes.
 *
 * Invariants (a broken one aborts): each answers 0 or 1 (the size: 0 or
 * -1), never reads past len (ASan, on an exact copy), and a size found
 * is positive; a file that is whole stays whole when nothing is cut and
 * an MP4 cut by one byte is cut short.
 *
 * Built with libFuzzer by `make fuzz`, or with replay.c by `make unit`.
 */
#include "fuzz.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "filecheck.h"

static void check(int ok)
{
	if (!ok)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *copy = malloc(size ? size : 1);
	if (size)
		memcpy(copy, data, size);
	int mp3 = filecheck_mp3_cut_short(copy, size);
	check(mp3 == 0 || mp3 == 1);
	int mp4 = filecheck_mp4_cut_short(copy, size);
	check(mp4 == 0 || mp4 == 1);
	if (mp4 == 0 && size >= 8) {
		/* whole: cut one byte and it is cut short, unless its last box
		 * runs to the end (size 0) */
		int open_end = 0;
		for (size_t pos = 0; pos + 8 <= size;) {
			unsigned long long n = (unsigned long long)copy[pos] << 24 | copy[pos + 1] << 16 |
			                       copy[pos + 2] << 8 | copy[pos + 3];
			if (n == 0) {
				open_end = 1;
				break;
			}
			if (n == 1) {
				if (pos + 16 > size)
					break;
				n = 0;
				for (int i = 8; i < 16; i++)
					n = n << 8 | copy[pos + i];
			}
			pos += (size_t)n;
		}
		check(open_end || filecheck_mp4_cut_short(copy, size - 1) == 1);
	}
	int m4a = filecheck_mp4_is_m4a(copy, size);
	check(m4a == 0 || m4a == 1);
	int w = 0, h = 0;
	int rc = filecheck_image_size(copy, size, &w, &h);
	check(rc == 0 || rc == -1);
	check(rc < 0 || (w > 0 && h > 0));
	free(copy);
	return 0;
}
