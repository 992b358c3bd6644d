"""
Cross-site request forgery: every POST carries the token from the form;
without it, or with someone else's, the answer is 403 and nothing changes.

"Every POST" is read from the route tables (cgi-bin/*/main.c): each POST
route needs a case below that sends a request the route would carry out,
and is sent it three times forged (no token, another browser's token, its
own token altered), each refused with 403 and leaving every table as it
was, then once with its own token, which must get through and change
something, so the forgeries were refused for their token and nothing else.
"""
import glob
import os
import re
import secrets

from opbak import ROOT, Browser, register, sql
from goals_helpers import GOALS_CSRF_CASES
from post_helpers import (ADMIN, KARIM, SOFIE, backed_post, member, premod, someone_elses_post, staff,
                          user_id, write_post)

PASSWORD = "correct horse battery"  # register()'s and member()'s
REFUSED = "did not come from this site"
TOKEN = re.compile(r"[0-9a-f]{64}")


def post_routes():
    """Every POST route of every executable: {pattern}, ids as '#'."""
    routes = set()
    for main in glob.glob(os.path.join(ROOT, "cgi-bin", "*", "main.c")):
        with open(main, encoding="utf-8") as f:
            for pattern in re.findall(r'\{\s*"POST"\s*,\s*"([^"]+)"', f.read()):
                routes.add(re.sub(r"(?<=/)\*(?=/|$)", "#", pattern))
    return routes


def fingerprint():
    """A checksum of every table: equal before and after means nothing
    was stored, changed or deleted anywhere."""
    tables = [r[0] for r in sql("SELECT table_name FROM information_schema.tables "
                                "WHERE table_schema = 'opbak' AND table_type = 'BASE TABLE' "
                                "ORDER BY table_name")]
    assert len(tables) >= 10, tables
    return sql("CHECKSUM TABLE " + ", ".join("`%s`" % t for t in tables))


def report_id(post_id):
    reporter, _ = member("csrf_r")
    reporter.get("/post/report?post=%d" % post_id)
    assert reporter.post("/post/report", {"post": str(post_id), "reason": "spam", "note": ""}).status == 303
    return int(sql("SELECT id FROM reports WHERE post_id = ?", post_id)[0][0])


# Each case returns (browser, path, fields): a request the route carries
# out when the browser's own token comes with it.
def case_register():
    b = Browser()
    b.get("/account/register")
    return b, "/account/register", {"handle": "csrf_" + secrets.token_hex(4), "password": PASSWORD,
                                     "password2": PASSWORD, "birth_date": "2005-04-01"}


def case_login():
    _, handle = member("csrf")
    b = Browser()
    b.get("/account/login")
    return b, "/account/login", {"handle": handle, "password": PASSWORD}


def case_logout():
    b, _ = member("csrf")
    b.get("/account/settings")
    return b, "/account/logout", {}


def case_profile():
    b, _ = member("csrf")
    b.get("/account/settings")
    return b, "/account/settings/profile", {"bio": "forged " + secrets.token_hex(3)}


def case_password():
    b, _ = member("csrf")
    b.get("/account/settings")
    return b, "/account/settings/password", {"current": PASSWORD, "new": "a forged new password",
                                             "new2": "a forged new password"}


def case_language():
    b, _ = member("csrf")
    b.get("/account/settings")
    return b, "/account/settings/language", {"lang": "sv"}


def case_account_erase():
    b, _ = member("csrf")
    b.get("/account/privacy/erase")
    return b, "/account/privacy/erase", {"mode": "all", "password": PASSWORD}


def case_export():
    b, _ = member("csrf")
    b.get("/account/privacy/export")
    return b, "/account/privacy/export", {}  # carried out: an export row and its files


def case_withdraw_feeds():
    b, handle = member("csrf")
    write_post(b, "A post for the feeds " + secrets.token_hex(3), public=True)
    b.get("/account/privacy/consents")
    return b, "/account/privacy/consents/withdraw", {"kind": "feeds"}  # is_public 1 -> 0


def case_retention():
    admin = staff(ADMIN)
    now = dict(sql("SELECT name, value FROM settings WHERE name IN ('inbox_retention_days', "
                   "'retention_audit_days', 'retention_throttle_minutes', "
                   "'retention_notifications_days', 'retention_inactive_days')"))
    admin.get("/admin/retention")
    # the audit entries' period a day longer or shorter: a change (one saved
    # and audited); the test puts the default back when it is done
    now["retention_audit_days"] = "731" if now["retention_audit_days"] == "730" else "730"
    return admin, "/admin/retention", now


def case_role():
    admin = staff(ADMIN)
    _, handle = member("csrf")
    admin.get("/admin/users")
    return admin, "/admin/users/role", {"user": str(user_id(handle)), "role": "coach"}


def case_rights():
    """The admin giving a new support person of this test both rights
    (never one of the demo's: the others' stories count on theirs)."""
    admin = staff(ADMIN)
    _, handle = member("csrf")
    sql("UPDATE users SET role = 'counsellor' WHERE handle = ?", handle)
    admin.get("/admin/users")
    return admin, "/admin/users/rights", {"user": str(user_id(handle)), "moderate": "1",
                                          "lead": "1"}


def case_topic():
    admin = staff(ADMIN)
    admin.get("/admin/topics")
    return admin, "/admin/topics", {"slug": "csrf-" + secrets.token_hex(3), "name": "Forged topic",
                                    "description": "", "position": "9000"}


def case_post_new():
    b, _ = member("csrf", days_old=3)
    b.get("/post/new")
    return b, "/post/new", {"title": "A forged question", "topic": "friends",
                            "body": "Someone else wrote this for me."}


def case_report():
    _, post_id, b = someone_elses_post("csrf")
    b.get("/post/report?post=%d" % post_id)
    return b, "/post/report", {"post": str(post_id), "reason": "spam", "note": ""}


def case_ask():
    b, _ = member("csrf")
    b.get("/post/ask")
    return b, "/post/ask", {"post": "", "counsellor": "any", "subject": "School",
                            "body": "How do I tell my parents that school is too much?"}


def case_edit():
    b, _ = member("csrf")
    post_id = write_post(b)
    b.get("/post/%d/edit" % post_id)
    return b, "/post/%d/edit" % post_id, {"title": "Changed by a forger", "topic": "friends",
                                          "body": "Changed by a forger."}


def case_post_delete():
    b, _ = member("csrf")
    post_id = write_post(b)
    b.get("/post/%d/delete" % post_id)
    return b, "/post/%d/delete" % post_id, {}


def case_back():
    _, post_id, b = someone_elses_post("csrf")
    b.get("/p/%d" % post_id)
    return b, "/post/%d/back" % post_id, {"body": "Talk to him after training."}


def case_vote():
    _, post_id, _, backing_id = backed_post("csrf")
    b, _ = member("csrf")
    b.get("/p/%d" % post_id)
    return b, "/post/backing/%d/vote" % backing_id, {}


def case_best():
    author, post_id, _, backing_id = backed_post("csrf")
    author.get("/p/%d" % post_id)
    return author, "/post/backing/%d/best" % backing_id, {}


def case_mod_settings():
    admin = staff(ADMIN)
    now = dict(sql("SELECT name, value FROM settings WHERE name LIKE 'premod%'"))
    admin.get("/mod/settings")
    fields = {"premod_start": now["premod_start"], "premod_end": now["premod_end"]}
    if now["premod_enabled"] == "1":
        fields["premod_enabled"] = "1"
    return admin, "/mod/settings", fields  # the same hours: only the audit log changes


def pending_post():
    author, _ = member("csrf")
    post_id = write_post(author)
    sql("UPDATE posts SET status = 'pending' WHERE id = ?", post_id)
    return post_id


def case_approve():
    admin = staff(ADMIN)
    post_id = pending_post()
    admin.get("/mod")
    return admin, "/mod/item/approve", {"kind": "post", "id": str(post_id)}


def case_refuse():
    admin = staff(ADMIN)
    post_id = pending_post()
    admin.get("/mod")
    return admin, "/mod/item/hide", {"kind": "post", "id": str(post_id)}


def reported_post():
    author, _ = member("csrf")
    post_id = write_post(author)
    return post_id, report_id(post_id)


def admin_at_a_report():
    """The admin, on the moderation page, and a fresh report's id."""
    admin = staff(ADMIN)
    _, rid = reported_post()
    admin.get("/mod")
    return admin, rid


def case_hide():
    admin, rid = admin_at_a_report()
    return admin, "/mod/%d/hide" % rid, {}


def case_restore():
    admin, rid = admin_at_a_report()
    assert admin.post("/mod/%d/hide" % rid).status == 303
    return admin, "/mod/%d/restore" % rid, {}


def case_dismiss():
    admin, rid = admin_at_a_report()
    return admin, "/mod/%d/dismiss" % rid, {}


def hidden_reported_post():
    """A fresh member's post, reported and hidden by the admin: (author,
    post id, report id, the admin)."""
    author, _ = member("csrf")
    post_id = write_post(author)
    rid = report_id(post_id)
    admin = staff(ADMIN)
    admin.get("/mod")
    assert admin.post("/mod/%d/hide" % rid).status == 303
    return author, post_id, rid, admin


def case_review():
    author, post_id, _, _ = hidden_reported_post()
    author.get("/p/%d" % post_id)
    return author, "/post/%d/review" % post_id, {"note": "Please look again."}


def case_keep():
    author, post_id, rid, admin = hidden_reported_post()
    author.get("/p/%d" % post_id)
    assert author.post("/post/%d/review" % post_id, {"note": ""}).status == 303
    admin.get("/mod")
    return admin, "/mod/%d/keep" % rid, {}


def case_feedback():
    b = Browser()
    b.get("/feedback")
    return b, "/feedback", {"kind": "good", "body": "This site helped me a lot."}


# The inbox: a member's question, put in with SQL (asking is /post/ask's
# case above).
def question(handle, claimed_by=None):
    """A new question by member handle, claimed by claimed_by (a handle)
    when given; its id."""
    rows = sql("INSERT INTO questions (member_id, subject, body) SELECT id, 'Exams', "
               "'I failed the exam again and do not know how to tell my father.' "
               "FROM users WHERE handle = ?; SELECT LAST_INSERT_ID()", handle)
    qid = int(rows[-1][0])
    if claimed_by:
        sql("UPDATE questions SET claimed_by = ?, claimed_at = NOW(), status = 'claimed' "
            "WHERE id = ?", user_id(claimed_by), qid)
    return qid


def member_at_his_question():
    b, handle = member("csrf")
    qid = question(handle)
    b.get("/ask/%d" % qid)
    return b, qid


def case_ask_reply():
    b, qid = member_at_his_question()
    return b, "/ask/%d/reply" % qid, {"body": "Thank you, I will try to tell him tonight."}


def case_ask_close():
    b, qid = member_at_his_question()
    return b, "/ask/%d/close" % qid, {}


def support_person_at(action, claimed=False, fields=None):
    """Sofie on a fresh question's page (claimed by her when claimed), and
    the request that carries out action on it."""
    _, handle = member("csrf")
    qid = question(handle, SOFIE[0] if claimed else None)
    sofie = staff(SOFIE)
    sofie.get("/inbox/%d" % qid)
    return sofie, "/inbox/%d/%s" % (qid, action), fields or {}


def case_claim():
    return support_person_at("claim")


def case_unassign():
    return support_person_at("unassign", claimed=True)


def case_desk_reply():
    return support_person_at("reply", fields={"body": "Tell him when you are both calm."})


def case_note():
    return support_person_at("note", fields={"body": "Follow up after the weekend."})


def case_desk_close():
    return support_person_at("close", claimed=True)


def case_typing():
    return support_person_at("typing")


def case_handover():
    return support_person_at("handover", claimed=True, fields={"to": KARIM[0]})


def case_publish():
    """Sofie on the publish form of a question the member allowed to be
    published and she answered."""
    _, handle = member("csrf")
    qid = question(handle)
    sql("UPDATE questions SET allow_publish = 1 WHERE id = ?", qid)
    sofie = staff(SOFIE)
    sofie.get("/inbox/%d" % qid)
    assert sofie.post("/inbox/%d/reply" % qid, {"body": "Talk to him."}).status == 303
    sofie.get("/inbox/%d/publish" % qid)
    return sofie, "/inbox/%d/publish" % qid, {
        "title": "Failed the exam", "topic": "family",
        "body": "I failed the exam again and do not know how to tell my father.",
        "answer": "Tell him when you are both calm."}


def case_saved_reply_add():
    sofie = staff(SOFIE)
    sofie.get("/inbox/replies")
    return sofie, "/inbox/replies", {"title": "Welcome", "body": "Thank you for writing."}


def case_saved_reply_delete():
    rows = sql("INSERT INTO saved_replies (owner_id, author_id, title, body) "
               "SELECT id, id, 'Welcome', 'Thank you.' FROM users WHERE handle = ?; "
               "SELECT LAST_INSERT_ID()", SOFIE[0])
    sofie = staff(SOFIE)
    sofie.get("/inbox/replies")
    return sofie, "/inbox/replies/%d/delete" % int(rows[-1][0]), {}


def case_available():
    """Sofie on /inbox, not available, saying she is for 8 hours."""
    sql("UPDATE users SET available_until = NULL WHERE handle = ?", SOFIE[0])
    sofie = staff(SOFIE)
    sofie.get("/inbox")
    return sofie, "/inbox/available", {"hours": "8"}


# Articles (cgi-bin/media): the demo editor on a fresh draft's page.
EDITOR = ("editor", "demo-password-editor")
ARTICLE = {"title": "Exams and sleep", "slug": "", "summary": "What helps the night before.",
           "topic": "school-and-work", "body": "Sleep first, then read."}


def editor_at(action=None, status="draft", fields=None):
    """The editor on a fresh article's page (status as given), and the
    request that carries out action on it (None: saving the form)."""
    slug = "csrf-" + secrets.token_hex(4)
    rows = sql("INSERT INTO articles (slug, title, summary, body, body_html, topic_id, status, "
               "published_at) SELECT ?, 'Exams', 'What helps the night before.', 'Sleep.', "
               "'<p>Sleep.</p>', id, ?, IF(? = 'published', NOW(), NULL) FROM topics "
               "WHERE slug = 'family'; SELECT LAST_INSERT_ID()", slug, status, status)
    aid = int(rows[-1][0])
    ed = staff(EDITOR)
    ed.get("/editor/%d" % aid)
    path = "/editor/%d" % aid + ("/" + action if action else "")
    return ed, path, fields if fields is not None else {}


def case_article_new():
    ed = staff(EDITOR)
    ed.get("/editor/new")
    return ed, "/editor/new", dict(ARTICLE)


def case_article_save():
    return editor_at(fields=dict(ARTICLE))


def case_article_publish():
    return editor_at("publish")


def case_article_schedule():
    return editor_at("schedule", fields={"at": "2099-06-01T10:00"})


def case_article_unpublish():
    return editor_at("unpublish", status="published")


def case_article_delete():
    return editor_at("delete")


# The podcast (cgi-bin/media): the show, and a fresh episode (with audio).
SHOW = {"title": "Opbak: the podcast", "description": "The CSRF test's show.",
        "author": "The Opbak team", "owner_name": "Opbak", "owner_email": "",
        "language": "en", "category": "Education/Self-Improvement", "copyright": "(c) Opbak"}
EPISODE = {"title": "Exams and sleep", "slug": "", "description": "What helps.", "topic": "",
           "season": "", "episode_number": "", "episode_type": "full", "chapters": ""}


def case_show_save():
    ed = staff(EDITOR)
    ed.get("/editor/show")
    return ed, "/editor/show", dict(SHOW)


def episode_at(action=None, status="draft", fields=None):
    rows = sql("INSERT INTO episodes (slug, guid, title, description, description_html, "
               "audio_path, audio_type, audio_bytes, duration_s, status, published_at) "
               "VALUES (?, UUID(), 'Exams', 'What helps.', '<p>What helps.</p>', "
               "'audio/csrf.mp3', 'audio/mpeg', 1000, 10, ?, IF(? = 'published', NOW(), NULL)); "
               "SELECT LAST_INSERT_ID()", "csrf-" + secrets.token_hex(4), status, status)
    eid = int(rows[-1][0])
    ed = staff(EDITOR)
    ed.get("/editor/episodes/%d" % eid)
    path = "/editor/episodes/%d" % eid + ("/" + action if action else "")
    return ed, path, fields if fields is not None else {}


def case_episode_new():
    ed = staff(EDITOR)
    ed.get("/editor/episodes/new")
    return ed, "/editor/episodes/new", dict(EPISODE)


# Uploads (cgi-bin/media/uploads.c): multipart forms with a real file
# (tests/http/test_uploads.py makes them); the fields are an Upload.
class Upload(dict):
    """Form fields sent as multipart/form-data with one file ("file")."""

    def __init__(self, filename, ctype, data):
        super().__init__()
        self.file = (filename, ctype, data)


def submit(b, path, fields, token):
    """b.post(path, fields, csrf=token), as multipart for an Upload."""
    if not isinstance(fields, Upload):
        return b.post(path, fields, csrf=token)
    from test_uploads import multipart
    if token is True:
        token = b.csrf
    pairs = [("csrf", token)] if token else []
    ctype, body = multipart(pairs, [("file",) + fields.file])
    return b.request("POST", path, body=body, headers={"Content-Type": ctype})


def upload_case(path_of, filename, ctype, data):
    def case():
        from test_uploads import new_article, new_episode, ensure_show
        ensure_show()
        path = path_of(new_episode(), new_article())
        ed = staff(EDITOR)
        ed.get("/editor")
        return ed, path, Upload(filename, ctype, data())
    return case


def _mp3():
    from test_uploads import mp3
    return mp3()


def _png():
    from test_uploads import png
    return png(1400, 1400)


def _vtt():
    from test_uploads import VTT
    return VTT


CASES = {
    "/editor/episodes/#/audio": upload_case(lambda e, a: "/editor/episodes/%d/audio" % e,
                                            "a.mp3", "audio/mpeg", _mp3),
    "/editor/episodes/#/image": upload_case(lambda e, a: "/editor/episodes/%d/image" % e,
                                            "i.png", "image/png", _png),
    "/editor/episodes/#/transcript": upload_case(
        lambda e, a: "/editor/episodes/%d/transcript" % e, "t.vtt", "text/vtt", _vtt),
    "/editor/show/artwork": upload_case(lambda e, a: "/editor/show/artwork", "s.png", "image/png",
                                        _png),
    "/editor/articles/#/cover": upload_case(lambda e, a: "/editor/articles/%d/cover" % a,
                                            "c.png", "image/png", _png),
    "/editor/show": case_show_save,
    "/editor/episodes/new": case_episode_new,
    "/editor/episodes/#": lambda: episode_at(fields=dict(EPISODE)),
    "/editor/episodes/#/publish": lambda: episode_at("publish"),
    "/editor/episodes/#/schedule": lambda: episode_at("schedule",
                                                      fields={"at": "2099-06-01T10:00"}),
    "/editor/episodes/#/unpublish": lambda: episode_at("unpublish", status="published"),
    "/editor/episodes/#/delete": lambda: episode_at("delete"),
    "/account/register": case_register,
    "/account/login": case_login,
    "/account/logout": case_logout,
    "/account/settings/profile": case_profile,
    "/account/settings/password": case_password,
    "/account/settings/language": case_language,
    "/account/privacy/erase": case_account_erase,
    "/account/privacy/export": case_export,
    "/account/privacy/consents/withdraw": case_withdraw_feeds,
    "/admin/retention": case_retention,
    "/admin/users/role": case_role,
    "/admin/users/rights": case_rights,
    "/admin/topics": case_topic,
    "/post/new": case_post_new,
    "/post/report": case_report,
    "/post/ask": case_ask,
    "/post/#/edit": case_edit,
    "/post/#/delete": case_post_delete,
    "/post/#/back": case_back,
    "/post/#/review": case_review,
    "/post/backing/#/vote": case_vote,
    "/post/backing/#/best": case_best,
    "/mod/settings": case_mod_settings,
    "/mod/item/approve": case_approve,
    "/mod/item/hide": case_refuse,
    "/mod/#/hide": case_hide,
    "/mod/#/restore": case_restore,
    "/mod/#/dismiss": case_dismiss,
    "/mod/#/keep": case_keep,
    "/feedback": case_feedback,
    "/ask/#/reply": case_ask_reply,
    "/ask/#/close": case_ask_close,
    "/inbox/#/claim": case_claim,
    "/inbox/#/handover": case_handover,
    "/inbox/replies": case_saved_reply_add,
    "/inbox/replies/#/delete": case_saved_reply_delete,
    "/inbox/#/unassign": case_unassign,
    "/inbox/#/reply": case_desk_reply,
    "/inbox/#/note": case_note,
    "/inbox/#/close": case_desk_close,
    "/inbox/#/typing": case_typing,
    "/inbox/available": case_available,
    "/editor/new": case_article_new,
    "/editor/#": case_article_save,
    "/editor/#/publish": case_article_publish,
    "/editor/#/schedule": case_article_schedule,
    "/editor/#/unpublish": case_article_unpublish,
    "/editor/#/delete": case_article_delete,
    "/inbox/#/publish": case_publish,
    **GOALS_CSRF_CASES,  # tests/http/goals_helpers.py
}


def member_with_bio():
    b = Browser()
    handle = "csrf_" + secrets.token_hex(4)
    register(b, handle)
    assert b.post("/account/settings/profile", {"bio": "original bio"}).status == 303
    return b, handle


def test_the_route_tables_have_post_routes_and_each_has_a_forgery_case():
    routes = post_routes()
    assert len(routes) >= 20, routes  # the tables were read
    assert routes == set(CASES), "POST routes without a case here: %s; cases for no route: %s" % (
        sorted(routes - set(CASES)), sorted(set(CASES) - routes))


# POSTs that store nothing: carried out is their answer (a support person
# writing: a live event only, tests/http/test_inbox_live.py shows a forged
# one never reaches his colleagues).
STORES_NOTHING = {"/inbox/#/typing"}


def test_every_post_route_refuses_a_missing_or_wrong_token_and_stores_nothing():
    problems = []
    with premod(covering=False):  # nothing written in the controls is held
        for pattern in sorted(post_routes() & set(CASES)):
            b, path, fields = CASES[pattern]()
            own = b.csrf
            assert own and TOKEN.fullmatch(own), (pattern, own)
            other = Browser()
            other.get("/account/login")
            assert other.csrf and TOKEN.fullmatch(other.csrf) and other.csrf != own, pattern
            altered = own[:-1] + ("0" if own[-1] != "0" else "1")
            before = fingerprint()
            for what, token in (("no token", False), ("another browser's token", other.csrf),
                                ("its own token altered", altered)):
                r = submit(b, path, fields, token)
                if r.status != 403 or REFUSED not in r.text:
                    problems.append("%s with %s: %d %r" % (path, what, r.status, r.text[:200]))
                elif fingerprint() != before:
                    problems.append("%s with %s: refused, but the database changed" % (path, what))
            r = submit(b, path, fields, own)
            if REFUSED in r.text or r.status == 403 or r.status >= 500:
                problems.append("%s with its own token: %d, not carried out" % (path, r.status))
            elif pattern in STORES_NOTHING:
                if r.status != 204:  # carried out: it stores nothing (its test proves it)
                    problems.append("%s with its own token: %d" % (path, r.status))
            elif fingerprint() == before:
                problems.append("%s with its own token: %d, but nothing changed, so the "
                                "forgeries proved nothing" % (path, r.status))
    sql("DELETE FROM topics WHERE slug LIKE 'csrf-%' AND name = 'Forged topic'")
    # the audit period case_retention changed, as the site ships it (others read the periods)
    sql("UPDATE settings SET value = '730' WHERE name = 'retention_audit_days'")
    assert not problems, "\n".join(problems)


def test_a_post_without_a_token_is_refused_and_changes_nothing():
    b, handle = member_with_bio()
    r = b.post("/account/settings/profile", {"bio": "forged"}, csrf=False)
    assert r.status == 403
    assert REFUSED in r.text
    assert sql("SELECT bio FROM users WHERE handle = ?", handle) == [["original bio"]]


def test_a_post_with_a_wrong_token_is_refused_and_changes_nothing():
    b, handle = member_with_bio()
    r = b.post("/account/settings/profile", {"bio": "forged"}, csrf="0" * 64)
    assert r.status == 403 and REFUSED in r.text
    assert sql("SELECT bio FROM users WHERE handle = ?", handle) == [["original bio"]]


def test_a_token_from_another_browser_does_not_work():
    victim, handle = member_with_bio()
    attacker = Browser()
    attacker.get("/account/register")  # the attacker's own valid token
    assert attacker.csrf and TOKEN.fullmatch(attacker.csrf) and attacker.csrf != victim.csrf
    r = victim.post("/account/settings/profile", {"bio": "forged"}, csrf=attacker.csrf)
    assert r.status == 403 and REFUSED in r.text
    assert sql("SELECT bio FROM users WHERE handle = ?", handle) == [["original bio"]]
    # the same token works for its own browser: it was refused for being another's
    r = attacker.post("/account/register", {"handle": "csrf_" + secrets.token_hex(4),
                                            "password": PASSWORD, "password2": PASSWORD,
                                            "birth_date": "2004-01-01"})
    assert r.status == 303


def test_a_forged_logout_does_not_log_the_member_out():
    b, _ = member_with_bio()
    r = b.post("/account/logout", {}, csrf=False)
    assert r.status == 403
    assert b.get("/account/settings").status == 200


def test_registering_needs_a_token_too():
    handle = "csrf_reg_" + secrets.token_hex(3)
    b = Browser()
    r = b.post("/account/register", {"handle": handle, "password": "long enough pw",
                                     "password2": "long enough pw", "birth_date": "2004-01-01"},
               csrf=False)
    assert r.status == 403
    assert sql("SELECT COUNT(*) FROM users WHERE handle = ?", handle) == [["0"]]
