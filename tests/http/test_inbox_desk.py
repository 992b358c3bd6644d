"""
The support persons' side of the inbox (cgi-bin/inbox/desk.c): the pool,
claiming (two at once: one wins), replies the member is told of, internal
notes he never sees, unassigning, closing, and who may not do any of it.

Questions are put in the database with SQL (a member asks at /post/ask,
whose story is the writing side's); everything a support person does goes
through the site. The database is read to show that nothing else changed.
"""
import re
import secrets

from opbak import sql
from post_helpers import KARIM, MAJA, SOFIE, member, one, staff, user_id
from test_concurrency import overlapping
from test_feed import support_person

BODY = "I do not know how to tell my father that I failed the exam again."


def ask(handle, subject=None, urgent=0, counsellor=None):
    """A new question by member handle (to counsellor by name, or to
    anyone); its id."""
    subject = subject or "Exams " + secrets.token_hex(4)
    rows = sql("INSERT INTO questions (member_id, counsellor_id, subject, body, urgent) "
               "SELECT u.id, (SELECT id FROM users WHERE handle = ?), ?, ?, ? FROM users u "
               "WHERE u.handle = ?; SELECT LAST_INSERT_ID()",
               counsellor or "", subject, BODY, urgent, handle)
    return int(rows[-1][0])


def asker(subject=None, urgent=0):
    """A fresh member and his new question: (browser, handle, question id)."""
    b, handle = member("ibx")
    return b, handle, ask(handle, subject, urgent)


def listed(b, view="pool"):
    """The question ids of a view, in order, following "More questions"."""
    ids, path = [], "/inbox?view=" + view
    while path:
        r = b.get(path)
        assert r.status == 200, r
        ids += [int(i) for i in re.findall(r'<h2><a href="/inbox/(\d+)">', r.text)]
        m = re.search(r'<a href="(/inbox\?view=[^"]+)">More questions</a>', r.text)
        path = m and m.group(1).replace("&amp;", "&")
    return ids


def state(q):
    """What a write could change: status, who has it since when, closed."""
    return sql("SELECT status, IFNULL(claimed_by, 0), IFNULL(claimed_at, ''), "
               "IFNULL(closed_at, ''), last_activity_at FROM questions WHERE id = ?", q)[0]


def messages(q):
    return sql("SELECT kind, body FROM question_messages WHERE question_id = ? ORDER BY id", q)


def claim(b, q):
    b.get("/inbox/%d" % q)
    return b.post("/inbox/%d/claim" % q)


def test_a_new_question_waits_in_the_pool_urgent_first():
    _, handle, plain = asker("Plain " + secrets.token_hex(3))
    _, _, urgent = asker("Help " + secrets.token_hex(3), urgent=1)
    sofie = staff(SOFIE)
    pool = listed(sofie)
    assert plain in pool and urgent in pool
    assert pool.index(urgent) < pool.index(plain)
    page = sofie.get("/inbox").text
    assert re.search(r'<nav class="tabs"[^>]*>.*Pool <span class="count">\(\d+\)', page, re.S)
    assert re.search(r'aria-current="page">Pool', page)
    # a row: his pseudonym and age in years, never his date of birth; all
    # (the lead's view): newest first
    maja = staff(MAJA)
    row = maja.get("/inbox?view=all").text
    assert handle in row and "2009" not in row
    assert re.search(r'%s</span>, \d+ years' % handle, row)
    everything = listed(maja, "all")
    assert everything.index(urgent) < everything.index(plain)


def test_a_question_to_someone_else_by_name_is_not_in_my_pool():
    _, handle = member("ibx")
    q = ask(handle, counsellor=KARIM[0])
    assert q in listed(staff(KARIM))
    assert q not in listed(staff(SOFIE))


def test_claiming_makes_it_mine_and_a_colleague_is_told_who_has_it():
    _, _, q = asker()
    sofie, karim = staff(SOFIE), staff(KARIM)
    r = claim(sofie, q)
    assert r.status == 303 and r.header("location") == "/inbox/%d?done=claimed" % q, r
    before = state(q)
    assert before[0] == "claimed" and int(before[1]) == user_id(SOFIE[0])
    assert q in listed(sofie, "mine") and q not in listed(sofie)
    page = sofie.get("/inbox/%d?done=claimed" % q).text
    assert "You have this question now." in page and "Send reply" in page

    r = claim(karim, q)
    assert r.status == 409, r
    assert "sofie_sp has this question." in r.text
    assert state(q) == before
    # he cannot reply either, nor put it back in the pool, nor add a note
    r = karim.post("/inbox/%d/note" % q, {"body": "I know this boy from the club."})
    assert r.status == 409 and "sofie_sp has this question." in r.text
    r = karim.post("/inbox/%d/reply" % q, {"body": "I can help you with this one, I think."})
    assert r.status == 409 and "sofie_sp has this question." in r.text
    r = karim.post("/inbox/%d/unassign" % q)
    assert r.status == 409
    assert state(q) == before and messages(q) == []
    # her conversation is not his to read (tests/http/test_staff_rights.py)
    assert karim.get("/inbox/%d" % q).status == 404


def test_two_support_persons_claiming_at_once_one_wins():
    _, _, q = asker()
    sofie, karim = staff(SOFIE), staff(KARIM)
    for b in (sofie, karim):
        b.get("/inbox/%d" % q)  # each has his form token
    answers = overlapping([lambda b=b: b.post("/inbox/%d/claim" % q) for b in (sofie, karim)],
                          "SELECT id FROM questions WHERE id = %d FOR UPDATE" % q)
    assert sorted(a.status for a in answers) == [303, 409], answers
    winner = SOFIE[0] if answers[0].status == 303 else KARIM[0]
    loser = [a for a in answers if a.status == 409][0]
    assert "%s has this question." % winner in loser.text
    assert state(q)[0] == "claimed" and int(state(q)[1]) == user_id(winner)
    assert messages(q) == []


def test_a_reply_reaches_the_member_and_he_is_notified():
    member_b, handle, q = asker()
    sofie = staff(SOFIE)
    claim(sofie, q)
    text = "It sounds heavy. What do you think he will say? " + secrets.token_hex(4)
    r = sofie.post("/inbox/%d/reply" % q, {"body": text})
    assert r.status == 303, r
    mid = int(one("SELECT MAX(id) FROM question_messages WHERE question_id = ?", q))
    assert r.header("location") == "/inbox/%d?done=replied#m%d" % (q, mid)
    assert messages(q) == [["message", text]]
    assert state(q)[0] == "answered"
    assert sql("SELECT user_id, IFNULL(actor_id, 0), question_id FROM notifications "
               "WHERE kind = 'question_reply' AND question_id = ?", q) == \
        [[str(user_id(handle)), "0", str(q)]]
    told = member_b.get("/notifications")
    assert told.status == 200 and 'href="/ask/%d"' % q in told.text
    page = member_b.get("/ask/%d" % q)
    assert page.status == 200 and text in page.text


def test_a_reply_to_a_question_nobody_has_takes_it():
    _, _, q = asker()
    karim = staff(KARIM)
    karim.get("/inbox/%d" % q)
    r = karim.post("/inbox/%d/reply" % q, {"body": "Hi, I am Karim. Tell me more about it?"})
    assert r.status == 303, r
    assert state(q)[0] == "answered" and int(state(q)[1]) == user_id(KARIM[0])


def test_a_note_never_reaches_the_member():
    member_b, handle, q = asker()
    sofie = staff(SOFIE)
    sofie.get("/inbox/%d" % q)
    secret = "Spoke with the school counsellor " + secrets.token_hex(4)
    sql("UPDATE questions SET last_activity_at = NOW() - INTERVAL 1 HOUR WHERE id = ?", q)
    before = state(q)
    r = sofie.post("/inbox/%d/note" % q, {"body": secret})
    assert r.status == 303 and re.fullmatch(r"/inbox/%d\?done=noted#m\d+" % q,
                                            r.header("location")), r
    assert messages(q) == [["note", secret]]
    # no status change, nobody claimed it, and no activity the member could see
    assert state(q) == before
    assert one("SELECT COUNT(*) FROM notifications WHERE question_id = ?", q) == "0"
    page = sofie.get("/inbox/%d" % q).text
    assert secret in page and "Internal note" in page
    mine = member_b.get("/ask/%d" % q)
    assert mine.status == 200 and secret not in mine.text


def test_an_empty_or_overlong_reply_comes_back_with_the_form():
    _, _, q = asker()
    sofie = staff(SOFIE)
    claim(sofie, q)
    before = state(q)
    r = sofie.post("/inbox/%d/reply" % q, {"body": ""})
    assert r.status == 400, r
    assert 'href="#body"' in r.text and 'id="body"' in r.text
    r = sofie.post("/inbox/%d/reply" % q, {"body": "y" * 2001})
    assert r.status == 400 and "y" * 2001 in r.text
    r = sofie.post("/inbox/%d/note" % q, {"body": "x" * 2001})
    assert r.status == 400 and "x" * 2001 in r.text
    assert state(q) == before and messages(q) == []


def test_unassigning_puts_it_back_in_the_pool():
    _, _, q = asker()
    sofie = staff(SOFIE)
    claim(sofie, q)
    r = sofie.post("/inbox/%d/unassign" % q)
    assert r.status == 303 and r.header("location") == "/inbox/%d?done=unassigned" % q
    s = state(q)
    assert s[0] == "new" and s[1] == "0" and s[2] == ""
    assert q in listed(staff(KARIM)) and q not in listed(sofie, "mine")


def test_closing_ends_it_and_a_closed_question_cannot_be_claimed():
    _, _, q = asker()
    sofie = staff(SOFIE)
    sofie.get("/inbox/%d" % q)
    r = sofie.post("/inbox/%d/close" % q)
    # nobody had it: closed, it is out of the pool and out of her reach
    assert r.status == 303 and r.header("location") == "/inbox?view=mine&done=closed"
    assert "The question is closed." in sofie.get(r.header("location")).text
    s = state(q)
    assert s[0] == "closed" and s[3] != ""
    assert sofie.get("/inbox/%d" % q).status == 404
    page = staff(MAJA).get("/inbox/%d" % q).text  # the lead reads it
    assert "This question is closed." in page
    assert "/claim" not in page and "Send reply" not in page
    assert q not in listed(sofie)
    r = claim(staff(MAJA), q)
    assert r.status == 409 and "This question is closed." in r.text
    assert claim(staff(KARIM), q).status == 404
    assert state(q) == s


def test_closing_her_own_question_keeps_it_hers_to_read():
    _, _, q = asker()
    sofie = staff(SOFIE)
    claim(sofie, q)
    r = sofie.post("/inbox/%d/close" % q)
    assert r.status == 303 and r.header("location") == "/inbox/%d?done=closed" % q
    assert "This question is closed." in sofie.get(r.header("location")).text


def test_a_member_may_not_use_the_inbox():
    member_b, _, q = asker()
    assert member_b.get("/inbox").status == 403
    assert member_b.get("/inbox/%d" % q).status == 403
    member_b.get("/ask/%d" % q)
    r = member_b.post("/inbox/%d/note" % q, {"body": "Is anybody reading this question?"})
    assert r.status == 403
    assert member_b.post("/inbox/%d/claim" % q).status == 403
    assert messages(q) == [] and state(q)[0] == "new"


def test_no_such_question_is_404():
    sofie = staff(SOFIE)
    assert sofie.get("/inbox/4294967295").status == 404
    assert sofie.post("/inbox/4294967295/claim").status == 404


def test_every_opening_is_in_the_audit_log():
    _, handle, q = asker()
    sofie = staff(SOFIE)
    count = "SELECT COUNT(*) FROM audit_log WHERE action = 'inbox.open' AND detail = ? " \
            "AND actor_id = ? AND target_id = ?"
    args = ("question %d" % q, user_id(SOFIE[0]), user_id(handle))
    assert one(count, *args) == "0"
    assert sofie.get("/inbox/%d" % q).status == 200
    assert sofie.get("/inbox/%d" % q).status == 200
    assert one(count, *args) == "2"
    sofie.get("/inbox")  # the list opens nothing
    assert one(count, *args) == "2"


def test_long_lists_go_on_by_key_without_losing_or_repeating_a_question():
    # more than a page (PAGE_SIZE 20) in the pool and in a new support
    # person's "mine", some of them at the very same moment (the key's tie)
    _, handle = member("ibx")
    pool = [ask(handle, urgent=i % 3 == 0) for i in range(23)]
    sp, sp_handle, sp_id = support_person("ibxsp")
    mine = [ask(handle) for _ in range(23)]
    sql("UPDATE questions SET claimed_by = ?, status = 'claimed', "
        "last_activity_at = NOW() - INTERVAL (id % 5) HOUR WHERE id BETWEEN ? AND ?",
        sp_id, mine[0], mine[-1])
    try:
        seen = listed(sp)
        assert len(seen) == len(set(seen)) and set(pool) <= set(seen)
        urgent = [q for q in seen if q in pool and pool.index(q) % 3 == 0]
        assert seen.index(urgent[-1]) < min(seen.index(q) for q in pool if q not in urgent)
        order = [int(r[0]) for r in sql(
            "SELECT id FROM questions WHERE claimed_by = ? ORDER BY last_activity_at, id", sp_id)]
        assert listed(sp, "mine") == order and sorted(order) == mine
        assert 'Mine <span class="count">(23)</span>' in sp.get("/inbox?view=mine").text
    finally:  # out of the other stories' pool
        sql("UPDATE questions SET status = 'closed' WHERE member_id = ?", user_id(handle))


def test_a_tab_past_a_thousand_questions_says_1000_plus():
    # the tabs' counts read at most 1001 entries (desk.c DESK_COUNT_MAX):
    # with 1,100 new questions in the pool the tab says "1000+", no number
    sp, _, _ = support_person("ibxsp")
    _, handle = member("ibx")
    sql("INSERT INTO questions (member_id, subject, body) "
        "SELECT ?, CONCAT('Exams ', seq), ? FROM seq_1_to_1100", user_id(handle), BODY)
    try:
        assert one("SELECT COUNT(*) FROM questions WHERE member_id = ?",
                   user_id(handle)) == "1100"
        page = sp.get("/inbox")
        assert page.status == 200, page
        assert 'Pool <span class="count">(1000+)</span>' in page.text
    finally:  # out of the other stories' pool
        sql("DELETE FROM questions WHERE member_id = ?", user_id(handle))
