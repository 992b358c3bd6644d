/*
 * test_live.c - what live.c sends to nginx's pub/sub module, and the
 * queue a request keeps until its write is committed (live.h). Sending
 * itself needs nginx: tests/http/test_inbox_live.py.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "arena.h"
#include "live.h"
#include "request.h"

static struct request *new_request(struct arena *a)
{
	struct request *req = arena_calloc(a, 1, sizeof *req);
	req->arena = a;
	req->id = "test";
	return req;
}

static size_t queued(const struct request *req)
{
	size_t n = 0;
	for (const struct live_msg *m = req->live; m; m = m->next)
		n++;
	return n;
}

static void test_names_are_short_lowercase_words(void **state)
{
	(void)state;
	assert_true(live_name_ok("ask-12"));
	assert_true(live_name_ok("typing"));
	assert_false(live_name_ok(""));
	assert_false(live_name_ok(NULL));
	assert_false(live_name_ok("Ask-12"));
	assert_false(live_name_ok("ask/12"));
	assert_false(live_name_ok("ask 12"));
	assert_false(live_name_ok("ask-12\r\nX-Evil: 1"));
	char longest[LIVE_NAME_MAX + 2];
	memset(longest, 'a', sizeof longest);
	longest[LIVE_NAME_MAX] = '\0';
	assert_true(live_name_ok(longest));
	longest[LIVE_NAME_MAX] = 'a';
	longest[LIVE_NAME_MAX + 1] = '\0';
	assert_false(live_name_ok(longest));
}

static void test_a_publication_is_one_http_post_with_its_event(void **state)
{
	(void)state;
	struct live_msg m = {"desk-7", "message", "<li id=\"m3\">Hej\nigen</li>", 25, 0, NULL};
	struct buf out = {0};
	live_encode(&m, &out);
	assert_string_equal(out.data, "POST /pub/desk-7 HTTP/1.0\r\n"
	                              "Host: localhost\r\n"
	                              "Content-Type: text/html; charset=utf-8\r\n"
	                              "X-EventSource-Event: message\r\n"
	                              "Content-Length: 25\r\n"
	                              "\r\n"
	                              "<li id=\"m3\">Hej\nigen</li>");
	buf_free(&out);
}

static void test_a_close_is_one_http_delete(void **state)
{
	(void)state;
	struct live_msg m = {"desk-7", "", "", 0, 1, NULL};
	struct buf out = {0};
	live_encode(&m, &out);
	assert_string_equal(out.data, "DELETE /pub/desk-7 HTTP/1.0\r\nHost: localhost\r\n\r\n");
	buf_free(&out);
}

static void test_nchans_answers_are_read_by_status(void **state)
{
	(void)state;
	const char *created = "HTTP/1.1 201 Created\r\n";
	const char *accepted = "HTTP/1.1 202 Accepted\r\n";
	const char *ok = "HTTP/1.1 200 OK\r\n";
	const char *gone = "HTTP/1.1 404 Not Found\r\n";
	const char *forbidden = "HTTP/1.1 403 Forbidden\r\n";
	assert_true(live_accepted(created, strlen(created), 0));
	assert_true(live_accepted(accepted, strlen(accepted), 0));
	assert_false(live_accepted(ok, strlen(ok), 0));
	assert_false(live_accepted(forbidden, strlen(forbidden), 0));
	assert_true(live_accepted(ok, strlen(ok), 1));
	assert_true(live_accepted(gone, strlen(gone), 1));
	assert_false(live_accepted(created, strlen(created), 1));
	assert_false(live_accepted("HTTP/1.1 20", 11, 0)); /* cut short */
	assert_false(live_accepted("", 0, 0));
}

static void test_publications_wait_in_the_request_in_order(void **state)
{
	(void)state;
	struct arena a = {0};
	struct request *req = new_request(&a);
	char data[] = "first";
	assert_int_equal(live_publish(req, "ask-1", "message", data), 0);
	data[0] = 'F'; /* copied: the caller's buffer may change */
	assert_int_equal(live_close(req, "desk-1"), 0);
	assert_int_equal(live_publish(req, "desk-1", "typing", "sofie_sp"), 0);
	assert_int_equal(queued(req), 3);
	assert_string_equal(req->live->data, "first");
	assert_int_equal(req->live->len, 5);
	assert_true(req->live->next->close);
	assert_string_equal(req->live->next->next->event, "typing");
	arena_free(&a);
}

static void test_a_bad_channel_or_event_queues_nothing(void **state)
{
	(void)state;
	struct arena a = {0};
	struct request *req = new_request(&a);
	assert_int_equal(live_publish(req, "ask-1\r\n", "message", "x"), -1);
	assert_int_equal(live_publish(req, "ask-1", "mes sage", "x"), -1);
	assert_int_equal(live_close(req, "../ask"), -1);
	assert_int_equal(queued(req), 0);
	arena_free(&a);
}

static void test_the_queue_is_bounded(void **state)
{
	(void)state;
	struct arena a = {0};
	struct request *req = new_request(&a);
	for (int i = 0; i < LIVE_QUEUE_MAX; i++)
		assert_int_equal(live_publish(req, "ask-1", "message", "x"), 0);
	assert_int_equal(live_publish(req, "ask-1", "message", "x"), -1);
	assert_int_equal(queued(req), LIVE_QUEUE_MAX);
	arena_free(&a);
}

static void test_too_much_data_is_not_queued(void **state)
{
	(void)state;
	struct arena a = {0};
	struct request *req = new_request(&a);
	char *big = arena_alloc(&a, LIVE_DATA_MAX + 2);
	memset(big, 'x', LIVE_DATA_MAX + 1);
	big[LIVE_DATA_MAX + 1] = '\0';
	assert_int_equal(live_publish(req, "ask-1", "message", big), -1);
	big[LIVE_DATA_MAX] = '\0';
	assert_int_equal(live_publish(req, "ask-1", "message", big), 0);
	arena_free(&a);
}

static void test_a_rolled_back_request_announces_nothing(void **state)
{
	(void)state;
	struct arena a = {0};
	struct request *req = new_request(&a);
	live_publish(req, "ask-1", "message", "<li id=\"m1\"></li>");
	live_drop(req);
	assert_null(req->live);
	arena_free(&a);
}

static void test_without_a_socket_sending_does_nothing(void **state)
{
	(void)state;
	unsetenv("OPBAK_LIVE_SOCKET");
	assert_null(live_socket());
	struct arena a = {0};
	struct request *req = new_request(&a);
	live_publish(req, "ask-1", "message", "x");
	live_send(req); /* no socket: nothing to connect to, nothing logged */
	assert_null(req->live);
	arena_free(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_names_are_short_lowercase_words),
	    cmocka_unit_test(test_a_publication_is_one_http_post_with_its_event),
	    cmocka_unit_test(test_a_close_is_one_http_delete),
	    cmocka_unit_test(test_nchans_answers_are_read_by_status),
	    cmocka_unit_test(test_publications_wait_in_the_request_in_order),
	    cmocka_unit_test(test_a_bad_channel_or_event_queues_nothing),
	    cmocka_unit_test(test_the_queue_is_bounded),
	    cmocka_unit_test(test_too_much_data_is_not_queued),
	    cmocka_unit_test(test_a_rolled_back_request_announces_nothing),
	    cmocka_unit_test(test_without_a_socket_sending_does_nothing),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
