"""
What the inbox does by itself (cgi-bin/inbox/jobs.c), when its workers
start and then hourly: a question asked of one support person who has not
taken it within the set hours goes to every support person and the
member is told, once. (A conversation closed longer than the retention
period is deleted by the retention job: test_retention.py.) Time is
moved in the database; the job is set off by replacing the inbox's workers, as a restart would.
"""
import os
import signal
import time

from opbak import Browser, dead, sql, workers
from post_helpers import ADMIN, KARIM, member, one, staff, user_id


def question(member_id, **columns):
    """A question row as /post/ask makes it, with the columns given."""
    cols = {"member_id": member_id, "subject": "A question", "status": "new",
            "body": "I do not know who to talk to about this, can you help me?"}
    cols.update(columns)
    names = ", ".join(cols)
    marks = ", ".join("?" for _ in cols)
    sql("INSERT INTO questions (%s) VALUES (%s)" % (names, marks), *cols.values())
    return int(one("SELECT MAX(id) FROM questions WHERE member_id = ?", member_id))


def replace_workers():
    """Kill every inbox worker; the supervisor starts new ones, and each
    runs the job when it starts."""
    before = workers("inbox")
    assert before, "no inbox workers"
    for pid in before:
        os.kill(pid, signal.SIGKILL)
    deadline = time.time() + 10
    while time.time() < deadline:
        now = workers("inbox")
        if all(dead(p) for p in before) and len(now) == len(before) and not set(now) & set(before):
            break
        time.sleep(0.05)


def wait_for(check, seconds=10):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if check():
            return True
        time.sleep(0.1)
    return check()


def test_a_question_its_support_person_did_not_take_in_time_goes_to_all_and_the_member_is_told():
    b, handle = member("jb")
    mid = user_id(handle)
    karim = user_id(KARIM[0])
    late = question(mid, counsellor_id=karim, subject="Waited too long")
    sql("UPDATE questions SET created_at = NOW() - INTERVAL 25 HOUR WHERE id = ?", late)
    fresh = question(mid, counsellor_id=karim, subject="Asked an hour ago")
    sql("UPDATE questions SET created_at = NOW() - INTERVAL 1 HOUR WHERE id = ?", fresh)
    taken = question(mid, counsellor_id=karim, subject="He took it", status="claimed",
                     claimed_by=karim)
    sql("UPDATE questions SET created_at = NOW() - INTERVAL 30 HOUR WHERE id = ?", taken)

    replace_workers()  # two or more workers run the job at about the same time
    assert wait_for(lambda: one("SELECT counsellor_id IS NULL FROM questions WHERE id = ?",
                                late) == "1"), "the late question stayed with him"
    time.sleep(0.5)  # the other workers' runs
    # told once, however many workers ran the job
    assert one("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND kind = "
               "'question_pool' AND question_id = ?", mid, late) == "1"
    # the others are where they were, and nobody told him about them
    assert one("SELECT counsellor_id FROM questions WHERE id = ?", fresh) == str(karim)
    assert one("SELECT counsellor_id FROM questions WHERE id = ?", taken) == str(karim)
    assert one("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND kind = "
               "'question_pool' AND question_id IN (?, ?)", mid, fresh, taken) == "0"
    # what he reads, and where it takes him
    page = b.get("/notifications").text
    assert ('Nobody could take your question in time, so it went to all support persons: '
            '<a href="/ask/%d"><span data-user-text>Waited too long</span></a>' % late) in page, page


def test_an_admin_sets_the_inbox_hours_and_days_and_a_wrong_number_is_refused_with_the_form_kept():
    admin = staff(ADMIN)
    page = admin.get("/mod/settings").text
    assert 'name="inbox_claim_hours" value="24"' in page
    assert 'name="inbox_retention_days" value="180"' in page
    form = {"premod_enabled": "", "premod_start": "22", "premod_end": "9",
            "inbox_claim_hours": "0", "inbox_retention_days": "90"}
    r = admin.post("/mod/settings", form)
    assert r.status == 400 and "Hours must be a whole number from 1 to 720." in r.text, r
    assert 'name="inbox_claim_hours" value="0"' in r.text  # what he typed, to correct
    assert one("SELECT value FROM settings WHERE name = 'inbox_retention_days'") == "180"
    form["inbox_claim_hours"] = "48"
    r = admin.post("/mod/settings", form)
    assert r.status == 303, r
    try:
        assert one("SELECT value FROM settings WHERE name = 'inbox_claim_hours'") == "48"
        assert one("SELECT value FROM settings WHERE name = 'inbox_retention_days'") == "90"
        assert one("SELECT COUNT(*) FROM audit_log WHERE action = 'mod.settings' "
                   "AND detail = 'inbox claim hours -> 48'") != "0"
    finally:
        sql("UPDATE settings SET value = '24' WHERE name = 'inbox_claim_hours'")
        sql("UPDATE settings SET value = '180' WHERE name = 'inbox_retention_days'")
    # a member cannot change them
    b, _ = member("jb")
    assert b.post("/mod/settings", dict(form, inbox_claim_hours="1")).status == 403
    assert Browser().get("/mod/settings").status in (303, 403)
