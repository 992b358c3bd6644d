/*
 * live.h - live updates through nginx's pub/sub module (nchan).
 *
 * A page that changes while someone has it open (a conversation in the
 * inbox) is told so without a reload: the handler that stored the change
 * queues a publication here, and core sends it to nginx once the change
 * is committed. nginx keeps the browsers' EventSource connections (a
 * waiting browser holds no FastCGI worker) and hands each of them the
 * message; a browser that reconnects with Last-Event-ID gets what it
 * missed from nchan's short buffer (nginx/opbak.conf.in). Without
 * JavaScript, or when nginx cannot be reached, the page works as before:
 * by reloading.
 *
 * Sending is an HTTP/1.0 POST /pub/<channel> to nginx's publisher, which
 * listens only on a unix socket of the stack (OPBAK_LIVE_SOCKET), never
 * on the public port. The event name goes in X-EventSource-Event (the
 * EventSource "event:" line); the data is sent as it is (HTML a template
 * rendered, so escaped like the page it goes into). A failure is logged
 * and forgotten: a live update is a courtesy, the database is the truth.
 * No socket configured (unit tests, tools): nothing is sent.
 */
#ifndef OPBAK_LIVE_H
#define OPBAK_LIVE_H

#include <stddef.h>

#include "arena.h"

struct request;

/* Publications one request may queue (a reply: the member's channel and
 * the support persons'). More are dropped, and logged. */
#define LIVE_QUEUE_MAX 8
/* Bytes of a channel id and of an event name: [a-z0-9-]. */
#define LIVE_NAME_MAX 64
/* Bytes of one message's data (a rendered message is at most a few KB:
 * LIMIT_QUESTION_MAX characters of Markdown, rendered). */
#define LIVE_DATA_MAX (64 * 1024)
/* How long a worker waits for nginx's publisher, for each of connect,
 * write and read, before it gives up on a publication. */
#define LIVE_TIMEOUT_MS 200

/* One queued publication; in the request's arena. */
struct live_msg {
	const char *channel;
	const char *event;
	const char *data;
	size_t len;
	int close; /* live_close: end the channel's subscriptions instead */
	struct live_msg *next;
};

/* Queue data as event on channel, sent when the request's write is
 * committed (core: live_send), dropped when it is not (live_drop).
 * channel and event: 1 to LIVE_NAME_MAX of [a-z0-9-]; data up to
 * LIVE_DATA_MAX bytes. Copies everything into the arena. 0, or -1
 * (nothing queued, logged) when a value is not of that form or the queue
 * is full. Never fails the request. */
int live_publish(struct request *req, const char *channel, const char *event, const char *data);

/* Queue the end of every subscription to channel (and of its buffer),
 * sent after the commit like a publication: for when who may read it
 * changed (a question claimed or handed over). Browsers reconnect at
 * once, and nginx asks the app again whether each may follow it. 0 or
 * -1, as live_publish. */
int live_close(struct request *req, const char *channel);

/* core (app.c): send the queue (the route's write committed), or forget
 * it (rolled back, refused, failed, or run again). */
void live_send(struct request *req);
void live_drop(struct request *req);

/* The socket to publish on: OPBAK_LIVE_SOCKET, read once; NULL when unset
 * (then live_send sends nothing). */
const char *live_socket(void);

/* Pure, for tests. Whether s is a channel id or an event name. */
int live_name_ok(const char *s);
/* Append to out the whole HTTP request that publishes m (a POST), or
 * ends the channel (DELETE, m->close). */
void live_encode(const struct live_msg *m, struct buf *out);
/* Whether an HTTP answer's first line says nchan did it: for a
 * publication 201 Created (someone listens) or 202 Accepted (kept for
 * who comes); for a close 200 (ended) or 404 (nobody was there). */
int live_accepted(const char *answer, size_t len, int close);

#endif
