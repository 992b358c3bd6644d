"""
A member exports his data (issue 14, cgi-bin/account/export.c): one JSON
file and one readable page, written to the stack's export folder and sent
by nginx (X-Accel-Redirect) only to him, for a day. Each test is a member
(or someone trying to reach a member's export); the rows are seeded beside
him as the pages store them, so what the export holds can be checked to
the letter, and a second member's rows seeded beside his never show.
"""
import html
import json
import os
import re
import secrets

from opbak import ROOT, STACK_DIR, Browser, sql
from goals_helpers import chat, one_id
from probe_helpers import user

EXPORTS = os.path.join(ROOT, STACK_DIR, "exports") if not os.path.isabs(STACK_DIR) \
    else os.path.join(STACK_DIR, "exports")
HOSTILE = 'He said "stop" \\ </script><script>alert(1)</script> & æøå 🙂'


def seed(uid, coach_id, mark):
    """One of everything a member has, each text holding mark; returns the
    texts that are his to see. A support person's note on his question is
    seeded too (staff only: never in his export)."""
    topic = int(sql("SELECT MIN(id) FROM topics")[0][0])
    post = one_id("INSERT INTO posts (user_id, topic_id, title, body, body_html) "
                  "VALUES (?, ?, ?, ?, '')", uid, topic, "Post title " + mark,
                  "Post body " + mark)
    one_id("INSERT INTO backings (post_id, user_id, body, body_html) VALUES (?, ?, ?, '')",
           post, uid, "Backing body " + mark)
    q = one_id("INSERT INTO questions (member_id, subject, body, status, allow_publish) "
               "VALUES (?, ?, ?, 'answered', 1)", uid, "Question subject " + mark,
               "Question body " + mark)
    sql("INSERT INTO question_messages (question_id, author_id, kind, body, body_html) "
        "VALUES (?, ?, 'message', ?, ''), (?, ?, 'note', ?, '')",
        q, coach_id, "Support answer " + mark, q, coach_id, "Staff note " + mark)
    sql("INSERT INTO participants (user_id, coach_id) VALUES (?, ?)", uid, coach_id)
    goal = one_id("INSERT INTO goal_items (participant_id, level, title, description, "
                  "shared_coach_at) VALUES (?, 1, ?, ?, NOW())", uid, "Goal title " + mark,
                  "Goal description " + mark)
    sql("UPDATE goal_items SET goal_id = id WHERE id = ?", goal)
    sql("INSERT INTO goal_comments (participant_id, item_id, author_id, kind, body) "
        "VALUES (?, ?, ?, 'feedback', ?)", uid, goal, coach_id, "Coach feedback " + mark)
    c = chat(uid, coach_id, "coach")
    sql("INSERT INTO chat_messages (chat_id, seq, author_id, body) VALUES (?, 1, ?, ?), "
        "(?, 2, ?, ?)", c, uid, "Chat from him " + mark, c, coach_id, "Chat from coach " + mark)
    sql("INSERT INTO feedback (user_id, kind, body) VALUES (?, 'good', ?)", uid,
        "Feedback " + mark)
    return {"post": post, "question": q, "goal": goal,
            "texts": ["Post title " + mark, "Post body " + mark, "Backing body " + mark,
                      "Question subject " + mark, "Question body " + mark,
                      "Support answer " + mark, "Goal title " + mark,
                      "Goal description " + mark, "Coach feedback " + mark,
                      "Chat from him " + mark, "Chat from coach " + mark, "Feedback " + mark]}


def make_export(b):
    r = b.get("/account/privacy/export")
    assert r.status == 200, r
    r = b.post("/account/privacy/export", {})
    assert r.status == 303 and r.header("location") == "/account/privacy/export", r
    return r


def export_row(uid):
    rows = sql("SELECT name, json_bytes, html_bytes FROM exports WHERE user_id = ? "
               "ORDER BY id", uid)
    return rows


def test_his_export_holds_all_of_his_data_and_none_of_another_members():
    b, handle, uid = user("member", "ex")
    other_b, other, other_id = user("member", "ex")
    _, coach, coach_id = user("coach", "exc")
    sql("UPDATE users SET bio = ? WHERE id = ?", HOSTILE, uid)
    mine = seed(uid, coach_id, "mine-" + secrets.token_hex(4))
    theirs = seed(other_id, coach_id, "theirs-" + secrets.token_hex(4))
    # The other member backs his post: that backing is the other's, not his.
    sql("INSERT INTO backings (post_id, user_id, body, body_html) VALUES (?, ?, ?, '')",
        mine["post"], other_id, "Backing by the other " + theirs["texts"][0])

    make_export(b)
    page = b.get("/account/privacy/export")
    assert "/account/privacy/export.json" in page.text and "/account/privacy/export.html" in page.text
    j = b.get("/account/privacy/export.json")
    assert j.status == 200, j
    assert j.header("content-type").startswith("application/json")
    assert j.header("content-disposition") == \
        'attachment; filename="opbak-%s-%s.json"' % (handle, sql("SELECT UTC_DATE()")[0][0])
    assert "no-store" in ",".join(v for k, v in j.headers if k == "cache-control")
    assert j.header("x-accel-redirect") is None  # nginx's, never the browser's
    h = b.get("/account/privacy/export.html")
    assert h.status == 200 and h.header("content-type").startswith("text/html")
    assert "script-src" not in (h.header("content-security-policy") or "")  # no script at all
    data = json.loads(j.body.decode("utf-8"))
    text = j.body.decode("utf-8")

    assert data["format"] == "opbak-export-1"
    assert data["account"]["handle"] == handle
    assert data["account"]["bio"] == HOSTILE  # every character back exactly
    assert "<" not in text and "</script" not in text  # escaped even inside JSON
    for t in mine["texts"]:
        assert t in text, t
        assert html.escape(t, quote=False) in h.text, t
    for t in theirs["texts"] + ["Staff note"]:
        assert t not in text, t
        assert t not in h.text, t
    assert other not in text and other not in h.text

    assert [p["title"] for p in data["posts"]] == [mine["texts"][0]]
    assert [x["body"] for x in data["backings"]] == [mine["texts"][2]]
    q = data["questions"][0]
    assert [m["from"] for m in q["messages"]] == ["support person " + coach]
    assert q["allow_publish"] == 1
    assert data["goals"][0]["comments"][0]["from"] == coach
    chats = data["chats"]
    assert len(chats) == 1 and chats[0]["with"] == coach
    assert [m["from"] for m in chats[0]["messages"]] == ["you", coach]
    kinds = {c["kind"] for c in data["consents"]}
    assert {"goal shared with coach", "question may be published", "posts in feeds"} <= kinds
    assert all("hash" not in k for s in data["sessions"] for k in s)
    assert sql("SELECT token_hash FROM sessions WHERE user_id = ?", uid)[0][0] not in text

    # The readable page: his language, every value escaped, no script.
    assert re.search(r'<html lang="en">', h.text)
    assert "<script" not in h.text
    assert html.escape(HOSTILE, quote=False) in h.text or \
        html.escape(HOSTILE) in h.text


def test_the_files_are_private_and_their_sizes_recorded():
    b, handle, uid = user("member", "ex")
    make_export(b)
    rows = export_row(uid)
    assert len(rows) == 1
    name, json_bytes, html_bytes = rows[0]
    assert re.fullmatch(r"[0-9a-f]{32}", name)
    for ext, size in (("json", json_bytes), ("html", html_bytes)):
        path = os.path.join(EXPORTS, name + "." + ext)
        st = os.stat(path)
        assert st.st_mode & 0o777 == 0o600
        assert st.st_size == int(size) > 0
    assert not [f for f in os.listdir(EXPORTS) if f.endswith(".part")]  # no temporary left
    page = b.get("/account/privacy/export")
    assert "/account/privacy" in page.text


def test_nobody_else_reaches_his_export():
    b, handle, uid = user("member", "ex")
    make_export(b)
    name = export_row(uid)[0][0]
    body = b.get("/account/privacy/export.json").body

    peer, _, _ = user("member", "ex")
    for path in ("/account/privacy/export.json", "/account/privacy/export.html"):
        r = peer.get(path)
        assert r.status == 404 and body not in r.body, r
    admin, _, _ = user("admin", "exa")
    assert admin.get("/account/privacy/export.json").status == 404
    for who in (Browser(), peer, b):
        for ext in ("json", "html"):
            r = who.get("/_exports/%s.%s" % (name, ext))
            assert r.status == 404 and body not in r.body, r
    anon = Browser()
    r = anon.get("/account/privacy/export.json")
    assert r.status == 303 and r.header("location").startswith("/account/login?next="), r
    assert anon.get("/account/privacy/export").status == 303
    r = anon.post("/account/privacy/export", {})
    assert r.status in (403, 400) and len(export_row(uid)) == 1


def test_an_export_older_than_a_day_is_gone():
    b, handle, uid = user("member", "ex")
    make_export(b)
    assert b.get("/account/privacy/export.json").status == 200
    sql("UPDATE exports SET created_at = NOW() - INTERVAL 25 HOUR WHERE user_id = ?", uid)
    for path in ("/account/privacy/export.json", "/account/privacy/export.html"):
        r = b.get(path)
        assert r.status == 404 and "opbak-export-1" not in r.text, r
    page = b.get("/account/privacy/export")
    assert "/account/privacy/export.json" not in page.text


def test_a_second_export_within_a_minute_is_refused_and_nothing_written():
    b, handle, uid = user("member", "ex")
    make_export(b)
    files = sorted(os.listdir(EXPORTS))
    r = b.post("/account/privacy/export", {})
    assert r.status == 429 and "minute" in r.text, r
    assert len(export_row(uid)) == 1
    assert sorted(os.listdir(EXPORTS)) == files
    # A minute later he may: the newest is the one handed out.
    sql("UPDATE exports SET created_at = NOW() - INTERVAL 2 MINUTE WHERE user_id = ?", uid)
    make_export(b)
    rows = export_row(uid)
    assert len(rows) == 2
    body = b.get("/account/privacy/export.json").body
    # Only the newest is handed out; the files of the one before are gone.
    assert not [f for f in os.listdir(EXPORTS) if f.startswith(rows[0][0])]
    with open(os.path.join(EXPORTS, rows[1][0] + ".json"), "rb") as f:
        assert f.read() == body
    assert len(json.loads(body)["exports"]) == 1  # the earlier one, listed


def test_the_readable_page_speaks_his_language():
    b, handle, uid = user("member", "ex")
    sql("UPDATE users SET lang = 'da' WHERE id = ?", uid)
    make_export(b)
    h = b.get("/account/privacy/export.html")
    assert h.status == 200 and '<html lang="da">' in h.text
    assert handle in h.text


def test_without_its_folder_an_export_is_refused_and_nothing_written():
    b, handle, uid = user("member", "ex")
    b.get("/account/privacy/export")
    away = EXPORTS + ".away"
    os.rename(EXPORTS, away)
    try:
        r = b.post("/account/privacy/export", {})
    finally:
        os.rename(away, EXPORTS)
    assert r.status == 503 and "Nothing was written" in r.text, r
    assert export_row(uid) == []
    assert b.get("/account/privacy/export.json").status == 404
