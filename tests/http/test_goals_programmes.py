"""
An admin's programmes (issue 13; cgi-bin/goals/programmes.c): he makes a
programme, adds coaches (by pseudonym, the coach role required; a coach
of another programme moves, with his participants), and gives each
participant a coach of it. A participant who changes coach keeps his
goals and his history (coach_history); the new coach reads him at once,
the old one meets a 404 at once. Members and coaches are refused these
pages; every change is in the audit log.

The assign steps need chat.c's chat_ensure()/chat_leave() (helper "chat").
"""
import secrets

from opbak import Browser
from opbak import sql
from post_helpers import ADMIN, member, one, staff, user_id


def a_coach(prefix="pc"):
    b, handle = member(prefix, birth="1985-03-01")
    sql("UPDATE users SET role = 'coach' WHERE handle = ?", handle)
    return b, handle


def make_programme(admin, name=None, description="Work training in the bicycle workshop"):
    name = name or "Workshop " + secrets.token_hex(4)
    admin.get("/coach/programmes")
    r = admin.post("/coach/programmes", {"name": name, "description": description})
    assert r.status == 303, r
    pid = int(one("SELECT id FROM programmes WHERE name = ?", name))
    assert r.header("location") == "/coach/programmes/%d" % pid
    return pid, name


def test_the_admin_makes_a_programme_and_finds_it_listed():
    admin = staff(ADMIN)
    pid, name = make_programme(admin)
    r = admin.get("/coach/programmes")
    assert r.status == 200 and name in r.text and 'href="/coach/programmes/%d"' % pid in r.text
    r = admin.get("/coach/programmes/%d" % pid)
    assert r.status == 200 and name in r.text and "No coaches in this programme yet" in r.text
    assert one("SELECT COUNT(*) FROM audit_log WHERE action = 'goals.programme' "
               "AND detail = ?", "created %d" % pid) == "1"


def test_the_admin_users_page_links_to_the_programmes():
    r = staff(ADMIN).get("/admin/users")
    assert 'href="/coach/programmes"' in r.text


def test_a_duplicate_or_bad_programme_name_is_refused_and_filled_in():
    admin = staff(ADMIN)
    _, name = make_programme(admin)
    r = admin.post("/coach/programmes", {"name": name, "description": "kept words"})
    assert r.status == 409 and "already a programme with that name" in r.text, r
    assert "kept words" in r.text
    for fields in ({"name": "", "description": "kept words"},
                   {"name": "   ", "description": "kept words"},
                   {"name": "n" * 81, "description": "kept words"},
                   {"name": "Fine " + secrets.token_hex(3), "description": "d" * 501}):
        r = admin.post("/coach/programmes", fields)
        assert r.status == 400, (fields, r)
        assert 'aria-invalid="true"' in r.text
    assert one("SELECT COUNT(*) FROM programmes WHERE name = ?", name) == "1"
    assert one("SELECT COUNT(*) FROM programmes WHERE description LIKE 'ddd%'") == "0"


def test_a_coach_is_added_by_pseudonym_and_must_be_a_coach():
    admin = staff(ADMIN)
    pid, _ = make_programme(admin)
    _, coach = a_coach()
    _, plain = member("pm")
    admin.get("/coach/programmes/%d" % pid)
    r = admin.post("/coach/programmes/%d/coach" % pid, {"handle": plain})
    assert r.status == 400 and "not a coach" in r.text and 'value="%s"' % plain in r.text, r
    r = admin.post("/coach/programmes/%d/coach" % pid, {"handle": "ghost_" + secrets.token_hex(3)})
    assert r.status == 400 and "no account with that name" in r.text, r
    r = admin.post("/coach/programmes/%d/coach" % pid, {"handle": ""})
    assert r.status == 400
    assert one("SELECT COUNT(*) FROM coaches WHERE programme_id = ?", pid) == "0"
    r = admin.post("/coach/programmes/%d/coach" % pid, {"handle": coach})
    assert r.status == 303, r
    assert one("SELECT programme_id FROM coaches WHERE user_id = ?", user_id(coach)) == str(pid)
    r = admin.get(r.header("location"))
    assert "The coach is in this programme now" in r.text and coach in r.text


def test_a_coach_of_another_programme_moves_with_his_participants():
    admin = staff(ADMIN)
    first, first_name = make_programme(admin)
    second, _ = make_programme(admin)
    _, coach = a_coach()
    _, someone = member("pp")
    admin.get("/coach/programmes/%d" % first)
    assert admin.post("/coach/programmes/%d/coach" % first, {"handle": coach}).status == 303
    assert admin.post("/coach/programmes/%d/assign" % first,
                      {"participant": someone, "coach": coach}).status == 303
    r = admin.post("/coach/programmes/%d/coach" % second, {"handle": coach})
    assert r.status == 303 and r.header("location").endswith("?moved=%d" % first), r
    r = admin.get(r.header("location"))
    assert "moved here from" in r.text and first_name in r.text
    assert one("SELECT programme_id FROM coaches WHERE user_id = ?", user_id(coach)) == str(second)
    assert sql("SELECT programme_id, coach_id FROM participants WHERE user_id = ?",
               user_id(someone)) == [[str(second), str(user_id(coach))]]


def test_assign_then_reassign_keeps_history_and_moves_access_at_once():
    admin = staff(ADMIN)
    prog, _ = make_programme(admin)
    old_b, old = a_coach("old")
    new_b, new = a_coach("new")
    pb, someone = member("pt", birth="1999-01-01")
    pid = user_id(someone)
    admin.get("/coach/programmes/%d" % prog)
    for c in (old, new):
        assert admin.post("/coach/programmes/%d/coach" % prog, {"handle": c}).status == 303
    r = admin.post("/coach/programmes/%d/assign" % prog, {"participant": someone, "coach": old})
    assert r.status == 303, r
    assert sql("SELECT programme_id, coach_id FROM participants WHERE user_id = ?", pid) == \
        [[str(prog), str(user_id(old))]]
    assert old_b.get("/coach/p/%d" % pid).status == 200
    assert one("SELECT COUNT(*) FROM chats WHERE participant_id = ? AND other_id = ? "
               "AND kind = 'coach'", pid, user_id(old)) == "1"
    # his goal, agreed with the first coach
    sql("INSERT INTO goal_items (participant_id, level, title, agreed, created_by) "
        "VALUES (?, 1, 'Back in the workshop', 1, ?)", pid, user_id(old))
    sql("UPDATE goal_items SET goal_id = id WHERE participant_id = ?", pid)
    # the second coach takes over
    r = admin.post("/coach/programmes/%d/assign" % prog, {"participant": someone, "coach": new})
    assert r.status == 303, r
    r = admin.get(r.header("location"))
    assert "His goals and history stay with him" in r.text
    assert old in r.text  # "Before:" on his row
    hist = sql("SELECT coach_id, ended_at IS NULL FROM coach_history WHERE participant_id = ? "
               "ORDER BY id", pid)
    assert hist == [[str(user_id(old)), "0"], [str(user_id(new)), "1"]], hist
    assert old_b.get("/coach/p/%d" % pid).status == 404
    r = new_b.get("/coach/p/%d" % pid)
    assert r.status == 200 and "Back in the workshop" in r.text
    chat = one("SELECT id FROM chats WHERE participant_id = ? AND other_id = ? AND kind = 'coach'",
               pid, user_id(new))
    assert 'href="/chat/%s"' % chat in r.text
    assert one("SELECT COUNT(*) FROM goal_items WHERE participant_id = ?", pid) == "1"
    # the old coach is out of the old chat, the new one has his
    assert one("SELECT COUNT(*) FROM chat_members m JOIN chats c ON c.id = m.chat_id "
               "WHERE c.participant_id = ? AND m.user_id = ?", pid, user_id(old)) == "0"
    assert one("SELECT COUNT(*) FROM chats WHERE participant_id = ? AND other_id = ? "
               "AND kind = 'coach'", pid, user_id(new)) == "1"
    assert one("SELECT COUNT(*) FROM audit_log WHERE action = 'goals.assign' AND target_id = ?",
               pid) == "2"


def test_assign_needs_an_account_and_a_coach_of_this_programme():
    admin = staff(ADMIN)
    prog, _ = make_programme(admin)
    other, _ = make_programme(admin)
    _, here = a_coach()
    _, elsewhere = a_coach()
    _, someone = member("pa")
    admin.get("/coach/programmes/%d" % prog)
    admin.post("/coach/programmes/%d/coach" % prog, {"handle": here})
    admin.post("/coach/programmes/%d/coach" % other, {"handle": elsewhere})
    for fields, text in (({"participant": "ghost_" + secrets.token_hex(3), "coach": here},
                          "no account with that name"),
                         ({"participant": someone, "coach": elsewhere},
                          "Choose a coach of this programme"),
                         ({"participant": someone, "coach": ""}, None),
                         ({"participant": "", "coach": here}, None),
                         ({"participant": here, "coach": here}, "cannot be his own coach")):
        r = admin.post("/coach/programmes/%d/assign" % prog, fields)
        assert r.status == 400, (fields, r)
        if text:
            assert text in r.text, (fields, r.text)
        if fields["participant"]:
            assert 'value="%s"' % fields["participant"] in r.text
    assert one("SELECT COUNT(*) FROM participants WHERE user_id = ? AND coach_id IS NOT NULL",
               user_id(someone)) == "0"


def test_an_unknown_programme_is_not_found():
    admin = staff(ADMIN)
    assert admin.get("/coach/programmes/4000000000").status == 404
    admin.get("/coach/programmes")
    assert admin.post("/coach/programmes/4000000000/coach", {"handle": "x"}).status == 404


def test_members_and_coaches_are_refused_the_programmes():
    mb, _ = member("pr")
    cb, _ = a_coach()
    for b in (mb, cb):
        assert b.get("/coach/programmes").status == 403
        assert b.post("/coach/programmes", {"name": "Mine " + secrets.token_hex(3)}).status == 403
    r = Browser().get("/coach/programmes")
    assert r.status == 303 and r.header("location").startswith("/account/login")
    assert one("SELECT COUNT(*) FROM programmes WHERE name LIKE 'Mine %'") == "0"


def test_an_admin_is_not_a_coach():
    admin = staff(ADMIN)
    assert admin.get("/coach").status == 403
