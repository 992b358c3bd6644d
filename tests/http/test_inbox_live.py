"""
Live updates of a conversation (cgi-bin/core/live.h, nginx/opbak.conf.in):
a browser with /ask/<id> or /inbox/<id> open subscribes with EventSource
at /live/ask/<id> or /live/inbox/<id>; nginx (nchan) holds the connection
after asking the inbox whether this session may read that conversation
on that side. A support person's reply reaches the member's open page;
an internal note, and a colleague writing, reach only the support
persons'. The publisher is on a unix socket of the stack, never on the
public port.

The stream is read with a raw socket, as a browser's EventSource would
get it (text/event-stream: "event:", "data:" lines, a blank line after
each message).
"""
import http.client
import re
import secrets
import socket
import time
import urllib.parse

from opbak import URL, sql
from post_helpers import SOFIE, staff
from test_feed import support_person

MAJA = ("maja_lead", "demo-password-maja")  # the lead: reads every conversation


def colleague():
    """A support person of his own (no rights beyond answering: the demo's
    may be given some by other stories)."""
    return support_person("live")[0]
from test_inbox_desk import asker

_host = urllib.parse.urlsplit(URL)


class Stream:
    """An EventSource subscription: the status nginx answered and, while
    it stays open, the events that arrive."""

    def __init__(self, browser, path):
        self.sock = socket.create_connection((_host.hostname, _host.port), timeout=10)
        cookie = "; ".join("%s=%s" % kv for kv in browser.cookies.items())
        head = ("GET %s HTTP/1.1\r\nHost: %s:%d\r\nAccept: text/event-stream\r\n"
                "Cache-Control: no-cache\r\n%s\r\n") % (
                    path, _host.hostname, _host.port,
                    "Cookie: %s\r\n" % cookie if cookie else "")
        self.sock.sendall(head.encode())
        self.buf = b""
        while b"\r\n\r\n" not in self.buf:
            chunk = self.sock.recv(4096)
            if not chunk:
                break
            self.buf += chunk
        head, _, self.buf = self.buf.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        self.status = int(lines[0].split()[1])
        self.headers = {k.lower(): v.strip() for k, _, v in
                        (line.partition(":") for line in lines[1:])}

    def events(self, seconds):
        """Every event that arrives within seconds: (event, data) pairs."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.sock.settimeout(max(0.05, deadline - time.monotonic()))
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                break
            if not chunk:
                break
            self.buf += chunk
        text = self.buf.decode("utf-8", "replace")
        if self.headers.get("transfer-encoding") == "chunked":
            text = dechunk(text)
        out = []
        for block in text.replace("\r\n", "\n").split("\n\n"):
            event, data = "message", []
            for line in block.split("\n"):
                if line.startswith("event:"):
                    event = line[6:].strip()
                elif line.startswith("data:"):
                    data.append(line[5:][1:] if line[5:].startswith(" ") else line[5:])
            if data:
                out.append((event, "\n".join(data)))
        return out

    def wait_for(self, pred, seconds=5):
        """The first event pred accepts within seconds, or None."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            for e in self.events(0.2):
                if pred(e):
                    return e
        return None

    def close(self):
        self.sock.close()


def dechunk(text):
    out, rest = [], text
    while rest:
        size, sep, rest = rest.partition("\r\n")
        if not sep:
            break
        try:
            n = int(size.split(";")[0], 16)
        except ValueError:
            break
        out.append(rest[:n])
        rest = rest[n + 2:]
    return "".join(out)


def subscribe(b, path):
    s = Stream(b, path)
    if s.status == 200:
        time.sleep(0.2)  # nchan has the subscriber before anything is published
    return s


def claimed_question():
    """A member's new question that Sofie has claimed: (member browser,
    his handle, question id, Sofie's browser)."""
    b, handle, q = asker("Live " + secrets.token_hex(3))
    sofie = staff(SOFIE)
    sofie.get("/inbox/%d" % q)
    assert sofie.post("/inbox/%d/claim" % q).status == 303
    return b, handle, q, sofie


def test_a_member_follows_his_own_conversation_and_nobody_else_does():
    b, _, q, _ = claimed_question()
    other, _, _ = asker()
    mine = subscribe(b, "/live/ask/%d" % q)
    assert mine.status == 200 and mine.headers["content-type"].startswith("text/event-stream")
    mine.close()
    theirs = subscribe(other, "/live/ask/%d" % q)
    assert theirs.status in (403, 404), theirs.status
    theirs.close()
    # the support persons' channel (notes, typing) is not his, even for his own
    desk = subscribe(b, "/live/inbox/%d" % q)
    assert desk.status == 403, desk.status
    desk.close()
    # nobody logged in
    from opbak import Browser
    for path in ("/live/ask/%d" % q, "/live/inbox/%d" % q):
        anon = subscribe(Browser(), path)
        assert anon.status in (403, 404), (path, anon.status)
        anon.close()
    # a support person who may read it follows it on the desk; a
    # colleague who may not (Sofie has it) cannot
    s = subscribe(staff(MAJA), "/live/inbox/%d" % q)
    assert s.status == 200
    s.close()
    s = subscribe(colleague(), "/live/inbox/%d" % q)
    assert s.status in (403, 404), s.status
    s.close()


def test_the_publisher_is_not_on_the_public_port():
    b, _, q, _ = claimed_question()
    conn = http.client.HTTPConnection(_host.hostname, _host.port, timeout=10)
    for method in ("POST", "GET"):
        conn.request(method, "/pub/ask-%d" % q, body=b"<li id=m1>forged</li>",
                     headers={"X-EventSource-Event": "message"})
        r = conn.getresponse()
        r.read()
        assert r.status == 404, (method, r.status)
    conn.close()


def test_a_reply_reaches_the_members_open_page_and_a_note_never_does():
    b, handle, q, sofie = claimed_question()
    stream = subscribe(b, "/live/ask/%d" % q)
    assert stream.status == 200
    desk = subscribe(staff(MAJA), "/live/inbox/%d" % q)
    assert desk.status == 200
    secret = "Secret note " + secrets.token_hex(4)
    assert sofie.post("/inbox/%d/note" % q, {"body": secret}).status == 303
    words = "Try <b>writing</b> it down " + secrets.token_hex(4)
    assert sofie.post("/inbox/%d/reply" % q, {"body": words}).status == 303
    mid = int(sql("SELECT MAX(id) FROM question_messages WHERE question_id = ?", q)[0][0])
    got = stream.wait_for(lambda e: e[0] == "message" and 'id="m%d"' % mid in e[1])
    assert got, "the reply did not arrive"
    # exactly as his page shows it (the same template: escaped, no raw
    # HTML), by the support person
    assert "<b>" not in got[1] and 'href="/u/sofie_sp"' in got[1]
    page = b.get("/ask/%d" % q).text
    shown = re.search(r'<li class="message[^"]*" id="m%d">.*?</li>' % mid, page, re.S)
    assert shown and shown.group(0) == got[1].strip(), (shown and shown.group(0), got[1])
    seen = stream.events(0.5)
    assert all(secret not in data for _, data in seen + [got])
    assert "Secret note" not in stream.buf.decode("utf-8", "replace")
    stream.close()
    # the support persons' page gets both, the note marked
    note = desk.wait_for(lambda e: e[0] == "message" and secret in e[1])
    assert note and 'class="message note' in note[1]
    assert desk.wait_for(lambda e: e[0] == "message" and 'id="m%d"' % mid in e[1])
    desk.close()


def test_the_members_reply_reaches_the_desk():
    b, handle, q, _ = claimed_question()
    desk = subscribe(staff(SOFIE), "/live/inbox/%d" % q)
    b.get("/ask/%d" % q)
    words = "Thank you " + secrets.token_hex(4)
    assert b.post("/ask/%d/reply" % q, {"body": words}).status == 303
    got = desk.wait_for(lambda e: e[0] == "message" and words in e[1])
    assert got and "by-member" in got[1] and handle in got[1]
    desk.close()


def test_a_refused_reply_is_never_announced():
    b, _, q, sofie = claimed_question()
    stream = subscribe(b, "/live/ask/%d" % q)
    before = sql("SELECT COUNT(*) FROM question_messages WHERE question_id = ?", q)
    assert sofie.post("/inbox/%d/reply" % q, {"body": ""}).status == 400
    other_sp = colleague()
    other_sp.get("/inbox/%d" % q)
    assert other_sp.post("/inbox/%d/reply" % q, {"body": "Not mine to answer"}).status == 409
    assert sql("SELECT COUNT(*) FROM question_messages WHERE question_id = ?", q) == before
    assert not [e for e in stream.events(1) if e[0] == "message"]
    stream.close()


def test_a_colleague_writing_reaches_the_desk_and_not_the_member():
    b, _, q, sofie = claimed_question()
    member_stream = subscribe(b, "/live/ask/%d" % q)
    maja = staff(MAJA)
    maja.get("/inbox/%d" % q)
    desk = subscribe(maja, "/live/inbox/%d" % q)
    r = sofie.post("/inbox/%d/typing" % q)
    assert r.status == 204, r
    assert desk.wait_for(lambda e: e == ("typing", "sofie_sp"))
    assert not member_stream.events(0.5)
    desk.close()
    member_stream.close()
    # nothing was stored
    assert sql("SELECT COUNT(*) FROM question_messages WHERE question_id = ?", q) == [["0"]]


def test_a_colleague_stops_following_a_question_a_support_person_claims():
    b, _, q = asker("Pool " + secrets.token_hex(3))
    other_sp = colleague()
    other_sp.get("/inbox/%d" % q)
    watching = subscribe(other_sp, "/live/inbox/%d" % q)
    assert watching.status == 200  # in the pool: every support person may read it
    sofie = staff(SOFIE)
    sofie.get("/inbox/%d" % q)
    assert sofie.post("/inbox/%d/claim" % q).status == 303
    # nginx ends his subscription; asking again, he is refused
    deadline = time.monotonic() + 5
    closed = False
    while time.monotonic() < deadline and not closed:
        watching.sock.settimeout(0.5)
        try:
            closed = watching.sock.recv(65536) == b"" or closed
        except socket.timeout:
            pass
        except ConnectionError:
            closed = True
    watching.close()
    assert closed, "his subscription stayed open"
    again = subscribe(other_sp, "/live/inbox/%d" % q)
    assert again.status in (403, 404), again.status
    again.close()
    # and what Sofie writes now never reaches him
    assert sofie.post("/inbox/%d/note" % q, {"body": "Only for the lead and me"}).status == 303


def test_typing_is_for_support_persons_with_a_token():
    b, _, q, sofie = claimed_question()
    maja = staff(MAJA)
    maja.get("/inbox/%d" % q)
    desk = subscribe(maja, "/live/inbox/%d" % q)
    assert sofie.post("/inbox/%d/typing" % q, csrf=False).status == 403
    assert sofie.post("/inbox/%d/typing" % q, csrf="0" * 64).status == 403
    assert not desk.events(0.5), "a forged typing reached a colleague"
    desk.close()
    b.get("/ask/%d" % q)
    assert b.post("/inbox/%d/typing" % q).status == 403
    assert sofie.post("/inbox/%d/typing" % q, csrf=False).status == 403
    assert sofie.post("/inbox/4000000000/typing").status == 404


def test_the_open_pages_name_their_live_channel_and_script():
    b, _, q, sofie = claimed_question()
    page = b.get("/ask/%d" % q).text
    assert 'data-live="/live/ask/%d"' % q in page
    assert '<script src="/js/live.js" defer></script>' in page
    desk = sofie.get("/inbox/%d" % q).text
    assert 'data-live="/live/inbox/%d"' % q in desk
    assert 'data-typing="/inbox/%d/typing"' % q in desk
    assert 'data-me="sofie_sp"' in desk
    js = b.get("/js/live.js")
    assert js.status == 200 and "EventSource" in js.text
    # no inline script: the CSP forbids it
    assert not re.search(r"<script(?![^>]*\bsrc=)", page + desk)
