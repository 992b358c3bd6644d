"""
Anonymous pages from nginx's cache (issue 9): a page a visitor without a
session reads is the same for everyone, so nginx keeps it for a second
and hands it to every such visitor; a member passes the cache by and sees
his own writes and a moderator's hide at once; a visitor sees either
within about a second. Nothing of one browser (a cookie, a form's token)
ever reaches another through the cache, and a feed reader asking again
with the ETag he has gets 304 without the body.
"""
import re

from opbak import Browser, sql, visitor
from post_helpers import ADMIN, SOFIE, by_day, staff, write_post
from probe_helpers import routes
from test_feed import fresh_topic, hide, person, post_ids, word

SHARED = [r for r in routes() if r.shared]


def shared_paths():
    """A real address for every shared route, in table order."""
    slug = sql("SELECT slug FROM topics ORDER BY id LIMIT 1")[0][0]
    post, handle = sql("SELECT p.id, u.handle FROM posts p JOIN users u ON u.id = p.user_id "
                       "WHERE p.status = 'visible' ORDER BY p.id DESC LIMIT 1")[0]
    out = []
    for r in SHARED:
        path = r.pattern.replace("/p/#", "/p/%s" % post)
        path = path.replace("/u/*", "/u/" + handle).replace("/t/*", "/t/" + slug)
        path = path.replace("/articles/*", "/articles/when-your-parents-split-up")  # the demo's
        path = path.replace("/podcast/*", "/podcast/two-homes")  # sql/demo/podcast.sql
        assert "*" not in path and "#" not in path, r
        out.append(path + ("?q=family" if path == "/search" else ""))
    return out


def test_every_shared_page_is_the_same_for_every_visitor_and_comes_from_the_cache():
    assert {"/", "/t/*", "/p/#", "/feed.xml"} <= {r.pattern for r in SHARED}
    seeded = Browser()
    seeded.get("/account/login")  # a visitor who has seen a form: a seed cookie
    assert "opbak_csrf" in seeded.cookies
    for path in shared_paths():
        first = Browser().get(path)
        assert first.status == 200, path
        assert first.cookies_set() == [], (path, first.cookies_set())
        assert 'name="csrf"' not in first.text, path
        assert "Log out" not in first.text, path
        again = seeded.get(path)  # another visitor, within the second
        assert again.header("x-cache") in ("HIT", "UPDATING", "STALE"), (path, again.headers)
        assert again.cookies_set() == [], path


@by_day
def test_a_member_passes_the_cache_by_and_sees_his_own_post_at_once():
    b, _, _ = person("ca")
    Browser().get("/")  # the visitors' copy, kept for a second
    r = b.get("/")
    assert r.header("x-cache") == "BYPASS"
    assert "Log out" in r.text and 'name="csrf"' in r.text
    pid = write_post(b, title="Seen at once", topic="family")
    assert post_ids(b.get("/").text)[0] == pid
    assert pid in post_ids(b.get("/t/family").text)
    # and a visitor within about a second
    assert pid in post_ids(visitor("/", lambda r: pid in post_ids(r.text)).text)


@by_day
def test_a_members_search_finds_a_post_written_a_moment_ago():
    b, _, _ = person("ca")
    tag = word()
    for _ in range(3):  # every worker keeps "no match" for the word now
        assert "No posts match" in b.get("/search?q=" + tag).text
    pid = write_post(b, title="About " + tag, body="Words about %s and more." % tag)
    for _ in range(3):
        assert pid in post_ids(b.get("/search?q=" + tag).text)


@by_day
def test_a_hidden_post_is_gone_for_members_at_once_and_for_visitors_soon_after():
    author, _, _ = person("ca")
    reader, _, _ = person("ca")
    pid = write_post(author, title="Hidden soon")
    assert visitor("/p/%d" % pid, lambda r: r.status == 200).status == 200
    assert reader.get("/p/%d" % pid).status == 200
    assert pid in post_ids(reader.get("/").text)  # his workers keep the list now
    hide(pid)
    assert reader.get("/p/%d" % pid).status == 404
    assert pid not in post_ids(reader.get("/").text)
    assert visitor("/p/%d" % pid, lambda r: r.status == 404).status == 404
    assert pid not in post_ids(visitor("/", lambda r: pid not in post_ids(r.text)).text)


def test_a_form_a_refusal_or_a_head_is_never_kept_for_the_next_visitor():
    bad = "/?before=x"
    assert Browser().get(bad).status == 400
    r = Browser().get(bad)
    assert r.status == 400 and r.header("x-cache") != "HIT"
    login = Browser().get("/account/login")
    assert any(c.startswith("opbak_csrf=") for c in login.cookies_set())
    assert Browser().get("/account/login").cookies_set() != []  # each visitor his own
    head = Browser().request("HEAD", "/leaderboard")
    assert head.status == 200 and head.body == b""
    r = Browser().get("/leaderboard")
    assert r.status == 200 and "</html>" in r.text


def test_a_renamed_topic_shows_to_members_at_once():
    admin = staff(ADMIN)
    reader, _, _ = person("ca")
    slug = fresh_topic()
    tid = sql("SELECT id FROM topics WHERE slug = ?", slug)[0][0]
    for _ in range(3):  # every worker keeps the pages now
        assert "Topic " + slug in reader.get("/").text
        assert "Topic " + slug in reader.get("/t/" + slug).text
    admin.get("/admin/topics")
    r = admin.post("/admin/topics", {"id": str(tid), "name": "Renamed " + slug,
                                             "description": "Now about " + slug,
                                             "position": "1000"})
    assert r.status == 303, r
    for _ in range(3):
        assert "Renamed " + slug in reader.get("/").text
        page = reader.get("/t/" + slug).text
        assert "Renamed " + slug in page and "Now about " + slug in page


def test_a_moderator_sees_pages_as_himself_not_as_a_visitor():
    mod = staff(SOFIE)
    r = mod.get("/")
    assert r.header("x-cache") == "BYPASS" and "Log out" in r.text


@by_day
def test_a_feed_reader_asking_again_with_its_etag_gets_304_without_the_body():
    first = Browser().get("/feed.xml")
    tag = first.header("etag")
    assert first.status == 200 and re.fullmatch(r'"[0-9a-f]{32}"', tag), tag
    again = Browser().request("GET", "/feed.xml", headers={"If-None-Match": tag})
    assert again.status == 304 and again.body == b""
    other = Browser().request("GET", "/feed.xml", headers={"If-None-Match": '"0000"'})
    assert other.status == 200 and other.body
    # a new public post changes the feed and its tag
    b, _, _ = person("ca")
    pid = write_post(b, title="News for the feed", public=True)
    r = visitor("/feed.xml", lambda r: "/p/%d<" % pid in r.text)
    assert r.status == 200 and r.header("etag") != tag
    assert Browser().request("GET", "/feed.xml",
                             headers={"If-None-Match": tag}).status == 200
