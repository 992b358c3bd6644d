"""
opbak.py - a small client for the HTTP tests: a browser-like session
(cookies, the CSRF token read from the last form) talking to the test stack
through nginx, and a way to look at the database behind it.

Environment (set by scripts/test.sh): OPBAK_URL, STACK_DIR.
"""
import http.client
import html
import os
import re
import subprocess
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
        for c in resp.cookies_set():
            name, _, rest = c.partition("=")
            value = rest.split(";", 1)[0]
            if "Max-Age=0" in c:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
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
                if self.csrf is None:
                    self.get("/account/login")
                pairs.append(("csrf", self.csrf))
            elif isinstance(csrf, str):
                pairs.append(("csrf", csrf))
            raw = urllib.parse.urlencode(pairs).encode()
        ctype = content_type or "application/x-www-form-urlencoded"
        return self.request("POST", path, body=raw, headers={"Content-Type": ctype})


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
        if hexed is None:
            sets.append("SET @p%d = %d;" % (i, int(p)))
        else:
            sets.append("SET @p%d = CONVERT(X'%s' USING utf8mb4) COLLATE utf8mb4_unicode_ci;" % (i, hexed))
    for i in range(len(params)):
        query = query.replace("?", "@p%d" % i, 1)
    sock = os.path.join(ROOT, STACK_DIR, "run", "mysqld.sock")
    out = subprocess.run(
        ["mariadb", "--no-defaults", "--socket=" + sock, "-uroot", "--batch",
         "--skip-column-names", "--default-character-set=utf8mb4", "opbak",
         "-e", " ".join(sets) + query],
        check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines()]


def stack(command):
    """scripts/stack.sh COMMAND for the test stack (db-stop, db-start)."""
    env = dict(os.environ, STACK_DIR=STACK_DIR)
    subprocess.run([os.path.join(ROOT, "scripts", "stack.sh"), command], check=True,
                   env=env, capture_output=True)


def unescape(s):
    return html.unescape(s)
