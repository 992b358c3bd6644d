"""
proof.py - make check-cluster's Python half (issue 15), called by
scripts/check-cluster.sh:

    proof.py prepare OUT URL SOCKET...   members and sessions for the load
    proof.py verify OUT SOCKET...        the writes and counters on every node,
                                         the error rates of the failovers
    proof.py bench OUT URL...            the read benchmark, rps per URL
    proof.py restore OUT SOCKET          settings back as prepare found them

OUT is the run's folder (CLUSTER_DIR/check): prepare writes the files the
load and the prober read (sessions.tsv, posts.txt, topics.txt, probe.cookie,
state.json);
the load writes writes<thread>.log (tests/cluster/writers.lua), the prober
probe.log (tests/cluster/prober.py), check-cluster.sh events (a line
"<unix time> <event>" per kill and restart).

SOCKET: a database node's socket; SQL runs as root over it. verify checks
every socket given: each node on its own, not through the cluster.
"""
import collections
import hashlib
import http.client
import json
import os
import re
import secrets
import subprocess
import sys
import time
import urllib.parse

sys.dont_write_bytecode = True

MEMBERS = int(os.environ.get("CHECK_MEMBERS", "6"))  # members writing posts and backings
PARTICIPANT = "tobias_w"  # scripts/demo.sh: a participant with a coach
WRITE_KINDS = ("post", "backing", "chat")


def say(*args):
    print(*args, flush=True)


def unescape(value):
    """mariadb --batch escapes \\n, \\t, \\0 and \\\\ in values."""
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "0": "\0"}.get(m.group(1), m.group(1)),
                  value)


def sql(sock, text):
    """SQL as root on one node; rows as lists of strings."""
    out = subprocess.run(["mariadb", "--no-defaults", "--default-character-set=utf8mb4",
                          "--socket=" + sock, "-uroot", "--batch", "--skip-column-names", "opbak"],
                         input=text, capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        raise RuntimeError("SQL on %s failed: %s\n%s" % (sock, out.stderr.strip(), text[:300]))
    return [[unescape(v) for v in line.split("\t")] for line in out.stdout.splitlines()]


def q(s):
    """A string literal for SQL built here (handles and hashes we made)."""
    return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'"


def get(url, path, cookie=None):
    u = urllib.parse.urlsplit(url)
    c = http.client.HTTPConnection(u.hostname, u.port, timeout=10)
    c.request("GET", path, headers={"Cookie": cookie} if cookie else {})
    r = c.getresponse()
    body = r.read().decode("utf-8", "replace")
    c.close()
    return r.status, body


def logged_in(url, sock, user_id):
    """A session for user_id stored as the site stores one (the SHA-256 of
    the cookie's token) and the CSRF token of a page fetched with it:
    (cookie, csrf). The page may come from a node the row has not reached
    yet (reads do not wait for replication): asked again until it has."""
    token = secrets.token_hex(32)
    sql(sock, "INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (%s, %d, "
              "NOW() + INTERVAL 1 DAY)" % (q(hashlib.sha256(token.encode()).hexdigest()), user_id))
    cookie = "opbak_session=" + token
    for _ in range(50):
        status, body = get(url, "/account/settings", cookie)
        m = re.search(r'name="csrf" value="([0-9a-f]{64})"', body)
        if status == 200 and m:
            return cookie, m.group(1)
        time.sleep(0.2)
    raise RuntimeError("no logged-in page for user %d at %s (last answer %d)" % (user_id, url, status))


def one(sock, text):
    return sql(sock, text)[0][0]


def cmd_prepare(out, url, socks):
    sock = socks[0]
    os.makedirs(out, exist_ok=True)
    run = secrets.token_hex(3)
    before = one(sock, "SELECT value FROM settings WHERE name = 'premod_enabled'")
    # Night pre-moderation would hold the posts (and keep them off the
    # counters): off for the run, back afterwards (restore).
    sql(sock, "UPDATE settings SET value = '0' WHERE name = 'premod_enabled'")
    hash_ = one(sock, "SELECT password_hash FROM users WHERE handle = 'mads'")
    users = []
    for i in range(MEMBERS + 1):  # the last one is the prober's
        handle = "ck%s_%d" % (run, i)
        uid = int(sql(sock, "INSERT INTO users (handle, password_hash, birth_date, role, created_at, "
                            "on_leaderboard) VALUES (%s, %s, '2005-04-01', 'member', "
                            "NOW() - INTERVAL 60 DAY, 0); SELECT LAST_INSERT_ID()"
                            % (q(handle), q(hash_)))[-1][0])
        users.append(uid)
    rows = sql(sock, "SELECT c.id, c.participant_id, c.other_id FROM chats c JOIN users u ON "
                     "u.id = c.participant_id WHERE u.handle = %s AND c.kind = 'coach'" % q(PARTICIPANT))
    if not rows:
        raise RuntimeError("no chat of %s with his coach: demo content missing?" % PARTICIPANT)
    chat, participant, coach = (int(x) for x in rows[0])
    lines = []
    for uid in users[:MEMBERS]:
        lines.append(("member",) + logged_in(url, sock, uid) + ("-",))
    for uid in (participant, coach):
        lines.append(("chat",) + logged_in(url, sock, uid) + (str(chat),))
    probe_cookie, _ = logged_in(url, sock, users[MEMBERS])
    posts = [r[0] for r in sql(sock, "SELECT id FROM posts WHERE status = 'visible' "
                                     "ORDER BY id DESC LIMIT 30")]
    topics = [r[0] for r in sql(sock, "SELECT slug FROM topics ORDER BY id")]
    with open(os.path.join(out, "sessions.tsv"), "w") as f:
        f.writelines("\t".join(x) + "\n" for x in lines)
    with open(os.path.join(out, "posts.txt"), "w") as f:
        f.writelines(p + "\n" for p in posts)
    with open(os.path.join(out, "probe.cookie"), "w") as f:
        f.write(probe_cookie + "\n")
    with open(os.path.join(out, "topics.txt"), "w") as f:
        f.write(" ".join(topics) + "\n")
    state = {"run": run, "premod_before": before, "users": users, "chat": chat,
             "topics": topics, "post": posts[0], "started": time.time()}
    with open(os.path.join(out, "state.json"), "w") as f:
        json.dump(state, f)
    print(run)  # check-cluster.sh passes it to the load (CHECK_RUN)


def cmd_restore(out, socks):
    with open(os.path.join(out, "state.json")) as f:
        state = json.load(f)
    sql(socks[0], "UPDATE settings SET value = %s WHERE name = 'premod_enabled'"
        % q(state["premod_before"]))


# ---------------------------------------------------------------- verify

def wait_quiet(socks, seconds=120):
    """Every Galera node Synced, nothing queued to apply, all at the same
    last committed transaction (a stack without Galera: at once)."""
    deadline = time.monotonic() + seconds
    while True:
        seen = []
        for s in socks:
            try:
                st = dict(sql(s, "SHOW STATUS WHERE Variable_name IN ('wsrep_local_state_comment', "
                                 "'wsrep_local_recv_queue', 'wsrep_last_committed', "
                                 "'wsrep_ready')"))
            except (RuntimeError, subprocess.TimeoutExpired) as e:
                st = {"error": str(e)}
            seen.append(st)
        if all("error" not in st for st in seen):
            if all(st.get("wsrep_ready", "OFF") != "ON" for st in seen) and \
                    all("wsrep_local_state_comment" not in st or
                        st["wsrep_local_state_comment"] in ("", "Initialized") for st in seen):
                return "no Galera"
            if all(st.get("wsrep_local_state_comment") == "Synced" and
                   st.get("wsrep_local_recv_queue") == "0" for st in seen) and \
                    len({st.get("wsrep_last_committed") for st in seen}) == 1:
                return "all Synced at seqno %s" % seen[0]["wsrep_last_committed"]
        if time.monotonic() > deadline:
            return "NOT quiet after %d s: %s" % (seconds, seen)
        time.sleep(0.5)


def read_log(out):
    """acked {token: (kind, id, sent, answered)}, failed [(kind, status,
    sent, answered, token, location)]."""
    acked, failed = {}, []
    for name in sorted(os.listdir(out)):
        if not re.fullmatch(r"writes\d+\.log", name):
            continue
        with open(os.path.join(out, name)) as f:
            for line in f:
                p = line.rstrip("\n").split("\t")
                if p[0] == "ok" and len(p) == 6:
                    acked[p[4]] = (p[3], p[5], float(p[1]), float(p[2]))
                elif p[0] == "fail" and len(p) == 7:
                    failed.append((p[3], int(p[5]), float(p[1]), float(p[2]), p[4], p[6]))
    return acked, failed


def stored(sock, run):
    """{kind: [(token, id)]} of the run's rows on one node."""
    like = q("%%ck%st%%" % run)
    token = re.compile(r"ck%st\d+n\d+" % run)
    rows = {
        "post": sql(sock, "SELECT id, title FROM posts WHERE title LIKE %s" % like),
        "backing": sql(sock, "SELECT id, body FROM backings WHERE body LIKE %s" % like),
        "chat": sql(sock, "SELECT CONCAT(chat_id, ':', seq), body FROM chat_messages "
                          "WHERE body LIKE %s" % like),
    }
    found = {}
    for kind, rs in rows.items():
        found[kind] = []
        for rid, text in rs:
            for t in token.findall(text):
                found[kind].append((t, rid))
    return found


# Each query: the rows where a counter differs from the rows it counts.
COUNTERS = [
    ("posts.backing_count = visible backings",
     "SELECT p.id FROM posts p WHERE p.backing_count <> (SELECT COUNT(*) FROM backings b "
     "WHERE b.post_id = p.id AND b.status = 'visible')"),
    ("backings.votes = votes",
     "SELECT b.id FROM backings b WHERE b.votes <> (SELECT COUNT(*) FROM votes v "
     "WHERE v.backing_id = b.id)"),
    ("chats.last_seq = its messages (highest seq and count)",
     "SELECT c.id FROM chats c WHERE c.last_seq <> (SELECT COALESCE(MAX(seq), 0) FROM "
     "chat_messages m WHERE m.chat_id = c.id) OR c.last_seq <> (SELECT COUNT(*) FROM "
     "chat_messages m WHERE m.chat_id = c.id)"),
    # member_totals = the sums over the points ledger, every member and
    # period, both ways (tests/http/test_writers_concurrent.py's check)
    ("member_totals = sums over the points ledger",
     "SELECT CONCAT_WS(' ', COALESCE(t.user_id, l.user_id), COALESCE(t.kind, l.kind), "
     "COALESCE(t.period, l.period)) FROM ("
     "SELECT user_id, kind, period, points, posts, backings, best, votes FROM member_totals "
     "WHERE (points, posts, backings, best, votes) <> (0, 0, 0, 0, 0)) t "
     "LEFT JOIN (%s) l USING (user_id, kind, period) "
     "WHERE l.user_id IS NULL OR (t.points, t.posts, t.backings, t.best, t.votes) <> "
     "(l.points, l.posts, l.backings, l.best, l.votes) "
     "UNION ALL SELECT CONCAT_WS(' ', l.user_id, l.kind, l.period) FROM (%s) l "
     "LEFT JOIN member_totals t USING (user_id, kind, period) WHERE t.user_id IS NULL"),
    # the ledger = what the run's members' visible posts and backings earn
    ("the points ledger = the run's posts and backings",
     "SELECT CONCAT('post ', p.id) FROM posts p LEFT JOIN points x ON x.reason = 'post' "
     "AND x.ref_id = p.id WHERE p.user_id IN (@users) AND p.status = 'visible' "
     "AND x.user_id IS NULL "
     "UNION ALL SELECT CONCAT('backing ', b.id) FROM backings b JOIN posts p ON p.id = b.post_id "
     "LEFT JOIN points x ON x.reason = 'backing' AND x.ref_id = b.id WHERE b.user_id IN (@users) "
     "AND b.status = 'visible' AND b.user_id <> p.user_id AND x.user_id IS NULL "
     "UNION ALL SELECT CONCAT(x.reason, ' ', x.ref_id, ' counted ', COUNT(*), ' times') "
     "FROM points x WHERE x.user_id IN (@users) GROUP BY x.reason, x.ref_id, x.voter_id "
     "HAVING COUNT(*) > 1"),
]
LEDGER_SUMS = (
    "SELECT user_id, kind, period, SUM(points) AS points, SUM(reason = 'post') AS posts, "
    "SUM(reason = 'backing') AS backings, SUM(reason = 'best') AS best, "
    "SUM(reason = 'vote') AS votes FROM ("
    "SELECT user_id, 'all' AS kind, DATE('1970-01-01') AS period, points, reason FROM points "
    "UNION ALL SELECT user_id, 'week', DATE(created_at) - INTERVAL WEEKDAY(created_at) DAY, "
    "points, reason FROM points "
    "UNION ALL SELECT user_id, 'month', DATE(DATE_FORMAT(created_at, '%Y-%m-01')), points, "
    "reason FROM points) x GROUP BY user_id, kind, period")


def counters(sock, users):
    """{check: [rows where the counter is wrong]} on one node."""
    res = {}
    ul = ",".join(str(u) for u in users)
    for name, query in COUNTERS:
        if "%s" in query:
            query = query % (LEDGER_SUMS, LEDGER_SUMS)
        res[name] = [r[0] for r in sql(sock, query.replace("@users", ul))]
    return res


def events_of(out):
    ev = []
    path = os.path.join(out, "events")
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                t, name = line.split(None, 1)
                ev.append((float(t), name.strip()))
    return ev


def probes_of(out):
    """[(sent, answered, kind, status)] of the prober's log."""
    res = []
    path = os.path.join(out, "probe.log")
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                p = line.split()
                if len(p) >= 4:
                    res.append((float(p[0]), float(p[1]), p[2], int(p[3])))
    return res


def when(ev, name):
    for t, n in ev:
        if n == name:
            return t
    return None


def phase(name, a, b, probes, acked, failed):
    """One line of figures for [a, b): the prober's answers (by the time
    the probe was sent), the writers' (by the time the write was
    answered), the writes a second and the longest wait for an answer."""
    ps = [p for p in probes if a <= p[0] < b]
    pbad = [p for p in ps if p[3] != 200]
    ws = [x for x in acked.values() if a <= x[3] < b]
    wbad = [x for x in failed if a <= x[3] < b]
    slow = max([p[1] - p[0] for p in ps], default=0.0)
    wslow = max([x[3] - x[2] for x in ws] + [x[3] - x[2] for x in wbad], default=0.0)
    say("    %-8s %5.1f s: probes %4d, failed %3d (%5.1f%%), slowest %5.2f s | writes %4d ok, "
        "%3d failed (%5.1f%%), %4.1f/s, slowest %5.2f s"
        % (name, b - a, len(ps), len(pbad), 100.0 * len(pbad) / max(1, len(ps)), slow,
           len(ws), len(wbad), 100.0 * len(wbad) / max(1, len(ws) + len(wbad)),
           (len(ws) + len(wbad)) / max(0.001, b - a), wslow))
    if pbad:
        by = collections.Counter(p[3] for p in pbad)
        say("             failed probes by status (0 = no answer): %s" % dict(sorted(by.items())))
    if wbad:
        by = collections.Counter((x[0], x[1]) for x in wbad)
        say("             failed writes by kind and status: %s"
            % ", ".join("%s %d: %d" % (k, st, n) for (k, st), n in sorted(by.items())))


def failover(label, kill, back, end, probes, acked, failed):
    """The figures of one failover: while the thing was down (kill..back)
    and while it came back (back..end), and the seconds from the kill until
    the site answered 200 again: the first 200 to a probe sent after the
    last failed one while it was down (0 when none failed). A write that
    waited on the dead node shows as the phase's slowest write."""
    say("  %s" % label)
    if kill is None or end is None:
        say("    (not run)")
        return None
    if back is not None:
        phase("down", kill, back, probes, acked, failed)
        phase("back", back, end, probes, acked, failed)
    rec = outage("down", kill, kill, back if back is not None else end, probes)
    if back is not None:
        outage("back", kill, back, end, probes)
    return rec


def outage(name, kill, a, b, probes):
    """Seconds from the kill until the site answered 200 again after the
    probes that failed in [a, b): the answer time of the first 200 to a
    probe sent after the last failed one (0.0 when none failed)."""
    window = [p for p in probes if a <= p[0] < b]
    bad = [p for p in window if p[3] != 200]
    if not bad:
        if name == "down":
            say("    seconds from the kill until the site answered 200 again: 0.0 (no failed probe "
                "while it was down)")
        return 0.0
    last = max(p[0] for p in bad)
    again = [p for p in probes if p[3] == 200 and p[0] > last]
    rec = (min(p[1] for p in again) - kill) if again else float("nan")
    say("    %s: seconds from the kill until the site answered 200 again: %.1f (failed probes "
        "from +%.1f s to +%.1f s after the kill)"
        % ("while it was down" if name == "down" else "while it came back", rec,
           min(p[0] for p in bad) - kill, last - kill))
    return rec


def cmd_verify(out, socks):
    with open(os.path.join(out, "state.json")) as f:
        state = json.load(f)
    run = state["run"]
    acked, failed = read_log(out)
    say("verify: waiting for the nodes: %s" % wait_quiet(socks))
    problems = 0
    by_kind = collections.Counter(v[0] for v in acked.values())
    say("acknowledged writes: %d (%s); failed answers: %d"
        % (len(acked), ", ".join("%s %d" % (k, by_kind[k]) for k in WRITE_KINDS), len(failed)))
    if failed:
        by = collections.Counter((x[0], x[1]) for x in failed)
        say("  failed by kind and status (0 = no answer): %s"
            % ", ".join("%s %d: %d" % (k, s, n) for (k, s), n in sorted(by.items())))
    if not acked:
        say("NO WRITE WAS ACKNOWLEDGED: nothing is proven (see the failed answers)")
        problems += 1
    failed_tokens = {x[4] for x in failed}
    views = {}
    for i, sock in enumerate(socks, 1):
        found = stored(sock, run)
        counts = collections.Counter(t for rows in found.values() for t, _ in rows)
        ids = collections.defaultdict(set)
        for k, rows in found.items():
            for t, rid in rows:
                ids[(k, t)].add(rid)
        lost = [t for t, (k, rid, _, _) in acked.items() if (k, t) not in ids]
        wrong = [t for t, (k, rid, _, _) in acked.items() if (k, t) in ids and rid not in ids[(k, t)]]
        dups = [t for t, n in counts.items() if n > 1]
        extra = [t for t in counts if t not in acked]
        views[sock] = sorted((k, t, rid) for k, rows in found.items() for t, rid in rows)
        bad = counters(sock, state["users"])
        mism = sum(len(v) for v in bad.values())
        say("node %d (%s): rows %d; lost %d, duplicates %d, at another id %d, counter mismatches %d; "
            "stored though unacknowledged %d (of them failed answers %d)"
            % (i, sock, sum(counts.values()), len(lost), len(dups), len(wrong), mism, len(extra),
               len([t for t in extra if t in failed_tokens])))
        for t in lost[:10]:
            say("  LOST %s %s (id %s, answered at %.3f)" % (acked[t][0], t, acked[t][1], acked[t][3]))
        for t in dups[:10]:
            say("  DUPLICATE %s: %s" % (t, [(k, rid) for k, rows in found.items()
                                            for tt, rid in rows if tt == t]))
        for t in wrong[:10]:
            say("  AT ANOTHER ID %s: acknowledged %s, stored %s" % (t, acked[t][1],
                                                                  sorted(ids[(acked[t][0], t)])))
        for name, rows in bad.items():
            if rows:
                say("  COUNTER %s: %d wrong (%s)" % (name, len(rows), ", ".join(rows[:8])))
        problems += len(lost) + len(dups) + len(wrong) + mism
    if len({tuple(v) for v in views.values()}) > 1:
        say("NODES DIFFER: the run's rows are not the same on every node")
        problems += 1
    elif len(socks) > 1:
        say("the run's rows are the same on all %d nodes" % len(socks))
    ev = events_of(out)
    probes = probes_of(out)
    if probes:
        pbad = [p for p in probes if p[3] != 200]
        say("prober: %d probes, %d failed (%.2f%%)" % (len(probes), len(pbad),
                                                      100.0 * len(pbad) / len(probes)))
    recs = {}
    if ev:
        say("failovers (times from check-cluster.sh's events):")
        t_db = when(ev, "kill-db")
        if when(ev, "load-start") and t_db:
            say("  before any failover (the baseline)")
            phase("steady", when(ev, "load-start") + 1, t_db, probes, acked, failed)
        t_app = when(ev, "kill-app")
        recs["db"] = failover("db node killed (SIGKILL) and brought back",
                              t_db, when(ev, "start-db"), t_app or when(ev, "load-stop"),
                              probes, acked, failed)
        s = when(ev, "start-db")
        y = when(ev, "db-synced")
        if s and y:
            say("    rejoined (start-db until Synced): %.1f s" % (y - s))
        recs["app"] = failover("app host killed (SIGKILL) and restarted",
                               t_app, when(ev, "start-app"), when(ev, "load-stop"),
                               probes, acked, failed)
    with open(os.path.join(out, "result.json"), "w") as f:
        json.dump({"acknowledged": len(acked), "failed": len(failed), "problems": problems,
                   "recovery": recs}, f)
    say("verify: %s" % ("OK: every acknowledged write on every node, no duplicate, every counter "
                        "equals its rows" if problems == 0 else "FAILED: %d problems" % problems))
    return 1 if problems else 0


# ---------------------------------------------------------------- bench

def wrk(url, seconds, script, env):
    cmd = ["wrk", "-t2", "-c16", "-d%ds" % seconds, "--timeout", "10s", "-s", script, url]
    res = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ, **env))
    m = re.search(r"Requests/sec:\s+([0-9.]+)", res.stdout)
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", res.stdout)
    err = re.search(r"Socket errors: (.*)", res.stdout)
    statuses = dict(sorted((int(a), int(b)) for a, b in re.findall(r"^status (\d+) (\d+)$",
                                                                    res.stdout, re.M)))
    return float(m.group(1)) if m else 0.0, int(bad.group(1)) if bad else 0, \
        err.group(1) if err else "", statuses


def cmd_bench(out, urls, seconds=int(os.environ.get("CHECK_BENCH_SECONDS", "5"))):
    """The same pages read for `seconds` at each URL: as a visitor (the
    home page and a post) and logged in (the same two, the member's own
    session)."""
    with open(os.path.join(out, "state.json")) as f:
        state = json.load(f)
    with open(os.path.join(out, "probe.cookie")) as f:
        cookie = f.read().strip()
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "read.lua")
    pages = "/ /p/%s" % state["post"]
    say("read benchmark: wrk -t2 -c16, %d s each, pages %s" % (seconds, pages))
    bad = 0
    for label, url in urls:
        for who, c in (("visitor", ""), ("logged in", cookie)):
            rps, non2xx, err, statuses = wrk(url, seconds, script,
                                             {"READ_PATHS": pages, "READ_COOKIE": c})
            say("  %-22s %-9s %8.0f requests/s%s%s" % (
                label, who, rps, ", %d not 2xx/3xx %s" % (non2xx, statuses) if non2xx else "",
                ", socket errors " + err if err else ""))
            bad += non2xx
    return 0


def main():
    cmd, out = sys.argv[1], sys.argv[2]
    if cmd == "prepare":
        cmd_prepare(out, sys.argv[3], sys.argv[4:])
    elif cmd == "verify":
        sys.exit(cmd_verify(out, sys.argv[3:]))
    elif cmd == "restore":
        cmd_restore(out, sys.argv[3:])
    elif cmd == "bench":
        # label=url pairs
        sys.exit(cmd_bench(out, [tuple(a.split("=", 1)) for a in sys.argv[3:]]))
    else:
        sys.exit("usage: proof.py prepare|verify|bench|restore OUT ...")


if __name__ == "__main__":
    main()
