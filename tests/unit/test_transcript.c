/*
 * test_transcript.c - WebVTT and SRT transcripts, chapters and their JSON
 * (cgi-bin/media/transcript.c), and the headers of uploaded files
 * (cgi-bin/media/filecheck.c).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "arena.h"
#include "filecheck.h"
#include "transcript.h"

static struct arena a;

static int parse(const char *s, struct transcript *t)
{
	return transcript_parse(&a, s, strlen(s), t);
}

static void test_webvtt_cues_have_times_and_text_without_tags(void **state)
{
	(void)state;
	struct transcript t;
	assert_int_equal(parse("WEBVTT - a show\nKind: captions\n\n"
	                       "NOTE made by hand\n\n"
	                       "intro\n00:00.000 --> 00:02.500 align:start\n<v Anna>Hello</v> and "
	                       "<i>welcome</i>.\nSecond line &amp; more.\n\n"
	                       "01:00:02.000 --> 01:00:03.000\nLate\n",
	                       &t),
	                 0);
	assert_int_equal(t.format, TRANSCRIPT_VTT);
	assert_int_equal(t.count, 2);
	assert_int_equal(t.cues[0].from_ms, 0);
	assert_int_equal(t.cues[0].to_ms, 2500);
	assert_string_equal(t.cues[0].text, "Hello and welcome. Second line & more.");
	assert_int_equal(t.cues[1].from_ms, 3602000);
	assert_string_equal(t.cues[1].text, "Late");
}

static void test_srt_with_crlf_and_a_bom_is_read(void **state)
{
	(void)state;
	struct transcript t;
	assert_int_equal(parse("\xef\xbb\xbf"
	                       "1\r\n00:00:01,000 --> 00:00:02,000\r\nHej med dig\r\n\r\n"
	                       "2\r\n00:00:02,000 --> 00:00:04,250\r\nSøvn og eksamen\r\n",
	                       &t),
	                 0);
	assert_int_equal(t.format, TRANSCRIPT_SRT);
	assert_int_equal(t.count, 2);
	assert_int_equal(t.cues[1].to_ms, 4250);
	assert_string_equal(t.cues[1].text, "Søvn og eksamen");
}

static void test_a_cue_starting_before_the_one_above_is_refused(void **state)
{
	(void)state;
	struct transcript t;
	assert_int_equal(parse("1\n00:00:03,000 --> 00:00:04,000\nA\n\n"
	                       "2\n00:00:01,000 --> 00:00:02,000\nB\n",
	                       &t),
	                 -1);
	assert_int_equal(parse("WEBVTT\n\n00:05.000 --> 00:04.000\nends before it starts\n", &t),
	                 -1);
}

static void test_malformed_times_are_refused(void **state)
{
	(void)state;
	struct transcript t;
	const char *bad[] = {
	    "WEBVTT\n\n00:00,000 --> 00:01.000\nSRT comma in WebVTT\n",
	    "1\n00:00:00.000 --> 00:00:01,000\nWebVTT dot in SRT\n",
	    "WEBVTT\n\n00:61.000 --> 00:62.000\nsixty-one seconds\n",
	    "WEBVTT\n\n0:00.000 --> 00:01.000\none digit of minutes\n",
	    "WEBVTT\n\n00:00.00 --> 00:01.000\ntwo digits of milliseconds\n",
	    "1\n00:00:00,000 -> 00:00:01,000\nno arrow\n",
	    "1\n00:00:00,000 --> 00:00:01,000 x\nSRT has no settings\n",
	    "one\n00:00:00,000 --> 00:00:01,000\nnot a number\n",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_int_equal(parse(bad[i], &t), -1);
}

static void test_neither_format_nor_utf8_nor_cues_is_refused(void **state)
{
	(void)state;
	struct transcript t;
	assert_int_equal(parse("", &t), -1);
	assert_int_equal(parse("WEBVTT\n\n", &t), -1);
	assert_int_equal(parse("Just some text.\nNo cues.\n", &t), -1);
	assert_int_equal(parse("1\n00:00:00,000 --> 00:00:01,000\nbad \xff byte\n", &t), -1);
	assert_int_equal(transcript_parse(&a, "1\n00:00:00,000 --> 00:00:01,000\nA\0B\n", 36, &t),
	                 -1);
}

static void test_a_missing_blank_line_between_cues_is_refused(void **state)
{
	(void)state;
	struct transcript t;
	assert_int_equal(parse("1\n00:00:00,000 --> 00:00:01,000\nA\n"
	                       "2\n00:00:01,000 --> 00:00:02,000\nB\n",
	                       &t),
	                 -1);
}

static void test_parse_never_reads_past_len(void **state)
{
	(void)state;
	struct transcript t;
	const char *s = "WEBVTT\n\n00:00.000 --> 00:01.000\nAB";
	assert_int_equal(transcript_parse(&a, s, strlen(s) - 1, &t), 0);
	assert_string_equal(t.cues[0].text, "A");
	/* cut inside the timing line */
	assert_int_equal(transcript_parse(&a, s, 20, &t), -1);
}

/* ---- chapters ---- */

static void test_chapters_are_read_with_both_clocks(void **state)
{
	(void)state;
	struct chapters c;
	int bad = -1;
	assert_int_equal(chapters_parse(&a, "0:00 Intro\n\n  12:30   Sleep  \r\n1:02:03 Exams\n", &c,
	                                &bad),
	                 0);
	assert_int_equal(c.count, 3);
	assert_int_equal(c.items[1].start_s, 750);
	assert_string_equal(c.items[1].title, "Sleep");
	assert_int_equal(c.items[2].start_s, 3723);
	assert_int_equal(chapters_parse(&a, "", &c, &bad), 0);
	assert_int_equal(c.count, 0);
}

static void test_chapters_name_the_wrong_line(void **state)
{
	(void)state;
	struct chapters c;
	int bad = 0;
	assert_int_equal(chapters_parse(&a, "0:05 Not at the start\n", &c, &bad), -1);
	assert_int_equal(bad, 1);
	assert_int_equal(chapters_parse(&a, "0:00 A\n5:00 B\n4:00 C\n", &c, &bad), -1);
	assert_int_equal(bad, 3);
	assert_int_equal(chapters_parse(&a, "0:00 A\n\n1:60 B\n", &c, &bad), -1);
	assert_int_equal(bad, 3);
	assert_int_equal(chapters_parse(&a, "0:00\n", &c, &bad), -1);
	assert_int_equal(bad, 1);
	assert_int_equal(chapters_parse(&a, "0:00 A\n1:00 \xc3\n", &c, &bad), -1);
	assert_int_equal(bad, 2);
	char title[200];
	memset(title, 'x', 121);
	strcpy(title + 121, "\n");
	char text[260] = "0:00 ";
	strcat(text, title);
	assert_int_equal(chapters_parse(&a, text, &c, &bad), -1);
	assert_int_equal(bad, 1);
}

static void test_at_most_a_hundred_chapters(void **state)
{
	(void)state;
	char text[4000] = "";
	for (int i = 0; i < 101; i++) {
		char line[32];
		snprintf(line, sizeof line, "%d:%02d:00 C\n", i / 60, i % 60);
		strcat(text, line);
	}
	struct chapters c;
	int bad = 0;
	assert_int_equal(chapters_parse(&a, text, &c, &bad), -1);
	assert_int_equal(bad, 101);
}

static void test_chapters_json_is_escaped(void **state)
{
	(void)state;
	struct chapters c;
	int bad;
	assert_int_equal(chapters_parse(&a, "0:00 Intro \"one\" \\ <b>\n1:05 Søvn\n", &c, &bad), 0);
	assert_string_equal(chapters_json(&a, &c),
	                    "{\"version\":\"1.2.0\",\"chapters\":["
	                    "{\"startTime\":0,\"title\":\"Intro \\\"one\\\" \\\\ \\u003cb\\u003e\"},"
	                    "{\"startTime\":65,\"title\":\"Søvn\"}]}");
	c.count = 0;
	assert_string_equal(chapters_json(&a, &c), "{\"version\":\"1.2.0\",\"chapters\":[]}");
}

/* ---- filecheck ---- */

/* A minimal MPEG-1 layer III mono frame with an Info header counting
 * `bytes`, after an ID3v2 tag of 10 bytes. */
static size_t mp3_with_info(unsigned char *out, size_t room, unsigned long bytes)
{
	memset(out, 0, room);
	memcpy(out, "ID3\x04\x00\x00\x00\x00\x00\x00", 10);
	unsigned char *f = out + 10;
	f[0] = 0xff;
	f[1] = 0xfb;
	f[2] = 0x50;
	f[3] = 0xc0; /* mono */
	unsigned char *x = f + 4 + 17;
	memcpy(x, "Info", 4);
	x[7] = 3; /* frames and bytes */
	x[12] = (unsigned char)(bytes >> 24);
	x[13] = (unsigned char)(bytes >> 16);
	x[14] = (unsigned char)(bytes >> 8);
	x[15] = (unsigned char)bytes;
	return room;
}

static void test_an_mp3_counting_more_bytes_than_it_has_is_cut_short(void **state)
{
	(void)state;
	unsigned char b[400];
	size_t n = mp3_with_info(b, sizeof b, 390); /* 400 minus the tag */
	assert_int_equal(filecheck_mp3_cut_short(b, n), 0);
	mp3_with_info(b, sizeof b, 391);
	assert_int_equal(filecheck_mp3_cut_short(b, n), 1);
	assert_int_equal(filecheck_mp3_cut_short(b, 40), 1); /* cut inside its own header */
	assert_int_equal(filecheck_mp3_cut_short((const unsigned char *)"text", 4), 0);
}

static void test_mp4_boxes_must_add_up_to_the_file(void **state)
{
	(void)state;
	unsigned char b[40] = {0, 0, 0, 20, 'f', 't', 'y', 'p', 'M', '4', 'A', ' ',
	                       0, 0, 0, 0,  'i', 's', 'o', 'm', 0,   0,   0,   20,
	                       'm', 'd', 'a', 't'};
	assert_int_equal(filecheck_mp4_is_m4a(b, 40), 1);
	assert_int_equal(filecheck_mp4_cut_short(b, 40), 0);
	assert_int_equal(filecheck_mp4_cut_short(b, 39), 1);
	assert_int_equal(filecheck_mp4_cut_short(b, 30), 1);
	b[23] = 4; /* a box smaller than its own header */
	assert_int_equal(filecheck_mp4_cut_short(b, 40), 1);
	b[8] = 'i';
	memcpy(b + 16, "mp42", 4);
	assert_int_equal(filecheck_mp4_is_m4a(b, 40), 0);
}

static void test_image_sizes_come_from_the_headers(void **state)
{
	(void)state;
	unsigned char png[24] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0,    0,    0, 13,
	                         'I',  'H', 'D', 'R', 0,    0,    5,    0x78, 0, 0, 4, 0xb0};
	int w = 0, h = 0;
	assert_int_equal(filecheck_image_size(png, sizeof png, &w, &h), 0);
	assert_int_equal(w, 1400);
	assert_int_equal(h, 1200);
	png[16] = 0x7f; /* 2 billion px: refused unread */
	assert_int_equal(filecheck_image_size(png, sizeof png, &w, &h), -1);
	unsigned char jpeg[] = {0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8,
	                        0x03, 0xe8, 0x05, 0x78, 3};
	assert_int_equal(filecheck_image_size(jpeg, sizeof jpeg, &w, &h), 0);
	assert_int_equal(w, 1400);
	assert_int_equal(h, 1000);
	assert_int_equal(filecheck_image_size(jpeg, 12, &w, &h), -1);
}

static int teardown(void **state)
{
	(void)state;
	arena_free(&a);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_webvtt_cues_have_times_and_text_without_tags),
	    cmocka_unit_test(test_srt_with_crlf_and_a_bom_is_read),
	    cmocka_unit_test(test_a_cue_starting_before_the_one_above_is_refused),
	    cmocka_unit_test(test_malformed_times_are_refused),
	    cmocka_unit_test(test_neither_format_nor_utf8_nor_cues_is_refused),
	    cmocka_unit_test(test_a_missing_blank_line_between_cues_is_refused),
	    cmocka_unit_test(test_parse_never_reads_past_len),
	    cmocka_unit_test(test_chapters_are_read_with_both_clocks),
	    cmocka_unit_test(test_chapters_name_the_wrong_line),
	    cmocka_unit_test(test_at_most_a_hundred_chapters),
	    cmocka_unit_test(test_chapters_json_is_escaped),
	    cmocka_unit_test(test_an_mp3_counting_more_bytes_than_it_has_is_cut_short),
	    cmocka_unit_test(test_mp4_boxes_must_add_up_to_the_file),
	    cmocka_unit_test(test_image_sizes_come_from_the_headers),
	};
	return cmocka_run_group_tests(tests, NULL, teardown);
}
