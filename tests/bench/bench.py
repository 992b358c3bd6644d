"""
bench.py - make bench: the site beside the two limits of the machine it
runs on, in one run (issue 9).

For every page the site's answer is fetched once and its bytes served two
more ways behind the same nginx: "limit", a FastCGI responder writing them
from memory with the site's headers (tests/bench/limit.c, as many workers
as the site), and "static", nginx serving them from a file. Then, round
by round, site, limit and static alternate under wrk (2 threads, 32
connections) after a warm-up; the medians of the rounds are printed with
the two ratios and the issue's targets. Writes (backings, votes, posts)
come from 16 connections, one member's session each, and are counted in
the database. The home feed at BENCH_POSTS posts is set against the same
page at 10,000 posts (a second stack); the inbox's pages (issue 11) are read
with QUESTIONS questions in every state (added to a data set made before
them, once), as a member with conversations and as a support person
(sofie_sp, from the demo content); and the peak RSS of every worker
and of mariadbd closes the table, which goes to tests/bench/results.md.

The data set is generated once per stack (tests/bench/dataset.py) and
kept: var/bench (BENCH_POSTS posts, 1,000,000) and var/bench10k.

    make bench                   the whole run (about 11 minutes on two
                                 cores, plus about 5 for the data set the
                                 first time)
    BENCH_ONLY='goals|coach' make bench   only those pages (no writes, results.md kept)
    BENCH_QUICK=1 make bench     a smoke run: the 10,000-post stack only,
                                 1-second rounds, results not written

Environment: BENCH_SECONDS (4 per round), BENCH_ROUNDS (3), BENCH_POSTS
(1000000), PORT (18090; the 10,000-post stack uses PORT + 1), BUILD
(build). Exits 1 when an answer was not real (an error status, a socket
error, the page's expected text missing, a body of another size), never
for a missed target: those say MISSED in the table.
"""
import datetime
import http.client
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ in tests/bench
import dataset  # noqa: E402

ROOT = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
BUILD = os.path.join(ROOT, os.environ.get("BUILD", "build"))
QUICK = os.environ.get("BENCH_QUICK", "") not in ("", "0")
# BENCH_ONLY=<regex>: only the pages whose label matches, on the big data
# set; no writes, no scale, results.md left as it is (a look at a few pages)
ONLY = os.environ.get("BENCH_ONLY", "")
SECONDS = float(os.environ.get("BENCH_SECONDS", "1" if QUICK else "4"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
POSTS = int(os.environ.get("BENCH_POSTS", "1000000"))
PORT = int(os.environ.get("PORT", "18090"))
WORKERS = 4
CONNECTIONS = 32
WRITERS = 16
RESULTS = os.path.join(ROOT, "tests", "bench", "results.md")
QUESTIONS = 100000  # issue 11: the inbox is measured with this many questions
SUPPORT = ("sofie_sp", "demo-password-sofie")  # scripts/demo.sh: a support person

problems = []  # answers that were not real: make bench fails


def say(*args):
    print(*args, flush=True)


def problem(text):
    say("bench: ERROR: " + text)
    problems.append(text)


def unescape(value):
    """mariadb --batch escapes \\n, \\t, \\0 and \\\\ in values."""
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "0": "\0"}.get(m.group(1), m.group(1)),
                  value)


class Stack:
    """One bench stack: its directory, port and database."""

    def __init__(self, name, posts, port):
        self.dir = os.path.join(ROOT, "var", name)
        self.posts = posts
        self.port = port
        self.base = "http://127.0.0.1:%d" % port
        self.big = posts >= 500000
        self.env = dict(os.environ, STACK_DIR=self.dir, PORT=str(port), WORKERS=str(WORKERS),
                        BIN_DIR=os.path.join(BUILD, "bin"),
                        DB_BUFFER_POOL="2G" if self.big else "256M",
                        DB_LOG_SIZE="512M" if self.big else "96M")
        self.limit_pid = None

    def stack(self, cmd):
        subprocess.run([os.path.join(ROOT, "scripts", "stack.sh"), cmd], env=self.env, check=True,
                       stdout=subprocess.DEVNULL)

    def sql(self, text):
        """Run SQL as the database's root; rows as lists of strings."""
        out = subprocess.run(
            ["mariadb", "--no-defaults", "--default-character-set=utf8mb4",
             "--socket=" + os.path.join(self.dir, "run", "mysqld.sock"), "-uroot", "--batch",
             "--skip-column-names", "opbak"],
            input=text, capture_output=True, text=True)
        if out.returncode != 0:
            raise RuntimeError("SQL failed: %s\n%s" % (out.stderr.strip(), text[:500]))
        return [[unescape(v) for v in line.split("\t")] for line in out.stdout.splitlines()]

    def one(self, text):
        return self.sql(text)[0][0]

    def start(self):
        """Start the stack with make bench's nginx additions; generate the
        data set the first time."""
        marker = os.path.join(self.dir, "bench-data")
        if not os.path.exists(marker) and os.path.exists(self.dir):
            say("bench: %s has no complete data set; destroying it" % self.dir)
            self.stack("destroy")
        extra = os.path.join(self.dir, "nginx", "extra")
        os.makedirs(extra, exist_ok=True)
        static = os.path.join(self.dir, "bench", "static")
        with open(os.path.join(extra, "bench.conf"), "w") as f:
            f.write("# make bench (tests/bench/bench.py): the same bytes as the site's pages,\n"
                    "# from a file and from memory behind FastCGI.\n"
                    "location ^~ /__bench/static/ { alias %s/; }\n"
                    "location ^~ /__bench/limit/ { fastcgi_pass unix:%s; }\n"
                    % (static, os.path.join(self.dir, "run", "benchlimit.sock")))
        say("bench: starting %s on port %d" % (self.dir, self.port))
        self.stack("start")
        # Night pre-moderation would hold the writes: off in bench stacks.
        self.sql("UPDATE settings SET value = '0' WHERE name = 'premod_enabled'")
        if not os.path.exists(marker):
            say("bench: generating %d posts in %s" % (self.posts, self.dir))
            took, u0 = dataset.generate(self.sql, self.posts, say)
            say("bench: data set generated in %.0f s" % took)
            with open(marker, "w") as f:
                f.write("%.0f %d\n" % (took, u0))
            self.stack("start")  # fresh workers after the load
        # The marker: seconds the generation took, the id before the first
        # bench member's.
        with open(marker) as f:
            took, u0 = f.read().split()
        self.generated, self.u0 = float(took), int(u0)

    def start_limit(self, folder):
        sock = os.path.join(self.dir, "run", "benchlimit.sock")
        if os.path.exists(sock):
            os.remove(sock)
        log = open(os.path.join(self.dir, "log", "benchlimit.log"), "a")
        p = subprocess.Popen([os.path.join(BUILD, "tests", "bench-limit"), sock, folder,
                              str(WORKERS)], stdout=log, stderr=log, start_new_session=True)
        self.limit_pid = p.pid
        for _ in range(100):
            if os.path.exists(sock):
                break
            time.sleep(0.05)
        os.chmod(sock, 0o777)

    def stop(self):
        if self.limit_pid:
            try:
                os.killpg(self.limit_pid, 15)
            except ProcessLookupError:
                pass
            self.limit_pid = None
        self.stack("stop")


# ---------------------------------------------------------------- HTTP

def fetch(stack, path, cookie=None, method="GET", body=None, headers=None):
    """One request, no redirects followed: (status, headers, body)."""
    c = http.client.HTTPConnection("127.0.0.1", stack.port, timeout=30)
    h = dict(headers or {})
    if cookie:
        h["Cookie"] = cookie
    if body is not None:
        h["Content-Type"] = "application/x-www-form-urlencoded"
        h["Origin"] = stack.base
    c.request(method, path, body=body, headers=h)
    r = c.getresponse()
    data = r.read()
    c.close()
    return r.status, r.getheaders(), data


def cookies_of(headers, jar):
    for k, v in headers:
        if k.lower() == "set-cookie":
            name, _, value = v.split(";")[0].partition("=")
            jar[name.strip()] = value.strip()
    return "; ".join("%s=%s" % kv for kv in jar.items())


def csrf_in(body):
    m = re.search(rb'name="csrf" value="([0-9a-f]+)"', body)
    return m.group(1).decode() if m else None


def login(stack, handle, password=dataset.PASSWORD):
    """A fresh session for handle (a bench member unless password says
    otherwise): (cookie, csrf token for its forms)."""
    jar = {}
    status, headers, body = fetch(stack, "/account/login")
    cookie = cookies_of(headers, jar)
    token = csrf_in(body)
    form = "handle=%s&password=%s&csrf=%s" % (handle, password, token)
    status, headers, _ = fetch(stack, "/account/login", cookie, "POST", form)
    cookie = cookies_of(headers, jar)
    if status != 303 or "opbak_session" not in jar:
        raise RuntimeError("could not log in as %s (answer %d)" % (handle, status))
    status, headers, body = fetch(stack, "/post/new", cookie)
    return cookies_of(headers, jar), csrf_in(body)


# ---------------------------------------------------------------- wrk

def to_ms(v):
    n = float(re.match(r"[0-9.]+", v).group(0))
    if v.endswith("us"):
        return n / 1000
    if v.endswith("ms"):
        return n
    if v.endswith("m"):
        return n * 60000
    return n * 1000  # seconds


def wrk(url, seconds, headers=(), threads=2, connections=CONNECTIONS, script=None, env=None):
    cmd = ["wrk", "-t%d" % threads, "-c%d" % connections, "-d%gs" % seconds, "--latency",
           "--timeout", "10s"]
    for h in headers:
        cmd += ["-H", h]
    if script:
        cmd += ["-s", script]
    out = subprocess.run(cmd + [url], capture_output=True, text=True,
                         env=dict(os.environ, **(env or {}))).stdout
    r = {"out": out, "rps": 0.0, "p50": 0.0, "p99": 0.0, "bad": 0, "errors": 0, "timeouts": 0,
         "statuses": {}}
    m = re.search(r"Requests/sec:\s+([0-9.]+)", out)
    r["rps"] = float(m.group(1)) if m else 0.0
    for pct, key in (("50", "p50"), ("99", "p99")):
        m = re.search(r"^\s+%s(?:\.000)?%%\s+(\S+)" % pct, out, re.M)
        r[key] = to_ms(m.group(1)) if m else 0.0
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    r["bad"] = int(m.group(1)) if m else 0
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if m:  # a timeout is an answer later than 10 s: slow, not wrong
        r["errors"] = sum(int(x) for x in m.groups()[:3])
        r["timeouts"] = int(m.group(4))
    m = re.search(r"(\d+) requests in ([0-9.]+)(m?s)", out)
    if m:
        r["requests"] = int(m.group(1))
        r["elapsed"] = float(m.group(2)) / (1000 if m.group(3) == "ms" else 1)
    for s, n in re.findall(r"^status (\d+) (\d+)$", out, re.M):
        r["statuses"][int(s)] = int(n)
    return r


# ---------------------------------------------------------------- pages

SKIP_HEADERS = {"date", "set-cookie", "server", "connection", "content-length",
                "transfer-encoding", "keep-alive", "vary", "x-cache"}


def save_page(folder, name, status, headers, body):
    """The site's answer as the limit answers it (<name>.head, <name>)
    and as nginx serves it (<name>)."""
    with open(os.path.join(folder, name), "wb") as f:
        f.write(body)
    with open(os.path.join(folder, name + ".head"), "w") as f:
        f.write("Status: %d %s\r\n" % (status, http.client.responses.get(status, "")))
        for k, v in headers:
            if k.lower() not in SKIP_HEADERS:
                f.write("%s: %s\r\n" % (k, v))


def pages_of(stack, member, member_cookie):
    """The rows of the table: (label, name, path, cookie, expected text,
    target). Names end in the extension nginx's mime types need."""
    one = stack.one
    # The post generated with 30 backings (the writers leave it alone).
    post30, count30 = stack.sql("SELECT id, backing_count FROM posts WHERE backing_count >= 30 "
                                "AND status = 'visible' ORDER BY backing_count, id DESC LIMIT 1")[0]
    title30 = one("SELECT title FROM posts WHERE id = %s" % post30)
    newest = one("SELECT title FROM posts WHERE status = 'visible' ORDER BY id DESC LIMIT 1")
    topic = one("SELECT slug FROM topics WHERE slug = 'family'")
    top_name = one("SELECT name FROM topics WHERE slug = 'family'")
    # A search is real when it lists the newest post with the word.
    found = one("SELECT id FROM posts WHERE MATCH (title, body) AGAINST ('handball') "
                "AND status = 'visible' ORDER BY id DESC LIMIT 1")
    public = one("SELECT title FROM posts WHERE status = 'visible' AND is_public = 1 "
                 "ORDER BY id DESC LIMIT 1")
    # The filters of the lists (issue 10): the first row of each.
    unanswered = one("SELECT title FROM posts WHERE status = 'visible' AND backing_count = 0 "
                     "ORDER BY id DESC LIMIT 1")
    most_backed = one("SELECT title FROM posts WHERE status = 'visible' "
                      "ORDER BY backing_count DESC, id DESC LIMIT 1")
    topic_backed = one("SELECT p.title FROM posts p JOIN topics t ON t.id = p.topic_id "
                       "WHERE t.slug = 'family' AND p.status = 'visible' "
                       "ORDER BY p.backing_count DESC, p.id DESC LIMIT 1")
    # The leaderboard shows this week's by default.
    leader = one("SELECT u.handle FROM member_totals t JOIN users u ON u.id = t.user_id "
                 "WHERE t.kind = 'week' AND u.on_leaderboard = 1 AND t.period = "
                 "(SELECT MAX(period) FROM member_totals WHERE kind = 'week') "
                 "ORDER BY t.points DESC, t.backings DESC, t.user_id LIMIT 1")
    rows = [
        ("`/` anonymous", "home_anon.html", "/", None, newest, "static"),
        ("`/` logged in", "home_member.html", "/", member_cookie, member, "limit"),
        ("`/t/%s` anonymous" % topic, "topic.html", "/t/" + topic, None, top_name, "static"),
        ("`/?show=unanswered` anonymous", "home_unanswered.html", "/?show=unanswered", None,
         unanswered, "static"),
        ("`/?show=backed` logged in", "home_backed.html", "/?show=backed", member_cookie,
         most_backed, "limit"),
        ("`/t/%s?show=backed` anonymous" % topic, "topic_backed.html",
         "/t/%s?show=backed" % topic, None, topic_backed, "static"),
        ("`/p/<id>` %s backings, anonymous" % count30, "post_anon.html", "/p/%s" % post30, None,
         title30, "static"),
        ("`/p/<id>` %s backings, logged in" % count30, "post_member.html", "/p/%s" % post30,
         member_cookie, title30, "limit"),
        ("`/search?q=handball` logged in", "search.html", "/search?q=handball", member_cookie,
         'href="/p/%s"' % found, "limit"),
        ("`/leaderboard` logged in", "leaderboard.html", "/leaderboard", member_cookie, leader,
         "limit"),
        ("`/u/<handle>` logged in", "profile.html", "/u/" + member, member_cookie, member,
         "limit"),
        ("`/notifications` logged in", "notifications.html", "/notifications", member_cookie,
         member, "limit"),
        ("`/feed.xml`", "feed.xml", "/feed.xml", None, public, "static"),
        ("`/account/login`", "login.html", "/account/login", None, 'name="password"', "limit"),
        ("`/account/settings` logged in", "settings.html", "/account/settings", member_cookie,
         member, "limit"),
    ]
    return rows


def inbox_data(stack, reader):
    """The inbox's share of the data set, added once (a data set made
    before issue 11 has none): min(QUESTIONS, posts / 10) questions by the
    bench members, a quarter each new (one in 50 urgent), claimed,
    answered and closed, the claimed ones by the support person, asked
    over the last 180 days; and 30 of the reader's own, the latest a
    minute ago. Idempotent: counts the bench members' questions first."""
    want = min(QUESTIONS, stack.posts // 10)
    u0 = stack.u0
    have = int(stack.one("SELECT COUNT(*) FROM questions WHERE member_id > %d" % u0))
    if have >= want:
        return
    say("bench: adding %d questions for the inbox" % (want - have))
    members = int(stack.one("SELECT COUNT(*) FROM users WHERE id > %d" % u0))
    support = int(stack.one("SELECT id FROM users WHERE handle = '%s'" % SUPPORT[0]))
    reader_id = int(stack.one("SELECT id FROM users WHERE handle = '%s'" % reader))
    state = "ELT(1 + s.seq % 4, 'new', 'claimed', 'answered', 'closed')"
    stack.sql("""INSERT INTO questions (member_id, counsellor_id, claimed_by, claimed_at, subject, body,
                       urgent, status, created_at, last_activity_at, closed_at)
SELECT member_id, NULL, IF(st = 'new', NULL, %d), IF(st = 'new', NULL, at + INTERVAL 1 HOUR),
       CONCAT('Question ', seq, ' about school and home'),
       'I do not know how to tell my parents that school is too much for me right now.',
       st = 'new' AND seq %% 50 = 0, st, at, at + INTERVAL IF(st = 'new', 0, 2) HOUR,
       IF(st = 'closed', at + INTERVAL 3 HOUR, NULL)
FROM (SELECT s.seq AS seq, %s AS st,
             IF(s.seq <= 30, %d, %d + 1 + (s.seq * 7919) %% %d) AS member_id,
             NOW() - INTERVAL IF(s.seq <= 30, s.seq, %d - s.seq) * %d DIV %d MINUTE AS at
      FROM seq_%d_to_%d s) x""" % (support, state, reader_id, u0, members, want,
                                  180 * 24 * 60, want, have + 1, want))


def inbox_pages(stack, reader, reader_cookie, support_cookie):
    """The inbox's rows of the table (as pages_of's): the member's
    conversations, newest activity first (the latest shown), and the
    support person's pool, urgent first, then oldest (the first shown)."""
    latest = stack.one("SELECT subject FROM questions q JOIN users u ON u.id = q.member_id "
                       "WHERE u.handle = '%s' ORDER BY q.last_activity_at DESC, q.id DESC "
                       "LIMIT 1" % reader)
    first = stack.one("SELECT id FROM questions WHERE status = 'new' "
                      "ORDER BY urgent DESC, id LIMIT 1")
    publishable = publishable_question(stack)
    return [
        ("`/ask` logged in, his conversations", "ask.html", "/ask", reader_cookie, latest,
         "limit"),
        ("`/inbox` support person, the pool", "inbox.html", "/inbox", support_cookie,
         'href="/inbox/%s"' % first, "limit"),
        ("`/inbox/stats` support person, 12 weeks", "inbox_stats.html", "/inbox/stats",
         support_cookie, "<caption>", "limit"),
        ("`/inbox/replies` support person, saved replies", "inbox_replies.html",
         "/inbox/replies", support_cookie, 'action="/inbox/replies"', "limit"),
        ("`/support` anonymous, who answers", "support.html", "/support", None,
         'href="/post/ask?counsellor=any"', "limit"),
        ("`/inbox/<id>/publish` support person, the publish form", "inbox_publish.html",
         "/inbox/%s/publish" % publishable, support_cookie,
         'action="/inbox/%s/publish"' % publishable, "limit"),
    ]


ADMIN = ("admin", "demo-password-admin")  # scripts/demo.sh: an admin, so a lead too


def supervision_pages(stack, admin_cookie):
    """Staff rights' rows (sql/017): the lead's view of every question,
    newest first (an admin's is the same page: he is a lead through his
    role), and the admin's user list with each support person's rights."""
    newest = stack.one("SELECT MAX(id) FROM questions")
    return [
        ("`/inbox?view=all` lead or admin, every question", "inbox_all.html", "/inbox?view=all",
         admin_cookie, 'href="/inbox/%s"' % newest, "limit"),
        ("`/admin/users` admin, users and rights", "admin_users.html", "/admin/users",
         admin_cookie, 'action="/admin/users/role"', "limit"),
    ]


EDITOR = ("editor", "demo-password-editor")
ARTICLES = 60  # issue 12: the articles' pages are measured with this many public articles


def articles_data(stack):
    """The articles' share of the data set (sql/020), added once: ARTICLES
    published ones by the demo editor in the topic the bench's topic page
    reads (family), a day apart."""
    have = int(stack.one("SELECT COUNT(*) FROM articles WHERE public_at <= NOW()"))
    if have >= ARTICLES:
        return
    say("bench: adding %d articles" % (ARTICLES - have))
    body = ("## What helps\n\nTalk to someone you trust. " * 40).replace("'", "")
    html = "<h2>What helps</h2>\n<p>" + "Talk to someone you trust. " * 40 + "</p>\n"
    stack.sql("""INSERT INTO articles (slug, title, summary, body, body_html, topic_id, author_id,
                      status, published_at, created_at, updated_at)
SELECT CONCAT('bench-article-', s.seq), CONCAT('Bench article ', s.seq),
       'A summary of one or two sentences for the list and the feed.', '%s', '%s',
       (SELECT id FROM topics WHERE slug = 'family'),
       (SELECT id FROM users WHERE handle = '%s'), 'published',
       NOW() - INTERVAL s.seq DAY, NOW() - INTERVAL s.seq DAY, NOW() - INTERVAL s.seq DAY
FROM seq_%d_to_%d s""" % (body, html, EDITOR[0], have + 1, ARTICLES))


def articles_pages(stack, editor_cookie):
    """The articles' rows of the table (as pages_of's): the list, the
    newest article's page, the feed (anonymous, kept by nginx) and the
    editor's desk."""
    newest = stack.one("SELECT slug FROM articles WHERE public_at <= NOW() "
                       "ORDER BY public_at DESC, id DESC LIMIT 1")
    title = stack.one("SELECT title FROM articles WHERE slug = '%s'" % newest)
    return [
        ("`/articles` anonymous", "articles.html", "/articles", None,
         'href="/articles/%s"' % newest, "static"),
        ("`/articles/<slug>` anonymous", "article.html", "/articles/" + newest, None, title,
         "static"),
        ("`/articles/feed.xml`", "articles.xml", "/articles/feed.xml", None, title, "static"),
        ("`/editor` editor, the desk", "editor.html", "/editor", editor_cookie,
         'href="/editor/new"', "limit"),
    ]


COACH = ("coach_lars", "demo-password-lars")  # scripts/demo.sh
CASELOAD = 40  # issue 13: the coach's caseload is measured with this many participants


def goals_data(stack, reader):
    """The goals part's share of the data set (sql/023), added once: the
    reader and CASELOAD - 1 more bench members are participants of the
    demo coach, each with three goals of three sub-goals with an activity
    each (a third done over the last weeks, one done sub-goal waiting for
    feedback), a daily checklist of six items and four indicators rated
    daily for eight weeks; the reader also chats with his coach."""
    coach = int(stack.one("SELECT id FROM users WHERE handle = '%s'" % COACH[0]))
    first = int(stack.one("SELECT id FROM users WHERE handle = '%s'" % reader))
    last = first + CASELOAD - 1
    # the last thing added: the reader's chat with 100 messages (a run
    # stopped half-way is made again from nothing)
    if int(stack.one("SELECT COUNT(*) FROM chats WHERE participant_id = %d AND last_seq = 100"
                     % first)):
        return
    say("bench: adding %d participants for the coach" % CASELOAD)
    prog = "(SELECT programme_id FROM coaches WHERE user_id = %d)" % coach
    stack.sql("""
DELETE FROM participants WHERE user_id BETWEEN %(first)d AND %(last)d;
INSERT IGNORE INTO participants (user_id, programme_id, coach_id, coach_seen_at)
SELECT id, %(prog)s, %(coach)d, NOW() - INTERVAL 3 DAY FROM users WHERE id BETWEEN %(first)d AND %(last)d;
INSERT INTO goal_items (participant_id, level, title, description, due_date, status, agreed, personal,
                        created_by, shared_employer_at)
SELECT p.user_id, 1, CONCAT('Goal ', g.seq, ': back to work step by step'),
       'Work towards twenty hours a week, with the coach.', CURDATE() + INTERVAL g.seq * 30 DAY,
       'active', 1, 0, %(coach)d, NOW()
FROM participants p JOIN seq_1_to_3 g WHERE p.user_id BETWEEN %(first)d AND %(last)d;
UPDATE goal_items SET goal_id = id WHERE level = 1 AND goal_id IS NULL;
INSERT INTO goal_items (participant_id, goal_id, parent_id, level, title, due_date, status, agreed,
                        created_by, done_at)
SELECT g.participant_id, g.id, g.id, 2, CONCAT('Sub-goal ', s.seq, ' of ', g.title),
       CURDATE() + INTERVAL CAST(s.seq AS SIGNED) * 7 - 10 DAY, IF(s.seq = 1, 'done', 'active'), 1,
       %(coach)d,
       IF(s.seq = 1, NOW() - INTERVAL (g.id %% 20) DAY, NULL)
FROM goal_items g JOIN seq_1_to_3 s
WHERE g.level = 1 AND g.participant_id BETWEEN %(first)d AND %(last)d;
INSERT INTO goal_items (participant_id, goal_id, parent_id, level, title, due_date, due_time, status,
                        agreed, created_by, done_at)
SELECT s.participant_id, s.goal_id, s.id, 3, CONCAT('Call about ', s.title),
       CURDATE() + INTERVAL (s.id %% 5) DAY, '10:00', IF(s.status = 'done', 'done', 'active'), 1,
       %(coach)d, s.done_at
FROM goal_items s WHERE s.level = 2 AND s.participant_id BETWEEN %(first)d AND %(last)d;
INSERT INTO goal_comments (participant_id, item_id, author_id, kind, body, created_at)
SELECT participant_id, id, %(coach)d, 'feedback', 'Well done: that was a real step.', done_at + INTERVAL 1 HOUR
FROM goal_items WHERE level = 2 AND status = 'done' AND participant_id BETWEEN %(first)d AND %(last)d
  AND id %% 3 <> 0;
INSERT INTO checklists (participant_id, title) SELECT user_id, 'Morning before work'
FROM participants WHERE user_id BETWEEN %(first)d AND %(last)d;
INSERT INTO checklist_items (checklist_id, text, position, done_on)
SELECT c.id, ELT(s.seq, 'Alarm at seven', 'Shower', 'Breakfast', 'Pack the bag', 'Check the bus',
                 'Leave at eight'), s.seq, IF(s.seq < 3, CURDATE(), NULL)
FROM checklists c JOIN seq_1_to_6 s WHERE c.participant_id BETWEEN %(first)d AND %(last)d;
INSERT INTO indicators (participant_id, name, shared_coach_at)
SELECT p.user_id, ELT(s.seq, 'Energy', 'Mood', 'Sleep', 'Readiness for work'), NOW()
FROM participants p JOIN seq_1_to_4 s WHERE p.user_id BETWEEN %(first)d AND %(last)d;
INSERT INTO indicator_ratings (indicator_id, rating, rated_at)
SELECT i.id, 1 + (i.id + d.seq) %% 5, NOW() - INTERVAL d.seq DAY
FROM indicators i JOIN seq_1_to_56 d WHERE i.participant_id BETWEEN %(first)d AND %(last)d;
INSERT IGNORE INTO chats (participant_id, other_id, kind) VALUES (%(first)d, %(coach)d, 'coach');
INSERT IGNORE INTO chat_members (chat_id, user_id)
SELECT id, participant_id FROM chats WHERE participant_id = %(first)d AND other_id = %(coach)d
UNION ALL SELECT id, other_id FROM chats WHERE participant_id = %(first)d AND other_id = %(coach)d;
INSERT INTO chat_messages (chat_id, seq, author_id, body, created_at)
SELECT c.id, s.seq, IF(s.seq %% 2, c.participant_id, c.other_id),
       CONCAT('Message ', s.seq, ': how did the call go?'), NOW() - INTERVAL 100 - s.seq MINUTE
FROM chats c JOIN seq_1_to_100 s WHERE c.participant_id = %(first)d AND c.other_id = %(coach)d;
UPDATE chats SET last_seq = 100 WHERE participant_id = %(first)d AND other_id = %(coach)d;
UPDATE chat_members m JOIN chats c ON c.id = m.chat_id SET m.last_read_seq = 100
WHERE c.participant_id = %(first)d AND c.other_id = %(coach)d;
""" % {"prog": prog, "coach": coach, "first": first, "last": last})


def goals_pages(stack, reader, reader_cookie, coach_cookie):
    """The goals part's rows: the participant's today page, his goals,
    progress, checklist, an indicator's chart and his calendar feed; the
    coach's caseload and one participant's page; the chat."""
    first = int(stack.one("SELECT id FROM users WHERE handle = '%s'" % reader))
    checklist = stack.one("SELECT MIN(id) FROM checklists WHERE participant_id = %d" % first)
    indicator = stack.one("SELECT MIN(id) FROM indicators WHERE participant_id = %d" % first)
    chat = stack.one("SELECT id FROM chats WHERE participant_id = %d AND kind = 'coach'" % first)
    _, _, cal = fetch(stack, "/goals/calendar", reader_cookie)
    m = re.search(rb"/goals/calendar/[0-9]+-[0-9]+-[0-9a-f]{64}\.ics", cal)
    feed = m.group(0).decode() if m else "/goals/calendar/none.ics"
    return [
        ("`/goals` participant, today", "goals_today.html", "/goals", reader_cookie,
         'action="/goals/', "limit"),
        ("`/goals/all` participant, his goals", "goals_all.html", "/goals/all", reader_cookie,
         "Goal 3", "limit"),
        ("`/goals/progress` participant", "goals_progress.html", "/goals/progress",
         reader_cookie, "Goal 1", "limit"),
        ("`/goals/checklists/<id>` participant", "goals_checklist.html",
         "/goals/checklists/%s" % checklist, reader_cookie, "Leave at eight", "limit"),
        ("`/goals/indicators/<id>` participant, the chart", "goals_indicator.html",
         "/goals/indicators/%s" % indicator, reader_cookie, "<svg", "limit"),
        ("`/goals/calendar/<key>.ics` the calendar feed", "goals_calendar.ics", feed, None,
         "BEGIN:VEVENT", "limit"),
        ("`/coach` coach, caseload of %d" % CASELOAD, "coach.html", "/coach", coach_cookie,
         'href="/coach/p/%d"' % first, "limit"),
        ("`/coach/p/<id>` coach, one participant", "coach_participant.html",
         "/coach/p/%d" % first, coach_cookie, "Goal 3", "limit"),
        ("`/chat/<id>` participant, 100 messages", "chat.html", "/chat/%s" % chat,
         reader_cookie, "Message 100", "limit"),
    ]


READER_HANDLE = [None]  # the reader's handle, for export_figures
EXPORT_POSTS, EXPORT_QUESTIONS = 1000, 50  # issue 14: the member whose export is timed


def privacy_data(stack, reader):
    """Your data's share (issue 14), added once: the reader has at least
    EXPORT_POSTS posts and EXPORT_QUESTIONS conversations with support
    persons (each with a reply), and 200 audit entries of others opening
    his data, for /account/privacy/looked."""
    rid = int(stack.one("SELECT id FROM users WHERE handle = '%s'" % reader))
    posts = int(stack.one("SELECT COUNT(*) FROM posts WHERE user_id = %d" % rid))
    if posts < EXPORT_POSTS:
        say("bench: adding %d posts of the reader's for the export" % (EXPORT_POSTS - posts))
        stack.sql("""INSERT INTO posts (user_id, topic_id, title, body, body_html, status, created_at)
SELECT %d, (SELECT MIN(id) FROM topics), CONCAT('Export post ', s.seq),
       'A post of the reader, for the export: what do I say to my father when he drinks?',
       '<p>A post of the reader, for the export: what do I say to my father when he drinks?</p>',
       'visible', NOW() - INTERVAL s.seq HOUR
FROM seq_1_to_%d s""" % (rid, EXPORT_POSTS - posts))
    questions = int(stack.one("SELECT COUNT(*) FROM questions WHERE member_id = %d" % rid))
    if questions < EXPORT_QUESTIONS:
        stack.sql("""INSERT INTO questions (member_id, subject, body, status, created_at)
SELECT %d, CONCAT('Export question ', s.seq), 'Can I talk to someone about my exams?',
       'answered', NOW() - INTERVAL s.seq DAY FROM seq_1_to_%d s""" % (rid, EXPORT_QUESTIONS - questions))
    support = int(stack.one("SELECT id FROM users WHERE handle = '%s'" % SUPPORT[0]))
    stack.sql("""INSERT INTO question_messages (question_id, author_id, kind, body, body_html)
SELECT q.id, %d, 'message', 'Yes: tell me what worries you most, and we take it from there.',
       '<p>Yes: tell me what worries you most, and we take it from there.</p>'
FROM questions q WHERE q.member_id = %d AND NOT EXISTS
  (SELECT 1 FROM question_messages m WHERE m.question_id = q.id)""" % (support, rid))
    looked = int(stack.one("SELECT COUNT(*) FROM audit_log WHERE target_id = %d "
                           "AND actor_id <> %d" % (rid, rid)))
    if looked < 200:
        stack.sql("""INSERT INTO audit_log (actor_id, action, target_id, detail, at)
SELECT %d, 'inbox.open', %d, 'read the conversation', NOW() - INTERVAL s.seq HOUR
FROM seq_1_to_%d s""" % (support, rid, 200 - looked))


def export_figures(stack, cookie):
    """Time POST /account/privacy/export for the reader (EXPORT_POSTS posts,
    EXPORT_QUESTIONS conversations): the median of 3, and the two files'
    sizes. The one-a-minute rule is stepped over by moving the last
    export's time back between runs."""
    times = []
    for _ in range(3):
        stack.sql("UPDATE exports e JOIN users u ON u.id = e.user_id "
                  "SET e.created_at = e.created_at - INTERVAL 2 MINUTE WHERE u.handle = '%s'"
                  % READER_HANDLE[0])
        _, _, page = fetch(stack, "/account/privacy/export", cookie)
        token = csrf_in(page)
        began = time.monotonic()
        status, _, _ = fetch(stack, "/account/privacy/export", cookie, "POST",
                             "csrf=%s" % token)
        times.append((time.monotonic() - began) * 1000)
        if status != 303:
            problem("export: POST answered %d" % status)
    row = stack.sql("SELECT json_bytes, html_bytes FROM exports e JOIN users u ON "
                    "u.id = e.user_id WHERE u.handle = '%s' ORDER BY e.id DESC LIMIT 1"
                    % READER_HANDLE[0])
    sizes = row[0] if row else ["0", "0"]
    say("bench: export of a member with %d posts and %d conversations: %.0f ms (median of 3; "
        "runs %s), JSON %s bytes, HTML %s bytes" % (EXPORT_POSTS, EXPORT_QUESTIONS,
                                                   median(times),
                                                   ", ".join("%.0f" % t for t in times),
                                                   sizes[0], sizes[1]))
    return median(times), int(sizes[0]), int(sizes[1])


def privacy_pages(stack, reader_cookie):
    """Your data's rows: the hub with what we keep, who looked (200
    entries, the first page), consents, the export page."""
    return [
        ("`/account/privacy` what we keep", "privacy.html", "/account/privacy",
         reader_cookie, "/account/privacy/export", "limit"),
        ("`/account/privacy/looked` 200 entries", "privacy_looked.html",
         "/account/privacy/looked", reader_cookie, "sofie_sp", "limit"),
        ("`/account/privacy/consents`", "privacy_consents.html", "/account/privacy/consents",
         reader_cookie, "RSS", "limit"),
        ("`/account/privacy/export` page", "privacy_export.html", "/account/privacy/export",
         reader_cookie, "/account/privacy/export.json", "limit"),
    ]


EPISODES = 300  # issue 12: the podcast's pages and feed are measured with this many episodes


def podcast_data(stack):
    """The podcast's share of the data set (sql/021), added once: the show
    (when the data set has none) and EPISODES published episodes with
    audio columns (the feed lists them all), a day apart."""
    stack.sql("""INSERT IGNORE INTO podcast_show (id, title, description, author, owner_name,
        owner_email, language, category, subcategory, copyright, guid)
VALUES (1, 'Opbak: the podcast', 'Young men talk about what comes up.', 'The Opbak team',
        'Opbak', 'podcast@opbak.example', 'en', 'Health & Fitness', 'Mental Health',
        '(c) Opbak', '504f4f80-23d6-5fb0-b5a8-b32a9baeae18')""")
    have = int(stack.one("SELECT COUNT(*) FROM episodes WHERE public_at <= NOW()"))
    if have >= EPISODES:
        return
    say("bench: adding %d episodes" % (EPISODES - have))
    html = "<p>" + "Talk to someone you trust. " * 30 + "</p>\n"
    stack.sql("""INSERT INTO episodes (slug, guid, title, description, description_html,
                      topic_id, season, episode_number, audio_path, audio_type, audio_bytes,
                      duration_s, chapters, chapters_json, transcript_text, author_id, status,
                      published_at, created_at, updated_at)
SELECT CONCAT('bench-episode-', s.seq), UUID(), CONCAT('Bench episode ', s.seq), 'Talk.', '%s',
       (SELECT id FROM topics WHERE slug = 'family'), 1, s.seq,
       CONCAT('audio/bench-', s.seq, '.mp3'), 'audio/mpeg', 24000000, 1500,
       '0:00 Intro\n5:00 The story\n20:00 What helped',
       '{"version":"1.2.0","chapters":[{"startTime":0,"title":"Intro"}]}',
       REPEAT('A line of what was said in the episode.\n', 200),
       (SELECT id FROM users WHERE handle = '%s'), 'published',
       NOW() - INTERVAL s.seq DAY, NOW() - INTERVAL s.seq DAY, NOW() - INTERVAL s.seq DAY
FROM seq_%d_to_%d s""" % (html, EDITOR[0], have + 1, EPISODES))


def podcast_pages(stack, editor_cookie):
    """The podcast's rows: the show's page, the newest episode's page, the
    feed with every episode (anonymous, kept by nginx), the show's form."""
    newest = stack.one("SELECT slug FROM episodes WHERE public_at <= NOW() "
                       "ORDER BY public_at DESC, id DESC LIMIT 1")
    title = stack.one("SELECT title FROM episodes WHERE slug = '%s'" % newest)
    return [
        ("`/podcast` anonymous", "podcast.html", "/podcast", None,
         'href="/podcast/%s"' % newest, "static"),
        ("`/podcast/<slug>` anonymous", "episode.html", "/podcast/" + newest, None, title,
         "static"),
        ("`/podcast/feed.xml` (%d episodes)" % EPISODES, "podcast.xml", "/podcast/feed.xml",
         None, title, "static"),
        ("`/editor/show` editor, the show's form", "editor_show.html", "/editor/show",
         editor_cookie, 'action="/editor/show"', "limit"),
    ]


def publishable_question(stack):
    """An answered question the member allowed to be published, with the
    support person's answer (cgi-bin/inbox/publish.c): the bench's data
    set has none, so the oldest answered one becomes it, once."""
    pid = stack.one("SELECT IFNULL(MIN(id), 0) FROM questions WHERE allow_publish = 1 "
                    "AND status = 'answered' AND published_post_id IS NULL")
    if pid != "0":
        return pid
    pid = stack.one("SELECT MIN(id) FROM questions WHERE status = 'answered'")
    stack.sql("UPDATE questions SET allow_publish = 1 WHERE id = %s; "
              "INSERT INTO question_messages (question_id, author_id, kind, body, body_html) "
              "SELECT q.id, q.claimed_by, 'message', 'Tell them on a quiet evening.', "
              "'<p>Tell them on a quiet evening.</p>' FROM questions q WHERE q.id = %s"
              % (pid, pid))
    return pid


def median(xs):
    return statistics.median(xs) if xs else 0.0


STACKS = []  # the stacks up, for drain()


def drain(most=60):
    """Wait until no stack's database runs a statement of the site's: a
    round wrk ended leaves requests queued at the workers (nginx gave up
    on them, the workers still run them), which would slow the next."""
    deadline = time.monotonic() + most
    quiet = 0
    while quiet < 3 and time.monotonic() < deadline:
        busy = sum(int(s.one("SELECT COUNT(*) FROM information_schema.processlist "
                             "WHERE user = 'opbak' AND command = 'Query'")) for s in STACKS)
        quiet = quiet + 1 if busy == 0 else 0
        time.sleep(0.05)


def measure(label, ways, seconds, rounds):
    """ways: (name, url, headers) run alternately, a warm-up then rounds;
    the medians per way (and the timeouts of all rounds). Any non-2xx/3xx
    answer or socket error is a problem."""
    for _, url, headers in ways:
        wrk(url, min(1.0, seconds), headers)
        drain()
    runs = {name: [] for name, _, _ in ways}
    for _ in range(rounds):
        for name, url, headers in ways:
            r = wrk(url, seconds, headers)
            drain()
            if not r["rps"] and not r["bad"] and not r["errors"]:
                # Not one answer within the round: slow, not wrong.
                r["timeouts"], r["p50"], r["p99"] = CONNECTIONS, seconds * 1000, seconds * 1000
                say("bench: %s (%s): no answer within %g s" % (label, name, seconds))
            elif r["bad"] or r["errors"]:
                problem("%s (%s): %d non-2xx/3xx answers, %d socket errors:\n%s"
                        % (label, name, r["bad"], r["errors"], r["out"]))
            runs[name].append(r)
    out = {name: {k: median([r[k] for r in rs]) for k in ("rps", "p50", "p99")}
           for name, rs in runs.items()}
    for name, rs in runs.items():
        out[name]["timeouts"] = sum(r["timeouts"] for r in rs)
    return out


def verdict(ok, text):
    return ("ok " if ok else "MISSED ") + text


def fmt_int(x):
    return "{:,}".format(int(round(x)))


def main():
    os.chdir(ROOT)
    for tool in ("wrk", "mariadb", "nginx"):
        if not shutil.which(tool):
            sys.exit("bench: %s is missing (make deps)" % tool)
    if not os.access(os.path.join(BUILD, "tests", "bench-limit"), os.X_OK):
        sys.exit("bench: %s/tests/bench-limit is missing (make bench builds it)" % BUILD)
    small = Stack("bench10k", 10000, PORT + 1)
    big = small if QUICK else Stack("bench", POSTS, PORT)
    stacks = [big] if QUICK else [big, small]
    try:
        for s in stacks:
            s.start()
            STACKS.append(s)
        return run(big, small)
    finally:
        for s in stacks:
            try:
                s.stop()
            except Exception as e:  # noqa: BLE001 - report, keep stopping
                say("bench: stopping %s: %s" % (s.dir, e))


def run(big, small):
    began = time.monotonic()
    reader = big.one("SELECT handle FROM users WHERE id = %d" % (big.u0 + 1))
    inbox_data(big, reader)
    counts = {t: int(big.one("SELECT COUNT(*) FROM %s" % t))
              for t in ("users", "posts", "backings", "votes", "points", "member_totals",
                        "notifications", "questions")}
    say("bench: %s" % ", ".join("%s %s" % (fmt_int(v), k) for k, v in counts.items()))
    reader_cookie, _ = login(big, reader)

    # The site's answers, saved for the limit and for nginx.
    folder = os.path.join(big.dir, "bench", "static")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    support_cookie, _ = login(big, SUPPORT[0], SUPPORT[1])
    rows = pages_of(big, reader, reader_cookie)
    rows += inbox_pages(big, reader, reader_cookie, support_cookie)
    admin_cookie, _ = login(big, ADMIN[0], ADMIN[1])
    rows += supervision_pages(big, admin_cookie)
    articles_data(big)
    editor_cookie, _ = login(big, EDITOR[0], EDITOR[1])
    rows += articles_pages(big, editor_cookie)
    podcast_data(big)
    rows += podcast_pages(big, editor_cookie)
    goals_data(big, reader)
    coach_cookie, _ = login(big, COACH[0], COACH[1])
    rows += goals_pages(big, reader, reader_cookie, coach_cookie)
    privacy_data(big, reader)
    READER_HANDLE[0] = reader
    if not ONLY or re.search(ONLY, "export"):
        export_figures(big, reader_cookie)
    rows += privacy_pages(big, reader_cookie)
    if ONLY:
        rows = [r for r in rows if re.search(ONLY, r[0])]
    checks = {}
    for label, name, path, cookie, expect, _ in rows:
        status, headers, body = fetch(big, path, cookie)
        if status != 200 or expect.encode() not in body:
            problem("%s: answered %d%s" % (label, status, "" if status != 200 else
                                            ", without %r" % expect))
        save_page(folder, name, status, headers, body)
        alone = time.monotonic()  # one request alone, the page warm
        fetch(big, path, cookie)
        alone = (time.monotonic() - alone) * 1000
        checks[name] = (path, cookie, expect, len(body), alone)
    # The feed's conditional GET: what the first answer gave.
    _, fh, _ = fetch(big, "/feed.xml")
    cond = ["%s: %s" % ({"etag": "If-None-Match", "last-modified": "If-Modified-Since"}[k.lower()], v)
            for k, v in fh if k.lower() in ("etag", "last-modified")]
    status, headers, body = fetch(big, "/feed.xml", headers=dict(h.split(": ", 1) for h in cond))
    cond_status = status
    save_page(folder, "feed304.xml", status, headers, body)
    with open(os.path.join(folder, "tiny.txt"), "w") as f:
        f.write("ok\n")
    _, th, _ = fetch(big, "/__bench/static/tiny.txt")
    tiny_cond = ["If-Modified-Since: %s" % v for k, v in th if k.lower() == "last-modified"]
    tiny_cond += ["If-None-Match: %s" % v for k, v in th if k.lower() == "etag"]
    big.start_limit(folder)

    # Same bytes three ways?
    say("bench: bytes per page (site / limit / static)")
    for label, name, path, cookie, expect, _ in rows:
        sizes = [checks[name][3]]
        for way in ("limit", "static"):
            st, _, b = fetch(big, "/__bench/%s/%s" % (way, name), cookie)
            sizes.append(len(b) if st == 200 else -st)
        say("  %-40s %s" % (label, " / ".join(str(x) for x in sizes)))
        if len(set(sizes)) != 1:
            problem("%s: the three ways answer different bodies %s" % (label, sizes))

    table = []
    for label, name, path, cookie, expect, target in rows:
        hdr = ["Cookie: " + cookie] if cookie else []
        say("bench: %s" % label)
        m = measure(label, [("site", big.base + path, hdr),
                            ("limit", big.base + "/__bench/limit/" + name, hdr),
                            ("static", big.base + "/__bench/static/" + name, hdr)],
                    SECONDS, ROUNDS)
        st, _, b = fetch(big, path, cookie)  # still real after the load?
        if st != 200 or expect.encode() not in b:
            problem("%s: after the load answered %d" % (label, st))
        table.append((label, checks[name][3], m, target, checks[name][4]))
    say("bench: `/feed.xml` conditional")
    m = measure("/feed.xml conditional", [
        ("site", big.base + "/feed.xml", cond),
        ("limit", big.base + "/__bench/limit/feed304.xml", cond),
        ("static", big.base + "/__bench/static/tiny.txt", tiny_cond)], SECONDS, ROUNDS)
    table.append(("`/feed.xml` conditional (%d; static: a tiny file, 304)" % cond_status,
                  0, m, "304", None))

    # Home at BENCH_POSTS against 10,000 posts.
    scale = []
    if ONLY:
        say(report(big, counts, table, [], ([], "-"), peak_rss([big]), time.monotonic() - began))
        return 1 if problems else 0
    if big is not small:
        small_reader = small.one("SELECT handle FROM users WHERE id = %d" % (small.u0 + 1))
        small_cookie, _ = login(small, small_reader)
        for label, c1, c2 in (("`/` anonymous", None, None),
                              ("`/` logged in", reader_cookie, small_cookie)):
            say("bench: %s at %s vs 10,000 posts" % (label, fmt_int(big.posts)))
            m = measure(label + " scale", [
                ("big", big.base + "/", ["Cookie: " + c1] if c1 else []),
                ("small", small.base + "/", ["Cookie: " + c2] if c2 else [])], SECONDS, ROUNDS)
            scale.append((label, m))

    writes = measure_writes(big)
    rss = peak_rss([big] if big is small else [big, small])
    text = report(big, counts, table, scale, writes, rss, time.monotonic() - began)
    say("")
    say(text)
    if not QUICK:
        with open(RESULTS, "w") as f:
            f.write(text)
        say("bench: written to %s" % os.path.relpath(RESULTS, ROOT))
    if problems:
        say("bench: %d answers were not real (see ERROR above)" % len(problems))
        return 1
    return 0


def measure_writes(stack):
    """Backings, votes, posts from WRITERS sessions: writes/s counted in
    the database, answers by status; rounds alternate the kinds."""
    handles = [r[0] for r in stack.sql("SELECT handle FROM users WHERE id BETWEEN %d AND %d"
                                       % (stack.u0 + 2, stack.u0 + 1 + WRITERS))]
    # Off the leaderboard, as in tests/http/test_writers_concurrent.py:
    # their thousands of points would take its places in later runs.
    stack.sql("UPDATE users SET on_leaderboard = 0 WHERE id BETWEEN %d AND %d"
              % (stack.u0 + 2, stack.u0 + 1 + WRITERS))
    sessions = [login(stack, h) for h in handles]
    fd, path = tempfile.mkstemp(prefix="bench-sessions-")
    with os.fdopen(fd, "w") as f:
        for cookie, csrf in sessions:
            f.write("%s\t%s\n" % (cookie, csrf))
    # What they write on: recent posts (backings); backings by members
    # other than the writers, not voted for yet (votes).
    ids = {}
    ids["backing"] = [r[0] for r in stack.sql(
        "SELECT id FROM posts WHERE status = 'visible' AND backing_count < 30 "
        "ORDER BY id DESC LIMIT 10000")]
    ids["vote"] = [r[0] for r in stack.sql(
        "SELECT id FROM backings WHERE status = 'visible' AND votes = 0 AND user_id > %d "
        "ORDER BY id DESC LIMIT 200000" % (stack.u0 + 1 + WRITERS))]
    ids["post"] = ["0"]
    files = [path]
    for kind in ids:
        fd, f = tempfile.mkstemp(prefix="bench-ids-")
        with os.fdopen(fd, "w") as out:
            out.write("\n".join(ids[kind]) + "\n")
        files.append(f)
        ids[kind] = f
    topics = " ".join(r[0] for r in stack.sql("SELECT slug FROM topics"))
    kinds = [("backing", "backings"), ("vote", "votes"), ("post", "posts")]
    runs = {k: [] for k, _ in kinds}
    script = os.path.join(ROOT, "tests", "bench", "write.lua")
    try:
        for rnd in range(ROUNDS):
            for kind, table in kinds:
                before = int(stack.one("SELECT COUNT(*) FROM %s" % table))
                r = wrk(stack.base + "/", SECONDS, threads=WRITERS, connections=WRITERS,
                        script=script, env={"BENCH_SESSIONS": path, "BENCH_KIND": kind,
                                            "BENCH_ORIGIN": stack.base, "BENCH_IDS": ids[kind],
                                            "BENCH_TOPICS": topics})
                after = int(stack.one("SELECT COUNT(*) FROM %s" % table))
                r["rows"] = after - before
                r["wps"] = r["rows"] / r.get("elapsed", SECONDS)
                bad = {s: n for s, n in r["statuses"].items() if s >= 500}
                if bad or r["errors"] or not r["statuses"]:
                    problem("%s writes: answers %s, %d socket errors" % (kind, r["statuses"],
                                                                        r["errors"]))
                say("bench: %s writes round %d: %.0f/s, answers %s" % (
                    kind, rnd + 1, r["wps"], dict(sorted(r["statuses"].items()))))
                runs[kind].append(r)
    finally:
        for f in files:
            os.remove(f)
    out = []
    for kind, table in kinds:
        rs = runs[kind]
        statuses = {}
        for r in rs:
            for s, n in r["statuses"].items():
                statuses[s] = statuses.get(s, 0) + n
        out.append((kind, median([r["wps"] for r in rs]), median([r["p99"] for r in rs]),
                    sum(r["rows"] for r in rs), statuses))
    flush = stack.one("SELECT @@innodb_flush_log_at_trx_commit")
    return out, flush


def peak_rss(stacks):
    """VmHWM of every worker of every executable and of mariadbd."""
    rows = []
    for s in stacks:
        run = os.path.join(s.dir, "run")
        for f in sorted(os.listdir(run)):
            if not f.endswith(".pid") or f == "nginx.pid":
                continue
            name = f[:-4]
            try:
                pid = open(os.path.join(run, f)).read().strip()
            except OSError:
                continue
            pids = [pid] if name == "mysqld" else subprocess.run(
                ["pgrep", "-P", pid], capture_output=True, text=True).stdout.split()
            for p in pids:
                try:
                    status = open("/proc/%s/status" % p).read()
                except OSError:
                    continue
                m = re.search(r"VmHWM:\s+(\d+) kB", status)
                if m:
                    rows.append((os.path.basename(s.dir), "mariadbd" if name == "mysqld" else name,
                                 p, int(m.group(1))))
    return rows


def report(big, counts, table, scale, writes, rss, took):
    nproc = os.cpu_count()
    commit = subprocess.run(["git", "describe", "--always", "--dirty"], capture_output=True,
                            text=True, cwd=ROOT).stdout.strip()
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    L = []
    L.append("# make bench results")
    L.append("")
    L.append("%s, commit %s, %d cores (`nproc`), shared by wrk, nginx, MariaDB and the site." % (
        now, commit, nproc))
    L.append("Data set (%s, generated in %.0f s): %s." % (
        os.path.relpath(big.dir, ROOT), big.generated,
        ", ".join("%s %s" % (fmt_int(v), k) for k, v in counts.items())))
    L.append("wrk 2 threads, %d connections; %d alternating rounds of %g s after a warm-up, "
             "medians. \"limit\": the same bytes from memory behind FastCGI (%d workers, "
             "tests/bench/limit.c); \"static\": nginx serving them from a file. "
             "This run took %.0f s." % (CONNECTIONS, ROUNDS, SECONDS, WORKERS, took))
    L.append("")
    L.append("## Read pages")
    L.append("")
    L.append("| page | bytes | site rps | limit rps | static rps | site/limit | site/static "
             "| site p50 | site p99 | one request alone | target |")
    L.append("|---|---|---|---|---|---|---|---|---|---|---|")
    for label, size, m, target, alone in table:
        s, li, st = m["site"], m["limit"], m["static"]
        rl = s["rps"] / li["rps"] if li["rps"] else 0
        rs = s["rps"] / st["rps"] if st["rps"] else 0
        if target == "static":
            v = verdict(rs >= 0.6, "≥0.60 of static")
        elif target == "limit":
            v = verdict(rl >= 0.7, "≥0.70 of limit")
        else:
            v = verdict(rs >= 0.8, "≥0.80 of tiny static")
        v += "; " + verdict(s["p99"] < 10, "p99 <10 ms")
        if s["timeouts"]:
            v += "; %d requests unanswered at the end of a round or after 10 s" % s["timeouts"]
        L.append("| %s | %s | %s | %s | %s | %.2f | %.2f | %.2f ms | %.2f ms | %s | %s |" % (
            label, fmt_int(size), fmt_int(s["rps"]), fmt_int(li["rps"]), fmt_int(st["rps"]),
            rl, rs, s["p50"], s["p99"], "-" if alone is None else "%.1f ms" % alone, v))
    if scale:
        L.append("")
        L.append("## The home feed at %s posts against 10,000" % fmt_int(big.posts))
        L.append("")
        L.append("| page | rps at %s | rps at 10,000 | ratio | p99 at %s | target |" % (
            fmt_int(big.posts), fmt_int(big.posts)))
        L.append("|---|---|---|---|---|---|")
        for label, m in scale:
            r = m["big"]["rps"] / m["small"]["rps"] if m["small"]["rps"] else 0
            L.append("| %s | %s | %s | %.2f | %.2f ms | %s |" % (
                label, fmt_int(m["big"]["rps"]), fmt_int(m["small"]["rps"]), r, m["big"]["p99"],
                verdict(r >= 0.9, "≥0.90")))
    out, flush = writes
    L.append("")
    L.append("## Writes from %d connections (one member's session each), counted in the "
             "database" % WRITERS)
    L.append("")
    L.append("innodb_flush_log_at_trx_commit = %s." % flush)
    L.append("")
    L.append("| kind | rows/s (median) | rows in all rounds | p99 | answers by status | target |")
    L.append("|---|---|---|---|---|---|")
    for kind, wps, p99, rows, statuses in out:
        L.append("| %s | %s | %s | %.1f ms | %s | %s |" % (
            kind, fmt_int(wps), fmt_int(rows), p99,
            ", ".join("%d: %s" % (s, fmt_int(n)) for s, n in sorted(statuses.items())),
            verdict(wps >= 2000, "≥2,000/s")))
    L.append("")
    L.append("## Peak RSS (VmHWM) after the runs")
    L.append("")
    L.append("| stack | process | pid | VmHWM | target |")
    L.append("|---|---|---|---|---|")
    for stack, name, pid, kb in rss:
        if name == "mariadbd":
            v = "-"
        elif name == "account":
            v = "- (argon2id: 19 MiB by design)"
        else:
            v = verdict(kb < 10 * 1024, "<10 MB")
        L.append("| %s | %s | %s | %.1f MB | %s |" % (stack, name, pid, kb / 1024, v))
    L.append("")
    return "\n".join(L)


if __name__ == "__main__":
    sys.exit(main())
