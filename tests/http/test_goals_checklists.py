"""
The participant's checklists (issue 13; cgi-bin/goals/checklists.c): he
makes a list, adds steps, ticks them with big buttons and sees a friendly
word when all are done. A daily list starts fresh the next day; a manual
one keeps its ticks until he resets it. Limits are refused cleanly
(nothing half-stored), and another participant's list or item is a 404
with nothing changed.
"""
import re
import secrets

from opbak import Browser, register, sql


def participant(prefix="cl"):
    b = Browser()
    handle = prefix + "_" + secrets.token_hex(4)
    r = register(b, handle)
    assert r.status == 303, r
    assert b.get("/goals/checklists").status == 200
    return b, int(sql("SELECT id FROM users WHERE handle = ?", handle)[0][0])


def make_list(b, title="Morning", reset="daily"):
    b.get("/goals/checklists")
    r = b.post("/goals/checklists", {"title": title, "reset": reset})
    assert r.status == 303, r
    m = re.fullmatch(r"/goals/checklists/(\d+)", r.header("location"))
    assert m, r.header("location")
    return int(m.group(1))


def add(b, cid, text):
    return b.post("/goals/checklists/%d/add" % cid, {"text": text})


def items(cid):
    """(id, text, done_on) of a list's items, in order."""
    return sql("SELECT id, text, IFNULL(done_on, 'NULL') FROM checklist_items "
               "WHERE checklist_id = ? ORDER BY position, id", cid)


def tick(b, cid, item):
    return b.post("/goals/checklists/%d/tick" % cid, {"item": str(item)})


def test_a_participant_makes_a_list_and_ticks_every_step():
    b, _ = participant()
    cid = make_list(b, "Morning, before work")
    for text in ("Get up", "Shower", "Eat breakfast"):
        assert add(b, cid, text).status == 303
    ids = [int(row[0]) for row in items(cid)]
    assert [row[1] for row in items(cid)] == ["Get up", "Shower", "Eat breakfast"]
    page = b.get("/goals/checklists/%d" % cid)
    assert page.status == 200 and "Morning, before work" in page.text
    assert page.text.count('aria-pressed="false"') == 3
    r = tick(b, cid, ids[0])
    assert r.status == 303 and r.header("location").endswith("#item-%d" % ids[0])
    page = b.get("/goals/checklists/%d" % cid)
    assert page.text.count('aria-pressed="true"') == 1 and "1/3" in page.text
    assert "All done" not in page.text
    tick(b, cid, ids[1])
    tick(b, cid, ids[2])
    page = b.get("/goals/checklists/%d" % cid)
    assert "All done for today. Well done!" in page.text
    assert "3/3" in b.get("/goals/checklists").text


def test_ticking_again_unticks():
    b, _ = participant()
    cid = make_list(b)
    add(b, cid, "Take medicine")
    item = int(items(cid)[0][0])
    tick(b, cid, item)
    assert items(cid)[0][2] != "NULL"
    tick(b, cid, item)
    assert items(cid)[0][2] == "NULL"


def test_a_daily_list_starts_fresh_the_next_day():
    b, _ = participant()
    cid = make_list(b, reset="daily")
    add(b, cid, "Go for a walk")
    item = int(items(cid)[0][0])
    tick(b, cid, item)
    assert 'aria-pressed="true"' in b.get("/goals/checklists/%d" % cid).text
    sql("UPDATE checklist_items SET done_on = done_on - INTERVAL 1 DAY WHERE id = ?", item)
    page = b.get("/goals/checklists/%d" % cid)
    assert 'aria-pressed="true"' not in page.text and "0/1" in page.text
    # Ticking it today ticks it again (yesterday's tick does not untick it).
    tick(b, cid, item)
    assert 'aria-pressed="true"' in b.get("/goals/checklists/%d" % cid).text


def test_a_manual_list_keeps_its_ticks_until_reset():
    b, _ = participant()
    cid = make_list(b, "Packing for the trial", reset="manual")
    add(b, cid, "Lunch box")
    add(b, cid, "Work shoes")
    first, second = (int(row[0]) for row in items(cid))
    tick(b, cid, first)
    tick(b, cid, second)
    sql("UPDATE checklist_items SET done_on = done_on - INTERVAL 3 DAY WHERE checklist_id = ?", cid)
    page = b.get("/goals/checklists/%d" % cid)
    assert page.text.count('aria-pressed="true"') == 2 and "All done. Well done!" in page.text
    assert b.post("/goals/checklists/%d/reset" % cid, {}).status == 303
    assert all(row[2] == "NULL" for row in items(cid))
    assert b.get("/goals/checklists/%d" % cid).text.count('aria-pressed="false"') == 2


def test_remove_an_item_and_delete_the_list():
    b, _ = participant()
    cid = make_list(b)
    add(b, cid, "One")
    add(b, cid, "Two")
    first = int(items(cid)[0][0])
    assert b.post("/goals/checklists/%d/remove" % cid, {"item": str(first)}).status == 303
    assert [row[1] for row in items(cid)] == ["Two"]
    r = b.post("/goals/checklists/%d/delete" % cid, {})
    assert r.status == 303 and r.header("location") == "/goals/checklists"
    assert sql("SELECT COUNT(*) FROM checklists WHERE id = ?", cid)[0][0] == "0"
    assert items(cid) == []


def test_text_with_markup_is_shown_as_text():
    b, _ = participant()
    cid = make_list(b, "<b>bold</b> list")
    add(b, cid, "<script>alert(1)</script>")
    page = b.get("/goals/checklists/%d" % cid).text
    assert "<script>alert(1)" not in page and "&lt;script&gt;" in page
    assert "<b>bold</b>" not in page


def test_an_empty_or_overlong_title_comes_back_with_the_form():
    b, pid = participant()
    b.get("/goals/checklists")
    r = b.post("/goals/checklists", {"title": "", "reset": "daily"})
    assert r.status == 400 and 'id="title-error"' in r.text
    r = b.post("/goals/checklists", {"title": "x" * 121, "reset": "manual"})
    assert r.status == 400 and "x" * 121 in r.text
    r = b.post("/goals/checklists", {"title": "Fine", "reset": "weekly"})
    assert r.status == 400
    assert sql("SELECT COUNT(*) FROM checklists WHERE participant_id = ?", pid)[0][0] == "0"


def test_the_31st_list_is_refused():
    b, pid = participant()
    for i in range(30):
        sql("INSERT INTO checklists (participant_id, title) VALUES (?, ?)", pid, "List %d" % i)
    b.get("/goals/checklists")
    r = b.post("/goals/checklists", {"title": "One more", "reset": "daily"})
    assert r.status == 409 and "the most you can have" in r.text
    assert sql("SELECT COUNT(*) FROM checklists WHERE participant_id = ?", pid)[0][0] == "30"


def test_the_51st_item_is_refused():
    b, _ = participant()
    cid = make_list(b)
    for i in range(50):
        sql("INSERT INTO checklist_items (checklist_id, text, position) VALUES (?, ?, ?)",
            cid, "Step %d" % i, i)
    r = add(b, cid, "One too many")
    assert r.status == 409 and "the most it can have" in r.text
    assert len(items(cid)) == 50


def test_ten_thousand_text_fields_are_refused_and_nothing_stored():
    b, _ = participant()
    cid = make_list(b)
    b.get("/goals/checklists/%d" % cid)
    r = b.post("/goals/checklists/%d/add" % cid, [("text", "Step %d" % i) for i in range(10000)])
    assert 400 <= r.status < 500, r
    assert items(cid) == []


def test_a_ten_thousand_character_item_comes_back_with_the_form():
    b, _ = participant()
    cid = make_list(b)
    b.get("/goals/checklists/%d" % cid)
    r = add(b, cid, "y" * 10000)
    assert r.status == 400 and 'aria-invalid="true"' in r.text
    r = add(b, cid, "")
    assert r.status == 400
    assert items(cid) == []


def test_another_participants_list_is_not_there():
    owner, _ = participant("clo")
    cid = make_list(owner, "Private list")
    add(owner, cid, "Mine")
    item = int(items(cid)[0][0])
    other, _ = participant("clx")
    assert other.get("/goals/checklists/%d" % cid).status == 404
    assert "Private list" not in other.get("/goals/checklists").text
    before = items(cid)
    for path, fields in (("tick", {"item": str(item)}), ("remove", {"item": str(item)}),
                         ("add", {"text": "Sneaky"}), ("reset", {}), ("delete", {})):
        r = other.post("/goals/checklists/%d/%s" % (cid, path), fields)
        assert r.status == 404, (path, r)
    assert items(cid) == before
    assert sql("SELECT COUNT(*) FROM checklists WHERE id = ?", cid)[0][0] == "1"


def test_an_item_of_another_list_is_not_there():
    b, _ = participant()
    mine = make_list(b, "Mine")
    add(b, mine, "My step")
    other, _ = participant("clz")
    theirs = make_list(other, "Theirs")
    add(other, theirs, "Their step")
    their_item = int(items(theirs)[0][0])
    # His own list, an item of someone else's list: 404, nothing written.
    assert tick(b, mine, their_item).status == 404
    assert b.post("/goals/checklists/%d/remove" % mine, {"item": str(their_item)}).status == 404
    assert items(theirs)[0][2] == "NULL" and len(items(theirs)) == 1
    assert b.post("/goals/checklists/%d/tick" % mine, {"item": "0"}).status == 400
    assert b.post("/goals/checklists/%d/tick" % mine, {}).status == 400


def test_a_list_id_never_used_is_404():
    b, _ = participant()
    assert b.get("/goals/checklists/4294967295").status == 404
