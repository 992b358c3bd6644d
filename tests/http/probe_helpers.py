"""
probe_helpers.py - what the access table (test_access_table) and the
injection corpus (test_injection) share: the route tables and field tables
read from the C source, users of any role made in one step, and a check
that an HTML answer carries nothing that came from input as markup.

Routes: every {"GET"|"POST", "pattern", handler, flags, roles, query, form}
row of cgi-bin/*/main.c, with the #defines of that file expanded (MODS,
LOGIN, LIST...). Fields: every `const struct field name[] = {...}` table of
cgi-bin/*/*.c, with the field macros of the headers expanded, so a new route
or a new field is seen by the tests without anyone listing it.
"""
import glob
import hashlib
import html.parser
import os
import re
import secrets
import urllib.parse

from opbak import ROOT, Browser, register, sql

CGI = os.path.join(ROOT, "cgi-bin")
PASSWORD = "correct horse battery"  # register()'s
ROLES = ("member", "counsellor", "coach", "employer", "editor", "admin")


# ---------------------------------------------------------------- the C source

def _read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def _strip_comments(src):
    """C comments out, string literals ("/t/*/feed.xml") kept."""
    return re.sub(r'("(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')|/\*.*?\*/|//[^\n]*',
                  lambda m: m.group(1) or " ", src, flags=re.S)


def _defines(src):
    """Object-like #defines of a file: {name: replacement}."""
    out = {}
    for m in re.finditer(r"^[ \t]*#define[ \t]+([A-Za-z_]\w*)(?![\w(])[ \t]*(.*)$", src, re.M):
        out[m.group(1)] = m.group(2).strip()
    return out


def _expand(text, defs):
    for _ in range(5):
        new = re.sub(r"\b[A-Za-z_]\w*\b", lambda m: defs.get(m.group(0), m.group(0)), text)
        if new == text:
            break
        text = new
    return text


def limits():
    """Every numeric #define of core/limits.h, evaluated."""
    out = {}
    src = _strip_comments(_read(os.path.join(CGI, "core", "limits.h")))
    for name, value in _defines(src).items():
        v = re.sub(r"LL\b", "", value)
        if re.fullmatch(r"[0-9()*+ \-]+", v):
            out[name] = int(eval(v))  # digits and arithmetic only, checked above
    return out


class Route:
    def __init__(self, app, method, pattern, flags, roles, query, form):
        self.app, self.method, self.pattern = app, method, pattern
        self.flags, self.roles = flags, roles  # sets of names: {"ROUTE_LOGIN"}, {"ROLE_ADMIN"}
        self.query, self.form = query, form  # field table names, or None

    @property
    def login(self):
        return "ROUTE_LOGIN" in self.flags

    @property
    def shared(self):
        return "ROUTE_SHARED" in self.flags

    def __repr__(self):
        return "%s %s" % (self.method, self.pattern)


def _role_names(expr):
    """ROLE_BIT(ROLE_ADMIN) | AUTH_MODERATORS ... -> {"admin", ...}."""
    auth = _strip_comments(_read(os.path.join(CGI, "core", "auth.h")))
    expr = _expand(expr, _defines(auth))
    if expr.strip() == "0":
        return set()
    names = set(m.lower() for m in re.findall(r"ROLE_BIT\s*\(\s*ROLE_([A-Z]+)\s*\)", expr))
    assert names, "role mask not understood: %r" % expr
    return names


def routes():
    """Every route of every executable, in table order."""
    out = []
    for main in sorted(glob.glob(os.path.join(CGI, "*", "main.c"))):
        app = os.path.basename(os.path.dirname(main))
        src = _strip_comments(_read(main))
        # the executable's own headers first (inbox.h: INBOX_STAFF), then main.c's
        defs = {}
        for h in sorted(glob.glob(os.path.join(os.path.dirname(main), "*.h"))):
            defs.update(_defines(_strip_comments(_read(h))))
        defs.update(_defines(src))
        table = re.search(r"struct route\s+\w+\s*\[\s*\]\s*=\s*\{(.*?)\n\};", src, re.S)
        assert table, "no route table in %s" % main
        for row in re.finditer(r"\{\s*\"(GET|POST|[A-Z]+)\"\s*,\s*\"([^\"]*)\"\s*,([^{}]*)\}",
                               table.group(1)):
            parts = [p.strip() for p in _expand(row.group(3), defs).split(",")]
            assert len(parts) == 5, "route row not understood: %s" % row.group(0)
            _, flags, roles, query, form = parts
            flagset = set(re.findall(r"ROUTE_[A-Z]+", flags))
            out.append(Route(app, row.group(1), row.group(2), flagset, _role_names(roles),
                             None if query == "NULL" else query, None if form == "NULL" else form))
    return out


class Field:
    def __init__(self, kind, name, lo, hi, flags, choices):
        self.kind, self.name, self.min, self.max = kind, name, lo, hi
        self.flags, self.choices = flags, choices

    @property
    def text(self):
        return self.kind == "TEXT"

    def __repr__(self):
        return "%s(%s)" % (self.kind, self.name)


def _choice_lists(src):
    out = {}
    for m in re.finditer(r"const char \*const (\w+)\[\]\s*=\s*\{([^}]*)\}", src):
        out[m.group(1)] = re.findall(r'"([^"]*)"', m.group(2))
    return out


def field_tables():
    """{table name: [Field...]} for every field table of every executable."""
    lim = limits()
    headers = {}
    choices = {}
    for h in glob.glob(os.path.join(CGI, "*", "*.h")):
        headers.update(_defines(_strip_comments(_read(h))))
    for c in glob.glob(os.path.join(CGI, "*", "*.c")):
        choices.update(_choice_lists(_strip_comments(_read(c))))
    choices["auth_role_choices"] = list(ROLES)
    out = {}
    for c in sorted(glob.glob(os.path.join(CGI, "*", "*.c"))):
        src = _strip_comments(_read(c))
        defs = dict(headers)
        defs.update(_defines(src))
        for m in re.finditer(r"const struct field (\w+)\[\]\s*=\s*\{(.*?)\n\};", src, re.S):
            body = m.group(2)
            # expand the field macros headers define (FEED_BEFORE_FIELD) but not N_()
            body = re.sub(r"\b([A-Z][A-Z0-9_]*_FIELD)\b(?!\s*\()",
                          lambda x: defs.get(x.group(1), x.group(1)), body)
            fields = []
            for f in re.finditer(r"\b(TEXT|ID|INT|CHOICE|CHECK|ID_LIST)_FIELD\s*\(\s*"
                                 r"\"([^\"]+)\"\s*,\s*N_\(\"(?:[^\"\\]|\\.)*\"\)\s*"
                                 r"(?:,([^()]*))?\)", body):
                kind, name = f.group(1), f.group(2)
                args = [a.strip() for a in (f.group(3) or "").split(",") if a.strip()]

                def num(a):
                    a = _expand(a, {k: str(v) for k, v in lim.items()})
                    return int(eval(a)) if re.fullmatch(r"[0-9()*+ \-]+", a) else None
                lo = hi = None
                flags = ""
                ch = None
                if kind == "TEXT":
                    lo, hi, flags = num(args[0]), num(args[1]), args[2]
                elif kind == "INT":
                    lo, hi, flags = num(args[0]), num(args[1]), args[2]
                elif kind == "ID":
                    flags = args[0]
                elif kind == "CHOICE":
                    ch, flags = choices.get(args[0]), args[1]
                    assert ch, "choices %s of %s not found" % (args[0], name)
                elif kind == "ID_LIST":
                    hi = num(args[0])
                fields.append(Field(kind, name, lo, hi, flags, ch))
            declared = len(re.findall(r"\b[A-Z_]+_FIELD\s*\(", body))
            assert declared == len(fields), "field table %s not understood: %s" % (m.group(1), body)
            out[m.group(1)] = fields
    return out


# ---------------------------------------------------------------- users

_HASH = []


def _password_hash():
    """The stored hash of PASSWORD: one member joins through the site; the
    users made below share his hash, so each can log in with PASSWORD."""
    if not _HASH:
        b = Browser()
        handle = "pr_" + secrets.token_hex(4)
        assert register(b, handle).status == 303
        _HASH.append(sql("SELECT password_hash FROM users WHERE handle = ?", handle)[0][0])
    return _HASH[0]


def session(user_id):
    """A browser logged in as user_id: a session row of its own, stored as
    the site stores them (the SHA-256 of the cookie's token, 001_accounts),
    and the CSRF token of a page it fetched."""
    token = secrets.token_hex(32)
    sql("INSERT INTO sessions (token_hash, user_id, expires_at) "
        "VALUES (?, ?, NOW() + INTERVAL 1 DAY)", hashlib.sha256(token.encode()).hexdigest(),
        user_id)
    b = Browser()
    b.cookies["opbak_session"] = token
    r = b.get("/account/settings")
    assert r.status == 200 and b.csrf, r
    return b


def user(role="member", prefix="pr", days_old=60, birth="2007-05-01"):
    """A user of role, joined days_old days ago (no new-member limits), as
    the site stores one (users.py's one INSERT), logged in: (browser,
    handle, id). No form is sent: the access table needs dozens, and
    joining through the site is proven and rate-limited elsewhere."""
    handle = prefix + "_" + secrets.token_hex(4)
    # off the leaderboard: the probes write many posts, and the leaderboard
    # shows 50 places other tests read
    sql("INSERT INTO users (handle, password_hash, birth_date, role, created_at, on_leaderboard) "
        "VALUES (?, ?, ?, ?, NOW() - INTERVAL ? DAY, 0)", handle, _password_hash(), birth, role,
        days_old)
    uid = int(sql("SELECT id FROM users WHERE handle = ?", handle)[0][0])
    return session(uid), handle, uid


# ---------------------------------------------------------------- markup from input

URL_ATTRS = {"href", "src", "action", "formaction", "data", "xlink:href", "poster", "background",
             "srcset", "cite", "longdesc", "ping", "manifest", "codebase"}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:", "livescript:")
# Where text from input may stand in an attribute: a refilled form value,
# a link the page builds with it URL-encoded, a label.
TEXT_ATTRS = {"value", "title", "aria-label", "alt", "placeholder", "href", "content", "datetime"}
# Elements the site never has on its pages: one in an answer came from input.
FOREIGN = {"script", "svg", "math", "iframe", "frame", "frameset", "object", "embed", "applet",
           "base", "style", "marquee", "video", "audio", "source", "xss", "isindex", "template",
           "noscript", "plaintext", "xmp", "listing", "image"}


def _own_script(tag, attrs):
    """The site's own script: <script src="/js/name.js" defer>, nothing
    else in it (htdocs/js; the CSP allows no other)."""
    names = {n for n, _ in attrs}
    src = dict(attrs).get("src") or ""
    return (tag == "script" and names <= {"src", "defer"}
            and re.fullmatch(r"/js/[a-z0-9_-]+\.js", src) is not None)


def _own_chart(tag, attrs):
    """The site's own chart (cgi-bin/goals/chart.c, goals/indicator_charts.tpl):
    <svg class="chart" viewBox="0 0 W H" role="img" aria-labelledby="chart-<id>-title
    chart-<id>-desc" preserveAspectRatio="xMidYMid meet">, those and no other
    attributes (its text, the indicator's name, is escaped like any)."""
    a = dict(attrs)
    return (tag == "svg"
            and set(a) == {"class", "viewbox", "role", "aria-labelledby", "preserveaspectratio"}
            and a["class"] == "chart" and a["role"] == "img"
            and a["preserveaspectratio"] == "xMidYMid meet"
            and re.fullmatch(r"0 0 [0-9]+ [0-9]+", a["viewbox"] or "") is not None
            and re.fullmatch(r"chart-[0-9]+-title chart-[0-9]+-desc",
                             a["aria-labelledby"] or "") is not None)


def _own_media(tag, attrs):
    """The site's own player (cgi-bin/media, an episode's page and edit
    page): <audio controls preload="none"> and <source>/<audio src> of a
    file it stored (/media/<kind>/<name>) with the type it found out."""
    names = {n for n, _ in attrs}
    src = dict(attrs).get("src")
    if tag not in ("audio", "source") or not names <= {"controls", "preload", "src", "type"}:
        return False
    return src is None or re.fullmatch(r"/media/[a-z]+/[A-Za-z0-9._-]+", src) is not None


def _scheme(value):
    v = "".join(ch for ch in html.unescape(value) if ch > " " and ch not in "\x7f").lower()
    return v


class _Scan(html.parser.HTMLParser):
    def __init__(self, marker, allowed_foreign):
        super().__init__(convert_charrefs=True)
        self.marker = marker.lower()
        self.allowed = allowed_foreign
        self.found = []
        self.stack = []

    def handle_starttag(self, tag, attrs):
        self._tag(tag, attrs)
        if tag not in ("br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "source"):
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self._tag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def _tag(self, tag, attrs):
        where = "<%s %s>" % (tag, " ".join("%s=%r" % a for a in attrs))
        if self.marker in tag.lower():
            self.found.append("an element named from input: " + where)
        if (tag in FOREIGN and tag not in self.allowed and not _own_script(tag, attrs)
                and not _own_media(tag, attrs) and not _own_chart(tag, attrs)):
            self.found.append("a <%s> element: %s" % (tag, where))
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.found.append("an event handler attribute: " + where)
            if self.marker in name.lower():
                self.found.append("an attribute named from input: " + where)
            if name in URL_ATTRS and _scheme(value).startswith(BAD_SCHEMES):
                self.found.append("a %s URL: %s" % (_scheme(value).split(":")[0], where))
            if name not in TEXT_ATTRS and self.marker in value.lower():
                self.found.append("input in the %s attribute: %s" % (name, where))
            if name == "style" and self.marker in value.lower():
                self.found.append("input in a style: " + where)

    def handle_data(self, data):
        if self.stack and self.stack[-1] in ("script", "style") and self.marker in data.lower():
            self.found.append("input inside <%s>: %r" % (self.stack[-1], data[:120]))

    def handle_comment(self, data):
        if self.marker in data.lower():
            self.found.append("input inside a comment (it can end it): %r" % data[:120])


def markup_from_input(text, marker, allowed_foreign=()):
    """What in an HTML answer is markup that came from input carrying
    marker (every payload carries one): a list of findings, empty when
    the input stayed text. Parsed, not grepped."""
    s = _Scan(marker, set(allowed_foreign))
    s.feed(text)
    s.close()
    return s.found


def has_message(r):
    """A refusal says why: the site's error or notice page, a form's list
    of errors, or nginx's own error page."""
    t = r.text
    return ('role="alert"' in t or 'class="notice"' in t or 'class="error-page"' in t
            or 'class="error"' in t)


def quote(value):
    """A value (str, or bytes sent as they are: %00, overlong UTF-8) for a
    query string or a form body."""
    if isinstance(value, bytes):
        return urllib.parse.quote_from_bytes(value, safe="")
    return urllib.parse.quote(value, safe="")


def form_body(pairs):
    return "&".join("%s=%s" % (quote(k), quote(v)) for k, v in pairs).encode()
