"""
test_dates.py - dates and times as readers see them: on the wall clock of
the site's time zone (the setting an admin keeps at /mod/settings), with
the zone's abbreviation after a time of day, and a <time datetime> that
stays exact in UTC. An admin who changes the zone sees the moderators'
pages follow without a restart; a zone this server does not know is
refused with the form kept.
"""
import time

from opbak import Browser, sql
from post_helpers import ADMIN, SOFIE, member, one, premod, staff, write_post

SUMMER = "2026-07-01 12:30:00"  # UTC
WINTER = "2026-12-02 01:01:00"  # UTC: already the 2nd in Copenhagen


def zone_now():
    return one("SELECT value FROM settings WHERE name = 'site_timezone'")


def save_zone(admin, zone):
    """Send the settings form as the admin would: the hours as they are,
    the zone as typed."""
    now = dict(sql("SELECT name, value FROM settings WHERE name LIKE 'premod%'"))
    admin.get("/mod/settings")
    fields = {"premod_start": now["premod_start"], "premod_end": now["premod_end"],
              "site_timezone": zone}
    if now["premod_enabled"] == "1":
        fields["premod_enabled"] = "1"
    return admin.post("/mod/settings", fields)


def pending_post(created_at):
    """A post held for a moderator, written at created_at (UTC)."""
    b, _ = member()
    with premod(covering=True):
        post_id = write_post(b, title="Held at night, asked about the time")
    sql("UPDATE posts SET created_at = ? WHERE id = ?", created_at, post_id)
    return post_id


def refuse(post_id):
    r = staff(ADMIN).post("/mod/item/hide", {"kind": "post", "id": str(post_id)})
    assert r.status == 303, r


def queue_until(moderator, post_id, wanted, seconds=65, times=1):
    """The moderators' page with post_id first among the posts waiting,
    asked again until it shows wanted `times` answers in a row (each
    worker reads the zone at most once a minute), for at most `seconds`.
    Returns the last page."""
    deadline = time.monotonic() + seconds
    seen = 0
    while True:
        page = moderator.get("/mod?posts_after=%d" % (post_id - 1))
        assert page.status == 200, page
        seen = seen + 1 if wanted in page.text else 0
        if seen >= times or time.monotonic() > deadline:
            return page.text
        time.sleep(0.2)


def test_a_moderator_sees_when_a_post_was_written_on_the_sites_clock_with_its_zone():
    assert zone_now() == "Europe/Copenhagen"
    sofie = staff(SOFIE)
    summer, winter = pending_post(SUMMER), pending_post(WINTER)
    try:
        page = queue_until(sofie, summer, "14:30 CEST")
        assert '<time datetime="2026-07-01T12:30:00Z">1 July 2026, 14:30 CEST</time>' in page
        page = queue_until(sofie, winter, "02:01 CET")
        assert '<time datetime="2026-12-02T01:01:00Z">2 December 2026, 02:01 CET</time>' in page
        assert "UTC</time>" not in page
    finally:
        refuse(summer)
        refuse(winter)


def test_an_admin_moves_the_site_to_another_zone_and_the_queue_follows_within_a_minute():
    assert zone_now() == "Europe/Copenhagen"
    admin, sofie = staff(ADMIN), staff(SOFIE)
    post_id = pending_post(SUMMER)
    last_audit = int(one("SELECT IFNULL(MAX(id), 0) FROM audit_log"))
    try:
        settings = admin.get("/mod/settings").text
        assert 'id="site_timezone" name="site_timezone" value="Europe/Copenhagen"' in settings

        r = save_zone(admin, "America/New_York")
        assert r.status == 303
        assert zone_now() == "America/New_York"
        assert 'value="America/New_York"' in admin.get("/mod/settings?saved=1").text
        assert sql("SELECT detail FROM audit_log WHERE action = 'mod.settings' AND id > ? "
                   "AND detail LIKE 'timezone%'", last_audit) == [
            ["timezone Europe/Copenhagen -> America/New_York"]]

        page = queue_until(sofie, post_id, "08:30 EDT")
        assert '<time datetime="2026-07-01T12:30:00Z">1 July 2026, 08:30 EDT</time>' in page
    finally:
        assert save_zone(admin, "Europe/Copenhagen").status == 303
        # every worker back on Copenhagen before the next story
        page = queue_until(sofie, post_id, "14:30 CEST", times=8)
        refuse(post_id)
    assert '<time datetime="2026-07-01T12:30:00Z">1 July 2026, 14:30 CEST</time>' in page
    assert zone_now() == "Europe/Copenhagen"


def test_a_zone_this_server_does_not_know_is_refused_with_the_form_kept():
    admin = staff(ADMIN)
    before = sql("SELECT name, value FROM settings ORDER BY name")
    last_audit = int(one("SELECT IFNULL(MAX(id), 0) FROM audit_log"))
    for typed in ["Europe/Kopenhagen", "Mars/Olympus_Mons", "../../../etc/passwd",
                  "/etc/localtime", "Europe/../UTC", "Europe", "right/Europe/Copenhagen",
                  "CET-1CEST,M3.5.0,M10.5.0/3", "Europe/Copenhagen'; --"]:
        r = save_zone(admin, typed)
        assert r.status == 400, (typed, r.status)
        assert "This server knows no time zone by that name." in r.text, typed
        assert 'aria-invalid="true"' in r.text
    r = save_zone(admin, "Europe/" + "x" * 60)  # longer than any name: the door's own check
    assert r.status == 400 and "Time zone" in r.text and 'aria-invalid="true"' in r.text
    r = save_zone(admin, "Mars/Olympus_Mons")
    assert 'value="Mars/Olympus_Mons"' in r.text  # what he typed, to correct
    assert "Europe/Copenhagen or Europe/Stockholm" in r.text
    assert sql("SELECT name, value FROM settings ORDER BY name") == before
    assert sql("SELECT id FROM audit_log WHERE action = 'mod.settings' AND id > ?",
               last_audit) == []
    # an empty field keeps the zone (a form from before the field existed)
    assert save_zone(admin, "").status == 303
    assert zone_now() == "Europe/Copenhagen"


def test_a_profile_tells_the_day_he_joined_as_the_site_counts_days():
    assert zone_now() == "Europe/Copenhagen"
    _, handle = member()
    sql("UPDATE users SET created_at = '2026-12-31 23:30:00' WHERE handle = ?", handle)
    page = Browser().get("/u/" + handle).text
    assert '<time datetime="2026-12-31T23:30:00Z">1 January 2027</time>' in page
