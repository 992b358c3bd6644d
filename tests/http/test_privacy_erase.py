"""
Erase (issue 14, cgi-bin/community/erase.c, cgi-bin/account/erase.c): a
member erases his account at /account/privacy/erase and chooses how:
"all" (everything he wrote goes) or "keep" (his posts and backings stay
under the reserved account former_member). Either way his account,
conversations, goals, chats, votes, notifications, exports and feedback
go; reports he made stay without his name; counters stay equal to their
rows. Each test is a story, checked in the pages and in the database.
"""
import os
import secrets

from goals_helpers import chat, item, one_id
from opbak import ROOT, STACK_DIR, Browser, register, sql
from post_helpers import back, by_day, one, write_post
from probe_helpers import PASSWORD, user

ERASE = "/account/privacy/erase"


def count(query, *params):
    return int(one(query, *params))


def former_id():
    return int(one("SELECT id FROM users WHERE handle = 'former_member' AND password_hash = '!'"))


def counters_match_rows(posts, backings):
    """Each post's backing_count and each backing's votes equal their rows
    (the story's own: other tests on the stack set counts by hand)."""
    marks = ",".join("%d" % int(i) for i in posts)
    bad_posts = count("SELECT COUNT(*) FROM posts p WHERE p.id IN (%s) AND p.backing_count <> "
                      "(SELECT COUNT(*) FROM backings b WHERE b.post_id = p.id AND "
                      "b.status = 'visible')" % marks)
    marks = ",".join("%d" % int(i) for i in backings)
    bad_votes = count("SELECT COUNT(*) FROM backings b WHERE b.id IN (%s) AND b.votes <> "
                      "(SELECT COUNT(*) FROM votes v WHERE v.backing_id = b.id)" % marks)
    return bad_posts == 0 and bad_votes == 0


class World:
    """A member with a bit of everything, and the people around him."""

    def __init__(self):
        self.b, self.handle, self.id = user("member", "er")
        self.other_b, self.other_handle, self.other = user("member", "eo")  # backs his post
        self.third_b, _, self.third = user("member", "et")  # whose post he backs
        _, _, self.sp = user("counsellor", "es")
        _, _, self.coach = user("coach", "ec")
        # his posts, and a backing of his own on one of them
        self.post = write_post(self.b, title="My first question " + secrets.token_hex(3))
        self.post2 = write_post(self.b)
        self.own_backing = back(self.b, self.post2, "Answering myself, with an update on it.")
        # the second member's backing on his post (he gets a notification)
        self.others_backing = back(self.other_b, self.post, "I had the same, talk to your coach.")
        # the second member's own post, which he backs; and a vote of his
        self.third_post = write_post(self.third_b)
        self.his_backing = back(self.b, self.third_post, "Have you tried writing it down first?")
        self.third_backing = back(self.other_b, self.third_post, "Go for a walk, it helps.")
        assert self.b.post("/post/backing/%d/vote" % self.third_backing).status == 303
        # a vote by the second member on his backing
        assert self.other_b.post("/post/backing/%d/vote" % self.his_backing).status == 303
        # a report he made about the third member's post
        self.b.get("/post/report?post=%d" % self.third_post)
        r = self.b.post("/post/report", {"post": str(self.third_post), "reason": "spam",
                                         "note": ""})
        assert r.status == 303, r
        self.report = count("SELECT MAX(id) FROM reports WHERE reporter_id = ?", self.id)
        # a question to a support person, with her reply
        self.question = one_id("INSERT INTO questions (member_id, claimed_by, subject, body, "
                               "status) VALUES (?, ?, 'About school', 'I skip school.', "
                               "'answered')", self.id, self.sp)
        self.sp_message = one_id("INSERT INTO question_messages (question_id, author_id, body, "
                                 "body_html) VALUES (?, ?, 'Tell me more.', '<p>Tell me "
                                 "more.</p>')", self.question, self.sp)
        # goals with a checklist and an indicator, and a chat with his coach
        sql("INSERT INTO participants (user_id, coach_id) VALUES (?, ?)", self.id, self.coach)
        self.goal = item(self.id, title="Get a job")
        self.sub = item(self.id, level=2, parent=self.goal, goal=self.goal, title="Write a CV",
                        created_by=self.coach)
        self.checklist = one_id("INSERT INTO checklists (participant_id, title) VALUES "
                                "(?, 'Morning')", self.id)
        sql("INSERT INTO checklist_items (checklist_id, text) VALUES (?, 'Breakfast')",
            self.checklist)
        self.indicator = one_id("INSERT INTO indicators (participant_id, name) VALUES "
                                "(?, 'Sleep')", self.id)
        sql("INSERT INTO indicator_ratings (indicator_id, rating) VALUES (?, 4)", self.indicator)
        self.chat = chat(self.id, self.coach, "coach")
        sql("INSERT INTO chat_messages (chat_id, seq, author_id, body) VALUES (?, 1, ?, 'Hi')",
            self.chat, self.coach)
        # feedback he sent, and an export row
        sql("INSERT INTO feedback (user_id, kind, body) VALUES (?, 'good', 'Nice site here.')",
            self.id)
        export = secrets.token_hex(16)
        sql("INSERT INTO exports (user_id, name) VALUES (?, ?)", self.id, export)
        folder = os.path.join(ROOT, STACK_DIR, "exports")
        self.files = [os.path.join(folder, export + ext) for ext in (".json", ".html")]
        for f in self.files:
            with open(f, "w") as out:
                out.write("his data")
        assert count("SELECT COUNT(*) FROM notifications WHERE user_id = ?", self.id) >= 1
        self.session = self.b.cookies["opbak_session"]
        self.third_post_count = one("SELECT backing_count FROM posts WHERE id = ?",
                                    self.third_post)

    def erase(self, mode):
        self.b.get(ERASE)
        return self.b.post(ERASE, {"mode": mode, "password": PASSWORD})

    def assert_his_rows_gone(self):
        uid = self.id
        for table, column in [("users", "id"), ("sessions", "user_id"), ("votes", "user_id"),
                              ("points", "user_id"), ("badges", "user_id"),
                              ("member_totals", "user_id"), ("notifications", "user_id"),
                              ("questions", "member_id"), ("participants", "user_id"),
                              ("goal_items", "participant_id"), ("checklists", "participant_id"),
                              ("indicators", "participant_id"), ("chats", "participant_id"),
                              ("chat_members", "user_id"), ("feedback", "user_id"),
                              ("exports", "user_id"), ("posts", "user_id"),
                              ("backings", "user_id")]:
            assert count("SELECT COUNT(*) FROM %s WHERE %s = ?" % (table, column), uid) == 0, table
        assert count("SELECT COUNT(*) FROM question_messages WHERE id = ?", self.sp_message) == 0
        assert count("SELECT COUNT(*) FROM checklist_items WHERE checklist_id = ?",
                     self.checklist) == 0
        assert count("SELECT COUNT(*) FROM indicator_ratings WHERE indicator_id = ?",
                     self.indicator) == 0
        assert count("SELECT COUNT(*) FROM chat_messages WHERE chat_id = ?", self.chat) == 0
        assert not any(os.path.exists(f) for f in self.files)  # his export's files
        # his report stays, without his name
        assert sql("SELECT reporter_id, post_id FROM reports WHERE id = ?", self.report) == [
            ["NULL", str(self.third_post)]]
        # the second member's own things are as they were, except his vote on
        # the third post's backing, which is gone with him
        assert count("SELECT COUNT(*) FROM posts WHERE id = ?", self.third_post) == 1
        assert count("SELECT COUNT(*) FROM backings WHERE id = ?", self.third_backing) == 1
        assert one("SELECT votes FROM backings WHERE id = ?", self.third_backing) == "0"
        assert count("SELECT COUNT(*) FROM points WHERE reason = 'vote' AND voter_id = ?",
                     uid) == 0
        assert counters_match_rows(
            [self.post, self.post2, self.third_post],
            [self.own_backing, self.others_backing, self.his_backing, self.third_backing])
        # the audit says what happened, and keeps no more than that
        assert sql("SELECT actor_id, detail FROM audit_log WHERE action = 'account.erase' AND "
                   "target_id = ?", uid) == [[str(uid), self.mode]]
        # his old session is worthless, his pseudonym free
        stolen = Browser()
        stolen.cookies["opbak_session"] = self.session
        assert stolen.get("/account/settings").status == 303
        assert register(Browser(), self.handle).status == 303
        assert count("SELECT COUNT(*) FROM users WHERE handle = ?", self.handle) == 1


@by_day
def test_erase_all_takes_everything_he_wrote_and_settles_the_counts():
    w = World()
    w.mode = "all"
    page = w.b.get(ERASE)
    assert page.status == 200 and 'value="all"' in page.text and 'value="keep"' in page.text
    assert " checked" not in page.text  # no default: he must choose
    r = w.erase("all")
    assert r.status == 200 and "Your account is erased" in r.text
    assert "Your posts and backings are deleted too." in r.text
    assert "opbak_session=;" in " ".join(r.cookies_set()) or any(
        c.startswith("opbak_session=") and "Max-Age=0" in c for c in r.cookies_set())
    # his posts went, with the backing the second member gave on one
    for pid in (w.post, w.post2):
        assert count("SELECT COUNT(*) FROM posts WHERE id = ?", pid) == 0
        assert Browser().get("/p/%d" % pid).status == 404
    assert count("SELECT COUNT(*) FROM backings WHERE id IN (?, ?, ?)", w.others_backing,
                 w.own_backing, w.his_backing) == 0
    # his backing left the third post's count; the second member's stays
    assert int(one("SELECT backing_count FROM posts WHERE id = ?", w.third_post)) == \
        int(w.third_post_count) - 1
    # points the second member earned with the backing on his post went with it
    assert count("SELECT COUNT(*) FROM points WHERE reason = 'backing' AND ref_id = ?",
                 w.others_backing) == 0
    assert count("SELECT COUNT(*) FROM points WHERE reason = 'backing' AND ref_id = ?",
                 w.third_backing) == 1
    w.assert_his_rows_gone()


@by_day
def test_erase_keep_leaves_his_posts_and_backings_to_a_former_member():
    w = World()
    w.mode = "keep"
    former = former_id()
    before = count("SELECT COUNT(*) FROM posts WHERE user_id = ?", former)
    points_before = count("SELECT COUNT(*) FROM points WHERE user_id = ?", former)
    # the second member reports his post: the report keeps its text
    w.other_b.get("/post/report?post=%d" % w.post)
    assert w.other_b.post("/post/report", {"post": str(w.post), "reason": "other",
                                           "note": ""}).status == 303
    about_him = count("SELECT MAX(id) FROM reports WHERE post_id = ?", w.post)
    assert one("SELECT author FROM reports WHERE id = ?", about_him) == w.handle
    r = w.erase("keep")
    assert r.status == 200 and "Your account is erased" in r.text
    assert "former_member" in r.text
    # his posts and backings are there, owned by former_member, counters kept
    assert count("SELECT COUNT(*) FROM posts WHERE user_id = ?", former) == before + 2
    for pid in (w.post, w.post2):
        assert one("SELECT user_id FROM posts WHERE id = ?", pid) == str(former)
    for bid in (w.own_backing, w.his_backing):
        assert one("SELECT user_id FROM backings WHERE id = ?", bid) == str(former)
    assert one("SELECT user_id FROM backings WHERE id = ?", w.others_backing) == str(w.other)
    assert one("SELECT backing_count FROM posts WHERE id = ?", w.post) == "1"
    assert one("SELECT backing_count FROM posts WHERE id = ?", w.post2) == "1"
    assert one("SELECT backing_count FROM posts WHERE id = ?", w.third_post) == \
        w.third_post_count
    assert one("SELECT votes FROM backings WHERE id = ?", w.his_backing) == "1"  # the 2nd's vote
    # the second member keeps the points of his backing on the kept post
    assert count("SELECT COUNT(*) FROM points WHERE reason = 'backing' AND ref_id = ? AND "
                 "user_id = ?", w.others_backing, w.other) == 1
    # his points do not go to the former member (they went with him), who
    # is on no leaderboard and is told nothing
    assert count("SELECT COUNT(*) FROM points WHERE user_id = ?", former) == points_before
    assert one("SELECT on_leaderboard FROM users WHERE id = ?", former) == "0"
    assert ">former_member<" not in Browser().get("/leaderboard").text
    w.other_b.post("/post/backing/%d/vote" % w.own_backing)  # on the post he answered himself
    assert count("SELECT COUNT(*) FROM notifications WHERE user_id = ?", former) == 0
    w.other_b.get("/p/%d" % w.post)
    back(w.other_b, w.post, "Another thought, for whoever reads this later on.")
    assert count("SELECT COUNT(*) FROM notifications WHERE user_id = ?", former) == 0
    # the report about his post names its new owner, not him (the moderators too)
    assert sql("SELECT author_id, author, reporter_id FROM reports WHERE id = ?", about_him) == [
        [str(former), "former_member", str(w.other)]]
    # readers see the post under the shared name, never his pseudonym
    page = Browser().get("/p/%d" % w.post)
    assert page.status == 200 and "My first question" in page.text
    assert "former_member" in page.text and w.handle not in page.text
    w.assert_his_rows_gone()


@by_day
def test_wrong_password_or_no_choice_erases_nothing():
    b, handle, uid = user("member", "ew")
    pid = write_post(b)
    b.get(ERASE)
    r = b.post(ERASE, {"password": PASSWORD})  # no choice
    assert r.status == 400 and "Choose what happens to your posts and backings" in r.text
    assert 'aria-describedby="mode-error"' in r.text and " checked" not in r.text
    r = b.post(ERASE, {"mode": "both", "password": PASSWORD})  # no such choice
    assert r.status == 400 and "Choose what happens to your posts and backings" in r.text
    r = b.post(ERASE, {"mode": "keep", "password": "not my password"})
    assert r.status == 403 and "Your account was not erased" in r.text
    assert 'value="keep" required aria-describedby="mode-keep-what" checked' in r.text  # refilled
    assert count("SELECT COUNT(*) FROM users WHERE id = ?", uid) == 1
    assert one("SELECT user_id FROM posts WHERE id = ?", pid) == str(uid)
    assert count("SELECT COUNT(*) FROM audit_log WHERE action = 'account.erase' AND "
                 "target_id = ?", uid) == 0
    assert b.get("/account/settings").status == 200  # still logged in


def test_the_old_address_sends_to_erase_and_takes_no_post():
    b, _, uid = user("member", "ed")
    r = b.get("/account/delete")
    assert r.status == 303 and r.header("location") == ERASE
    assert b.post("/account/delete", {"password": PASSWORD}).status == 405
    assert count("SELECT COUNT(*) FROM users WHERE id = ?", uid) == 1


def test_a_coach_who_erases_leaves_his_participants_goals_and_their_words():
    coach_b, _, coach = user("coach", "ecc")
    _, _, participant = user("member", "ecp")
    sql("INSERT INTO participants (user_id, coach_id) VALUES (?, ?)", participant, coach)
    goal = item(participant, title="Find a placement", created_by=coach)
    comment = one_id("INSERT INTO goal_comments (participant_id, item_id, author_id, kind, body) "
                     "VALUES (?, ?, ?, 'feedback', 'Well done.')", participant, goal, coach)
    cid = chat(participant, coach, "coach")
    coach_b.get(ERASE)
    r = coach_b.post(ERASE, {"mode": "all", "password": PASSWORD})
    assert r.status == 200 and "Your account is erased" in r.text
    assert count("SELECT COUNT(*) FROM users WHERE id = ?", coach) == 0
    # the participant keeps his goals and the coach's words, without his name
    assert sql("SELECT coach_id FROM participants WHERE user_id = ?", participant) == [["NULL"]]
    assert sql("SELECT created_by FROM goal_items WHERE id = ?", goal) == [["NULL"]]
    assert sql("SELECT author_id, body FROM goal_comments WHERE id = ?", comment) == [
        ["NULL", "Well done."]]
    # the chat was between the two of them: it goes (erase.c says why)
    assert count("SELECT COUNT(*) FROM chats WHERE id = ?", cid) == 0


def test_a_support_person_who_erases_leaves_her_replies_and_frees_her_questions():
    sp_b, _, sp = user("counsellor", "esp")
    _, _, asker = user("member", "esa")
    q = one_id("INSERT INTO questions (member_id, claimed_by, claimed_at, subject, body, status) "
               "VALUES (?, ?, NOW(), 'Help', 'I need help.', 'claimed')", asker, sp)
    m = one_id("INSERT INTO question_messages (question_id, author_id, body, body_html) "
               "VALUES (?, ?, 'I am here.', '<p>I am here.</p>')", q, sp)
    sp_b.get(ERASE)
    assert sp_b.post(ERASE, {"mode": "keep", "password": PASSWORD}).status == 200
    assert sql("SELECT author_id, body FROM question_messages WHERE id = ?", m) == [
        ["NULL", "I am here."]]
    # nobody waits for her: the question is back in the pool
    assert sql("SELECT status, claimed_by FROM questions WHERE id = ?", q) == [["new", "NULL"]]


def test_reserved_accounts_cannot_be_erased_nor_logged_into():
    # nobody can log in as them, so nobody reaches the page as them; and
    # erase_member refuses them (covered in C: the hash '!' is checked)
    for handle in ("former_member", "anonym"):
        b = Browser()
        b.get("/account/login")
        r = b.post("/account/login", {"handle": handle, "password": "!"})
        assert r.status in (403, 429)
    assert count("SELECT COUNT(*) FROM users WHERE handle IN ('former_member', 'anonym') "
                 "AND password_hash = '!'") == 2
