"""
writers.py - the concurrent-writer figures of issue 7: THREADS
connections writing backings, votes, best marks and posts for SECONDS,
all as one member and then spread over many members; prints the answers
by status, the writes per second and whether every counter equals its
rows afterwards (the checks of tests/http/test_writers_concurrent.py).

    OPBAK_URL=http://127.0.0.1:PORT STACK_DIR=var/NAME \
        python3 tests/bench/writers.py [SECONDS] [THREADS]

Night pre-moderation is switched off for the run (as in the tests).
"""
import os
import sys
import traceback

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "http"))

from post_helpers import premod  # noqa: E402
import test_writers_concurrent as t  # noqa: E402

seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 30
threads = int(sys.argv[2]) if len(sys.argv) > 2 else 16

with premod(covering=False):
    for one in (True, False):
        w, browsers, users = t.setup(one, threads)
        elapsed = w.run(browsers, seconds)
        total = sum(w.statuses.values())
        print("%s, %d connections, %.1f s: %d answers, %.0f writes/s" % (
            "one member" if one else "many members", threads, elapsed, total, total / elapsed))
        print("  by status: %s" % dict(sorted(w.statuses.items())))
        print("  by kind:   %s" % dict(sorted(w.kinds.items())))
        try:
            t.check_counters(users)
            print("  counters equal rows: yes")
        except AssertionError:
            print("  counters equal rows: NO")
            traceback.print_exc(limit=1)
        sys.stdout.flush()
