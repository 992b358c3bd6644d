"""
Reminders in the header (cgi-bin/goals/jobs.c): a step due today on the
site's wall clock and still active is told to its participant once that
day, as a notification that leads to it; done steps, later steps and
other people's are not his. The job runs when the goals workers start
and then hourly: it is set off here by replacing the workers, as a
restart would.
"""
import datetime
import os
import signal
import time
import zoneinfo

from goals_helpers import item
from opbak import dead, sql, workers
from probe_helpers import user


def site_today():
    tz = sql("SELECT value FROM settings WHERE name = 'site_timezone'")[0][0]
    return datetime.datetime.now(zoneinfo.ZoneInfo(tz)).date()


def replace_workers():
    """Kill every goals worker; the supervisor starts new ones, and each
    runs the job when it starts."""
    before = workers("goals")
    assert before, "no goals workers"
    for pid in before:
        os.kill(pid, signal.SIGKILL)
    deadline = time.time() + 10
    while time.time() < deadline:
        now = workers("goals")
        if all(dead(p) for p in before) and len(now) == len(before) and not set(now) & set(before):
            break
        time.sleep(0.05)


def reminders(user_id):
    return [int(r[0]) for r in sql("SELECT item_id FROM notifications WHERE user_id = ? "
                                   "AND kind = 'goal_due' ORDER BY id", user_id)]


def wait_for(check, seconds=10):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if check():
            return True
        time.sleep(0.1)
    return check()


def participant():
    b, handle, uid = user("member", prefix="gr")
    sql("INSERT INTO participants (user_id) VALUES (?)", uid)
    return b, uid


def dated(uid, day, status="active", title="Call the job centre"):
    iid = item(uid, created_by=uid, status=status, agreed=0, personal=1, title=title, shared=())
    sql("UPDATE goal_items SET due_date = ? WHERE id = ?", day.isoformat(), iid)
    return iid


def test_a_step_due_today_is_told_once_in_his_header_and_nothing_else_is():
    today = site_today()
    b, me = participant()
    _, other = participant()
    due = dated(me, today, title="Call the job centre today")
    done = dated(me, today, status="done")
    tomorrow = dated(me, today + datetime.timedelta(days=1))
    yesterday = dated(me, today - datetime.timedelta(days=1))
    on_hold = dated(me, today, status="on_hold")
    theirs = dated(other, today)
    replace_workers()
    assert wait_for(lambda: reminders(me) == [due]), reminders(me)
    assert wait_for(lambda: reminders(other) == [theirs]), reminders(other)
    for not_now in (done, tomorrow, yesterday, on_hold):
        assert not_now not in reminders(me)
    # in his header, and it leads to the step
    page = b.get("/notifications")
    assert page.status == 200
    assert 'href="/goals/%d"' % due in page.text, page.text
    # the job again (another restart, another hour): still once
    replace_workers()
    time.sleep(1)
    assert reminders(me) == [due]


def test_a_step_already_told_today_is_told_again_on_its_next_due_day():
    today = site_today()
    _, me = participant()
    step = dated(me, today)
    sql("UPDATE goal_items SET reminded_on = ? WHERE id = ?",
        (today - datetime.timedelta(days=7)).isoformat(), step)
    replace_workers()
    assert wait_for(lambda: reminders(me) == [step]), reminders(me)
    assert sql("SELECT reminded_on FROM goal_items WHERE id = ?", step)[0][0] == today.isoformat()
