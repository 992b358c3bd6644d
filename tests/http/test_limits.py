"""
Bad input gets a clear answer and nothing is lost or half-written: 413
for bodies over the limit, 400 naming the field for malformed or invalid
text (with the form filled in again), 404 in the site's layout for unknown
addresses, 405 for the wrong method, and the security headers on all of it.
"""
import re
import secrets
import urllib.parse

from opbak import Browser, escaped, register, sql


def member():
    b = Browser()
    handle = "lim_" + secrets.token_hex(4)
    register(b, handle)
    b.get("/account/settings")
    return b, handle


def test_a_body_over_the_form_limit_gets_413_with_a_page_that_says_why():
    b, handle = member()
    r = b.post("/account/settings/profile", {"bio": "x" * (300 * 1024)})
    assert r.status == 413
    assert "too large" in r.text and "256 KB" in r.text
    assert '<nav aria-label="Main">' in r.text  # in the site's layout
    assert sql("SELECT bio FROM users WHERE handle = ?", handle) == [[""]]


def test_a_body_far_over_every_limit_gets_413_from_nginx():
    b, handle = member()
    r = b.post("/account/settings/profile",
               raw=b"bio=" + b"y" * (17 * 1024 * 1024) + b"&csrf=" + b.csrf.encode())
    assert r.status == 413
    assert "too large" in r.text.lower()  # htdocs/errors/413.html, not a bare nginx page
    assert sql("SELECT bio FROM users WHERE handle = ?", handle) == [[""]]


def test_a_field_over_its_length_gets_400_naming_the_field_and_keeps_the_text():
    b, handle = member()
    bio = "a" * 501
    r = b.post("/account/settings/profile", {"bio": bio})
    assert r.status == 400
    assert "About you is too long: 501 characters, at most 500" in r.text
    assert ">" + bio + "</textarea>" in r.text
    assert sql("SELECT bio FROM users WHERE handle = ?", handle) == [[""]]


def test_bad_utf8_gets_400_naming_the_field_and_the_form_comes_back():
    b, handle = member()
    raw = b"bio=caf%C3%A9+%FF%FE+end&csrf=" + b.csrf.encode()
    r = b.post("/account/settings/profile", raw=raw)
    assert r.status == 400
    assert "About you contains bytes that are not valid UTF-8 text" in r.text
    assert "café \ufffd\ufffd end</textarea>" in r.text
    assert sql("SELECT bio FROM users WHERE handle = ?", handle) == [[""]]


def test_a_truncated_escape_gets_400_saying_the_form_is_malformed():
    b, handle = member()
    r = b.post("/account/settings/profile", raw=b"bio=abc%4&csrf=" + b.csrf.encode())
    assert r.status == 400
    assert "malformed" in r.text and "bio" in r.text
    assert sql("SELECT bio FROM users WHERE handle = ?", handle) == [[""]]


def test_a_nul_byte_in_a_field_gets_400():
    b, _ = member()
    r = b.post("/account/settings/profile", raw=b"bio=a%00b&csrf=" + b.csrf.encode())
    assert r.status == 400 and "NUL" in r.text


def test_too_many_fields_get_413():
    b, _ = member()
    raw = "&".join("f%d=1" % i for i in range(300)) + "&csrf=" + b.csrf
    r = b.post("/account/settings/profile", raw=raw.encode())
    assert r.status == 413 and "too many fields" in r.text


def test_a_malformed_multipart_body_gets_400():
    b, _ = member()
    r = b.post("/account/settings/profile", raw=b"garbage",
               content_type="multipart/form-data; boundary=xyz")
    assert r.status == 400


def test_an_unknown_address_gets_a_404_page_in_the_layout():
    for path in ("/no/such/page", "/account/nothing", "/admin/nothing"):
        r = Browser().get(path)
        assert r.status == 404, path
        assert "Page not found" in r.text and '<nav aria-label="Main">' in r.text


def test_the_wrong_method_gets_405():
    r = Browser().get("/account/logout")
    assert r.status == 405


def test_a_hostile_query_string_gets_400_not_a_crash():
    r = Browser().get("/?a=%ZZ")
    assert r.status == 400 and "malformed" in r.text
    r = Browser().get("/?" + "&".join("x%d=1" % i for i in range(500)))
    assert r.status == 413


def test_every_answer_carries_the_security_headers():
    b = Browser()
    for r in (b.get("/"), b.get("/no/such/page"), b.post("/account/logout", csrf=False),
              b.get("/css/site.css"), b.get("/account/login")):
        csp = r.header("content-security-policy") or ""
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp, r
        assert "'unsafe-inline'" not in csp
        assert r.header("x-content-type-options") == "nosniff"
        assert r.header("referrer-policy") == "same-origin"


HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"> javascript:alert(3)'


def script_problems(text):
    """What in a page could run as script: any <script> tag other than an
    empty one loading a file of this site, any on...= attribute, any
    javascript: URL in an attribute."""
    problems = []
    for m in re.finditer(r"<script\b([^>]*)>(.*?)(</script\s*>|$)", text, re.I | re.S):
        if not re.search(r'\ssrc="/[^/"][^"]*"', m.group(1)) or m.group(2).strip():
            problems.append("inline script: " + m.group(0)[:80])
    for m in re.finditer(r"""<[a-z](?:[^>"']|"[^"]*"|'[^']*')*>""", text, re.I):
        tag = m.group(0)
        names = re.sub(r"""=\s*("[^"]*"|'[^']*'|[^\s>]*)""", "=", tag)  # values out
        if re.search(r"\son[a-z]+\s*=", names, re.I):
            problems.append("event handler attribute: " + tag[:80])
        if re.search(r"""\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:""", tag, re.I):
            problems.append("javascript: URL: " + tag[:80])
    return problems


def test_pages_carry_no_inline_script():
    b = Browser()
    for path in ("/", "/account/login", "/account/register", "/feedback", "/search?q=school"):
        r = b.get(path)
        assert r.status == 200, (path, r)
        assert script_problems(r.text) == [], path


def test_hostile_text_shown_back_is_escaped_exactly_and_runs_nothing():
    # the guard above finds what it looks for
    assert len(script_problems(HOSTILE)) == 2
    assert len(script_problems('<a href="javascript:x()">a</a><p title="onclick=x">')) == 1
    # shown back in a search box ...
    r = Browser().get("/search?q=" + urllib.parse.quote(HOSTILE))
    assert r.status == 200
    assert 'value="%s"' % escaped(HOSTILE) in r.text
    assert script_problems(r.text) == []
    # ... and in a form refused for another field
    b, handle = member()
    r = b.post("/account/settings/profile", {"bio": HOSTILE + "x" * 500})
    assert r.status == 400
    assert ">%s</textarea>" % escaped(HOSTILE + "x" * 500) in r.text
    assert script_problems(r.text) == []
    assert sql("SELECT bio FROM users WHERE handle = ?", handle) == [[""]]
