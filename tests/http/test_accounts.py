"""
Accounts: a member joins with a pseudonym, logs in, changes his settings,
logs out and can erase his account. Each test is one user story.
"""
import secrets

from opbak import Browser, login, register, sql


def fresh_handle(prefix="m"):
    return prefix + "_" + secrets.token_hex(4)


def test_home_page_says_what_the_site_is_and_offers_to_join():
    r = Browser().get("/")
    assert r.status == 200
    assert "Back each other up" in r.text
    assert 'href="/account/register"' in r.text


def test_register_log_out_log_in_change_settings_log_out():
    b = Browser()
    handle = fresh_handle()
    r = register(b, handle, "first password 1")
    assert r.status == 303 and r.header("location") == "/post/new?first=1"
    assert "opbak_session" in b.cookies
    page = b.get(r.header("location"))
    assert page.status == 200 and handle in page.text and "Welcome to Opbak" in page.text
    assert b.get("/account/settings").status == 200
    row = sql("SELECT role, birth_date FROM users WHERE handle = ?", handle)
    assert row == [["member", "2005-04-01"]]

    # log out: the session dies server-side, not only in the browser
    token = b.cookies["opbak_session"]
    assert b.post("/account/logout").status == 303
    assert "opbak_session" not in b.cookies
    b.cookies["opbak_session"] = token  # a stolen cookie is worth nothing now
    assert b.get("/account/settings").status == 303
    b.cookies.pop("opbak_session", None)

    r = login(b, handle, "first password 1")
    assert r.status == 303 and r.header("location") == "/"
    assert handle in b.get("/").text

    r = b.post("/account/settings/profile", {"bio": "Plays football.\r\nLikes cooking."})
    assert r.status == 303
    assert sql("SELECT bio FROM users WHERE handle = ?", handle) == [["Plays football.\\nLikes cooking."]]
    assert "Your profile is saved" in b.get("/account/settings?saved=profile").text

    r = b.post("/account/settings/password",
               {"current": "first password 1", "new": "second password 2", "new2": "second password 2"})
    assert r.status == 303
    assert b.get("/account/settings").status == 200  # this session survives the change
    b.post("/account/logout")
    assert login(b, handle, "first password 1").status == 403
    assert login(b, handle, "second password 2").status == 303


def test_password_change_logs_out_other_devices():
    phone, laptop = Browser(), Browser()
    handle = fresh_handle()
    register(phone, handle, "phone password 1")
    login(laptop, handle, "phone password 1")
    assert laptop.get("/account/settings").status == 200
    phone.get("/account/settings")
    r = phone.post("/account/settings/password",
                   {"current": "phone password 1", "new": "another secret 22", "new2": "another secret 22"})
    assert r.status == 303
    assert laptop.get("/account/settings").status == 303  # sent to log in


def test_pseudonyms_are_unique_whatever_their_case():
    handle = fresh_handle("Anders")
    assert register(Browser(), handle).status == 303
    r = register(Browser(), handle.lower())
    assert r.status == 409
    assert "That pseudonym is taken" in r.text
    assert sql("SELECT COUNT(*) FROM users WHERE handle = ?", handle) == [["1"]]


def test_register_refuses_under_13_with_a_clear_message_and_stores_nothing():
    import datetime
    today = datetime.date.today()
    twelve = today.replace(year=today.year - 12).isoformat()
    handle = fresh_handle("young")
    r = register(Browser(), handle, birth=twelve)
    assert r.status == 403
    assert "Opbak is for people aged 13 and over" in r.text
    assert 'value="%s"' % handle in r.text  # the form comes back filled in
    assert sql("SELECT COUNT(*) FROM users WHERE handle = ?", handle) == [["0"]]


def test_register_explains_each_bad_field_and_keeps_what_was_typed():
    b = Browser()
    b.get("/account/register")
    r = b.post("/account/register", {"handle": "ab", "password": "short", "password2": "other",
                                     "birth_date": "2005-02-30"})
    assert r.status == 400
    assert "Pseudonym must be 3 to 20 characters long" in r.text
    assert "Password must be at least 10 characters long" in r.text
    assert "Date of birth is not a date" in r.text
    assert 'value="ab"' in r.text and 'value="2005-02-30"' in r.text
    assert "short" not in r.text.split("<main")[1]  # passwords never come back
    assert 'aria-invalid="true"' in r.text


def test_wrong_password_and_unknown_account_get_the_same_answer():
    handle = fresh_handle()
    register(Browser(), handle, "right password 1")
    a = login(Browser(), handle, "wrong password 1")
    b = login(Browser(), fresh_handle("nobody"), "wrong password 1")
    assert a.status == b.status == 403
    assert "That pseudonym and password do not match" in a.text
    assert "That pseudonym and password do not match" in b.text


def test_login_is_throttled_after_repeated_failures_on_one_account():
    handle = fresh_handle()
    register(Browser(), handle, "right password 1")
    for _ in range(5):
        assert login(Browser(), handle, "wrong password 1").status == 403
    r = login(Browser(), handle, "right password 1")  # even the right one, for now
    assert r.status == 429
    assert "Too many failed log-ins" in r.text
    assert r.header("retry-after") == "900"
    assert "opbak_session" not in r.text


def test_login_returns_to_the_page_asked_for_but_never_to_another_site():
    handle = fresh_handle()
    register(Browser(), handle, "right password 1")
    b = Browser()
    r = b.get("/account/settings")
    assert r.status == 303 and r.header("location") == "/account/login?next=/account/settings"
    b.get("/account/login?next=/account/settings")
    r = b.post("/account/login", {"handle": handle, "password": "right password 1",
                                  "next": "/account/settings"})
    assert r.header("location") == "/account/settings"
    c = Browser()
    c.get("/account/login")
    r = c.post("/account/login", {"handle": handle, "password": "right password 1",
                                  "next": "//evil.example/"})
    assert r.status == 303 and r.header("location") == "/"


def test_login_returns_to_the_address_with_its_query():
    handle = fresh_handle()
    register(Browser(), handle, "right password 1")
    b = Browser()
    r = b.get("/admin/users?q=ab&before=5")
    assert r.header("location") == "/account/login?next=/admin/users%3Fq%3Dab%26before%3D5"
    b.get(r.header("location"))
    r = b.post("/account/login", {"handle": handle, "password": "right password 1",
                                  "next": "/admin/users?q=ab&before=5"})
    assert r.header("location") == "/admin/users?q=ab&before=5"


def test_session_cookie_is_httponly_samesite_and_only_its_hash_is_stored():
    b = Browser()
    handle = fresh_handle()
    r = register(b, handle)
    cookie = [c for c in r.cookies_set() if c.startswith("opbak_session=")][0]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Max-Age=" in cookie
    token = b.cookies["opbak_session"]
    stored = sql("SELECT s.token_hash FROM sessions s JOIN users u ON u.id = s.user_id "
                 "WHERE u.handle = ?", handle)
    assert len(stored) == 1 and stored[0][0] != token and len(stored[0][0]) == 64


def test_erase_my_account_needs_the_password_and_removes_everything():
    b = Browser()
    handle = fresh_handle()
    register(b, handle, "delete me please")
    # the old address of leaving sends to the new one
    r = b.get("/account/delete")
    assert r.status == 303 and r.header("location") == "/account/privacy/erase"
    b.get("/account/privacy/erase")
    r = b.post("/account/privacy/erase", {"mode": "all", "password": "not my password"})
    assert r.status == 403 and "Your account was not erased" in r.text
    assert sql("SELECT COUNT(*) FROM users WHERE handle = ?", handle) == [["1"]]
    uid = sql("SELECT id FROM users WHERE handle = ?", handle)[0][0]
    r = b.post("/account/privacy/erase", {"mode": "all", "password": "delete me please"})
    assert r.status == 200 and "Your account is erased" in r.text
    assert sql("SELECT COUNT(*) FROM users WHERE handle = ?", handle) == [["0"]]
    assert sql("SELECT COUNT(*) FROM sessions WHERE user_id = ?", int(uid)) == [["0"]]
    assert login(Browser(), handle, "delete me please").status == 403


def test_admin_changes_a_users_role_and_it_is_audited():
    member = fresh_handle()
    register(Browser(), member)
    admin = Browser()
    assert login(admin, "admin", "demo-password-admin").status == 303
    page = admin.get("/admin/users?q=" + member)
    assert page.status == 200 and member in page.text
    uid = sql("SELECT id FROM users WHERE handle = ?", member)[0][0]
    r = admin.post("/admin/users/role", {"user": uid, "role": "counsellor"})
    assert r.status == 303
    assert sql("SELECT role FROM users WHERE id = ?", int(uid)) == [["counsellor"]]
    assert sql("SELECT action, detail FROM audit_log WHERE target_id = ? ORDER BY id DESC LIMIT 1",
               int(uid)) == [["user.role", "member -> counsellor"]]
    # the route declares the roles: another word is refused at the door
    r = admin.post("/admin/users/role", {"user": uid, "role": "king"})
    assert r.status == 400 and "Role must be one of: “member”, “counsellor”, “coach”, “employer”, “editor”, “admin”" in r.text
    assert sql("SELECT role FROM users WHERE id = ?", int(uid)) == [["counsellor"]]
    # back on the list, showing that user with his new role
    r = admin.post("/admin/users/role", {"user": uid, "role": "coach"})
    assert r.status == 303 and r.header("location") == "/admin/users?q=%s&changed=1" % member
    page = admin.get(r.header("location")).text
    assert "Role changed for %s." % member in page
    assert '<option value="coach" selected>Coach</option>' in page
    # the roles by the names the site uses for them
    assert '<option value="counsellor">Support person</option>' in page
    assert '<option value="member">Member</option>' in page


def test_members_cannot_reach_the_admin_pages():
    b = Browser()
    register(b, fresh_handle())
    assert b.get("/admin/users").status == 403
    uid = sql("SELECT id FROM users WHERE handle = 'mads'")[0][0]
    r = b.post("/admin/users/role", {"user": uid, "role": "admin"})
    assert r.status == 403
    assert sql("SELECT role FROM users WHERE handle = 'mads'") == [["member"]]


def test_settings_tell_since_when_as_a_day_in_words_with_a_machine_date():
    """The day on the site's clock (its time zone), the machine date in UTC."""
    import datetime
    from zoneinfo import ZoneInfo
    b = Browser()
    handle = fresh_handle()
    register(b, handle)
    created, zone = sql("SELECT u.created_at, s.value FROM users u JOIN settings s "
                        "ON s.name = 'site_timezone' WHERE u.handle = ?", handle)[0]
    utc = datetime.datetime.strptime(created, "%Y-%m-%d %H:%M:%S").replace(tzinfo=datetime.timezone.utc)
    local = utc.astimezone(ZoneInfo(zone))
    words = "%d %s %d" % (local.day, local.strftime("%B"), local.year)
    page = b.get("/account/settings").text
    assert '<time datetime="%s">%s</time>' % (utc.strftime("%Y-%m-%dT%H:%M:%SZ"), words) in page


def test_the_door_refuses_notices_and_cursors_that_are_not_offered():
    b = Browser()
    register(b, fresh_handle())
    r = b.get("/account/settings?saved=hacked")
    assert r.status == 400 and "Notice must be one of: “welcome”, “profile”, “password”, “language”" in r.text
    admin = Browser()
    login(admin, "admin", "demo-password-admin")
    r = admin.get("/admin/users?before=abc")
    assert r.status == 400 and "Older than is not a valid reference" in r.text
    assert admin.get("/admin/users?before=5").status == 200
