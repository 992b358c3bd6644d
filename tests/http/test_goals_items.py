"""
The participant's goals, sub-goals and activities (issue 13;
cgi-bin/goals/items.c, item_form.c): he makes a goal, breaks it into a
sub-goal and a dated activity, changes, finishes, shares and deletes
them; he accepts his coach's proposal or asks for a change. Every bad
input of the item form comes back filled in (400) with nothing stored;
another participant's item is a 404 on every route, and nothing changes.
"""
import datetime
import re
import secrets

from opbak import Browser, escaped, sql
from post_helpers import member, one, user_id


def new_item(b, title=None, parent=None, **fields):
    """Make an item through the form; return its id."""
    path = "/goals/new" + ("?parent=%d" % parent if parent else "")
    b.get(path)
    data = {"title": title or "Goal " + secrets.token_hex(3), "description": "",
            "due_date": "", "due_time": "", "remind": "none"}
    data.update(fields)
    r = b.post(path, data)
    assert r.status == 303, r
    m = re.fullmatch(r"/goals/(\d+)", r.header("location"))
    assert m, r.header("location")
    return int(m.group(1))


def row(item_id):
    """What a write may change on an item."""
    rows = sql("SELECT title, description, IFNULL(due_date, '-'), IFNULL(due_time, '-'), "
               "status, agreed, IFNULL(done_at, '-'), IFNULL(shared_coach_at, '-'), "
               "IFNULL(shared_employer_at, '-'), IFNULL(shared_relative_at, '-'), "
               "IFNULL(change_request, '-'), updated_at FROM goal_items WHERE id = ?", item_id)
    return rows[0] if rows else None


def items_of(handle):
    return int(one("SELECT COUNT(*) FROM goal_items WHERE participant_id = ?", user_id(handle)))


def coach_for(handle):
    """A fresh coach, made the participant's coach; his Browser and id."""
    c, coach = member("gc")
    sql("UPDATE users SET role = 'coach' WHERE handle = ?", coach)
    sql("UPDATE participants SET coach_id = ? WHERE user_id = ?", user_id(coach), user_id(handle))
    return c, user_id(coach)


def proposal(handle, coach_id, title="Visit the job centre", level=1, parent=None):
    """An item as a coach proposes it: status proposed, not personal,
    made by him."""
    pid = user_id(handle)
    if level == 1:
        sql("INSERT INTO goal_items (participant_id, level, title, status, personal, created_by) "
            "VALUES (?, 1, ?, 'proposed', 0, ?)", pid, title, coach_id)
        gid = int(one("SELECT MAX(id) FROM goal_items WHERE participant_id = ?", pid))
        sql("UPDATE goal_items SET goal_id = id WHERE id = ?", gid)
        return gid
    goal = one("SELECT goal_id FROM goal_items WHERE id = ?", parent)
    sql("INSERT INTO goal_items (participant_id, goal_id, parent_id, level, title, status, "
        "personal, created_by) VALUES (?, ?, ?, ?, ?, 'proposed', 0, ?)",
        pid, int(goal), parent, level, title, coach_id)
    return int(one("SELECT MAX(id) FROM goal_items WHERE participant_id = ?", pid))


def participant(prefix="gp"):
    b, handle = member(prefix)
    assert b.get("/goals").status == 200
    return b, handle


def test_he_makes_a_goal_a_sub_goal_and_a_dated_activity():
    b, handle = participant()
    goal = new_item(b, "Back to work in the spring", description="Three days a week.")
    sub = new_item(b, "Get up at seven", parent=goal)
    act = new_item(b, "Set the alarm", parent=sub, due_date="2030-03-04", due_time="07:00",
                   remind="15")
    me = str(user_id(handle))
    assert sql("SELECT participant_id, goal_id, IFNULL(parent_id, '-'), level, status, personal, "
               "agreed, created_by FROM goal_items WHERE id IN (?, ?, ?) ORDER BY id",
               goal, sub, act) == [
        [me, str(goal), "-", "1", "active", "1", "0", me],
        [me, str(goal), str(goal), "2", "active", "1", "0", me],
        [me, str(goal), str(sub), "3", "active", "1", "0", me]]
    assert sql("SELECT due_date, due_time, remind_minutes FROM goal_items WHERE id = ?", act) == [
        ["2030-03-04", "07:00:00", "15"]]
    page = b.get("/goals/%d" % goal).text
    assert "Back to work in the spring" in page and "Three days a week." in page
    assert 'href="/goals/%d"' % sub in page and 'href="/goals/new?parent=%d"' % goal in page
    page = b.get("/goals/all").text
    for i in (goal, sub, act):
        assert 'href="/goals/%d"' % i in page
    assert "0 of 2 steps done" in page
    page = b.get("/goals/%d" % act).text
    assert "4 March 2030, 07:00" in page
    assert 'href="/goals/new?parent=%d"' % act not in page  # nothing below an activity


def test_he_changes_his_own_item():
    b, _ = participant()
    goal = new_item(b, "Walk every day")
    r = b.get("/goals/%d/edit" % goal)
    assert r.status == 200 and 'value="Walk every day"' in r.text
    r = b.post("/goals/%d/edit" % goal, {"title": "Walk every morning", "description": "Round the lake",
                                         "due_date": "2031-01-02", "due_time": "", "remind": "none"})
    assert r.status == 303 and r.header("location") == "/goals/%d" % goal
    assert row(goal)[:4] == ["Walk every morning", "Round the lake", "2031-01-02", "-"]


BAD_INPUTS = [
    ({"title": ""}, "title"),
    ({"title": "   "}, "title"),
    ({"title": "x" * 121}, "title"),
    ({"description": "y" * 2001}, "description"),
    ({"due_date": "2026-02-30"}, "due_date"),
    ({"due_date": "1999-01-01"}, "due_date"),
    ({"due_date": "2100-01-01"}, "due_date"),
    ({"due_date": "tomorrow"}, "due_date"),
    ({"due_time": "09:00"}, "due_time"),  # a time without a date
    ({"due_date": "2030-01-01", "due_time": "25:00"}, "due_time"),
    ({"due_date": "2030-01-01", "remind": "60"}, "remind"),  # a reminder without a time
]


def test_every_bad_input_comes_back_filled_in_and_nothing_is_stored():
    b, handle = participant()
    goal = new_item(b, "A goal to add under")
    for path in ("/goals/new", "/goals/new?parent=%d" % goal):
        for bad, field in BAD_INPUTS:
            before = items_of(handle)
            data = {"title": "Kept title %s" % secrets.token_hex(2), "description": "Kept words",
                    "due_date": "", "due_time": "", "remind": "none"}
            data.update(bad)
            b.get(path)
            r = b.post(path, data)
            assert r.status == 400, (path, bad, r)
            assert 'id="%s-error">' % field in r.text and 'id="%s-error"></p>' % field not in r.text, bad
            assert 'aria-invalid="true"' in r.text
            assert escaped(data["description"][:50]) in r.text, bad  # refilled
            if data["title"].strip():
                assert escaped(data["title"]) in r.text, bad
            assert items_of(handle) == before, bad


def test_bad_input_on_edit_comes_back_and_changes_nothing():
    b, _ = participant()
    goal = new_item(b, "Cook dinner twice a week")
    before = row(goal)
    b.get("/goals/%d/edit" % goal)
    r = b.post("/goals/%d/edit" % goal, {"title": "Cook more", "description": "",
                                         "due_date": "2026-02-30", "due_time": "", "remind": "none"})
    assert r.status == 400 and 'value="Cook more"' in r.text and 'value="2026-02-30"' in r.text
    assert row(goal) == before


def test_a_date_error_says_which_years():
    b, _ = participant()
    b.get("/goals/new")
    r = b.post("/goals/new", {"title": "Far away", "due_date": "2100-01-01", "remind": "none"})
    assert r.status == 400 and "2000 to 2099" in r.text
    r = b.post("/goals/new", {"title": "Soon", "due_date": "tomorrow", "remind": "none"})
    assert r.status == 400 and "2026-05-31" in r.text


def test_another_participants_item_is_404_on_every_route_and_nothing_changes():
    owner, handle = participant()
    goal = new_item(owner, "Mine alone")
    act = new_item(owner, "A step", parent=new_item(owner, "Sub", parent=goal))
    other, other_handle = participant("go")
    before = {i: row(i) for i in (goal, act)}
    count = items_of(handle), items_of(other_handle)
    for i in (goal, act):
        for path in ("/goals/%d", "/goals/%d/edit"):
            assert other.get(path % i).status == 404, path
        assert other.get("/goals/new?parent=%d" % i).status == 404
        posts = [("/goals/%d/edit", {"title": "Taken", "remind": "none"}),
                 ("/goals/%d/done", {}), ("/goals/%d/status", {"status": "dropped"}),
                 ("/goals/%d/accept", {}), ("/goals/%d/change", {"change_request": "No"}),
                 ("/goals/%d/share", {"coach": "1", "employer": "1", "relative": "1"}),
                 ("/goals/%d/delete", {})]
        for path, data in posts:
            r = other.post(path % i, data)
            assert r.status == 404, (path, r)
        r = other.post("/goals/new?parent=%d" % i, {"title": "Under yours", "remind": "none"})
        assert r.status == 404
    assert {i: row(i) for i in (goal, act)} == before
    assert (items_of(handle), items_of(other_handle)) == count
    # Nobody logged in: sent to log in, nothing shown.
    assert Browser().get("/goals/%d" % goal).status == 303


def test_an_agreed_item_is_changed_only_together():
    b, handle = participant()
    _, coach = coach_for(handle)
    goal = proposal(handle, coach, "Agreed goal")
    sql("UPDATE goal_items SET status = 'active', agreed = 1 WHERE id = ?", goal)
    before = row(goal)
    r = b.get("/goals/%d/edit" % goal)
    assert r.status == 409 and "ask" in r.text.lower()
    b.get("/goals/%d" % goal)
    r = b.post("/goals/%d/edit" % goal, {"title": "Changed alone", "remind": "none"})
    assert r.status == 409
    r = b.post("/goals/%d/delete" % goal)
    assert r.status == 409
    assert row(goal) == before
    page = b.get("/goals/%d" % goal).text
    assert "Agreed with your coach" in page and 'href="/goals/%d/edit"' % goal not in page
    assert 'action="/goals/%d/change"' % goal in page


def test_he_accepts_his_coachs_proposal_and_the_coach_is_told():
    b, handle = participant()
    _, coach = coach_for(handle)
    goal = proposal(handle, coach, "Try a work placement")
    page = b.get("/goals").text
    assert 'href="/goals/%d"' % goal in page and "Try a work placement" in page
    page = b.get("/goals/%d" % goal).text
    assert 'action="/goals/%d/accept"' % goal in page
    assert 'href="/goals/%d/edit"' % goal not in page
    r = b.post("/goals/%d/done" % goal)
    assert r.status == 409  # a proposal is answered first
    r = b.post("/goals/%d/accept" % goal)
    assert r.status == 303
    assert sql("SELECT status, agreed FROM goal_items WHERE id = ?", goal) == [["active", "1"]]
    assert sql("SELECT kind, item_id, actor_id FROM notifications WHERE user_id = ?", coach) == [
        ["goal_accepted", str(goal), str(user_id(handle))]]
    assert b.post("/goals/%d/accept" % goal).status == 409  # accepted once


def test_he_asks_for_a_change_of_a_proposal():
    b, handle = participant()
    _, coach = coach_for(handle)
    goal = proposal(handle, coach, "Work five days a week")
    b.get("/goals/%d" % goal)
    r = b.post("/goals/%d/change" % goal, {"change_request": ""})
    assert r.status == 400 and 'id="change_request-error">' in r.text
    r = b.post("/goals/%d/change" % goal, {"change_request": "x" * 1001})
    assert r.status == 400 and "x" * 1001 in r.text
    assert int(one("SELECT COUNT(*) FROM goal_comments WHERE item_id = ?", goal)) == 0
    r = b.post("/goals/%d/change" % goal, {"change_request": "Two days a week to start with"})
    assert r.status == 303
    assert sql("SELECT status, change_request FROM goal_items WHERE id = ?", goal) == [
        ["proposed", "Two days a week to start with"]]
    assert sql("SELECT kind, author_id, body FROM goal_comments WHERE item_id = ?", goal) == [
        ["change", str(user_id(handle)), "Two days a week to start with"]]
    assert sql("SELECT kind, item_id FROM notifications WHERE user_id = ?", coach) == [
        ["goal_change", str(goal)]]
    page = b.get("/goals/%d" % goal).text
    assert "Two days a week to start with" in page and "You asked for a change" in page


def test_his_own_item_needs_no_change_request():
    b, _ = participant()
    goal = new_item(b, "My own")
    b.get("/goals/%d" % goal)
    assert b.post("/goals/%d/change" % goal, {"change_request": "Please"}).status == 409


def test_sharing_a_goal_records_when_and_unsharing_withdraws_at_once():
    b, _ = participant()
    goal = new_item(b, "Shared goal")
    sub = new_item(b, "Sub", parent=goal)
    page = b.get("/goals/%d" % goal).text
    assert 'action="/goals/%d/share"' % goal in page
    r = b.post("/goals/%d/share" % goal, {"coach": "1", "employer": "1"})
    assert r.status == 303
    first = row(goal)
    assert first[7] != "-" and first[8] != "-" and first[9] == "-"
    sql("UPDATE goal_items SET shared_coach_at = '2030-01-01 10:00:00' WHERE id = ?", goal)
    r = b.post("/goals/%d/share" % goal, {"coach": "1", "relative": "1"})
    assert r.status == 303
    again = row(goal)
    assert again[7] == "2030-01-01 10:00:00"  # still shared: the first time kept
    assert again[8] == "-" and again[9] != "-"
    r = b.post("/goals/%d/share" % goal, {})
    assert row(goal)[7:10] == ["-", "-", "-"]
    assert b.post("/goals/%d/share" % sub, {"coach": "1"}).status == 409  # goal by goal
    assert row(sub)[7:10] == ["-", "-", "-"]


def test_an_activity_cannot_have_steps_below_it():
    b, handle = participant()
    act = new_item(b, "Act", parent=new_item(b, "Sub", parent=new_item(b, "Goal")))
    assert b.get("/goals/new?parent=%d" % act).status == 400
    before = items_of(handle)
    r = b.post("/goals/new?parent=%d" % act, {"title": "Too deep", "remind": "none"})
    assert r.status == 400
    assert items_of(handle) == before


def test_no_more_than_the_most_items_a_participant_may_have():
    b, handle = participant()
    pid = user_id(handle)
    sql("INSERT INTO goal_items (participant_id, level, title, personal, created_by) "
        "SELECT ?, 1, CONCAT('Goal ', seq), 1, ? FROM seq_1_to_500", pid, pid)
    sql("UPDATE goal_items SET goal_id = id WHERE participant_id = ?", pid)
    b.get("/goals/new")
    r = b.post("/goals/new", {"title": "One too many", "remind": "none"})
    assert r.status == 409 and "500" in r.text
    assert items_of(handle) == 500


def test_he_sets_a_status_and_done_keeps_its_time():
    b, _ = participant()
    goal = new_item(b, "Status goal")
    b.get("/goals/%d" % goal)
    assert b.post("/goals/%d/status" % goal, {"status": "on_hold"}).status == 303
    assert row(goal)[4] == "on_hold"
    assert b.post("/goals/%d/status" % goal, {"status": "proposed"}).status == 400
    assert b.post("/goals/%d/status" % goal, {"status": "done"}).status == 303
    done_at = row(goal)[6]
    assert done_at != "-"
    sql("UPDATE goal_items SET done_at = '2030-02-02 08:00:00' WHERE id = ?", goal)
    r = b.post("/goals/%d/done" % goal, {"next": "item"})
    assert r.status == 303 and r.header("location") == "/goals/%d" % goal
    assert row(goal)[6] == "2030-02-02 08:00:00"  # done twice is done once
    assert b.post("/goals/%d/status" % goal, {"status": "active"}).status == 303
    assert row(goal)[4] == "active" and row(goal)[6] == "-"


def test_he_deletes_his_own_goal_with_its_steps():
    b, handle = participant()
    goal = new_item(b, "To delete")
    new_item(b, "Act", parent=new_item(b, "Sub", parent=goal))
    assert items_of(handle) == 3
    b.get("/goals/%d" % goal)
    r = b.post("/goals/%d/delete" % goal)
    assert r.status == 303 and r.header("location") == "/goals/all"
    assert items_of(handle) == 0


def test_goals_notifications_lead_to_the_item_or_the_participant():
    b, handle = participant()
    c, coach = coach_for(handle)
    goal = proposal(handle, coach, "Apply for one job")
    b.get("/goals/%d" % goal)
    assert b.post("/goals/%d/accept" % goal).status == 303
    page = c.get("/notifications").text
    assert 'href="/coach/p/%d">accepted your proposal' % user_id(handle) in page
    sql("INSERT INTO notifications (user_id, kind, item_id, actor_id) VALUES (?, 'goal_feedback', ?, ?), "
        "(?, 'employer_link', NULL, ?)", user_id(handle), goal, coach, user_id(handle), coach)
    page = b.get("/notifications").text
    assert 'href="/goals/%d">Your coach gave you feedback' % goal in page
    assert 'href="/goals/people">' in page
