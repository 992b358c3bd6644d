"""
Profiles and topics: a support person tells his life experience and the
topics he knows; a member chooses whether the leaderboard shows him; an
admin edits the topics.
"""
import secrets

from opbak import Browser, login, register, sql


def test_a_support_person_saves_his_life_experience_and_topics():
    b = Browser()
    assert login(b, "karim_sp", "demo-password-karim").status == 303
    page = b.get("/account/settings")
    assert "Your life experience" in page.text and "Topics you know well" in page.text
    family = sql("SELECT id FROM topics WHERE slug = 'family'")[0][0]
    friends = sql("SELECT id FROM topics WHERE slug = 'friends'")[0][0]
    life = "Grew up with divorced parents. Was bullied at school. Plays football."
    r = b.post("/account/settings/profile", [("bio", "Youth worker."), ("life_experience", life),
                                             ("topic", family), ("topic", friends)])
    assert r.status == 303
    assert sql("SELECT life_experience FROM users WHERE handle = 'karim_sp'") == [[life]]
    assert sql("SELECT t.slug FROM user_topics ut JOIN topics t ON t.id = ut.topic_id "
               "JOIN users u ON u.id = ut.user_id WHERE u.handle = 'karim_sp' "
               "ORDER BY t.slug") == [["family"], ["friends"]]
    page = b.get("/account/settings").text
    assert 'value="%s" checked' % family in page


def test_a_member_can_leave_the_leaderboard_and_has_no_life_experience_field():
    b = Browser()
    handle = "board_" + secrets.token_hex(4)
    register(b, handle)
    page = b.get("/account/settings").text
    assert "Show me on the leaderboard" in page and "Your life experience" not in page
    assert b.post("/account/settings/profile", {"bio": "hi", "on_leaderboard": "1",
                                                "life_experience": "sneaky"}).status == 303
    assert sql("SELECT on_leaderboard, life_experience FROM users WHERE handle = ?",
               handle) == [["1", ""]]
    assert b.post("/account/settings/profile", {"bio": "hi"}).status == 303
    assert sql("SELECT on_leaderboard FROM users WHERE handle = ?", handle) == [["0"]]


def test_an_admin_adds_and_renames_topics():
    b = Browser()
    login(b, "admin", "demo-password-admin")
    assert b.get("/admin/topics").status == 200
    slug = "money-" + secrets.token_hex(3)
    r = b.post("/admin/topics", {"slug": slug, "name": "Money", "description": "Debt, pay, saving.",
                                 "position": "95"})
    assert r.status == 303
    tid = sql("SELECT id FROM topics WHERE slug = ?", slug)[0][0]
    r = b.post("/admin/topics", {"id": tid, "name": "Money and debt", "description": "",
                                 "position": "96"})
    assert r.status == 303
    assert sql("SELECT name, position FROM topics WHERE id = ?", int(tid)) == [["Money and debt", "96"]]
    r = b.post("/admin/topics", {"slug": slug, "name": "Again", "position": "1"})
    assert r.status == 409 and "A topic already has that address" in r.text
    # a refused new topic comes back filled in, escaped, with the reason
    r = b.post("/admin/topics", {"slug": "Bad Slug!", "name": "<b>x</b>", "position": "5"})
    assert r.status == 400 and "Address must be at least 2 of the letters" in r.text
    assert 'value="&lt;b&gt;x&lt;/b&gt;"' in r.text and 'value="Bad Slug!"' in r.text
    # the order is a number the route declares: anything else is refused at the door
    r = b.post("/admin/topics", {"id": tid, "name": "Renamed", "position": "x"})
    assert r.status == 400 and "Order must be a whole number from 0 to 9999" in r.text
    assert sql("SELECT name FROM topics WHERE id = ?", int(tid)) == [["Money and debt"]]


def test_members_cannot_edit_topics():
    b = Browser()
    register(b, "topic_" + secrets.token_hex(4))
    assert b.get("/admin/topics").status == 403
    b.get("/account/settings")
    assert b.post("/admin/topics", {"slug": "hack", "name": "Hack", "position": "1"}).status == 403
    assert sql("SELECT COUNT(*) FROM topics WHERE slug = 'hack'") == [["0"]]
