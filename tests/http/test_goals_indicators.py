"""
The participant's indicators (issue 13; cgi-bin/goals/indicators.c and
chart.c): he makes one (or takes a suggestion), rates it 1 to 5 with one
tap, and sees the trend as an SVG chart drawn on the server with a text
alternative (a sentence and a table). Off the scale is a 400 from the
door; he chooses whether his coach sees the trend; another participant's
indicator is a 404 with nothing changed.
"""
import re
import secrets

from opbak import Browser, register, sql


def participant(prefix="in"):
    b = Browser()
    handle = prefix + "_" + secrets.token_hex(4)
    r = register(b, handle)
    assert r.status == 303, r
    assert b.get("/goals/indicators").status == 200
    return b, int(sql("SELECT id FROM users WHERE handle = ?", handle)[0][0])


def make(b, pid, name="Energy"):
    b.get("/goals/indicators")
    r = b.post("/goals/indicators", {"name": name})
    assert r.status == 303, r
    return int(sql("SELECT MAX(id) FROM indicators WHERE participant_id = ?", pid)[0][0])


def ratings(iid):
    return [int(row[0]) for row in
            sql("SELECT rating FROM indicator_ratings WHERE indicator_id = ? ORDER BY id", iid)]


def rate(b, iid, value, **extra):
    fields = {"rating": str(value)}
    fields.update(extra)
    return b.post("/goals/indicators/%d/rate" % iid, fields)


def test_with_none_he_is_offered_the_usual_four():
    b, _ = participant()
    page = b.get("/goals/indicators").text
    for name in ("Energy", "Mood", "Sleep", "Readiness for work"):
        assert 'value="%s"' % name in page


def test_a_participant_rates_one_to_five_and_sees_the_latest():
    b, pid = participant()
    iid = make(b, pid, "Mood")
    for v in (1, 2, 3, 4, 5):
        r = rate(b, iid, v)
        assert r.status == 303 and r.header("location") == "/goals/indicators#indicator-%d" % iid
    assert ratings(iid) == [1, 2, 3, 4, 5]
    page = b.get("/goals/indicators").text
    assert "Mood" in page and "<strong>5</strong>" in page
    # Five big buttons, the latest marked.
    assert len(re.findall(r'<button type="submit" name="rating" value="[1-5]"', page)) == 5
    assert 'value="5" class="current"' in page


def test_a_rating_off_the_scale_is_refused_at_the_door():
    b, pid = participant()
    iid = make(b, pid)
    for bad in ("0", "6", "-1", "3.5", "x", ""):
        assert b.post("/goals/indicators/%d/rate" % iid, {"rating": bad}).status == 400, bad
    assert ratings(iid) == []


def test_the_trend_is_an_svg_chart_with_a_text_alternative():
    b, pid = participant()
    iid = make(b, pid, "Sleep")
    # Eight weeks ago and before: 2 and 4 (average 3.0 before), now 3, 4, 4 (3.7).
    sql("INSERT INTO indicator_ratings (indicator_id, rating, rated_at) VALUES "
        "(?, 2, NOW() - INTERVAL 70 DAY), (?, 4, NOW() - INTERVAL 60 DAY), "
        "(?, 3, NOW() - INTERVAL 20 DAY)", iid, iid, iid)
    rate(b, iid, 4, chart="1")
    r = rate(b, iid, 4, chart="1")
    assert r.status == 303 and r.header("location") == "/goals/indicators/%d" % iid
    page = b.get("/goals/indicators/%d" % iid)
    assert page.status == 200
    svg = re.search(r"<svg[^>]*>.*?</svg>", page.text, re.S).group(0)
    assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
    assert 'viewBox="0 0 600 220"' in svg
    points = re.search(r'<polyline class="chart-line" points="([^"]*)"', svg).group(1).split()
    assert len(points) == 3  # the ratings of the last 8 weeks, each drawn
    assert all(re.fullmatch(r"\d+,\d+", p) for p in points)
    assert svg.count("<circle") == 3
    sentence = "Average 3.7 over the last 8 weeks, up from 3.0."
    assert sentence in svg and sentence in page.text.replace(svg, "")
    table = re.search(r"<table.*?</table>", page.text, re.S).group(0)
    assert table.count("<tr>") == 4  # the header and the three ratings


def test_many_ratings_a_day_are_each_drawn():
    b, pid = participant()
    iid = make(b, pid)
    for v in (1, 5, 2, 4):
        rate(b, iid, v)
    svg = re.search(r"<svg.*?</svg>", b.get("/goals/indicators/%d" % iid).text, re.S).group(0)
    assert svg.count("<circle") == 4
    assert "Average 3.0 over the last 8 weeks." in svg


def test_a_new_indicator_has_no_line_yet():
    b, pid = participant()
    iid = make(b, pid)
    page = b.get("/goals/indicators/%d" % iid).text
    assert 'role="img"' in page and "<polyline" not in page
    assert "No ratings in the last 8 weeks." in page


def test_sharing_with_the_coach_sets_and_clears_the_flag():
    b, pid = participant()
    iid = make(b, pid)
    shared = lambda: sql("SELECT IFNULL(shared_coach_at, 'NULL') FROM indicators WHERE id = ?", iid)[0][0]
    assert shared() == "NULL"
    assert b.post("/goals/indicators/%d/share" % iid, {"shared": "1"}).status == 303
    first = shared()
    assert first != "NULL"
    assert 'name="shared" value="1" checked' in b.get("/goals/indicators/%d" % iid).text
    b.post("/goals/indicators/%d/share" % iid, {"shared": "1"})
    assert shared() == first  # sharing again keeps when he first shared it
    b.post("/goals/indicators/%d/share" % iid, {})
    assert shared() == "NULL"
    assert b.post("/goals/indicators/%d/share" % iid, {"shared": "2"}).status == 400


def test_delete_takes_the_ratings_with_it():
    b, pid = participant()
    iid = make(b, pid)
    rate(b, iid, 3)
    r = b.post("/goals/indicators/%d/delete" % iid, {})
    assert r.status == 303 and r.header("location") == "/goals/indicators"
    assert sql("SELECT COUNT(*) FROM indicators WHERE id = ?", iid)[0][0] == "0"
    assert ratings(iid) == []


def test_an_empty_or_overlong_name_comes_back_with_the_form():
    b, pid = participant()
    b.get("/goals/indicators")
    r = b.post("/goals/indicators", {"name": ""})
    assert r.status == 400 and 'id="name-error"' in r.text
    r = b.post("/goals/indicators", {"name": "z" * 61})
    assert r.status == 400 and "z" * 61 in r.text
    assert sql("SELECT COUNT(*) FROM indicators WHERE participant_id = ?", pid)[0][0] == "0"


def test_the_13th_indicator_is_refused():
    b, pid = participant()
    for i in range(12):
        sql("INSERT INTO indicators (participant_id, name) VALUES (?, ?)", pid, "Thing %d" % i)
    b.get("/goals/indicators")
    r = b.post("/goals/indicators", {"name": "One more"})
    assert r.status == 409 and "the most you can have" in r.text
    assert sql("SELECT COUNT(*) FROM indicators WHERE participant_id = ?", pid)[0][0] == "12"


def test_another_participants_indicator_is_not_there():
    owner, opid = participant("ino")
    iid = make(owner, opid, "Private mood")
    rate(owner, iid, 2)
    other, _ = participant("inx")
    assert other.get("/goals/indicators/%d" % iid).status == 404
    assert "Private mood" not in other.get("/goals/indicators").text
    assert rate(other, iid, 5).status == 404
    assert other.post("/goals/indicators/%d/share" % iid, {"shared": "1"}).status == 404
    assert other.post("/goals/indicators/%d/delete" % iid, {}).status == 404
    assert ratings(iid) == [2]
    assert sql("SELECT shared_coach_at IS NULL FROM indicators WHERE id = ?", iid)[0][0] == "1"


def test_his_coach_sees_only_the_trends_he_shared():
    from probe_helpers import user
    b, pid = participant("inc")
    shared = make(b, pid, "Shared energy")
    private = make(b, pid, "Private sleep")
    rate(b, shared, 4)
    rate(b, private, 1)
    b.post("/goals/indicators/%d/share" % shared, {"shared": "1"})
    prog = int(sql("INSERT INTO programmes (name) VALUES (?); SELECT LAST_INSERT_ID()",
                   "Tools " + secrets.token_hex(4))[-1][0])
    coach, _, coach_id = user("coach", prefix="inc_c")
    sql("INSERT INTO coaches (user_id, programme_id) VALUES (?, ?)", coach_id, prog)
    sql("UPDATE participants SET programme_id = ?, coach_id = ? WHERE user_id = ?",
        prog, coach_id, pid)
    page = coach.get("/coach/p/%d" % pid)
    assert page.status == 200, page
    assert "Shared energy" in page.text and 'role="img"' in page.text
    assert "Private sleep" not in page.text
    # The trend's page itself stays his: a 404 for the coach.
    assert coach.get("/goals/indicators/%d" % shared).status == 404
