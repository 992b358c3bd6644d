"""
Staff rights (issue 11, "Staff roles" and "Supervision"; sql/017): answering
questions and moderating the community are different jobs. A support person
moderates only when an admin gives him the right, and a lead support person
reads every conversation of the inbox to follow up on quality. Admins set
both at /admin/users (POST /admin/users/rights, audited); an admin has
every right through his role.

A plain support person opens a conversation in the pool, one asked of him
by name, or one he has; any other is not there for him (404, nothing
written). A lead opens any: the opening is in the audit log and nothing
about the question changes.
"""
import re

from opbak import Browser, sql
from post_helpers import ADMIN, KARIM, MAJA, SOFIE, member, one, staff, user_id
from test_feed import support_person
from test_inbox_desk import ask, asker, claim, listed, messages, state

MOD_LINK = '<a href="/mod">'


def rights(uid):
    """(may_moderate, inbox_lead) as stored."""
    row = sql("SELECT may_moderate, inbox_lead FROM users WHERE id = ?", uid)[0]
    return int(row[0]), int(row[1])


def audits(uid, action="user.rights"):
    return [r[0] for r in sql("SELECT detail FROM audit_log WHERE action = ? AND target_id = ? "
                              "ORDER BY id", action, uid)]


def set_rights(admin, uid, **boxes):
    """The admin's form for uid, with the boxes named ticked."""
    admin.get("/admin/users")
    fields = {"user": str(uid)}
    fields.update({k: "1" for k, v in boxes.items() if v})
    return admin.post("/admin/users/rights", fields)


def openings(q, actor):
    return one("SELECT COUNT(*) FROM audit_log WHERE action = 'inbox.open' AND detail = ? "
               "AND actor_id = ?", "question %d" % q, user_id(actor))


# ---- moderation is a right -------------------------------------------------

def test_a_support_person_without_the_right_does_not_moderate():
    karim = staff(KARIM)  # the demo's support person who only answers
    assert karim.get("/mod").status == 403
    home = karim.get("/")
    assert home.status == 200 and MOD_LINK not in home.text
    assert '<a href="/inbox">' in home.text  # he still works the inbox
    sofie = staff(SOFIE)  # the demo's support person who moderates
    assert sofie.get("/mod").status == 200
    assert MOD_LINK in sofie.get("/").text


def test_a_new_support_person_does_not_moderate_until_an_admin_says_so():
    b, handle, uid = support_person("rt")
    assert rights(uid) == (0, 0)
    assert b.get("/mod").status == 403 and MOD_LINK not in b.get("/").text
    admin = staff(ADMIN)
    r = set_rights(admin, uid, moderate=True)
    assert r.status == 303 and r.header("location") == "/admin/users?q=%s&rights=1" % handle, r
    assert rights(uid) == (1, 0)
    assert audits(uid) == ["moderate on"]
    assert int(one("SELECT actor_id FROM audit_log WHERE action = 'user.rights' "
                   "AND target_id = ?", uid)) == user_id(ADMIN[0])
    # at once: his session reads his rights with every request
    assert b.get("/mod").status == 200 and MOD_LINK in b.get("/").text
    page = admin.get(r.header("location")).text
    assert "Rights saved for" in page
    assert re.search(r'name="moderate" value="1" checked', page)
    assert not re.search(r'name="lead" value="1" checked', page)


def test_an_admin_gives_and_takes_each_right():
    b, handle, uid = support_person("rt")
    admin = staff(ADMIN)
    assert set_rights(admin, uid, lead=True).status == 303
    assert rights(uid) == (0, 1)
    assert "All" in b.get("/inbox").text and b.get("/inbox?view=all").status == 200
    assert set_rights(admin, uid, moderate=True).status == 303
    assert rights(uid) == (1, 0)
    assert b.get("/inbox?view=all").status == 403 and b.get("/mod").status == 200
    assert set_rights(admin, uid).status == 303
    assert rights(uid) == (0, 0)
    assert b.get("/mod").status == 403
    assert audits(uid) == ["lead on", "moderate on, lead off", "moderate off"]
    # the same again changes nothing and writes nothing
    assert set_rights(admin, uid).status == 303
    assert audits(uid) == ["lead on", "moderate on, lead off", "moderate off"]


def test_the_users_list_shows_a_support_persons_rights_and_no_one_elses():
    admin = staff(ADMIN)
    page = admin.get("/admin/users?q=maja_lead").text
    assert 'action="/admin/users/rights"' in page
    assert re.search(r'name="lead" value="1" checked', page)
    assert not re.search(r'name="moderate" value="1" checked', page)
    _, handle = member("rt")
    page = admin.get("/admin/users?q=" + handle).text
    assert handle in page and 'action="/admin/users/rights"' not in page


def test_a_role_changed_away_from_support_person_loses_the_rights():
    b, handle, uid = support_person("rt")
    admin = staff(ADMIN)
    assert set_rights(admin, uid, moderate=True, lead=True).status == 303
    assert rights(uid) == (1, 1)
    assert admin.post("/admin/users/role", {"user": str(uid), "role": "member"}).status == 303
    assert rights(uid) == (0, 0)
    assert audits(uid, "user.role")[-1] == "counsellor -> member (moderate off, lead off)"
    assert b.get("/mod").status == 403
    # made a support person again, he starts without them
    assert admin.post("/admin/users/role", {"user": str(uid), "role": "counsellor"}).status == 303
    assert rights(uid) == (0, 0) and b.get("/mod").status == 403


def test_a_right_left_on_another_role_counts_for_nothing():
    # a row set by hand (or by an older tool): the session reads a right
    # only for a support person
    b, handle, uid = support_person("rt")
    sql("UPDATE users SET role = 'coach', may_moderate = 1, inbox_lead = 1 WHERE id = ?", uid)
    assert b.get("/mod").status == 403 and b.get("/inbox").status == 403


def test_only_a_support_person_has_rights_to_set():
    _, handle = member("rt")
    uid = user_id(handle)
    admin = staff(ADMIN)
    r = set_rights(admin, uid, moderate=True)
    assert r.status == 409 and "Only a support person has these rights." in r.text, r
    assert rights(uid) == (0, 0) and audits(uid) == []
    r = set_rights(admin, user_id(ADMIN[0]), moderate=True)
    assert r.status == 409 and rights(user_id(ADMIN[0])) == (0, 0)
    assert set_rights(admin, 4294967295, moderate=True).status == 404


def test_nobody_but_an_admin_sets_rights():
    uid = user_id(KARIM[0])
    before = rights(uid), audits(uid)
    for who in (staff(KARIM), staff(SOFIE), staff(MAJA), member("rt")[0]):
        who.get("/")
        r = who.post("/admin/users/rights", {"user": str(uid), "moderate": "1", "lead": "1"})
        assert r.status == 403, r
        assert who.get("/admin/users").status == 403
    anon = Browser()
    anon.get("/account/login")
    assert anon.post("/admin/users/rights", {"user": str(uid), "moderate": "1"}).status == 403
    assert (rights(uid), audits(uid)) == before


# ---- supervision: who reads which conversation -----------------------------

def test_a_plain_support_person_does_not_read_a_colleagues_conversation():
    _, _, q = asker()
    sofie, karim = staff(SOFIE), staff(KARIM)
    claim(sofie, q)
    before, said = state(q), messages(q)
    opened = openings(q, KARIM[0])
    r = karim.get("/inbox/%d" % q)
    assert r.status == 404 and "There is no such conversation." in r.text
    assert openings(q, KARIM[0]) == opened  # a refused opening writes nothing
    assert state(q) == before and messages(q) == said
    # no "all" view for him: not in the tabs, and refused by the page
    page = karim.get("/inbox").text
    assert "?view=all" not in page and "?view=mine" in page
    assert karim.get("/inbox?view=all").status == 403


def test_a_question_asked_of_a_colleague_by_name_is_his_alone_until_it_is_in_the_pool():
    _, handle = member("rt")
    q = ask(handle, counsellor=SOFIE[0])
    karim, sofie = staff(KARIM), staff(SOFIE)
    assert karim.get("/inbox/%d" % q).status == 404
    assert claim(karim, q).status == 404 and state(q)[0] == "new"
    assert sofie.get("/inbox/%d" % q).status == 200
    # the hourly job lets it go to everyone (jobs.c: counsellor_id NULL)
    sql("UPDATE questions SET counsellor_id = NULL WHERE id = ?", q)
    assert karim.get("/inbox/%d" % q).status == 200


def test_a_support_person_reads_the_pool_and_his_own():
    _, _, q = asker()
    karim = staff(KARIM)
    assert karim.get("/inbox/%d" % q).status == 200  # in the pool
    claim(karim, q)
    assert karim.get("/inbox/%d" % q).status == 200  # his
    assert q in listed(karim, "mine")


def test_a_lead_reads_a_colleagues_conversation_audited_and_unchanged():
    _, _, q = asker()
    sofie, maja = staff(SOFIE), staff(MAJA)
    claim(sofie, q)
    sofie.post("/inbox/%d/note" % q, {"body": "He mentioned his coach twice."})
    sofie.post("/inbox/%d/reply" % q, {"body": "What would you like to happen?"})
    before, said = state(q), messages(q)
    assert openings(q, MAJA[0]) == "0"
    r = maja.get("/inbox/%d" % q)
    assert r.status == 200
    assert "He mentioned his coach twice." in r.text  # the notes too
    assert "What would you like to happen?" in r.text
    assert openings(q, MAJA[0]) == "1"
    assert one("SELECT target_id FROM audit_log WHERE action = 'inbox.open' AND actor_id = ? "
               "AND detail = ?", user_id(MAJA[0]), "question %d" % q) == \
        one("SELECT member_id FROM questions WHERE id = ?", q)
    # reading claims nothing and changes nothing
    assert state(q) == before and messages(q) == said
    # not hers to answer; she may leave a note, hand it over, close it
    assert "Send reply" not in r.text
    assert 'action="/inbox/%d/note"' % q in r.text
    assert 'action="/inbox/%d/handover"' % q in r.text
    # her "all" view lists it
    assert 'href="/inbox?view=all"' in maja.get("/inbox").text
    assert q in listed(maja, "all")


def test_a_lead_follows_up_with_a_note_and_cannot_answer_for_her_colleague():
    _, _, q = asker()
    sofie, maja = staff(SOFIE), staff(MAJA)
    claim(sofie, q)
    maja.get("/inbox/%d" % q)
    before = state(q)
    r = maja.post("/inbox/%d/note" % q, {"body": "Good start. Ask about school next time."})
    assert r.status == 303, r
    assert messages(q) == [["note", "Good start. Ask about school next time."]]
    assert one("SELECT author_id FROM question_messages WHERE question_id = ?", q) == \
        str(user_id(MAJA[0]))
    r = maja.post("/inbox/%d/reply" % q, {"body": "Hi, I am Maja."})
    assert r.status == 409 and "sofie_sp has this question." in r.text
    assert state(q) == before


def test_an_admin_reads_every_conversation():
    _, _, q = asker()
    claim(staff(KARIM), q)
    admin = staff(ADMIN)
    assert admin.get("/inbox/%d" % q).status == 200
    assert openings(q, ADMIN[0]) == "1"
    assert admin.get("/inbox?view=all").status == 200
