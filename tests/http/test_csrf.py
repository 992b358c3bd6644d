"""
Cross-site request forgery: every POST carries the token from the form;
without it, or with someone else's, the answer is 403 and nothing changes.
"""
import secrets

from opbak import Browser, register, sql


def member():
    b = Browser()
    handle = "csrf_" + secrets.token_hex(4)
    register(b, handle)
    b.post("/account/settings/profile", {"bio": "original bio"})
    return b, handle


def test_a_post_without_a_token_is_refused_and_changes_nothing():
    b, handle = member()
    r = b.post("/account/settings/profile", {"bio": "forged"}, csrf=False)
    assert r.status == 403
    assert "did not come from this site" in r.text
    assert sql("SELECT bio FROM users WHERE handle = ?", handle) == [["original bio"]]


def test_a_post_with_a_wrong_token_is_refused_and_changes_nothing():
    b, handle = member()
    r = b.post("/account/settings/profile", {"bio": "forged"}, csrf="0" * 64)
    assert r.status == 403
    assert sql("SELECT bio FROM users WHERE handle = ?", handle) == [["original bio"]]


def test_a_token_from_another_browser_does_not_work():
    victim, handle = member()
    attacker = Browser()
    attacker.get("/account/register")  # the attacker's own valid token
    r = victim.post("/account/settings/profile", {"bio": "forged"}, csrf=attacker.csrf)
    assert r.status == 403
    assert sql("SELECT bio FROM users WHERE handle = ?", handle) == [["original bio"]]


def test_a_forged_logout_does_not_log_the_member_out():
    b, _ = member()
    r = b.post("/account/logout", {}, csrf=False)
    assert r.status == 403
    assert b.get("/account/settings").status == 200


def test_registering_needs_a_token_too():
    handle = "csrf_reg_" + secrets.token_hex(3)
    b = Browser()
    r = b.post("/account/register", {"handle": handle, "password": "long enough pw",
                                     "password2": "long enough pw", "birth_date": "2004-01-01"},
               csrf=False)
    assert r.status == 403
    assert sql("SELECT COUNT(*) FROM users WHERE handle = ?", handle) == [["0"]]
