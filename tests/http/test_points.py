"""
The points ledger: helping others earns points (a post 2, a backing 5, a
best mark 10, a vote received 1), one row per reason and thing, dated by
the thing itself. Hiding or deleting takes them back, restoring gives them
back, badges stay once earned, and the leaderboard is the sum.
"""
import re

from opbak import sql
from post_helpers import ADMIN, back, by_day, member, one, staff, user_id, write_post


def ledger(user):
    """(reason, ref_id, voter_id, points) rows of a member, sorted."""
    return sorted(tuple(r) for r in sql(
        "SELECT reason, ref_id, voter_id, points FROM points WHERE user_id = ?", user_id(user)))


def badges(user):
    return sorted(r[0] for r in sql("SELECT badge FROM badges WHERE user_id = ?", user_id(user)))


def report_and_hide(post_id, backing_id=None):
    """A member reports, the admin hides; returns (admin browser, report id)."""
    reporter, _ = member("rep")
    fields = {"post": str(post_id), "reason": "bullying"}
    if backing_id:
        fields["backing"] = str(backing_id)
    reporter.get("/")
    assert reporter.post("/post/report", fields).status == 303
    if backing_id:
        rid = int(one("SELECT MAX(id) FROM reports WHERE backing_id = ?", backing_id))
    else:
        rid = int(one("SELECT MAX(id) FROM reports WHERE post_id = ? AND backing_id IS NULL", post_id))
    admin = staff(ADMIN)
    admin.get("/mod")
    assert admin.post("/mod/%d/hide" % rid).status == 303
    return admin, rid


@by_day
def test_each_kind_of_help_earns_its_points_dated_by_the_thing_itself():
    author, a = member("pa")
    post_id = write_post(author)
    helper, h = member("ph")
    backing_id = back(helper, post_id)
    voter, v = member("pv")
    voter.get("/")
    assert voter.post("/post/backing/%d/vote" % backing_id).status == 303
    assert author.post("/post/backing/%d/best" % backing_id).status == 303

    assert ledger(a) == [("post", str(post_id), "0", "2")]
    assert ledger(h) == sorted([("backing", str(backing_id), "0", "5"),
                                ("best", str(backing_id), "0", "10"),
                                ("vote", str(backing_id), str(user_id(v)), "1")])
    assert ledger(v) == []
    # each row carries the time of the thing it is for
    assert one("SELECT p.created_at = t.created_at FROM points p JOIN posts t ON t.id = p.ref_id "
               "WHERE p.reason = 'post' AND p.ref_id = ?", post_id) == "1"
    assert one("SELECT p.created_at = b.created_at FROM points p JOIN backings b ON b.id = p.ref_id "
               "WHERE p.reason = 'backing' AND p.ref_id = ?", backing_id) == "1"
    assert one("SELECT p.created_at = vt.created_at FROM points p JOIN votes vt "
               "ON vt.backing_id = p.ref_id AND vt.user_id = p.voter_id "
               "WHERE p.reason = 'vote' AND p.ref_id = ?", backing_id) == "1"

    assert badges(a) == ["first_post"]
    assert badges(h) == ["first_backing", "first_best"]

    # unmarking takes the 10 back; the badge, once earned, stays
    assert author.post("/post/backing/%d/best" % backing_id).status == 303
    assert ("best", str(backing_id), "0", "10") not in ledger(h)
    assert badges(h) == ["first_backing", "first_best"]


@by_day
def test_a_backing_on_my_own_post_earns_nothing():
    author, a = member("po")
    post_id = write_post(author)
    back(author, post_id, "Update: I talked to him and it went fine.")
    assert ledger(a) == [("post", str(post_id), "0", "2")]
    assert one("SELECT backing_count FROM posts WHERE id = ?", post_id) == "1"


@by_day
def test_hiding_a_backing_takes_its_points_back_and_restoring_gives_them_back():
    author, _ = member("pa")
    post_id = write_post(author)
    helper, h = member("ph")
    backing_id = back(helper, post_id, "You are a loser, but try the gym.")
    voter, _ = member("pv")
    voter.get("/")
    voter.post("/post/backing/%d/vote" % backing_id)
    author.post("/post/backing/%d/best" % backing_id)
    earned = ledger(h)
    times = sql("SELECT reason, created_at FROM points WHERE user_id = ? ORDER BY reason", user_id(h))
    assert len(earned) == 3 and one("SELECT backing_count FROM posts WHERE id = ?", post_id) == "1"

    admin, rid = report_and_hide(post_id, backing_id)
    assert one("SELECT status FROM backings WHERE id = ?", backing_id) == "hidden"
    assert ledger(h) == []
    assert one("SELECT backing_count FROM posts WHERE id = ?", post_id) == "0"
    assert badges(h) == ["first_backing", "first_best"]  # kept

    assert admin.post("/mod/%d/restore" % rid).status == 303
    assert ledger(h) == earned
    assert sql("SELECT reason, created_at FROM points WHERE user_id = ? ORDER BY reason",
               user_id(h)) == times  # back in the week they were earned
    assert one("SELECT backing_count FROM posts WHERE id = ?", post_id) == "1"


@by_day
def test_hiding_a_post_takes_back_its_own_points_not_the_helpers():
    author, a = member("pa")
    post_id = write_post(author)
    helper, h = member("ph")
    backing_id = back(helper, post_id)
    admin, rid = report_and_hide(post_id)
    assert ledger(a) == []
    assert ledger(h) == [("backing", str(backing_id), "0", "5")]  # he helped in good faith
    assert admin.post("/mod/%d/restore" % rid).status == 303
    assert ledger(a) == [("post", str(post_id), "0", "2")]


@by_day
def test_deleting_a_post_takes_back_every_point_it_brought_in_one_go():
    author, a = member("pa")
    post_id = write_post(author)
    helper, h = member("ph")
    first = back(helper, post_id)
    second = back(helper, post_id, "And keep a diary for a week.")
    voter, v = member("pv")
    voter.get("/")
    voter.post("/post/backing/%d/vote" % first)
    author.post("/post/backing/%d/best" % second)
    other_post = write_post(voter)
    elsewhere = back(helper, other_post, "Same advice here: write it down.")
    assert len(ledger(h)) == 5

    assert author.post("/post/%d/delete" % post_id).status == 303
    assert ledger(a) == []
    assert ledger(h) == [("backing", str(elsewhere), "0", "5")]  # only what the post brought goes
    assert one("SELECT COUNT(*) FROM backings WHERE post_id = ?", post_id) == "0"
    assert one("SELECT COUNT(*) FROM votes WHERE backing_id IN (?, ?)", first, second) == "0"
    assert one("SELECT COUNT(*) FROM notifications WHERE post_id = ?", post_id) == "0"
    assert badges(h) == ["first_backing", "first_best"]


@by_day
def test_ten_votes_received_earn_a_badge():
    author, _ = member("pa")
    post_id = write_post(author)
    helper, h = member("ph")
    backing_id = back(helper, post_id)
    for i in range(10):
        assert "ten_votes" not in badges(h)
        voter, _ = member("pv")
        voter.get("/")
        assert voter.post("/post/backing/%d/vote" % backing_id).status == 303
    assert "ten_votes" in badges(h)
    assert one("SELECT votes FROM backings WHERE id = ?", backing_id) == "10"
    assert one("SELECT SUM(points) FROM points WHERE reason = 'vote' AND ref_id = ?", backing_id) == "10"


def leaderboard_rows(b):
    """handle -> (place, points, backings) from the feed's leaderboard."""
    page = b.get("/leaderboard?period=week")
    assert page.status == 200
    rows = re.findall(r'<tr[^>]*><td>(\d+)</td><td><a href="/u/(\w+)">\w+</a>'
                      r'(?: <span class="medal[^"]*">[^<]*</span>)?</td>'
                      r'<td>(\d+)</td><td>(\d+)</td></tr>', page.text)
    return {handle: (int(place), int(points), int(given)) for place, handle, points, given in rows}


@by_day
def test_the_leaderboard_follows_the_ledger_through_hide_and_restore():
    author, _ = member("pa")
    post_id = write_post(author)
    leader, lead = member("lead")
    runner, run = member("run")
    lead_ids = [back(leader, post_id, "Idea number %d: take a walk." % i) for i in range(8)]
    run_ids = [back(runner, post_id, "Thought %d: talk to your brother." % i) for i in range(6)]
    for backing_id in lead_ids + run_ids:
        assert author.post("/post/backing/%d/best" % backing_id).status == 303

    board = leaderboard_rows(author)
    assert board[lead][1:] == (8 * 15, 8) and board[run][1:] == (6 * 15, 6)
    assert board[lead][0] < board[run][0]

    # three of the leader's backings hidden: 75 points, behind the runner-up
    admin = staff(ADMIN)
    reporter, _ = member("rep")
    reporter.get("/")
    rids = []
    for backing_id in lead_ids[:3]:
        reporter.post("/post/report", {"post": str(post_id), "backing": str(backing_id),
                                       "reason": "spam"})
        rid = int(one("SELECT id FROM reports WHERE backing_id = ?", backing_id))
        admin.get("/mod")
        assert admin.post("/mod/%d/hide" % rid).status == 303
        rids.append(rid)
    board = leaderboard_rows(author)
    assert board[lead][1:] == (5 * 15, 5)
    assert board[run][0] < board[lead][0]
    assert one("SELECT backing_count FROM posts WHERE id = ?", post_id) == str(5 + 6)

    for rid in rids:
        assert admin.post("/mod/%d/restore" % rid).status == 303
    board = leaderboard_rows(author)
    assert board[lead][1:] == (8 * 15, 8) and board[lead][0] < board[run][0]
    assert one("SELECT SUM(points) FROM points WHERE user_id = ?", user_id(lead)) == str(8 * 15)


@by_day
def test_deleting_an_account_settles_what_others_hold_because_of_him():
    author, author_handle = member("acct", days_old=3)
    leaver, leaver_handle = member("leaver", days_old=3)
    helper, helper_handle = member("helper", days_old=3)
    post = write_post(author)                 # the author's post ...
    helpful = back(helper, post)              # ... backed by the helper,
    back(leaver, post)                        # ... and by the leaver,
    leaver.post("/post/backing/%d/vote" % helpful)  # who votes for the helper.
    his_post = write_post(leaver)             # The helper backs the leaver's post too.
    on_his = back(helper, his_post)
    assert one("SELECT backing_count FROM posts WHERE id = ?", post) == "2"
    assert one("SELECT votes FROM backings WHERE id = ?", helpful) == "1"
    before = int(one("SELECT COALESCE(SUM(points), 0) FROM points WHERE user_id = ?",
                     user_id(helper_handle)))

    leaver.get("/account/privacy/erase")
    r = leaver.post("/account/privacy/erase", {"mode": "all", "password": "correct horse battery"})
    assert r.status == 200

    assert one("SELECT backing_count FROM posts WHERE id = ?", post) == "1"
    assert one("SELECT votes FROM backings WHERE id = ?", helpful) == "0"
    after = int(one("SELECT COALESCE(SUM(points), 0) FROM points WHERE user_id = ?",
                    user_id(helper_handle)))
    assert before - after == 1 + 5  # the leaver's vote, the backing on his deleted post
    assert one("SELECT COUNT(*) FROM points WHERE ref_id = ? AND reason = 'backing'", on_his) == "0"
