"""
The participant's first page, Today (issue 13; cgi-bin/goals/today.c)
and his progress (progress.c): the step due now, big, with a one-tap
"Done" and a short acknowledgement naming it; the next few; his coach's
proposals; today's checklists; a calm word when nothing is due; and what
he did, goal by goal and week by week.
"""
import datetime
import re
from zoneinfo import ZoneInfo

from opbak import sql
from post_helpers import member, one, user_id
from test_goals_items import coach_for, new_item, participant, proposal


def today():
    zone = one("SELECT value FROM settings WHERE name = 'site_timezone'")
    return datetime.datetime.now(ZoneInfo(zone)).date()


def first_step(page):
    """The id of the step the page shows big, with its Done button."""
    m = re.search(r'class="today-step">.*?action="/goals/(\d+)/done"', page, re.S)
    return int(m.group(1)) if m else None


def test_a_step_due_today_is_first_and_done_is_one_tap():
    b, handle = participant("gt")
    goal = new_item(b, "Back to work")
    sub = new_item(b, "Mornings", parent=goal)
    act = new_item(b, "Shower before eight", parent=sub, due_date=today().isoformat(),
                   due_time="07:30")
    later = new_item(b, "Buy a bus card", parent=sub,
                     due_date=(today() + datetime.timedelta(days=3)).isoformat())
    page = b.get("/goals").text
    assert first_step(page) == act
    assert "Shower before eight" in page and "Today at 07:30" in page
    assert 'href="/goals/%d"' % later in page  # next
    r = b.post("/goals/%d/done" % act)
    assert r.status == 303 and r.header("location") == "/goals?done=%d" % act
    assert sql("SELECT status, done_at IS NOT NULL FROM goal_items WHERE id = ?", act) == [["done", "1"]]
    page = b.get(r.header("location")).text
    assert re.search(r'role="status">Done: <strong data-user-text>Shower before eight</strong>', page)
    assert first_step(page) == later  # the next one coming
    page = b.get("/goals/progress").text
    week = page.split("This week", 1)[1].split("</li>\n", 1)[0] if "This week" in page else ""
    assert "Shower before eight" in page.split("Week by week", 1)[1]
    assert 'href="/goals/%d"' % act in page
    assert "1 of 3 steps done" in page


def test_an_overdue_step_comes_before_todays():
    b, _ = participant("gt")
    sub = new_item(b, "Sub", parent=new_item(b, "Goal"))
    new_item(b, "Today's", parent=sub, due_date=today().isoformat())
    old = new_item(b, "Left from last week", parent=sub,
                   due_date=(today() - datetime.timedelta(days=5)).isoformat())
    assert first_step(b.get("/goals").text) == old


def test_nothing_due_says_so_calmly_and_offers_a_goal():
    b, _ = participant("gt")
    page = b.get("/goals").text
    assert "Nothing is due. Take it easy today." in page
    assert 'href="/goals/new"' in page
    assert first_step(page) is None
    for link in ("/goals/all", "/goals/progress", "/goals/checklists", "/goals/indicators",
                 "/goals/calendar", "/goals/people", "/chat"):
        assert 'href="%s"' % link in page


def test_a_step_on_a_goal_on_hold_waits():
    b, _ = participant("gt")
    goal = new_item(b, "Paused")
    new_item(b, "Not now", parent=goal, due_date=today().isoformat())
    b.get("/goals/%d" % goal)
    b.post("/goals/%d/status" % goal, {"status": "on_hold"})
    assert first_step(b.get("/goals").text) is None


def test_his_coachs_proposals_wait_on_today():
    b, handle = participant("gt")
    _, coach = coach_for(handle)
    goal = proposal(handle, coach, "Meet the employer")
    page = b.get("/goals").text
    assert "Your coach proposes" in page and 'href="/goals/%d"' % goal in page


def test_todays_checklists_count_what_is_left():
    b, handle = participant("gt")
    pid = user_id(handle)
    sql("INSERT INTO checklists (participant_id, title, reset) VALUES (?, 'Morning before work', 'daily')", pid)
    cid = int(one("SELECT MAX(id) FROM checklists WHERE participant_id = ?", pid))
    sql("INSERT INTO checklist_items (checklist_id, text, done_on) VALUES "
        "(?, 'Keys', NULL), (?, 'Lunch', ?), (?, 'Phone', '2020-01-01')",
        cid, cid, today().isoformat(), cid)
    page = b.get("/goals").text
    assert 'href="/goals/checklists/%d"' % cid in page and "2 left" in page


def test_an_acknowledgement_is_only_for_his_own_done_step():
    b, _ = participant("gt")
    other, _ = participant("gt")
    theirs = new_item(other, "Their secret step")
    other.get("/goals/%d" % theirs)
    other.post("/goals/%d/done" % theirs)
    page = b.get("/goals?done=%d" % theirs).text
    assert "Their secret step" not in page and "Done:" not in page


def test_a_quiet_week_is_said_gently():
    b, _ = participant("gt")
    page = b.get("/goals/progress").text
    assert page.count("Nothing marked done this week. That is all right.") == 12
    assert "No goals yet." in page
