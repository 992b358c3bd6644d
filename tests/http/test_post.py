"""
Writing: a young man on his phone writes a post, edits and deletes it,
others back him up, vote for the backings that helped, he marks the best
ones, asks a support person, and anyone tells the team what they think.
Every refusal says why, keeps the text, and changes nothing.
"""
import re

from opbak import Browser, sql, unescape
from post_helpers import (ADMIN, SOFIE, back, by_day, member, one, someone_elses_post, staff,
                          user_id, write_post)


def count(query, *params):
    return int(one(query, *params))


def sql_post(post_id):
    rows = sql("SELECT p.title, t.slug, p.status, p.is_public, p.crisis, p.backing_count, u.handle "
               "FROM posts p JOIN topics t ON t.id = p.topic_id JOIN users u ON u.id = p.user_id "
               "WHERE p.id = ?", post_id)
    if not rows:
        return None
    keys = ["title", "topic", "status", "is_public", "crisis", "backing_count", "author"]
    return dict(zip(keys, rows[0]))


@by_day
def test_a_member_writes_a_post_and_lands_on_it():
    b, handle = member()
    form = b.get("/post/new")
    assert form.status == 200
    assert 'name="title"' in form.text and 'name="body"' in form.text
    assert '<option value="friends" lang="en">Friends</option>' in form.text
    assert re.search(r'<input type="checkbox" id="public" name="public" value="1" aria', form.text)  # not ticked

    r = b.post("/post/new", {"title": "My best friend ignores me", "topic": "friends",
                             "body": "Since the summer he **never** answers.\r\n\r\n- school\r\n- football"})
    assert r.status == 303
    post_id = int(r.header("location").rsplit("/", 1)[1])
    row = sql_post(post_id)
    assert row == {"title": "My best friend ignores me", "topic": "friends", "status": "visible",
                   "is_public": "0", "crisis": "0", "backing_count": "0", "author": handle}
    html = one("SELECT body_html FROM posts WHERE id = ?", post_id)
    assert "<strong>never</strong>" in html and "<li>school</li>" in html

    page = b.get("/p/%d" % post_id)
    assert page.status == 200 and "My best friend ignores me" in unescape(page.text)


@by_day
def test_ticking_public_lets_the_post_into_the_rss_feed():
    b, _ = member()
    post_id = write_post(b, public=True)
    assert one("SELECT is_public FROM posts WHERE id = ?", post_id) == "1"


@by_day
def test_a_refused_post_keeps_every_word_and_says_what_is_wrong():
    b, handle = member()
    body = "Everything I typed at 23:00 on my phone & <b>it must come back</b>"
    b.get("/post/new")
    r = b.post("/post/new", {"title": "Hey", "topic": "friends", "body": body})
    assert r.status == 400
    text = unescape(r.text)
    assert "Title is too short: at least 5 characters" in text
    assert body in text
    assert 'id="title"' in r.text and 'aria-invalid="true"' in r.text
    assert '<a href="#title">' in r.text  # the summary links to the field

    r = b.post("/post/new", {"title": "A real title", "topic": "no-such-topic", "body": body})
    assert r.status == 400 and "Choose one of the topics in the list." in r.text
    assert body in unescape(r.text)

    r = b.post("/post/new", {"title": "A real title", "topic": "friends", "body": "x" * 10001})
    assert r.status == 400 and "Your post is too long: 10001 characters, at most 10000" in r.text

    r = b.post("/post/new", {"title": "T" * 121, "topic": "friends", "body": body})
    assert r.status == 400 and "Title is too long" in r.text

    r = b.post("/post/new", {"title": "A real title", "topic": "friends", "body": ""})
    assert r.status == 400 and "Your post is required" in r.text
    assert count("SELECT COUNT(*) FROM posts WHERE user_id = ?", user_id(handle)) == 0


@by_day
def test_markdown_cannot_carry_html_or_javascript_links():
    b, _ = member(days_old=3)  # links are fine after the first day
    post_id = write_post(b, body="**ok** [click](javascript:alert(1)) <img src=x onerror=alert(1)>"
                                 "\n\n<script>alert(1)</script>")
    html = one("SELECT body_html FROM posts WHERE id = ?", post_id)
    assert "<script" not in html and "javascript:" not in html and "onerror" not in html
    assert "<strong>ok</strong>" in html


@by_day
def test_a_phone_number_is_refused_next_to_the_field_and_the_text_kept():
    b, handle = member()
    body = "Text me if you have been there too, ring 22 33 44 55 after school."
    b.get("/post/new")
    r = b.post("/post/new", {"title": "Lonely after moving", "topic": "friends", "body": body})
    assert r.status == 400
    text = unescape(r.text)
    assert 'This looks like a phone number: "22 33 44 55"' in text
    assert body in text
    assert 'id="body-error">This looks like a phone number' in text
    # in the title too
    r = b.post("/post/new", {"title": "snap: mads_123", "topic": "friends", "body": "hi there"})
    assert r.status == 400 and "This looks like a social-media name" in unescape(r.text)
    assert count("SELECT COUNT(*) FROM posts WHERE user_id = ?", user_id(handle)) == 0


@by_day
def test_a_new_member_cannot_post_links_until_his_first_day_is_over():
    b, handle = member()
    b.get("/post/new")
    fields = {"title": "Found this video", "topic": "other",
              "body": "Watch https://example.com/video, it helped me."}
    r = b.post("/post/new", fields)
    assert r.status == 400
    assert "New members can add links after their first 24 hours" in r.text
    assert "https://example.com/video" in r.text  # kept
    assert count("SELECT COUNT(*) FROM posts WHERE user_id = ?", user_id(handle)) == 0

    sql("UPDATE users SET created_at = NOW() - INTERVAL 2 DAY WHERE handle = ?", handle)
    assert b.post("/post/new", fields).status == 303


@by_day
def test_a_new_member_writes_three_posts_an_hour_then_waits_with_his_text_kept():
    b, handle = member()
    for i in range(3):
        write_post(b, title="Post number %d" % i)
    body = "The fourth thing I wanted to say tonight"
    r = b.post("/post/new", {"title": "Number four", "topic": "friends", "body": body})
    assert r.status == 429
    assert "In your first 24 hours you can write 3 posts an hour" in r.text
    assert body in r.text and 'value="Number four"' in r.text
    assert count("SELECT COUNT(*) FROM posts WHERE user_id = ?", user_id(handle)) == 3


@by_day
def test_editing_my_post_re_renders_it_and_runs_the_guards_again():
    b, handle = member()
    post_id = write_post(b, title="Old title here", body="old *words*")
    form = b.get("/post/%d/edit" % post_id)
    assert form.status == 200 and 'value="Old title here"' in form.text and "old *words*" in form.text

    r = b.post("/post/%d/edit" % post_id, {"title": "New title here", "topic": "family",
                                           "body": "new **words**", "public": "1"})
    assert r.status == 303 and r.header("location") == "/p/%d" % post_id
    row = sql_post(post_id)
    assert row["title"] == "New title here" and row["topic"] == "family" and row["is_public"] == "1"
    assert "<strong>words</strong>" in one("SELECT body_html FROM posts WHERE id = ?", post_id)
    assert one("SELECT updated_at IS NOT NULL FROM posts WHERE id = ?", post_id) == "1"

    r = b.post("/post/%d/edit" % post_id, {"title": "New title here", "topic": "family",
                                           "body": "mail me at mads@example.dk"})
    assert r.status == 400 and "This looks like an e-mail address" in unescape(r.text)
    assert "mads@example.dk" in r.text
    assert one("SELECT body FROM posts WHERE id = ?", post_id) == "new **words**"


@by_day
def test_nobody_else_can_edit_or_delete_my_post():
    _, post_id, other = someone_elses_post(title="Mine and only mine")
    assert other.get("/post/%d/edit" % post_id).status == 403
    r = other.post("/post/%d/edit" % post_id, {"title": "Hacked title", "topic": "friends",
                                               "body": "hacked"})
    assert r.status == 403 and "Only the one who wrote a post can change it." in r.text
    assert other.post("/post/%d/delete" % post_id).status == 403
    assert sql_post(post_id)["title"] == "Mine and only mine"
    assert other.get("/post/999999999/edit").status == 404


@by_day
def test_deleting_my_post_asks_first_then_removes_it_with_its_backings():
    b, handle = member()
    post_id = write_post(b, title="I regret writing this")
    helper, _ = member()
    backing_id = back(helper, post_id)
    confirm = b.get("/post/%d/delete" % post_id)
    assert confirm.status == 200 and "Delete your post?" in confirm.text
    r = b.post("/post/%d/delete" % post_id)
    assert r.status == 303 and r.header("location") == "/post/deleted"
    assert "Your post is deleted" in b.get("/post/deleted").text
    assert sql_post(post_id) is None
    assert count("SELECT COUNT(*) FROM backings WHERE id = ?", backing_id) == 0
    assert count("SELECT COUNT(*) FROM audit_log WHERE action = 'post.delete' AND actor_id = ?",
                 user_id(handle)) == 1
    assert b.get("/p/%d" % post_id).status == 404


@by_day
def test_a_backing_reaches_the_author_and_counts_on_the_post():
    author, author_handle = member()
    post_id = write_post(author)
    helper, helper_handle = member()
    backing_id = back(helper, post_id, "Ask him straight out. **Short** is fine.")
    row = sql("SELECT b.status, b.by_support, b.body_html, p.backing_count FROM backings b "
              "JOIN posts p ON p.id = b.post_id WHERE b.id = ?", backing_id)
    assert row[0][0:2] == ["visible", "0"] and "<strong>Short</strong>" in row[0][2]
    assert row[0][3] == "1"
    assert sql("SELECT kind, post_id, actor_id FROM notifications WHERE user_id = ?",
               user_id(author_handle)) == [["backing", str(post_id), str(user_id(helper_handle))]]

    # the author thanking on his own post: counted, but nobody is notified
    back(author, post_id, "Thanks, I will try that tomorrow.")
    assert one("SELECT backing_count FROM posts WHERE id = ?", post_id) == "2"
    assert count("SELECT COUNT(*) FROM notifications WHERE user_id = ?", user_id(author_handle)) == 1


@by_day
def test_a_refused_backing_comes_back_on_its_own_page_with_the_text():
    author, _ = member()
    post_id = write_post(author, title="Should I quit handball")
    helper, _ = member()
    helper.get("/")
    text = "Call me, 22334455, and we talk it through & <i>more</i>"
    r = helper.post("/post/%d/back" % post_id, {"body": text})
    assert r.status == 400
    page = unescape(r.text)
    assert "Should I quit handball" in page and 'href="/p/%d"' % post_id in page
    assert "This looks like a phone number" in page and text in page
    assert 'action="/post/%d/back"' % post_id in page

    r = helper.post("/post/%d/back" % post_id, {"body": "y" * 5001})
    assert r.status == 400 and "Your backing is too long: 5001 characters, at most 5000" in r.text
    r = helper.post("/post/%d/back" % post_id, {"body": ""})
    assert r.status == 400 and "Your backing is required" in r.text
    assert one("SELECT backing_count FROM posts WHERE id = ?", post_id) == "0"
    assert count("SELECT COUNT(*) FROM backings WHERE post_id = ?", post_id) == 0


@by_day
def test_a_hidden_or_held_post_cannot_be_backed():
    author, _ = member()
    post_id = write_post(author)
    helper, _ = member()
    helper.get("/")
    for status in ("hidden", "pending"):
        sql("UPDATE posts SET status = ? WHERE id = ?", status, post_id)
        r = helper.post("/post/%d/back" % post_id, {"body": "Hang in there."})
        assert r.status == 404
    assert helper.post("/post/999999999/back", {"body": "Hang in there."}).status == 404
    assert count("SELECT COUNT(*) FROM backings WHERE post_id = ?", post_id) == 0
    assert one("SELECT backing_count FROM posts WHERE id = ?", post_id) == "0"


@by_day
def test_one_vote_per_member_and_never_for_my_own_backing():
    author, _ = member()
    post_id = write_post(author)
    helper, helper_handle = member()
    backing_id = back(helper, post_id)
    voter, voter_handle = member()
    voter.get("/")

    r = voter.post("/post/backing/%d/vote" % backing_id)
    assert r.status == 303 and r.header("location") == "/p/%d#b%d" % (post_id, backing_id)
    r = voter.post("/post/backing/%d/vote" % backing_id)
    assert r.status == 409 and "You have already voted" in r.text
    r = helper.post("/post/backing/%d/vote" % backing_id)
    assert r.status == 403 and "You cannot vote for your own backing" in r.text

    assert one("SELECT votes FROM backings WHERE id = ?", backing_id) == "1"
    assert sql("SELECT user_id FROM votes WHERE backing_id = ?", backing_id) == [[str(user_id(voter_handle))]]
    assert count("SELECT COUNT(*) FROM points WHERE reason = 'vote' AND ref_id = ?", backing_id) == 1


@by_day
def test_the_author_marks_best_backings_and_can_change_his_mind():
    author, _ = member()
    post_id = write_post(author)
    helper, helper_handle = member()
    first = back(helper, post_id, "Write it down first.")
    other, _ = member()
    second = back(other, post_id, "Talk to your coach.")

    assert author.post("/post/backing/%d/best" % first).status == 303
    assert author.post("/post/backing/%d/best" % second).status == 303  # more than one
    assert sql("SELECT id, is_best FROM backings WHERE post_id = ? ORDER BY id", post_id) == \
        [[str(first), "1"], [str(second), "1"]]
    assert sql("SELECT kind, backing_id FROM notifications WHERE user_id = ? AND kind = 'best'",
               user_id(helper_handle)) == [["best", str(first)]]

    r = other.post("/post/backing/%d/best" % first)
    assert r.status == 403 and "Only the one who wrote the post" in r.text
    assert author.post("/post/backing/%d/best" % first).status == 303  # toggled off
    assert one("SELECT is_best FROM backings WHERE id = ?", first) == "0"
    assert one("SELECT is_best FROM backings WHERE id = ?", second) == "1"


@by_day
def test_a_support_persons_backing_answers_the_post_but_not_the_question_about_it():
    b, handle = member()
    post_id = write_post(b, title="My parents fight every night")
    r = b.post("/post/ask", {"post": str(post_id), "counsellor": "any", "subject": "Parents fighting",
                             "body": "Could a support person tell me what I can do when it starts?"})
    qid = int(one("SELECT id FROM questions WHERE post_id = ?", post_id))
    assert r.status == 303 and r.header("location") == "/ask/%d?sent=1" % qid
    assert one("SELECT status FROM questions WHERE id = ?", qid) == "new"

    sofie = staff(SOFIE)
    backing_id = back(sofie, post_id, "Go to your room and put music on. Then tell a teacher you trust.")
    assert one("SELECT by_support FROM backings WHERE id = ?", backing_id) == "1"
    assert one("SELECT support_answered FROM posts WHERE id = ?", post_id) == "1"
    # the question is answered in its conversation (the inbox), not by a backing
    assert sql("SELECT status, answered_at IS NULL FROM questions WHERE id = ?", qid) == [["new", "1"]]
    # one notification, of the support kind
    assert sql("SELECT kind FROM notifications WHERE user_id = ?", user_id(handle)) == [["support_answer"]]


@by_day
def test_a_question_about_his_post_that_speaks_of_suicide_is_urgent_and_shows_where_to_get_help():
    b, handle = member()
    post_id = write_post(b, title="Nights are long")
    b.get("/post/ask?post=%d" % post_id)
    r = b.post("/post/ask", {"post": str(post_id), "counsellor": "any", "subject": "Nights",
                             "body": "Some nights I think about how to end my life.",
                             "allow_publish": "1"})
    qid = int(one("SELECT id FROM questions WHERE post_id = ?", post_id))
    assert r.status == 303 and r.header("location") == "/ask/%d?sent=1&help=1" % qid
    assert sql("SELECT status, urgent, allow_publish, subject FROM questions WHERE id = ?", qid) == \
        [["new", "1", "1", "Nights"]]
    page = b.get(r.header("location")).text
    assert "Your question is sent" in page and 'class="crisis"' in page


@by_day
def test_ask_a_support_person_chosen_by_life_experience_or_the_first_available():
    b, handle = member()
    form = b.get("/post/ask")
    assert form.status == 200
    assert 'value="sofie_sp"' in form.text and "Grew up with divorced parents" in form.text
    assert 'value="any" checked' in form.text
    assert 'name="subject"' in form.text and 'name="allow_publish"' in form.text
    assert "You may publish my question and its answer anonymously later" in form.text

    r = b.post("/post/ask", {"counsellor": "karim_sp", "subject": "Bullied on the bus",
                             "body": "I get bullied on the bus every day. What do I do?"})
    qid = int(one("SELECT MAX(id) FROM questions WHERE member_id = ?", user_id(handle)))
    assert r.status == 303 and r.header("location") == "/ask/%d?sent=1" % qid
    page = b.get(r.header("location"))
    assert page.status == 200 and "Your question is sent" in page.text
    assert "Bullied on the bus" in page.text and 'class="crisis"' not in page.text
    assert sql("SELECT c.handle, q.post_id IS NULL, q.status, q.subject, q.allow_publish, q.urgent "
               "FROM questions q JOIN users c ON c.id = q.counsellor_id WHERE q.member_id = ?",
               user_id(handle)) == [["karim_sp", "1", "new", "Bullied on the bus", "0", "0"]]

    r = b.post("/post/ask", {"counsellor": "any", "subject": "Hi", "body": "Too short"})
    assert r.status == 400 and "Your question is too short: at least 20 characters" in r.text
    assert "Subject is too short: at least 3 characters" in r.text
    assert "Too short" in r.text
    r = b.post("/post/ask", {"counsellor": "any", "body": "A question without a subject."})
    assert r.status == 400 and "Subject is required" in r.text
    r = b.post("/post/ask", {"counsellor": "any", "subject": "x" * 121,
                             "body": "A question with a long subject."})
    assert r.status == 400 and "Subject is too long" in r.text
    r = b.post("/post/ask", {"counsellor": "nobody_here", "subject": "Something",
                             "body": "A question long enough to send.", "allow_publish": "1"})
    assert r.status == 400 and "Choose one of the support persons" in r.text
    assert "A question long enough to send." in r.text and 'value="Something"' in r.text
    assert 'value="1" aria-describedby="publish-hint" checked' in r.text  # his tick is kept

    stranger, _ = member()
    post_id = write_post(stranger)
    assert b.get("/post/ask?post=%d" % post_id).status == 403
    r = b.post("/post/ask", {"post": str(post_id), "counsellor": "any", "subject": "Their post",
                             "body": "A question about someone else's post."})
    assert r.status == 403
    assert count("SELECT COUNT(*) FROM questions WHERE member_id = ?", user_id(handle)) == 1
    assert count("SELECT COUNT(*) FROM questions WHERE member_id = ? AND counsellor_id IS NULL",
                 user_id(handle)) == 0


def test_anyone_can_send_feedback_to_the_team_and_admins_read_it():
    guest = Browser()
    form = guest.get("/feedback")
    assert form.status == 200 and "your feedback is anonymous" in form.text
    body = "The night mode is great to read in bed " + guest.csrf[:8]
    r = guest.post("/feedback", {"kind": "good", "body": body})
    assert r.status == 303 and r.header("location") == "/feedback?thanks=1"
    assert "Thank you" in guest.get("/feedback?thanks=1").text
    assert sql("SELECT kind, user_id IS NULL FROM feedback WHERE body = ?", body) == [["good", "1"]]

    b, handle = member()
    b.get("/feedback")
    r = b.post("/feedback", {"kind": "problem", "body": "Short"})
    assert r.status == 400 and "Your feedback is too short: at least 10 characters" in r.text
    assert "Short" in r.text
    # no kind chosen: the form again, the text kept
    r = b.post("/feedback", {"body": "The button is too small on my phone"})
    assert r.status == 400 and "Choose what your feedback is about." in r.text
    assert "The button is too small on my phone" in r.text
    # a kind that is not offered is refused at the door, naming the field
    r = b.post("/feedback", {"kind": "angry", "body": "The button is too small on my phone"})
    assert r.status == 400 and "What is it about must be one of: “good”, “better”, “problem”" in r.text
    assert count("SELECT COUNT(*) FROM feedback WHERE user_id = ?", user_id(handle)) == 0
    r = b.post("/feedback", {"kind": "problem", "body": "The button is too small on my phone"})
    assert r.status == 303
    assert one("SELECT kind FROM feedback WHERE user_id = ?", user_id(handle)) == "problem"

    assert b.get("/mod/feedback").status == 403
    admin = staff(ADMIN)
    page = admin.get("/mod/feedback")
    assert page.status == 200
    newest = page.text.index("The button is too small on my phone")
    assert newest < page.text.index(body)  # newest first
    assert handle in page.text and "anonymous" in page.text


@by_day
def test_writing_without_the_form_token_is_refused_and_stores_nothing():
    b, handle = member()
    r = b.post("/post/new", {"title": "Forged post", "topic": "friends", "body": "forged"}, csrf=False)
    assert r.status == 403
    post_id = write_post(b)
    helper, _ = member()
    backing_id = back(helper, post_id)
    assert b.post("/post/%d/back" % post_id, {"body": "forged"}, csrf=False).status == 403
    assert b.post("/post/backing/%d/vote" % backing_id, {}, csrf=False).status == 403
    assert b.post("/post/%d/delete" % post_id, {}, csrf=False).status == 403
    assert count("SELECT COUNT(*) FROM posts WHERE user_id = ?", user_id(handle)) == 1
    assert one("SELECT votes FROM backings WHERE id = ?", backing_id) == "0"
    assert one("SELECT backing_count FROM posts WHERE id = ?", post_id) == "1"


def test_writing_needs_an_account():
    guest = Browser()
    r = guest.get("/post/new")
    assert r.status == 303 and r.header("location").startswith("/account/login")
    guest.get("/feedback")
    r = guest.post("/post/new", {"title": "Anonymous post", "topic": "friends", "body": "hi"})
    assert r.status == 403


@by_day
def test_ids_are_checked_at_the_door_and_a_bad_one_writes_nothing():
    b, handle = member(days_old=3)
    post_id = write_post(b)
    helper, _ = member(days_old=3)
    helper.get("/")
    # a path whose id is not an id matches no route
    for path in ("/post/abc/edit", "/post/0/delete", "/post/4294967296/back",
                 "/post/backing/x/vote", "/post/backing/-1/best", "/mod/x/hide"):
        assert helper.post(path, {"body": "Hello there"}).status == 404, path
    assert b.get("/post/%dx/edit" % post_id).status == 404
    # a form or query id that is not one is a 400 that names the field
    r = helper.post("/post/report", {"post": str(post_id), "backing": "1e3", "reason": "spam"})
    assert r.status == 400 and "Backing is not a valid reference" in r.text
    r = helper.get("/post/ask?post=%d%%20" % post_id)
    assert r.status == 400 and "Post is not a valid reference" in r.text
    r = helper.post("/post/%d/edit" % post_id, {"title": "Not mine at all", "topic": "friends",
                                                 "body": "Changed", "public": "2"})
    assert r.status == 400 and "Show in the RSS feed must be ticked or not" in r.text
    assert count("SELECT COUNT(*) FROM reports WHERE post_id = ?", post_id) == 0
    assert count("SELECT COUNT(*) FROM backings WHERE post_id = ?", post_id) == 0
    assert one("SELECT title FROM posts WHERE id = ?", post_id).startswith("A question")
