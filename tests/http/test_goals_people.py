"""
The participant's people (issue 13; cgi-bin/goals/people.c): his programme
and coach, the coaches before, who sees which of his goals, his employer
links and close relatives. Only his own links and relatives exist for
him; someone else's id is a 404 and changes nothing. (The employer's and
the relative's journeys: test_goals_employer.py, test_goals_supporter.py.)
"""
import re
import secrets

from goals_helpers import one_id
from opbak import sql
from probe_helpers import user


def participant(prefix="gp_p"):
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


def test_a_new_participant_sees_he_has_no_coach_and_how_to_invite():
    p, _, _ = participant()
    r = p.get("/goals/people")
    assert r.status == 200, r
    assert "You have no coach at the moment." in r.text
    assert "You are not linked to an employer." in r.text
    assert 'action="/goals/people/relative"' in r.text
    assert "Tell us what would help" in r.text  # the feedback form of every goals page


def test_his_programme_coach_and_earlier_coaches_are_shown():
    p, _, pid = participant()
    _, old_handle, old = user("coach", prefix="gp_old")
    _, now_handle, now = user("coach", prefix="gp_now")
    name = "Work training " + secrets.token_hex(3)
    prog = one_id("INSERT INTO programmes (name) VALUES (?)", name)
    sql("UPDATE participants SET programme_id = ?, coach_id = ? WHERE user_id = ?",
        prog, now, pid)
    sql("INSERT INTO coach_history (participant_id, coach_id, started_at, ended_at) "
        "VALUES (?, ?, NOW() - INTERVAL 90 DAY, NOW() - INTERVAL 30 DAY)", pid, old)
    sql("INSERT INTO coach_history (participant_id, coach_id, started_at) "
        "VALUES (?, ?, NOW() - INTERVAL 30 DAY)", pid, now)
    page = p.get("/goals/people").text
    assert name in page and now_handle in page
    assert "Your coaches before" in page and old_handle in page
    assert "You have no coach" not in page


def test_who_sees_which_goal_is_summed_up_with_a_link_to_change_it():
    p, _, pid = participant()
    agreed = goal(pid, title="Agreed goal", shared=("employer",))
    personal = goal(pid, title="Personal goal", personal=1, shared=("relative",))
    page = p.get("/goals/people").text

    def seen(goal):
        m = re.search(r'<li><a href="/goals/%d"[^>]*>[^<]*</a>(.*?)</ul></li>' % goal, page, re.S)
        assert m, page
        return [(who, "does not see it" not in line) for who, line in
                zip(("coach", "employer", "relative"), m.group(1).split("</li>")[:3])]

    assert seen(agreed) == [("coach", True), ("employer", True), ("relative", False)]
    assert seen(personal) == [("coach", False), ("employer", False), ("relative", True)]


def test_someone_elses_employer_link_or_relative_is_404_and_unchanged():
    _, _, pid = participant()
    _, _, eid = user("employer", prefix="gp_e")
    link = one_id("INSERT INTO employer_links (participant_id, employer_id) VALUES (?, ?)",
                  pid, eid)
    rel = one_id("INSERT INTO relatives (participant_id, code_hash, code_expires_at) "
                 "VALUES (?, ?, NOW() + INTERVAL 7 DAY)", pid, secrets.token_hex(32))
    other, _, _ = participant("gp_o")
    other.get("/goals/people")
    assert other.post("/goals/people/employer/%d/consent" % link).status == 404
    assert other.post("/goals/people/employer/%d/end" % link).status == 404
    assert other.post("/goals/people/relative/%d/end" % rel).status == 404
    assert sql("SELECT consent_at IS NULL, ended_at IS NULL FROM employer_links WHERE id = ?",
               link) == [["1", "1"]]
    assert sql("SELECT ended_at IS NULL, code_hash IS NOT NULL FROM relatives WHERE id = ?",
               rel) == [["1", "1"]]


def test_ending_twice_is_harmless():
    p, _, pid = participant()
    rel = one_id("INSERT INTO relatives (participant_id, code_hash, code_expires_at) "
                 "VALUES (?, ?, NOW() + INTERVAL 7 DAY)", pid, secrets.token_hex(32))
    p.get("/goals/people")
    assert p.post("/goals/people/relative/%d/end" % rel).status == 303
    ended = sql("SELECT ended_at FROM relatives WHERE id = ?", rel)
    assert p.post("/goals/people/relative/%d/end" % rel).status == 303
    assert sql("SELECT ended_at FROM relatives WHERE id = ?", rel) == ended


def test_an_expired_code_is_no_longer_listed():
    p, _, pid = participant()
    sql("INSERT INTO relatives (participant_id, code_hash, code_expires_at) "
        "VALUES (?, ?, NOW() - INTERVAL 1 DAY)", pid, secrets.token_hex(32))
    assert "Withdraw the code" not in p.get("/goals/people").text


def test_nobody_logged_in_is_sent_to_log_in():
    from opbak import Browser
    r = Browser().get("/goals/people")
    assert r.status == 303 and r.header("location").startswith("/account/login")
