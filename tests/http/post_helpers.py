"""
post_helpers.py - what the stories of the writing side share (test_post,
test_moderation, test_points): fresh members, the demo staff, a post or a
backing written through the site, and night pre-moderation set by the
admin for the length of a test.
"""
import contextlib
import datetime
import functools
import re
import secrets
from zoneinfo import ZoneInfo

from opbak import Browser, login, register, sql

ADMIN = ("admin", "demo-password-admin")
# The demo's support persons (sql/demo/inbox.sql gives their rights):
# Sofie also moderates, Karim only answers, Maja is the lead who reads
# every conversation.
SOFIE = ("sofie_sp", "demo-password-sofie")
KARIM = ("karim_sp", "demo-password-karim")
MAJA = ("maja_lead", "demo-password-maja")


def member(prefix="w", days_old=0, birth="2009-05-01"):
    """A member who joined just now (a new member: no links, caps per
    hour), or days_old days ago. Born 2009: a minor, as many are."""
    b = Browser()
    handle = prefix + "_" + secrets.token_hex(4)
    r = register(b, handle, birth=birth)
    assert r.status == 303, r
    if days_old:
        sql("UPDATE users SET created_at = NOW() - INTERVAL ? DAY WHERE handle = ?", days_old, handle)
    return b, handle


def staff(who):
    b = Browser()
    r = login(b, *who)
    assert r.status == 303, r
    return b


def user_id(handle):
    return int(sql("SELECT id FROM users WHERE handle = ?", handle)[0][0])


def write_post(b, title=None, body="What would you do? I do not know where to start.",
               topic="friends", public=False):
    """Write a post through the form; return its id."""
    b.get("/post/new")
    fields = {"title": title or "A question " + secrets.token_hex(3), "topic": topic, "body": body}
    if public:
        fields["public"] = "1"
    r = b.post("/post/new", fields)
    assert r.status == 303, r
    m = re.fullmatch(r"/p/(\d+)", r.header("location"))
    assert m, r.header("location")
    return int(m.group(1))


def back(b, post_id, body="Try talking to him alone, after training. It worked for me."):
    """Write a backing through the form; return its id."""
    r = b.post("/post/%d/back" % post_id, {"body": body})
    assert r.status == 303, r
    m = re.fullmatch(r"/p/%d#b(\d+)" % post_id, r.header("location"))
    assert m, r.header("location")
    return int(m.group(1))


def one(query, *params):
    """The single value a query returns."""
    rows = sql(query, *params)
    assert len(rows) == 1 and len(rows[0]) == 1, rows
    return rows[0][0]


def set_premod(admin, enabled, start, end):
    admin.get("/mod/settings")
    fields = {"premod_start": str(start), "premod_end": str(end)}
    if enabled:
        fields["premod_enabled"] = "1"
    return admin.post("/mod/settings", fields)


@contextlib.contextmanager
def premod(covering):
    """Night pre-moderation for the length of a with-block, set by the
    admin through /mod/settings: a window over the current hour of the
    site's time zone (covering=True) or one that misses it. Two hours
    wide, so a test that crosses the hour stays inside. The settings as
    they were come back afterwards."""
    admin = staff(ADMIN)
    before = dict(sql("SELECT name, value FROM settings WHERE name LIKE 'premod%'"))
    tz = one("SELECT value FROM settings WHERE name = 'site_timezone'")
    hour = datetime.datetime.now(ZoneInfo(tz)).hour
    if covering:
        start, end = hour, (hour + 2) % 24
    else:
        start, end = (hour + 3) % 24, (hour + 4) % 24
    assert set_premod(admin, True, start, end).status == 303
    try:
        yield admin
    finally:
        r = set_premod(admin, before.get("premod_enabled") == "1",
                       before.get("premod_start", "22"), before.get("premod_end", "9"))
        assert r.status == 303


def by_day(test):
    """Run a story with pre-moderation not holding anything, whatever
    the hour `make test` runs at."""
    @functools.wraps(test)
    def run():
        with premod(covering=False):
            test()
    return run


def someone_elses_post(prefix="w", **post):
    """A fresh member's post and another fresh member: (author, post_id, other)."""
    author, _ = member(prefix)
    post_id = write_post(author, **post)
    other, _ = member(prefix)
    return author, post_id, other


def backed_post(prefix="w"):
    """A fresh member's post backed by another fresh member:
    (author, post_id, helper, backing_id)."""
    author, post_id, helper = someone_elses_post(prefix)
    return author, post_id, helper, back(helper, post_id)
