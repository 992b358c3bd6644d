"""
opbak.py - a small client for the HTTP tests: a browser-like session
(cookies, the CSRF token read from the last form) talking to the test stack
through nginx, and a way to look at the database behind it.

Environment (set by scripts/test.sh): OPBAK_URL, STACK_DIR.
"""
import contextlib
import http.client
import html
import os
import re
import subprocess
import time
import urllib.parse

URL = os.environ.get("OPBAK_URL", "http://127.0.0.1:18080")
STACK_DIR = os.environ.get("STACK_DIR", "var/test")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

_host = urllib.parse.urlsplit(URL)


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers  # list of (name, value), names lower-case
        self.body = body  # bytes
        self.text = body.decode("utf-8", "replace")

    def header(self, name):
        for k, v in self.headers:
            if k == name.lower():
                return v
        return None

    def cookies_set(self):
        return [v for k, v in self.headers if k == "set-cookie"]

    def __repr__(self):
        return "<Response %d %r>" % (self.status, self.text[:300])


class Browser:
    """Cookies and the CSRF token, like a browser with one tab."""

    def __init__(self):
        self.cookies = {}
        self.csrf = None

    def request(self, method, path, body=None, headers=None):
        conn = http.client.HTTPConnection(_host.hostname, _host.port, timeout=30)
        h = dict(headers or {})
        if self.cookies:
            h["Cookie"] = "; ".join("%s=%s" % kv for kv in self.cookies.items())
        conn.request(method, path, body=body, headers=h)
        r = conn.getresponse()
        data = r.read()
        headers = [(k.lower(), v) for k, v in r.getheaders()]
        conn.close()
        resp = Response(r.status, headers, data)
        session = self.cookies.get("opbak_session")
        for c in resp.cookies_set():
            name, _, rest = c.partition("=")
            value = rest.split(";", 1)[0]
            if "Max-Age=0" in c:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        if self.cookies.get("opbak_session") != session:
            # Logged in or out: the forms' token is the session's (or,
            # logged out, the seed cookie's), and the page a browser
            # would be sent on to carries the new one; post() loads it.
            self.csrf = None
        m = re.search(r'name="csrf" value="([0-9a-f]{64})"', resp.text)
        if m:
            self.csrf = m.group(1)
        return resp

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, fields=None, csrf=True, raw=None, content_type=None):
        """POST fields (a dict or list of pairs), adding the page's CSRF
        token unless csrf is False or a string (a token to send)."""
        if raw is None:
            pairs = list(fields.items()) if isinstance(fields, dict) else list(fields or [])
            if csrf is True:
                if self.csrf is None:  # a page with a form, as a browser would have
                    self.get("/account/settings" if "opbak_session" in self.cookies
                             else "/account/login")
                pairs.append(("csrf", self.csrf))
            elif isinstance(csrf, str):
                pairs.append(("csrf", csrf))
            raw = urllib.parse.urlencode(pairs).encode()
        ctype = content_type or "application/x-www-form-urlencoded"
        return self.request("POST", path, body=raw, headers={"Content-Type": ctype})


def visitor(path, ready, seconds=5):
    """What a visitor without a session gets at path once ready(answer)
    holds. nginx keeps the anonymous pages for a second and hands out
    the copy before while it renders the next (nginx/opbak.conf.in), so
    a visitor sees a write within about that: ask until then, for at
    most `seconds`. Returns the last answer; the caller asserts on it."""
    deadline = time.monotonic() + seconds
    while True:
        r = Browser().get(path)
        if ready(r) or time.monotonic() > deadline:
            return r
        time.sleep(0.1)


def register(b, handle, password="correct horse battery", birth="2005-04-01"):
    b.get("/account/register")
    return b.post("/account/register", {"handle": handle, "password": password,
                                        "password2": password, "birth_date": birth})


def login(b, handle, password):
    b.get("/account/login")
    return b.post("/account/login", {"handle": handle, "password": password})


def sql(query, *params):
    """Run a query as root over the stack's socket; return rows of strings.
    Parameters are quoted by the mariadb client's own QUOTE() on the
    server side, so tests never build SQL from raw strings either."""
    sets = []
    for i, p in enumerate(params):
        hexed = p.encode().hex() if isinstance(p, str) else None
        if p is None:
            sets.append("SET @p%d = NULL;" % i)
        elif hexed is None:
            sets.append("SET @p%d = %d;" % (i, int(p)))
        else:
            sets.append("SET @p%d = CONVERT(X'%s' USING utf8mb4) COLLATE utf8mb4_unicode_ci;" % (i, hexed))
    for i in range(len(params)):
        query = query.replace("?", "@p%d" % i, 1)
    out = subprocess.run(_client() + ["-e", " ".join(sets) + query],
                         check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines()]


def _client():
    sock = os.path.join(ROOT, STACK_DIR, "run", "mysqld.sock")
    return ["mariadb", "--no-defaults", "--socket=" + sock, "-uroot", "--batch",
            "--skip-column-names", "--default-character-set=utf8mb4", "opbak"]


class _Session:
    """One connection of the test's own: value(query) runs a query that
    answers one value (numbers only: no parameters) and returns it."""

    def __init__(self, p):
        self._p = p

    def value(self, query):
        self._p.stdin.write(query.rstrip("; \n") + ";\n")
        self._p.stdin.flush()
        line = self._p.stdout.readline()
        if not line:
            raise AssertionError("the test's own database session ended at: %s" % query)
        return line.rstrip("\n")


@contextlib.contextmanager
def holding(lock_query):
    """Hold the row locks that lock_query (a SELECT ... FOR UPDATE of the
    test's own, numbers only: no parameters) takes, in a transaction of
    the test's own, for the length of a with-block; then commit. Requests
    that need those rows wait meanwhile: a barrier inside the server.
    The block gets the session, whose value() can look on meanwhile
    (see lock_waits) without starting a process."""
    p = subprocess.Popen(_client() + ["--unbuffered"], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True)
    try:
        p.stdin.write("BEGIN;\n%s;\nSELECT 'locked';\n" % lock_query)
        p.stdin.flush()
        for line in iter(p.stdout.readline, ""):
            if line.strip() == "locked":
                break
        else:
            raise AssertionError("could not take the lock: %s" % lock_query)
        yield _Session(p)
    finally:
        try:
            p.stdin.write("COMMIT;\n")
            p.stdin.close()
        except BrokenPipeError:
            pass
        p.wait(timeout=30)


LOOK_EVERY = 0.2  # seconds between lock_waits() looks
LOCK_WAITS = ("SELECT COUNT(*) FROM information_schema.INNODB_TRX "
              "WHERE trx_state = 'LOCK WAIT'")


def lock_waits(session=None):
    """How many transactions wait for a row lock right now (asked in
    session, a holding() block's, when given). InnoDB refreshes what
    INNODB_TRX shows only when nobody read it for 0.1 s: look less often
    than that (LOOK_EVERY), or it keeps answering what it saw first."""
    if session:
        return int(session.value(LOCK_WAITS))
    return int(sql(LOCK_WAITS)[0][0])


def stack(command):
    """scripts/stack.sh COMMAND for the test stack (db-stop, db-start)."""
    env = dict(os.environ, STACK_DIR=STACK_DIR)
    subprocess.run([os.path.join(ROOT, "scripts", "stack.sh"), command], check=True,
                   env=env, capture_output=True)


def unescape(s):
    return html.unescape(s)


def escaped(s):
    """s as the templates' HTML autoescape writes it (ctemplate): the
    exact text a page must hold for s shown as text."""
    for raw, esc in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#39;")):
        s = s.replace(raw, esc)
    return s


def hexed(s):
    """s as MariaDB's HEX() of a utf8mb4 column spells it, to compare
    stored text byte for byte (the client's batch output escapes \\)."""
    return s.encode().hex().upper()


def workers(app, stack_dir=None):
    """The live worker pids of app's master (zombies left out), sorted."""
    d = stack_dir or STACK_DIR
    parent = int(open(os.path.join(d if os.path.isabs(d) else os.path.join(ROOT, d), "run", app + ".pid")).read())
    kids = []
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                fields = open("/proc/%s/stat" % pid).read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == parent and fields[0] != "Z":
                kids.append(int(pid))
    return sorted(kids)


def dead(pid):
    """Gone, or a zombie waiting for its parent."""
    try:
        return open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True
