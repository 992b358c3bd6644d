"""
Hostile text comes back exactly as typed, escaped, and never runs: SQL
metacharacters are only text to a prepared statement, HTML is only text to
the template.
"""
import secrets

from opbak import Browser, register, sql


def test_a_handle_with_sql_metacharacters_is_refused_and_shown_back_escaped():
    b = Browser()
    before = sql("SELECT COUNT(*) FROM users")
    handle = "x'; DROP TABLE users;--"
    r = register(b, handle)
    assert r.status == 400
    assert 'value="x&#39;; DROP TABLE users;--"' in r.text
    assert "may only hold the letters" in r.text or "too long" in r.text
    assert sql("SELECT COUNT(*) FROM users") == before  # the table is there, unchanged


def test_a_login_with_sql_metacharacters_is_just_a_wrong_login():
    b = Browser()
    b.get("/account/login")
    r = b.post("/account/login", {"handle": "admin' OR '1'='1", "password": "' OR '1'='1"})
    assert r.status == 403
    assert "opbak_session" not in b.cookies
    assert 'value="admin&#39; OR &#39;1&#39;=&#39;1"' in r.text


def test_a_bio_holding_script_is_stored_literally_and_shown_escaped():
    b = Browser()
    handle = "esc_" + secrets.token_hex(4)
    register(b, handle)
    bio = '<script>alert("x")</script> & <b>bold</b>'
    assert b.post("/account/settings/profile", {"bio": bio}).status == 303
    assert sql("SELECT bio FROM users WHERE handle = ?", handle) == [[bio]]
    page = b.get("/account/settings").text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in page


def test_unicode_text_survives_the_round_trip():
    b = Browser()
    handle = "uni_" + secrets.token_hex(4)
    register(b, handle)
    bio = "Søren, Åsa og Jürgen 💪 — “quotes”"
    assert b.post("/account/settings/profile", {"bio": bio}).status == 303
    assert sql("SELECT bio FROM users WHERE handle = ?", handle) == [[bio]]
    assert ">" + bio + "</textarea>" in b.get("/account/settings").text  # as typed, unmangled
