"""
The employer (issue 13; cgi-bin/goals/employer.c, people.c): his coach
proposes a link, and only once the participant says yes does the employer
see him, and then only the goals shared with an employer; he comments on
them and the participant is told. An unshared goal, an ended link, another
employer's participant: 404, at once, nothing written. Every opening is in
the audit log.
"""
import re
import secrets

from goals_helpers import one_id
from opbak import sql
from probe_helpers import user


def participant(prefix="ge_p"):
    b, handle, pid = user("member", prefix=prefix)
    assert b.get("/goals/people").status == 200  # his participants row
    return b, handle, pid


def goal(pid, title, shared=(), personal=0, created_by=0):
    """A goal (level 1) as the participant's pages store one: goal_id is
    itself; shared names who it is shared with ("employer", "relative",
    "coach")."""
    gid = one_id("INSERT INTO goal_items (participant_id, level, title, agreed, personal, "
                 "created_by, shared_coach_at, shared_employer_at, shared_relative_at) "
                 "VALUES (?, 1, ?, ?, ?, NULLIF(?, 0), IF(?, NOW(), NULL), IF(?, NOW(), NULL), "
                 "IF(?, NOW(), NULL))", pid, title, int(not personal), personal, created_by,
                 int("coach" in shared), int("employer" in shared), int("relative" in shared))
    sql("UPDATE goal_items SET goal_id = id WHERE id = ?", gid)
    return gid


def propose(pid, employer_id, coach_id, placement="Warehouse trainee"):
    """The coach proposes a link, as coach.c stores one: no consent yet."""
    return one_id("INSERT INTO employer_links (participant_id, employer_id, placement, "
                  "proposed_by) VALUES (?, ?, ?, ?)", pid, employer_id, placement, coach_id)


def linked():
    """A participant with a shared and an unshared goal, linked (with his
    consent) to an employer. Browsers and ids in a dict."""
    p, p_handle, pid = participant()
    e, e_handle, eid = user("employer", prefix="ge_e")
    _, _, cid = user("coach", prefix="ge_c")
    w = {"p": p, "p_handle": p_handle, "pid": pid, "e": e, "e_handle": e_handle, "eid": eid,
         "cid": cid}
    w["shared_title"] = "Shared with work " + secrets.token_hex(3)
    w["hidden_title"] = "Only mine " + secrets.token_hex(3)
    w["shared"] = goal(pid, title=w["shared_title"], shared=("employer",), created_by=cid)
    w["hidden"] = goal(pid, title=w["hidden_title"], shared=("relative",), created_by=cid)
    w["link"] = propose(pid, eid, cid)
    p.get("/goals/people")
    r = p.post("/goals/people/employer/%d/consent" % w["link"])
    assert r.status == 303, r
    return w


def comments(pid):
    return sql("SELECT author_id, item_id, kind, body FROM goal_comments "
               "WHERE participant_id = ? ORDER BY id", pid)


def test_the_consent_journey_from_proposal_to_the_end_of_the_link():
    p, p_handle, pid = participant()
    e, e_handle, eid = user("employer", prefix="ge_e")
    _, c_handle, cid = user("coach", prefix="ge_c")
    shared_title = "Arrive by eight " + secrets.token_hex(3)
    hidden_title = "Sleep better " + secrets.token_hex(3)
    shared = goal(pid, title=shared_title, shared=("employer",), created_by=cid)
    goal(pid, title=hidden_title, shared=(), created_by=cid)
    link = propose(pid, eid, cid, placement="Bakery trial")

    # proposed, not consented: he does not exist for the employer yet
    assert e.get("/employer/p/%d" % pid).status == 404
    r = e.get("/employer")
    assert r.status == 200 and p_handle not in r.text

    # the participant is asked, with who proposed it and the placement
    page = p.get("/goals/people").text
    assert c_handle in page and e_handle in page and "Bakery trial" in page
    assert 'action="/goals/people/employer/%d/consent"' % link in page
    assert "Yes, link us" in page
    r = p.post("/goals/people/employer/%d/consent" % link)
    assert r.status == 303, r
    assert sql("SELECT consent_at IS NOT NULL, ended_at IS NULL FROM employer_links "
               "WHERE id = ?", link) == [["1", "1"]]
    assert sql("SELECT COUNT(*) FROM chats WHERE participant_id = ? AND other_id = ? "
               "AND kind = 'employer'", pid, eid) == [["1"]]
    assert "Linked since" in p.get("/goals/people").text

    # now he sees the shared goal, not the other one
    r = e.get("/employer")
    assert 'href="/employer/p/%d"' % pid in r.text and "Bakery trial" in r.text
    r = e.get("/employer/p/%d" % pid)
    assert r.status == 200, r
    assert shared_title in r.text and hidden_title not in r.text

    # unshared: gone at once
    sql("UPDATE goal_items SET shared_employer_at = NULL WHERE id = ?", shared)
    r = e.get("/employer/p/%d" % pid)
    assert r.status == 200 and shared_title not in r.text

    # the participant ends the link: 404 at once
    p.get("/goals/people")
    r = p.post("/goals/people/employer/%d/end" % link)
    assert r.status == 303, r
    assert e.get("/employer/p/%d" % pid).status == 404
    assert p_handle not in e.get("/employer").text
    assert "End the link" not in p.get("/goals/people").text


def test_saying_no_to_a_proposal_ends_it_and_it_cannot_be_consented_after():
    p, _, pid = participant()
    e, _, eid = user("employer", prefix="ge_e")
    _, _, cid = user("coach", prefix="ge_c")
    link = propose(pid, eid, cid)
    p.get("/goals/people")
    assert p.post("/goals/people/employer/%d/end" % link).status == 303
    assert sql("SELECT consent_at IS NULL, ended_at IS NOT NULL FROM employer_links "
               "WHERE id = ?", link) == [["1", "1"]]
    assert p.post("/goals/people/employer/%d/consent" % link).status == 404
    assert sql("SELECT consent_at IS NULL FROM employer_links WHERE id = ?", link) == [["1"]]
    assert e.get("/employer/p/%d" % pid).status == 404


def test_an_employer_comment_reaches_the_participant_and_notifies_him():
    w = linked()
    e = w["e"]
    e.get("/employer/p/%d" % w["pid"])
    r = e.post("/employer/item/%d/comment" % w["shared"], {"body": "Good first week!"})
    assert r.status == 303, r
    assert r.header("location") == "/employer/p/%d#goal-%d" % (w["pid"], w["shared"])
    assert comments(w["pid"]) == [[str(w["eid"]), str(w["shared"]), "comment",
                                   "Good first week!"]]
    assert sql("SELECT kind, item_id, actor_id FROM notifications WHERE user_id = ?",
               w["pid"]) == [["goal_comment", str(w["shared"]), str(w["eid"])]]
    page = e.get("/employer/p/%d" % w["pid"]).text
    assert "Good first week!" in page
    page = w["p"].get("/goals/people").text
    assert "Good first week!" in page and w["e_handle"] in page


def test_a_comment_on_a_goal_not_shared_with_him_is_404_and_not_stored():
    w = linked()
    w["e"].get("/employer")
    r = w["e"].post("/employer/item/%d/comment" % w["hidden"], {"body": "Hello"})
    assert r.status == 404
    assert comments(w["pid"]) == []
    assert sql("SELECT COUNT(*) FROM notifications WHERE user_id = ?", w["pid"]) == [["0"]]


def test_an_empty_or_overlong_comment_comes_back_filled_in_and_nothing_is_stored():
    w = linked()
    e = w["e"]
    e.get("/employer/p/%d" % w["pid"])
    r = e.post("/employer/item/%d/comment" % w["shared"], {"body": ""})
    assert r.status == 400, r
    assert 'aria-invalid="true"' in r.text and w["shared_title"] in r.text
    long = "Well done. " * 200  # 2,200 characters
    r = e.post("/employer/item/%d/comment" % w["shared"], {"body": long})
    assert r.status == 400, r
    assert long.strip() in r.text
    assert re.search(r"<details class=\"comment-form\" open>", r.text)
    assert comments(w["pid"]) == []


def test_another_employer_gets_404_everywhere_and_writes_nothing():
    w = linked()
    other, _, oid = user("employer", prefix="ge_o")
    assert other.get("/employer/p/%d" % w["pid"]).status == 404
    assert w["p_handle"] not in other.get("/employer").text
    r = other.post("/employer/item/%d/comment" % w["shared"], {"body": "Hi"})
    assert r.status == 404
    assert comments(w["pid"]) == []
    assert sql("SELECT COUNT(*) FROM audit_log WHERE actor_id = ?", oid) == [["0"]]


def test_an_employer_opening_a_participant_is_audited():
    w = linked()
    assert w["e"].get("/employer/p/%d" % w["pid"]).status == 200
    assert sql("SELECT action, detail FROM audit_log WHERE actor_id = ? AND target_id = ?",
               w["eid"], w["pid"]) == [["goals.open", "employer: goals"]]


def test_someone_else_cannot_consent_to_or_end_his_link():
    p, _, pid = participant()
    e, _, eid = user("employer", prefix="ge_e")
    _, _, cid = user("coach", prefix="ge_c")
    link = propose(pid, eid, cid)
    stranger, _, _ = participant("ge_s")
    assert stranger.post("/goals/people/employer/%d/consent" % link).status == 404
    assert stranger.post("/goals/people/employer/%d/end" % link).status == 404
    # the employer himself neither: only the participant consents here
    assert e.post("/goals/people/employer/%d/consent" % link).status == 404
    assert sql("SELECT consent_at IS NULL, ended_at IS NULL FROM employer_links WHERE id = ?",
               link) == [["1", "1"]]
