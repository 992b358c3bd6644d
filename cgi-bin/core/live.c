/*
 * live.c - publications to nginx's pub/sub module (live.h).
 *
 * The queue lives in the request (req->live, in the arena), so a
 * request that is rolled back or run again forgets it with everything
 * else; core sends it after the commit. Each publication is one short
 * connection to nginx's unix socket: connect, write the request, read
 * the status line, close, each step bounded by LIVE_TIMEOUT_MS (nginx
 * answers in well under a millisecond; a stuck nginx must not hold a
 * reply).
 */
#include "live.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "log.h"
#include "request.h"

int live_name_ok(const char *s)
{
	size_t n = 0;
	for (; s && s[n]; n++)
		if (!((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= '0' && s[n] <= '9') || s[n] == '-'))
			return 0;
	return n >= 1 && n <= LIVE_NAME_MAX;
}

/* Append m to the request's queue; -1 when it is full. */
static int enqueue(struct request *req, struct live_msg *m)
{
	size_t queued = 0;
	struct live_msg **tail = &req->live;
	for (; *tail; tail = &(*tail)->next)
		queued++;
	if (queued >= LIVE_QUEUE_MAX) {
		log_msg(req->id, "live: nothing sent to %s: queue full", m->channel);
		return -1;
	}
	*tail = m;
	return 0;
}

int live_close(struct request *req, const char *channel)
{
	if (!live_name_ok(channel)) {
		log_msg(req->id, "live: not closed: bad channel");
		return -1;
	}
	struct live_msg *m = arena_calloc(req->arena, 1, sizeof *m);
	m->channel = arena_strdup(req->arena, channel);
	m->event = "";
	m->data = "";
	m->close = 1;
	return enqueue(req, m);
}

int live_publish(struct request *req, const char *channel, const char *event, const char *data)
{
	size_t len = data ? strlen(data) : 0;
	if (!live_name_ok(channel) || !live_name_ok(event) || len > LIVE_DATA_MAX) {
		log_msg(req->id, "live: not published: bad channel, event or data");
		return -1;
	}
	struct live_msg *m = arena_calloc(req->arena, 1, sizeof *m);
	m->channel = arena_strdup(req->arena, channel);
	m->event = arena_strdup(req->arena, event);
	m->data = arena_strndup(req->arena, data ? data : "", len);
	m->len = len;
	return enqueue(req, m);
}

void live_drop(struct request *req)
{
	req->live = NULL;
}

void live_encode(const struct live_msg *m, struct buf *out)
{
	if (m->close) {
		buf_printf(out, "DELETE /pub/%s HTTP/1.0\r\nHost: localhost\r\n\r\n", m->channel);
		return;
	}
	buf_printf(out,
	           "POST /pub/%s HTTP/1.0\r\n"
	           "Host: localhost\r\n"
	           "Content-Type: text/html; charset=utf-8\r\n"
	           "X-EventSource-Event: %s\r\n"
	           "Content-Length: %lu\r\n"
	           "\r\n",
	           m->channel, m->event, (unsigned long)m->len);
	buf_append(out, m->data, m->len);
}

int live_accepted(const char *answer, size_t len, int close)
{
	/* "HTTP/1.x 201 ..." */
	if (len < 13 || memcmp(answer, "HTTP/1.", 7) != 0 || answer[8] != ' ')
		return 0;
	const char *code = answer + 9;
	if (close)
		return memcmp(code, "200 ", 4) == 0 || memcmp(code, "404 ", 4) == 0;
	return memcmp(code, "201 ", 4) == 0 || memcmp(code, "202 ", 4) == 0;
}

const char *live_socket(void)
{
	static int read_once;
	static const char *path;
	if (!read_once) {
		read_once = 1;
		const char *v = getenv("OPBAK_LIVE_SOCKET");
		path = v && *v ? v : NULL;
	}
	return path;
}

/* Wait until fd is ready for events; 1, or 0 on timeout or error. */
static int ready(int fd, short events)
{
	struct pollfd p = {fd, events, 0};
	int rc;
	do
		rc = poll(&p, 1, LIVE_TIMEOUT_MS);
	while (rc < 0 && errno == EINTR);
	return rc == 1 && (p.revents & events);
}

/* Send one publication; 0, or -1 with why in *why. */
static int send_one(const char *path, const struct live_msg *m, const char **why)
{
	struct sockaddr_un sa;
	memset(&sa, 0, sizeof sa);
	sa.sun_family = AF_UNIX;
	if (strlen(path) >= sizeof sa.sun_path) {
		*why = "socket path too long";
		return -1;
	}
	memcpy(sa.sun_path, path, strlen(path) + 1);
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		*why = "socket";
		return -1;
	}
	struct buf req = {0};
	live_encode(m, &req);
	int rc = -1;
	*why = "connect";
	if (connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0 &&
	    !((errno == EINPROGRESS || errno == EAGAIN) && ready(fd, POLLOUT)))
		goto out;
	*why = "write";
	for (size_t done = 0; done < req.len;) {
		ssize_t n = send(fd, req.data + done, req.len - done, MSG_NOSIGNAL);
		if (n > 0)
			done += (size_t)n;
		else if (n < 0 && errno != EAGAIN && errno != EINTR)
			goto out;
		else if (n < 0 && errno == EAGAIN && !ready(fd, POLLOUT))
			goto out;
	}
	*why = "no answer";
	char answer[64] = {0};
	size_t got = 0;
	while (got < sizeof answer && ready(fd, POLLIN)) {
		ssize_t n = recv(fd, answer + got, sizeof answer - got, 0);
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	*why = "refused";
	if (live_accepted(answer, got, m->close))
		rc = 0;
out:
	buf_free(&req);
	close(fd);
	return rc;
}

void live_send(struct request *req)
{
	const char *path = live_socket();
	for (struct live_msg *m = req->live; path && m; m = m->next) {
		const char *why = "";
		if (send_one(path, m, &why) < 0)
			log_msg(req->id, "live: not published to %s (%s): the page works by reload",
			        m->channel, why);
	}
	req->live = NULL;
}
