"""
hard.py - the fault and load checks of `make check-hard` (issue 8), run by
scripts/check-hard.sh against a private stack (never var/test): worker
crashes under writes, MariaDB restarted under load, bodies cut short, disk
full, backup and restore, and a soak. Each check prints its figures and
PASS or FAIL; the exit status is 1 when any check failed.

    OPBAK_URL=http://127.0.0.1:PORT STACK_DIR=var/hard RESTORE_DIR=var/hard-restore \
        python3 tests/hard/hard.py [check ...]

Checks: crash dbrestart cutshort backup diskfull soak (default: all, in
that order). Environment: SOAK_SECONDS (600), SOAK_RATE (requests per
second, 50), HARD_TIMEOUT (seconds any answer may take, 5), KILL_ROUNDS (3).

The load is Python threads (standard library only), one member and one
session per thread, each write's acknowledgement (303 and the id in its
Location) recorded, so afterwards every acknowledged write can be looked
up. The soak's pacer hands out request slots at a fixed rate (an open
schedule: a slow answer makes later requests late, it does not lower the
rate) and reports the rate reached per 10-second window.
"""
import collections
import os
import random
import re
import secrets
import shutil
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "http"))

import opbak  # noqa: E402
from opbak import Browser, ROOT, sql  # noqa: E402
from post_helpers import member, premod, write_post, back, user_id  # noqa: E402
import test_writers_concurrent as twc  # noqa: E402

STACK_DIR = opbak.STACK_DIR
RESTORE_DIR = os.environ.get("RESTORE_DIR", "var/hard-restore")
TIMEOUT = float(os.environ.get("HARD_TIMEOUT", "5"))
SOAK_SECONDS = float(os.environ.get("SOAK_SECONDS", "600"))
SOAK_RATE = float(os.environ.get("SOAK_RATE", "50"))
KILL_ROUNDS = int(os.environ.get("KILL_ROUNDS", "3"))
APPS = ("feed", "post", "account")
PASSWORD = "correct horse battery"

RESULTS = []


def say(*a):
    print(*a, flush=True)


def verdict(name, ok, figures):
    RESULTS.append((name, ok))
    say("%s: %s" % (name, "PASS" if ok else "FAIL"))
    for f in figures:
        say("    " + f)


def abspath(d):
    return d if os.path.isabs(d) else os.path.join(ROOT, d)


def stack(command, stack_dir=STACK_DIR, **extra):
    env = dict(os.environ, STACK_DIR=stack_dir, **extra)
    t = time.monotonic()
    subprocess.run([os.path.join(ROOT, "scripts", "stack.sh"), command], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    return time.monotonic() - t


# ------------------------------------------------------------------ workers

def workers(app):
    return opbak.workers(app, abspath(STACK_DIR))


dead = opbak.dead


def rss_kb(pid):
    try:
        for line in open("/proc/%d/status" % pid):
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


# --------------------------------------------------------------------- load

class Load:
    """Threads writing and reading as members; every answer recorded with
    its start time and latency; every acknowledged write kept."""

    def __init__(self, threads, write_share=0.7, paced_rate=None):
        self.lock = threading.Lock()
        self.answers = []          # (start, latency, status, kind)
        self.samples = {}          # (kind, status) -> the first such answer's words
        self.acked_posts = set()
        self.acked_backings = set()
        self.acked_votes = set()   # (backing id, voter id)
        self.acked_bio = {}        # user id -> last acknowledged sequence number
        self.sent_bio = collections.defaultdict(set)
        self.posts = []            # (post id, author id)
        self.backings = []         # (backing id, author id)
        self.write_share = write_share
        self.paced_rate = paced_rate
        self.slot = 0
        self.stop = threading.Event()
        self.members = []
        for _ in range(threads):
            b, handle = member("hard", days_old=3)
            sql("UPDATE users SET on_leaderboard = 0 WHERE handle = ?", handle)
            uid = user_id(handle)
            self.members.append((b, uid))
        for b, uid in self.members[:4]:
            self.posts.append((write_post(b), uid))
        for b, uid in self.members:
            for pid, author in list(self.posts):
                if author != uid:
                    self.backings.append((back(b, pid), uid))
                    break
        self.users = [uid for _, uid in self.members]
        self.initial_posts = {p for p, _ in self.posts}
        self.initial_backings = {b for b, _ in self.backings}
        self.lateness = []

    def record(self, start, latency, status, kind):
        with self.lock:
            self.answers.append((start, latency, status, kind))

    def timed(self, kind, fn):
        t0 = time.monotonic()
        try:
            r = fn()
            status = r.status
        except (OSError, http_client_errors()) as e:
            r, status = None, "conn:%s" % type(e).__name__
        self.record(t0, time.monotonic() - t0, status, kind)
        if r is not None and status not in (200, 303, 409) and (kind, status) not in self.samples:
            m = re.search(r"<main[^>]*>(.*?)</main>", r.text, re.S)
            self.samples[(kind, status)] = re.sub(r"<[^>]+>|\s+", " ", m.group(1) if m else r.text)[:120]
        return r

    def one(self, b, me, rnd, seq):
        with self.lock:
            posts = list(self.posts)
            backings = list(self.backings)
        if rnd.random() >= self.write_share:
            roll = rnd.random()
            if roll < 0.3:
                self.timed("read /", lambda: b.get("/"))
            elif roll < 0.6:
                pid = rnd.choice(posts)[0]
                self.timed("read /p", lambda: b.get("/p/%d" % pid))
            elif roll < 0.75:
                self.timed("read /t", lambda: b.get("/t/friends"))
            elif roll < 0.9:
                self.timed("read settings", lambda: b.get("/account/settings"))
            else:
                pid = rnd.choice(posts)[0]
                self.timed("read back form", lambda: b.get("/post/%d/back" % pid))
            return
        roll = rnd.random()
        others = [p for p in posts if p[1] != me]
        if roll < 0.4 and others:
            pid = rnd.choice(others[-50:])[0]
            r = self.timed("backing", lambda: b.post(
                "/post/%d/back" % pid, {"body": "Try talking to him alone, %s." % word(rnd)}))
            m = r and re.fullmatch(r"/p/%d#b(\d+)" % pid, r.header("location") or "")
            if r and r.status == 303 and m:
                with self.lock:
                    self.acked_backings.add(int(m.group(1)))
                    self.backings.append((int(m.group(1)), me))
            return
        votable = [x for x in backings if x[1] != me]
        if roll < 0.65 and votable:
            bid = rnd.choice(votable[-200:])[0]
            r = self.timed("vote", lambda: b.post("/post/backing/%d/vote" % bid))
            if r and r.status == 303:
                with self.lock:
                    self.acked_votes.add((bid, me))
            return
        if roll < 0.85:
            with self.lock:
                self.sent_bio[me].add(seq)
            r = self.timed("profile", lambda: b.post(
                "/account/settings/profile", {"bio": "hard bio %d" % seq}))
            if r and r.status == 303:
                with self.lock:
                    self.acked_bio[me] = max(self.acked_bio.get(me, -1), seq)
            return
        r = self.timed("post", lambda: b.post("/post/new", {
            "title": "Hard question %06d" % rnd.randrange(10 ** 6), "topic": "friends",
            "body": "What would you do? I do not know where to start."}))
        m = r and re.fullmatch(r"/p/(\d+)", r.header("location") or "")
        if r and r.status == 303 and m:
            with self.lock:
                self.acked_posts.add(int(m.group(1)))
                self.posts.append((int(m.group(1)), me))

    def _loop(self, i):
        b, me = self.members[i]
        rnd = random.Random(i * 7919 + int(time.time()))
        seq = 0
        while not self.stop.is_set():
            if self.paced_rate:
                with self.lock:
                    k = self.slot
                    self.slot += 1
                due = self.t0 + k / self.paced_rate
                wait = due - time.monotonic()
                if wait > 0 and self.stop.wait(wait):
                    break
                self.lateness.append(max(0.0, time.monotonic() - due))
            seq += 1
            self.one(b, me, rnd, seq * 1000 + i)

    def start(self):
        self.t0 = time.monotonic()
        self.threads = [threading.Thread(target=self._loop, args=(i,), daemon=True)
                        for i in range(len(self.members))]
        for t in self.threads:
            t.start()

    def finish(self):
        self.stop.set()
        for t in self.threads:
            t.join(timeout=60)

    def statuses(self, since=None, until=None):
        c = collections.Counter()
        for start, _, status, _ in self.answers:
            if (since is None or start >= since) and (until is None or start < until):
                c[status] += 1
        return c

    def max_latency(self):
        return max((a[1] for a in self.answers), default=0.0)

    def verify(self, exact=False):
        """Every acknowledged write is in the database; counters equal rows;
        with exact, the database holds no write of theirs that was not
        acknowledged either. Returns (ok, figures)."""
        figs, ok = [], True
        ul = ",".join(map(str, self.users))
        n_posts = int(sql("SELECT COUNT(*) FROM posts WHERE user_id IN (%s)" % ul)[0][0])
        n_backings = int(sql("SELECT COUNT(*) FROM backings WHERE user_id IN (%s)" % ul)[0][0])
        n_votes = int(sql("SELECT COUNT(*) FROM votes WHERE user_id IN (%s)" % ul)[0][0])
        want = (len(self.initial_posts | self.acked_posts), len(self.initial_backings | self.acked_backings),
                len(self.acked_votes))
        figs.append("rows of theirs in the database: posts %d, backings %d, votes %d; acknowledged "
                    "(with the setup's): %d, %d, %d%s" % ((n_posts, n_backings, n_votes) + want + ((
                        "" if (n_posts, n_backings, n_votes) == want else
                        " (the difference: writes committed whose answer was lost)"),)))
        if exact and (n_posts, n_backings, n_votes) != want:
            ok = False

        def missing(table, ids):
            if not ids:
                return []
            have = {int(r[0]) for r in sql("SELECT id FROM %s WHERE id IN (%s)"
                                           % (table, ",".join(map(str, ids))))}
            return sorted(set(ids) - have)
        mp = missing("posts", self.acked_posts)
        mb = missing("backings", self.acked_backings)
        mv = []
        if self.acked_votes:
            have = {(int(a), int(b)) for a, b in sql(
                "SELECT backing_id, user_id FROM votes WHERE user_id IN (%s)"
                % ",".join(map(str, self.users)))}
            mv = sorted(self.acked_votes - have)
        mbio = []
        for uid, seq in self.acked_bio.items():
            bio = sql("SELECT bio FROM users WHERE id = ?", uid)[0][0]
            m = re.fullmatch(r"hard bio (\d+)", bio)
            got = int(m.group(1)) if m else -1
            # the last acknowledged, or a later one whose answer was lost
            if got < seq or got not in self.sent_bio[uid]:
                mbio.append((uid, seq, got))
        figs.append("acknowledged writes: %d posts, %d backings, %d votes, %d profiles (last per member: %d)"
                    % (len(self.acked_posts), len(self.acked_backings), len(self.acked_votes),
                       self.count_kind("profile", 303), len(self.acked_bio)))
        odd = collections.Counter((k, s) for _, _, s, k in self.answers if s not in (200, 303, 409))
        for (k, s), n in sorted(odd.items(), key=str):
            figs.append("%s answered %s: %d (e.g. \"%s\")" % (k, s, n, self.samples.get((k, s), "").strip()))
        figs.append("missing afterwards: posts %d, backings %d, votes %d, profiles %d"
                    % (len(mp), len(mb), len(mv), len(mbio)))
        if mp or mb or mv or mbio:
            ok = False
            figs.append("  missing: %r %r %r %r" % (mp[:5], mb[:5], mv[:5], mbio[:5]))
        try:
            twc.check_counters(self.users)
            figs.append("counters equal rows (check_counters over %d members): yes" % len(self.users))
        except AssertionError as e:
            ok = False
            figs.append("counters equal rows: NO %s" % str(e)[:300])
        bad = sql("SELECT p.id, p.backing_count, (SELECT COUNT(*) FROM backings b WHERE b.post_id = p.id "
                  "AND b.status = 'visible') AS n FROM posts p HAVING p.backing_count <> n")
        figs.append("posts whose backing_count differs from their visible backings (whole site): %d" % len(bad))
        ok = ok and not bad
        return ok, figs

    def count_kind(self, kind, status):
        return sum(1 for a in self.answers if a[3] == kind and a[2] == status)


def word(rnd):
    """Letters only: digits could look like a phone number to the guard."""
    return "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(10))


def http_client_errors():
    import http.client
    return http.client.HTTPException


def fmt(c):
    return ", ".join("%s: %d" % (k, v) for k, v in sorted(c.items(), key=lambda kv: str(kv[0])))


def probe_page(app):
    return {"feed": "/", "post": "/post/new", "account": "/account/settings"}[app]


# -------------------------------------------------------------- the checks

def check_crash():
    """SIGKILL every worker of each executable in turn, KILL_ROUNDS times,
    while 8 members write; time until that executable answers 200 again."""
    load = Load(8, write_share=0.8)
    prober = load.members[0][0]
    load.start()
    time.sleep(2)
    recover = []
    killed = 0
    for rnd in range(KILL_ROUNDS):
        for app in APPS:
            pids = workers(app)
            for p in pids:
                os.kill(p, signal.SIGKILL)
            killed += len(pids)
            t_kill = time.monotonic()
            while not all(dead(p) for p in pids) and time.monotonic() - t_kill < 5:
                time.sleep(0.002)
            t_dead = time.monotonic()
            back_at = None
            while time.monotonic() - t_dead < 10:
                try:
                    if prober.get(probe_page(app)).status == 200:
                        back_at = time.monotonic()
                        break
                except OSError:
                    pass
                time.sleep(0.01)
            recover.append((app, None if back_at is None else back_at - t_dead))
            time.sleep(1.2)  # the master waits 1 s before replacing a worker that died at once
    time.sleep(1)
    load.finish()
    ok_v, figs = load.verify()
    worst = max((r for _, r in recover if r is not None), default=None)
    never = [a for a, r in recover if r is None]
    st = load.statuses()
    allowed = {200, 303, 409, 502}
    odd = {k: v for k, v in st.items() if k not in allowed}
    ok = ok_v and not never and worst is not None and worst < 1.0 and not odd
    by_app = collections.defaultdict(list)
    for a, r in recover:
        by_app[a].append("%.3f" % r if r is not None else "never")
    verdict("worker crash", ok, [
        "%d workers SIGKILLed (all workers of feed, post, account, %d rounds) under 8 writers"
        % (killed, KILL_ROUNDS),
        "seconds from the workers' death to the next 200: " +
        "; ".join("%s %s" % (a, " ".join(v)) for a, v in by_app.items()) +
        " (worst %.3f, limit 1.0)" % (worst or -1),
        "answers: %s (%d in all; 502 = the request a killed worker held)" % (fmt(st), sum(st.values())),
        "answers other than 200/303/409/502: %s" % (fmt(odd) or "none"),
    ] + figs)


def check_dbrestart():
    """MariaDB stopped for a few seconds and started again under load."""
    load = Load(6, write_share=0.5)
    load.start()
    time.sleep(3)
    t_stop0 = time.monotonic()
    stop_took = stack("db-stop")
    t_down = time.monotonic()
    time.sleep(5)
    t_start0 = time.monotonic()
    start_took = stack("db-start")
    t_up = time.monotonic()
    time.sleep(5)
    load.finish()
    during = load.statuses(since=t_stop0, until=t_up)
    down = load.statuses(since=t_down, until=t_start0)
    after = load.statuses(since=t_up)
    before = load.statuses(until=t_stop0)
    first_after = sorted((a for a in load.answers if a[0] >= t_up), key=lambda a: a[0])[:12]
    maxlat = load.max_latency()
    page503 = True
    r = None
    # the 503 page itself, asked for while the database is down once more
    stack("db-stop")
    try:
        r = Browser().get("/")
        page503 = r.status == 503 and "cannot reach its database" in r.text
    finally:
        stack("db-start")
    time.sleep(0.5)
    ok_v, figs = load.verify()
    bad_during = {k: v for k, v in during.items() if k not in (200, 303, 409, 503)}
    bad_after = {k: v for k, v in after.items() if k not in (200, 303, 409)}
    bad_before = {k: v for k, v in before.items() if k not in (200, 303, 409)}
    ok = (ok_v and not bad_during and not bad_after and not bad_before and maxlat < TIMEOUT
          and down.get(503, 0) > 0 and page503 and after)
    verdict("database restart", ok, [
        "db-stop took %.2f s, down %.2f s, db-start took %.2f s" % (stop_took, t_start0 - t_down, start_took),
        "answers before: %s" % fmt(before),
        "answers from stop to up: %s (only 503 allowed besides success)" % fmt(during),
        "answers while fully down: %s" % fmt(down),
        "answers after db-start returned: %s (all must succeed)" % fmt(after),
        "first answers after restart: %s" % " ".join(str(a[2]) for a in first_after),
        "max latency of any answer: %.3f s (limit %.1f s); connection errors: %d"
        % (maxlat, TIMEOUT, sum(v for k, v in load.statuses().items() if isinstance(k, str))),
        "the 503 page says \"cannot reach its database\": %s" % ("yes" if page503 else "NO %r" % r),
    ] + figs)


def raw_http(data, half_close=True):
    """Send raw bytes to nginx, close our side, return (status or None, seconds)."""
    host = opbak._host
    s = socket.create_connection((host.hostname, host.port), timeout=TIMEOUT + 5)
    t = time.monotonic()
    s.sendall(data)
    if half_close:
        s.shutdown(socket.SHUT_WR)
    buf = b""
    try:
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            buf += chunk
    except (socket.timeout, ConnectionResetError):
        pass
    s.close()
    m = re.match(rb"HTTP/1\.[01] (\d{3})", buf)
    return (int(m.group(1)) if m else None), time.monotonic() - t, buf


def fcgi_request(sock_path, params, stdin):
    """One FastCGI request straight to an executable's socket (what nginx
    would pass on without request buffering); returns (status, body)."""
    def rec(t, content, rid=1):
        pad = (-len(content)) % 8
        return struct.pack("!BBHHBx", 1, t, rid, len(content), pad) + content + b"\0" * pad

    def nv(k, v):
        k, v = k.encode(), v.encode()
        def ln(x):
            return struct.pack("!B", len(x)) if len(x) < 128 else struct.pack("!I", len(x) | 0x80000000)
        return ln(k) + ln(v) + k + v
    out = rec(1, struct.pack("!HB5x", 1, 0))
    p = b"".join(nv(k, v) for k, v in params.items())
    out += rec(4, p) + rec(4, b"")
    for i in range(0, len(stdin), 8000):
        out += rec(5, stdin[i:i + 8000])
    out += rec(5, b"")
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(TIMEOUT + 5)
    s.connect(sock_path)
    s.sendall(out)
    data = b""
    stdout = b""
    while True:
        chunk = s.recv(65536)
        if not chunk:
            break
        data += chunk
        done = False
        while len(data) >= 8:
            _, t, _, clen, pad = struct.unpack("!BBHHBx", data[:8])
            if len(data) < 8 + clen + pad:
                break
            if t == 6:
                stdout += data[8:8 + clen]
            if t == 3:
                done = True
            data = data[8 + clen + pad:]
        if done:
            break
    s.close()
    m = re.search(rb"^Status: (\d{3})", stdout, re.M)
    return (int(m.group(1)) if m else 200), stdout


def check_cutshort():
    b, handle = member("cut", days_old=3)
    uid = user_id(handle)
    b.get("/post/new")
    cookie = "; ".join("%s=%s" % kv for kv in b.cookies.items())
    figs, ok = [], True
    import urllib.parse
    cases = []
    tag = secrets.token_hex(4)
    # 1. urlencoded, Content-Length 500 more than sent, connection closed
    body = urllib.parse.urlencode({"title": "Cut short %s a" % tag, "topic": "friends",
                                   "body": "What would you do? " * 10, "csrf": b.csrf}).encode()
    cases.append(("urlencoded body cut short", "application/x-www-form-urlencoded", body, len(body) + 500))
    # 2. multipart cut in the middle of a part
    bd = "----hard" + tag
    mp = "".join("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n" % (bd, k, v)
                 for k, v in [("csrf", b.csrf), ("topic", "friends"), ("title", "Cut short %s b" % tag),
                              ("body", "What would you do? " * 10)]) + "--%s--\r\n" % bd
    mpb = mp.encode()
    cases.append(("multipart body cut short", "multipart/form-data; boundary=" + bd, mpb[:len(mpb) // 2], len(mpb)))
    before = int(sql("SELECT COUNT(*) FROM posts WHERE user_id = ?", uid)[0][0])
    for name, ctype, data, clen in cases:
        req = ("POST /post/new HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: %s\r\nContent-Type: %s\r\n"
               "Content-Length: %d\r\nConnection: close\r\n\r\n" % (cookie, ctype, clen)).encode() + data
        status, took, _ = raw_http(req)
        figs.append("nginx, %s (%d of %d bytes, then closed): %s in %.2f s"
                    % (name, len(data), clen, status if status else "no answer (connection closed)", took))
        # nginx buffers the body: the cut request never reaches an executable;
        # a client that closed gets no answer, or a 400
        ok = ok and status in (None, 400) and took < TIMEOUT
    # the same bodies straight to the executable, as if nginx passed them on
    sockp = os.path.join(abspath(STACK_DIR), "run", "post.sock")
    for name, ctype, data, clen in cases:
        params = {"REQUEST_METHOD": "POST", "SCRIPT_NAME": "/post/new", "REQUEST_URI": "/post/new",
                  "QUERY_STRING": "", "CONTENT_TYPE": ctype, "CONTENT_LENGTH": str(clen),
                  "HTTP_COOKIE": cookie, "HTTP_HOST": "127.0.0.1", "REMOTE_ADDR": "127.0.0.1",
                  "SERVER_NAME": "127.0.0.1", "SERVER_PORT": str(opbak._host.port),
                  "SERVER_PROTOCOL": "HTTP/1.1", "HTTP_ORIGIN": opbak.URL}
        status, out = fcgi_request(sockp, params, data)
        text = out.decode("utf-8", "replace")
        msg = re.search(r"<main[^>]*>(.*?)</main>", text, re.S)
        words = re.sub(r"<[^>]+>|\s+", " ", msg.group(1)).strip()[:100] if msg else text[:100]
        figs.append("executable, %s: %d, says \"%s\"" % (name, status, words))
        ok = ok and status == 400
    after = int(sql("SELECT COUNT(*) FROM posts WHERE user_id = ?", uid)[0][0])
    stored = int(sql("SELECT COUNT(*) FROM posts WHERE title LIKE ?", "Cut short %s%%" % tag)[0][0])
    figs.append("posts written by the cut requests: %d (member's posts %d before, %d after)"
                % (stored, before, after))
    ok = ok and stored == 0 and after == before
    r = b.post("/post/new", {"title": "After the cut %s" % tag, "topic": "friends",
                             "body": "What would you do? I do not know where to start."})
    figs.append("a whole post right after: %d" % r.status)
    ok = ok and r.status == 303
    verdict("body cut short", ok, figs)


def dbroot(stack_dir, query):
    sockp = os.path.join(abspath(stack_dir), "run", "mysqld.sock")
    out = subprocess.run(["mariadb", "--no-defaults", "--socket=" + sockp, "-uroot", "--batch",
                          "--skip-column-names", "opbak", "-e", query],
                         check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines()]


def table_figures(stack_dir):
    tables = [r[0] for r in dbroot(stack_dir, "SHOW FULL TABLES WHERE Table_type = 'BASE TABLE'")]
    counts = {t: int(dbroot(stack_dir, "SELECT COUNT(*) FROM `%s`" % t)[0][0]) for t in tables}
    sums = {r[0].split(".", 1)[1]: r[1] for r in dbroot(stack_dir, "CHECKSUM TABLE " +
                                                          ", ".join("`%s`" % t for t in tables))}
    return counts, sums


def check_backup():
    """make backup of the running stack while members write; restore into a
    fresh stack; compare; then a quiet backup compared table by table."""
    figs, ok = [], True
    env = dict(os.environ)
    env.pop("BACKUP", None)
    bdir = os.path.join(abspath(STACK_DIR), "backups")
    shutil.rmtree(bdir, ignore_errors=True)

    def backup(path):
        t = time.monotonic()
        subprocess.run(["make", "--no-print-directory", "-C", ROOT, "backup", "BACKUP=" + path,
                        "STACK_DIR=" + STACK_DIR], check=True, env=env, stdout=subprocess.DEVNULL)
        return time.monotonic() - t

    def restore(path):
        t = time.monotonic()
        subprocess.run(["make", "--no-print-directory", "-C", ROOT, "restore", "BACKUP=" + path,
                        "STACK_DIR=" + RESTORE_DIR, "FORCE=1",
                        "MEDIA_DIR=" + os.path.join(abspath(RESTORE_DIR), "media")],
                       check=True, env=env, stdout=subprocess.DEVNULL)
        return time.monotonic() - t

    # 1. under load: the dump must be one consistent moment
    load = Load(6, write_share=0.9)
    load.start()
    time.sleep(2)
    live = os.path.join(bdir, "live.tar.gz")
    took = backup(live)
    time.sleep(1)
    load.finish()
    figs.append("backup under 6 writers: %.2f s, %d bytes; answers meanwhile: %s"
                % (took, os.path.getsize(live), fmt(load.statuses())))
    # The source stack goes away while the restored one runs on the same port.
    stack("stop")
    try:
        check_restored(figs, live, quiet=os.path.join(bdir, "quiet.tar.gz"), load=load,
                       backup=backup, restore=restore)
    except Exception:
        figs.append("error: %s" % traceback.format_exc()[-800:])
    finally:
        try:
            stack("stop", RESTORE_DIR)
        except subprocess.CalledProcessError:
            pass
        stack("start")
    ok = all(not f.startswith(("error", "FAILED")) for f in figs)
    verdict("backup and restore", ok, figs)


def check_restored(figs, live, quiet, load, backup, restore):
    stack("destroy", RESTORE_DIR)
    took = restore(live)
    figs.append("restore into a fresh stack (%s): %.2f s" % (RESTORE_DIR, took))
    saved = opbak.STACK_DIR
    opbak.STACK_DIR = RESTORE_DIR
    try:
        twc.check_counters(load.users)
        bad = dbroot(RESTORE_DIR, "SELECT p.id FROM posts p WHERE p.backing_count <> (SELECT COUNT(*) "
                     "FROM backings b WHERE b.post_id = p.id AND b.status = 'visible')")
        figs.append("%srestored copy of the live backup: counters equal rows: %s"
                    % (("", "yes") if not bad else ("FAILED: ", "no")))
    except AssertionError as e:
        figs.append("FAILED: restored copy of the live backup: counters differ from rows %s" % str(e)[:200])
    finally:
        opbak.STACK_DIR = saved
    r = Browser().get("/")
    figs.append("%sthe restored site answers /: %d" % ("" if r.status == 200 else "FAILED: ", r.status))
    # 2. quiet: the copy equals the source table by table
    stack("db-start")
    took = backup(quiet)
    figs.append("quiet backup: %.2f s, %d bytes" % (took, os.path.getsize(quiet)))
    took = restore(quiet)
    figs.append("restore: %.2f s" % took)
    c1, s1 = table_figures(STACK_DIR)
    c2, s2 = table_figures(RESTORE_DIR)
    diff = [t for t in sorted(set(c1) | set(c2)) if c1.get(t) != c2.get(t) or s1.get(t) != s2.get(t)]
    figs.append("%s%d tables, %d rows; row counts and CHECKSUM TABLE equal in every table: %s"
                % ("" if c1 and not diff else "FAILED: ", len(c1), sum(c1.values()),
                   "yes" if not diff else "no: %s" % diff))
    figs.append("rows per table: " + ", ".join("%s %d" % (t, c1[t]) for t in sorted(c1)))


def db_alive():
    sockp = os.path.join(abspath(STACK_DIR), "run", "mysqld.sock")
    return subprocess.run(["mariadb-admin", "--no-defaults", "--socket=" + sockp, "-uroot",
                           "--connect-timeout=2", "ping"], capture_output=True).returncode == 0


def check_diskfull():
    figs, ok = [], True
    datadir = os.path.join(abspath(STACK_DIR), "mysql")
    saved = datadir + ".disk"
    if os.geteuid() != 0:
        verdict("disk full", False, ["not root: cannot mount a small file system for the data directory"])
        return
    b, handle = member("full", days_old=3)
    uid = user_id(handle)
    stack("db-stop")
    used_mb = int(subprocess.run(["du", "-sm", datadir], capture_output=True, text=True,
                                 check=True).stdout.split()[0])
    size_mb = used_mb + 12
    os.rename(datadir, saved)
    os.mkdir(datadir)
    mounted = False
    try:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=%dm,mode=0750" % size_mb, "tmpfs", datadir],
                       check=True)
        mounted = True
        subprocess.run(["cp", "-a", saved + "/.", datadir], check=True)
        stack("db-start")
        log_at = os.path.getsize(os.path.join(abspath(STACK_DIR), "log", "mysqld.log"))
        figs.append("data directory (%d MB) on a %d MB tmpfs" % (used_mb, size_mb))
        statuses = collections.Counter()
        acked, first_fail, fails_in_row, n = set(), None, 0, 0
        fail_pages = []
        body = ("I do not know where to start. " * 330)[:9900].rstrip()
        t0 = time.monotonic()
        maxlat = 0
        while n < 3000 and fails_in_row < 8:
            n += 1
            t = time.monotonic()
            r = b.post("/post/new", {"title": "Disk full %d" % n, "topic": "friends", "body": body})
            maxlat = max(maxlat, time.monotonic() - t)
            statuses[r.status] += 1
            m = re.fullmatch(r"/p/(\d+)", r.header("location") or "")
            if r.status == 303 and m:
                acked.add(int(m.group(1)))
                fails_in_row = 0
            else:
                fails_in_row += 1
                if first_fail is None:
                    first_fail = n
                if len(fail_pages) < 3:
                    msg = re.search(r"<main[^>]*>(.*?)</main>", r.text, re.S)
                    fail_pages.append((r.status, re.sub(r"<[^>]+>|\s+", " ", msg.group(1)).strip()[:90]
                                       if msg else r.text[:90]))
        df = subprocess.run(["df", "-m", datadir], capture_output=True, text=True).stdout.splitlines()[-1]
        figs.append("%d posts of %d characters sent in %.1f s: %s; first failure at #%s; max latency %.2f s"
                    % (n, len(body), time.monotonic() - t0, fmt(statuses), first_fail, maxlat))
        figs.append("df when it stopped: %s" % " ".join(df.split()[1:5]))
        for st, words in fail_pages:
            figs.append("failure page: %d \"%s\"" % (st, words))
        bad = {k: v for k, v in statuses.items() if k not in (303, 500, 503)}
        ok = ok and first_fail is not None and not bad
        rd = Browser().get("/")
        figs.append("reading / while full: %d" % rd.status)
        log = open(os.path.join(abspath(STACK_DIR), "log", "mysqld.log"), errors="replace").read()
        log = log[log_at:]
        aborted = not db_alive()
        fatal = re.findall(r"\[FATAL\][^\n]*", log)
        figs.append("MariaDB %s%s" % ("ABORTED (it needs a restart)" if aborted else "kept running",
                                      (": " + fatal[0].strip()) if fatal else ""))
        figs.append("errno 28 (no space) lines in mysqld.log: %d" % log.count("error 28"))
        # free space: grow the file system (and start MariaDB again if it
        # died, as a service manager's Restart=on-failure would)
        subprocess.run(["mount", "-o", "remount,size=%dm" % (size_mb + 200), datadir], check=True)
        t = time.monotonic()
        if aborted:
            stack("db-start")
            figs.append("200 MB freed; db-start (crash recovery) took %.2f s" % (time.monotonic() - t))
        status = None
        while time.monotonic() - t < 15:
            status = b.post("/post/new", {"title": "After the disk", "topic": "friends",
                                          "body": "What would you do? I do not know where to start."}).status
            if status == 303:
                break
            time.sleep(0.2)
        home = Browser().get("/").status
        figs.append("after freeing: a new post answers %s %.2f s after the space came; / answers %d"
                    % (status, time.monotonic() - t, home))
        ok = ok and status == 303 and home == 200
        have = {int(r[0]) for r in sql("SELECT id FROM posts WHERE user_id = ? AND title LIKE 'Disk full%'", uid)}
        lost = acked - have
        extra = have - acked
        figs.append("acknowledged posts %d, in the database %d, acknowledged but missing %d"
                    % (len(acked), len(have), len(lost)))
        ok = ok and not lost
        try:
            twc.check_counters([uid])
            figs.append("counters equal rows: yes")
        except AssertionError as e:
            ok = False
            figs.append("counters equal rows: NO %s" % str(e)[:200])
        half = int(sql("SELECT COUNT(*) FROM posts WHERE user_id = ? AND title LIKE 'Disk full%' AND "
                       "(body_html = '' OR body_html IS NULL OR CHAR_LENGTH(body) <> ?)", uid, len(body))[0][0])
        figs.append("posts half-written (no rendered body, or a body cut): %d; stored but not acknowledged: %d"
                    % (half, len(extra)))
        ok = ok and half == 0
    except Exception:
        ok = False
        figs.append("error: %s" % traceback.format_exc()[-600:])
    finally:
        # back to the real disk
        try:
            stack("db-stop")
        except subprocess.CalledProcessError:
            pass
        if mounted:
            subprocess.run(["rsync", "-a", "--delete", datadir + "/", saved + "/"], check=False)
            subprocess.run(["umount", datadir], check=False)
        os.rmdir(datadir)
        os.rename(saved, datadir)
        stack("db-start")
    verdict("disk full", ok, figs)


def check_soak():
    threads = 8
    load = Load(threads, write_share=0.3, paced_rate=SOAK_RATE)
    warm = min(60.0, SOAK_SECONDS / 5)
    load.start()
    time.sleep(warm)
    rss0 = {(app, p): rss_kb(p) for app in APPS for p in workers(app)}
    t_warm = time.monotonic()
    time.sleep(max(0.0, SOAK_SECONDS - warm))
    rss1 = {(app, p): rss_kb(p) for app in APPS for p in workers(app)}
    t_end = time.monotonic()
    load.finish()
    st = load.statuses()
    # the rate reached per 10-second window
    windows = collections.Counter(int((a[0] - load.t0) // 10) for a in load.answers
                                  if a[0] - load.t0 < SOAK_SECONDS - 1)
    rates = [windows[w] / 10.0 for w in range(int((SOAK_SECONDS - 1) // 10))]
    lat = sorted(a[1] for a in load.answers)
    figs = ["%d s (warm-up %d s), %d threads, target %.1f requests/s, 30%% writes"
            % (SOAK_SECONDS, warm, threads, SOAK_RATE),
            "answers: %s (%d in all, %.2f/s)" % (fmt(st), len(lat), len(lat) / max(1, t_end - load.t0)),
            "requests per second per 10-s window: min %.1f, median %.1f, max %.1f"
            % (min(rates), sorted(rates)[len(rates) // 2], max(rates)) if rates else "no windows",
            "latency: median %.3f s, p99 %.3f s, max %.3f s"
            % (lat[len(lat) // 2], lat[int(len(lat) * 0.99)], lat[-1]) if lat else "no answers",
            "requests sent late against the schedule: p99 %.3f s, max %.3f s"
            % (sorted(load.lateness)[int(len(load.lateness) * 0.99)], max(load.lateness))
            if load.lateness else "no schedule"]
    ok = bool(lat) and all(k in (200, 303, 409) for k in st)
    grow = []
    for key in sorted(set(rss0) | set(rss1)):
        a, b_ = rss0.get(key), rss1.get(key)
        if a is None or b_ is None:
            grow.append("%s %d replaced" % key)
            ok = False
            continue
        g = (b_ - a) * 100.0 / a
        grow.append("%s %d: %d -> %d kB (%+.1f%%)" % (key[0], key[1], a, b_, g))
        ok = ok and g < 10.0
    figs.append("worker VmRSS after warm-up -> end: " + "; ".join(grow))
    ok_v, vf = load.verify(exact=True)
    verdict("soak", ok and ok_v, figs + vf)


CHECKS = {"crash": check_crash, "dbrestart": check_dbrestart, "cutshort": check_cutshort,
          "backup": check_backup, "diskfull": check_diskfull, "soak": check_soak}


def main():
    names = sys.argv[1:] or ["crash", "dbrestart", "cutshort", "backup", "diskfull", "soak"]
    with premod(covering=False):
        for name in names:
            say("== %s" % name)
            try:
                CHECKS[name]()
            except Exception:
                verdict(name, False, [traceback.format_exc()[-1500:]])
    say("")
    say("check-hard: %d passed, %d failed: %s" % (
        sum(1 for _, ok in RESULTS if ok), sum(1 for _, ok in RESULTS if not ok),
        ", ".join("%s %s" % (n, "PASS" if ok else "FAIL") for n, ok in RESULTS)))
    return 0 if RESULTS and all(ok for _, ok in RESULTS) else 1


if __name__ == "__main__":
    sys.exit(main())
