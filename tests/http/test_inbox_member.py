"""
The member's side of the inbox (issue 11; cgi-bin/inbox/ask.c): a member
asks a support person, finds the conversation at /ask ("Your questions",
newest activity first) and /ask/<id>, writes in it, closes it, and opens
it again by writing. Only his own conversations exist for him (404, and
nothing changed); internal notes never reach his page; a reply that is
empty or too long comes back filled in (400).
"""
import re
import secrets

from opbak import Browser, sql
from post_helpers import SOFIE, member, one, user_id

# A member asks at /post/ask (the post executable), which sends him to
# /ask/<id>?sent=1. False: insert the row here instead (a stack whose
# post executable predates the inbox).
ASK_THROUGH_SITE = True

QUESTION = "I do not know how to tell my dad that I want to quit the team."


def ask(b, handle, subject=None, body=QUESTION, counsellor="any", through_site=None):
    """The member (Browser b, his handle) asks; returns the question's id.
    through_site=False inserts the row (many questions at once: the site
    caps how many a member may ask an hour)."""
    subject = subject or "About the team " + secrets.token_hex(3)
    if through_site is None:
        through_site = ASK_THROUGH_SITE
    if through_site:
        b.get("/post/ask")
        r = b.post("/post/ask", {"counsellor": counsellor, "subject": subject, "body": body})
        assert r.status == 303, r
        m = re.fullmatch(r"/ask/(\d+)\?sent=1(&help=1)?", r.header("location"))
        assert m, r.header("location")
        return int(m.group(1))
    counsellor_id = 0 if counsellor == "any" else user_id(counsellor)
    sql("INSERT INTO questions (member_id, counsellor_id, subject, body) "
        "VALUES (?, NULLIF(?, 0), ?, ?)", user_id(handle), counsellor_id, subject, body)
    return int(one("SELECT MAX(id) FROM questions WHERE member_id = ?", user_id(handle)))


def state(qid):
    """What a write may change: status, closed or not, and the messages."""
    return sql("SELECT status, closed_at IS NOT NULL, "
               "(SELECT COUNT(*) FROM question_messages WHERE question_id = q.id) "
               "FROM questions q WHERE id = ?", qid)[0]


def reply(b, qid, body):
    b.get("/ask/%d" % qid)
    return b.post("/ask/%d/reply" % qid, {"body": body})


def test_a_member_asks_and_finds_it_in_his_questions():
    b, handle = member("ia")
    qid = ask(b, handle, subject="Quitting the team")
    r = b.get("/ask")
    assert r.status == 200, r
    assert 'href="/ask/%d"' % qid in r.text and "Quitting the team" in r.text
    assert "Waiting for an answer" in r.text
    assert "the first support person available" in r.text
    assert 'href="/post/ask"' in r.text
    r = b.get("/ask/%d" % qid)
    assert r.status == 200, r
    assert "Quitting the team" in r.text and QUESTION in r.text
    assert 'action="/ask/%d/reply"' % qid in r.text
    assert 'action="/ask/%d/close"' % qid in r.text
    assert 'href="/ask"' in r.text  # back to "Your questions"


def test_a_question_to_a_named_support_person_says_so():
    b, handle = member("ib")
    qid = ask(b, handle, counsellor=SOFIE[0])
    r = b.get("/ask")
    assert 'href="/ask/%d"' % qid in r.text and SOFIE[0] in r.text


def test_no_questions_yet_says_how_to_ask():
    b, _ = member("ic")
    r = b.get("/ask")
    assert r.status == 200, r
    assert "You have not asked a support person anything yet" in r.text
    assert 'href="/post/ask"' in r.text


def test_after_asking_he_is_told_it_is_sent_and_where_help_is():
    b, handle = member("id")
    qid = ask(b, handle)
    if ASK_THROUGH_SITE:  # where /post/ask sends him
        b.get("/post/ask")
        r = b.post("/post/ask", {"counsellor": "any", "subject": "Nights",
                                 "body": "Some nights I think about how to kill myself."})
        assert r.status == 303, r
        m = re.fullmatch(r"/ask/(\d+)\?sent=1&help=1", r.header("location"))
        assert m, r.header("location")
        page = b.get(r.header("location")).text
        assert "Your question is sent." in page and 'href="tel:112"' in page
    r = b.get("/ask/%d?sent=1" % qid)
    assert "Your question is sent. A support person will read it and answer you here." in r.text
    assert 'href="tel:112"' not in r.text
    r = b.get("/ask/%d?sent=1&help=1" % qid)
    for tel in ("tel:+4570201201", "tel:116111", "tel:90101", "tel:112"):
        assert 'href="%s"' % tel in r.text, tel
    assert "Your question is sent" not in b.get("/ask/%d" % qid).text


def test_he_replies_closes_and_opens_it_again_by_writing():
    b, handle = member("ie")
    qid = ask(b, handle)
    r = reply(b, qid, "And he gets angry when I talk about it at dinner.")
    assert r.status == 303, r
    m = re.fullmatch(r"/ask/%d#m(\d+)" % qid, r.header("location"))
    assert m, r.header("location")
    mid = int(m.group(1))
    assert sql("SELECT question_id, author_id, kind FROM question_messages WHERE id = ?",
               mid) == [[str(qid), str(user_id(handle)), "message"]]
    page = b.get("/ask/%d" % qid).text
    assert 'id="m%d"' % mid in page and "gets angry when I talk about it" in page
    assert state(qid) == ["new", "0", "1"]

    r = b.post("/ask/%d/close" % qid, {})
    assert r.status == 303 and r.header("location") == "/ask/%d" % qid, r
    assert state(qid) == ["closed", "1", "1"]
    page = b.get("/ask/%d" % qid).text
    assert "Closed" in page and "Write again to open it" in page
    assert 'action="/ask/%d/reply"' % qid in page
    assert 'action="/ask/%d/close"' % qid not in page
    assert b.post("/ask/%d/close" % qid, {}).status == 303  # twice: nothing more
    assert state(qid) == ["closed", "1", "1"]

    # Nobody had it: his words put it back in the pool.
    assert reply(b, qid, "Actually, it happened again yesterday.").status == 303
    assert state(qid) == ["new", "0", "2"]
    assert "Waiting for an answer" in b.get("/ask").text


def test_his_reply_to_an_answer_goes_back_to_the_one_who_has_it():
    b, handle = member("if")
    qid = ask(b, handle)
    sql("UPDATE questions SET claimed_by = ?, status = 'answered' WHERE id = ?",
        user_id(SOFIE[0]), qid)
    assert "Answered" in b.get("/ask").text
    assert reply(b, qid, "Thank you, I will try that on Sunday.").status == 303
    assert state(qid) == ["claimed", "0", "1"]
    assert one("SELECT claimed_by FROM questions WHERE id = ?", qid) == str(user_id(SOFIE[0]))


def test_another_members_conversation_is_not_there():
    owner, handle = member("ig")
    qid = ask(owner, handle)
    before = state(qid)
    other, _ = member("ig")
    r = other.get("/ask/%d" % qid)
    assert r.status == 404 and QUESTION not in r.text, r
    other.get("/ask")
    assert other.post("/ask/%d/reply" % qid, {"body": "Let me in on this one please."}).status == 404
    assert other.post("/ask/%d/close" % qid, {}).status == 404
    assert state(qid) == before
    assert 'href="/ask/%d"' % qid not in other.get("/ask").text
    # An id that was never used answers the same.
    never = int(one("SELECT COALESCE(MAX(id), 0) + 1000 FROM questions"))
    assert other.get("/ask/%d" % never).status == 404


def test_an_empty_or_overlong_reply_comes_back_with_the_text():
    b, handle = member("ih")
    qid = ask(b, handle)
    r = reply(b, qid, "")
    assert r.status == 400, r
    assert 'aria-invalid="true"' in r.text
    long_text = "Every day it is the same thing again. " * 60  # over 2000 characters
    r = reply(b, qid, long_text)
    assert r.status == 400, r
    assert long_text.strip() in r.text  # kept, to shorten
    assert QUESTION in r.text  # the conversation is still there above
    assert state(qid) == ["new", "0", "0"]


def test_a_visitor_is_sent_to_log_in():
    b, handle = member("ii")
    qid = ask(b, handle)
    anon = Browser()
    for path in ("/ask", "/ask/%d" % qid):
        r = anon.get(path)
        assert r.status == 303 and r.header("location").startswith("/account/login?next="), r
    anon.get("/account/login")
    r = anon.post("/ask/%d/reply" % qid, {"body": "Not logged in, but writing anyway."})
    assert r.status in (303, 403), r
    assert state(qid) == ["new", "0", "0"]


def test_a_note_never_shows_on_his_page():
    b, handle = member("ij")
    qid = ask(b, handle)
    sql("INSERT INTO question_messages (question_id, author_id, kind, body, body_html) "
        "VALUES (?, ?, 'note', 'He seems worried about his father; follow up Monday.', "
        "'<p>He seems worried about his father; follow up Monday.</p>')",
        qid, user_id(SOFIE[0]))
    r = b.get("/ask/%d" % qid)
    assert r.status == 200, r
    assert "follow up Monday" not in r.text and "Internal note" not in r.text


def test_his_list_is_newest_activity_first_and_pages_by_key():
    b, handle = member("ik")
    ids = [ask(b, handle, subject="Question number %02d" % i, through_site=False)
           for i in range(22)]
    # The first asked had the latest activity; the rest in order of asking.
    sql("UPDATE questions SET last_activity_at = NOW() - INTERVAL (100000 - id) MINUTE "
        "WHERE member_id = ?", user_id(handle))
    sql("UPDATE questions SET last_activity_at = NOW() WHERE id = ?", ids[0])
    r = b.get("/ask")
    shown = [int(x) for x in re.findall(r'href="/ask/(\d+)"', r.text)]
    expect = [ids[0]] + ids[:0:-1]
    assert shown == expect[:20], (shown, expect)
    m = re.search(r'href="/ask\?before=(\d+)"', r.text)
    assert m and int(m.group(1)) == expect[19], r.text
    r = b.get("/ask?before=%s" % m.group(1))
    assert r.status == 200, r
    assert [int(x) for x in re.findall(r'href="/ask/(\d+)"', r.text)] == expect[20:]
    assert "/ask?before=" not in r.text
    # A cursor that is not his is the first page, not someone else's list.
    assert b.get("/ask?before=%d" % (ids[0] + 100000)).status == 200


def test_words_of_crisis_in_a_reply_mark_it_urgent_and_show_help():
    b, handle = member("il")
    qid = ask(b, handle)
    r = reply(b, qid, "Some nights I think I want to end my life.")
    assert r.status == 303, r
    assert re.fullmatch(r"/ask/%d\?help=1#m\d+" % qid, r.header("location")), r.header("location")
    assert one("SELECT urgent FROM questions WHERE id = ?", qid) == "1"
    page = b.get("/ask/%d?help=1" % qid).text
    assert 'href="tel:112"' in page and "Your question is sent" not in page


def test_a_question_from_before_the_inbox_shows_its_first_words():
    b, handle = member("im")
    body = "My brother took my phone and read everything. " * 3
    sql("INSERT INTO questions (member_id, body) VALUES (?, ?)", user_id(handle), body)
    r = b.get("/ask")
    assert r.status == 200, r
    assert "My brother took my phone" in r.text and "…" in r.text
    assert body.strip() not in r.text  # the list shows an opening, not the whole text
