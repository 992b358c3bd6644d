"""
/support (cgi-bin/inbox/support.c): anyone reads who the support persons
are, with their life experience and the topics they know, and whether each
is available now; a support person says so from the form on /inbox.
"""
import re

from opbak import Browser, escaped, sql
from post_helpers import SOFIE, member, staff
from test_feed import support_person


def people(page):
    """The handles on /support, in order, with whether each is available."""
    rows = re.findall(r'<li class="support-person( available)?">\s*<h2><a href="/u/([^"]+)"',
                      page)
    return [(handle, bool(available)) for available, handle in rows]


def person(page, handle):
    """The part of /support about handle."""
    m = re.search(r'<li class="support-person[^"]*">\s*<h2><a href="/u/%s".*?</li>\s*(?=<li class'
                  r'="support-person|</ul>\s*</section>)' % re.escape(handle), page, re.S)
    assert m, handle
    return m.group(0)


def available(b, hours):
    b.get("/inbox")
    return b.post("/inbox/available", {"hours": hours})


def test_a_visitor_sees_the_support_persons_with_life_experience_and_topics():
    r = Browser().get("/support")
    assert r.status == 200, r
    assert "<h1>Support persons</h1>" in r.text
    assert 'href="/post/ask?counsellor=any">Ask the first available<' in r.text
    for handle in ("sofie_sp", "karim_sp"):
        part = person(r.text, handle)
        life = sql("SELECT life_experience FROM users WHERE handle = ?", handle)[0][0]
        assert "Life experience" in part and escaped(life) in part
        topics = sql("SELECT t.name FROM user_topics ut JOIN topics t ON t.id = ut.topic_id "
                     "JOIN users u ON u.id = ut.user_id WHERE u.handle = ?", handle)
        assert topics, handle
        assert "Topics known well" in part
        for (name,) in topics:
            assert escaped(name) in part
        assert 'href="/post/ask?counsellor=%s">Ask %s<' % (handle, handle) in part
    # members are not support persons
    assert 'href="/u/mads"' not in r.text


def test_a_support_person_made_available_shows_first_and_marked_then_not():
    b, handle, uid = support_person("avl")
    page = b.get("/inbox").text
    assert "You are not available now." in page
    r = available(b, "4")
    assert r.status == 303 and r.header("location").endswith("/inbox"), r
    hours = sql("SELECT TIMESTAMPDIFF(MINUTE, NOW(), available_until) FROM users WHERE id = ?",
                uid)[0][0]
    assert 235 <= int(hours) <= 240
    assert "You are available until" in b.get("/inbox").text

    page = Browser().get("/support").text
    listed = people(page)
    shown = [h for h, _ in listed]
    assert handle in shown
    on = [h for h, a in listed if a]
    # available ones first (then by handle), he among them, marked
    assert listed[:len(on)] == [(h, True) for h in on] and handle in on
    assert on == sorted(on, key=str.lower) or len(on) == 1
    assert "Available now" in person(page, handle)

    r = available(b, "off")
    assert r.status == 303, r
    assert sql("SELECT available_until FROM users WHERE id = ?", uid) == [["NULL"]]
    page = Browser().get("/support").text
    assert (handle, False) in people(page)
    assert "Not available right now" in person(page, handle)
    assert "Available now" not in person(page, handle)


def test_available_time_runs_out_by_itself():
    b, handle, uid = support_person("avx")
    assert available(b, "2").status == 303
    sql("UPDATE users SET available_until = NOW() - INTERVAL 1 MINUTE WHERE id = ?", uid)
    assert (handle, False) in people(Browser().get("/support").text)
    assert "You are not available now." in b.get("/inbox").text


def test_a_member_cannot_say_he_is_available():
    b, handle = member("avm")
    b.get("/support")
    assert b.post("/inbox/available", {"hours": "8"}).status == 403
    assert sql("SELECT available_until FROM users WHERE handle = ?", handle) == [["NULL"]]


def test_a_bad_choice_is_refused():
    sofie = staff(SOFIE)
    before = sql("SELECT available_until FROM users WHERE handle = 'sofie_sp'")
    for bad in ("3", "forever", ""):
        sofie.get("/inbox")
        assert sofie.post("/inbox/available", {"hours": bad}).status == 400, bad
    sofie.get("/inbox")
    assert sofie.post("/inbox/available", {}).status == 400
    assert sql("SELECT available_until FROM users WHERE handle = 'sofie_sp'") == before


def test_the_ask_link_chooses_him_on_the_question_form():
    page = Browser().get("/support").text
    link = re.search(r'href="(/post/ask\?counsellor=karim_sp)"', page).group(1)
    b, _ = member("avq")
    form = b.get(link)
    assert form.status == 200, form
    assert re.search(r'value="karim_sp" checked', form.text)
    assert not re.search(r'value="any" checked', form.text)
    form = b.get("/post/ask?counsellor=any").text
    assert re.search(r'value="any" checked', form)
