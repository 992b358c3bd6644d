"""
Many writers at once: 16 connections writing backings, votes, best marks
and posts for a few seconds, first all as one member, then spread over
many members. No answer is a 500 (a lost lock conflict is run again by
core, and the ledger locks rows in one order), and afterwards every
counter equals its rows: posts.backing_count the visible backings,
backings.votes the votes, member_totals the sums over the points ledger,
and the ledger what the visible content earns.

tests/bench/writers.py runs the same for 30 seconds and prints the
figures (answers by status, writes per second).
"""
import collections
import random
import re
import threading
import time

from opbak import Browser, login, sql
from post_helpers import back, by_day, member, write_post

PASSWORD = "correct horse battery"
THREADS = 16
SECONDS = 3


def ids(query, *params):
    return [int(r[0]) for r in sql(query, *params)]


def writer(handle):
    """Another browser (its own session) for the same member."""
    b = Browser()
    assert login(b, handle, PASSWORD).status == 303
    b.get("/")
    return b


class Writers:
    """The shared state of one run: posts and backings to act on, the
    answers by status, the writes by kind."""

    def __init__(self):
        self.lock = threading.Lock()
        self.statuses = collections.Counter()
        self.kinds = collections.Counter()
        self.posts = []      # (post id, author id)
        self.backings = []   # (backing id, author id, post author id)

    def record(self, kind, status):
        with self.lock:
            self.statuses[status] += 1
            self.kinds[kind] += 1

    def one_write(self, b, me, rnd):
        """One write, chosen at random, as member `me` in browser b."""
        with self.lock:
            posts = list(self.posts)
            backings = list(self.backings)
        roll = rnd.random()
        others_posts = [p for p in posts if p[1] != me]
        if roll < 0.45 and others_posts:
            post_id, author = rnd.choice(others_posts)
            r = b.post("/post/%d/back" % post_id,
                       {"body": "Try talking to him alone, after training. %d" % rnd.random()})
            self.record("backing", r.status)
            m = re.fullmatch(r"/p/%d#b(\d+)" % post_id, r.header("location") or "")
            if r.status == 303 and m:
                with self.lock:
                    self.backings.append((int(m.group(1)), me, author))
            return
        votable = [x for x in backings if x[1] != me]
        if roll < 0.75 and votable:
            backing_id = rnd.choice(votable)[0]
            self.record("vote", b.post("/post/backing/%d/vote" % backing_id).status)
            return
        markable = [x for x in backings if x[2] == me and x[1] != me]
        if roll < 0.92 and markable:
            backing_id = rnd.choice(markable)[0]
            self.record("best", b.post("/post/backing/%d/best" % backing_id).status)
            return
        r = b.post("/post/new", {"title": "Many at once %06d" % rnd.randrange(10 ** 6),
                                 "topic": "friends",
                                 "body": "What would you do? I do not know where to start."})
        self.record("post", r.status)
        m = re.fullmatch(r"/p/(\d+)", r.header("location") or "")
        if r.status == 303 and m:
            with self.lock:
                self.posts.append((int(m.group(1)), me))

    def run(self, browsers, seconds):
        """browsers: (Browser, member id) per thread, all writing at once
        for `seconds`. Returns the elapsed time."""
        start = threading.Barrier(len(browsers) + 1)
        stop = [0.0]

        def loop(i):
            b, me = browsers[i]
            rnd = random.Random(i)
            start.wait()
            while time.monotonic() < stop[0]:
                self.one_write(b, me, rnd)
        threads = [threading.Thread(target=loop, args=(i,)) for i in range(len(browsers))]
        for t in threads:
            t.start()
        began = time.monotonic()
        stop[0] = began + seconds
        start.wait()
        for t in threads:
            t.join()
        return time.monotonic() - began


def member_id(handle):
    return int(sql("SELECT id FROM users WHERE handle = ?", handle)[0][0])


def setup(one_member, threads=THREADS):
    """Members, posts and backings to start from; one browser per thread
    (the same member in each, or a member per thread)."""
    w = Writers()
    helpers = [member("wc_h", days_old=3) for _ in range(4)]
    if one_member:
        b, handle = member("wc_one", days_old=3)
        me = member_id(handle)
        browsers = [(writer(handle), me) for _ in range(threads)]
        writers = [(b, handle)]
    else:
        writers = [member("wc_many", days_old=3) for _ in range(threads)]
        browsers = [(writer(h), member_id(h)) for _, h in writers]
    everyone = writers + helpers
    # off the leaderboard: their thousands of points would push the
    # members of other stories out of its 50 places
    for _, handle in everyone:
        sql("UPDATE users SET on_leaderboard = 0 WHERE handle = ?", handle)
    for b, handle in everyone:
        b.get("/")
        uid = member_id(handle)
        w.posts.append((write_post(b), uid))
    for hb, hh in helpers:
        hid = member_id(hh)
        for post_id, author in list(w.posts):
            if author != hid:
                w.backings.append((back(hb, post_id), hid, author))
    return w, browsers, [member_id(h) for _, h in everyone]


def check_counters(users):
    """Every counter equals its rows, for these members and their posts."""
    ul = ",".join(str(u) for u in users)
    # posts.backing_count = visible backings, on their posts and on the posts they backed
    assert sql("SELECT p.id, p.backing_count, (SELECT COUNT(*) FROM backings b WHERE b.post_id = p.id "
               "AND b.status = 'visible') AS n FROM posts p WHERE (p.user_id IN (%s) OR p.id IN "
               "(SELECT post_id FROM backings WHERE user_id IN (%s))) HAVING p.backing_count <> n"
               % (ul, ul)) == []
    # backings.votes = votes rows
    assert sql("SELECT b.id, b.votes, (SELECT COUNT(*) FROM votes v WHERE v.backing_id = b.id) AS n "
               "FROM backings b WHERE b.user_id IN (%s) HAVING b.votes <> n" % ul) == []
    # member_totals = sums over the ledger, per member and period, both ways
    sums = ("SELECT user_id, kind, period, SUM(points) AS points, SUM(reason = 'post') AS posts, "
            "SUM(reason = 'backing') AS backings, SUM(reason = 'best') AS best, "
            "SUM(reason = 'vote') AS votes FROM ("
            "SELECT user_id, 'all' AS kind, DATE('1970-01-01') AS period, points, reason FROM points "
            "UNION ALL SELECT user_id, 'week', DATE(created_at) - INTERVAL WEEKDAY(created_at) DAY, "
            "points, reason FROM points "
            "UNION ALL SELECT user_id, 'month', DATE(DATE_FORMAT(created_at, '%%Y-%%m-01')), points, "
            "reason FROM points) x WHERE user_id IN (%s) GROUP BY user_id, kind, period" % ul)
    from_ledger = {tuple(r) for r in sql(sums)}
    totals = {tuple(r) for r in sql(
        "SELECT user_id, kind, period, points, posts, backings, best, votes FROM member_totals "
        "WHERE user_id IN (%s) AND (points, posts, backings, best, votes) <> (0, 0, 0, 0, 0)" % ul)}
    assert totals == from_ledger, (totals ^ from_ledger)
    # the ledger = what their visible content earns
    earned = {tuple(r) for r in sql(
        "SELECT user_id, 'post', id, 0, 2 FROM posts WHERE status = 'visible' AND user_id IN (%s) "
        "UNION ALL SELECT b.user_id, 'backing', b.id, 0, 5 FROM backings b JOIN posts p "
        "  ON p.id = b.post_id WHERE b.status = 'visible' AND b.user_id <> p.user_id "
        "  AND b.user_id IN (%s) "
        "UNION ALL SELECT user_id, 'best', id, 0, 10 FROM backings WHERE status = 'visible' "
        "  AND is_best = 1 AND user_id IN (%s) "
        "UNION ALL SELECT b.user_id, 'vote', b.id, v.user_id, 1 FROM votes v JOIN backings b "
        "  ON b.id = v.backing_id WHERE b.status = 'visible' AND b.user_id IN (%s)"
        % (ul, ul, ul, ul))}
    ledger = {tuple(r) for r in sql(
        "SELECT user_id, reason, ref_id, voter_id, points FROM points WHERE user_id IN (%s)" % ul)}
    assert ledger == earned, (ledger ^ earned)
    # badges: at least what the totals earn (kept once earned)
    for u in users:
        row = sql("SELECT posts, backings, best, votes FROM member_totals WHERE user_id = ? "
                  "AND kind = 'all'", u)
        if not row:
            continue
        posts, backings, best, votes = (int(x) for x in row[0])
        want = {b for b, ok in [("first_post", posts >= 1), ("first_backing", backings >= 1),
                                ("ten_backings", backings >= 10), ("fifty_backings", backings >= 50),
                                ("first_best", best >= 1), ("five_best", best >= 5),
                                ("ten_votes", votes >= 10)] if ok}
        have = {r[0] for r in sql("SELECT badge FROM badges WHERE user_id = ?", u)}
        assert want <= have, (u, want - have)


def run_and_check(one_member, seconds=SECONDS, threads=THREADS):
    w, browsers, users = setup(one_member, threads)
    elapsed = w.run(browsers, seconds)
    assert w.statuses and 500 not in w.statuses, w.statuses
    # 303 written; 409 a second vote on the same backing; nothing else
    assert set(w.statuses) <= {303, 409}, w.statuses
    assert w.statuses[303] >= threads, w.statuses
    check_counters(users)
    return w, elapsed


@by_day
def test_sixteen_writers_as_one_member_get_no_500_and_counters_equal_rows():
    run_and_check(one_member=True)


@by_day
def test_sixteen_writers_spread_over_members_get_no_500_and_counters_equal_rows():
    run_and_check(one_member=False)
