"""
MariaDB goes away: pages answer 503 with a page that says so, no worker
dies, and the site heals by itself when MariaDB is back.
"""
import time

from opbak import Browser, login, register, stack

RUN_LAST = True


def test_database_down_gives_503_and_the_site_recovers_by_itself():
    b = Browser()
    register(b, "outage_user", "outage password 1")
    assert b.get("/account/settings").status == 200
    stack("db-stop")
    try:
        r = b.get("/account/settings")
        assert r.status == 503
        assert "cannot reach its database" in r.text
        assert '<nav aria-label="Main">' in r.text
        r = Browser().get("/account/login")  # pages that need no data still answer
        assert r.status == 200
        r = login(Browser(), "outage_user", "outage password 1")
        assert r.status == 503
    finally:
        stack("db-start")
    deadline = time.time() + 10
    status = None
    while time.time() < deadline:
        status = b.get("/account/settings").status
        if status == 200:
            break
        time.sleep(0.2)
    assert status == 200
    assert login(Browser(), "outage_user", "outage password 1").status == 303
