"""
Login throttling per address: someone trying many pseudonyms from one
address is stopped, even though no single account reached its limit.
Exactly THROTTLE_PER_ADDRESS (30) failures in THROTTLE_WINDOW_MIN (15)
minutes get through; the next attempt, even with the right password, is
told to wait. Runs last: afterwards this address cannot log in for a while.
"""
import secrets

from opbak import Browser, login, register, sql

RUN_LAST = True

PER_ADDRESS = 30  # cgi-bin/core/limits.h
WINDOW_MIN = 15


def guess(i):
    return login(Browser(), "guess_%d_%s" % (i, secrets.token_hex(2)), "wrong password 1")


def failures_from(address):
    return int(sql("SELECT COUNT(*) FROM login_failures WHERE address = ?", address)[0][0])


def test_many_failed_logins_from_one_address_are_throttled_at_exactly_the_limit():
    handle = "victim_" + secrets.token_hex(3)
    register(Browser(), handle, "right password 1")
    # a clean slate for this address: earlier tests failed logins too
    first = guess(0)
    assert first.status == 403
    address = sql("SELECT address FROM login_failures ORDER BY id DESC LIMIT 1")[0][0]
    assert address, "the failure was recorded without an address"
    sql("DELETE FROM login_failures WHERE address = ?", address)

    statuses = [guess(i).status for i in range(1, PER_ADDRESS + 1)]
    assert statuses == [403] * PER_ADDRESS, statuses  # each a different pseudonym: none throttled
    assert failures_from(address) == PER_ADDRESS

    # one more: refused before any password is checked, and not recorded
    r = guess(PER_ADDRESS + 1)
    assert r.status == 429 and "Too many failed log-ins" in r.text
    assert r.header("retry-after") == str(WINDOW_MIN * 60)
    assert failures_from(address) == PER_ADDRESS
    r = login(Browser(), handle, "right password 1")
    assert r.status == 429 and "Too many failed log-ins" in r.text
    assert "opbak_session" not in "".join(r.cookies_set())

    # a failure older than the window no longer counts: 29 in it, one may try
    sql("UPDATE login_failures SET at = UTC_TIMESTAMP() - INTERVAL ? MINUTE - INTERVAL 5 SECOND "
        "WHERE address = ? ORDER BY id LIMIT 1", WINDOW_MIN, address)
    b = Browser()
    assert login(b, handle, "right password 1").status == 303
    assert b.get("/account/settings").status == 200
    # ... and the 30th failure in the window closes the door again
    assert guess(PER_ADDRESS + 2).status == 403
    assert guess(PER_ADDRESS + 3).status == 429
