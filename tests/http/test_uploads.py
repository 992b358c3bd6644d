"""
Uploads (cgi-bin/media/uploads.c, store.c): an editor uploads an
episode's audio, image and transcript, the show's artwork and an
article's cover. nginx writes the body to a file and passes only its name
(REQUEST_BODY_FILE); the app checks the bytes with Debian's libraries
(libmagic, TagLib, libgd) and keeps a copy in the media folder, which
nginx serves at /media/ with byte ranges and a year's cache.

A file that is not what it says, is cut short, or has the wrong size is
refused with a 400 page saying why, and nothing is stored: no new file in
the media folder, the row as it was. Too big is nginx's 413. Members and
visitors are refused; a form without its token too; and the body file's
name cannot be chosen from outside.

The test files are made here: audio with Debian's ffmpeg (a 5 s tone),
images with ffmpeg (JPEG) and Python's zlib (PNG).
"""
import functools
import os
import secrets
import socket
import struct
import subprocess
import tempfile
import zlib

from opbak import ROOT, STACK_DIR, URL, Browser, sql
from post_helpers import member, staff

EDITOR = ("editor", "demo-password-editor")
MEDIA = os.path.join(ROOT, STACK_DIR, "media")
UPLOADS = os.path.join(ROOT, STACK_DIR, "uploads")
REFUSED = "did not come from this site"


# ---- the test files ---------------------------------------------------------

@functools.lru_cache(maxsize=None)
def folder():
    return tempfile.mkdtemp(prefix="opbak-uploads-")


def ffmpeg(name, *args):
    path = os.path.join(folder(), name)
    if not os.path.exists(path):
        subprocess.run(["ffmpeg", "-v", "error", "-y", *args, path], check=True)
    with open(path, "rb") as f:
        return f.read()


def mp3():
    return ffmpeg("tone.mp3", "-f", "lavfi", "-i", "sine=frequency=440:duration=5", "-ac", "1",
                  "-b:a", "64k")


def m4a():
    return ffmpeg("tone.m4a", "-f", "lavfi", "-i", "sine=frequency=440:duration=5",
                  "-c:a", "aac", "-b:a", "64k")


def jpeg(w, h):
    return ffmpeg("img%dx%d.jpg" % (w, h), "-f", "lavfi", "-i", "color=c=0x336699:s=%dx%d" % (w, h),
                  "-frames:v", "1")


def png(w, h):
    """An RGB PNG of w x h, written by hand (zlib)."""
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff))
    row = b"\x00" + b"\x20\x60\xa0" * w
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(row * h, 9)) + chunk(b"IEND", b""))


VTT = ("WEBVTT\n\n00:00.000 --> 00:02.000\n<v Anna>Hello and welcome.\n\n"
       "00:02.000 --> 00:04.500\nToday: sleep &amp; exams.\n").encode()
SRT_BACKWARDS = ("1\n00:00:03,000 --> 00:00:04,000\nFirst\n\n"
                 "2\n00:00:01,000 --> 00:00:02,000\nBack in time\n").encode()


# ---- requests -----------------------------------------------------------------

def multipart(fields, files):
    """A multipart/form-data body: (content type, bytes)."""
    boundary = "----opbak" + secrets.token_hex(8)
    out = []
    for name, value in fields:
        out.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n"
                    % (boundary, name, value)).encode())
    for name, filename, ctype, data in files:
        out.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
                    "Content-Type: %s\r\n\r\n" % (boundary, name, filename, ctype)).encode())
        out.append(data + b"\r\n")
    out.append(("--%s--\r\n" % boundary).encode())
    return "multipart/form-data; boundary=" + boundary, b"".join(out)


def upload(b, path, data, filename="file.bin", ctype="application/octet-stream", csrf=True,
           headers=None):
    if b.csrf is None:
        b.get("/account/settings" if "opbak_session" in b.cookies else "/account/login")
    fields = [("csrf", b.csrf)] if csrf else []
    content_type, body = multipart(fields, [("file", filename, ctype, data)])
    h = {"Content-Type": content_type}
    h.update(headers or {})
    return b.request("POST", path, body=body, headers=h)


def editor():
    return staff(EDITOR)


def new_episode():
    """An episode row, put in as the desk would make a draft."""
    rows = sql("INSERT INTO episodes (slug, guid, title, description, description_html) "
               "VALUES (?, UUID(), 'Upload test', 'About sleep.', '<p>About sleep.</p>'); "
               "SELECT LAST_INSERT_ID()", "up-" + secrets.token_hex(4))
    return int(rows[-1][0])


def new_article():
    rows = sql("INSERT INTO articles (slug, title, summary, body, body_html, topic_id) "
               "SELECT ?, 'Cover test', 'For the cover test.', 'Text.', '<p>Text.</p>', id "
               "FROM topics WHERE slug = 'friends'; SELECT LAST_INSERT_ID()",
               "up-" + secrets.token_hex(4))
    return int(rows[-1][0])


def episode(eid, columns="audio_path, audio_type, audio_bytes, duration_s"):
    return sql("SELECT %s FROM episodes WHERE id = ?" % columns, eid)[0]


def stored_files():
    found = set()
    for base, _, names in os.walk(MEDIA):
        for n in names:
            found.add(os.path.relpath(os.path.join(base, n), MEDIA))
    return found


def fetch(path, headers=None):
    return Browser().request("GET", path, headers=headers)


def refused_and_nothing_stored(b, path, data, filename, ctype, row, status=400, says=None):
    before_files, before_row = stored_files(), row()
    r = upload(b, path, data, filename, ctype)
    assert r.status == status, r
    if says:
        assert says in r.text, r.text[:2000]
    assert stored_files() == before_files
    assert row() == before_row
    return r


# ---- audio ---------------------------------------------------------------------

def check_audio_stored(eid, data, mime, ext):
    path, kind, size, seconds = episode(eid)
    assert kind == mime
    assert int(size) == len(data)
    assert seconds == "5"
    assert path.startswith("audio/") and path.endswith("." + ext) and len(path) == 6 + 32 + 4
    with open(os.path.join(MEDIA, path), "rb") as f:
        assert f.read() == data
    return path


def test_an_mp3_is_stored_with_its_type_size_and_duration_and_nginx_serves_it():
    ed, eid, data = editor(), new_episode(), mp3()
    r = upload(ed, "/editor/episodes/%d/audio" % eid, data, "tone.mp3", "audio/mpeg")
    assert r.status == 303 and r.header("location") == "/editor/episodes/%d?done=uploaded" % eid
    path = check_audio_stored(eid, data, "audio/mpeg", "mp3")
    got = fetch("/media/" + path)
    assert got.status == 200 and got.body == data
    assert got.header("content-type") == "audio/mpeg"
    assert got.header("cache-control") == "public, max-age=31536000, immutable"
    part = fetch("/media/" + path, {"Range": "bytes=100-199"})
    assert part.status == 206 and part.body == data[100:200]
    assert part.header("content-range") == "bytes 100-199/%d" % len(data)
    assert sql("SELECT COUNT(*) FROM audit_log WHERE action = 'episode.audio' AND detail LIKE ?",
               "episode %d %%" % eid) == [["1"]]
    # nginx removed the body it wrote
    assert os.listdir(UPLOADS) == []


def test_an_m4a_is_stored_and_replaces_the_mp3_which_is_removed():
    ed, eid = editor(), new_episode()
    assert upload(ed, "/editor/episodes/%d/audio" % eid, mp3(), "a.mp3").status == 303
    old = episode(eid)[0]
    data = m4a()
    r = upload(ed, "/editor/episodes/%d/audio" % eid, data, "tone.m4a", "audio/x-m4a")
    assert r.status == 303, r
    path = check_audio_stored(eid, data, "audio/mp4", "m4a")
    assert not os.path.exists(os.path.join(MEDIA, old))
    got = fetch("/media/" + path, {"Range": "bytes=0-9"})
    assert got.status == 206 and got.body == data[:10]
    assert got.header("content-type") == "audio/mp4"


def test_a_text_file_named_mp3_is_refused_and_nothing_is_stored():
    ed, eid = editor(), new_episode()
    refused_and_nothing_stored(ed, "/editor/episodes/%d/audio" % eid,
                               b"These are not the sounds you are looking for.\n" * 50,
                               "episode.mp3", "audio/mpeg", lambda: episode(eid),
                               says="not an MP3 or M4A")


def test_a_truncated_mp3_is_refused_and_nothing_is_stored():
    ed, eid, data = editor(), new_episode(), mp3()
    refused_and_nothing_stored(ed, "/editor/episodes/%d/audio" % eid, data[:len(data) // 2],
                               "cut.mp3", "audio/mpeg", lambda: episode(eid), says="cut short")


def test_a_truncated_m4a_is_refused_and_nothing_is_stored():
    ed, eid, data = editor(), new_episode(), m4a()
    refused_and_nothing_stored(ed, "/editor/episodes/%d/audio" % eid, data[:len(data) // 2],
                               "cut.m4a", "audio/mp4", lambda: episode(eid), says="cut short")


def test_a_refused_file_leaves_the_stored_one_in_place():
    ed, eid = editor(), new_episode()
    assert upload(ed, "/editor/episodes/%d/audio" % eid, mp3(), "a.mp3").status == 303
    kept = episode(eid)
    refused_and_nothing_stored(ed, "/editor/episodes/%d/audio" % eid, b"\x00" * 4000, "b.mp3",
                               "audio/mpeg", lambda: episode(eid))
    assert os.path.exists(os.path.join(MEDIA, kept[0]))


def test_no_file_chosen_is_a_400():
    ed, eid = editor(), new_episode()
    r = upload(ed, "/editor/episodes/%d/audio" % eid, b"", "", "application/octet-stream")
    assert r.status == 400 and "Choose a file" in r.text


def test_an_episode_that_does_not_exist_is_a_404_and_nothing_is_stored():
    before = stored_files()
    r = upload(editor(), "/editor/episodes/4000000000/audio", mp3(), "a.mp3")
    assert r.status == 404
    assert stored_files() == before


# ---- images ----------------------------------------------------------------------

def artwork():
    return sql("SELECT IFNULL(artwork_path, ''), IFNULL(artwork_type, '') FROM podcast_show "
               "WHERE id = 1")


def ensure_show():
    sql("INSERT IGNORE INTO podcast_show (id, title, description, author, owner_name, language, "
        "category, copyright) VALUES (1, 'Opbak', 'A show.', 'Opbak', 'Opbak', 'da', "
        "'Health & Fitness', 'Opbak')")


def test_square_artwork_is_stored_png_and_jpeg():
    ensure_show()
    ed = editor()
    for data, mime, ext in ((png(1400, 1400), "image/png", "png"),
                            (jpeg(1400, 1400), "image/jpeg", "jpg")):
        r = upload(ed, "/editor/show/artwork", data, "art." + ext, mime)
        assert r.status == 303 and r.header("location") == "/editor/show", r
        path, kind = artwork()[0]
        assert kind == mime and path.startswith("images/") and path.endswith("." + ext)
        got = fetch("/media/" + path)
        assert got.status == 200 and got.body == data
        assert got.header("content-type") == mime
        assert got.header("cache-control") == "public, max-age=31536000, immutable"


def test_artwork_too_small_or_not_square_is_refused_and_nothing_is_stored():
    ensure_show()
    ed = editor()
    refused_and_nothing_stored(ed, "/editor/show/artwork", png(1000, 1000), "small.png",
                               "image/png", artwork, says="1000 x 1000")
    refused_and_nothing_stored(ed, "/editor/show/artwork", jpeg(1400, 1200), "wide.jpg",
                               "image/jpeg", artwork, says="1400 x 1200")


def test_a_file_that_is_no_image_is_refused_as_artwork():
    ensure_show()
    refused_and_nothing_stored(editor(), "/editor/show/artwork", b"GIF? no, text.\n" * 10,
                               "art.png", "image/png", artwork, says="not a JPEG or PNG")


def test_a_cut_short_image_is_refused():
    ensure_show()
    data = png(1400, 1400)
    refused_and_nothing_stored(editor(), "/editor/show/artwork", data[:len(data) - 30],
                               "cut.png", "image/png", artwork)


def test_an_episode_image_and_an_article_cover_are_stored():
    ed, eid, aid = editor(), new_episode(), new_article()
    r = upload(ed, "/editor/episodes/%d/image" % eid, jpeg(1400, 1400), "e.jpg", "image/jpeg")
    assert r.status == 303, r
    assert episode(eid, "image_type")[0] == "image/jpeg"
    r = upload(ed, "/editor/articles/%d/cover" % aid, png(1200, 630), "c.png", "image/png")
    assert r.status == 303 and r.header("location") == "/editor/%d" % aid, r
    path, kind = sql("SELECT cover_path, cover_type FROM articles WHERE id = ?", aid)[0]
    assert kind == "image/png" and os.path.exists(os.path.join(MEDIA, path))
    # the editor sees it on the article's form, and the public on the article
    assert ('src="/media/%s"' % path) in ed.get("/editor/%d" % aid).text
    slug = sql("SELECT slug FROM articles WHERE id = ?", aid)[0][0]
    sql("UPDATE articles SET status = 'published', published_at = NOW() - INTERVAL 1 MINUTE "
        "WHERE id = ?", aid)
    page = Browser().get("/articles/" + slug)
    assert page.status == 200 and ('<img src="/media/%s"' % path) in page.text


# ---- transcripts --------------------------------------------------------------------

def test_a_webvtt_transcript_is_stored_with_its_text():
    ed, eid = editor(), new_episode()
    r = upload(ed, "/editor/episodes/%d/transcript" % eid, VTT, "t.vtt", "text/vtt")
    assert r.status == 303, r
    path, kind, text = episode(eid, "transcript_path, transcript_type, transcript_text")
    assert kind == "text/vtt" and path.endswith(".vtt")
    assert text == "Hello and welcome.\\nToday: sleep & exams."  # the client shows \n so
    got = fetch("/media/" + path)
    assert got.status == 200 and got.body == VTT
    assert got.header("content-type") == "text/vtt"


def test_an_srt_whose_time_goes_backwards_is_refused():
    ed, eid = editor(), new_episode()
    refused_and_nothing_stored(ed, "/editor/episodes/%d/transcript" % eid, SRT_BACKWARDS,
                               "t.srt", "application/x-subrip",
                               lambda: episode(eid, "IFNULL(transcript_path, '')"),
                               says="before the one above it")


# ---- who may, and how big ---------------------------------------------------------

def test_a_member_is_refused_and_a_visitor_too():
    eid, before = new_episode(), stored_files()
    b, _ = member("up")
    r = upload(b, "/editor/episodes/%d/audio" % eid, mp3(), "a.mp3")
    assert r.status == 403
    v = Browser()
    r = upload(v, "/editor/episodes/%d/audio" % eid, mp3(), "a.mp3")
    assert r.status == 403 and "log in" in r.text
    assert stored_files() == before and episode(eid)[0] == "NULL"


def test_an_upload_without_its_token_is_refused():
    ed, eid, before = editor(), new_episode(), stored_files()
    r = upload(ed, "/editor/episodes/%d/audio" % eid, mp3(), "a.mp3", csrf=False)
    assert r.status == 403 and REFUSED in r.text
    assert stored_files() == before and episode(eid)[0] == "NULL"


def test_over_210_mb_is_refused_by_nginx_before_it_is_sent():
    """nginx answers 413 from the Content-Length alone: nothing is sent."""
    ed, eid = editor(), new_episode()
    host, port = URL.split("//")[1].split(":")
    cookie = "; ".join("%s=%s" % kv for kv in ed.cookies.items())
    s = socket.create_connection((host, int(port)), timeout=10)
    s.sendall(("POST /editor/episodes/%d/audio HTTP/1.1\r\nHost: %s\r\nCookie: %s\r\n"
               "Content-Type: multipart/form-data; boundary=x\r\n"
               "Content-Length: %d\r\n\r\n" % (eid, host, cookie, 230 * 1024 * 1024)).encode())
    answer = s.recv(4096).decode("latin-1")
    s.close()
    assert answer.startswith("HTTP/1.1 413"), answer[:200]
    assert episode(eid)[0] == "NULL"


def test_the_body_file_cannot_be_named_from_outside():
    """A header named like nginx's param reaches the app as HTTP_..., never
    as REQUEST_BODY_FILE: a normal form POST with one changes nothing."""
    secret = os.path.join(ROOT, STACK_DIR, "db.env")
    ed, aid = editor(), new_article()
    ed.get("/editor/%d" % aid)
    before = sql("SELECT title, body FROM articles WHERE id = ?", aid)
    r = ed.request("POST", "/editor/%d" % aid, body=b"csrf=" + ed.csrf.encode(),
                   headers={"Content-Type": "application/x-www-form-urlencoded",
                            "Request-Body-File": secret, "REQUEST_BODY_FILE": secret})
    assert r.status == 400  # the article form without its fields
    assert sql("SELECT title, body FROM articles WHERE id = ?", aid) == before
    # and on an upload address nginx's own name wins: the header is ignored
    eid, files = new_episode(), stored_files()
    r = upload(ed, "/editor/episodes/%d/audio" % eid, b"not audio", "a.mp3",
               headers={"Request-Body-File": secret})
    assert r.status == 400 and stored_files() == files


def test_media_is_served_only_under_stored_names():
    os.makedirs(os.path.join(MEDIA, "audio"), exist_ok=True)
    hidden = os.path.join(MEDIA, "audio", "." + "a" * 32 + ".mp3.part")
    with open(hidden, "wb") as f:
        f.write(b"half")
    try:
        assert fetch("/media/audio/." + "a" * 32 + ".mp3.part").status == 404
    finally:
        os.unlink(hidden)
    assert fetch("/media/../db.env").status in (400, 404)
    assert fetch("/media/").status == 404
