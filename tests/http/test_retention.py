"""
How long Opbak keeps what (cgi-bin/community/retention.c): one table of
rules drives the retention job, the member's page /account/privacy and
the admin's /admin/retention. Time is moved in the database (rows'
timestamps moved back); the job is set off by marking its last run long
ago and replacing the account's workers, as a restart would.
"""
import os
import re
import secrets
import signal
import time

from opbak import ROOT, STACK_DIR, Browser, dead, login, sql, workers
from post_helpers import ADMIN, member, one, staff, user_id, write_post

PASSWORD = "correct horse battery"  # post_helpers.member's


def stack_path(*parts):
    d = STACK_DIR if os.path.isabs(STACK_DIR) else os.path.join(ROOT, STACK_DIR)
    return os.path.join(d, *parts)


def runs_logged():
    with open(stack_path("log", "account.log"), errors="replace") as f:
        return f.read().count("retention: ran:")


def run_job():
    """Mark the last run long ago and replace every account worker; each
    new one tries the job when it starts, one of them runs it."""
    sql("UPDATE settings SET value = '1970-01-01 00:00:00' WHERE name = 'retention_ran_at'")
    ran = runs_logged()
    before = workers("account")
    assert before, "no account workers"
    for pid in before:
        os.kill(pid, signal.SIGKILL)
    deadline = time.time() + 15
    while time.time() < deadline:
        now = workers("account")
        if (all(dead(p) for p in before) and len(now) == len(before) and not set(now) & set(before)
                and runs_logged() > ran):
            break
        time.sleep(0.05)
    assert runs_logged() > ran, "the job did not run"
    time.sleep(0.5)  # the other workers' tries
    return runs_logged() - ran


def test_each_rule_removes_what_is_past_its_time_and_nothing_else():
    _, handle = member("rt")
    mid = user_id(handle)
    tag = secrets.token_hex(4)
    # closed conversations: 180 days
    for subject, days in (("old " + tag, 181), ("inside " + tag, 179)):
        sql("INSERT INTO questions (member_id, subject, status, body, closed_at) VALUES "
            "(?, ?, 'closed', 'Can you help me with this, please.', NOW() - INTERVAL ? DAY)",
            mid, subject, days)
    old_q = int(one("SELECT id FROM questions WHERE subject = ?", "old " + tag))
    sql("INSERT INTO question_messages (question_id, author_id, body, body_html) "
        "VALUES (?, ?, 'Thanks', '<p>Thanks</p>')", old_q, mid)
    # audit entries: 730 days
    for days in (731, 729):
        sql("INSERT INTO audit_log (at, actor_id, action, target_id, detail) VALUES "
            "(NOW() - INTERVAL ? DAY, ?, 'test.retention', ?, ?)", days, mid, mid, tag)
    # failed log-ins and their addresses: 15 minutes
    for minutes in (16, 14):
        sql("INSERT INTO login_failures (handle, address, at) VALUES "
            "(?, '192.0.2.77', NOW() - INTERVAL ? MINUTE)", handle, minutes)
        sql("INSERT INTO login_throttle_keys (throttle_key, touched_at) VALUES "
            "(?, NOW() - INTERVAL ? MINUTE)", "t%s%d" % (tag, minutes), minutes)
    # notifications: 90 days
    for days in (91, 89):
        sql("INSERT INTO notifications (user_id, kind, created_at) VALUES "
            "(?, 'backing', NOW() - INTERVAL ? DAY)", mid, days)
    # exports: a day, rows and files; and a stray file from two days ago
    folder = stack_path("exports")
    names = {}
    for label, hours in (("old", 25), ("fresh", 23)):
        name = secrets.token_hex(16)
        names[label] = name
        sql("INSERT INTO exports (user_id, name, created_at) VALUES "
            "(?, ?, NOW() - INTERVAL ? HOUR)", mid, name, hours)
        for ext in ("json", "html"):
            path = os.path.join(folder, "%s.%s" % (name, ext))
            with open(path, "w") as f:
                f.write("{}")
            t = time.time() - hours * 3600
            os.utime(path, (t, t))
    stray = os.path.join(folder, secrets.token_hex(16) + ".json")
    with open(stray, "w") as f:
        f.write("{}")
    os.utime(stray, (time.time() - 48 * 3600,) * 2)

    run_job()

    assert one("SELECT COUNT(*) FROM questions WHERE subject = ?", "old " + tag) == "0"
    assert one("SELECT COUNT(*) FROM question_messages WHERE question_id = ?", old_q) == "0"
    assert one("SELECT COUNT(*) FROM questions WHERE subject = ?", "inside " + tag) == "1"
    assert [r[0] for r in sql("SELECT DATEDIFF(NOW(), at) FROM audit_log WHERE "
                              "action = 'test.retention' AND detail = ?", tag)] == ["729"]
    assert [r[0] for r in sql("SELECT TIMESTAMPDIFF(MINUTE, at, NOW()) FROM login_failures "
                              "WHERE handle = ?", handle)] == ["14"]
    assert [r[0] for r in sql("SELECT throttle_key FROM login_throttle_keys WHERE "
                              "throttle_key LIKE ?", "t%s%%" % tag)] == ["t%s14" % tag]
    assert [r[0] for r in sql("SELECT DATEDIFF(NOW(), created_at) FROM notifications "
                              "WHERE user_id = ?", mid)] == ["89"]
    assert [r[0] for r in sql("SELECT name FROM exports WHERE user_id = ?", mid)] == [names["fresh"]]
    for ext in ("json", "html"):
        assert not os.path.exists(os.path.join(folder, "%s.%s" % (names["old"], ext)))
        assert os.path.exists(os.path.join(folder, "%s.%s" % (names["fresh"], ext)))
    assert not os.path.exists(stray)


def test_an_account_nobody_logs_in_to_is_told_a_month_before_and_erased_after_the_warning():
    warn_b, warn_h = member("rw")
    warn = user_id(warn_h)
    gone_b, gone_h = member("rg", days_old=30)
    gone = user_id(gone_h)
    post = write_post(gone_b)
    recent_b, recent_h = member("rr")
    recent = user_id(recent_h)
    # 1095 days is the period: 20 days before its end he is warned
    sql("UPDATE users SET last_login_at = NOW() - INTERVAL 1075 DAY WHERE id = ?", warn)
    # past the period, warned 31 days ago: erased
    sql("UPDATE users SET last_login_at = NOW() - INTERVAL 1100 DAY, "
        "inactive_warned_at = NOW() - INTERVAL 31 DAY WHERE id = ?", gone)
    # past the period, but warned only 10 days ago: he has 20 more days
    sql("UPDATE users SET last_login_at = NOW() - INTERVAL 1100 DAY, "
        "inactive_warned_at = NOW() - INTERVAL 10 DAY WHERE id = ?", recent)
    # a month before his time, not yet: nothing
    quiet_b, quiet_h = member("rq")
    quiet = user_id(quiet_h)
    sql("UPDATE users SET last_login_at = NOW() - INTERVAL 1060 DAY WHERE id = ?", quiet)

    run_job()

    assert one("SELECT inactive_warned_at IS NOT NULL FROM users WHERE id = ?", warn) == "1"
    assert one("SELECT COUNT(*) FROM notifications WHERE user_id = ? "
               "AND kind = 'account_inactive'", warn) == "1"
    assert one("SELECT COUNT(*) FROM users WHERE id = ?", gone) == "0"
    assert one("SELECT u.handle FROM posts p JOIN users u ON u.id = p.user_id "
               "WHERE p.id = ?", post) == "former_member"
    assert one("SELECT COUNT(*) FROM users WHERE id = ?", recent) == "1"
    assert one("SELECT inactive_warned_at IS NULL FROM users WHERE id = ?", quiet) == "1"
    assert one("SELECT COUNT(*) FROM notifications WHERE user_id IN (?, ?) "
               "AND kind = 'account_inactive'", recent, quiet) == "0"

    # he logs in: the header tells him, the page says when and why, and
    # the warning is void
    b = Browser()
    assert login(b, warn_h, PASSWORD).status == 303
    assert one("SELECT inactive_warned_at IS NULL AND last_login_at > NOW() - INTERVAL 1 MINUTE "
               "FROM users WHERE id = ?", warn) == "1"
    page = b.get("/notifications").text
    assert "Opbak deletes an account nobody logs in to for 3 years" in page, page
    assert "Logging in keeps your account, so it stays." in page
    due = one("SELECT DATE_FORMAT(created_at + INTERVAL 30 DAY, '%Y-%m-%d') FROM notifications "
              "WHERE user_id = ? AND kind = 'account_inactive'", warn)
    assert 'datetime="%s' % due in page, due
    # the next run leaves him alone
    run_job()
    assert one("SELECT COUNT(*) FROM users WHERE id = ?", warn) == "1"


def test_the_privacy_page_lists_each_rule_with_its_period_and_follows_the_admins_change():
    b, _ = member("rp")
    page = b.get("/account/privacy").text
    assert "What we keep about you" in page
    for setting, period in (("inbox_retention_days", "180 days"),
                            ("retention_audit_days", "2 years"),
                            ("retention_throttle_minutes", "15 minutes"),
                            ("retention_notifications_days", "90 days"),
                            ("retention_inactive_days", "3 years")):
        m = re.search(r'<tr id="rule-%s">.*?<td class="how-long">([^<]*)</td>' % setting, page)
        assert m and m.group(1) == period, (setting, m and m.group(1))
    assert "1 day" in page and "As long as your account exists" in page
    assert "for 15 minutes. The web server's logs keep no full address." in page
    for href in ("/account/privacy/export", "/account/privacy/erase", "/account/privacy/looked",
                 "/account/privacy/consents"):
        assert 'href="%s"' % href in page
    assert 'href="/account/privacy"' in b.get("/account/settings").text

    admin = staff(ADMIN)
    form = {"inbox_retention_days": "180", "retention_audit_days": "730",
            "retention_throttle_minutes": "20", "retention_notifications_days": "30",
            "retention_inactive_days": "1095"}
    r = admin.post("/admin/retention", form)
    assert r.status == 303 and r.header("Location").endswith("/admin/retention?saved=1"), r
    try:
        assert one("SELECT value FROM settings WHERE name = 'retention_notifications_days'") == "30"
        assert one("SELECT COUNT(*) FROM audit_log WHERE action = 'retention.settings' AND detail = "
                   "'retention_throttle_minutes 15 -> 20, retention_notifications_days 90 -> 30'") == "1"
        page = b.get("/account/privacy").text
        assert re.search(r'<tr id="rule-retention_notifications_days">.*?'
                         r'<td class="how-long">30 days</td>', page)
        assert "for 20 minutes." in page
    finally:
        sql("UPDATE settings SET value = '90' WHERE name = 'retention_notifications_days'")
        sql("UPDATE settings SET value = '15' WHERE name = 'retention_throttle_minutes'")


def test_the_admin_form_refuses_a_period_out_of_bounds_with_the_form_kept_and_is_admins_only():
    admin = staff(ADMIN)
    page = admin.get("/admin/retention").text
    assert 'name="retention_throttle_minutes" value="15"' in page
    form = {"inbox_retention_days": "90", "retention_audit_days": "730",
            "retention_throttle_minutes": "5", "retention_notifications_days": "90",
            "retention_inactive_days": "1095"}
    r = admin.post("/admin/retention", form)
    assert r.status == 400, r
    assert 'name="retention_throttle_minutes" value="5" inputmode="numeric" maxlength="12" required ' \
           'aria-describedby="retention_throttle_minutes-hint retention_throttle_minutes-error" ' \
           'aria-invalid="true"' in r.text
    assert ('<p class="error" id="retention_throttle_minutes-error">Enter a whole number of '
            'minutes from 15 to 1440.</p>') in r.text
    assert 'name="inbox_retention_days" value="90"' in r.text  # what he typed
    # nothing saved, not even the right value beside it
    assert one("SELECT value FROM settings WHERE name = 'inbox_retention_days'") == "180"
    assert one("SELECT value FROM settings WHERE name = 'retention_throttle_minutes'") == "15"

    b, _ = member("rn")
    assert b.get("/admin/retention").status == 403
    assert b.post("/admin/retention", dict(form, retention_throttle_minutes="20")).status == 403
    assert one("SELECT value FROM settings WHERE name = 'retention_throttle_minutes'") == "15"
    assert Browser().get("/admin/retention").status in (303, 403)


def test_the_access_log_keeps_no_full_client_address():
    path = "/?trace=" + secrets.token_hex(8)
    Browser().get(path)
    lines = []
    deadline = time.time() + 5
    while not lines and time.time() < deadline:
        with open(stack_path("log", "nginx-access.log"), errors="replace") as f:
            lines = [l for l in f if path in l]
        time.sleep(0.05)
    assert len(lines) == 1, lines
    assert lines[0].startswith("127.0.0.0 "), lines[0]
    assert "127.0.0.1" not in lines[0]


def test_the_job_runs_once_when_several_workers_start_together():
    assert len(workers("account")) >= 2
    assert run_job() == 1
    # and a worker starting again within the day does not run it again
    ran = runs_logged()
    pid = workers("account")[0]
    os.kill(pid, signal.SIGKILL)
    deadline = time.time() + 10
    while time.time() < deadline and (pid in workers("account") or len(workers("account")) < 2):
        time.sleep(0.05)
    time.sleep(0.5)
    assert runs_logged() == ran
