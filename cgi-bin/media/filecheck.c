/*
 * filecheck.c - the headers of uploaded files (filecheck.h).
 */
#include "filecheck.h"

#include <string.h>

static unsigned long be32(const unsigned char *p)
{
	return (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 | (unsigned long)p[2] << 8 |
	       p[3];
}

/* ---- MP3 ---------------------------------------------------------------- */

/* Where the audio starts: after an ID3v2 tag (10 bytes, a syncsafe size,
 * and a 10-byte footer when its flag says so). */
static size_t id3v2_end(const unsigned char *d, size_t len)
{
	if (len < 10 || memcmp(d, "ID3", 3) != 0)
		return 0;
	if ((d[6] | d[7] | d[8] | d[9]) & 0x80)
		return 0; /* not syncsafe: not a tag */
	size_t size = (size_t)d[6] << 21 | (size_t)d[7] << 14 | (size_t)d[8] << 7 | d[9];
	size += 10;
	if (d[5] & 0x10)
		size += 10;
	return size <= len ? size : len;
}

int filecheck_mp3_cut_short(const unsigned char *data, size_t len)
{
	size_t start = id3v2_end(data, len);
	/* The first frame: a sync of 11 bits at the start (some encoders pad
	 * a little, so look a short way). */
	size_t f = start;
	size_t look = len - start < 4096 ? len - start : 4096;
	while (f + 4 <= start + look && !(data[f] == 0xff && (data[f + 1] & 0xe0) == 0xe0))
		f++;
	if (f + 4 > start + look)
		return 0;
	int version = (data[f + 1] >> 3) & 3; /* 3: MPEG 1, 2: MPEG 2, 0: MPEG 2.5 */
	int mono = ((data[f + 3] >> 6) & 3) == 3;
	if (version == 1)
		return 0; /* reserved: not a frame */
	/* The Xing/Info header follows the side information. */
	size_t side = version == 3 ? (mono ? 17 : 32) : (mono ? 9 : 17);
	size_t x = f + 4 + side;
	if (x + 8 > len)
		return 0;
	if (memcmp(data + x, "Xing", 4) != 0 && memcmp(data + x, "Info", 4) != 0)
		return 0;
	unsigned long flags = be32(data + x + 4);
	size_t at = x + 8;
	if (flags & 1)
		at += 4; /* frames */
	if (!(flags & 2))
		return 0; /* no byte count */
	if (at + 4 > len)
		return 1; /* the header itself is cut */
	unsigned long bytes = be32(data + at);
	return bytes > len - start;
}

/* ---- MP4 / M4A ------------------------------------------------------------ */

int filecheck_mp4_cut_short(const unsigned char *data, size_t len)
{
	size_t pos = 0;
	while (pos < len) {
		if (len - pos < 8)
			return 1;
		unsigned long long size = be32(data + pos);
		size_t head = 8;
		if (size == 1) { /* a 64-bit size follows the type */
			if (len - pos < 16)
				return 1;
			size =
			    (unsigned long long)be32(data + pos + 8) << 32 | be32(data + pos + 12);
			head = 16;
		} else if (size == 0) {
			return 0; /* the last box, to the end of the file */
		}
		if (size < head)
			return 1;
		if (size > len - pos)
			return 1;
		pos += (size_t)size;
	}
	return 0;
}

int filecheck_mp4_is_m4a(const unsigned char *data, size_t len)
{
	if (len < 16 || memcmp(data + 4, "ftyp", 4) != 0)
		return 0;
	unsigned long size = be32(data);
	if (size < 16 || size > len)
		return 0;
	/* major brand at 8, minor version at 12, compatible brands from 16 */
	for (size_t at = 8; at + 4 <= size; at += at == 8 ? 8 : 4)
		if (memcmp(data + at, "M4A ", 4) == 0 || memcmp(data + at, "M4B ", 4) == 0)
			return 1;
	return 0;
}

/* ---- images --------------------------------------------------------------- */

int filecheck_image_size(const unsigned char *data, size_t len, int *w, int *h)
{
	static const unsigned char png[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
	if (len >= 24 && memcmp(data, png, 8) == 0 && memcmp(data + 12, "IHDR", 4) == 0) {
		unsigned long pw = be32(data + 16), ph = be32(data + 20);
		if (pw == 0 || ph == 0 || pw > 1000000 || ph > 1000000)
			return -1;
		*w = (int)pw;
		*h = (int)ph;
		return 0;
	}
	if (len < 4 || data[0] != 0xff || data[1] != 0xd8)
		return -1;
	/* JPEG: segments FF xx with a 2-byte length, up to a start of frame
	 * (C0-CF but C4, C8 and CC, which are tables). */
	size_t pos = 2;
	while (pos + 4 <= len) {
		if (data[pos] != 0xff)
			return -1;
		unsigned char m = data[pos + 1];
		if (m == 0xff) { /* fill byte */
			pos++;
			continue;
		}
		if (m == 0xd8 || (m >= 0xd0 && m <= 0xd7) || m == 0x01) {
			pos += 2; /* markers without a length */
			continue;
		}
		if (m == 0xd9 || m == 0xda)
			return -1; /* the end, or the image data, before any frame */
		size_t seg = (size_t)data[pos + 2] << 8 | data[pos + 3];
		if (seg < 2)
			return -1;
		if (m >= 0xc0 && m <= 0xcf && m != 0xc4 && m != 0xc8 && m != 0xcc) {
			if (seg < 7 || pos + 2 + 7 > len)
				return -1;
			int fh = data[pos + 5] << 8 | data[pos + 6];
			int fw = data[pos + 7] << 8 | data[pos + 8];
			if (fw == 0 || fh == 0)
				return -1;
			*w = fw;
			*h = fh;
			return 0;
		}
		pos += 2 + seg;
	}
	return -1;
}
