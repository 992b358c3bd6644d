"""
Articles (cgi-bin/media): the editor's desk under /editor and the public
pages under /articles. An editor writes a draft (not public: 404), looks
at its preview, publishes it (in the list, on its page, in the feed, on
its topic's page), edits its title (the address stays), schedules one for
later (public only once its time has come, with no job), unpublishes
(404 again) and deletes (with a confirmation). Publishing, scheduling,
unpublishing and deleting are in the audit log. Bad input is refused
with the form filled in again and nothing written. Only editors and
admins reach the desk.
"""
import datetime
import re
import secrets
import xml.etree.ElementTree as ET
from zoneinfo import ZoneInfo

from opbak import Browser, sql, visitor
from post_helpers import ADMIN, SOFIE, member, staff

EDITOR = ("editor", "demo-password-editor")
BODY = "## Why it matters\n\nTalk to **someone you trust**. It helps.\n\n- one\n- two\n"


def fields(title=None, topic="friends", body=BODY, summary="A short summary for the list.",
           slug=""):
    return {"title": title or "An article " + secrets.token_hex(3), "slug": slug,
            "summary": summary, "topic": topic, "body": body}


def new_article(b, **kw):
    """A draft written through the form; its id."""
    b.get("/editor/new")
    r = b.post("/editor/new", fields(**kw))
    assert r.status == 303, r
    m = re.fullmatch(r"/editor/(\d+)\?done=saved", r.header("location"))
    assert m, r.header("location")
    return int(m.group(1))


def slug_of(aid):
    return sql("SELECT slug FROM articles WHERE id = ?", aid)[0][0]


def audit(aid, action):
    return sql("SELECT COUNT(*) FROM audit_log WHERE action = ? AND detail LIKE ?",
               action, "article %d %%" % aid)[0][0]


def count():
    return sql("SELECT COUNT(*) FROM articles")[0][0]


def act(b, aid, what, data=None):
    b.get("/editor/%d" % aid)
    return b.post("/editor/%d/%s" % (aid, what), data or {})


def public(path):
    """What a visitor sees at path, past nginx's one-second copy."""
    return visitor(path, lambda r: r.status == 200, seconds=3)


def test_a_draft_is_not_public_and_its_preview_shows_the_page():
    ed = staff(EDITOR)
    title = "Draft story " + secrets.token_hex(3)
    aid = new_article(ed, title=title)
    slug = slug_of(aid)
    assert slug.startswith("draft-story-")
    assert Browser().get("/articles/" + slug).status == 404
    assert title not in Browser().get("/articles").text
    desk = ed.get("/editor").text
    assert title in desk and "My drafts" in desk
    pre = ed.get("/editor/%d/preview" % aid)
    assert pre.status == 200
    assert "Preview" in pre.text and "<h2>Why it matters</h2>" in pre.text
    assert "<strong>someone you trust</strong>" in pre.text
    assert 'href="/t/friends"' in pre.text
    assert audit(aid, "article_publish") == "0"


def test_publish_shows_it_everywhere_and_is_audited():
    ed = staff(EDITOR)
    title = "Published story " + secrets.token_hex(3)
    aid = new_article(ed, title=title, topic="gaming-and-free-time")
    r = act(ed, aid, "publish")
    assert r.status == 303 and r.header("location") == "/editor/%d?done=published" % aid, r
    slug = slug_of(aid)
    page = public("/articles/" + slug)
    assert page.status == 200 and title in page.text
    assert 'href="/t/gaming-and-free-time"' in page.text
    assert title in visitor("/articles", lambda r: title in r.text).text
    topic = visitor("/t/gaming-and-free-time", lambda r: title in r.text)
    assert 'href="/articles/%s"' % slug in topic.text
    assert audit(aid, "article_publish") == "1"
    assert sql("SELECT actor_id = (SELECT id FROM users WHERE handle = 'editor') FROM audit_log "
               "WHERE action = 'article_publish' AND detail LIKE ?", "article %d %%" % aid) \
        == [["1"]]
    listing = Browser().get("/articles").text
    assert '<link rel="alternate" type="application/rss+xml"' in listing
    assert 'href="/articles/feed.xml"' in listing


def test_the_address_stays_when_the_title_changes_after_publishing():
    ed = staff(EDITOR)
    aid = new_article(ed, title="First title " + secrets.token_hex(3))
    act(ed, aid, "publish")
    slug = slug_of(aid)
    new_title = "A better title " + secrets.token_hex(3)
    ed.get("/editor/%d" % aid)
    r = ed.post("/editor/%d" % aid, fields(title=new_title, slug="tried-to-move-it"))
    assert r.status == 303, r
    assert slug_of(aid) == slug
    assert new_title in visitor("/articles/" + slug, lambda r: new_title in r.text).text
    assert Browser().get("/articles/tried-to-move-it").status == 404


def test_a_chosen_address_and_a_clash():
    ed = staff(EDITOR)
    slug = "chosen-" + secrets.token_hex(3)
    aid = new_article(ed, slug=slug)
    assert slug_of(aid) == slug
    n = count()
    ed.get("/editor/new")
    r = ed.post("/editor/new", fields(slug=slug, title="Another one here"))
    assert r.status == 400, r
    assert "Another article has this address" in r.text
    assert 'value="Another one here"' in r.text
    assert count() == n


def test_a_scheduled_article_is_public_only_once_its_time_has_come():
    ed = staff(EDITOR)
    title = "Scheduled story " + secrets.token_hex(3)
    aid = new_article(ed, title=title)
    zone = ZoneInfo(sql("SELECT value FROM settings WHERE name = 'site_timezone'")[0][0])
    at = (datetime.datetime.now(zone) + datetime.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    r = act(ed, aid, "schedule", {"at": at})
    assert r.status == 303 and r.header("location") == "/editor/%d?done=scheduled" % aid, r
    stored = sql("SELECT status, DATE_FORMAT(publish_at, '%Y-%m-%dT%H:%i') FROM articles "
                 "WHERE id = ?", aid)[0]
    want = datetime.datetime.strptime(at, "%Y-%m-%dT%H:%M").replace(tzinfo=zone) \
        .astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M")
    assert stored == ["scheduled", want]
    slug = slug_of(aid)
    assert Browser().get("/articles/" + slug).status == 404
    assert title not in Browser().get("/articles/feed.xml").text
    assert "Scheduled" in ed.get("/editor").text
    assert audit(aid, "article_schedule") == "1"
    # its time comes: nothing runs, the page is there
    sql("UPDATE articles SET publish_at = UTC_TIMESTAMP() - INTERVAL 1 MINUTE WHERE id = ?", aid)
    assert public("/articles/" + slug).status == 200
    assert title in visitor("/articles/feed.xml", lambda r: title in r.text).text


def test_scheduling_in_the_past_or_no_time_is_refused():
    ed = staff(EDITOR)
    aid = new_article(ed)
    for at in ("2020-01-01T10:00", "2026-02-31T10:00", "tomorrow at ten", "2026-13-01T10:00"):
        r = act(ed, aid, "schedule", {"at": at})
        assert r.status == 400, (at, r)
        assert 'aria-invalid="true"' in r.text
        assert sql("SELECT status, publish_at IS NULL FROM articles WHERE id = ?", aid) == \
            [["draft", "1"]]
    assert audit(aid, "article_schedule") == "0"


def test_unpublish_makes_it_404_and_delete_needs_a_confirmation():
    ed = staff(EDITOR)
    title = "Gone soon " + secrets.token_hex(3)
    aid = new_article(ed, title=title)
    act(ed, aid, "publish")
    slug = slug_of(aid)
    assert public("/articles/" + slug).status == 200
    r = act(ed, aid, "unpublish")
    assert r.status == 303 and r.header("location") == "/editor/%d?done=unpublished" % aid, r
    gone = visitor("/articles/" + slug, lambda r: r.status == 404)
    assert gone.status == 404
    assert title not in visitor("/articles/feed.xml", lambda r: title not in r.text).text
    assert audit(aid, "article_unpublish") == "1"
    confirm = ed.get("/editor/%d/delete" % aid)
    assert confirm.status == 200 and "cannot be undone" in confirm.text
    assert sql("SELECT COUNT(*) FROM articles WHERE id = ?", aid) == [["1"]]
    r = ed.post("/editor/%d/delete" % aid)
    assert r.status == 303 and r.header("location") == "/editor?done=deleted", r
    assert sql("SELECT COUNT(*) FROM articles WHERE id = ?", aid) == [["0"]]
    assert audit(aid, "article_delete") == "1"
    assert ed.get("/editor/%d" % aid).status == 404


def test_bad_input_is_400_with_the_form_kept_and_nothing_written():
    ed = staff(EDITOR)
    n = count()
    cases = [
        (fields(title="abc"), "title"),
        (fields(title="x" * 121), "title"),
        (fields(summary="short"), "summary"),
        (fields(summary="s" * 301), "summary"),
        (fields(body=""), "body"),
        (fields(body="b" * 20001), "body"),
        (fields(topic="no-such-topic"), "topic"),
        (fields(topic="ÆØÅ"), "topic"),
        (fields(body="Hello <script>alert(1)</script> there"), "body"),
        (fields(body="[click](javascript:alert(1))"), "body"),
        (fields(slug="Not A Slug!"), "slug"),
    ]
    for data, bad in cases:
        ed.get("/editor/new")
        r = ed.post("/editor/new", data)
        assert r.status == 400, (bad, data["title"], r)
        assert re.search(r'id="%s"[^>]*aria-invalid="true"' % bad, r.text), (bad, r.text[-3000:])
        if len(data["summary"]) <= 300:
            assert data["summary"] in r.text
    assert count() == n


def test_a_bad_edit_keeps_the_article_as_it_was():
    ed = staff(EDITOR)
    title = "Kept as it was " + secrets.token_hex(3)
    aid = new_article(ed, title=title)
    ed.get("/editor/%d" % aid)
    r = ed.post("/editor/%d" % aid, fields(title="Changed title", topic="no-such-topic"))
    assert r.status == 400
    assert 'value="Changed title"' in r.text
    assert sql("SELECT title FROM articles WHERE id = ?", aid) == [[title]]


def test_who_reaches_the_desk():
    assert Browser().get("/editor").header("location").startswith("/account/login?next=")
    m, _ = member("ed")
    assert m.get("/editor").status == 403
    assert m.get("/editor/new").status == 403
    assert staff(SOFIE).get("/editor").status == 403
    assert staff(ADMIN).get("/editor").status == 200
    ed = staff(EDITOR)
    aid = new_article(ed)
    m.get("/")
    assert m.post("/editor/%d/publish" % aid).status == 403
    assert sql("SELECT status FROM articles WHERE id = ?", aid) == [["draft"]]


def test_the_feed_parses_and_holds_the_published_articles_only():
    ed = staff(EDITOR)
    pub_title = "In the feed " + secrets.token_hex(3)
    draft_title = "Not in the feed " + secrets.token_hex(3)
    aid = new_article(ed, title=pub_title)
    act(ed, aid, "publish")
    new_article(ed, title=draft_title)
    r = visitor("/articles/feed.xml", lambda r: pub_title in r.text)
    assert r.status == 200
    assert r.header("content-type").startswith("application/rss+xml")
    assert r.header("cache-control") == "public, max-age=60"
    root = ET.fromstring(r.body)
    assert root.tag == "rss" and root.get("version") == "2.0"
    titles = [i.findtext("title") for i in root.iter("item")]
    assert pub_title in titles and draft_title not in titles
    public_titles = set(row[0] for row in sql(
        "SELECT title FROM articles WHERE public_at <= NOW() ORDER BY public_at DESC, id DESC "
        "LIMIT 20"))
    assert set(titles) == public_titles
    for item in root.iter("item"):
        assert re.fullmatch(r"https?://[^/]+/articles/[a-z0-9-]+", item.findtext("link"))


def test_the_feed_answers_conditional_gets():
    r = public("/articles/feed.xml")
    etag, modified = r.header("etag"), r.header("last-modified")
    assert etag and modified
    again = Browser().request("GET", "/articles/feed.xml", headers={"If-None-Match": etag})
    assert again.status == 304 and again.body == b""
    since = Browser().request("GET", "/articles/feed.xml",
                              headers={"If-Modified-Since": modified})
    assert since.status == 304


def test_anonymous_article_pages_are_shared_and_set_no_cookie():
    slug = "when-your-parents-split-up"
    for path in ("/articles", "/articles/" + slug):
        r = public(path)
        assert r.status == 200
        assert r.cookies_set() == []
        assert 'name="csrf"' not in r.text
        assert r.header("x-cache") in ("MISS", "HIT", "UPDATING", "STALE", "EXPIRED")
    assert 'href="/articles"' in Browser().get("/").text  # the footer's link
