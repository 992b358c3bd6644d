"""
The goals' chats (cgi-bin/goals/chat.c, sql/023): one conversation between
a participant and his coach, one between him and each employer he is
linked to. Messages are kept in order (seq, given under the conversation's
lock), reach the other side's open page live (nchan, /live/chat/<id>), and
count as unread in the other side's header until he opens the chat.
Nobody outside a conversation reads or writes it: a 404, as for an id
never used, and nothing written.

Each test makes its own people (probe_helpers.user: logged in, no form)
and relations (rows as the coach's and the people pages store them; the
chat as chat_ensure() makes it).
"""
import re
import secrets
import threading

from opbak import Browser, escaped, sql
from probe_helpers import user
from test_inbox_live import subscribe

LIMIT = 2000  # GOAL_COMMENT_MAX
PAGE = 50  # CHAT_PAGE


def one_id(query, *params):
    return int(sql(query + "; SELECT LAST_INSERT_ID()", *params)[-1][0])


def chat_of(participant, other, kind):
    """The conversation as chat_ensure() makes it: the row, both sides."""
    sql("INSERT IGNORE INTO chats (participant_id, other_id, kind) VALUES (?, ?, ?)",
        participant, other, kind)
    cid = int(sql("SELECT id FROM chats WHERE participant_id = ? AND other_id = ? AND kind = ?",
                  participant, other, kind)[0][0])
    sql("INSERT IGNORE INTO chat_members (chat_id, user_id) VALUES (?, ?), (?, ?)",
        cid, participant, cid, other)
    return cid


def programme():
    return one_id("INSERT INTO programmes (name) VALUES (?)", "Chat " + secrets.token_hex(4))


def coach_in(prog):
    b, handle, uid = user("coach", prefix="gc_c")
    sql("INSERT INTO coaches (user_id, programme_id) VALUES (?, ?)", uid, prog)
    return b, handle, uid


class Pair:
    """A participant and his coach (kind "coach") or his consented
    employer (kind "employer"), each logged in, with their chat."""

    def __init__(self, kind="coach"):
        self.kind = kind
        self.p, self.p_handle, self.p_id = user("member", prefix="gc_p", birth="2001-03-04")
        if kind == "coach":
            self.prog = programme()
            self.o, self.o_handle, self.o_id = coach_in(self.prog)
            sql("INSERT INTO participants (user_id, programme_id, coach_id) VALUES (?, ?, ?)",
                self.p_id, self.prog, self.o_id)
        else:
            self.o, self.o_handle, self.o_id = user("employer", prefix="gc_e")
            sql("INSERT INTO participants (user_id) VALUES (?)", self.p_id)
            self.link = one_id("INSERT INTO employer_links (participant_id, employer_id, "
                               "placement, consent_at) VALUES (?, ?, 'Workshop', NOW())",
                               self.p_id, self.o_id)
        self.chat = chat_of(self.p_id, self.o_id, kind)
        self.url = "/chat/%d" % self.chat

    def send(self, b, body):
        b.get(self.url)
        return b.post(self.url, {"body": body})


def messages(cid):
    """(seq, author id, body) of every stored message, in seq order."""
    return [(int(s), int(a), body) for s, a, body in
            sql("SELECT seq, author_id, body FROM chat_messages WHERE chat_id = ? ORDER BY seq",
                cid)]


def count(cid):
    return int(sql("SELECT COUNT(*) FROM chat_messages WHERE chat_id = ?", cid)[0][0])


def shown_seqs(page):
    return [int(s) for s in re.findall(r'<li class="message[^"]*" id="m(\d+)"', page)]


def header_chat(page):
    """The header's chat link: None without one, else its count (0: none)."""
    m = re.search(r'<a href="/chat">(.*?)</a>', page, re.S)
    if not m:
        return None
    n = re.search(r'class="count">.*?(\d+)', m.group(1), re.S)
    return int(n.group(1)) if n else 0


# ---------------------------------------------------------------- the journey

def test_the_participant_and_his_coach_write_and_each_reads_the_other_in_order():
    t = Pair()
    r = t.send(t.p, "Hi Lars, can we move Thursday?")
    assert r.status == 303 and r.header("location").endswith("%s#m1" % t.url), r
    r = t.send(t.o, "Of course. Friday at ten?")
    assert r.status == 303 and r.header("location").endswith("#m2")
    assert messages(t.chat) == [(1, t.p_id, "Hi Lars, can we move Thursday?"),
                                (2, t.o_id, "Of course. Friday at ten?")]
    assert sql("SELECT last_seq FROM chats WHERE id = ?", t.chat) == [["2"]]
    page = t.p.get(t.url)
    assert page.status == 200
    assert shown_seqs(page.text) == [1, 2]
    # each side's own messages are told apart by the page's class
    assert 'class="chat as-participant"' in page.text
    assert '<li class="message by-participant" id="m1"' in page.text
    assert '<li class="message by-other" id="m2"' in page.text
    assert t.o_handle in page.text and "Friday at ten?" in page.text
    coach_page = t.o.get(t.url).text
    assert 'class="chat as-other"' in coach_page and t.p_handle in coach_page
    assert shown_seqs(coach_page) == [1, 2]


def test_a_message_is_shown_as_text_never_as_markup():
    t = Pair()
    words = '<script>alert(1)</script> & "quotes"\nsecond line'
    assert t.send(t.p, words).status == 303
    page = t.o.get(t.url).text
    assert escaped(words) in page and "<script>alert" not in page
    assert messages(t.chat)[0][2] == words.replace("\n", "\\n")  # the client's batch escape


def test_the_chat_list_shows_the_other_side_his_role_the_last_words_and_unread():
    t = Pair()
    e = Pair("employer")
    assert t.send(t.o, "Remember your CV tomorrow " + "x" * 100).status == 303
    page = t.p.get("/chat").text
    assert 'href="%s"' % t.url in page and t.o_handle in page and "Coach" in page
    assert "Remember your CV tomorrow" in page and "…" in page  # cut at 80 characters
    item = re.search(r'<a href="%s">.*?</a>' % t.url, page, re.S).group(0)
    assert re.search(r'class="count">.*?1', item, re.S)
    # the coach sees the participant; an employer sees his own chat only
    coach_list = t.o.get("/chat").text
    assert t.p_handle in coach_list and "Participant" in coach_list
    employer_list = e.o.get("/chat").text
    assert 'href="%s"' % e.url in employer_list and 'href="%s"' % t.url not in employer_list
    assert "Employer" in e.p.get("/chat").text


def test_someone_without_a_chat_is_told_so_and_has_no_chat_link():
    b, _, _ = user("member", prefix="gc_n")
    page = b.get("/chat")
    assert page.status == 200 and "You have no chats yet" in page.text
    assert header_chat(page.text) is None


def test_a_new_message_shows_in_the_other_sides_header_and_opening_the_chat_clears_it():
    t = Pair()
    assert header_chat(t.o.get("/goals").text) == 0  # "Chat", no count
    assert t.send(t.p, "Are you there?").status == 303
    assert t.send(t.p, "I have a question about Monday.").status == 303
    assert header_chat(t.o.get("/chat").text) == 2
    # the writer has read his own
    assert header_chat(t.p.get("/chat").text) == 0
    # the page that opens it counts it read already, and so does the next
    assert header_chat(t.o.get(t.url).text) == 0
    assert header_chat(t.o.get("/chat").text) == 0
    assert sql("SELECT last_read_seq FROM chat_members WHERE chat_id = ? AND user_id = ?",
               t.chat, t.o_id) == [["2"]]


def test_older_messages_are_paged_by_seq():
    t = Pair()
    total = PAGE + 10
    sql("INSERT INTO chat_messages (chat_id, seq, author_id, body) "
        "SELECT ?, s.seq, ?, CONCAT('Message ', s.seq) FROM "
        "(SELECT seq FROM seq_1_to_%d) s" % total, t.chat, t.p_id)
    sql("UPDATE chats SET last_seq = ? WHERE id = ?", total, t.chat)
    page = t.o.get(t.url).text
    assert shown_seqs(page) == list(range(11, total + 1))
    assert 'href="%s?before=11"' % t.url in page
    older = t.o.get(t.url + "?before=11").text
    assert shown_seqs(older) == list(range(1, 11))
    assert "?before=" not in older and 'href="%s">' % t.url in older
    # an older page does not follow the chat live (new ones go at the end)
    assert "data-live=" not in older
    assert t.o.get(t.url + "?before=abc").status == 400


# ---------------------------------------------------------------- bad input

def test_an_empty_or_blank_message_is_refused_and_nothing_is_stored():
    t = Pair()
    for body in ("", "   \n  "):
        r = t.send(t.p, body)
        assert r.status == 400, (body, r.status)
        assert 'id="body-error"' in r.text and 'aria-invalid="true"' in r.text
    assert count(t.chat) == 0
    assert sql("SELECT last_seq FROM chats WHERE id = ?", t.chat) == [["0"]]


def test_an_overlong_message_is_refused_with_the_text_refilled():
    t = Pair()
    words = "Long " + "a" * LIMIT
    r = t.send(t.o, words)
    assert r.status == 400 and escaped(words) in r.text
    assert count(t.chat) == 0
    exact = "b" * LIMIT
    assert t.send(t.o, exact).status == 303
    assert count(t.chat) == 1


# ---------------------------------------------------------------- order

def test_two_writers_at_once_get_places_1_to_50_each_in_the_order_he_sent():
    t = Pair()
    n = 25
    writers = [(t.p, t.p_id, "P"), (t.o, t.o_id, "C")]
    # each writer a browser and session of his own, the page loaded once
    sessions = []
    for b, uid, tag in writers:
        b.get(t.url)
        sessions.append((b, uid, tag))
    errors = []
    start = threading.Barrier(len(sessions))

    def write(b, tag):
        start.wait()
        for i in range(n):
            r = b.post(t.url, {"body": "%s %02d" % (tag, i)})
            if r.status != 303:
                errors.append((tag, i, r.status))

    threads = [threading.Thread(target=write, args=(b, tag)) for b, _, tag in sessions]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors, errors
    rows = messages(t.chat)
    assert [s for s, _, _ in rows] == list(range(1, 2 * n + 1))
    assert sql("SELECT last_seq FROM chats WHERE id = ?", t.chat) == [[str(2 * n)]]
    for _, uid, tag in sessions:
        mine = [body for _, a, body in rows if a == uid]
        assert mine == ["%s %02d" % (tag, i) for i in range(n)], (tag, mine)
    # the page shows them in seq order
    page = t.p.get(t.url).text
    assert shown_seqs(page) == list(range(1, 2 * n + 1))
    bodies = re.findall(r'<p class="body" data-user-text>([PC] \d\d)</p>', page)
    assert bodies == [body for _, _, body in rows]


# ---------------------------------------------------------------- live

def test_a_message_reaches_the_other_sides_open_page_as_the_page_shows_it():
    t = Pair()
    stream = subscribe(t.p, "/live/chat/%d" % t.chat)
    assert stream.status == 200
    words = "See you <b>Friday</b> " + secrets.token_hex(3)
    assert t.send(t.o, words).status == 303
    got = stream.wait_for(lambda e: e[0] == "message" and 'id="m1"' in e[1])
    stream.close()
    assert got, "the message did not arrive"
    assert "<b>" not in got[1] and escaped(words) in got[1]
    page = t.p.get(t.url).text
    shown = re.search(r'<li class="message[^"]*" id="m1".*?</li>', page, re.S)
    assert shown and shown.group(0) == got[1].strip(), (shown and shown.group(0), got[1])


def test_a_refused_message_is_never_announced():
    t = Pair()
    stream = subscribe(t.o, "/live/chat/%d" % t.chat)
    assert t.send(t.p, "").status == 400
    assert t.send(t.p, "x" * (LIMIT + 1)).status == 400
    assert not [e for e in stream.events(1) if e[0] == "message"]
    stream.close()


def test_the_newest_page_names_its_live_channel_and_script_and_has_no_inline_script():
    t = Pair()
    page = t.p.get(t.url).text
    assert 'data-live="/live/chat/%d"' % t.chat in page
    assert '<script src="/js/live.js" defer></script>' in page
    assert not re.search(r"<script(?![^>]*\bsrc=)", page)
    js = t.p.get("/js/live.js")
    assert js.status == 200 and "data-seq" in js.text


def test_both_sides_may_follow_the_chat_live_and_nobody_else():
    t = Pair()
    for b in (t.p, t.o):
        assert b.get("/chat/%d/live" % t.chat).status == 204
        s = subscribe(b, "/live/chat/%d" % t.chat)
        assert s.status == 200 and s.headers["content-type"].startswith("text/event-stream")
        s.close()
    assert Browser().get("/chat/%d/live" % t.chat).status == 403
    anon = subscribe(Browser(), "/live/chat/%d" % t.chat)
    assert anon.status == 403, anon.status
    anon.close()
    stranger, _, _ = user("member", prefix="gc_s")
    assert stranger.get("/chat/%d/live" % t.chat).status == 404
    s = subscribe(stranger, "/live/chat/%d" % t.chat)
    assert s.status in (403, 404), s.status
    s.close()


# ---------------------------------------------------------------- who may

def assert_shut_out(t, b, why):
    """b neither reads, writes nor follows t's chat: 404, nothing written."""
    before = count(t.chat)
    r = b.get(t.url)
    assert r.status == 404, (why, "GET", r.status)
    assert "There is no such conversation" in r.text
    b.get("/chat")  # a page with his token
    r = b.post(t.url, {"body": "Let me in " + why})
    assert r.status == 404, (why, "POST", r.status)
    assert b.get("/chat/%d/live" % t.chat).status == 404, why
    assert count(t.chat) == before, why
    assert 'href="%s"' % t.url not in b.get("/chat").text, why


def test_another_participant_cannot_read_or_write_the_chat():
    t = Pair()
    other = Pair()  # a participant with a chat of his own
    assert_shut_out(t, other.p, "another participant")


def test_another_coach_cannot_read_or_write_the_chat():
    t = Pair()
    b, _, _ = coach_in(t.prog)  # in the same programme, not his coach
    assert_shut_out(t, b, "another coach")
    other = Pair()
    assert_shut_out(t, other.o, "a coach with a chat of his own")


def test_a_former_coach_loses_the_chat_at_once_and_the_new_one_never_had_it():
    t = Pair()
    assert t.send(t.o, "Before the change").status == 303
    nb, _, new_id = coach_in(t.prog)
    sql("UPDATE participants SET coach_id = ? WHERE user_id = ?", new_id, t.p_id)
    assert_shut_out(t, t.o, "a former coach")
    assert_shut_out(t, nb, "the new coach (a chat of his own is made for him)")
    # the participant keeps reading his conversation, and may not write in it
    page = t.p.get(t.url)
    assert page.status == 200 and "Before the change" in page.text
    assert "This conversation has ended" in page.text and 'action="%s"' % t.url not in page.text
    assert "data-live=" not in page.text
    r = t.p.post(t.url, {"body": "Hello?"})
    assert r.status == 409 and count(t.chat) == 1
    assert "Ended" in t.p.get("/chat").text


def test_an_unlinked_employer_loses_the_chat():
    e = Pair("employer")
    assert e.send(e.o, "Welcome to the workshop").status == 303
    sql("UPDATE employer_links SET ended_at = NOW() WHERE id = ?", e.link)
    assert_shut_out(e, e.o, "an unlinked employer")
    assert e.p.post(e.url, {"body": "Thanks"}).status == 409
    assert count(e.chat) == 1


def test_an_employer_whose_link_has_no_consent_has_no_chat():
    e = Pair("employer")
    sql("UPDATE employer_links SET consent_at = NULL WHERE id = ?", e.link)
    assert_shut_out(e, e.o, "an employer without consent")


def test_another_employer_cannot_read_or_write_the_chat():
    e = Pair("employer")
    b, _, _ = user("employer", prefix="gc_e")
    assert_shut_out(e, b, "another employer")
    # nor the participant's coach: the employer chat is not his
    t = Pair()
    sql("UPDATE participants SET coach_id = ?, programme_id = ? WHERE user_id = ?", t.o_id,
        t.prog, e.p_id)
    assert_shut_out(e, t.o, "the participant's coach on the employer's chat")


def test_an_admin_reads_no_chat():
    t = Pair()
    b, _, _ = user("admin", prefix="gc_a")
    assert_shut_out(t, b, "an admin")


def test_nobody_logged_in_is_sent_to_log_in_and_cannot_write():
    t = Pair()
    anon = Browser()
    r = anon.get(t.url)
    assert r.status == 303 and "/account/login" in r.header("location"), r
    assert anon.get("/chat").status == 303
    anon.get("/account/login")
    r = anon.post(t.url, {"body": "Anyone?"})
    assert r.status == 403, r.status
    assert anon.get("/chat/%d/live" % t.chat).status == 403
    assert count(t.chat) == 0


def test_an_id_never_used_is_the_same_404():
    t = Pair()
    r = t.p.get("/chat/4000000000")
    assert r.status == 404 and "There is no such conversation" in r.text
    assert t.p.post("/chat/4000000000", {"body": "Hi"}).status == 404


# ---------------------------------------------------------------- audit

def test_a_coach_or_employer_opening_the_chat_is_written_to_the_audit_log():
    for kind in ("coach", "employer"):
        t = Pair(kind)
        assert t.o.get(t.url).status == 200
        rows = sql("SELECT action, detail FROM audit_log WHERE actor_id = ? AND target_id = ?",
                   t.o_id, t.p_id)
        assert rows == [["goals.open", "%s: chat" % kind]], (kind, rows)
        # his own reading of it is not an opening by someone else
        t.p.get(t.url)
        assert sql("SELECT COUNT(*) FROM audit_log WHERE actor_id = ?", t.p_id) == [["0"]]
        # a write is not a page opened
        assert t.send(t.o, "Hello").status == 303
        assert len(sql("SELECT id FROM audit_log WHERE actor_id = ?", t.o_id)) == 2
