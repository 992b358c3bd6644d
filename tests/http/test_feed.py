"""
Reading the community (cgi-bin/feed): the front page feed, topics, the
post page and who may see what on it, profiles, search, the leaderboard,
notifications and the RSS feeds. Each test is one user story.

Everything a page shows is written through the site, as members and
moderators do it: posts with /post/new, backings, votes, best marks,
reports and hiding, questions to a support person, approval of what night
pre-moderation held, topics by the admin, life experience in the settings.
Two things are set with SQL, and say so where they do: a post's age moved
back in time (to read "3 hours ago"), and the points of the leaderboard
story (amounts far above what any action earns, so that those members are
on top whatever else the stack holds, and one 40 days old for "all time").
"""
import html
import re
import secrets
import xml.etree.ElementTree as ET

from opbak import Browser, sql, visitor
from post_helpers import ADMIN, SOFIE, back, by_day, member, premod, staff, user_id, write_post


# ---- helpers ---------------------------------------------------------------

def word():
    """A word nobody else has written (letters only: a FULLTEXT token)."""
    return "w" + "".join(chr(ord("a") + b % 26) for b in secrets.token_bytes(10))


def person(prefix="fd", days_old=2):
    """A logged-in member past his first day (no caps on how much he
    writes): (browser, handle, user id)."""
    b, handle = member(prefix, days_old=days_old)
    return b, handle, user_id(handle)


def support_person(prefix="sp"):
    """A member the admin made a support person (role counsellor)."""
    b, handle, uid = person(prefix)
    admin = staff(ADMIN)
    admin.get("/admin/users")
    assert admin.post("/admin/users/role", {"user": str(uid), "role": "counsellor"}).status == 303
    return b, handle, uid


def fresh_topic():
    """A topic of its own, added by the admin, so a test can count what is in it."""
    slug = "t-" + secrets.token_hex(4)
    admin = staff(ADMIN)
    admin.get("/admin/topics")
    r = admin.post("/admin/topics", {"slug": slug, "name": "Topic " + slug,
                                     "description": "About " + slug, "position": "1000"})
    assert r.status == 303, r
    return slug


def report(post_id, backing_id=None):
    """Someone reports the post (or one of its backings); the report's id."""
    reporter, _, uid = person("rep")
    reporter.get("/p/%d" % post_id)
    fields = {"post": str(post_id), "reason": "bullying", "note": "Not nice."}
    if backing_id:
        fields["backing"] = str(backing_id)
    r = reporter.post("/post/report", fields)
    assert r.status == 303, r
    return int(sql("SELECT id FROM reports WHERE reporter_id = ?", uid)[0][0])


def hide(post_id, backing_id=None):
    """Reported, and a moderator hides it from the queue."""
    rid = report(post_id, backing_id)
    mod = staff(SOFIE)
    mod.get("/mod")
    assert mod.post("/mod/%d/hide" % rid).status == 303


def held_post(b, **kw):
    """A post written while night pre-moderation holds new posts."""
    with premod(covering=True):
        post_id = write_post(b, **kw)
    assert sql("SELECT status FROM posts WHERE id = ?", post_id) == [["pending"]]
    return post_id


def vote(b, backing_id):
    b.get("/")
    assert b.post("/post/backing/%d/vote" % backing_id).status == 303


def main_of(page):
    """The page's <main>, so the header and footer do not count."""
    return page.text.split('<main id="main">', 1)[1].split("</main>", 1)[0]


def post_ids(text):
    """Post ids in the order the list shows them."""
    return [int(i) for i in re.findall(r'<h3 class="post-title"><a href="/p/(\d+)">', text)]


def row_of(text, post_id):
    return text.split('<a href="/p/%d">' % post_id, 1)[1].split("</li>", 1)[0]


def backing_of(text, backing_id):
    return text.split('<li id="b%d"' % backing_id, 1)[1].split("\n</li>", 1)[0]


def older_link(text):
    m = re.search(r'<p class="pager"><a href="([^"]+)" rel="next">', text)
    return html.unescape(m.group(1)) if m else None


# ---- the front page ----------------------------------------------------------

def test_the_front_page_welcomes_guests_lists_topics_and_announces_its_feed():
    r = Browser().get("/")
    assert r.status == 200
    assert "Back each other up" in r.text
    assert 'href="/account/register"' in r.text  # the way in, for guests
    assert 'href="/t/girls-and-dating"' in r.text and "Mood and thoughts" in r.text
    assert ('<link rel="alternate" type="application/rss+xml" title="Opbak: newest posts" '
            'href="/feed.xml">') in r.text


def test_a_member_is_welcomed_back_and_not_asked_to_join():
    b, handle, _ = person()
    page = main_of(b.get("/"))
    assert "Welcome back" in page and handle in page
    assert "/account/register" not in page
    assert 'href="/post/new"' in page


@by_day
def test_the_feed_shows_twenty_newest_visible_posts_and_pages_by_key():
    b, handle, _ = person()
    tag = word()
    ids = [write_post(b, title="%s number %02d" % (tag, i), topic="family") for i in range(25)]
    pending = held_post(b, title=tag + " held at night")

    first = visitor("/", lambda r: ids[-1] in post_ids(r.text))
    shown = post_ids(first.text)
    assert shown == list(reversed(ids))[:20]  # newest first, 20 a page
    assert pending not in shown
    row = row_of(first.text, ids[-1])
    assert '<a href="/t/family" lang="en">Family</a>' in row
    assert '<a href="/u/%s">%s</a>' % (handle, handle) in row
    assert "just now" in row and "0 backings" in row

    link = older_link(first.text)
    assert link == "/?before=%d" % ids[5]  # the key, never an offset
    second = Browser().get(link)
    assert second.status == 200
    assert post_ids(second.text)[:5] == list(reversed(ids[:5]))
    assert "Older posts" in second.text


@by_day
def test_a_row_tells_the_age_the_backings_and_when_a_support_person_answered():
    b, _, _ = person()
    pid = write_post(b, title="Parents fighting " + word())
    r = b.post("/post/ask", {"post": str(pid), "counsellor": "any", "subject": "When it starts",
                             "body": "Could a support person tell me what to do when it starts?"})
    assert r.status == 303
    back(staff(SOFIE), pid, "Put music on and tell a teacher you trust.")
    # Time travel, the one way to read an age other than "just now":
    sql("UPDATE posts SET created_at = NOW() - INTERVAL 3 HOUR WHERE id = ?", pid)
    page = visitor("/", lambda r: '"/p/%d"' % pid in r.text and "3 hours ago" in row_of(r.text, pid))
    row = row_of(page.text, pid)
    assert "3 hours ago" in row and "1 backing<" in row, row
    assert "A support person answered" in row


# ---- topics ------------------------------------------------------------------

@by_day
def test_a_topic_lists_its_own_posts_pages_by_key_and_announces_its_feed():
    b, _, _ = person()
    slug = fresh_topic()
    ids = [write_post(b, title="In the topic, %d" % i, topic=slug) for i in range(22)]
    elsewhere = write_post(b, title="In another topic", topic="family")
    r = Browser().get("/t/" + slug)
    assert r.status == 200
    assert '<h1 lang="en">Topic %s</h1>' % slug in r.text and "About " + slug in r.text
    assert post_ids(r.text) == list(reversed(ids))[:20]
    assert elsewhere not in post_ids(r.text)
    assert ('<link rel="alternate" type="application/rss+xml" title="Opbak: Topic %s" '
            'href="/t/%s/feed.xml">' % (slug, slug)) in r.text
    assert 'aria-current="page" lang="en">Topic %s</a>' % slug in r.text
    link = older_link(r.text)
    assert link == "/t/%s?before=%d" % (slug, ids[2])
    assert post_ids(Browser().get(link).text) == [ids[1], ids[0]]


def test_an_unknown_topic_is_404_in_the_layout():
    for path in ["/t/no-such-topic", "/t/no-such-topic/feed.xml"]:
        r = Browser().get(path)
        assert r.status == 404, path
        assert "no such topic" in r.text and '<nav aria-label="Main">' in r.text


# ---- the post page -----------------------------------------------------------

@by_day
def test_a_visible_post_shows_its_title_topic_author_age_and_body():
    b, handle, _ = person()
    pid = write_post(b, title="Should I tell her?", topic="girls-and-dating",
                     body="I like a girl in my **class**.")
    r = Browser().get("/p/%d" % pid)
    assert r.status == 200
    assert "<title>Should I tell her? · Opbak</title>" in r.text
    page = main_of(r)
    assert '<h1 id="post-title">Should I tell her?</h1>' in page
    assert '<a href="/t/girls-and-dating" lang="en">Girls and dating</a>' in page
    assert '<a href="/u/%s">%s</a>' % (handle, handle) in page
    assert "just now" in page and "No backings yet" in page
    assert "<p>I like a girl in my <strong>class</strong>.</p>" in page  # body_html as rendered
    assert 'href="/account/login?next=/p/%d"' % pid in page  # guests: log in to back him up
    assert 'action="/post/%d/back"' % pid not in page and 'action="/post/report"' not in page


def test_unknown_and_malformed_post_ids_are_404():
    for path in ["/p/999999999", "/p/abc", "/p/0", "/p/12345678901234", "/p/-1"]:
        assert Browser().get(path).status == 404, path


@by_day
def test_a_post_held_at_night_is_seen_by_its_author_waiting_and_by_moderators_only():
    author, _, _ = person()
    pid = held_post(author, title="Written at night")
    r = author.get("/p/%d" % pid)
    assert r.status == 200 and "waiting for approval" in r.text
    assert Browser().get("/p/%d" % pid).status == 404
    assert person()[0].get("/p/%d" % pid).status == 404
    mod = staff(SOFIE)
    r = mod.get("/p/%d" % pid)
    assert r.status == 200 and "waiting for approval" in r.text
    assert pid not in post_ids(Browser().get("/").text)

    mod.get("/mod")
    assert mod.post("/mod/item/approve", {"kind": "post", "id": str(pid)}).status == 303
    r = visitor("/p/%d" % pid, lambda r: r.status == 200)
    assert r.status == 200 and "waiting for approval" not in r.text
    assert pid in post_ids(visitor("/", lambda r: pid in post_ids(r.text)).text)


@by_day
def test_a_hidden_post_is_404_for_others_and_marked_for_its_author_and_moderators():
    author, _, _ = person()
    pid = write_post(author, title="Taken down")
    hide(pid)
    r = author.get("/p/%d" % pid)
    assert r.status == 200 and "hidden by a moderator" in r.text
    anyone = Browser().get("/p/%d" % pid)
    assert anyone.status == 404 and "Taken down" not in anyone.text
    assert person()[0].get("/p/%d" % pid).status == 404
    r = staff(SOFIE).get("/p/%d" % pid)
    assert r.status == 200 and "hidden by a moderator" in r.text
    assert pid not in post_ids(Browser().get("/").text)


@by_day
def test_backings_best_first_then_oldest_with_marks_votes_and_the_right_forms():
    author, _, _ = person()
    pid = write_post(author, title="Help with my dad")
    helper, _, _ = person("help")
    voter, _, _ = person("voter")
    first = back(helper, pid, "Talk to him on a walk.")
    best = back(helper, pid, "Write him a letter.")
    support = back(staff(SOFIE), pid, "You can write to us any time.")
    rude = back(helper, pid, "Rude words.")
    with premod(covering=True):
        pending = back(voter, pid, "A night-time backing.")
    assert author.post("/post/backing/%d/best" % best).status == 303
    vote(voter, first)
    vote(person("voter")[0], first)
    hide(pid, rude)

    guest = Browser().get("/p/%d" % pid).text
    order = [int(i) for i in re.findall(r'<li id="b(\d+)"', guest)]
    assert order == [best, first, support]  # best on top, then oldest first
    assert "Rude words" not in guest and "night-time" not in guest
    assert "Best backing" in backing_of(guest, best)
    assert "Support person" in backing_of(guest, support)
    assert "Support person" not in backing_of(guest, first)
    assert "2 votes" in backing_of(guest, first)
    assert '<h2 id="backings-title">3 backings</h2>' in guest  # the backings he is shown
    assert 'action="/post/backing/' not in guest  # no forms for guests

    # the voter: "Voted" where he voted, a vote button on the others, his own
    # held backing shown to him alone and without a button
    page = voter.get("/p/%d" % pid).text
    assert "Voted" in backing_of(page, first)
    assert 'action="/post/backing/%d/vote"' % first not in page
    assert 'action="/post/backing/%d/vote"' % best in page
    assert "Waiting for approval" in backing_of(page, pending)
    assert '<h2 id="backings-title">4 backings</h2>' in page  # his held one counts for him
    assert 'action="/post/backing/%d/vote"' % pending not in page
    assert 'action="/post/backing/%d/best"' % best not in page  # not his post
    assert 'action="/post/%d/back"' % pid in page and 'name="body"' in page
    assert page.count('action="/post/report"') == 4  # the post and each backing not his
    assert 'href="/post/ask?post=%d"' % pid not in page  # asking is the author's

    # the post's author: best toggles, ask, edit and delete
    page = author.get("/p/%d" % pid).text
    assert "Mark as best" in backing_of(page, first)
    assert "Unmark best" in backing_of(page, best)
    assert 'href="/post/ask?post=%d"' % pid in page
    assert 'href="/post/%d/edit"' % pid in page and 'href="/post/%d/delete"' % pid in page
    assert 'id="b%d"' % pending not in page and 'id="b%d"' % rude not in page

    # the helper: no vote for his own backings
    page = helper.get("/p/%d" % pid).text
    assert 'action="/post/backing/%d/vote"' % first not in page
    assert 'action="/post/backing/%d/vote"' % support in page
    assert "Hidden by a moderator" in backing_of(page, rude)  # his own, marked

    # a moderator sees the held and the hidden backing, marked
    page = staff(SOFIE).get("/p/%d" % pid).text
    assert "Waiting for approval" in backing_of(page, pending)
    assert "Hidden by a moderator" in backing_of(page, rude)


@by_day
def test_the_crisis_box_is_shown_to_the_author_and_to_nobody_else():
    author, _, _ = person()
    pid = write_post(author, title="I cannot go on",
                     body="Sometimes I want to die. Nobody at school talks to me.")
    assert sql("SELECT crisis FROM posts WHERE id = ?", pid) == [["1"]]
    page = author.get("/p/%d" % pid).text
    assert 'class="crisis"' in page
    box = page.split('class="crisis"', 1)[1].split("</aside>", 1)[0]
    for number in ["70 201 201", "116 111", "90101", "112"]:
        assert number in box
    assert 'class="crisis"' not in Browser().get("/p/%d" % pid).text
    assert 'class="crisis"' not in person()[0].get("/p/%d" % pid).text
    assert 'class="crisis"' not in staff(SOFIE).get("/p/%d" % pid).text
    calm = write_post(author, title="A calm post")
    assert 'class="crisis"' not in author.get("/p/%d" % calm).text


@by_day
def test_a_question_about_a_post_stays_private_and_a_support_persons_backing_shows():
    author, _, _ = person()
    pid = write_post(author, title="Asked a support person")
    r = author.post("/post/ask", {"post": str(pid), "counsellor": "any", "subject": "Fighting",
                                  "body": "What can I do when my parents fight every night?"})
    assert r.status == 303 and r.header("location").startswith("/ask/")
    page = author.get(r.header("location")).text
    assert "Your question is sent" in page and "Asked a support person" in page
    # The post page tells nobody, not even the asker, that a question was asked.
    for reader in (author, Browser(), person()[0], staff(SOFIE)):
        page = reader.get("/p/%d" % pid).text
        assert "has been asked" not in page and "What can I do when my parents" not in page
        assert "A support person answered" not in page

    back(staff(SOFIE), pid, "Go to your room and put music on.")
    page = visitor("/p/%d" % pid, lambda r: "A support person answered" in r.text).text
    assert "A support person answered" in page and "has been asked" not in page

    reporter, _, _ = person("rep")
    reporter.get("/p/%d" % pid)
    r = reporter.post("/post/report", {"post": str(pid), "reason": "spam", "note": ""})
    assert r.status == 303
    assert "Thank you for the report" in reporter.get(r.header("location")).text
    assert "Thank you for the report" not in reporter.get("/p/%d" % pid).text


# ---- profiles -------------------------------------------------------------------

@by_day
def test_a_support_persons_profile_shows_life_experience_topics_and_the_ask_link():
    b, handle, _ = support_person()
    family = sql("SELECT id FROM topics WHERE slug = 'family'")[0][0]
    friends = sql("SELECT id FROM topics WHERE slug = 'friends'")[0][0]
    life = "Grew up with divorced parents, was bullied at school, plays football."
    b.get("/account/settings")
    r = b.post("/account/settings/profile", [("bio", "Youth worker."), ("life_experience", life),
                                             ("topic", family), ("topic", friends)])
    assert r.status == 303
    r = Browser().get("/u/" + handle)
    assert r.status == 200
    page = main_of(r)
    assert "Support person" in page and "Youth worker." in page
    assert life in page
    assert '<a href="/t/family" lang="en">Family</a>' in page and '<a href="/t/friends" lang="en">Friends</a>' in page
    assert 'href="/post/ask?counsellor=%s"' % handle in page
    assert "Ask %s for a backing" % handle in page


@by_day
def test_a_members_profile_shows_posts_backings_points_and_badges():
    b, handle, _ = person()
    other, _, _ = person()
    tag = word()
    mine = write_post(b, title=tag + " my post")           # 2 points, badge first_post
    held = held_post(b, title=tag + " my post at night")   # earns nothing until approved
    theirs = write_post(other, title=tag + " their post")
    given = back(b, theirs, "Try this.")                   # 5 points, badge first_backing
    page = main_of(Browser().get("/u/" + handle.upper()))  # pseudonyms ignore case
    assert '<h1 id="profile-title">%s' % handle in page
    assert post_ids(page) == [mine] and held not in post_ids(page)
    assert '<a href="/p/%d#b%d">%s their post</a>' % (theirs, given, tag) in page
    assert re.search(r"Backings given</dt><dd>1<", page)
    assert re.search(r"Points, all time</dt><dd>7<", page)
    assert "First post" in page and "First backing" in page
    assert "Life experience" not in page and "/post/ask?counsellor" not in page
    assert "Edit your profile" in main_of(b.get("/u/" + handle))
    assert "Edit your profile" not in page


@by_day
def test_a_profile_pages_its_posts_by_key():
    b, handle, _ = person()
    ids = [write_post(b, title="Profile post %d" % i) for i in range(21)]
    page = Browser().get("/u/" + handle).text
    assert post_ids(page) == list(reversed(ids))[:20]
    link = older_link(page)
    assert link == "/u/%s?before=%d" % (handle, ids[1])
    assert post_ids(Browser().get(link).text) == [ids[0]]


def test_an_unknown_pseudonym_is_404():
    assert Browser().get("/u/nobody_" + secrets.token_hex(4)).status == 404
    assert Browser().get("/u/not%20a%20handle").status == 404
    assert Browser().get("/u/x").status == 404


# ---- search -----------------------------------------------------------------------

@by_day
def test_search_finds_a_word_in_a_body_newest_first_and_refills_the_box():
    b, _, _ = person()
    needle = word()
    older = write_post(b, title="About school", body="My teacher said " + needle + " today.")
    newer = write_post(b, title="About friends", body="Something " + needle + " happened.")
    held_post(b, title="Held one", body="Also " + needle)
    write_post(b, title="Unrelated", body="Nothing to see here")
    r = Browser().get("/search?q=" + needle)
    assert r.status == 200
    assert post_ids(r.text) == [newer, older]
    assert 'name="q" type="search" value="%s"' % needle in r.text


@by_day
def test_search_pages_by_key_and_keeps_the_words_in_the_link():
    b, _, _ = person()
    needle = word()
    ids = [write_post(b, title="%s %d" % (needle, i)) for i in range(21)]
    r = Browser().get("/search?q=%s+%s" % (needle, "x%26y"))
    assert post_ids(r.text) == list(reversed(ids))[:20]
    assert 'value="%s x&amp;y"' % needle in r.text
    link = older_link(r.text)
    assert link == "/search?q=%s%%20x%%26y&before=%d" % (needle, ids[1])
    assert post_ids(Browser().get(link).text) == [ids[0]]


def test_an_empty_search_shows_the_box_only_and_a_long_one_is_400_naming_the_field():
    r = Browser().get("/search")
    assert r.status == 200 and 'name="q"' in r.text and "Posts that match" not in r.text
    r = Browser().get("/search?q=")
    assert r.status == 200 and "Posts that match" not in r.text
    r = Browser().get("/search?q=" + "a" * 101)
    assert r.status == 400
    assert "Search words is too long: 101 characters, at most 100" in r.text
    assert 'value="%s"' % ("a" * 101) in r.text and 'aria-invalid="true"' in r.text


# ---- leaderboard --------------------------------------------------------------------

def points(uid, rows, reason="backing", ago="0 SECOND"):
    """Ledger rows of 25,000 points each, as the post executable writes a
    row (see the module doc): no real member comes near such sums."""
    for _ in range(rows):
        sql("INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) "
            "VALUES (?, ?, ?, 0, 25000, NOW() - INTERVAL " + ago + ")",
            uid, reason, secrets.randbelow(2**31))


def ranked(page):
    return re.findall(r'<td><a href="/u/([^"]+)">', page)


def test_the_leaderboard_ranks_opted_in_members_by_points_in_the_period():
    sql("DELETE FROM points WHERE points >= 1000")  # the rows of earlier runs
    _, gold, g = person("lb")
    _, silver, s = person("lb")
    _, bronze, b = person("lb")
    shy_b, shy, o = person("lb")
    _, helper, c = support_person("lb")
    _, veteran, v = person("lb")
    points(g, 12)  # twelve backings this week: 300,000
    points(s, 10, reason="vote")
    points(b, 8, reason="best")
    points(o, 20)
    shy_b.get("/account/settings")  # he leaves the leaderboard: the box unticked
    assert shy_b.post("/account/settings/profile", {"bio": ""}).status == 303
    points(c, 20)
    points(v, 20, ago="40 DAY")  # not this week, nor this month, but all time

    r = visitor("/leaderboard", lambda r: ranked(r.text)[:3] == [gold, silver, bronze])
    assert r.status == 200
    order = ranked(r.text)
    assert order[:3] == [gold, silver, bronze]
    assert shy not in order and helper not in order and veteran not in order
    row = r.text.split('<a href="/u/%s">' % gold, 1)[1].split("</tr>", 1)[0]
    assert "</td><td>300000</td><td>12</td>" in row  # points, backings given in the period
    for handle, medal in [(gold, "Gold"), (silver, "Silver"), (bronze, "Bronze")]:
        row = r.text.split('<a href="/u/%s">' % handle, 1)[1].split("</tr>", 1)[0]
        assert '<span class="medal medal-%s">%s</span>' % (medal.lower(), medal) in row
    assert 'aria-current="page">This week' in r.text
    assert ranked(Browser().get("/leaderboard?period=week").text)[:3] == [gold, silver, bronze]
    assert ranked(Browser().get("/leaderboard?period=month").text)[:3] == [gold, silver, bronze]
    assert ranked(Browser().get("/leaderboard?period=all").text)[:4] == \
        [veteran, gold, silver, bronze]

    page = main_of(Browser().get("/u/" + gold))  # the medal is on his profile too
    assert "Gold" in page and "this week" in page
    sql("DELETE FROM points WHERE points >= 1000")


def test_the_leaderboard_refuses_an_unknown_period():
    for bad in ["year", "WEEK", "week%20"]:
        r = Browser().get("/leaderboard?period=" + bad)
        assert r.status == 400, bad
        assert "The period of the leaderboard must be one of: “week”, “month”, “all”" in r.text
    r = Browser().get("/leaderboard?period=week%00")  # no NUL smuggled past the choice
    assert r.status == 400 and "The period of the leaderboard contains a NUL character" in r.text
    # An empty choice is no choice (as an unselected <select> sends it): this week.
    r = Browser().get("/leaderboard?period=")
    assert r.status == 200 and 'aria-current="page">This week<' in r.text


# ---- notifications --------------------------------------------------------------------

@by_day
def test_notifications_say_what_happened_link_to_it_and_are_marked_read():
    assert Browser().get("/notifications").status == 303  # log in first
    b, _, uid = person()
    helper, actor, _ = person("actor")
    pid = held_post(b, title="My question")
    mod = staff(SOFIE)
    mod.get("/mod")
    assert mod.post("/mod/item/approve", {"kind": "post", "id": str(pid)}).status == 303
    bid = back(helper, pid, "An answer")
    r = b.get("/notifications")
    assert r.status == 200
    page = main_of(r)
    assert page.count('<span class="new">New</span>') == 2
    assert '<a href="/u/%s">%s</a> backed you up on <a href="/p/%d#b%d">My question</a>' % (
        actor, actor, pid, bid) in page
    assert 'Your post was approved and everybody can see it now: <a href="/p/%d">' % pid in page
    assert page.index("backed you up") < page.index("was approved")  # newest first
    assert sql("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL",
               uid) == [["0"]]
    assert '<span class="new">' not in main_of(b.get("/notifications"))


@by_day
def test_the_header_counts_unread_notifications_also_on_a_form_shown_back():
    author, _, _ = person()
    pid = write_post(author)
    for i in range(2):
        back(person()[0], pid, "Backing number %d for you." % i)
    badge = ('<span class="count"><span class="visually-hidden">, </span>2'
             '<span class="visually-hidden"> unread</span></span>')
    assert badge in author.get("/").text
    r = author.post("/post/%d/back" % pid, {"body": ""})  # empty: the form again
    assert r.status == 400 and badge in r.text
    author.get("/notifications")
    assert 'class="count"' not in author.get("/").text


@by_day
def test_notifications_page_by_key():
    b, _, uid = person()
    pid = write_post(b, title="Many answers")
    helper, _, _ = person("help")
    for i in range(21):
        back(helper, pid, "Answer number %d." % i)
    ids = [int(r[0]) for r in sql("SELECT id FROM notifications WHERE user_id = ? "
                                  "ORDER BY id DESC", uid)]
    assert len(ids) == 21
    page = b.get("/notifications").text
    assert page.count("backed you up on") == 20
    link = older_link(page)
    assert link == "/notifications?before=%d" % ids[19]
    assert main_of(b.get(link)).count("backed you up on") == 1


# ---- RSS ------------------------------------------------------------------------------

def parse_rss(r):
    assert r.status == 200
    assert r.header("content-type") == "application/rss+xml; charset=utf-8"
    return ET.fromstring(r.body)


@by_day
def test_the_rss_feed_is_well_formed_absolute_and_holds_only_public_visible_posts():
    b, _, _ = person()
    tag = word()
    public = write_post(b, title=tag + " public", body="Out in the *open*", public=True)
    private = write_post(b, title=tag + " private")
    held = held_post(b, title=tag + " held", public=True)
    hidden = write_post(b, title=tag + " hidden", public=True)
    hide(hidden)
    rss = parse_rss(visitor("/feed.xml", lambda r: ("/p/%d<" % public) in r.text))
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    channel = rss.find("channel")
    base = channel.findtext("link").rstrip("/")
    assert re.match(r"^http://[^/]+$", base)
    self_link = channel.find("{http://www.w3.org/2005/Atom}link")
    assert self_link.get("rel") == "self" and self_link.get("href") == base + "/feed.xml"
    assert channel.findtext("language") == "en"
    items = channel.findall("item")
    assert 0 < len(items) <= 20
    links = [i.findtext("link") for i in items]
    assert base + "/p/%d" % public in links
    for pid in (private, held, hidden):
        assert base + "/p/%d" % pid not in links
    item = items[links.index(base + "/p/%d" % public)]
    assert item.findtext("title") == tag + " public"
    assert item.findtext("guid") == base + "/p/%d" % public
    assert item.find("guid").get("isPermaLink") == "true"
    assert re.match(r"^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d \+0000$",
                    item.findtext("pubDate"))
    assert item.findtext("description") == "<p>Out in the <em>open</em></p>\n"
    # every page says where the feed is
    assert 'rel="alternate" type="application/rss+xml"' in Browser().get("/").text


@by_day
def test_a_topics_rss_feed_holds_only_that_topics_public_posts():
    b, _, _ = person()
    slug = fresh_topic()
    inside = write_post(b, title="Inside the topic", topic=slug, public=True)
    write_post(b, title="Private inside", topic=slug)
    write_post(b, title="Outside the topic", topic="family", public=True)
    rss = parse_rss(Browser().get("/t/%s/feed.xml" % slug))
    channel = rss.find("channel")
    assert channel.findtext("title") == "Opbak: Topic " + slug
    assert channel.findtext("link").endswith("/t/" + slug)
    assert channel.find("{http://www.w3.org/2005/Atom}link").get("href").endswith(
        "/t/%s/feed.xml" % slug)
    links = [i.findtext("link") for i in channel.findall("item")]
    assert len(links) == 1 and links[0].endswith("/p/%d" % inside)


# ---- escaping ---------------------------------------------------------------------------

@by_day
def test_a_hostile_title_comes_back_escaped_everywhere_including_rss():
    b, handle, _ = person()
    tag = word()
    title = '<script>alert("%s")</script> & ]]>' % tag
    escaped = "&lt;script&gt;alert(&quot;%s&quot;)&lt;/script&gt; &amp; ]]&gt;" % tag
    pid = write_post(b, title=title, body="Body with " + tag, public=True)
    helper, helper_handle, _ = person()
    back(helper, pid, "<b>bold</b> answer")
    for path, who in [("/", Browser()), ("/t/friends", Browser()), ("/p/%d" % pid, Browser()),
                      ("/u/" + handle, Browser()), ("/search?q=" + tag, Browser()),
                      ("/notifications", b), ("/u/" + helper_handle, Browser())]:
        r = who.get(path) if who is b else visitor(path, lambda r: escaped in r.text)
        assert r.status == 200, path
        assert "<script>alert" not in r.text, path
        assert escaped in r.text, path
    page = Browser().get("/p/%d" % pid).text
    assert "<b>bold</b>" not in page and "bold" in page  # Markdown drops raw HTML
    rss = Browser().get("/feed.xml")
    assert b"<script>" not in rss.body and b"]]>" not in rss.body
    titles = [i.findtext("title") for i in parse_rss(rss).find("channel").findall("item")]
    assert title in titles  # escaped in the XML, the same text to a reader

