"""
Hostile text comes back exactly as typed, escaped, and never runs: SQL
metacharacters are only text to a prepared statement, HTML is only text to
the template.
"""
import re
import secrets
import urllib.parse

from opbak import Browser, escaped, hexed, register, sql
from post_helpers import by_day, member, one, write_post

# Text that would break out of a hand-built SQL string literal in every
# common way: quotes of both kinds, a backslash, comment starts, LIKE
# wildcards, a statement separator and a tautology.
SQL_TITLE = "Robert'); DROP TABLE posts;-- \"quoted\" back\\slash 100% _x_ /*"
SQL_BODY = "1' OR '1'='1'; UPDATE users SET role = 'admin' WHERE '1'='1 -- #"


def roles():
    return sql("SELECT role, COUNT(*) FROM users GROUP BY role ORDER BY role")


@by_day
def test_sql_metacharacters_in_a_post_are_stored_as_typed_and_shown_back_escaped():
    b, handle = member("esc", days_old=3)
    posts_before = int(one("SELECT COUNT(*) FROM posts"))
    roles_before = roles()
    tag = "zq" + secrets.token_hex(4)
    title = tag + " " + SQL_TITLE
    post_id = write_post(b, title=title, body=SQL_BODY)
    # stored byte for byte, every table where it was, nothing else touched
    assert sql("SELECT HEX(title), HEX(body) FROM posts WHERE id = ?", post_id) == \
        [[hexed(title), hexed(SQL_BODY)]]
    assert int(one("SELECT COUNT(*) FROM posts")) == posts_before + 1
    assert roles() == roles_before
    assert one("SELECT role FROM users WHERE handle = ?", handle) == "member"
    # shown back as text, escaped exactly once, on the post's own page
    page = b.get("/p/%d" % post_id)
    assert page.status == 200
    assert '<h1 id="post-title">%s</h1>' % escaped(title) in page.text
    # the body through Markdown, which escapes only <>&" (none here)
    assert '<div class="body"><p>%s</p>' % SQL_BODY in page.text


@by_day
def test_a_search_with_sql_metacharacters_finds_only_what_matches_and_shows_the_words_escaped():
    b, _ = member("esc", days_old=3)
    tag = "zq" + secrets.token_hex(4)
    post_id = write_post(b, title=tag + " homework piles up", body="What do you do about it?")
    other = write_post(b, title="Nothing to do with it", body="Another post entirely.")
    q = tag + "' OR '1'='1' -- \" %"
    r = Browser().get("/search?q=" + urllib.parse.quote(q))
    assert r.status == 200
    # a tautology that reached SQL as code would list every post
    found = set(int(i) for i in re.findall(r'href="/p/(\d+)"', r.text))
    assert found == {post_id}, (found, other)
    assert 'name="q" type="search" value="%s"' % escaped(q) in r.text


def test_a_handle_with_metacharacters_is_refused_by_its_rule_and_shown_back_escaped():
    b = Browser()
    before = sql("SELECT COUNT(*) FROM users")
    handle = "x'; DROP TABLE users;--"
    r = register(b, handle)
    assert r.status == 400
    assert 'value="x&#39;; DROP TABLE users;--"' in r.text
    assert "may only hold the letters" in r.text or "too long" in r.text
    assert sql("SELECT COUNT(*) FROM users") == before


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
