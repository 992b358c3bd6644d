"""
Each request in its reader's language (issue 10): a member's own setting,
else the visitor's choice in the footer (a cookie), else Accept-Language,
else the site's default; one worker answers da, sv and en in a row; nginx
keeps a copy of an anonymous page per language.
"""
import os
import re
import signal
import uuid

from opbak import Browser, workers
from post_helpers import member

HTML_LANG = re.compile(r'<html lang="([a-z]+)">')
# The header's Search link, in each language.
SEARCH = {"en": ">Search<", "da": ">Søg<", "sv": ">Sök<"}


def lang_of(resp):
    m = HTML_LANG.search(resp.text)
    assert m, resp
    code = m.group(1)
    assert SEARCH[code] in resp.text, (code, resp.text[:400])
    return code


def get(path, cookie=None, accept=None, b=None):
    b = b or Browser()
    if cookie:
        b.cookies["opbak_lang"] = cookie
    headers = {"Accept-Language": accept} if accept else {}
    return b.request("GET", path, headers=headers)


def test_one_worker_answers_english_danish_and_swedish_in_a_row():
    # Every feed worker but one is stopped: whatever nginx sends, this
    # one accepts it.
    pids = workers("feed")
    assert len(pids) >= 1
    for pid in pids[1:]:
        os.kill(pid, signal.SIGSTOP)
    try:
        for round_ in range(3):
            for code in ("da", "sv", "en", "sv", "da", "en"):
                # A new address each time: no copy kept by nginx answers.
                r = get("/t/family?n=%s" % uuid.uuid4().hex, cookie=code)
                assert r.status == 200, r
                assert lang_of(r) == code, (round_, code)
                r = get("/?n=%s" % uuid.uuid4().hex, accept=code)
                assert lang_of(r) == code, (round_, code)
        # The kept pieces (the topics beside the newest posts) are per
        # language too: the same address, asked of the same worker.
        assert "Emner" in get("/?n=same", cookie="da").text
        assert "Ämnen" in get("/?n=same2", cookie="sv").text
        assert ">Topics<" in get("/?n=same3", cookie="en").text
    finally:
        for pid in pids[1:]:
            os.kill(pid, signal.SIGCONT)


def test_accept_language_is_weighed():
    cases = {
        "da": "da",
        "da-DK,da;q=0.9,en-US;q=0.8,en;q=0.7": "da",
        "sv-SE": "sv",
        "SV": "sv",
        "en-GB,en;q=0.9,da;q=0.8": "en",
        "fr-FR, sv;q=0.5, da;q=0.8": "da",
        "da;q=0, sv": "sv",
        "de, fr;q=0.9": "en",  # none of ours: the site's default
        "*": "en",
        "da;q=2": "en",  # not a weight: that range is left out
        ",,,;;;q=": "en",
    }
    for header, code in cases.items():
        assert lang_of(get("/search?q=%s" % uuid.uuid4().hex, accept=header)) == code, header


def test_the_visitors_choice_wins_over_accept_language():
    assert lang_of(get("/leaderboard", cookie="sv", accept="da")) == "sv"
    # A cookie naming no language of ours counts for nothing.
    assert lang_of(get("/leaderboard", cookie="xx", accept="da")) == "da"


def test_the_footer_switches_a_visitor_and_takes_him_back():
    b = Browser()
    page = get("/search?q=school&x=1", b=b)
    footer = page.text.split('<footer class="bottom">')[1]
    assert '<span aria-current="true">English</span>' in footer
    link = re.search(r'<a href="([^"]+)" lang="da" hreflang="da">Dansk</a>', footer)
    assert link, footer
    href = link.group(1).replace("&amp;", "&")
    assert href == "/account/language?to=da&next=/search%3Fq%3Dschool%26x%3D1", href
    assert 'lang="sv" hreflang="sv">Svenska</a>' in footer
    r = b.get(href)
    assert r.status == 303 and r.header("location") == "/search?q=school&x=1", r
    cookie = [c for c in r.cookies_set() if c.startswith("opbak_lang=")]
    assert cookie and "opbak_lang=da;" in cookie[0] and "Max-Age=31536000" in cookie[0], cookie
    back = b.get("/search?q=school&x=1")
    assert lang_of(back) == "da"
    assert '<span aria-current="true">Dansk</span>' in back.text
    assert lang_of(b.get("/p/1")) == "da"


def test_the_switch_refuses_what_is_not_a_language_or_not_a_page_here():
    r = Browser().get("/account/language?to=xx&next=/")
    assert r.status == 400 and "Language must be one of: “en”, “da”, “sv”" in r.text, r
    assert not [c for c in r.cookies_set() if c.startswith("opbak_lang=")]
    for bad in ("//evil.example/", "https://evil.example/", "/\\evil.example", "/%0d%0aX:1"):
        r = Browser().get("/account/language?to=sv&next=" + bad.replace("/", "%2F"))
        assert r.status == 303 and r.header("location") in ("/", bad), (bad, r)
        assert not r.header("location").startswith("//")
        assert "\n" not in r.header("location") and "\r" not in r.header("location")


def test_a_members_own_language_wins_and_follows_him():
    b, handle = member("lg")
    assert lang_of(get("/", accept="da", b=b)) == "da"
    page = b.get("/account/settings")
    assert '<option value="">As my browser asks</option>' in page.text
    assert 'Language: English · <a href="/account/settings#language">Change language</a>' in page.text
    r = b.post("/account/settings/language", {"lang": "sv"})
    assert r.status == 303 and r.header("location") == "/account/settings?saved=language#language", r
    saved = get("/account/settings?saved=language", accept="da", b=b)
    assert lang_of(saved) == "sv"
    assert '<option value="sv" lang="sv" selected>Svenska</option>' in saved.text
    # his role as the site names it, in his language, not as stored
    assert "<dt>Roll</dt><dd>Medlem</dd>" in saved.text, saved.text
    # Another device, another cookie, a browser asking for Danish: Swedish.
    other = Browser()
    other.cookies["opbak_session"] = b.cookies["opbak_session"]
    assert lang_of(get("/t/family", cookie="en", accept="da", b=other)) == "sv"
    # Back to "as my browser asks".
    r = b.post("/account/settings/language", {"lang": ""})
    assert r.status == 303, r
    assert "opbak_lang" not in b.cookies
    assert lang_of(get("/", accept="da", b=b)) == "da"


def test_a_language_the_setting_does_not_know_is_refused_and_nothing_changes():
    b, _ = member("lg")
    b.post("/account/settings/language", {"lang": "da"})
    r = b.post("/account/settings/language", {"lang": "klingon"})
    assert r.status == 400, r
    assert lang_of(get("/", accept="sv", b=b)) == "da"


def test_nginx_keeps_one_copy_per_language():
    path = "/t/friends?n=%s" % uuid.uuid4().hex
    seen = []
    for _ in range(2):
        for cookie, accept, code in (("da", None, "da"), (None, "sv", "sv"), (None, None, "en"),
                                     ("en", "sv", "en")):
            r = get(path, cookie=cookie, accept=accept)
            assert lang_of(r) == code, (cookie, accept)
            seen.append(r.header("x-cache"))
    assert "HIT" in seen[4:], seen


def test_an_error_page_speaks_the_readers_language():
    r = get("/p/999999999", cookie="da")
    assert r.status == 404 and lang_of(r) == "da" and "Siden findes ikke" in r.text, r
    r = get("/p/999999999", accept="sv")
    assert r.status == 404 and lang_of(r) == "sv" and "Sidan finns inte" in r.text, r


def test_feeds_say_which_headers_chose_their_words():
    r = get("/feed.xml", accept="da")
    assert r.status == 200
    vary = [v for k, v in r.headers if k == "vary"]
    assert "Accept-Language, Cookie" in vary, vary
    assert "<language>da</language>" in r.text
