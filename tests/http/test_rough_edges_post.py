"""
Rough edges of the community (issue 10), on the writing side: where a new
member lands after joining, the unread count in the header, and what
"Handled lately" in /mod tells a moderator. Each test is what a user sees.
"""
import re
import secrets

from opbak import Browser, register, sql
from post_helpers import SOFIE, back, by_day, member, premod, staff, write_post


def main_of(page):
    return page.text.split('<main id="main">', 1)[1].split("</main>", 1)[0]


@by_day
def test_a_new_member_lands_on_writing_his_first_post_with_a_word_on_how_it_works():
    b = Browser()
    handle = "first_" + secrets.token_hex(4)
    r = register(b, handle, birth="2010-03-14")
    assert r.status == 303 and r.header("location") == "/post/new?first=1"
    page = b.get(r.header("location"))
    assert page.status == 200
    main = main_of(page)
    assert "<h1>Write a post</h1>" in main
    welcome = main.split('<div class="notice ok" role="status">', 1)[1].split("</div>", 1)[0]
    assert "Welcome to Opbak! You are logged in." in welcome
    assert "trained support persons" in welcome and "concrete advice" in welcome
    assert "never your real name" in welcome
    assert "settings later under Settings" in welcome
    assert 'href="/account/settings"' in page.text  # where "Settings" is: the header
    assert handle in page.text  # logged in: his pseudonym in the header
    # Writing later, from the header's Write: no welcome again.
    later = b.get("/post/new")
    assert later.status == 200 and "Welcome to Opbak" not in later.text
    # ?first= is a checkbox value: anything else is refused by the route.
    assert b.get("/post/new?first=yes").status == 400
    # The form he landed on works: his first post.
    write_post(b, title="My first post here")


@by_day
def test_the_unread_count_is_a_badge_named_notifications_2_unread():
    author, _ = member("badge")
    pid = write_post(author)
    for i in range(2):
        back(member("badge")[0], pid, "Backing number %d for you." % i)
    page = author.get("/").text
    link = re.search(r'<a href="/notifications">(.*?)</a>', page).group(1)
    assert link == ('Notifications<span class="count"><span class="visually-hidden">, </span>'
                    '2<span class="visually-hidden"> unread</span></span>')
    # What a screen reader reads: the words, the number and "unread".
    assert re.sub(r"<[^>]+>", "", link) == "Notifications, 2 unread"
    # The badge is a pill of its own, in the accent colours (7:1 light).
    css = Browser().get("/css/site.css").text
    rule = re.search(r"\n\.count \{([^}]*)\}", css).group(1)
    assert "border-radius: 999px" in rule and "background: var(--accent)" in rule
    assert "color: var(--accent-text)" in rule and "margin-left" in rule
    # Read: no badge.
    author.get("/notifications")
    assert 'class="count"' not in author.get("/").text


def handled_lately(mod):
    page = mod.get("/mod")
    assert page.status == 200
    return page.text.split('<h2 id="handled">', 1)[1].split("</ul>", 1)[0]


@by_day
def test_handled_lately_shows_approvals_and_refusals_with_who_and_when():
    sofie = staff(SOFIE)
    night, night_handle = member("held")
    helper, _ = member("held")
    seen = write_post(night, title="Written by day " + secrets.token_hex(3))
    with premod(covering=True):
        title = "Held at night " + secrets.token_hex(3)
        held = write_post(night, title=title)
        refused_title = "Held and refused " + secrets.token_hex(3)
        refused = write_post(night, title=refused_title)
        backing = back(helper, seen)
    assert sql("SELECT status FROM posts WHERE id = ?", held) == [["pending"]]
    assert sql("SELECT status FROM backings WHERE id = ?", backing) == [["pending"]]
    # Nothing of it is in the list before a moderator looks at it.
    assert title not in handled_lately(sofie)

    for kind, item_id, action in (("post", held, "approve"), ("backing", backing, "approve"),
                                  ("post", refused, "hide")):
        sofie.get("/mod")
        r = sofie.post("/mod/item/" + action, {"kind": kind, "id": str(item_id)})
        assert r.status == 303, r
    handled = handled_lately(sofie)
    items = re.findall(r"<li><span>(.*?)</span>", handled)
    approved_post = ('Held for approval: <a href="/p/%d">%s</a> — approved by sofie_sp · '
                     % (held, title))
    approved_backing = ('Held for approval: <a href="/p/%d#b%d">' % (seen, backing))
    refused_post = ('Held for approval: <a href="/p/%d">%s</a> — refused by sofie_sp · '
                    % (refused, refused_title))
    # Newest first: the refusal, then the backing, then the post.
    assert items[0].startswith(refused_post), items[:3]
    assert items[1].startswith(approved_backing) and "— approved by sofie_sp · " in items[1]
    assert items[2].startswith(approved_post), items[:3]
    # When: the moment it was done, after the dot.
    assert all(item.rsplit(" · ", 1)[1].strip() for item in items[:3]), items[:3]
    # An approved item offers no "Restore" (it is shown); the list still
    # holds reports handled as before.
    assert "/mod/%d/restore" % held not in handled
