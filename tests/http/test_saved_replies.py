"""
Saved replies (cgi-bin/inbox/replies.c): a support person keeps texts to
start a reply from, shared with every support person or only for himself.
/inbox/replies lists them and adds one; a delete button each (a personal
one only by its owner, a shared one by its author or an admin). On a
conversation their titles are links, ?start=<id>, that put the text in
the reply's textarea; someone else's personal one is ignored.
"""
import html
import secrets

from opbak import sql
from post_helpers import ADMIN, KARIM, SOFIE, member, staff
from test_inbox_desk import asker, claim

BODY = "Thank you for writing to us. **You are not alone** with this."


def saved(b, shared=False, title=None, body=BODY):
    """Add a saved reply as b; its id."""
    title = title or "Welcome " + secrets.token_hex(3)
    b.get("/inbox/replies")
    fields = {"title": title, "body": body}
    if shared:
        fields["shared"] = "1"
    r = b.post("/inbox/replies", fields)
    assert r.status == 303 and r.header("location") == "/inbox/replies?done=added", r
    return int(sql("SELECT MAX(id) FROM saved_replies WHERE title = ?", title)[0][0])


def row(rid):
    return sql("SELECT IFNULL(owner_id, 0), title, body FROM saved_replies WHERE id = ?", rid)


def test_a_personal_reply_is_listed_only_for_its_owner():
    sofie, karim = staff(SOFIE), staff(KARIM)
    title = "Mine " + secrets.token_hex(3)
    rid = saved(sofie, title=title)
    assert row(rid)[0][0] not in ("0", 0)
    page = sofie.get("/inbox/replies?done=added").text
    assert "Your saved reply is added." in page and title in page
    assert "Personal" in page
    assert title not in karim.get("/inbox/replies").text


def test_a_shared_reply_is_listed_for_every_support_person():
    sofie, karim = staff(SOFIE), staff(KARIM)
    title = "Shared " + secrets.token_hex(3)
    rid = saved(sofie, shared=True, title=title)
    assert row(rid)[0][0] in ("0", 0)
    page = karim.get("/inbox/replies").text
    assert title in page
    assert 'action="/inbox/replies/%d/delete"' % rid not in page  # not his to delete


def test_a_bad_title_or_body_is_400_with_the_form_kept():
    sofie = staff(SOFIE)
    n = sql("SELECT COUNT(*) FROM saved_replies")[0][0]
    for fields in ({"title": "ab", "body": BODY}, {"title": "x" * 81, "body": BODY},
                   {"title": "A good title", "body": ""},
                   {"title": "A good title", "body": "y" * 2001}):
        sofie.get("/inbox/replies")
        fields = dict(fields, shared="1")
        r = sofie.post("/inbox/replies", fields)
        assert r.status == 400, (fields, r)
        assert 'aria-invalid="true"' in r.text
        assert 'name="shared" value="1" checked' in r.text
        if len(fields["title"]) <= 80:
            assert 'value="%s"' % fields["title"] in r.text
    assert sql("SELECT COUNT(*) FROM saved_replies")[0][0] == n


def test_the_owner_deletes_his_personal_reply():
    sofie = staff(SOFIE)
    rid = saved(sofie)
    sofie.get("/inbox/replies")
    r = sofie.post("/inbox/replies/%d/delete" % rid)
    assert r.status == 303 and r.header("location") == "/inbox/replies?done=deleted", r
    assert row(rid) == []


def test_someone_elses_personal_reply_is_404_and_stays():
    sofie, karim, admin = staff(SOFIE), staff(KARIM), staff(ADMIN)
    rid = saved(sofie)
    for b in (karim, admin):
        b.get("/inbox/replies")
        r = b.post("/inbox/replies/%d/delete" % rid)
        assert r.status == 404, r
    assert len(row(rid)) == 1


def test_a_shared_reply_is_deleted_by_its_author_or_an_admin_else_403():
    sofie, karim, admin = staff(SOFIE), staff(KARIM), staff(ADMIN)
    first = saved(sofie, shared=True)
    karim.get("/inbox/replies")
    r = karim.post("/inbox/replies/%d/delete" % first)
    assert r.status == 403, r
    assert len(row(first)) == 1
    sofie.get("/inbox/replies")
    assert sofie.post("/inbox/replies/%d/delete" % first).status == 303
    assert row(first) == []
    second = saved(sofie, shared=True)
    page = admin.get("/inbox/replies").text
    assert 'action="/inbox/replies/%d/delete"' % second in page
    assert admin.post("/inbox/replies/%d/delete" % second).status == 303
    assert row(second) == []


def test_a_reply_that_is_not_there_is_404():
    sofie = staff(SOFIE)
    sofie.get("/inbox/replies")
    assert sofie.post("/inbox/replies/4294967295/delete").status == 404


def test_a_member_has_no_saved_replies():
    b, _ = member("sr")
    assert b.get("/inbox/replies").status == 403
    b.get("/")
    assert b.post("/inbox/replies", {"title": "Hello there", "body": BODY}).status == 403


def test_a_saved_reply_fills_the_reply_on_a_conversation():
    _, _, q = asker()
    sofie = staff(SOFIE)
    assert claim(sofie, q).status == 303
    title = "Start " + secrets.token_hex(3)
    rid = saved(sofie, title=title)
    page = sofie.get("/inbox/%d" % q).text
    href = "/inbox/%d?start=%d#reply" % (q, rid)
    assert 'href="%s"' % href in page and title in page
    page = sofie.get("/inbox/%d?start=%d" % (q, rid)).text
    assert ">%s</textarea>" % html.escape(BODY, quote=True) in page


def test_someone_elses_personal_reply_is_ignored_on_a_conversation():
    _, _, q = asker()
    sofie, karim = staff(SOFIE), staff(KARIM)
    assert claim(karim, q).status == 303
    secret = "Only for sofie " + secrets.token_hex(4)
    title = "Private " + secrets.token_hex(3)
    rid = saved(sofie, title=title, body=secret)
    page = karim.get("/inbox/%d?start=%d" % (q, rid))
    assert page.status == 200
    assert secret not in page.text and title not in page.text
    assert "></textarea>" in page.text
