"""
Who looked (issue 14; cgi-bin/account/looked.c, admin_user.c): every time
someone else opened or acted on a member's data, from the audit log
(target_id = him), newest first, 50 a page by key. Those he deals with by
name (his coach, his employer, a support person) appear by pseudonym and
what they are to him; moderators and administrators by their role only.
His own actions are not "someone looked". An admin opening one account at
/admin/users/<id> is written down ("admin.open").
"""
import re
import secrets

from goals_helpers import one_id
from opbak import sql
from post_helpers import by_day, member, user_id, write_post
from probe_helpers import user

LOOKED = "/account/privacy/looked"


def coach_with_participant():
    """A coach (in a programme) and his participant: (coach browser, coach
    handle, coach id, participant browser, participant id)."""
    c, c_handle, cid = user("coach", prefix="lk_c")
    prog = one_id("INSERT INTO programmes (name) VALUES (?)", "Looked " + secrets.token_hex(4))
    sql("INSERT INTO coaches (user_id, programme_id) VALUES (?, ?)", cid, prog)
    p, _, pid = user("member", prefix="lk_p")
    sql("INSERT INTO participants (user_id, programme_id, coach_id) VALUES (?, ?, ?)",
        pid, prog, cid)
    sql("INSERT INTO coach_history (participant_id, coach_id) VALUES (?, ?)", pid, cid)
    return c, c_handle, cid, p, pid


def looks(page):
    """The rows of a looked page, as text without tags, in order."""
    rows = re.findall(r'<li class="look" id="look-(\d+)">(.*?)</li>', page, re.S)
    return [(int(i), re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", body)).strip())
            for i, body in rows]


def test_a_coachs_visit_is_listed_for_his_participant_only():
    c, c_handle, cid, p, pid = coach_with_participant()
    other, _, _ = user("member", prefix="lk_o")
    assert "Nobody has opened your data." in p.get(LOOKED).text

    assert c.get("/coach/p/%d" % pid).status == 200
    assert sql("SELECT actor_id, detail FROM audit_log WHERE action = 'goals.open' "
               "AND target_id = ?", pid) == [[str(cid), "coach: goals"]]

    r = p.get(LOOKED)
    assert r.status == 200
    rows = looks(r.text)
    assert len(rows) == 1, rows
    assert c_handle in rows[0][1] and "your coach" in rows[0][1]
    assert "opened your goals" in rows[0][1]
    assert "Nobody has opened your data." not in r.text
    assert 'href="/account/privacy"' in r.text
    # the time is told as the site tells times, with a machine-readable UTC one
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ">[^<]*\d\d:\d\d', r.text)

    # another member sees nothing of it
    r = other.get(LOOKED)
    assert c_handle not in r.text and looks(r.text) == []
    assert "Nobody has opened your data." in r.text
    # and nobody reads it without logging in
    from opbak import Browser
    r = Browser().get(LOOKED)
    assert r.status in (302, 303) and "/account/login" in r.header("location")


def test_an_admin_opening_the_account_is_listed_as_an_administrator():
    a, a_handle, aid = user("admin", prefix="lk_a")
    m, m_handle, mid = user("member", prefix="lk_m")
    sql("INSERT INTO posts (user_id, topic_id, title, body, body_html) "
        "SELECT ?, id, 'Counted', 'x', '<p>x</p>' FROM topics ORDER BY id LIMIT 1", mid)

    # the list links each handle to the account's page
    r = a.get("/admin/users?q=" + m_handle)
    assert 'href="/admin/users/%d"' % mid in r.text
    r = a.get("/admin/users/%d" % mid)
    assert r.status == 200, r
    assert m_handle in r.text and "Last login" in r.text
    assert re.search(r'class="count-posts">1<', r.text)
    assert 'href="/admin/users?q=%s"' % m_handle in r.text
    assert sql("SELECT actor_id, target_id FROM audit_log WHERE action = 'admin.open' "
               "AND target_id = ?", mid) == [[str(aid), str(mid)]]

    rows = looks(m.get(LOOKED).text)
    assert len(rows) == 1, rows
    assert rows[0][1].endswith("An administrator opened your account in the admin pages."), rows
    assert a_handle not in m.get(LOOKED).text

    # his own account: not audited; an id nobody has: 404, nothing written
    assert a.get("/admin/users/%d" % aid).status == 200
    assert sql("SELECT COUNT(*) FROM audit_log WHERE action = 'admin.open' AND target_id = ?",
               aid) == [["0"]]
    assert a.get("/admin/users/4294967295").status == 404
    assert sql("SELECT COUNT(*) FROM audit_log WHERE action = 'admin.open' "
               "AND target_id = 4294967295") == [["0"]]
    # nobody but an admin opens it, and nothing is written for them
    for role in ("member", "counsellor", "coach", "editor"):
        b, _, _ = user(role, prefix="lk_x")
        assert b.get("/admin/users/%d" % mid).status == 403
    assert sql("SELECT COUNT(*) FROM audit_log WHERE action = 'admin.open' AND target_id = ?",
               mid) == [["1"]]


@by_day
def test_a_moderator_hiding_his_post_is_listed_as_a_moderator_never_by_name():
    author, author_handle = member("lk_w")
    post_id = write_post(author, title="Looked at by a moderator")
    _, _, reporter = user("member", prefix="lk_r")
    sql("INSERT INTO reports (reporter_id, post_id, reason) VALUES (?, ?, 'bullying')",
        reporter, post_id)
    rid = int(sql("SELECT id FROM reports WHERE post_id = ?", post_id)[0][0])
    mod, mod_handle, mod_id = user("counsellor", prefix="lk_mod")
    sql("UPDATE users SET may_moderate = 1 WHERE id = ?", mod_id)
    mod.get("/mod")
    r = mod.post("/mod/%d/hide" % rid)
    assert r.status == 303, r
    assert sql("SELECT actor_id FROM audit_log WHERE action = 'mod.hide' AND target_id = ?",
               user_id(author_handle)) == [[str(mod_id)]]

    page = author.get(LOOKED).text
    rows = looks(page)
    assert len(rows) == 1, rows
    assert rows[0][1].endswith("A moderator hid your post."), rows
    assert mod_handle not in page
    assert "moderators and administrators by their role only" in page


@by_day
def test_his_own_actions_are_not_listed():
    b, handle = member("lk_s")
    post_id = write_post(b)
    b.get("/post/%d/delete" % post_id)
    assert b.post("/post/%d/delete" % post_id).status == 303
    me = user_id(handle)
    assert sql("SELECT COUNT(*) FROM audit_log WHERE actor_id = ? AND target_id = ?",
               me, me)[0][0] != "0"
    r = b.get(LOOKED)
    assert looks(r.text) == [] and "Nobody has opened your data." in r.text


def test_the_list_is_newest_first_fifty_a_page_by_key():
    c, c_handle, cid, p, pid = coach_with_participant()
    for i in range(55):
        sql("INSERT INTO audit_log (actor_id, action, target_id, detail) "
            "VALUES (?, 'goals.open', ?, ?)", cid, pid, "coach: chat" if i == 54 else "coach: goals")
    ids = [int(x[0]) for x in sql("SELECT id FROM audit_log WHERE target_id = ? ORDER BY id DESC",
                                  pid)]
    first = p.get(LOOKED).text
    rows = looks(first)
    assert [i for i, _ in rows] == ids[:50]
    assert "read your chat" in rows[0][1] and "opened your goals" in rows[1][1]
    m = re.search(r'href="/account/privacy/looked\?before=(\d+)">Older<', first)
    assert m and int(m.group(1)) == ids[49]
    second = p.get("/account/privacy/looked?before=%s" % m.group(1)).text
    assert [i for i, _ in looks(second)] == ids[50:]
    assert "?before=" not in second
    # a cursor that is no id: 400, nothing listed
    r = p.get("/account/privacy/looked?before=abc")
    assert r.status == 400 and looks(r.text) == []
