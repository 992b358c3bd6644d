"""
A hidden post tells its author why, and lets him ask a moderator to look
again (issue 10): the reason of the report the moderator acted on is on
his post; POST /post/<id>/review (review.c) stores one request per post
(review_requests, sql/010); the /mod queue lists the open ones, where
Restore (the hiding report's /mod/<report>/restore) or Keep hidden
(/mod/<report>/keep) closes the request.
"""
import html
import secrets

from opbak import Browser, sql
from post_helpers import SOFIE, by_day, staff, write_post
from test_feed import hide, person


def hidden_post(title):
    """A fresh member's post, reported for bullying and hidden: (author, post id)."""
    author, _, _ = person("rv")
    pid = write_post(author, title=title)
    hide(pid)
    return author, pid


def hiding_report(pid):
    return int(sql("SELECT MAX(id) FROM reports WHERE post_id = ? AND status = 'hidden'",
                   pid)[0][0])


def queue_section(text):
    """The /mod page's "Asked to look again" part."""
    start = text.index('id="reviews"')
    return text[start:text.index('id="pending"')]


@by_day
def test_the_author_sees_why_and_asks_once():
    author, pid = hidden_post("Why was this hidden")
    r = author.get("/p/%d" % pid)
    assert r.status == 200
    assert "hidden by a moderator" in r.text
    assert "The reason: Bullying or harassment" in r.text
    assert 'action="/post/%d/review"' % pid in r.text
    r = author.post("/post/%d/review" % pid, {"note": "It was a joke between friends."})
    assert r.status == 303 and r.header("location").endswith("/p/%d" % pid), r
    assert sql("SELECT author_id IS NOT NULL, note, handled_at FROM review_requests "
               "WHERE post_id = ?", pid) == [["1", "It was a joke between friends.", "NULL"]]
    r = author.get("/p/%d" % pid)
    assert "You asked for a new look on" in r.text and "A moderator will answer." in r.text
    assert 'action="/post/%d/review"' % pid not in r.text
    again = author.post("/post/%d/review" % pid, {"note": "Please?"})
    assert again.status == 409 and "You have already asked" in again.text
    assert sql("SELECT COUNT(*) FROM review_requests WHERE post_id = ?", pid) == [["1"]]


@by_day
def test_nobody_else_may_ask_and_a_shown_post_has_nothing_to_ask():
    _, pid = hidden_post("Not yours to ask about")
    other, _, _ = person("rvo")
    other.get("/")
    assert other.post("/post/%d/review" % pid, {"note": ""}).status == 404
    assert Browser().post("/post/%d/review" % pid, {"note": ""}).status == 403
    author, _, _ = person("rvv")
    shown = write_post(author)
    assert author.post("/post/%d/review" % shown, {"note": ""}).status == 404
    assert sql("SELECT COUNT(*) FROM review_requests WHERE post_id IN (?, ?)",
               pid, shown) == [["0"]]
    assert "/review" not in author.get("/p/%d" % shown).text


@by_day
def test_a_too_long_note_is_refused():
    author, pid = hidden_post("A long note")
    r = author.post("/post/%d/review" % pid, {"note": "x" * 501})
    assert r.status == 400 and "too long" in r.text
    assert sql("SELECT COUNT(*) FROM review_requests WHERE post_id = ?", pid) == [["0"]]


@by_day
def test_a_moderator_restores_from_the_queue():
    title = "Please look again " + secrets.token_hex(3)
    author, pid = hidden_post(title)
    author.post("/post/%d/review" % pid, {"note": "Nothing bad in it."})
    mod = staff(SOFIE)
    part = queue_section(mod.get("/mod").text)
    assert html.escape(title) in part and "Nothing bad in it." in part
    assert "Bullying or harassment" in part
    rid = hiding_report(pid)
    assert 'action="/mod/%d/restore"' % rid in part and 'action="/mod/%d/keep"' % rid in part
    r = mod.post("/mod/%d/restore" % rid)
    assert r.status == 303
    assert Browser().get("/p/%d" % pid).status == 200
    assert html.escape(title) not in queue_section(mod.get("/mod").text)
    assert sql("SELECT handled_by IS NOT NULL, handled_at IS NOT NULL FROM review_requests "
               "WHERE post_id = ?", pid) == [["1", "1"]]


@by_day
def test_a_moderator_keeps_it_hidden():
    title = "Keep it down " + secrets.token_hex(3)
    author, pid = hidden_post(title)
    author.post("/post/%d/review" % pid, {"note": ""})
    mod = staff(SOFIE)
    mod.get("/mod")
    rid = hiding_report(pid)
    r = mod.post("/mod/%d/keep" % rid)
    assert r.status == 303 and "done=kept" in r.header("location")
    assert "Kept hidden" in mod.get(r.header("location")).text
    assert html.escape(title) not in queue_section(mod.get("/mod").text)
    assert sql("SELECT handled_at IS NOT NULL FROM review_requests WHERE post_id = ?",
               pid) == [["1"]]
    assert sql("SELECT status FROM posts WHERE id = ?", pid) == [["hidden"]]
    assert Browser().get("/p/%d" % pid).status == 404
    page = author.get("/p/%d" % pid).text
    assert "kept it hidden" in page and 'action="/post/%d/review"' % pid not in page
    # a second answer is told it was handled
    assert mod.post("/mod/%d/keep" % rid).status == 409
    # and he cannot ask again
    assert author.post("/post/%d/review" % pid, {"note": ""}).status == 409
