"""
The header (issue 10): on a phone a short bar (brand, Search, Write) and
the rest in a <details> menu, no script; Search for everyone; the unread
count also on the menu's summary so it shows while the menu is closed,
with the same accessible words as on Notifications.
"""
import re

from opbak import Browser
from post_helpers import ADMIN, back, by_day, member, staff, write_post

BADGE = ('<span class="count"><span class="visually-hidden">, </span>%d'
         '<span class="visually-hidden"> unread</span></span>')


def header_of(text):
    m = re.search(r'<header class="top">(.*?)</header>', text, re.S)
    assert m, "no header"
    return m.group(1)


def test_a_visitor_sees_search_leaderboard_log_in_and_join_and_no_menu():
    for path in ("/", "/leaderboard", "/account/login"):
        h = header_of(Browser().get(path).text)
        for link in ('<a href="/search">Search</a>', '<a href="/leaderboard">Leaderboard</a>',
                     '<a href="/account/login">Log in</a>',
                     '<a class="button" href="/account/register">Join</a>'):
            assert link in h, (path, link)
        assert "<details" not in h and "Log out" not in h and "/post/new" not in h, path
        assert h.count('<nav aria-label="Main">') == 1, path


def test_a_member_has_search_and_write_outside_the_menu_and_the_rest_inside():
    b, handle = member("hd")
    h = header_of(b.get("/").text)
    bar, menu = h.split('<details class="menu">')
    assert '<a href="/search">Search</a>' in bar
    assert '<a class="button" href="/post/new">Write</a>' in bar
    assert re.match(r"\s*<summary>Menu</summary>", menu), menu[:80]
    for part in ('href="/leaderboard"', 'href="/notifications"', 'href="/u/%s"' % handle,
                 'href="/account/settings"', 'action="/account/logout"', 'name="csrf"'):
        assert part in menu, part
    assert "/mod" not in h and "/admin/users" not in h
    assert "<script" not in b.get("/").text
    assert h.count('<nav aria-label="Main">') == 1


def test_staff_links_are_in_the_admins_menu():
    h = header_of(staff(ADMIN).get("/").text)
    menu = h.split('<details class="menu">')[1]
    assert '<a href="/mod">Moderation</a>' in menu and '<a href="/admin/users">Admin</a>' in menu


@by_day
def test_unread_notifications_show_on_the_summary_and_on_the_link():
    author, _ = member("hd", days_old=2)
    pid = write_post(author)
    for i in range(2):
        back(member("hd", days_old=2)[0], pid, "Backing number %d for you, hang in there." % i)
    h = header_of(author.get("/").text)
    summary = re.search(r"<summary>(.*?)</summary>", h, re.S).group(1)
    assert summary == "Menu" + BADGE % 2, summary
    assert ('<a href="/notifications">Notifications' + BADGE % 2 + "</a>") in h
    author.get("/notifications")
    h = header_of(author.get("/").text)
    assert 'class="count"' not in h and "<summary>Menu</summary>" in h
