"""
The feed's doors (cgi-bin/feed/main.c): every route declares the query
fields it reads, and core checks them before a page runs. A list's
?before= is an id or the request is refused, naming the field; a post's
address holds an id or it is no page at all; the notices after a report
or a question are checkboxes. Also what the feed reads from the community
layer: the report reasons named once, the points of all time kept in
member_totals, and the day a member joined told in words.
"""
import datetime
import re
import secrets
from zoneinfo import ZoneInfo

from opbak import Browser, sql, visitor
from post_helpers import back, by_day, member, user_id, write_post

BAD_BEFORE = "The place in the list is not a valid reference"


def person(days_old=2):
    b, handle = member("door", days_old=days_old)
    return b, handle, user_id(handle)


def test_a_list_refuses_a_before_that_is_not_an_id_naming_the_field():
    b, handle, _ = person()
    lists = ["/", "/t/friends", "/u/" + handle, "/search?q=school&", "/notifications"]
    for path in lists:
        sep = "&" if "?" in path else "?"
        for bad in ["abc", "0", "-1", "1x", "4294967296", "%00"]:
            r = b.get("%s%sbefore=%s" % (path, sep, bad))
            assert r.status == 400, (path, bad, r)
            assert "The place in the list " in r.text, (path, bad)  # the field, named
            if bad != "%00":
                assert BAD_BEFORE in r.text, (path, bad)
            assert 'class="posts"' not in r.text  # the list itself never ran


def test_an_empty_or_valid_before_and_undeclared_fields_are_fine():
    r = Browser().get("/?before=")
    assert r.status == 200 and "Newest posts" in r.text and BAD_BEFORE not in r.text
    r = Browser().get("/?before=4294967295&utm_source=x&before2=abc")
    assert r.status == 200 and "Older posts" in r.text
    assert Browser().get("/t/friends?page=abc").status == 200


def test_a_post_address_without_an_id_is_no_page_and_an_unknown_id_no_post():
    for path in ["/p/abc", "/p/0", "/p/-1", "/p/1x", "/p/4294967296", "/p/12345678901234"]:
        r = Browser().get(path)
        assert r.status == 404, path
        assert "There is no page at this address" in r.text, path
    r = Browser().get("/p/4294967295")
    assert r.status == 404 and "There is no post at this address" in r.text


@by_day
def test_the_notices_of_a_post_page_are_checkboxes():
    author, _, _ = person()
    pid = write_post(author, title="Notices " + secrets.token_hex(3))
    page = Browser().get("/p/%d?reported=1" % pid).text
    assert "Thank you for the report" in page
    page = Browser().get("/p/%d?other=1" % pid)
    assert page.status == 200 and "Thank you for the report" not in page.text
    r = Browser().get("/p/%d?reported=2" % pid)
    assert r.status == 400 and "The notice of a report must be ticked or not" in r.text
    r = Browser().get("/p/%d?reported=yes" % pid)
    assert r.status == 400 and "The notice of a report " in r.text
    # A question is private: the post page has no notice of one (the asker
    # reads it in his conversation, /ask/<id>), and ?asked= is not its field.
    page = Browser().get("/p/%d?asked=1" % pid)
    assert page.status == 200 and "Your question went to a support person" not in page.text


@by_day
def test_the_report_form_offers_the_communitys_reasons_in_order():
    author, _, _ = person()
    pid = write_post(author)
    reader, _, _ = person()
    page = reader.get("/p/%d" % pid).text
    form = page.split('<select id="reason-p" name="reason" required>', 1)[1].split("</select>")[0]
    assert re.findall(r'<option value="([a-z_]*)">', form) == [
        "", "bullying", "personal_info", "sexual_minors", "self_harm", "spam", "illegal", "other"]
    assert '<option value="">Choose a reason</option>' in form  # nothing chosen for him
    assert '<option value="bullying">Bullying or harassment</option>' in form
    assert '<option value="other">Something else</option>' in form


@by_day
def test_a_profile_reads_points_of_all_time_from_the_members_totals():
    b, handle, uid = person()
    def facts(points):
        """His profile as a visitor sees it once it says points."""
        said = r"Points, all time</dt><dd>%d<" % points
        return visitor("/u/" + handle, lambda r: re.search(said, r.text)).text

    assert re.search(r"Points, all time</dt><dd>0<", facts(0))  # no ledger rows: no totals row
    write_post(b)                                            # 2 points
    assert re.search(r"Points, all time</dt><dd>2<", facts(2))
    other, _, _ = person()
    back(b, write_post(other), "Try this, it helped me.")   # 5 points
    assert re.search(r"Points, all time</dt><dd>7<", facts(7))
    # The page shows the totals row, not a sum of the ledger: change the
    # row alone for a moment and the page follows it.
    where = "WHERE user_id = ? AND kind = 'all' AND period = '1970-01-01'"
    try:
        sql("UPDATE member_totals SET points = points + 1000 " + where, uid)
        assert re.search(r"Points, all time</dt><dd>1007<", facts(1007))
    finally:
        sql("UPDATE member_totals SET points = points - 1000 " + where, uid)


def test_a_profile_tells_the_day_he_joined():
    _, handle, uid = person(days_old=40)
    created, zone = sql("SELECT u.created_at, s.value FROM users u JOIN settings s "
                        "ON s.name = 'site_timezone' WHERE u.id = ?", uid)[0]
    when = datetime.datetime.strptime(created, "%Y-%m-%d %H:%M:%S")
    local = when.replace(tzinfo=datetime.timezone.utc).astimezone(ZoneInfo(zone))
    words = "%d %s %d" % (local.day, local.strftime("%B"), local.year)  # the site's day
    iso = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    page = Browser().get("/u/" + handle).text
    assert '<dt>Joined</dt><dd><time datetime="%s">%s</time></dd>' % (iso, words) in page
