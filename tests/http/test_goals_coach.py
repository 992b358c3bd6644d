"""
The coach's side of the goals companion (issue 13; cgi-bin/goals/coach.c):
his caseload (/coach: feedback waiting first, then the quiet ones, then
the rest, and what happened since he looked), one participant's page
(/coach/p/<id>, audited), proposing goals, changing what is agreed (back
to 'proposed'), feedback on a completed sub-goal, and proposing an
employer link that counts only once the participant consents. Another
coach, or a goal the participant keeps to himself, meets a 404 and
nothing is written.

Each test makes its own coach, participants and items (the rows the
participant's pages would make are inserted here), so the tests stand
alone and need only coach.c (and item_form.c for the item form).
"""
import secrets

from opbak import Browser, sql
from post_helpers import member, one, user_id


def a_coach(prefix="co"):
    """A fresh account with the coach role, in a programme of its own."""
    b, handle = member(prefix, birth="1985-03-01")
    sql("UPDATE users SET role = 'coach' WHERE handle = ?", handle)
    name = "Programme " + secrets.token_hex(4)
    sql("INSERT INTO programmes (name) VALUES (?)", name)
    pid = int(one("SELECT id FROM programmes WHERE name = ?", name))
    sql("INSERT INTO coaches (user_id, programme_id) VALUES (?, ?)", user_id(handle), pid)
    return b, handle, user_id(handle), pid


def a_participant(coach_id, programme_id, prefix="pa"):
    """A fresh member whose coach is coach_id."""
    b, handle = member(prefix, birth="1999-03-01")
    uid = user_id(handle)
    sql("INSERT INTO participants (user_id, programme_id, coach_id) VALUES (?, ?, ?)",
        uid, programme_id, coach_id)
    sql("INSERT INTO coach_history (participant_id, coach_id) VALUES (?, ?)", uid, coach_id)
    return b, handle, uid


def an_item(participant, title, level=1, parent=0, status="active", agreed=1, personal=0,
            done_days_ago=None, created_by=0, shared_coach=False):
    """A goal item as the participant's pages would store it; its id."""
    goal = int(one("SELECT goal_id FROM goal_items WHERE id = ?", parent)) if parent else 0
    sql("INSERT INTO goal_items (participant_id, goal_id, parent_id, level, title, status, "
        "agreed, personal, created_by, done_at, shared_coach_at) VALUES (?, NULLIF(?, 0), "
        "NULLIF(?, 0), ?, ?, ?, ?, ?, NULLIF(?, 0), "
        "IF(? < 0, NULL, NOW() - INTERVAL ? DAY), IF(?, NOW(), NULL))",
        participant, goal, parent, level, title, status, agreed, personal, created_by,
        -1 if done_days_ago is None else done_days_ago,
        0 if done_days_ago is None else done_days_ago, 1 if shared_coach else 0)
    iid = int(one("SELECT MAX(id) FROM goal_items WHERE participant_id = ?", participant))
    if not parent:
        sql("UPDATE goal_items SET goal_id = id WHERE id = ?", iid)
    return iid


def count(query, *params):
    return int(one(query, *params))


def position(text, *needles):
    return [text.find(n) for n in needles]


def test_a_coach_with_nobody_yet_is_told_so():
    b, _, _, _ = a_coach()
    r = b.get("/coach")
    assert r.status == 200, r
    assert "Nobody has you as coach yet" in r.text


def test_caseload_puts_feedback_waiting_first_then_the_quiet_then_the_rest():
    b, _, cid, prog = a_coach()
    _, fresh, fresh_id = a_participant(cid, prog, "fresh")
    _, quiet, quiet_id = a_participant(cid, prog, "quiet")
    _, waits, waits_id = a_participant(cid, prog, "waits")
    # fresh: an activity done yesterday; quiet: last done 20 days ago (its
    # feedback given), coached for longer; waits: a completed sub-goal
    # without feedback
    g = an_item(fresh_id, "Walk in the mornings")
    s = an_item(fresh_id, "Walk every day", level=2, parent=g)
    an_item(fresh_id, "First walk", level=3, parent=s, status="done", done_days_ago=1)
    sql("UPDATE coach_history SET started_at = NOW() - INTERVAL 60 DAY WHERE participant_id = ?",
        quiet_id)
    g = an_item(quiet_id, "Sleep before midnight")
    s = an_item(quiet_id, "One week of early nights", level=2, parent=g, status="done",
                done_days_ago=20)
    sql("INSERT INTO goal_comments (participant_id, item_id, author_id, kind, body, created_at) "
        "VALUES (?, ?, ?, 'feedback', 'Good', NOW() - INTERVAL 19 DAY)", quiet_id, s, cid)
    g = an_item(waits_id, "Back to the workshop")
    an_item(waits_id, "Visit the workshop", level=2, parent=g, status="done", done_days_ago=2)
    r = b.get("/coach")
    assert r.status == 200, r
    p_waits, p_quiet, p_fresh = position(r.text, waits, quiet, fresh)
    assert -1 < p_waits < p_quiet < p_fresh, (p_waits, p_quiet, p_fresh)
    assert "1 sub-goal done, waiting for your feedback" in r.text
    assert "Nothing done for 20 days" in r.text
    assert 'href="/coach/p/%d"' % waits_id in r.text


def test_since_you_looked_changes_after_he_opens_the_participant():
    b, _, cid, prog = a_coach()
    _, handle, pid = a_participant(cid, prog)
    g = an_item(pid, "Get up at seven")
    an_item(pid, "Alarm on the other side of the room", level=2, parent=g, status="done",
            done_days_ago=0)
    r = b.get("/coach")
    assert "1 step done since you looked" in r.text and "You have not looked yet" in r.text
    assert b.get("/coach/p/%d" % pid).status == 200
    assert one("SELECT coach_seen_at IS NOT NULL FROM participants WHERE user_id = ?", pid) == "1"
    r = b.get("/coach")
    assert "step done since you looked" not in r.text
    assert "You looked" in r.text


def test_the_participant_page_is_audited_and_shows_his_goals():
    b, _, cid, prog = a_coach()
    _, handle, pid = a_participant(cid, prog)
    an_item(pid, "Apply for the bike course")
    r = b.get("/coach/p/%d" % pid)
    assert r.status == 200, r
    assert handle in r.text and "Apply for the bike course" in r.text
    assert 'href="/coach/p/%d/propose"' % pid in r.text
    rows = sql("SELECT actor_id, detail FROM audit_log WHERE action = 'goals.open' "
               "AND target_id = ? ORDER BY id", pid)
    assert [str(cid), "coach: goals"] in rows, rows


def test_a_personal_goal_not_shared_is_not_there_for_the_coach():
    b, _, cid, prog = a_coach()
    _, _, pid = a_participant(cid, prog)
    secret = an_item(pid, "My own secret plan", agreed=0, personal=1)
    shared = an_item(pid, "My own plan I share", agreed=0, personal=1, shared_coach=True)
    r = b.get("/coach/p/%d" % pid)
    assert "My own secret plan" not in r.text
    assert "My own plan I share" in r.text
    assert b.get("/coach/item/%d" % secret).status == 404
    assert b.get("/coach/item/%d/edit" % secret).status == 404
    assert b.get("/coach/item/%d" % shared).status == 200
    # his own goal shared to read: the coach may not change it
    r = b.get("/coach/item/%d/edit" % shared)
    assert r.status == 409 and "Only he can change it" in r.text


def test_propose_a_goal_and_a_sub_goal_the_participant_sees_them_proposed():
    b, _, cid, prog = a_coach()
    pb, _, pid = a_participant(cid, prog)
    r = b.get("/coach/p/%d/propose" % pid)
    assert r.status == 200, r
    assert 'name="title"' in r.text  # item_form.c's fields
    r = b.post("/coach/p/%d/propose" % pid, {"title": "Two days a week at the workshop",
                                             "description": "From May", "due_date": "2030-05-01",
                                             "due_time": "", "remind": "none"})
    assert r.status == 303 and r.header("location") == "/coach/p/%d" % pid, r
    row = sql("SELECT id, level, status, agreed, personal, created_by, goal_id = id, "
              "DATE_FORMAT(due_date, '%Y-%m-%d') FROM goal_items WHERE participant_id = ?", pid)
    assert len(row) == 1, row
    gid = int(row[0][0])
    assert row[0][1:] == ["1", "proposed", "0", "0", str(cid), "1", "2030-05-01"], row
    assert count("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND kind = "
                 "'goal_proposed' AND item_id = ? AND actor_id = ?", pid, gid, cid) == 1
    # a sub-goal under it
    r = b.get("/coach/p/%d/propose?parent=%d" % (pid, gid))
    assert r.status == 200 and "Two days a week at the workshop" in r.text, r
    r = b.post("/coach/p/%d/propose?parent=%d" % (pid, gid),
               {"title": "Meet the workshop leader", "remind": "none"})
    assert r.status == 303, r
    sub = sql("SELECT level, parent_id, goal_id, status FROM goal_items "
              "WHERE participant_id = ? AND id <> ?", pid, gid)
    assert sub == [["2", str(gid), str(gid), "proposed"]], sub
    # the participant's own list says it is proposed (items.c; when it is there)
    r = pb.get("/goals/all")
    if r.status == 200:
        assert "Two days a week at the workshop" in r.text and "Proposed" in r.text


def test_propose_with_bad_input_comes_back_filled_in_and_stores_nothing():
    b, _, cid, prog = a_coach()
    _, _, pid = a_participant(cid, prog)
    b.get("/coach/p/%d/propose" % pid)
    for fields in ({"title": "", "description": "kept text", "remind": "none"},
                   {"title": "x" * 121, "description": "kept text", "remind": "none"},
                   {"title": "A date far away", "description": "kept text",
                    "due_date": "3000-01-01", "remind": "none"}):
        r = b.post("/coach/p/%d/propose" % pid, fields)
        assert r.status == 400, (fields, r)
        assert "kept text" in r.text
        assert 'aria-invalid="true"' in r.text
    assert count("SELECT COUNT(*) FROM goal_items WHERE participant_id = ?", pid) == 0


def test_nothing_goes_under_an_activity():
    b, _, cid, prog = a_coach()
    _, _, pid = a_participant(cid, prog)
    g = an_item(pid, "Goal")
    s = an_item(pid, "Sub", level=2, parent=g)
    a = an_item(pid, "Act", level=3, parent=s)
    assert b.get("/coach/p/%d/propose?parent=%d" % (pid, a)).status == 409
    r = b.post("/coach/p/%d/propose?parent=%d" % (pid, a), {"title": "Below", "remind": "none"})
    assert r.status == 409
    assert count("SELECT COUNT(*) FROM goal_items WHERE parent_id = ?", a) == 0


def test_a_proposal_past_the_most_items_is_refused():
    b, _, cid, prog = a_coach()
    _, _, pid = a_participant(cid, prog)
    g = an_item(pid, "Goal")
    sql("INSERT INTO goal_items (participant_id, goal_id, parent_id, level, title) "
        "SELECT ?, ?, ?, 2, 'Step' FROM seq_1_to_499", pid, g, g)
    b.get("/coach/p/%d" % pid)
    r = b.post("/coach/p/%d/propose" % pid, {"title": "One more", "remind": "none"})
    assert r.status == 409, r
    assert count("SELECT COUNT(*) FROM goal_items WHERE participant_id = ?", pid) == 500


def test_changing_an_agreed_item_makes_it_a_proposal_again():
    b, _, cid, prog = a_coach()
    _, _, pid = a_participant(cid, prog)
    g = an_item(pid, "Cycle to work", agreed=1, status="active", created_by=cid)
    sql("UPDATE goal_items SET change_request = 'Three days, not five' WHERE id = ?", g)
    r = b.get("/coach/item/%d/edit" % g)
    assert r.status == 200, r
    assert "Cycle to work" in r.text and "Three days, not five" in r.text
    r = b.post("/coach/item/%d/edit" % g, {"title": "Cycle to work three days a week",
                                           "description": "", "remind": "none"})
    assert r.status == 303, r
    row = sql("SELECT title, status, change_request IS NULL FROM goal_items WHERE id = ?", g)
    assert row == [["Cycle to work three days a week", "proposed", "1"]], row
    assert count("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND kind = "
                 "'goal_proposed' AND item_id = ?", pid, g) == 1


def test_changing_with_bad_input_comes_back_filled_in():
    b, _, cid, prog = a_coach()
    _, _, pid = a_participant(cid, prog)
    g = an_item(pid, "Cycle to work")
    b.get("/coach/item/%d/edit" % g)
    r = b.post("/coach/item/%d/edit" % g, {"title": " ", "description": "still here",
                                           "remind": "none"})
    assert r.status == 400 and "still here" in r.text, r
    assert sql("SELECT title, status FROM goal_items WHERE id = ?", g) == [["Cycle to work",
                                                                          "active"]]


def test_a_done_item_is_not_changed():
    b, _, cid, prog = a_coach()
    _, _, pid = a_participant(cid, prog)
    g = an_item(pid, "Finished", status="done", done_days_ago=1)
    assert b.get("/coach/item/%d/edit" % g).status == 409
    r = b.post("/coach/item/%d/edit" % g, {"title": "Changed", "remind": "none"})
    assert r.status == 409
    assert one("SELECT title FROM goal_items WHERE id = ?", g) == "Finished"


def test_feedback_on_a_done_sub_goal_reaches_the_participant():
    b, _, cid, prog = a_coach()
    _, _, pid = a_participant(cid, prog)
    g = an_item(pid, "Back to work")
    s = an_item(pid, "Call the workshop", level=2, parent=g, status="done", done_days_ago=0)
    r = b.get("/coach/p/%d" % pid)
    assert 'action="/coach/item/%d/feedback"' % s in r.text
    r = b.post("/coach/item/%d/feedback" % s, {"body": "Well done: that call was the hard part."})
    assert r.status == 303, r
    rows = sql("SELECT participant_id, author_id, kind, body FROM goal_comments WHERE item_id = ?",
               s)
    assert rows == [[str(pid), str(cid), "feedback", "Well done: that call was the hard part."]]
    assert count("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND kind = "
                 "'goal_feedback' AND item_id = ?", pid, s) == 1
    # no longer waiting
    r = b.get("/coach")
    assert "done, waiting for your feedback" not in r.text
    r = b.get("/coach/item/%d" % s)
    assert "Well done: that call was the hard part." in r.text


def test_feedback_on_an_active_sub_goal_is_refused():
    b, _, cid, prog = a_coach()
    _, _, pid = a_participant(cid, prog)
    g = an_item(pid, "Back to work")
    s = an_item(pid, "Call the workshop", level=2, parent=g, status="active")
    b.get("/coach/p/%d" % pid)
    r = b.post("/coach/item/%d/feedback" % s, {"body": "Good"})
    assert r.status == 409 and "completed sub-goal" in r.text, r
    r = b.post("/coach/item/%d/feedback" % g, {"body": "Good"})  # a goal, not a sub-goal
    assert r.status == 409
    assert count("SELECT COUNT(*) FROM goal_comments WHERE participant_id = ?", pid) == 0


def test_empty_or_overlong_feedback_comes_back_filled_in():
    b, _, cid, prog = a_coach()
    _, _, pid = a_participant(cid, prog)
    g = an_item(pid, "Back to work")
    s = an_item(pid, "Call", level=2, parent=g, status="done", done_days_ago=0)
    b.get("/coach/item/%d" % s)
    r = b.post("/coach/item/%d/feedback" % s, {"body": "   "})
    assert r.status == 400 and 'aria-invalid="true"' in r.text, r
    long = "a" * 2001
    r = b.post("/coach/item/%d/feedback" % s, {"body": long})
    assert r.status == 400 and long in r.text, r
    assert count("SELECT COUNT(*) FROM goal_comments WHERE participant_id = ?", pid) == 0


def test_the_coach_proposes_an_employer_link_that_waits_for_consent():
    b, _, cid, prog = a_coach()
    _, _, pid = a_participant(cid, prog)
    _, boss = member("boss", birth="1980-01-01")
    sql("UPDATE users SET role = 'employer' WHERE handle = ?", boss)
    b.get("/coach/p/%d" % pid)
    r = b.post("/coach/p/%d/employer" % pid, {"employer": boss, "placement": "Work trial",
                                              "consent": "1"})
    assert r.status == 303, r
    rows = sql("SELECT id, employer_id, placement, proposed_by, consent_at IS NULL, "
               "ended_at IS NULL FROM employer_links WHERE participant_id = ?", pid)
    assert len(rows) == 1 and rows[0][1:] == [str(user_id(boss)), "Work trial", str(cid), "1",
                                              "1"], rows
    link = int(rows[0][0])
    assert count("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND kind = "
                 "'employer_link'", pid) == 1
    r = b.get("/coach/p/%d" % pid)
    assert boss in r.text and "waiting for his consent" in r.text
    # a second one while it is open
    r = b.post("/coach/p/%d/employer" % pid, {"employer": boss, "consent": "1"})
    assert r.status == 409, r
    # the coach ends it
    r = b.post("/coach/p/%d/employer/%d/end" % (pid, link))
    assert r.status == 303, r
    assert one("SELECT ended_at IS NOT NULL FROM employer_links WHERE id = ?", link) == "1"


def test_an_employer_link_needs_an_employer_and_his_word():
    b, _, cid, prog = a_coach()
    _, _, pid = a_participant(cid, prog)
    _, plain = member("plain")
    _, boss = member("boss", birth="1980-01-01")
    sql("UPDATE users SET role = 'employer' WHERE handle = ?", boss)
    b.get("/coach/p/%d" % pid)
    for fields, text in (({"employer": "nobody_" + secrets.token_hex(4), "consent": "1"},
                          "There is no account with that name."),
                         ({"employer": plain, "consent": "1"}, "not an employer"),
                         ({"employer": boss, "placement": "kept place"}, "Tick this"),
                         ({"employer": "", "consent": "1"}, None),
                         ({"employer": boss, "placement": "p" * 121, "consent": "1"}, None)):
        r = b.post("/coach/p/%d/employer" % pid, fields)
        assert r.status == 400, (fields, r)
        if text:
            assert text in r.text, (fields, r.text)
        if fields.get("employer"):
            assert 'value="%s"' % fields["employer"] in r.text
    assert count("SELECT COUNT(*) FROM employer_links WHERE participant_id = ?", pid) == 0


def test_ending_a_link_of_another_participant_is_not_found():
    b, _, cid, prog = a_coach()
    _, _, pid = a_participant(cid, prog)
    _, _, other = a_participant(cid, prog)
    _, boss = member("boss", birth="1980-01-01")
    sql("UPDATE users SET role = 'employer' WHERE handle = ?", boss)
    sql("INSERT INTO employer_links (participant_id, employer_id) VALUES (?, ?)", other,
        user_id(boss))
    link = int(one("SELECT MAX(id) FROM employer_links WHERE participant_id = ?", other))
    b.get("/coach/p/%d" % pid)
    assert b.post("/coach/p/%d/employer/%d/end" % (pid, link)).status == 404
    assert one("SELECT ended_at IS NULL FROM employer_links WHERE id = ?", link) == "1"


def test_another_coach_gets_404_everywhere_and_writes_nothing():
    _, _, cid, prog = a_coach()
    other, _, other_id, _ = a_coach("co2")
    _, _, pid = a_participant(cid, prog)
    g = an_item(pid, "Back to work", status="proposed", agreed=0)
    s = an_item(pid, "Call", level=2, parent=g, status="done", done_days_ago=0)
    _, boss = member("boss", birth="1980-01-01")
    sql("UPDATE users SET role = 'employer' WHERE handle = ?", boss)
    sql("INSERT INTO employer_links (participant_id, employer_id) VALUES (?, ?)", pid,
        user_id(boss))
    link = int(one("SELECT MAX(id) FROM employer_links WHERE participant_id = ?", pid))
    before = sql("SELECT (SELECT COUNT(*) FROM goal_items WHERE participant_id = @p0), "
                 "(SELECT COUNT(*) FROM goal_comments WHERE participant_id = @p0), "
                 "(SELECT COUNT(*) FROM employer_links WHERE participant_id = @p0 "
                 " AND ended_at IS NULL), "
                 "(SELECT GROUP_CONCAT(title, status) FROM goal_items WHERE participant_id = @p0)",
                 pid)
    for path in ("/coach/p/%d" % pid, "/coach/p/%d/propose" % pid,
                 "/coach/p/%d/propose?parent=%d" % (pid, g), "/coach/item/%d" % g,
                 "/coach/item/%d/edit" % g):
        r = other.get(path)
        assert r.status == 404, (path, r)
        assert "Back to work" not in r.text
    other.get("/coach")
    for path, fields in (("/coach/p/%d/propose" % pid, {"title": "Mine", "remind": "none"}),
                         ("/coach/item/%d/edit" % g, {"title": "Mine", "remind": "none"}),
                         ("/coach/item/%d/feedback" % s, {"body": "Mine"}),
                         ("/coach/p/%d/employer" % pid, {"employer": boss, "consent": "1"}),
                         ("/coach/p/%d/employer/%d/end" % (pid, link), {})):
        r = other.post(path, fields)
        assert r.status == 404, (path, r)
    after = sql("SELECT (SELECT COUNT(*) FROM goal_items WHERE participant_id = @p0), "
                "(SELECT COUNT(*) FROM goal_comments WHERE participant_id = @p0), "
                "(SELECT COUNT(*) FROM employer_links WHERE participant_id = @p0 "
                " AND ended_at IS NULL), "
                "(SELECT GROUP_CONCAT(title, status) FROM goal_items WHERE participant_id = @p0)",
                pid)
    assert before == after
    assert count("SELECT COUNT(*) FROM audit_log WHERE actor_id = ? AND target_id = ?",
                 other_id, pid) == 0
    r = other.get("/coach")
    assert 'href="/coach/p/%d"' % pid not in r.text


def test_a_member_is_refused_the_coach_pages():
    b, _ = member("mm")
    assert b.get("/coach").status == 403
    _, _, cid, prog = a_coach()
    _, _, pid = a_participant(cid, prog)
    assert b.get("/coach/p/%d" % pid).status == 403
    r = Browser().get("/coach")
    assert r.status == 303 and r.header("location").startswith("/account/login"), r


def test_a_change_asked_by_the_participant_goes_round_and_is_accepted_again():
    """The whole round with the participant's pages (items.c, helper "part")."""
    b, _, cid, prog = a_coach()
    pb, _, pid = a_participant(cid, prog)
    g = an_item(pid, "Five days at the workshop", agreed=1, status="active", created_by=cid)
    pb.get("/goals/%d" % g)
    r = pb.post("/goals/%d/change" % g, {"change_request": "Three days to begin with"})
    assert r.status == 303, r
    r = b.get("/coach")
    assert "1 change asked for" in r.text
    r = b.get("/coach/p/%d" % pid)
    assert "Three days to begin with" in r.text and 'href="/coach/item/%d/edit"' % g in r.text
    r = b.post("/coach/item/%d/edit" % g, {"title": "Three days at the workshop",
                                           "remind": "none"})
    assert r.status == 303, r
    assert sql("SELECT status, change_request IS NULL FROM goal_items WHERE id = ?", g) == \
        [["proposed", "1"]]
    pb.get("/goals/%d" % g)
    assert pb.post("/goals/%d/accept" % g).status == 303
    assert sql("SELECT title, status, agreed FROM goal_items WHERE id = ?", g) == \
        [["Three days at the workshop", "active", "1"]]
