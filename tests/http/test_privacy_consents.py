"""
Consents (issue 14; cgi-bin/account/consents.c): each consent a member
gave (a goal shared with his coach, his employer, his close relative; his
employer link; his close relative; an answered question to be published
anonymously; his posts in the RSS feeds), when, and a Withdraw button.
Withdrawing works at once: the other side's next request no longer shows
it. Someone else's consent, or a kind and id that are not his: 404,
nothing changed.
"""
import re
import secrets

from goals_helpers import chat, employer_link, item, one_id
from opbak import Browser, sql, visitor
from post_helpers import by_day, member, user_id, write_post
from probe_helpers import user

CONSENTS = "/account/privacy/consents"
WITHDRAW = "/account/privacy/consents/withdraw"


def participant(prefix="pc_p"):
    b, handle, pid = user("member", prefix=prefix)
    assert b.get("/goals/people").status == 200  # his participants row
    return b, handle, pid


def withdraw(b, kind, id_=""):
    b.get(CONSENTS)
    return b.post(WITHDRAW, {"kind": kind, "id": str(id_)})


def withdrawn(b, kind, id_, notice):
    """Withdraw through the page's own form; assert the 303 and the notice."""
    page = b.get(CONSENTS).text
    assert 'id="consent-%s-%s"' % (kind, id_) in page, page
    r = b.post(WITHDRAW, {"kind": kind, "id": "" if id_ == "all" else str(id_)})
    assert r.status == 303, r
    assert r.header("location") == CONSENTS + "?withdrawn=" + kind
    page = b.get(r.header("location")).text
    assert notice in page, page
    assert 'id="consent-%s-%s"' % (kind, id_) not in page


def test_a_goal_shared_with_his_employer_is_withdrawn_and_the_employer_sees_it_no_more():
    p, _, pid = participant()
    e, _, eid = user("employer", prefix="pc_e")
    employer_link(pid, eid)
    title = "Shared with work " + secrets.token_hex(3)
    gid = item(pid, title=title, shared=("employer",))
    assert title in e.get("/employer/p/%d" % pid).text

    page = p.get(CONSENTS).text
    assert "Your goal, shared with your employer:" in page and title in page
    withdrawn(p, "goal_employer", gid, "Your goal is no longer shared with your employer.")
    assert sql("SELECT shared_employer_at FROM goal_items WHERE id = ?", gid) == [["NULL"]]
    r = e.get("/employer/p/%d" % pid)
    assert r.status == 200 and title not in r.text


def test_a_personal_goal_shared_with_his_coach_is_withdrawn():
    c, _, cid = user("coach", prefix="pc_c")
    prog = one_id("INSERT INTO programmes (name) VALUES (?)", "Consents " + secrets.token_hex(4))
    sql("INSERT INTO coaches (user_id, programme_id) VALUES (?, ?)", cid, prog)
    p, _, pid = participant()
    sql("UPDATE participants SET programme_id = ?, coach_id = ? WHERE user_id = ?", prog, cid, pid)
    title = "My own goal " + secrets.token_hex(3)
    gid = item(pid, title=title, personal=1, agreed=0, shared=())
    sql("UPDATE goal_items SET shared_coach_at = NOW() WHERE id = ?", gid)
    assert title in c.get("/coach/p/%d" % pid).text

    withdrawn(p, "goal_coach", gid, "Your goal is no longer shared with your coach.")
    assert sql("SELECT shared_coach_at FROM goal_items WHERE id = ?", gid) == [["NULL"]]
    assert title not in c.get("/coach/p/%d" % pid).text


def test_his_close_relative_loses_a_goal_then_everything():
    p, _, pid = participant()
    r, _, rid = user("member", prefix="pc_r")
    rel = one_id("INSERT INTO relatives (participant_id, relative_id, joined_at) "
                 "VALUES (?, ?, NOW())", pid, rid)
    title = "For my brother " + secrets.token_hex(3)
    gid = item(pid, title=title, shared=("relative",))
    assert title in r.get("/supporter/p/%d" % pid).text

    withdrawn(p, "goal_relative", gid, "Your goal is no longer shared with your close relative.")
    assert sql("SELECT shared_relative_at FROM goal_items WHERE id = ?", gid) == [["NULL"]]
    page = r.get("/supporter/p/%d" % pid)
    assert page.status == 200 and title not in page.text

    withdrawn(p, "relative", rel, "Your close relative no longer sees anything of yours.")
    assert sql("SELECT ended_at IS NOT NULL FROM relatives WHERE id = ?", rel) == [["1"]]
    assert r.get("/supporter/p/%d" % pid).status == 404


def test_ending_the_employer_link_takes_his_goals_and_chat_away():
    p, _, pid = participant()
    e, e_handle, eid = user("employer", prefix="pc_e")
    link = employer_link(pid, eid)
    cid = chat(pid, eid, "employer")
    title = "Arrive by eight " + secrets.token_hex(3)
    item(pid, title=title, shared=("employer",))
    assert e.get("/employer/p/%d" % pid).status == 200
    assert e.get("/chat/%d" % cid).status == 200
    page = p.get(CONSENTS).text
    assert "Your employer, who sees the goals you share with your employer" in page and e_handle in page

    withdrawn(p, "employer", link, "The link with your employer has ended")
    assert sql("SELECT ended_at IS NOT NULL FROM employer_links WHERE id = ?", link) == [["1"]]
    assert sql("SELECT user_id FROM chat_members WHERE chat_id = ?", cid) == [[str(pid)]]
    assert e.get("/employer/p/%d" % pid).status == 404
    assert e.get("/chat/%d" % cid).status == 404
    assert title not in e.get("/employer").text
    assert p.get("/chat/%d" % cid).status == 200  # his history stays his
    # a second time: it is no consent of his any more
    assert withdraw(p, "employer", link).status == 404


def test_a_published_question_is_taken_down_when_he_withdraws():
    m, _, mid = user("member", prefix="pc_q")
    anonym = int(sql("SELECT id FROM users WHERE handle = 'anonym'")[0][0])
    post = one_id("INSERT INTO posts (user_id, topic_id, title, body, body_html, status, "
                  "is_public) SELECT ?, id, 'Published question', 'q', '<p>q</p>', 'visible', 1 "
                  "FROM topics ORDER BY id LIMIT 1", anonym)
    asked = one_id("INSERT INTO questions (member_id, subject, body, allow_publish, status, "
                   "published_post_id) VALUES (?, 'About my dad', 'Long story', 1, 'answered', ?)",
                   mid, post)
    waiting = one_id("INSERT INTO questions (member_id, subject, body, allow_publish, status) "
                     "VALUES (?, 'About school', 'Short story', 1, 'answered')", mid)
    assert m.get("/p/%d" % post).status == 200
    page = m.get(CONSENTS).text
    assert "About my dad" in page and ", published anonymously" in page
    assert "About school" in page and "may be published anonymously" in page

    withdrawn(m, "publish", asked, "Your question will not be published.")
    assert sql("SELECT allow_publish, published_post_id FROM questions WHERE id = ?",
               asked) == [["0", "NULL"]]
    assert sql("SELECT COUNT(*) FROM posts WHERE id = ?", post) == [["0"]]
    assert m.get("/p/%d" % post).status == 404

    withdrawn(m, "publish", waiting, "Your question will not be published.")
    assert sql("SELECT allow_publish FROM questions WHERE id = ?", waiting) == [["0"]]
    assert "You have not agreed to share or publish anything." in m.get(CONSENTS).text


@by_day
def test_his_posts_leave_the_rss_feed_when_he_withdraws():
    b, handle = member("pc_w")
    title = "In the feed " + secrets.token_hex(3)
    write_post(b, title=title, public=True)
    write_post(b, public=True)
    r = visitor("/feed.xml", lambda r: title in r.text)
    assert title in r.text
    assert "2 of your posts may appear in the RSS feeds." in b.get(CONSENTS).text

    withdrawn(b, "feeds", "all", "Your posts no longer appear in the RSS feeds.")
    assert sql("SELECT COUNT(*) FROM posts WHERE user_id = ? AND is_public = 1",
               user_id(handle)) == [["0"]]
    r = visitor("/feed.xml", lambda r: title not in r.text)
    assert r.status == 200 and title not in r.text
    # again, with nothing left in the feeds: done already, nothing else changes
    assert withdraw(b, "feeds").status == 303


def test_nobody_withdraws_another_members_consent():
    p, _, pid = participant()
    e, _, eid = user("employer", prefix="pc_e")
    link = employer_link(pid, eid)
    gid = item(pid, title="Not yours " + secrets.token_hex(3), shared=("employer", "relative"))
    other, _, _ = participant("pc_o")
    before = sql("SELECT shared_employer_at, shared_relative_at FROM goal_items WHERE id = ?", gid)

    for kind, id_ in (("goal_employer", gid), ("goal_relative", gid), ("employer", link),
                      ("goal_coach", gid), ("publish", gid), ("relative", gid)):
        r = withdraw(other, kind, id_)
        assert r.status == 404, (kind, r)
    # his own id under the wrong kind, or a consent he never gave: 404 too
    assert withdraw(p, "employer", gid).status == 404
    assert withdraw(p, "goal_coach", gid).status == 404  # not personal: nothing to withdraw
    assert withdraw(p, "goal_employer", "").status == 404
    # a kind that does not exist: 400
    assert withdraw(p, "everything", gid).status == 400
    assert sql("SELECT shared_employer_at, shared_relative_at FROM goal_items WHERE id = ?",
               gid) == before
    assert sql("SELECT ended_at FROM employer_links WHERE id = ?", link) == [["NULL"]]
    assert sql("SELECT COUNT(*) FROM audit_log WHERE action = 'consent.withdraw' AND "
               "target_id IN (?, ?)", pid, user_id_of(other)) == [["0"]]
    assert e.get("/employer/p/%d" % pid).status == 200
    # and without logging in, nothing at all
    assert Browser().post(WITHDRAW, {"kind": "feeds"}, csrf=False).status in (302, 303, 403)


def user_id_of(b):
    page = b.get("/account/settings").text
    m = re.search(r"<dt>Pseudonym</dt><dd>([^<]+)</dd>", page)
    return user_id(m.group(1))
