"""
Issue 8, findings 2, 4 and 8, each as the story of the bug it fixes:
- a post's author could erase its reports by deleting the post (or his
  account): reports now keep the reported text and wait for a moderator;
- a topic address that cannot exist (not ASCII) answered 500: it is 404,
  and a new post naming such a topic gets the form's message;
- the routes that act on a post told others that a post hidden from them
  exists (403 where its page says 404): they answer 404 as the page does.
"""
import re
import urllib.parse

from opbak import Browser, escaped, sql, unescape
from post_helpers import (ADMIN, SOFIE, back, backed_post, by_day, member, one,
                          someone_elses_post, staff, user_id, write_post)

CRISIS_BODY = "Some nights I want to kill myself. Nobody knows."
MINORS_BODY = "Look at the pictures of her, she is 13, I put them here."
BACKING_BODY = "Send me the pictures too, she is in my class."


def report(b, post_id, reason, backing_id=None, note=""):
    fields = {"post": str(post_id), "reason": reason, "note": note}
    if backing_id:
        fields["backing"] = str(backing_id)
    b.get("/post/report?post=%d" % post_id)
    r = b.post("/post/report", fields)
    assert r.status == 303, r
    return int(one("SELECT MAX(id) FROM reports WHERE post_id = ?", post_id))


def report_row(rid):
    """status, author, title, text of a report, as stored."""
    rows = sql("SELECT status, author, title, text FROM reports WHERE id = ?", rid)
    return rows[0] if rows else None


def queue_item(queue, rid):
    """The <article> of report rid in the moderation queue's HTML, or None."""
    m = re.search(r'<article[^>]*aria-labelledby="report-%d">.*?</article>' % rid, queue, re.S)
    return m.group(0) if m else None


def close(mod, rid):
    mod.get("/mod")
    return mod.post("/mod/%d/dismiss" % rid)


# ---- finding 2: reports outlive what they report ---------------------------

@by_day
def test_reports_survive_the_author_deleting_his_post_and_a_moderator_closes_them():
    author, author_handle = member()
    crisis_post = write_post(author, title="I cannot go on", body=CRISIS_BODY)
    crisis_rid = int(one("SELECT id FROM reports WHERE post_id = ? AND reporter_id IS NULL",
                         crisis_post))
    minors_post = write_post(author, title="Pictures of a girl", body=MINORS_BODY)
    reporter, _ = member()
    minors_rid = report(reporter, minors_post, "sexual_minors", note="She is a child")
    helper, helper_handle = member()
    backing_id = back(helper, minors_post, BACKING_BODY)
    backing_rid = report(reporter, minors_post, "sexual_minors", backing_id=backing_id)

    for post_id in (crisis_post, minors_post):
        author.get("/post/%d/delete" % post_id)
        r = author.post("/post/%d/delete" % post_id)
        assert r.status == 303 and r.header("location") == "/post/deleted"
        assert one("SELECT COUNT(*) FROM posts WHERE id = ?", post_id) == "0"

    # the reports are still open and kept what was reported
    assert report_row(crisis_rid) == ["open", author_handle, "I cannot go on", CRISIS_BODY]
    assert report_row(minors_rid) == ["open", author_handle, "Pictures of a girl", MINORS_BODY]
    assert report_row(backing_rid) == ["open", helper_handle, "Pictures of a girl", BACKING_BODY]

    sofie = staff(SOFIE)
    queue = sofie.get("/mod")
    assert queue.status == 200
    crisis_item = unescape(queue_item(queue.text, crisis_rid))
    assert CRISIS_BODY in crisis_item and "deleted by its author" in crisis_item
    assert "Found automatically: words about suicide or self-harm" in crisis_item
    assert author_handle in crisis_item and "I cannot go on" in crisis_item
    minors_item = unescape(queue_item(queue.text, minors_rid))
    assert MINORS_BODY in minors_item and "She is a child" in minors_item
    assert "deleted by its author" in minors_item
    backing_item = unescape(queue_item(queue.text, backing_rid))
    assert BACKING_BODY in backing_item and helper_handle in backing_item
    assert "deleted with the post it answered" in backing_item
    # nothing to hide or restore, and no link to a page that is gone
    for item in (crisis_item, minors_item, backing_item):
        assert "/hide" not in item and "/restore" not in item and 'href="/p/' not in item
        assert "Close the report" in item
    # a Hide from a page loaded before the deletion is told, and changes nothing
    r = sofie.post("/mod/%d/hide" % minors_rid)
    assert r.status == 409 and "Deleted meanwhile" in r.text
    assert report_row(minors_rid)[0] == "open"

    for rid in (crisis_rid, minors_rid, backing_rid):
        r = close(sofie, rid)
        assert r.status == 303 and r.header("location") == "/mod?done=closed"
        assert sql("SELECT status, handled_by, handled_at IS NOT NULL FROM reports WHERE id = ?",
                   rid) == [["closed", str(user_id("sofie_sp")), "1"]]
    assert sql("SELECT target_id, detail FROM audit_log WHERE action = 'mod.close' "
               "AND detail LIKE ? ORDER BY id", "report %d:%%" % crisis_rid) == \
        [[str(user_id(author_handle)), "report %d: post %d (deleted)" % (crisis_rid, crisis_post)]]
    assert one("SELECT detail FROM audit_log WHERE action = 'mod.close' AND detail LIKE ?",
               "report %d:%%" % backing_rid) == \
        "report %d: backing %d on post %d (deleted)" % (backing_rid, backing_id, minors_post)
    after = sofie.get("/mod?done=closed")
    assert "Report closed." in after.text
    assert queue_item(after.text, crisis_rid) is None  # handled: out of the queue
    # under "handled lately" (the title is marked as a member's words)
    assert "I cannot go on (deleted)" in re.sub(r"<[^>]*>", "", unescape(after.text))
    # closed is closed
    assert close(sofie, crisis_rid).status == 409


@by_day
def test_reports_survive_the_author_deleting_his_account():
    author, author_handle = member()
    crisis_post = write_post(author, title="Tired of everything", body=CRISIS_BODY)
    crisis_rid = int(one("SELECT id FROM reports WHERE post_id = ?", crisis_post))
    other, _ = member()
    others_post = write_post(other, title="Where do you meet girls?")
    backing_id = back(author, others_post, BACKING_BODY)
    reporter, _ = member()
    backing_rid = report(reporter, others_post, "sexual_minors", backing_id=backing_id)

    author.get("/account/privacy/erase")
    r = author.post("/account/privacy/erase", {"mode": "all", "password": "correct horse battery"})
    assert r.status == 200 and "Your account is erased" in r.text
    assert one("SELECT COUNT(*) FROM users WHERE handle = ?", author_handle) == "0"
    assert one("SELECT COUNT(*) FROM posts WHERE id = ?", crisis_post) == "0"
    assert one("SELECT COUNT(*) FROM backings WHERE id = ?", backing_id) == "0"

    assert report_row(crisis_rid) == ["open", author_handle, "Tired of everything", CRISIS_BODY]
    assert report_row(backing_rid) == ["open", author_handle, "Where do you meet girls?",
                                       BACKING_BODY]
    admin = staff(ADMIN)
    queue = admin.get("/mod")
    assert queue.status == 200
    for rid, text in ((crisis_rid, CRISIS_BODY), (backing_rid, BACKING_BODY)):
        item = unescape(queue_item(queue.text, rid))
        assert text in item and author_handle in item
        assert "deleted with its author's account" in item
        assert "/u/%s" % author_handle not in item  # no profile to link to
    # the post the backing answered is still there: the queue says nothing else changed
    assert one("SELECT status FROM posts WHERE id = ?", others_post) == "visible"

    for rid in (crisis_rid, backing_rid):
        r = close(admin, rid)
        assert r.status == 303 and r.header("location") == "/mod?done=closed"
        assert report_row(rid)[0] == "closed"


@by_day
def test_a_report_keeps_the_text_as_reported_when_the_author_edits_it_afterwards():
    author, _ = member()
    post_id = write_post(author, title="Ugly pictures", body=MINORS_BODY)
    reporter, _ = member()
    rid = report(reporter, post_id, "sexual_minors")
    r = author.post("/post/%d/edit" % post_id, {"title": "Nothing here", "topic": "friends",
                                                "body": "Nothing to see."})
    assert r.status == 303
    assert report_row(rid)[2:] == ["Ugly pictures", MINORS_BODY]
    # while it exists the queue shows it as it is now (what Hide takes down)
    item = unescape(queue_item(staff(SOFIE).get("/mod").text, rid))
    assert "Nothing to see." in item and "/mod/%d/hide" % rid in item


# ---- finding 4: a topic that cannot exist is 404 or the form's message -------

def test_a_non_ascii_topic_address_is_404_not_500():
    for path in ("/t/%C3%A9/feed.xml", "/t/%FF/feed.xml", "/t/%C3%A9", "/t/%FF",
                 "/t/fr%C3%A9nds", "/t/FRIENDS/feed.xml", "/t/friends%20/feed.xml",
                 "/t/%E2%80%8Bfriends/feed.xml"):
        r = Browser().get(path)
        assert r.status == 404, (path, r)
        assert "no such topic" in r.text and '<nav aria-label="Main">' in r.text, path
    assert Browser().get("/t/friends/feed.xml").status == 200


@by_day
def test_a_new_post_in_a_non_ascii_topic_is_400_with_the_forms_message():
    b, handle = member()
    # the form's preset topic is compared in C, never asked of the database
    assert b.get("/post/new?topic=" + urllib.parse.quote("frénds")).status == 200
    fields = {"title": "A title for the post", "topic": "frénds", "body": "My words stay here."}
    for topic in ("frénds", "\u200bfriends", "FRIENDS"):
        fields["topic"] = topic
        r = b.post("/post/new", fields)
        assert r.status == 400, (topic, r)
        assert "Choose one of the topics in the list." in r.text
        assert "My words stay here." in r.text and escaped("A title for the post") in r.text
    assert one("SELECT COUNT(*) FROM posts WHERE user_id = ?", user_id(handle)) == "0"
    # editing runs the same check
    post_id = write_post(b, title="Fine topic")
    r = b.post("/post/%d/edit" % post_id, dict(fields, topic="frénds"))
    assert r.status == 400 and "Choose one of the topics in the list." in r.text


# ---- finding 8: what is not his to know of is 404 everywhere ---------------

def post_routes_answer(b, post_id, backing_id):
    """The status of every route that acts on post_id (and its backing)."""
    fields = {"title": "Changed title", "topic": "friends", "body": "changed"}
    b.get("/")
    return {
        "edit form": b.get("/post/%d/edit" % post_id).status,
        "edit": b.post("/post/%d/edit" % post_id, fields).status,
        "delete form": b.get("/post/%d/delete" % post_id).status,
        "delete": b.post("/post/%d/delete" % post_id).status,
        "back": b.post("/post/%d/back" % post_id, {"body": "Hello there"}).status,
        "vote": b.post("/post/backing/%d/vote" % backing_id).status,
        "best": b.post("/post/backing/%d/best" % backing_id).status,
        "report form": b.get("/post/report?post=%d" % post_id).status,
        "report backing form": b.get("/post/report?post=%d&backing=%d"
                                     % (post_id, backing_id)).status,
        "report": b.post("/post/report", {"post": str(post_id), "reason": "spam"}).status,
        "page": b.get("/p/%d" % post_id).status,
    }


@by_day
def test_someone_elses_hidden_or_held_post_is_404_on_every_route_as_on_its_page():
    for status in ("hidden", "pending"):
        author, author_handle = member()
        title = "Not for your eyes " + status
        post_id = write_post(author, title=title, public=True)
        helper, _ = member()
        backing_id = back(helper, post_id)
        sql("UPDATE posts SET status = ? WHERE id = ?", status, post_id)

        other, _ = member()
        answers = post_routes_answer(other, post_id, backing_id)
        # what a never-used id answers, route by route
        never = post_routes_answer(other, 999999999, 999999999)
        assert answers == never, (status, answers, never)
        assert set(answers.values()) == {404}, (status, answers)
        if status == "hidden":  # a held post: post/ask.c (not this fix's) still says 403
            assert other.get("/post/ask?post=%d" % post_id).status == 404
        assert one("SELECT title FROM posts WHERE id = ?", post_id) == title
        assert one("SELECT COUNT(*) FROM backings WHERE post_id = ?", post_id) == "1"

        # nor do the reading pages show it
        for page in ("/", "/t/friends", "/u/%s" % author_handle, "/feed.xml",
                     "/t/friends/feed.xml", "/search?q=eyes"):
            assert title not in other.get(page).text, (status, page)

        # its author knows of it: he may open his own post to edit or delete it
        assert author.get("/post/%d/edit" % post_id).status == 200
        assert author.get("/post/%d/delete" % post_id).status == 200
        # a moderator sees it on its page, so he is told it is not his (403)
        sofie = staff(SOFIE)
        assert sofie.get("/p/%d" % post_id).status == 200
        assert sofie.get("/post/%d/edit" % post_id).status == 403


@by_day
def test_someone_elses_hidden_backing_is_404_to_vote_or_mark_best():
    author, post_id, _, backing_id = backed_post()
    sql("UPDATE backings SET status = 'hidden' WHERE id = ?", backing_id)
    other, _ = member()
    other.get("/")
    # "not your post" (403) would have told him the backing exists
    assert other.post("/post/backing/%d/best" % backing_id).status == 404
    assert other.post("/post/backing/%d/vote" % backing_id).status == 404
    assert other.post("/post/backing/999999999/best").status == 404
    assert author.post("/post/backing/%d/best" % backing_id).status == 404
    assert one("SELECT is_best FROM backings WHERE id = ?", backing_id) == "0"


@by_day
def test_someone_elses_visible_post_is_403_to_change_because_he_can_see_it_exists():
    # The rule: 404 wherever the post is not his to know of (its page says
    # 404 to him); a post he can see but did not write is 403, "only the
    # one who wrote a post can change it".
    _, post_id, other = someone_elses_post(title="Mine to change")
    assert other.get("/p/%d" % post_id).status == 200
    assert other.get("/post/%d/edit" % post_id).status == 403
    assert other.get("/post/%d/delete" % post_id).status == 403
    r = other.post("/post/%d/delete" % post_id)
    assert r.status == 403 and "Only the one who wrote a post can change it." in r.text
    assert one("SELECT title FROM posts WHERE id = ?", post_id) == "Mine to change"
