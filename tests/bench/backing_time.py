"""
backing_time.py - what one backing costs: N backings written one after
another from one member (not a new one: no cap), timed at the client,
next to N requests of a page that does nothing but load the session
(GET /post/deleted) for the fixed cost of nginx, FastCGI and the client;
and, with MariaDB's general log on for the run, the statements each
backing runs (session, transaction and the write with what it causes).

    OPBAK_URL=http://127.0.0.1:PORT STACK_DIR=var/NAME python3 tests/bench/backing_time.py [N]
"""
import os
import re
import statistics
import sys
import time

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "http"))

from opbak import ROOT, STACK_DIR, sql  # noqa: E402
from post_helpers import member, premod, write_post  # noqa: E402

n = int(sys.argv[1]) if len(sys.argv) > 1 else 200


def timed(fn):
    t = []
    for _ in range(n):
        start = time.perf_counter()
        r = fn()
        t.append(time.perf_counter() - start)
        assert r.status in (200, 303), r
    return statistics.median(t) * 1000, statistics.mean(t) * 1000


with premod(covering=False):
    author, _ = member("bt_a", days_old=3)
    post_id = write_post(author)
    b, handle = member("bt_h", days_old=3)
    sql("UPDATE users SET on_leaderboard = 0 WHERE handle = ?", handle)  # not to crowd it
    b.get("/")
    body = {"body": "Try talking to him alone, after training. It worked for me."}
    for _ in range(20):  # warm: statements prepared in every worker
        b.post("/post/%d/back" % post_id, body)
        b.get("/post/deleted")
    base = timed(lambda: b.get("/post/deleted"))
    log = os.path.join(ROOT, STACK_DIR, "log", "general-backing.log")
    if os.path.exists(log):
        os.remove(log)
    sql("SET GLOBAL general_log_file = '%s'" % log)
    back = timed(lambda: b.post("/post/%d/back" % post_id, body))
    sql("SET GLOBAL general_log = 1")
    logged = timed(lambda: b.post("/post/%d/back" % post_id, body))
    sql("SET GLOBAL general_log = 0")

print("%d backings one after another: median %.2f ms, mean %.2f ms at the client"
      % (n, back[0], back[1]))
print("%d GET /post/deleted (session only): median %.2f ms, mean %.2f ms" % (n, base[0], base[1]))
print("difference (the backing's own work): median %.2f ms" % (back[0] - base[0]))

stmts = {}
for line in open(log, errors="replace"):
    m = re.match(r"^(?:\S+\s+\S+)?\s+\d+ (Execute|Query)\t(.*)", line)
    if not m or "general_log" in m.group(2):
        continue
    key = re.sub(r"'[^']*'", "'..'", re.sub(r"\s+", " ", m.group(2)))[:100]
    stmts[key] = stmts.get(key, 0) + 1
count = sum(stmts.values())
print("MariaDB: %.1f statements per backing (general log, %d backings):" % (count / n, n))
for key, c in sorted(stmts.items(), key=lambda kv: -kv[1]):
    print("  %5.2f  %s" % (c / n, key))
