"""
"Tell us what would help" (cgi-bin/goals/feedback.c): a small form on every
goals page, sent to the team through the community's /feedback
(cgi-bin/post/feedback.c) with area=goals; the admins' list at
/mod/feedback says where each came from.
"""
import re
import secrets

from opbak import sql
from probe_helpers import user


def test_the_chat_pages_carry_the_form_folded_away_with_area_goals():
    b, _, _ = user("member", prefix="gf_m")
    page = b.get("/chat").text
    form = re.search(r'<details class="goals-feedback">.*?</details>', page, re.S)
    assert form, "no feedback form on /chat"
    f = form.group(0)
    assert "Tell us what would help" in f and 'action="/feedback"' in f
    assert '<input type="hidden" name="area" value="goals">' in f
    assert re.search(r'name="csrf" value="[0-9a-f]{64}"', f)
    assert f.count('name="kind"') == 3 and 'id="feedback-body"' in f


def test_feedback_from_a_goals_page_is_stored_as_goals_and_thanks_him_with_a_way_back():
    b, _, uid = user("member", prefix="gf_m")
    b.get("/chat")
    words = "A reminder the evening before would help me " + secrets.token_hex(3)
    r = b.post("/feedback", {"area": "goals", "kind": "better", "body": words})
    assert r.status == 303 and r.header("location") == "/feedback?thanks=1&area=goals", r
    assert sql("SELECT area, kind FROM feedback WHERE user_id = ? AND body = ?", uid,
               words) == [["goals", "better"]]
    thanks = b.get(r.header("location")).text
    assert '<a href="/goals">Back to your goals</a>' in thanks


def test_feedback_without_an_area_is_the_communitys():
    b, _, uid = user("member", prefix="gf_m")
    b.get("/feedback")
    words = "The leaderboard is fun " + secrets.token_hex(3)
    r = b.post("/feedback", {"kind": "good", "body": words})
    assert r.status == 303 and r.header("location") == "/feedback?thanks=1"
    assert sql("SELECT area FROM feedback WHERE body = ?", words) == [["community"]]
    assert "Back to your goals" not in b.get("/feedback?thanks=1").text


def test_an_unknown_area_is_refused_and_nothing_is_stored():
    b, _, uid = user("member", prefix="gf_m")
    b.get("/feedback")
    words = "Somewhere else entirely " + secrets.token_hex(3)
    r = b.post("/feedback", {"area": "moon", "kind": "good", "body": words})
    assert r.status == 400
    assert sql("SELECT COUNT(*) FROM feedback WHERE body = ?", words) == [["0"]]


def test_a_refused_goals_feedback_comes_back_filled_in_and_still_from_goals():
    b, _, uid = user("member", prefix="gf_m")
    b.get("/chat")
    r = b.post("/feedback", {"area": "goals", "kind": "better", "body": "Short"})
    assert r.status == 400 and ">Short</textarea>" in r.text
    assert '<input type="hidden" name="area" value="goals">' in r.text
    assert sql("SELECT COUNT(*) FROM feedback WHERE user_id = ?", uid) == [["0"]]


def test_the_admins_list_says_where_feedback_came_from():
    b, _, _ = user("member", prefix="gf_m")
    b.get("/chat")
    words = "Bigger buttons on the today page please " + secrets.token_hex(3)
    assert b.post("/feedback", {"area": "goals", "kind": "better", "body": words}).status == 303
    admin, _, _ = user("admin", prefix="gf_a")
    page = admin.get("/mod/feedback").text
    item = re.search(r'<article[^>]*>(?:(?!</article>).)*%s.*?</article>' % re.escape(words),
                     page, re.S)
    assert item and "feedback-area-goals" in item.group(0) and ">Goals<" in item.group(0)
