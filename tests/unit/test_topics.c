/*
 * test_topics.c - the rule of a topic's address (community/topics.c):
 * what could be a slug is asked of the database; what cannot (non-ASCII,
 * capitals, spaces, too short or too long) is answered before any query
 * (issue 8, finding 4: /t/%C3%A9/feed.xml answered 500).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "limits.h"
#include "topics.h"

static void test_slug_accepts_lowercase_digits_and_dashes(void **state)
{
	(void)state;
	assert_true(topic_slug_valid("friends"));
	assert_true(topic_slug_valid("girls-and-dating"));
	assert_true(topic_slug_valid("a1"));
}

static void test_slug_refuses_non_ascii_which_used_to_answer_500(void **state)
{
	(void)state;
	assert_false(topic_slug_valid("\xc3\xa9"));            /* é */
	assert_false(topic_slug_valid("fr\xc3\xa9nds"));       /* frénds */
	assert_false(topic_slug_valid("\xff"));                /* not UTF-8 at all */
	assert_false(topic_slug_valid("friends\xe2\x80\x8b")); /* zero-width space */
}

static void test_slug_refuses_capitals_spaces_and_punctuation(void **state)
{
	(void)state;
	assert_false(topic_slug_valid("Friends"));
	assert_false(topic_slug_valid("friends "));
	assert_false(topic_slug_valid("a_b"));
	assert_false(topic_slug_valid("a/b"));
	assert_false(topic_slug_valid("a%20"));
}

static void test_slug_length_is_2_to_the_limit(void **state)
{
	(void)state;
	char s[LIMIT_TOPIC_SLUG_MAX + 2];
	assert_false(topic_slug_valid(""));
	assert_false(topic_slug_valid("a"));
	assert_false(topic_slug_valid(NULL));
	memset(s, 'a', LIMIT_TOPIC_SLUG_MAX);
	s[LIMIT_TOPIC_SLUG_MAX] = '\0';
	assert_true(topic_slug_valid(s));
	s[LIMIT_TOPIC_SLUG_MAX] = 'a';
	s[LIMIT_TOPIC_SLUG_MAX + 1] = '\0';
	assert_false(topic_slug_valid(s));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_slug_accepts_lowercase_digits_and_dashes),
	    cmocka_unit_test(test_slug_refuses_non_ascii_which_used_to_answer_500),
	    cmocka_unit_test(test_slug_refuses_capitals_spaces_and_punctuation),
	    cmocka_unit_test(test_slug_length_is_2_to_the_limit),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
