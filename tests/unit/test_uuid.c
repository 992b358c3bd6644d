/*
 * test_uuid.c - SHA-1 against FIPS 180-4's examples, UUID v5 against the
 * Podcasting 2.0 namespace's example and Python's uuid.uuid5, UUID v4's
 * form (cgi-bin/media/uuid.c).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "media.h"

static const char *hex20(const unsigned char h[20], char out[41])
{
	for (int i = 0; i < 20; i++)
		snprintf(out + 2 * i, 3, "%02x", h[i]);
	return out;
}

static void test_sha1_matches_the_standard_examples(void **state)
{
	(void)state;
	unsigned char h[20];
	char t[41];
	sha1("abc", 3, h);
	assert_string_equal(hex20(h, t), "a9993e364706816aba3e25717850c26c9cd0d89d");
	sha1("", 0, h);
	assert_string_equal(hex20(h, t), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
	const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"; /* 56 bytes */
	sha1(two, strlen(two), h);
	assert_string_equal(hex20(h, t), "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
	static char million[1000000];
	memset(million, 'a', sizeof million);
	sha1(million, sizeof million, h);
	assert_string_equal(hex20(h, t), "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

static void test_uuid_v5_is_the_namespace_s_example(void **state)
{
	(void)state;
	char u[UUID_TEXT];
	/* podcastindex.org's podcast:guid example, and Python's uuid5. */
	assert_int_equal(uuid_v5(PODCAST_GUID_NS, "mp3s.nashownotes.com/pc20rss.xml", u), 0);
	assert_string_equal(u, "917393e3-1b1e-5cef-ace4-edaa54e1f810");
	assert_int_equal(uuid_v5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org", u), 0);
	assert_string_equal(u, "886313e1-3b8a-5372-9b90-0c9aee199e5d");
	podcast_guid("https://mp3s.nashownotes.com/pc20rss.xml/", u);
	assert_string_equal(u, "917393e3-1b1e-5cef-ace4-edaa54e1f810");
	assert_int_equal(uuid_v5("not-a-uuid", "x", u), -1);
	assert_int_equal(uuid_v5("6ba7b810-9dad-11d1-80b4-00c04fd430cZ", "x", u), -1);
}

static void test_uuid_v4_is_random_and_well_formed(void **state)
{
	(void)state;
	char a[UUID_TEXT], b[UUID_TEXT];
	uuid_v4(a);
	uuid_v4(b);
	assert_int_equal(strlen(a), 36);
	assert_string_not_equal(a, b);
	assert_int_equal(a[14], '4');
	assert_non_null(strchr("89ab", a[19]));
	assert_int_equal(a[8], '-');
	assert_int_equal(a[23], '-');
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_sha1_matches_the_standard_examples),
	    cmocka_unit_test(test_uuid_v5_is_the_namespace_s_example),
	    cmocka_unit_test(test_uuid_v4_is_random_and_well_formed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
