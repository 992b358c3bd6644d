"""
When a moderator answers a hidden post's request for a new look
(issue 10), its author is told which way, in a notification that links
to his post: Restore ("looked at your post again and restored it") or
Keep hidden ("... and kept it hidden"). The notification is written in
the moderator's transaction (mod.c), counts in the header's unread
badge, and comes once: an answer given twice is refused (409) and tells
him nothing more. A post restored without his asking gets no such
notification.
"""
import html
import secrets

from opbak import sql
from post_helpers import SOFIE, by_day, staff
from test_feed import main_of
from test_review_request import hidden_post, hiding_report

BADGE = ('<span class="count"><span class="visually-hidden">, </span>%d'
         '<span class="visually-hidden"> unread</span></span>')


def asked(title):
    """A hidden post whose author asked for a new look: (author, post id, report id)."""
    author, pid = hidden_post(title)
    assert author.post("/post/%d/review" % pid, {"note": "Please look again."}).status == 303
    return author, pid, hiding_report(pid)


def answers(pid):
    return sql("SELECT kind, backing_id IS NULL, actor_id IS NULL, read_at IS NULL "
               "FROM notifications WHERE post_id = ? AND kind IN ('review_restored', 'review_kept') ORDER BY id", pid)


@by_day
def test_the_author_is_told_his_post_was_restored():
    title = "Restore me " + secrets.token_hex(3)
    author, pid, rid = asked(title)
    mod = staff(SOFIE)
    mod.get("/mod")
    assert mod.post("/mod/%d/restore" % rid).status == 303
    assert answers(pid) == [["review_restored", "1", "1", "1"]]  # no moderator named
    # the badge counts it with the notice that the post was hidden
    assert BADGE % 2 in author.get("/").text
    page = main_of(author.get("/notifications"))
    assert ('A moderator looked at your post again and restored it: <a href="/p/%d">%s</a>'
            % (pid, html.escape(title))) in page
    assert page.index("restored it") < page.index("A moderator hid your post")  # newest first
    assert '"> unread</span>' not in author.get("/").text  # read now: no badge
    # Restore again: already handled, and nothing new for him
    assert mod.post("/mod/%d/restore" % rid).status == 409
    assert len(answers(pid)) == 1


@by_day
def test_the_author_is_told_his_post_was_kept_hidden():
    title = "Keep me " + secrets.token_hex(3)
    author, pid, rid = asked(title)
    mod = staff(SOFIE)
    mod.get("/mod")
    r = mod.post("/mod/%d/keep" % rid)
    assert r.status == 303
    assert "Kept hidden. The author was told." in mod.get(r.header("location")).text
    assert answers(pid) == [["review_kept", "1", "1", "1"]]
    assert BADGE % 2 in author.get("/").text
    page = main_of(author.get("/notifications"))
    # his own post: he still sees its title and the link to it (hidden, marked for him)
    assert ('A moderator looked at your post again and kept it hidden: <a href="/p/%d">%s</a>'
            % (pid, html.escape(title))) in page
    assert author.get("/p/%d" % pid).status == 200
    assert mod.post("/mod/%d/keep" % rid).status == 409
    assert len(answers(pid)) == 1


@by_day
def test_a_restore_nobody_asked_for_sends_no_answer():
    _, pid = hidden_post("Restored unasked " + secrets.token_hex(3))
    mod = staff(SOFIE)
    mod.get("/mod")
    assert mod.post("/mod/%d/restore" % hiding_report(pid)).status == 303
    assert answers(pid) == []
