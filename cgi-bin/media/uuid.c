/*
 * uuid.c - SHA-1 (only for UUID v5: libsodium has none), random UUIDs
 * (v4) and name-based ones (v5), RFC 9562. tests/unit/test_uuid.c holds
 * the test vectors (FIPS 180-4's, Python's uuid.uuid5).
 */
#include <sodium.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "media.h"

#define ROL(x, n) (((x) << (n)) | ((x) >> (32 - (n))))

static void sha1_block(uint32_t h[5], const unsigned char *p)
{
	uint32_t w[80];
	for (int i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
		       (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
	for (int i = 16; i < 80; i++)
		w[i] = ROL(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
	uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
	for (int i = 0; i < 80; i++) {
		uint32_t f, k;
		if (i < 20) {
			f = (b & c) | (~b & d);
			k = 0x5A827999;
		} else if (i < 40) {
			f = b ^ c ^ d;
			k = 0x6ED9EBA1;
		} else if (i < 60) {
			f = (b & c) | (b & d) | (c & d);
			k = 0x8F1BBCDC;
		} else {
			f = b ^ c ^ d;
			k = 0xCA62C1D6;
		}
		uint32_t t = ROL(a, 5) + f + e + k + w[i];
		e = d;
		d = c;
		c = ROL(b, 30);
		b = a;
		a = t;
	}
	h[0] += a;
	h[1] += b;
	h[2] += c;
	h[3] += d;
	h[4] += e;
}

void sha1(const void *data, size_t len, unsigned char out[20])
{
	uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
	const unsigned char *p = data;
	size_t left = len;
	for (; left >= 64; left -= 64, p += 64)
		sha1_block(h, p);
	unsigned char last[128] = {0};
	memcpy(last, p, left);
	last[left] = 0x80;
	size_t n = left < 56 ? 64 : 128;
	unsigned long long bits = (unsigned long long)len * 8;
	for (int i = 0; i < 8; i++)
		last[n - 1 - i] = (unsigned char)(bits >> (8 * i));
	sha1_block(h, last);
	if (n == 128)
		sha1_block(h, last + 64);
	for (int i = 0; i < 20; i++)
		out[i] = (unsigned char)(h[i / 4] >> (24 - 8 * (i % 4)));
}

static void uuid_text(const unsigned char b[16], char out[UUID_TEXT])
{
	snprintf(out, UUID_TEXT,
	         "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
	         b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14],
	         b[15]);
}

void uuid_v4(char out[UUID_TEXT])
{
	unsigned char b[16];
	randombytes_buf(b, sizeof b);
	b[6] = (unsigned char)((b[6] & 0x0f) | 0x40);
	b[8] = (unsigned char)((b[8] & 0x3f) | 0x80);
	uuid_text(b, out);
}

static int hex(int c)
{
	return c >= '0' && c <= '9'   ? c - '0'
	       : c >= 'a' && c <= 'f' ? c - 'a' + 10
	       : c >= 'A' && c <= 'F' ? c - 'A' + 10
	                              : -1;
}

int uuid_v5(const char *ns, const char *name, char out[UUID_TEXT])
{
	unsigned char b[16];
	size_t n = 0;
	for (const char *p = ns; *p; p++) {
		if (*p == '-' && (p - ns == 8 || p - ns == 13 || p - ns == 18 || p - ns == 23))
			continue;
		int hi = hex(p[0]), lo = p[1] ? hex(p[1]) : -1;
		if (hi < 0 || lo < 0 || n == 16)
			return -1;
		b[n++] = (unsigned char)(hi << 4 | lo);
		p++;
	}
	if (n != 16 || strlen(ns) != 36)
		return -1;
	size_t len = strlen(name);
	unsigned char *msg = malloc(16 + len);
	if (!msg)
		return -1;
	memcpy(msg, b, 16);
	memcpy(msg + 16, name, len);
	unsigned char h[20];
	sha1(msg, 16 + len, h);
	free(msg);
	h[6] = (unsigned char)((h[6] & 0x0f) | 0x50);
	h[8] = (unsigned char)((h[8] & 0x3f) | 0x80);
	uuid_text(h, out);
	return 0;
}

void podcast_guid(const char *url, char out[UUID_TEXT])
{
	const char *p = strstr(url, "://");
	p = p ? p + 3 : url;
	size_t n = strlen(p);
	while (n > 0 && p[n - 1] == '/')
		n--;
	char name[1024];
	snprintf(name, sizeof name, "%.*s", (int)(n < sizeof name - 1 ? n : sizeof name - 1), p);
	uuid_v5(PODCAST_GUID_NS, name, out);
}
