"""
Counters stay exact under concurrent writes: many members backing one
post and voting on one backing at the same moment (each vote sent twice at
once) leave backing_count, votes and the points ledger equal to the rows.
"""
import threading

from opbak import sql
from post_helpers import back, by_day, member, one, write_post


def at_once(jobs):
    """Run the callables at the same moment; return their results."""
    results = [None] * len(jobs)
    start = threading.Barrier(len(jobs))

    def run(i):
        start.wait()
        results[i] = jobs[i]()
    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


@by_day
def test_simultaneous_backings_and_votes_keep_every_counter_exact():
    author, _ = member("conc_a", days_old=3)
    post_id = write_post(author)
    helpers = [member("conc_h", days_old=3)[0] for _ in range(8)]
    for b in helpers:
        b.get("/p/%d" % post_id)  # each has its form token

    ids = at_once([lambda b=b: back(b, post_id, "Talk to him after training, alone.")
                   for b in helpers])
    assert len(set(ids)) == 8
    assert one("SELECT backing_count FROM posts WHERE id = ?", post_id) == "8"
    assert one("SELECT COUNT(*) FROM backings WHERE post_id = ? AND status = 'visible'",
               post_id) == "8"

    target = ids[0]
    voters = helpers[1:]  # everyone but the backing's own writer, each twice at once
    statuses = at_once([lambda b=b: b.post("/post/backing/%d/vote" % target).status
                        for b in voters for _ in range(2)])
    assert sorted(statuses) == [303] * 7 + [409] * 7
    assert one("SELECT votes FROM backings WHERE id = ?", target) == "7"
    assert one("SELECT COUNT(*) FROM votes WHERE backing_id = ?", target) == "7"
    assert one("SELECT COUNT(*) FROM points WHERE reason = 'vote' AND ref_id = ?", target) == "7"
    assert one("SELECT COUNT(*) FROM points WHERE reason = 'backing' AND ref_id IN "
               "(SELECT id FROM backings WHERE post_id = ?)", post_id) == "8"
