"""
The close relative (issue 13; cgi-bin/goals/people.c, supporter.c): the
participant makes a one-time code (shown once), the relative types it at
/supporter, sees only the goals shared with a close relative and sends
encouragement, which the participant reads and is told about. A code works
once, within its days; a wrong one tells nothing. An unrelated member or a
relative who was ended gets a 404, at once. Every opening is audited.
"""
import re
import secrets

from goals_helpers import one_id
from opbak import sql
from probe_helpers import user

NO = "That code does not work. Ask for a new one."


def participant(prefix="gs_p"):
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


def invite(p):
    """The participant makes a code; returns it as the page shows it."""
    p.get("/goals/people")
    r = p.post("/goals/people/relative")
    assert r.status == 200, r
    m = re.search(r'<p class="code" data-user-text>([A-Z0-9]{5}-[A-Z0-9]{5})</p>', r.text)
    assert m, r.text
    return m.group(1)


def join(b, code):
    b.get("/supporter")
    return b.post("/supporter/join", {"code": code})


def related():
    """A participant with a goal shared with a relative and one not, and a
    relative who joined with his code."""
    p, p_handle, pid = participant()
    w = {"p": p, "p_handle": p_handle, "pid": pid}
    w["shared_title"] = "Walk every day " + secrets.token_hex(3)
    w["hidden_title"] = "Talk to the boss " + secrets.token_hex(3)
    goal(pid, title=w["shared_title"], shared=("relative",))
    goal(pid, title=w["hidden_title"], shared=("employer",))
    w["r"], w["r_handle"], w["rid"] = user("member", prefix="gs_r")
    assert join(w["r"], invite(p)).status == 303
    return w


def relatives(pid):
    return sql("SELECT relative_id IS NOT NULL, joined_at IS NOT NULL, code_hash IS NULL, "
               "ended_at IS NOT NULL FROM relatives WHERE participant_id = ? ORDER BY id", pid)


def test_the_relative_journey_from_code_to_encouragement():
    p, p_handle, pid = participant()
    shared_title = "Walk every day " + secrets.token_hex(3)
    hidden_title = "Talk to the boss " + secrets.token_hex(3)
    goal(pid, title=shared_title, shared=("relative",))
    goal(pid, title=hidden_title, shared=("employer",))

    p.get("/goals/people")
    r = p.post("/goals/people/relative")
    assert r.status == 200, r
    m = re.search(r'<p class="code" data-user-text>([A-Z0-9]{5}-[A-Z0-9]{5})</p>', r.text)
    assert m, r.text
    code = m.group(1)
    assert "/supporter" in r.text and "only the goals you share with a close relative" in r.text
    assert "end it at any time" in r.text
    # only its hash is kept, and the code is never shown again
    assert sql("SELECT code_hash IS NOT NULL, code_expires_at > NOW() + INTERVAL 6 DAY, "
               "consent_at IS NOT NULL FROM relatives WHERE participant_id = ?",
               pid) == [["1", "1", "1"]]
    again = p.get("/goals/people").text
    assert code not in again and code.replace("-", "") not in again
    assert "Withdraw the code" in again

    rel, r_handle, rid = user("member", prefix="gs_r")
    typed = " " + code.lower().replace("-", " - ") + " "  # as someone types it
    r = join(rel, typed)
    assert r.status == 303, r
    assert r.header("location") == "/supporter/p/%d" % pid
    assert sql("SELECT relative_id, joined_at IS NOT NULL, code_hash IS NULL FROM relatives "
               "WHERE participant_id = ?", pid) == [[str(rid), "1", "1"]]
    assert 'href="/supporter/p/%d"' % pid in rel.get("/supporter").text

    r = rel.get("/supporter/p/%d" % pid)
    assert r.status == 200, r
    assert shared_title in r.text and hidden_title not in r.text

    r = rel.post("/supporter/p/%d/encourage" % pid, {"body": "Proud of you!"})
    assert r.status == 303, r
    assert sql("SELECT author_id, item_id IS NULL, kind, body FROM goal_comments "
               "WHERE participant_id = ?", pid) == [[str(rid), "1", "encouragement",
                                                     "Proud of you!"]]
    assert sql("SELECT kind, actor_id FROM notifications WHERE user_id = ?",
               pid) == [["goal_encouragement", str(rid)]]
    assert "Proud of you!" in rel.get("/supporter/p/%d" % pid).text
    page = p.get("/goals/people").text
    assert "Proud of you!" in page and r_handle in page


def test_the_same_code_twice_is_refused():
    p, _, pid = participant()
    code = invite(p)
    first, _, _ = user("member", prefix="gs_a")
    second, _, _ = user("member", prefix="gs_b")
    assert join(first, code).status == 303
    r = join(second, code)
    assert r.status == 400 and NO in r.text
    assert 'value="%s"' % code in r.text  # the form filled in again
    assert len(sql("SELECT id FROM relatives WHERE participant_id = ? AND relative_id IS NOT NULL",
                   pid)) == 1


def test_an_expired_code_is_refused():
    p, _, pid = participant()
    code = invite(p)
    sql("UPDATE relatives SET code_expires_at = NOW() - INTERVAL 1 MINUTE WHERE participant_id = ?",
        pid)
    rel, _, _ = user("member", prefix="gs_r")
    r = join(rel, code)
    assert r.status == 400 and NO in r.text
    assert relatives(pid) == [["0", "0", "0", "0"]]


def test_a_random_code_is_refused():
    rel, _, rid = user("member", prefix="gs_r")
    for code in ("".join(secrets.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10)),
                 "O0I1O0I1O0", "short", "<b>x</b>"):
        r = join(rel, code)
        assert r.status == 400 and NO in r.text, code
    assert sql("SELECT COUNT(*) FROM relatives WHERE relative_id = ?", rid) == [["0"]]


def test_his_own_code_is_refused():
    p, _, pid = participant()
    code = invite(p)
    r = join(p, code)
    assert r.status == 400 and "your own code" in r.text
    assert relatives(pid) == [["0", "0", "0", "0"]]


def test_an_empty_or_overlong_code_comes_back_filled_in():
    rel, _, _ = user("member", prefix="gs_r")
    r = join(rel, "")
    assert r.status == 400 and 'aria-invalid="true"' in r.text
    r = join(rel, "A" * 33)
    assert r.status == 400 and 'value="%s"' % ("A" * 33) in r.text


def test_a_withdrawn_code_does_not_work():
    p, _, pid = participant()
    code = invite(p)
    rid = int(sql("SELECT id FROM relatives WHERE participant_id = ?", pid)[0][0])
    p.get("/goals/people")
    assert p.post("/goals/people/relative/%d/end" % rid).status == 303
    assert "Withdraw the code" not in p.get("/goals/people").text
    rel, _, _ = user("member", prefix="gs_r")
    assert join(rel, code).status == 400


def test_at_most_five_codes_open_at_once():
    p, _, pid = participant()
    for _ in range(5):
        invite(p)
    p.get("/goals/people")
    r = p.post("/goals/people/relative")
    assert r.status == 409, r
    assert sql("SELECT COUNT(*) FROM relatives WHERE participant_id = ?", pid) == [["5"]]


def test_an_unrelated_member_gets_404_and_writes_nothing():
    w = related()
    stranger, _, sid = user("member", prefix="gs_s")
    assert stranger.get("/supporter/p/%d" % w["pid"]).status == 404
    stranger.get("/supporter")
    r = stranger.post("/supporter/p/%d/encourage" % w["pid"], {"body": "Hi"})
    assert r.status == 404
    assert sql("SELECT COUNT(*) FROM goal_comments WHERE participant_id = ?", w["pid"]) == [["0"]]
    assert sql("SELECT COUNT(*) FROM audit_log WHERE actor_id = ?", sid) == [["0"]]
    assert w["p_handle"] not in stranger.get("/supporter").text


def test_an_ended_relative_gets_404_at_once():
    w = related()
    assert w["r"].get("/supporter/p/%d" % w["pid"]).status == 200
    rid = int(sql("SELECT id FROM relatives WHERE participant_id = ?", w["pid"])[0][0])
    page = w["p"].get("/goals/people").text
    assert w["r_handle"] in page
    assert w["p"].post("/goals/people/relative/%d/end" % rid).status == 303
    assert w["r"].get("/supporter/p/%d" % w["pid"]).status == 404
    w["r"].get("/supporter")
    assert w["r"].post("/supporter/p/%d/encourage" % w["pid"], {"body": "Hi"}).status == 404
    assert w["p_handle"] not in w["r"].get("/supporter").text


def test_a_relative_opening_a_participant_is_audited():
    w = related()
    assert w["r"].get("/supporter/p/%d" % w["pid"]).status == 200
    assert sql("SELECT action, detail FROM audit_log WHERE actor_id = ? AND target_id = ?",
               w["rid"], w["pid"]) == [["goals.open", "relative: goals"]]


def test_empty_or_overlong_encouragement_comes_back_filled_in():
    w = related()
    r = w["r"].post("/supporter/p/%d/encourage" % w["pid"], {"body": ""})
    assert r.status == 400, r
    assert 'aria-invalid="true"' in r.text
    long = "You can do it. " * 150  # 2,250 characters
    r = w["r"].post("/supporter/p/%d/encourage" % w["pid"], {"body": long})
    assert r.status == 400 and long.strip() in r.text
    assert sql("SELECT COUNT(*) FROM goal_comments WHERE participant_id = ?", w["pid"]) == [["0"]]
    assert sql("SELECT COUNT(*) FROM notifications WHERE user_id = ?", w["pid"]) == [["0"]]
