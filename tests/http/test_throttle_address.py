"""
Login throttling per address: someone trying many pseudonyms from one
address is stopped, even though no single account reached its limit.
Runs last: afterwards this address cannot log in for a while.
"""
import secrets

from opbak import Browser, login, register

RUN_LAST = True


def test_many_failed_logins_from_one_address_are_throttled():
    handle = "victim_" + secrets.token_hex(3)
    register(Browser(), handle, "right password 1")
    statuses = []
    for i in range(40):
        statuses.append(login(Browser(), "guess_%d_%s" % (i, secrets.token_hex(2)),
                              "wrong password 1").status)
        if statuses[-1] == 429:
            break
    assert 403 in statuses and statuses[-1] == 429
    assert len(statuses) <= 31  # at most THROTTLE_PER_ADDRESS failures get through
    r = login(Browser(), handle, "right password 1")
    assert r.status == 429 and "Too many failed log-ins" in r.text
