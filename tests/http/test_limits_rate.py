"""
Limits on what a script can send (issue 8, finding 9: a script stored 392
anonymous feedback rows unhindered) and the headers on nginx's own answers
(finding 10).

nginx limits POSTs per client address on logging in, joining, feedback,
reports and questions to a support person, answering 429 with the site's
own page and Retry-After. The test stack exempts 127.0.0.1 (LIMIT_EXEMPT
in scripts/stack.sh), where every other test comes from; the stories here
come from other loopback addresses (127.0.0.0/8 is all this machine's on
Linux), a fresh one each, so each meets the limits as the rendered
nginx.conf sets them for everyone else and leaves no address throttled.

Behind nginx the apps cap each member's feedback, reports and questions
per hour, and anonymous feedback per address (kept only as a keyed hash),
answering 429 with the form and its text kept; staff have no cap.
"""
import http.client
import os
import random
import re
import secrets
import socket
import urllib.parse

from opbak import Browser, ROOT, STACK_DIR, URL, Response, escaped, sql
from post_helpers import ADMIN, by_day, member, staff, user_id, write_post

_host = urllib.parse.urlsplit(URL)

# The five headers every app page carries (RES_SECURITY_HEADERS in
# cgi-bin/core/response.h): nginx's own answers must carry the same.
SECURITY_HEADERS = ("content-security-policy", "x-content-type-options", "referrer-policy",
                    "x-frame-options", "permissions-policy")


def fresh_address():
    """A loopback address no other test (nor an earlier run) used."""
    while True:
        a = "127.%d.%d.%d" % (random.randint(1, 254), random.randint(0, 255),
                              random.randint(1, 254))
        if a != "127.0.0.1":
            return a


class From(Browser):
    """A browser whose requests come from another loopback address."""

    def __init__(self, address=None):
        super().__init__()
        self.address = address or fresh_address()

    def request(self, method, path, body=None, headers=None):
        real = http.client.HTTPConnection
        try:  # opbak.Browser opens its own connection: give it our source address
            http.client.HTTPConnection = lambda host, port, timeout: real(
                host, port, timeout=timeout, source_address=(self.address, 0))
            return super().request(method, path, body, headers)
        finally:
            http.client.HTTPConnection = real


def burst_of(zone):
    """The burst nginx allows for zone, as the stack rendered it."""
    conf = open(os.path.join(ROOT, STACK_DIR, "nginx", "nginx.conf"), encoding="utf-8").read()
    m = re.search(r"limit_req zone=%s burst=(\d+) nodelay;" % zone, conf)
    assert m, "no limit_req for %s in the rendered nginx.conf" % zone
    return int(m.group(1))


def raw(request_bytes):
    """Send bytes as they are and read nginx's whole answer."""
    s = socket.create_connection((_host.hostname, _host.port), timeout=30)
    try:
        s.sendall(request_bytes)
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    finally:
        s.close()
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = [(k.strip().lower(), v.strip()) for k, _, v in (l.partition(":") for l in lines[1:])]
    return Response(status, headers, body)


def app_security_headers():
    r = Browser().get("/")
    assert r.status == 200
    return {h: r.header(h) for h in SECURITY_HEADERS}


def assert_security_headers(r, want, what):
    for h in SECURITY_HEADERS:
        values = [v for k, v in r.headers if k == h]
        assert values == [want[h]], (what, h, values)
    assert "frame-ancestors 'none'" in r.header("content-security-policy")
    assert r.header("x-frame-options") == "DENY"


def assert_the_sites_429_page(r, want):
    assert r.status == 429, r
    assert re.fullmatch(r"[1-9][0-9]*", r.header("retry-after") or ""), r.headers
    assert "Too many tries in a short time" in r.text and "Wait a minute" in r.text
    assert '<link rel="stylesheet" href="/css/site.css">' in r.text  # the site's look
    assert_security_headers(r, want, "429")


# (zone, path): the POSTs nginx limits. Sent without a CSRF token, what
# gets through is refused by the app (403) and nothing is stored.
LIMITED = (("opbak_login", "/account/login"), ("opbak_join", "/account/register"),
           ("opbak_feedback", "/feedback"), ("opbak_report", "/post/report"),
           ("opbak_ask", "/post/ask"))


def test_no_limit_on_anonymous_feedback_a_burst_from_one_address_gets_429_with_the_sites_page():
    want = app_security_headers()
    for zone, path in LIMITED:
        burst = burst_of(zone)
        b = From()
        statuses, last = [], None
        for _ in range(burst + 6):
            last = b.post(path, {"kind": "good", "body": "a script sends this"}, csrf=False)
            statuses.append(last.status)
        # the first 1 + burst come through at once (and the app refuses
        # them without a token); a few more may as the rate refills while
        # the burst is sent, then nginx answers 429
        assert statuses[:burst + 1] == [403] * (burst + 1), (path, statuses)
        assert 429 in statuses and statuses[-1] == 429, (path, statuses)
        assert_the_sites_429_page(last, want)
        # the form itself (a GET) is never limited
        assert b.get(path if path != "/post/report" else "/post/report?post=1").status != 429


def test_no_limit_on_anonymous_feedback_each_address_is_limited_apart():
    burst = burst_of("opbak_feedback")
    a, other = From(), From()
    for _ in range(burst + 6):
        a.post("/feedback", {"kind": "good", "body": "a script sends this"}, csrf=False)
    assert a.post("/feedback", {}, csrf=False).status == 429
    assert other.post("/feedback", {}, csrf=False).status == 403  # through to the app
    assert Browser().post("/feedback", {}, csrf=False).status == 403  # 127.0.0.1: exempt here


def feedback(b, body):
    b.get("/feedback")
    return b.post("/feedback", {"kind": "better", "body": body})


FEEDBACK_PER_HOUR = 5  # cgi-bin/post/feedback.c


def test_no_limit_on_anonymous_feedback_the_app_caps_a_sender_per_hour_and_keeps_the_text():
    guest, neighbour = From(), From()
    tag = secrets.token_hex(4)
    for i in range(FEEDBACK_PER_HOUR):
        assert feedback(guest, "Feedback number %d %s" % (i, tag)).status == 303
    body = "One more <b>than</b> allowed " + tag
    r = feedback(guest, body)
    assert r.status == 429, r
    assert "We take %d messages of feedback an hour" % FEEDBACK_PER_HOUR in r.text
    assert ">%s</textarea>" % escaped(body) in r.text  # the form, filled in
    assert 0 < int(r.header("retry-after")) <= 3600
    rows = sql("SELECT sender FROM feedback WHERE body LIKE CONCAT('%', ?) AND user_id IS NULL",
               tag)
    assert len(rows) == FEEDBACK_PER_HOUR
    # the address is not stored, only a keyed hash of it (one per sender)
    assert len({s for s, in rows}) == 1
    sender = rows[0][0]
    assert re.fullmatch(r"[0-9a-f]{32}", sender) and guest.address not in sender
    # another address is another sender
    assert feedback(neighbour, "From the house next door " + tag).status == 303
    # after an hour the sender may write again
    sql("UPDATE feedback SET created_at = NOW() - INTERVAL 61 MINUTE WHERE sender = ?", sender)
    assert feedback(guest, "An hour later " + tag).status == 303


def test_no_limit_on_feedback_a_member_is_capped_per_hour_and_staff_are_not():
    b, handle = member("rate")
    for i in range(FEEDBACK_PER_HOUR):
        assert feedback(b, "Member feedback %d" % i).status == 303
    r = feedback(b, "Member feedback, one too many")
    assert r.status == 429 and "Member feedback, one too many</textarea>" in r.text
    assert int(sql("SELECT COUNT(*) FROM feedback WHERE user_id = ?",
                   user_id(handle))[0][0]) == FEEDBACK_PER_HOUR
    admin = staff(ADMIN)
    admin_id = int(sql("SELECT id FROM users WHERE handle = 'admin'")[0][0])
    sql("INSERT INTO feedback (user_id, kind, body) SELECT ?, 'good', 'staff note' "
        "FROM seq_1_to_%d" % FEEDBACK_PER_HOUR, admin_id)
    assert feedback(admin, "Staff write as often as they need").status == 303


REPORTS_PER_HOUR = 20  # cgi-bin/post/report.c
QUESTIONS_PER_HOUR = 6  # cgi-bin/post/ask.c


def earlier_reports(reporter_id, post_id, n):
    """n reports by reporter_id in the last hour (closed: no open one to
    repeat), as if sent through the form."""
    sql("INSERT INTO reports (reporter_id, post_id, reason, status, handled_at) "
        "SELECT ?, ?, 'spam', 'dismissed', NOW() FROM seq_1_to_%d" % n, reporter_id, post_id)


@by_day  # the reported post is shown at once
def test_no_limit_on_reports_a_member_is_capped_per_hour_and_moderators_are_not():
    author, _ = member("rate", days_old=3)
    post_id = write_post(author)
    b, handle = member("rate")
    earlier_reports(user_id(handle), post_id, REPORTS_PER_HOUR)
    b.get("/post/report?post=%d" % post_id)
    r = b.post("/post/report", {"post": str(post_id), "reason": "spam", "note": "my note here"})
    assert r.status == 429, r
    assert "You can send %d reports an hour" % REPORTS_PER_HOUR in r.text
    assert "my note here</textarea>" in r.text and 0 < int(r.header("retry-after")) <= 3600
    assert sql("SELECT COUNT(*) FROM reports WHERE reporter_id = ? AND status = 'open'",
               user_id(handle)) == [["0"]]
    # an hour later he may report again
    sql("UPDATE reports SET created_at = NOW() - INTERVAL 61 MINUTE WHERE reporter_id = ?",
        user_id(handle))
    assert b.post("/post/report", {"post": str(post_id), "reason": "spam", "note": ""}).status == 303

    admin = staff(ADMIN)
    earlier_reports(int(sql("SELECT id FROM users WHERE handle = 'admin'")[0][0]), post_id,
                    REPORTS_PER_HOUR)
    admin.get("/post/report?post=%d" % post_id)
    r = admin.post("/post/report", {"post": str(post_id), "reason": "spam", "note": ""})
    assert r.status == 303, r


def test_no_limit_on_asking_a_member_is_capped_per_hour_and_keeps_his_text():
    b, handle = member("rate", days_old=3)  # not a new member: his cap is this one
    sql("INSERT INTO questions (member_id, body) SELECT ?, 'an earlier question, long enough' "
        "FROM seq_1_to_%d" % QUESTIONS_PER_HOUR, user_id(handle))
    b.get("/post/ask")
    body = "How do I tell my parents that school is too much for me?"
    r = b.post("/post/ask", {"counsellor": "any", "subject": "School", "body": body})
    assert r.status == 429, r
    assert "You can ask %d questions an hour" % QUESTIONS_PER_HOUR in r.text
    assert ">%s</textarea>" % escaped(body) in r.text and 0 < int(r.header("retry-after")) <= 3600
    assert sql("SELECT COUNT(*) FROM questions WHERE member_id = ?",
               user_id(handle)) == [[str(QUESTIONS_PER_HOUR)]]


# ---- finding 10: nginx's own answers carry the app's security headers


def test_headers_a_uri_too_long_gets_414_with_the_security_headers():
    want = app_security_headers()
    r = Browser().get("/" + "a" * 20000)
    assert r.status == 414, r
    assert "That address is too long" in r.text
    assert_security_headers(r, want, "414")


def test_headers_a_body_too_large_gets_413_from_nginx_with_the_security_headers():
    want = app_security_headers()
    # nginx refuses on the Content-Length alone, before any of the body
    r = raw(b"POST /feedback HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\n"
            b"Content-Length: 20000000\r\n\r\n")
    assert r.status == 413, r
    assert b"too large" in r.body.lower()
    assert_security_headers(r, want, "413")


def test_headers_a_malformed_request_gets_400_with_the_security_headers():
    want = app_security_headers()
    for bad in (b"GET /\x01 HTTP/1.1\r\nHost: localhost\r\n\r\n",
                b"NOT HTTP AT ALL\r\n\r\n",
                b"GET / HTTP/1.1\r\nHost: localhost\r\nCookie: " + b"c" * 20000 + b"\r\n\r\n"):
        r = raw(bad)
        assert r.status == 400, (bad[:40], r)
        assert b"could not understand" in r.body, r
        assert_security_headers(r, want, bad[:40])


def test_headers_static_files_and_app_pages_carry_each_header_once():
    want = app_security_headers()
    b = Browser()
    for path in ("/", "/css/site.css", "/no/such/page", "/errors/429.html", "/account/login"):
        r = b.get(path)
        assert_security_headers(r, want, path)
        assert r.header("retry-after") is None, path
