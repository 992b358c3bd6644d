"""
The inbox's statistics (cgi-bin/inbox/stats.c): questions and answers are
planted with SQL in one week 45 weeks back, at known times, about a post in
a topic of their own and answered by two fresh support persons; the page
shows exactly those figures (counts, medians, the share within 24 hours),
and nothing a member wrote or his name. Other questions asked that week
(by other tests) are moved years back first, so the week is the test's own.
"""
import datetime
import re
import secrets

from opbak import sql
from post_helpers import ADMIN, member, staff, user_id, write_post
from test_feed import fresh_topic, support_person

WEEKS_BACK = 45


def planted_week():
    """Wednesday 12:00 UTC, WEEKS_BACK weeks ago (mid-week whatever the
    site's zone), and its ISO week's id as the page writes it."""
    today = datetime.datetime.utcnow().date()
    monday = today - datetime.timedelta(days=today.weekday(), weeks=WEEKS_BACK)
    at = datetime.datetime.combine(monday + datetime.timedelta(days=2), datetime.time(12))
    year, week, _ = at.isocalendar()
    return at, "%d-W%02d" % (year, week), monday


def plant():
    """Five questions by one member about one post, and their messages;
    returns what the test needs to find on the page."""
    at, week, monday = planted_week()
    start = datetime.datetime.combine(monday, datetime.time(0)) - datetime.timedelta(days=1)
    sql("UPDATE questions SET created_at = created_at - INTERVAL 3 YEAR "
        "WHERE created_at >= ? AND created_at < ?", str(start),
        str(start + datetime.timedelta(days=9)))
    slug = fresh_topic()
    b, handle = member("sts")
    post = write_post(b, topic=slug)
    _, s_handle, s_id = support_person("sts")
    _, t_handle, t_id = support_person("stt")
    m_id = user_id(handle)
    secret = "Secret " + secrets.token_hex(6)

    def question(n):
        rows = sql("INSERT INTO questions (member_id, post_id, subject, body, status, created_at) "
                   "VALUES (?, ?, ?, ?, 'answered', ?); SELECT LAST_INSERT_ID()",
                   m_id, post, "%s subject %d" % (secret, n), "%s body %d" % (secret, n),
                   str(at + datetime.timedelta(minutes=n)))
        return int(rows[-1][0]), at + datetime.timedelta(minutes=n)

    def say(q, author, kind, after):
        qid, asked = q
        sql("INSERT INTO question_messages (question_id, author_id, kind, body, body_html, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?)", qid, author, kind, secret + " reply",
            "<p>%s reply</p>" % secret, str(asked + after))

    h, mins = (lambda x: datetime.timedelta(hours=x)), (lambda x: datetime.timedelta(minutes=x))
    q1, q2, q3, q4, q5 = (question(n) for n in range(1, 6))
    say(q1, s_id, "message", h(1))                      # 1 h, by S
    say(q2, m_id, "message", mins(5))                   # the member himself: not an answer
    say(q2, s_id, "message", h(3) + mins(20))           # 3 h 20 min, by S
    say(q3, t_id, "note", mins(10))                     # a note: not an answer
    say(q3, s_id, "message", h(30))                     # 30 h, by S: not within 24 h
    say(q4, s_id, "note", mins(10))
    say(q4, t_id, "message", h(2))                      # 2 h, by T
    say(q4, s_id, "message", h(2) + mins(30))           # not the first
    say(q5, m_id, "message", h(1))                      # never answered
    # one more question, about a post in a second topic, never answered
    quiet = fresh_topic()
    quiet_post = int(sql("INSERT INTO posts (user_id, topic_id, title, body, body_html) "
                         "SELECT ?, id, 'Quiet', 'Quiet', '<p>Quiet</p>' FROM topics "
                         "WHERE slug = ?; SELECT LAST_INSERT_ID()", m_id, quiet)[-1][0])
    sql("INSERT INTO questions (member_id, post_id, subject, body, created_at) "
        "VALUES (?, ?, ?, ?, ?)", m_id, quiet_post, secret, secret, str(at))
    return dict(week=week, slug=slug, quiet=quiet, handle=handle, s=s_handle, t=t_handle,
                secret=secret, post=post)


def cells(row):
    return [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row)]


def test_the_figures_are_exactly_what_was_planted_and_no_content():
    p = plant()
    page = staff(ADMIN).get("/inbox/stats?weeks=52")
    assert page.status == 200, page
    text = page.text
    # the week: 6 asked, 4 answered (1 h, 2 h, 3 h 20, 30 h: the median of
    # an even count is the mean of the middle two), 3 of 6 within 24 h
    week = re.search(r'<tr id="week-%s">(.*?)</tr>' % p["week"], text, re.S)
    assert week, p["week"]
    assert cells(week.group(1)) == ["6", "4", "2 h 40 min", "50%"]
    assert 'datetime="PT9600S"' in week.group(1)
    # the topic (its own), the same figures
    topic = re.search(r'<tr><th scope="row"><span lang="en">Topic %s</span></th>(.*?)</tr>'
                      % p["slug"], text, re.S)
    assert topic and cells(topic.group(1)) == ["5", "4", "2 h 40 min", "60%"]
    # a topic with nothing answered: no median (a dash), 0%
    quiet = re.search(r'<tr><th scope="row"><span lang="en">Topic %s</span></th>(.*?)</tr>'
                      % p["quiet"], text, re.S)
    assert quiet and cells(quiet.group(1)) == ["1", "0", "\u2013", "0%"]
    # the support persons: S answered 3 first (1 h, 3 h 20 min, 30 h), T one
    s = re.search(r'<span data-user-text>%s</span></th>(.*?)</tr>' % p["s"], text, re.S)
    t = re.search(r'<span data-user-text>%s</span></th>(.*?)</tr>' % p["t"], text, re.S)
    assert s and cells(s.group(1)) == ["3", "3 h 20 min"]
    assert t and cells(t.group(1)) == ["1", "2 h"]
    # counts only: no subject, no text, no member's name
    assert p["secret"] not in text and p["handle"] not in text
    assert "/ask/" not in text and "/inbox/" + str(p["post"]) not in text
    # tables a screen reader can walk
    assert text.count("<caption>") == 3 and 'class="num"' in text
    assert re.search(r'aria-current="page">52 weeks', text)


def test_the_period_shows_that_many_weeks_newest_first():
    p = plant()
    b = staff(ADMIN)
    default = b.get("/inbox/stats").text
    weeks = re.findall(r'<tr id="week-(\d{4}-W\d\d)">', default)
    assert len(weeks) == 12 and weeks == sorted(weeks, reverse=True)
    assert p["week"] not in weeks
    assert re.search(r'aria-current="page">12 weeks', default)
    assert len(re.findall(r'<tr id="week-', b.get("/inbox/stats?weeks=4").text)) == 4
    assert len(re.findall(r'<tr id="week-', b.get("/inbox/stats?weeks=52").text)) == 52


def test_a_member_may_not_read_the_statistics():
    b, _ = member("stm")
    assert b.get("/inbox/stats").status == 403


def test_a_period_not_offered_is_refused():
    b = staff(ADMIN)
    for bad in ("5", "0", "-4", "x", "12x", "99999999999999999999"):
        assert b.get("/inbox/stats?weeks=" + bad).status == 400, bad


def test_a_new_question_counts_at_once_though_the_tables_are_kept():
    """The tables are kept per worker between pages (frag.h); a question
    asked since is in the next page's count all the same."""
    b = staff(ADMIN)
    _, handle = member("stn")

    def asked():
        text = b.get("/inbox/stats?weeks=4").text
        return int(re.search(r'class="n-asked">(\d+)<', text).group(1))

    before = [asked() for _ in range(4)]  # every worker has the tables now
    assert len(set(before)) == 1, before
    sql("INSERT INTO questions (member_id, subject, body) VALUES (?, 'Counted', 'At once')",
        user_id(handle))
    assert [asked() for _ in range(4)] == [before[0] + 1] * 4
