"""
The participant's calendar feed (issue 13; cgi-bin/goals/calendar.c and
ical.c): /goals/calendar shows his private address; a calendar app reads
it without a login and gets RFC 5545 text, one event per dated item, a
reminder where he asked for one, text escaped. The address is the
secret: a wrong MAC, another id or an old generation is a 404, and
making a new address turns the old one off at once.
"""
import datetime
import re
import secrets
from zoneinfo import ZoneInfo

from opbak import Browser, register, sql


def participant(prefix="ca"):
    b = Browser()
    handle = prefix + "_" + secrets.token_hex(4)
    r = register(b, handle)
    assert r.status == 303, r
    return b, int(sql("SELECT id FROM users WHERE handle = ?", handle)[0][0])


def item(pid, title, due_date=None, due_time=None, remind=None, status="active", level=3,
         description=""):
    """A goal item as items.c stores one (a goal's goal_id is itself)."""
    sql("INSERT IGNORE INTO participants (user_id) VALUES (?)", pid)
    rows = sql("INSERT INTO goal_items (participant_id, level, title, description, due_date, "
               "due_time, remind_minutes, status) VALUES (?, ?, ?, ?, NULLIF(?, ''), "
               "NULLIF(?, ''), NULLIF(?, -1), ?); SELECT LAST_INSERT_ID()",
               pid, level, title, description, due_date or "", due_time or "",
               -1 if remind is None else remind, status)
    iid = int(rows[-1][0])
    sql("UPDATE goal_items SET goal_id = id WHERE id = ?", iid)
    return iid


def address(b):
    page = b.get("/goals/calendar")
    assert page.status == 200
    url = re.search(r"<code>([^<]*)</code>", page.text).group(1)
    path = re.sub(r"^https?://[^/]+", "", url)
    assert re.fullmatch(r"/goals/calendar/\d+-\d+-[0-9a-f]{64}\.ics", path), path
    assert 'href="webcal://' in page.text
    return path


def unfold(text):
    """The content lines of an iCalendar text (RFC 5545 3.1), checking
    every physical line ends CRLF and holds at most 75 octets."""
    raw = text.encode()
    assert raw.endswith(b"\r\n")
    physical = raw[:-2].split(b"\r\n")
    for line in physical:
        assert len(line) <= 75, line
        assert b"\n" not in line and b"\r" not in line
    lines = []
    for line in physical:
        if line.startswith(b" "):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return [line.decode() for line in lines]


def events(lines):
    """Check BEGIN/END pairs; return each VEVENT as a list of its lines."""
    stack, found, current = [], [], None
    for line in lines:
        if line.startswith("BEGIN:"):
            stack.append(line[6:])
            if line == "BEGIN:VEVENT":
                current = []
        elif line.startswith("END:"):
            assert stack and stack.pop() == line[4:], line
            if line == "END:VEVENT":
                found.append(current)
                current = None
        elif current is not None:
            current.append(line)
        if current is not None and line.startswith(("BEGIN:VALARM", "END:VALARM")):
            current.append(line)
    assert stack == []
    return found


def event_of(evs, iid):
    for ev in evs:
        if "UID:%d@opbak" % iid in ev:
            return ev
    return None


def feed(path):
    r = Browser().get(path)  # a calendar app: no session
    assert r.status == 200, r
    return r


def test_the_feed_is_a_calendar_with_his_dated_items():
    b, pid = participant()
    path = address(b)
    r = feed(path)
    assert r.header("content-type") == "text/calendar; charset=utf-8"
    cache = r.header("cache-control")
    assert "no-store" in cache or "private" in cache
    lines = unfold(r.text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    for want in ("VERSION:2.0", "CALSCALE:GREGORIAN"):
        assert want in lines
    assert any(line.startswith("PRODID:") for line in lines)
    assert any(line.startswith("X-WR-CALNAME:") for line in lines)
    assert events(lines) == []


def test_a_dated_activity_with_a_time_has_that_time_and_its_reminder():
    b, pid = participant()
    zone = sql("SELECT value FROM settings WHERE name = 'site_timezone'")[0][0]
    day = datetime.date.today() + datetime.timedelta(days=10)
    iid = item(pid, "Meet the job consultant", day.isoformat(), "09:30", remind=45)
    evs = events(unfold(feed(address(b)).text))
    ev = event_of(evs, iid)
    assert ev, evs
    local = datetime.datetime(day.year, day.month, day.day, 9, 30, tzinfo=ZoneInfo(zone))
    utc = local.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    assert "DTSTART:" + utc in ev
    assert "SUMMARY:Meet the job consultant" in ev
    assert "STATUS:CONFIRMED" in ev
    assert any(re.fullmatch(r"DTSTAMP:\d{8}T\d{6}Z", line) for line in ev)
    alarm = ev[ev.index("BEGIN:VALARM"):ev.index("END:VALARM") + 1]
    assert "ACTION:DISPLAY" in alarm and "TRIGGER:-PT45M" in alarm


def test_a_date_only_item_is_a_whole_day_without_a_reminder():
    b, pid = participant()
    iid = item(pid, "Hand in the form", "2027-03-04", level=1)
    ev = event_of(events(unfold(feed(address(b)).text)), iid)
    assert "DTSTART;VALUE=DATE:20270304" in ev
    assert "BEGIN:VALARM" not in ev


def test_a_proposed_item_is_tentative_and_dropped_or_undated_ones_are_left_out():
    b, pid = participant()
    proposed = item(pid, "Maybe a trial day", "2027-01-10", status="proposed")
    dropped = item(pid, "Not any more", "2027-01-11", status="dropped")
    undated = item(pid, "Some day")
    done = item(pid, "Already done", "2026-01-12", status="done")
    evs = events(unfold(feed(address(b)).text))
    assert "STATUS:TENTATIVE" in event_of(evs, proposed)
    assert event_of(evs, dropped) is None and event_of(evs, undated) is None
    assert event_of(evs, done) is not None
    assert len(evs) == 2


def test_text_with_commas_semicolons_and_newlines_is_escaped():
    b, pid = participant()
    title = "Call Mette, ask; bring \\ papers"
    description = "First line\nSecond, line; end"
    iid = item(pid, title, "2027-02-01", description=description)
    ev = event_of(events(unfold(feed(address(b)).text)), iid)
    assert "SUMMARY:Call Mette\\, ask\\; bring \\\\ papers" in ev
    desc = [line for line in ev if line.startswith("DESCRIPTION:")][0]
    assert desc.endswith("First line\\nSecond\\, line\\; end")


def test_a_long_danish_title_is_folded_without_splitting_letters():
    b, pid = participant()
    title = "Møde på jobcentret – " + "æøå" * 30
    iid = item(pid, title, "2027-02-02")
    text = feed(address(b)).text  # unfold() checks every line's length and CRLF
    ev = event_of(events(unfold(text)), iid)
    assert "SUMMARY:" + title in ev


def test_another_participants_items_are_not_in_his_feed():
    b, pid = participant()
    other, opid = participant("cao")
    item(opid, "Someone else's appointment", "2027-02-03")
    assert "Someone else" not in feed(address(b)).text


def test_a_wrong_mac_another_id_or_a_bad_name_is_404():
    b, pid = participant()
    path = address(b)
    m = re.fullmatch(r"/goals/calendar/(\d+)-(\d+)-([0-9a-f]{64})\.ics", path)
    pid_s, gen, mac = m.groups()
    flipped = ("1" if mac[0] != "1" else "2") + mac[1:]
    other, opid = participant("cax")
    bad = [
        "/goals/calendar/%s-%s-%s.ics" % (pid_s, gen, flipped),
        "/goals/calendar/%d-%s-%s.ics" % (opid, gen, mac),
        "/goals/calendar/%s-%d-%s.ics" % (pid_s, int(gen) + 1, mac),
        "/goals/calendar/%s-%s-%s.ICS" % (pid_s, gen, mac),
        "/goals/calendar/%s-%s-%s" % (pid_s, gen, mac),
        "/goals/calendar/0%s-%s-%s.ics" % (pid_s, gen, mac),
        "/goals/calendar/%s-%s-%s.ics" % (pid_s, gen, mac.upper()),
        "/goals/calendar/%s-%s-%s.ics" % (pid_s, gen, mac[:63]),
        "/goals/calendar/x.ics",
    ]
    for p in bad:
        r = Browser().get(p)
        assert r.status == 404, (p, r)
        assert "BEGIN:VCALENDAR" not in r.text
    # Logged in as himself changes nothing: the address is the secret.
    assert b.get(bad[0]).status == 404


def test_a_new_address_turns_the_old_one_off():
    b, pid = participant()
    old = address(b)
    assert feed(old).status == 200
    r = b.post("/goals/calendar", {})
    assert r.status == 303
    new = address(b)
    assert new != old
    assert Browser().get(old).status == 404
    assert feed(new).status == 200
    assert sql("SELECT calendar_generation FROM participants WHERE user_id = ?", pid)[0][0] == "2"


def test_the_calendar_page_needs_a_login():
    r = Browser().get("/goals/calendar")
    assert r.status in (302, 303) and "/account/login" in r.header("location")
    r = Browser().post("/goals/calendar", {})
    assert r.status in (302, 303, 403), r
