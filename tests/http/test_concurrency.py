"""
Counters stay exact under concurrent writes: many members backing one
post and voting on one backing at the same moment (each vote sent twice at
once) leave backing_count, votes and the points ledger equal to the rows.

Answers that would also come from requests run one after another prove
nothing about running together, so each wave is made to overlap inside
the server: the test holds the row lock the requests need (the post for a
backing, the backing for a vote) until at least two of them wait for it
at the same time, then lets go. Two votes of one member that both waited
must end as one vote and one "already voted" (409): the one that took the
lock first writes, the other finds the vote behind it, and neither gets a
500 from the unique key. (So the stack needs two workers or more per
executable; scripts/test.sh runs two.)
"""
import contextlib
import threading
import time

from opbak import LOOK_EVERY, holding, lock_waits
from post_helpers import back, by_day, member, one, write_post


def at_once(jobs, meanwhile=None):
    """Run the callables at the same moment (a barrier starts them) and,
    while they run, meanwhile() in this thread; return their results."""
    results = [None] * len(jobs)
    errors = []
    start = threading.Barrier(len(jobs) + 1)

    def run(i):
        start.wait()
        try:
            results[i] = jobs[i]()
        except Exception as e:  # reported below, in the test's own thread
            errors.append(e)
    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for t in threads:
        t.start()
    start.wait()
    try:
        if meanwhile:
            meanwhile()
    finally:
        for t in threads:
            t.join(60)
    assert not errors, errors
    assert not any(t.is_alive() for t in threads), "a request never came back"
    return results


# The site's own connections busy in a statement right now (diagnosis).
BUSY = ("SELECT COUNT(*) FROM information_schema.PROCESSLIST "
        "WHERE USER = 'opbak' AND COMMAND <> 'Sleep'")


def overlapping(jobs, lock_query, waiters=2):
    """Run jobs at once while the test holds lock_query's rows, letting
    go only when at least `waiters` requests wait for them together."""
    seen, busy = [], []
    with contextlib.ExitStack() as lock:
        session = lock.enter_context(holding(lock_query))

        def wait_for_waiters():
            try:
                deadline = time.monotonic() + 20
                while time.monotonic() < deadline:
                    time.sleep(LOOK_EVERY)
                    seen.append(lock_waits(session))
                    if seen[-1] >= waiters:
                        return
                    busy.append(int(session.value(BUSY)))
            finally:
                lock.close()  # let go, whatever happened
        results = at_once(jobs, wait_for_waiters)
    assert seen and seen[-1] >= waiters, \
        "the requests never waited together for %s (%d looks: most waiting at once %d, most " \
        "statements running %d)" % (lock_query, len(seen), max(seen), max(busy or [0]))
    return results


@by_day
def test_simultaneous_backings_and_votes_keep_every_counter_exact():
    author, _ = member("conc_a", days_old=3)
    post_id = write_post(author)
    helpers = [member("conc_h", days_old=3)[0] for _ in range(8)]
    for b in helpers:
        b.get("/p/%d" % post_id)  # each has its form token

    ids = overlapping([lambda b=b: back(b, post_id, "Talk to him after training, alone.")
                       for b in helpers], "SELECT id FROM posts WHERE id = %d FOR UPDATE" % post_id)
    assert len(set(ids)) == 8
    assert one("SELECT backing_count FROM posts WHERE id = ?", post_id) == "8"
    assert one("SELECT COUNT(*) FROM backings WHERE post_id = ? AND status = 'visible'",
               post_id) == "8"

    target = ids[0]
    lock = "SELECT id FROM backings WHERE id = %d FOR UPDATE" % target

    def vote(b):
        return b.post("/post/backing/%d/vote" % target).status

    # one member's two votes, both waiting behind the lock: both outcomes
    first = helpers[1]
    assert sorted(overlapping([lambda: vote(first), lambda: vote(first)], lock)) == [303, 409]
    assert one("SELECT votes FROM backings WHERE id = ?", target) == "1"

    # everyone else but the backing's own writer, each twice at once
    voters = helpers[2:]
    statuses = overlapping([lambda b=b: vote(b) for b in voters for _ in range(2)], lock)
    assert sorted(statuses) == [303] * 6 + [409] * 6
    assert one("SELECT votes FROM backings WHERE id = ?", target) == "7"
    assert one("SELECT COUNT(*) FROM votes WHERE backing_id = ?", target) == "7"
    assert one("SELECT COUNT(*) FROM points WHERE reason = 'vote' AND ref_id = ?", target) == "7"
    assert one("SELECT COUNT(*) FROM points WHERE reason = 'backing' AND ref_id IN "
               "(SELECT id FROM backings WHERE post_id = ?)", post_id) == "8"
    # the writer may not vote for his own backing, at once or not
    assert sorted(at_once([lambda: vote(helpers[0])] * 2)) == [403, 403]
    assert one("SELECT votes FROM backings WHERE id = ?", target) == "7"
