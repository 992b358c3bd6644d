"""
Publishing an answered question (cgi-bin/inbox/publish.c): where the
member allowed it, a support person edits the question and its answer and
publishes them as an anonymous post, owned by the reserved account
"anonym" (sql/018), the answer a backing by him. The member's pseudonym
is nowhere on the post, its HTML or the RSS feed; he is told, and his
conversation links the post. Every refusal changes nothing.

Questions are put in with SQL (asking is /post/ask's story); the support
person's answer and everything after go through the site.
"""
import re
import secrets

from opbak import Browser, login, register, sql, unescape, visitor
from post_helpers import SOFIE, member, one, staff, user_id

QUESTION = ("My girlfriend's father does not like me. He never says hello when I pick her "
            "up at their house in Vejle, and she says I should just ignore it.")
ANSWER = "Say hello to him every time, even if he does not answer. Be polite and patient."


def ask(handle, allow_publish=1, subject=None):
    subject = subject or "Her father " + secrets.token_hex(3)
    rows = sql("INSERT INTO questions (member_id, subject, body, allow_publish) "
               "SELECT id, ?, ?, ? FROM users WHERE handle = ?; SELECT LAST_INSERT_ID()",
               subject, QUESTION, allow_publish, handle)
    return int(rows[-1][0])


def answered(allow_publish=1):
    """A fresh member's question that Sofie has answered through the site:
    (member's browser, his handle, question id, Sofie's browser)."""
    b, handle = member("pub")
    q = ask(handle, allow_publish)
    sofie = staff(SOFIE)
    sofie.get("/inbox/%d" % q)
    r = sofie.post("/inbox/%d/reply" % q, {"body": ANSWER})
    assert r.status == 303, r
    return b, handle, q, sofie


def fields(**over):
    f = {"title": "Her father does not like me", "topic": "family",
         "body": "My girlfriend's father never says hello when I pick her up.",
         "answer": "Say hello to him every time. Be polite and patient."}
    f.update(over)
    return f


def snapshot(q, handle):
    """Everything a publish writes."""
    return (one("SELECT COUNT(*) FROM posts"), one("SELECT COUNT(*) FROM backings"),
            one("SELECT IFNULL(published_post_id, 0) FROM questions WHERE id = ?", q),
            one("SELECT COUNT(*) FROM notifications WHERE user_id = ?", user_id(handle)),
            one("SELECT COUNT(*) FROM audit_log WHERE action = 'inbox.publish'"))


def test_a_support_person_publishes_an_edited_question_and_its_answer_anonymously():
    b, handle, q, sofie = answered()
    # a note and the member's later word are not part of the answer
    sofie.post("/inbox/%d/note" % q, {"body": "Internal: he lives in Vejle."})
    b.get("/ask/%d" % q)
    assert b.post("/ask/%d/reply" % q, {"body": "Thanks, I will try that!"}).status == 303

    page = sofie.get("/inbox/%d" % q).text
    assert 'href="/inbox/%d/publish"' % q in page and "Publish anonymously" in page
    form = sofie.get("/inbox/%d/publish" % q)
    assert form.status == 200, form
    text = unescape(form.text)
    assert "remove everything that could tell who he is" in text
    subject = one("SELECT subject FROM questions WHERE id = ?", q)
    assert 'value="%s"' % subject in text
    assert QUESTION in text and ANSWER in text
    assert "Internal: he lives in Vejle." not in text
    assert "I will try that" not in text

    points_before = int(one("SELECT IFNULL(SUM(points), 0) FROM points WHERE user_id = ?",
                            user_id(SOFIE[0])))
    r = sofie.post("/inbox/%d/publish" % q, fields())
    assert r.status == 303, r
    m = re.fullmatch(r"/p/(\d+)", r.header("location"))
    assert m, r.header("location")
    post = int(m.group(1))

    # the post: the reserved account's, visible, in the feed; the answer
    # Sofie's backing, counted as any backing
    owner, status, public, count, by_support = sql(
        "SELECT u.handle, p.status, p.is_public, p.backing_count, p.support_answered "
        "FROM posts p JOIN users u ON u.id = p.user_id WHERE p.id = ?", post)[0]
    assert (owner, status, public, count, by_support) == ("anonym", "visible", "1", "1", "1")
    assert sql("SELECT u.handle, b.by_support, b.body FROM backings b "
               "JOIN users u ON u.id = b.user_id WHERE b.post_id = ?", post) == [
        [SOFIE[0], "1", fields()["answer"]]]
    points_after = int(one("SELECT IFNULL(SUM(points), 0) FROM points WHERE user_id = ?",
                           user_id(SOFIE[0])))
    assert points_after == points_before + 5  # a backing given (ledger.h)
    assert one("SELECT published_post_id FROM questions WHERE id = ?", q) == str(post)
    assert one("SELECT COUNT(*) FROM audit_log WHERE action = 'inbox.publish' "
               "AND target_id = ? AND detail = ?", user_id(handle),
               "question %d as post %d" % (q, post)) == "1"

    # what everybody reads: the edited words, no pseudonym anywhere
    public_page = visitor("/p/%d" % post, lambda x: x.status == 200)
    assert public_page.status == 200
    html = public_page.text
    assert "Her father does not like me" in unescape(html)
    assert "never says hello when I pick her up" in html
    assert "Be polite and patient." in html
    assert "Vejle" not in html
    assert re.search(r'<a href="/u/%s">%s</a> <span class="support-mark">' % (SOFIE[0], SOFIE[0]),
                     html)
    assert '<a href="/u/anonym">anonym</a>' in html
    assert handle.lower() not in html.lower()
    rss = visitor("/feed.xml", lambda x: "Her father does not like me" in unescape(x.text))
    assert "Her father does not like me" in unescape(rss.text)
    assert handle.lower() not in rss.text.lower()
    profile = Browser().get("/u/anonym")
    assert profile.status == 200 and "published with their answers" in profile.text

    # the member is told, and his conversation links the post
    assert sql("SELECT kind, post_id, IFNULL(actor_id, 0) FROM notifications WHERE user_id = ? "
               "ORDER BY id DESC LIMIT 1", user_id(handle)) == [
        ["question_published", str(post), "0"]]
    # the account that owns the post is nobody: nobody is told anything there
    assert one("SELECT COUNT(*) FROM notifications n JOIN users u ON u.id = n.user_id "
               "WHERE u.handle = 'anonym'") == "0"
    notes = b.get("/notifications").text
    assert "Your question was published anonymously" in notes
    assert 'href="/p/%d"' % post in notes
    mine = b.get("/ask/%d" % q).text
    assert "published anonymously" in mine and 'href="/p/%d"' % post in mine
    # the desk links it instead of offering to publish again
    desk = sofie.get("/inbox/%d" % q).text
    assert 'href="/p/%d"' % post in desk
    assert 'href="/inbox/%d/publish"' % q not in desk


def test_without_the_members_consent_nothing_can_be_published():
    _, handle, q, sofie = answered(allow_publish=0)
    assert 'href="/inbox/%d/publish"' % q not in sofie.get("/inbox/%d" % q).text
    before = snapshot(q, handle)
    r = sofie.get("/inbox/%d/publish" % q)
    assert r.status == 403 and "did not allow" in r.text
    sofie.get("/inbox/%d" % q)
    r = sofie.post("/inbox/%d/publish" % q, fields())
    assert r.status == 403 and "did not allow" in r.text
    assert snapshot(q, handle) == before


def test_a_question_without_an_answer_cannot_be_published_yet():
    b, handle = member("pub")
    q = ask(handle)
    sofie = staff(SOFIE)
    sofie.get("/inbox/%d" % q)
    sofie.post("/inbox/%d/note" % q, {"body": "I will answer tomorrow."})  # a note is no answer
    b.get("/ask/%d" % q)
    b.post("/ask/%d/reply" % q, {"body": "Is anybody there?"})  # nor is his own word
    assert 'href="/inbox/%d/publish"' % q not in sofie.get("/inbox/%d" % q).text
    before = snapshot(q, handle)
    r = sofie.get("/inbox/%d/publish" % q)
    assert r.status == 409 and "no answer yet" in r.text
    r = sofie.post("/inbox/%d/publish" % q, fields())
    assert r.status == 409 and "no answer yet" in r.text
    assert snapshot(q, handle) == before


def test_a_question_is_published_once():
    _, handle, q, sofie = answered()
    sofie.get("/inbox/%d/publish" % q)
    assert sofie.post("/inbox/%d/publish" % q, fields()).status == 303
    before = snapshot(q, handle)
    r = sofie.get("/inbox/%d/publish" % q)
    assert r.status == 409 and "published already" in r.text
    sofie.get("/inbox/%d" % q)
    r = sofie.post("/inbox/%d/publish" % q, fields(title="Published a second time"))
    assert r.status == 409 and "published already" in r.text
    assert snapshot(q, handle) == before


def test_a_member_cannot_publish_even_his_own_question():
    b, handle, q, _ = answered()
    before = snapshot(q, handle)
    assert b.get("/inbox/%d/publish" % q).status == 403
    b.get("/ask/%d" % q)
    assert b.post("/inbox/%d/publish" % q, fields()).status == 403
    assert snapshot(q, handle) == before


def test_a_refused_form_comes_back_filled_in_and_writes_nothing():
    _, handle, q, sofie = answered()
    sofie.get("/inbox/%d/publish" % q)
    before = snapshot(q, handle)
    cases = [
        (fields(title=""), "title", None),
        (fields(body=""), "body", None),
        (fields(answer=""), "answer", None),
        (fields(title="x" * 121), "title", None),
        (fields(body="x" * 10001), "body", None),
        (fields(answer="x" * 5001), "answer", None),
        (fields(topic="no-such-topic"), "topic", "Choose one of the topics in the list."),
        (fields(topic=""), "topic", "Choose a topic for the post."),
        # his pseudonym left in, in any case, is refused
        (fields(body="I am %s and her father hates me." % handle.upper()), "body",
         "pseudonym is still in the text"),
        (fields(answer="Dear %s, say hello." % handle), "answer", "pseudonym is still in the text"),
        # a phone number in the member's words would tell who he is
        (fields(body="Call me on 20 12 34 56 if you know."), "body", None),
    ]
    for sent, field, message in cases:
        r = sofie.post("/inbox/%d/publish" % q, sent)
        assert r.status == 400, (field, r)
        assert re.search(r'id="%s"[^>]*aria-invalid="true"' % field, r.text), (field, r.text[:2000])
        if message:
            assert message in unescape(r.text), (field, message)
        # everything typed comes back
        for name in ("title", "body", "answer"):
            if sent[name] and len(sent[name]) < 200:
                assert sent[name] in unescape(r.text), (field, name)
    assert snapshot(q, handle) == before


def test_nobody_can_register_or_log_in_as_the_reserved_account():
    assert one("SELECT COUNT(*) FROM users WHERE handle = 'anonym'") == "1"
    for name in ("anonym", "Anonym", "ANONYM"):
        b = Browser()
        r = register(b, name)
        assert r.status == 409 and "taken" in r.text, (name, r)
        assert "opbak_session" not in b.cookies
    # no password matches its hash (earlier runs' failures forgotten, so
    # the throttle does not answer first)
    sql("DELETE FROM login_failures WHERE handle = 'anonym'")
    for password in ("!", "", "correct horse battery", "anonym"):
        b = Browser()
        r = login(b, "anonym", password)
        assert r.status in (400, 403), (password, r)
        assert "opbak_session" not in b.cookies
    assert one("SELECT COUNT(*) FROM sessions s JOIN users u ON u.id = s.user_id "
               "WHERE u.handle = 'anonym'") == "0"
    # it is nobody on the leaderboard
    assert "/u/anonym" not in Browser().get("/leaderboard?period=all").text


def test_words_of_self_harm_in_the_published_question_flag_the_post_as_any_post():
    _, handle, q, sofie = answered()
    sofie.get("/inbox/%d/publish" % q)
    r = sofie.post("/inbox/%d/publish" % q, fields(
        body="Some nights I think about killing myself when her father shouts at me."))
    assert r.status == 303, r
    post = int(re.fullmatch(r"/p/(\d+)", r.header("location")).group(1))
    assert one("SELECT crisis FROM posts WHERE id = ?", post) == "1"
    assert one("SELECT COUNT(*) FROM reports WHERE post_id = ? AND reason = 'self_harm' "
               "AND priority = 2 AND reporter_id IS NULL", post) == "1"
    # the support person's answer is help, not a crisis
    assert one("SELECT crisis FROM backings WHERE post_id = ?", post) == "0"
