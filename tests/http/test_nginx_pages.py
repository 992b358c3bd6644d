"""
nginx's own error pages in the visitor's language (nginx/opbak.conf.in,
"the language of nginx's own pages"; htdocs/errors/<lang>/ made by make
from nginx/errors/*.html and po/). When nginx answers itself, before any
executable could - a body over its limit (413), an executable it cannot
reach (502) - the page comes in the language the visitor chose with the
footer's cookie, else the first of his Accept-Language the site has, else
the site's default; with the security headers every answer has.

The Danish and Swedish words below are the catalogues' (po/da.po,
po/sv.po): a missing translation shows as English here.
"""
import contextlib
import http.client
import os
import urllib.parse

from opbak import ROOT, STACK_DIR, URL, Browser

TOO_LARGE = {"en": "That was too large to send",
             "da": "Det var for stort til at blive sendt",
             "sv": "Det var för stort för att skickas"}
UNAVAILABLE = {"en": "Opbak is temporarily unavailable",
               "da": "Opbak er midlertidigt utilgængelig",
               "sv": "Opbak är tillfälligt otillgänglig"}
DEFAULT = os.environ.get("OPBAK_LANG") or "en"  # the stack's own default (scripts/stack.sh)


def too_large(headers):
    """nginx's answer to a POST that says it carries 17 MB (over nginx's
    16 MB client_max_body_size): nginx refuses it from the headers alone,
    so no body needs sending."""
    u = urllib.parse.urlsplit(URL)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    conn.putrequest("POST", "/account/settings/profile")
    conn.putheader("Content-Type", "application/x-www-form-urlencoded")
    conn.putheader("Content-Length", str(17 * 1024 * 1024))
    for k, v in headers.items():
        conn.putheader(k, v)
    conn.endheaders()
    r = conn.getresponse()
    status, text = r.status, r.read().decode("utf-8", "replace")
    hdrs = {k.lower(): v for k, v in r.getheaders()}
    conn.close()
    return status, text, hdrs


def says(text, lang, words):
    return '<html lang="%s">' % lang in text and "<h1>%s</h1>" % words[lang] in text


@contextlib.contextmanager
def unreachable(app):
    """app's socket moved aside for the length of the block: to nginx the
    executable is down (connect fails: 502), while its workers keep
    running untouched and answer again once the socket is back."""
    d = STACK_DIR if os.path.isabs(STACK_DIR) else os.path.join(ROOT, STACK_DIR)
    sock = os.path.join(d, "run", app + ".sock")
    os.rename(sock, sock + ".away")
    try:
        yield
    finally:
        os.rename(sock + ".away", sock)


def test_a_body_over_the_limit_gets_nginxs_413_page_in_the_language_of_the_cookie():
    for lang in ("da", "sv", "en", "da"):
        status, text, headers = too_large({"Cookie": "opbak_lang=" + lang})
        assert status == 413
        assert says(text, lang, TOO_LARGE), (lang, text)
        assert headers.get("x-content-type-options") == "nosniff"
        assert "default-src 'self'" in headers.get("content-security-policy", "")


def test_a_body_over_the_limit_gets_nginxs_413_page_in_the_browsers_language():
    for accept, lang in (("da-DK,da;q=0.9,en-US;q=0.8,en;q=0.7", "da"),
                         ("sv", "sv"),
                         ("en-GB,en;q=0.9", "en"),
                         # the first the site has, whatever comes before it
                         ("de-DE,de;q=0.9,sv;q=0.8,da;q=0.7", "sv"),
                         # q=0: "not this one"
                         ("da;q=0, sv;q=0.5", "sv"),
                         ("DA-dk", "da")):
        status, text, _ = too_large({"Accept-Language": accept})
        assert status == 413 and says(text, lang, TOO_LARGE), (accept, text)


def test_the_cookie_wins_over_the_browsers_language():
    status, text, _ = too_large({"Cookie": "opbak_lang=sv", "Accept-Language": "da"})
    assert status == 413 and says(text, "sv", TOO_LARGE), text


def test_a_visitor_without_either_gets_the_sites_default_language():
    for headers in ({}, {"Accept-Language": "de-DE,fr;q=0.5"},
                    {"Cookie": "opbak_lang=xx", "Accept-Language": "nb"},
                    {"Cookie": "opbak_lang=../../etc", "Accept-Language": "*"}):
        status, text, _ = too_large(headers)
        assert status == 413 and says(text, DEFAULT, TOO_LARGE), (headers, text)


def test_an_executable_that_is_down_gets_nginxs_502_page_in_danish():
    b = Browser()
    b.cookies["opbak_lang"] = "da"
    with unreachable("account"):
        r = b.get("/account/login")
        assert r.status == 502
        assert says(r.text, "da", UNAVAILABLE), r
        assert "Vores server kunne ikke svare" in r.text
        assert r.header("x-frame-options") == "DENY"
        other = Browser().request("GET", "/account/login", headers={"Accept-Language": "sv-SE"})
        assert other.status == 502 and says(other.text, "sv", UNAVAILABLE), other
    assert b.get("/account/login").status == 200  # back as soon as it can be reached


def test_a_page_asked_for_by_name_comes_in_the_visitors_language_and_is_not_kept():
    b = Browser()
    b.cookies["opbak_lang"] = "sv"
    r = b.get("/errors/413.html")
    assert r.status == 200 and says(r.text, "sv", TOO_LARGE), r
    assert r.header("cache-control") == "no-cache"  # the same address is another language
    assert b.get("/errors/da/413.html").status == 200
    assert b.get("/errors/999.html").status == 404
