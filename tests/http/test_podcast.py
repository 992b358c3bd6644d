"""
The podcast (cgi-bin/media): the show and its episodes at the editor's
desk (/editor/show, /editor/episodes), the public pages under /podcast and
the feed podcast apps follow (/podcast/feed.xml). The editor saves the
show (its podcast:guid is UUID v5 of the feed's URL, as the Podcasting 2.0
namespace says), makes an episode, is refused publishing it without audio,
gets its audio (set here in SQL, a small file in the media folder: the
uploads have their own tests), publishes it: the page plays it, lists its
chapters and shows its transcript; the feed carries every tag Apple and
the podcast namespace ask for, with the right values, only for published
episodes whose time has come. Bad input is refused with the form filled in
again and nothing written; only editors and admins reach the desk.
"""
import datetime
import email.utils
import os
import re
import secrets
import shutil
import subprocess
import uuid
import xml.etree.ElementTree as ET

from opbak import Browser, sql, visitor
from post_helpers import member, staff

EDITOR = ("editor", "demo-password-editor")
BASE = os.environ.get("OPBAK_URL", "http://127.0.0.1:8080").rstrip("/")
MEDIA = os.path.join(os.environ.get("STACK_DIR", "var"), "media")
NS = {"itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
      "podcast": "https://podcastindex.org/namespace/1.0",
      "atom": "http://www.w3.org/2005/Atom"}
SHOW = {"title": "Opbak: the podcast", "description": "Young men talk about what comes up.",
        "author": "The Opbak team", "owner_name": "Opbak", "owner_email": "pod@opbak.example",
        "language": "en", "category": "Health & Fitness/Mental Health",
        "copyright": "(c) 2026 Opbak", "locked": "1"}
CHAPTERS = "0:00 Intro\n0:07 The hard part\n1:02:03 What helped"


def episode_fields(title=None, **kw):
    f = {"title": title or "Episode " + secrets.token_hex(3), "slug": "",
         "description": "Talk to **someone you trust**.\n\n- one\n- two", "topic": "family",
         "season": "", "episode_number": "", "episode_type": "full", "chapters": CHAPTERS}
    f.update(kw)
    return f


def new_episode(b, **kw):
    b.get("/editor/episodes/new")
    r = b.post("/editor/episodes/new", episode_fields(**kw))
    assert r.status == 303, r
    m = re.fullmatch(r"/editor/episodes/(\d+)\?done=saved", r.header("location"))
    assert m, r.header("location")
    return int(m.group(1))


def col(eid, column):
    return sql("SELECT %s FROM episodes WHERE id = ?" % column, eid)[0][0]


def give_audio(eid):
    """The episode's audio as an upload would leave it: a file in the media
    folder and its columns. Returns (path, bytes)."""
    name = "audio/test-%s.mp3" % secrets.token_hex(6)
    os.makedirs(os.path.join(MEDIA, "audio"), exist_ok=True)
    shutil.copyfile(__file__, os.path.join(MEDIA, name))
    size = os.path.getsize(os.path.join(MEDIA, name))
    sql("UPDATE episodes SET audio_path = ?, audio_type = 'audio/mpeg', audio_bytes = ?, "
        "duration_s = 754 WHERE id = ?", name, size, eid)
    return name, size


def act(b, eid, what, data=None):
    b.get("/editor/episodes/%d" % eid)
    return b.post("/editor/episodes/%d/%s" % (eid, what), data or {})


def audit(eid, action):
    return int(sql("SELECT COUNT(*) FROM audit_log WHERE action = ? AND detail LIKE ?",
                   action, "episode %d %%" % eid)[0][0])


def feed(ready=lambda root: True):
    """The feed as a podcast app reads it (past nginx's one-second copy)."""
    got = {}

    def ok(r):
        if r.status != 200:
            return False
        got["root"] = ET.fromstring(r.body)
        got["r"] = r
        return ready(got["root"])
    visitor("/podcast/feed.xml", ok, seconds=4)
    assert "root" in got
    return got["r"], got["root"]


def item(root, guid):
    for it in root.iter("item"):
        if it.findtext("guid") == guid:
            return it
    return None


def save_show(b, **kw):
    b.get("/editor/show")
    return b.post("/editor/show", dict(SHOW, **kw))


def test_the_show_is_saved_and_its_guid_is_the_uuid5_of_the_feed_url():
    ed = staff(EDITOR)
    sql("UPDATE podcast_show SET guid = NULL WHERE id = 1")  # as before its first save
    r = save_show(ed, title="Opbak talks")
    assert r.status == 303 and r.header("location") == "/editor/show?done=saved"
    row = sql("SELECT title, author, owner_email, language, category, subcategory, locked, guid "
              "FROM podcast_show WHERE id = 1")[0]
    assert row[:7] == ["Opbak talks", "The Opbak team", "pod@opbak.example", "en",
                       "Health & Fitness", "Mental Health", "1"]
    url = BASE.split("://", 1)[1] + "/podcast/feed.xml"
    want = str(uuid.uuid5(uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6"), url))
    assert row[7] == want
    # a later save keeps it, whatever else changes
    assert save_show(ed, title="Opbak: the podcast", category="Education/Self-Improvement",
                     owner_email="").status == 303
    assert sql("SELECT guid, category, subcategory, owner_email FROM podcast_show")[0] == \
        [want, "Education", "Self-Improvement", ""]
    page = ed.get("/editor/show?done=saved").text
    assert "The show is saved." in page and want in page
    assert 'action="/editor/show/artwork"' in page and 'enctype="multipart/form-data"' in page
    assert int(sql("SELECT COUNT(*) FROM audit_log WHERE action = 'podcast_show_save'")[0][0]) >= 2
    _, root = feed(lambda root: root.findtext("channel/podcast:guid", namespaces=NS) == want)
    assert root.findtext("channel/podcast:guid", namespaces=NS) == want
    assert save_show(ed).status == 303


def test_a_bad_show_form_is_refused_filled_in_and_nothing_is_written():
    ed = staff(EDITOR)
    assert save_show(ed).status == 303
    before = sql("SELECT * FROM podcast_show")
    r = save_show(ed, title="Changed title", owner_email="not an address",
                  category="Made-up category")
    assert r.status == 400
    assert "This is not an e-mail address" in r.text and "Choose one of Apple" in r.text
    assert 'value="Changed title"' in r.text
    assert sql("SELECT * FROM podcast_show") == before


def test_the_editor_s_journey_from_draft_to_feed():
    ed = staff(EDITOR)
    assert save_show(ed).status == 303
    title = "Two homes " + secrets.token_hex(3)
    eid = new_episode(ed, title=title, season="3", episode_number="7", explicit="1")
    guid = col(eid, "guid")
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
                        guid)
    slug = col(eid, "slug")
    assert slug.startswith("two-homes-")
    assert Browser().get("/podcast/" + slug).status == 404  # a draft
    desk = ed.get("/editor").text
    assert title in desk and "no audio yet" in desk
    page = ed.get("/editor/episodes/%d" % eid).text
    for form in ("audio", "image", "transcript"):
        assert 'action="/editor/episodes/%d/%s" enctype="multipart/form-data"' % (eid, form) \
            in page
    assert 'name="file" type="file"' in page
    # no audio: publishing and scheduling are refused, nothing changes
    r = act(ed, eid, "publish")
    assert r.status == 409 and "needs its audio" in r.text
    r = act(ed, eid, "schedule", {"at": "2099-06-01T10:00"})
    assert r.status == 409
    assert col(eid, "status") == "draft" and audit(eid, "episode_publish") == 0
    # the audio, then published
    path, size = give_audio(eid)
    sql("UPDATE episodes SET transcript_text = 'Welcome to the show.\nToday: two homes.', "
        "transcript_path = 'transcripts/t.vtt', transcript_type = 'text/vtt' WHERE id = ?", eid)
    r = act(ed, eid, "publish")
    assert r.status == 303 and r.header("location").endswith("?done=published")
    assert col(eid, "status") == "published" and audit(eid, "episode_publish") == 1
    pre = ed.get("/editor/episodes/%d/preview" % eid)
    assert pre.status == 200 and "Preview" in pre.text
    r = visitor("/podcast/" + slug, lambda r: r.status == 200, seconds=3)
    assert r.status == 200
    assert re.search(r'<audio controls preload="none">\s*<source src="/media/%s" '
                     r'type="audio/mpeg">' % re.escape(path), r.text)
    assert "<strong>someone you trust</strong>" in r.text
    assert '<time datetime="PT7S">0:07</time> <span data-user-text>The hard part</span>' in r.text
    assert '<time datetime="PT3723S">1:02:03</time>' in r.text
    assert "<p>Welcome to the show.</p>" in r.text and "<p>Today: two homes.</p>" in r.text
    assert 'href="/t/family"' in r.text and "12:34" in r.text
    assert 'rel="alternate" type="application/rss+xml"' in r.text
    listing = visitor("/podcast", lambda r: title in r.text, seconds=3)
    assert title in listing.text and 'href="/podcast/feed.xml"' in listing.text
    chapters = Browser().get("/podcast/%s/chapters.json" % slug)
    assert chapters.status == 200
    assert chapters.header("content-type").startswith("application/json+chapters")
    assert '{"startTime":7,"title":"The hard part"}' in chapters.text
    # the topic's page shows it as its newest episode
    topic = visitor("/t/family", lambda r: title in r.text, seconds=70)
    assert 'href="/podcast/%s"' % slug in topic.text

    r, root = feed(lambda root: item(root, guid) is not None)
    assert r.header("content-type").startswith("application/rss+xml")
    assert "max-age" in (r.header("cache-control") or "")
    ch = root.find("channel")
    assert root.tag == "rss" and root.get("version") == "2.0"
    f = lambda path: ch.findtext(path, namespaces=NS)  # noqa: E731
    assert f("title") == SHOW["title"] and f("description") == SHOW["description"]
    assert f("link") == BASE + "/podcast" and f("language") == "en"
    assert f("copyright") == SHOW["copyright"]
    assert f("itunes:author") == "The Opbak team" and f("itunes:explicit") == "false"
    assert f("itunes:type") == "episodic"
    assert f("itunes:owner/itunes:name") == "Opbak"
    assert f("itunes:owner/itunes:email") == "pod@opbak.example"
    cat = ch.find("itunes:category", NS)
    assert cat.get("text") == "Health & Fitness"
    assert cat.find("itunes:category", NS).get("text") == "Mental Health"
    assert ch.find("atom:link", NS).get("rel") == "self"
    assert ch.find("atom:link", NS).get("href") == BASE + "/podcast/feed.xml"
    locked = ch.find("podcast:locked", NS)
    assert locked.text == "yes" and locked.get("owner") == "pod@opbak.example"
    assert f("podcast:guid")
    if sql("SELECT artwork_path IS NOT NULL FROM podcast_show")[0][0] == "1":
        assert ch.find("itunes:image", NS).get("href").startswith(BASE + "/media/")
    it = item(root, guid)
    assert it.findtext("title") == title
    assert it.find("guid").get("isPermaLink") == "false"
    assert it.findtext("link") == BASE + "/podcast/" + slug
    enc = it.find("enclosure")
    assert enc.get("url") == BASE + "/media/" + path and enc.get("type") == "audio/mpeg"
    assert int(enc.get("length")) == size == os.path.getsize(os.path.join(MEDIA, path))
    assert int(enc.get("length")) == int(col(eid, "audio_bytes"))
    pub = it.findtext("pubDate")
    assert pub.endswith(" +0000") and email.utils.parsedate_to_datetime(pub).tzinfo
    assert "<strong>someone you trust</strong>" in it.findtext("description")
    g = lambda path: it.findtext(path, namespaces=NS)  # noqa: E731
    assert g("itunes:duration") == "754" and g("itunes:episode") == "7"
    assert g("itunes:season") == "3" and g("itunes:episodeType") == "full"
    assert g("itunes:explicit") == "true"
    tr = it.find("podcast:transcript", NS)
    assert tr.get("url") == BASE + "/media/transcripts/t.vtt" and tr.get("type") == "text/vtt"
    chap = it.find("podcast:chapters", NS)
    assert chap.get("url") == BASE + "/podcast/%s/chapters.json" % slug
    assert chap.get("type") == "application/json+chapters"
    if ch.find("itunes:image", NS) is not None:
        assert it.find("itunes:image", NS).get("href") == ch.find("itunes:image", NS).get("href")
    # libxml2 reads it too (xmllint): well-formed, and its XPath finds the
    # enclosure with the file's length under the namespaced item
    lint = subprocess.run(
        ["xmllint", "--noout", "--xpath",
         "string(//item[guid='%s']/enclosure/@length)" % guid, "-"],
        input=r.body, capture_output=True, check=False)
    assert lint.returncode == 0, lint.stderr
    assert lint.stdout.decode().strip() == str(os.path.getsize(os.path.join(MEDIA, path)))
    # conditional GETs
    etag = r.header("etag")
    assert etag and r.header("last-modified")
    again = Browser().request("GET", "/podcast/feed.xml", headers={"If-None-Match": etag})
    assert again.status == 304 and again.body == b""

    # a new title: the guid and the address stay
    ed.get("/editor/episodes/%d" % eid)
    r = ed.post("/editor/episodes/%d" % eid, episode_fields("A new title " + secrets.token_hex(2),
                                                            season="3", episode_number="7"))
    assert r.status == 303
    assert col(eid, "guid") == guid and col(eid, "slug") == slug
    _, root = feed(lambda root: item(root, guid) is not None
                   and item(root, guid).findtext("title").startswith("A new title"))
    assert item(root, guid).findtext("title").startswith("A new title")
    # unpublished: gone from the page and the feed
    r = act(ed, eid, "unpublish")
    assert r.status == 303 and audit(eid, "episode_unpublish") == 1
    _, root = feed(lambda root: item(root, guid) is None)
    assert item(root, guid) is None
    assert visitor("/podcast/" + slug, lambda r: r.status == 404, seconds=3).status == 404
    # deleted, after asking
    assert ed.get("/editor/episodes/%d/delete" % eid).status == 200
    r = act(ed, eid, "delete")
    assert r.status == 303 and r.header("location") == "/editor?done=episode_deleted"
    assert sql("SELECT COUNT(*) FROM episodes WHERE id = ?", eid)[0][0] == "0"
    assert audit(eid, "episode_delete") == 1


def test_a_scheduled_episode_is_in_the_feed_only_once_its_time_has_come():
    ed = staff(EDITOR)
    assert save_show(ed).status == 303
    eid = new_episode(ed)
    guid = col(eid, "guid")
    give_audio(eid)
    at = (datetime.datetime.now() + datetime.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    r = act(ed, eid, "schedule", {"at": at})
    assert r.status == 303 and audit(eid, "episode_schedule") == 1
    assert col(eid, "status") == "scheduled"
    _, root = feed()
    assert item(root, guid) is None
    assert Browser().get("/podcast/" + col(eid, "slug")).status == 404
    sql("UPDATE episodes SET publish_at = UTC_TIMESTAMP() - INTERVAL 1 MINUTE WHERE id = ?", eid)
    _, root = feed(lambda root: item(root, guid) is not None)
    assert item(root, guid) is not None
    # a time passed is refused, the field filled in again
    r = act(ed, eid, "schedule", {"at": "2001-01-01T10:00"})
    assert r.status == 400 and "That time has passed" in r.text
    assert 'value="2001-01-01T10:00"' in r.text
    # a draft with audio never reaches the feed
    draft = new_episode(ed)
    give_audio(draft)
    _, root = feed()
    assert item(root, col(draft, "guid")) is None
    sql("DELETE FROM episodes WHERE id IN (?, ?)", eid, draft)


def test_bad_episode_forms_are_refused_filled_in_and_nothing_is_written():
    ed = staff(EDITOR)
    taken = new_episode(ed, season="9", episode_number="42")
    count = sql("SELECT COUNT(*) FROM episodes")[0][0]
    cases = [
        (dict(season="two"), "Write a whole number"),
        (dict(episode_number="0"), "Write a whole number"),
        (dict(season="9", episode_number="42"), "Another episode of this season has this number"),
        (dict(description="Hi <b>there</b>"), "raw HTML"),
        (dict(description="[x](javascript:alert(1))"), "javascript:"),
        (dict(chapters="0:00 Intro\nnot a chapter"), "Line 2 is not a chapter"),
        (dict(chapters="0:10 Late start"), "Line 1 is not a chapter"),
        (dict(slug=col(taken, "slug")), "Another episode has this address"),
        (dict(slug="Bad Slug!"), "Use 2 to 80"),
        (dict(topic="no-such-topic"), "Choose one of the topics"),
    ]
    for kw, message in cases:
        title = "Refused " + secrets.token_hex(3)
        ed.get("/editor/episodes/new")
        r = ed.post("/editor/episodes/new", episode_fields(title, **kw))
        assert r.status == 400, (kw, r.status)
        assert message in r.text, (kw, message)
        assert 'value="%s"' % title in r.text, kw  # filled in again
        assert sql("SELECT COUNT(*) FROM episodes")[0][0] == count, kw
    # the same on an existing one: nothing changes
    before = sql("SELECT * FROM episodes WHERE id = ?", taken)
    ed.get("/editor/episodes/%d" % taken)
    r = ed.post("/editor/episodes/%d" % taken, episode_fields("Changed", season="x"))
    assert r.status == 400 and 'value="Changed"' in r.text
    assert sql("SELECT * FROM episodes WHERE id = ?", taken) == before
    # the same number in another season is fine
    other = new_episode(ed, season="10", episode_number="42")
    sql("DELETE FROM episodes WHERE id IN (?, ?)", taken, other)


def test_only_editors_and_admins_reach_the_podcast_desk():
    m, _ = member("pod")
    for path in ("/editor/show", "/editor/episodes/new"):
        assert m.get(path).status == 403
        r = Browser().get(path)
        assert r.status == 303 and "/account/login" in r.header("location")
    m.get("/account/settings")
    before = sql("SELECT COUNT(*) FROM episodes")[0][0]
    assert m.post("/editor/episodes/new", episode_fields()).status == 403
    assert m.post("/editor/show", dict(SHOW, title="Taken over")).status == 403
    assert sql("SELECT COUNT(*) FROM episodes")[0][0] == before
    assert sql("SELECT title FROM podcast_show")[0][0] != "Taken over"
