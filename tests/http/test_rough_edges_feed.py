"""
test_rough_edges_feed.py - the rough edges of issue 10 on the feed's
pages, as a member meets them: the report form makes him choose a
reason, the heading above the backings counts what he is shown, the
crisis numbers can be tapped to call, and a support person's profile
says only what is true of him.
"""
import re

from opbak import Browser, sql, visitor
from post_helpers import SOFIE, back, by_day, premod, staff
from test_feed import main_of, person, support_person, write_post


def heading(page):
    return re.search(r'<h2 id="backings-title">([^<]*)</h2>', page).group(1)


@by_day
def test_the_report_form_opens_on_choose_a_reason_and_an_empty_one_is_refused():
    author, _, _ = person()
    pid = write_post(author)
    reader, _, uid = person("rep")
    page = reader.get("/p/%d" % pid).text
    form = page.split('<select id="reason-p" name="reason" required>', 1)[1].split("</select>")[0]
    options = re.findall(r'<option value="([^"]*)">([^<]*)</option>', form)
    assert options[0] == ("", "Choose a reason")  # what the closed dropdown shows
    assert [v for v, _ in options[1:]][0] == "bullying"
    assert "selected" not in form

    # Sent without choosing (a browser without `required`): the form again,
    # saying what to do, and nothing stored.
    r = reader.post("/post/report", {"post": str(pid), "reason": "", "note": "Odd."})
    assert r.status == 400
    assert "Choose the reason that fits best." in r.text
    assert "Odd." in r.text  # his note kept
    assert sql("SELECT COUNT(*) FROM reports WHERE reporter_id = ?", uid) == [["0"]]


def test_a_backing_waiting_for_approval_is_counted_in_the_heading_its_author_sees():
    author, _, _ = person()
    with premod(covering=False):
        pid = write_post(author, title="Backed at night")
    helper, _, _ = person("help")
    with premod(covering=True):
        pending = back(helper, pid, "A night-time backing.")
    assert sql("SELECT status FROM backings WHERE id = ?", pending) == [["pending"]]

    page = helper.get("/p/%d" % pid).text
    assert 'id="b%d"' % pending in page and "Waiting for approval" in page
    assert heading(page) == "1 backing"  # never "0 backings" above his backing
    assert "No backings yet." not in page
    page = staff(SOFIE).get("/p/%d" % pid).text  # a moderator sees it too
    assert heading(page) == "1 backing"

    # everybody else sees no backing, and the heading says so
    for reader in (Browser(), author, person()[0]):
        page = reader.get("/p/%d" % pid).text
        assert 'id="b%d"' % pending not in page
        assert heading(page) == "0 backings" and "No backings yet." in page

    with premod(covering=False):
        back(person("more")[0], pid, "Talk to him after school.")
    assert heading(helper.get("/p/%d" % pid).text) == "2 backings"
    guest = visitor("/p/%d" % pid, lambda r: heading(r.text) == "1 backing").text
    assert heading(guest) == "1 backing"


@by_day
def test_the_crisis_numbers_are_links_to_call_them():
    author, _, _ = person()
    pid = write_post(author, title="I cannot go on",
                     body="Sometimes I want to die. Nobody at school talks to me.")
    # on the post, and on the answer to a question that speaks of it
    author.get("/post/ask")
    r = author.post("/post/ask", {"counsellor": "any", "subject": "Nobody to tell",
                                  "body": "Sometimes I want to die and I do not know who to tell."})
    assert r.status == 303 and "help=1" in r.header("location"), r
    for page in (author.get("/p/%d" % pid).text, author.get(r.header("location")).text):
        box = page.split('class="crisis"', 1)[1].split("</aside>", 1)[0]
        links = re.findall(r'<a class="tel" href="tel:([^"]+)">([^<]+)</a>', box)
        assert links == [("+4570201201", "70 201 201"), ("116111", "116 111"),
                         ("90101", "90101"), ("116111", "116 111"), ("112", "112")]
        assert "<strong>" not in box
        for href, text in links:  # the number to dial is the number shown
            assert re.sub(r"\D", "", text) in href and " " not in href


@by_day
def test_a_support_persons_profile_shows_no_points_and_no_bio_as_life_experience():
    b, handle, uid = support_person()
    back(b, write_post(person()[0]), "You can write to me any time.")
    b.get("/account/settings")
    assert b.post("/account/settings/profile", {"bio": "Youth worker.",
                                                "life_experience": ""}).status == 303
    page = main_of(Browser().get("/u/" + handle))
    assert "Youth worker." in page
    assert "Life experience" not in page  # he wrote none: no heading over nothing
    assert "Points" not in page  # support persons help without points
    assert re.search(r"Backings given</dt><dd>1<", page)  # what is true of him

    # A life experience that is his bio again is not shown twice.
    sql("UPDATE users SET life_experience = bio WHERE id = ?", uid)
    page = main_of(staff(SOFIE).get("/u/" + handle))  # logged in: not from the cache
    assert page.count("Youth worker.") == 1 and "Life experience" not in page

    life = "Grew up with divorced parents, plays football."
    assert b.post("/account/settings/profile", {"bio": "Youth worker.",
                                                "life_experience": life}).status == 303
    page = main_of(visitor("/u/" + handle, lambda r: life in r.text))
    assert "<h2>Life experience</h2>" in page and life in page
    assert "Points" not in page

    # a member's page keeps his points
    m, mhandle, _ = person()
    write_post(m)
    page = main_of(Browser().get("/u/" + mhandle))
    assert re.search(r"Points, all time</dt><dd>2<", page)
