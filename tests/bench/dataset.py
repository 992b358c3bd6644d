"""
dataset.py - make bench's community, generated once per stack in
set-based statements over MariaDB's sequence engine (seq_1_to_N): members,
posts over the topics, backings, votes, best marks, and what they earned
(the points ledger, member_totals, badges) and caused (notifications),
in the state the app's own writes would have left (cgi-bin/community/
ledger.c):

  - posts.backing_count = the post's visible backings, backings.votes =
    its votes;
  - points: 2 per visible post, 5 per backing on someone else's post, 10
    per best mark, 1 per vote, each dated by what earned it;
  - member_totals = the sums over the ledger (all, week, month), as the
    points_counted trigger keeps them: the trigger is dropped for the bulk
    load and the totals computed once with GROUP BY (the statements of
    sql/004_member_totals.sql), then the trigger is put back unchanged;
  - badges: what the totals earn;
  - a notification to the post's author per backing by someone else, to
    the backing's author per best mark.

Text is plain English sentences picked by arithmetic on the row number
(titles, two paragraphs of a few hundred characters, backings of two
sentences), stored as cmark renders it ("<p>...</p>\\n" per paragraph).
Members are a year old or more (not new members: no hourly caps), all with
the demo member mads's password. Sizes scale from `posts`: 3 backings per
post on average (0..6, and one post with exactly 30), members = posts / 20
(at least 2,000), about 0.6 votes per backing.
"""
import os
import re
import time

PASSWORD = "demo-password-mads"  # every bench member's (mads's hash)
SPAN = 365 * 86400  # the posts are spread over the last year
THIRTY = 5  # the post (counted from the newest, 0 = newest) with 30 backings

TITLES = [
    "How do I tell my parents I want to quit football",
    "My best friend started hanging out with other people",
    "Is it normal to feel nervous before every exam",
    "I like a girl in my class but never know what to say",
    "My dad and I argue about everything lately",
    "How much training is too much at my age",
    "I feel left out when my friends play online without me",
    "What should I do after school if I do not know what I want",
    "My parents are getting divorced and I live in two homes",
    "How do I stop comparing myself to others",
    "I spend too many hours gaming and my grades dropped",
    "First job interview next week, any advice",
    "My little brother copies everything I do",
    "How do you make new friends after moving to a new town",
    "She said no and now it is awkward at school",
    "I cannot sleep before important days",
    "My mother worries about everything I do",
    "Is it weird to not want a girlfriend right now",
    "Teammates laugh at me in the changing room",
    "How do I ask for help with maths without looking stupid",
    "I got my first pay and do not know what to do with it",
    "Feeling down since the summer ended",
    "My friend keeps borrowing money and never pays back",
    "Should I tell the teacher what happened on the trip",
    "How do I say sorry after a big fight with my sister",
    "Everybody seems to know what they want except me",
    "I want to start running but feel embarrassed",
    "My grandfather is ill and I do not know how to act",
    "Is it okay to take a year off before studying",
    "How do I deal with a coach who shouts all the time",
]

SENTENCES = [
    "It started a few months ago and I have not told anyone about it yet.",
    "Every time I try to bring it up, the words just disappear.",
    "I play handball three times a week and it usually helps me clear my head.",
    "My parents mean well, but they do not really listen when I talk.",
    "At school everything looks fine from the outside.",
    "Some evenings I just sit in my room and scroll without thinking.",
    "My older brother says I should just ignore it, but that is easier said than done.",
    "I am sixteen and in my second year at upper secondary school.",
    "We used to be close, but something changed after the summer holiday.",
    "I do not want to make a big deal out of it, I just want it to stop.",
    "Last week it got worse and I ended up staying home for two days.",
    "I have thought about talking to the school counsellor.",
    "Maybe I am overthinking it, but it keeps coming back at night.",
    "My friends joke about it, so I laugh along even when it is not funny.",
    "I work at a supermarket on Saturdays and the money is okay.",
    "Training makes me feel better for a few hours afterwards.",
    "I tried writing down what I feel, like someone suggested here.",
    "It is hard to explain to adults without them getting worried.",
    "Sometimes I wonder if other guys feel the same way.",
    "Our family dinners have become really quiet.",
    "I have good grades in most subjects except maths.",
    "The coach picked someone else for the team and I do not know why.",
    "I am not sure if I should say something or just wait and see.",
    "We have known each other since kindergarten.",
    "My mother asked me what was wrong and I said nothing.",
    "I would like to hear how others have handled something like this.",
    "The worst part is that I cannot stop thinking about it.",
    "I have started going for walks in the evening to think.",
    "It feels like everybody else has it figured out already.",
    "I know it sounds small, but it matters a lot to me.",
    "Next month we have exams and I cannot concentrate.",
    "I spend a lot of time gaming with people I have never met.",
    "My dad works late, so we rarely see each other during the week.",
    "I do not want to lose him as a friend over this.",
    "What would you do if you were in my place?",
    "Any advice is welcome, thanks for reading this far.",
    "I moved here last year and still do not know many people.",
    "When I try to talk to her I get completely nervous.",
    "Part of me wants to quit and part of me wants to keep going.",
    "I am afraid they will be disappointed in me.",
]

BACKINGS = [
    "I had almost the same thing last year.",
    "Try talking to him alone, after training.",
    "It helped me to write it down first and then say it.",
    "You are not the only one, many of us feel like that.",
    "Maybe ask your school counsellor, they are used to this.",
    "Give it a few weeks, it often looks different then.",
    "Be honest with her, most people respect that.",
    "Take a walk before you decide anything.",
    "Your parents probably worry because they care.",
    "Small steps work better than one big change.",
    "I told my dad in the car, it was easier without eye contact.",
    "Good that you wrote here, that is already a first step.",
    "Find one thing you enjoy and do it every day.",
    "It is okay to say no to things that drain you.",
    "Ask a friend to go with you the first time.",
    "Sleep and food matter more than you think.",
    "Real friends come back after a break.",
    "Tell your coach how you feel, he might not know.",
    "You can always change your mind later.",
    "Keep going, it gets easier with practice.",
    "Maybe try a new club where nobody knows you yet.",
    "It sounds like you already know what you want.",
    "Put your phone in another room for an hour.",
    "Say sorry first, even if it was not only your fault.",
]

NAMES = ["jonas", "ali", "frederik", "oskar", "emil", "noah", "viktor", "lucas",
         "william", "magnus", "elias", "oliver", "karl", "mikkel", "anton", "adam",
         "isak", "mathias", "sebastian", "hugo", "liam", "filip", "aksel", "johan"]


def totals_sql():
    """The statements of sql/004_member_totals.sql that sum the ledger into
    member_totals: the migration is the one place that says how."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "sql",
                        "004_member_totals.sql")
    with open(path, encoding="utf-8") as f:
        stmts = re.findall(r"^INSERT INTO member_totals .*?;", f.read(), re.S | re.M)
    assert len(stmts) == 3, "sql/004: expected the totals of all, week and month"
    return "\n".join(stmts)


def q(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'"


def elt(expr, words):
    return "ELT(1 + (%s) %% %d, %s)" % (expr, len(words), ", ".join(q(w) for w in words))


def sizes(posts):
    return {"posts": posts, "members": max(2000, posts // 20)}


def generate(db, posts, say):
    """Fill the stack behind db (a function running SQL as root and
    returning rows) with `posts` posts and the rest; say(text) reports."""
    began = time.monotonic()
    m = sizes(posts)["members"]
    n = posts
    one = lambda sql: db(sql)[0][0]  # noqa: E731
    now = one("SELECT UTC_TIMESTAMP()")
    u0 = int(one("SELECT COALESCE(MAX(id), 0) FROM users"))
    p0 = int(one("SELECT COALESCE(MAX(id), 0) FROM posts"))
    b0 = int(one("SELECT COALESCE(MAX(id), 0) FROM backings"))
    topics = [r[0] for r in db("SELECT id FROM topics ORDER BY position, id")]
    hash_ = one("SELECT password_hash FROM users WHERE handle = 'mads'")
    trigger = [r for r in db("SHOW CREATE TRIGGER points_counted")][0]
    # SHOW CREATE TRIGGER: Trigger, sql_mode, SQL Original Statement, ...
    trigger_mode, trigger_sql = trigger[1], trigger[2]
    chunk = 100000
    step = [time.monotonic()]

    def done(what):
        t = time.monotonic()
        say("  %-40s %6.1f s" % (what, t - step[0]))
        step[0] = t

    # Big GROUP BYs in memory: no temporary files (in /tmp) to lose.
    session = ("SET SESSION foreign_key_checks = 0, unique_checks = 0, "
               "tmp_table_size = 4294967296, max_heap_table_size = 4294967296; "
               "SET @now = '%s';\n" % now)

    def run(sql):
        db(session + sql)

    run("""INSERT INTO users (id, handle, password_hash, birth_date, role, bio, on_leaderboard, created_at)
SELECT %d + seq, CONCAT(%s, '_', seq), %s, DATE('2010-06-01') - INTERVAL (seq * 37) %% 3600 DAY,
       'member', IF(seq %% 3 = 0, 'Plays handball and likes cooking.', ''), 1,
       @now - INTERVAL 400 + seq %% 300 DAY
FROM seq_1_to_%d""" % (u0, elt("seq", NAMES), q(hash_), m))
    done("%d members" % m)

    def drop_key(table, name):
        """Drop an index for the load; the statement that puts it back as
        it was (built once, sorted, rather than row by row)."""
        create = db("SHOW CREATE TABLE %s" % table)[0][1]
        key = [line.strip().rstrip(",") for line in create.splitlines()
               if re.match(r"\s*(?:FULLTEXT |UNIQUE )?KEY `%s` " % name, line)][0]
        db("ALTER TABLE %s DROP INDEX %s" % (table, name))
        return "ALTER TABLE %s ADD %s" % (table, key)

    # Indexes no page reads while loading, built at the end: the posts'
    # full text, the ledger by time, the leaderboard's ranking.
    later = [drop_key("posts", "posts_text"), drop_key("points", "points_time"),
             drop_key("member_totals", "member_totals_rank")]
    thirty = n - THIRTY
    for lo in range(1, n + 1, chunk):
        hi = min(n, lo + chunk - 1)
        s = "s.seq"
        run("""INSERT INTO posts (id, user_id, topic_id, title, body, body_html, is_public, backing_count, created_at)
SELECT id, user_id, topic_id, title, CONCAT(p1, '\\n\\n', p2),
       CONCAT('<p>', p1, '</p>\\n<p>', p2, '</p>\\n'), is_public, backing_count, created_at
FROM (SELECT %d + %s AS id, %d + 1 + (%s * 7919) %% %d AS user_id, %s AS topic_id, %s AS title,
             CONCAT(%s, ' ', %s, ' ', %s) AS p1, CONCAT(%s, ' ', %s) AS p2,
             %s %% 10 <> 0 AS is_public, IF(%s = %d, 30, %s %% 7) AS backing_count,
             @now - INTERVAL (%d - %s) * %d DIV %d SECOND AS created_at
      FROM seq_%d_to_%d s) x""" % (
            p0, s, u0, s, m, elt(s, topics), elt(s + " * 7", TITLES),
            elt(s, SENTENCES), elt(s + " * 7 + 3", SENTENCES), elt(s + " * 13 + 5", SENTENCES),
            elt(s + " * 17 + 11", SENTENCES), elt(s + " * 23 + 19", SENTENCES),
            s, s, thirty, s, n, s, SPAN, n, lo, hi))
    done("%d posts" % n)

    # Backings: post by post, 0..6 each (30 on one), a best mark on the
    # first of every fifth post when someone else wrote it; 0..2 votes.
    for lo in range(p0 + 1, p0 + n + 1, chunk):
        hi = min(p0 + n, lo + chunk - 1)
        run("""INSERT INTO backings (post_id, user_id, body, body_html, is_best, votes, created_at)
SELECT post_id, user_id, CONCAT(t1, ' ', t2), CONCAT('<p>', t1, ' ', t2, '</p>\\n'),
       s1 AND post_id %% 5 = 0 AND user_id <> author, votes, created_at
FROM (SELECT p.id AS post_id, p.user_id AS author, s.seq = 1 AS s1,
             %d + 1 + (p.id * 31 + s.seq * 7919) %% %d AS user_id,
             %s AS t1, %s AS t2,
             GREATEST(0, CAST((p.id * 3 + s.seq * 7) %% 5 AS SIGNED) - 2) AS votes,
             LEAST(@now, p.created_at + INTERVAL s.seq * 13 MINUTE) AS created_at
      FROM posts p JOIN seq_1_to_30 s ON s.seq <= p.backing_count
      WHERE p.id BETWEEN %d AND %d ORDER BY p.id, s.seq) x""" % (
            u0, m, elt("p.id + s.seq", BACKINGS), elt("p.id * 3 + s.seq * 5 + 7", BACKINGS),
            lo, hi))
    b1 = int(one("SELECT MAX(id) FROM backings"))
    done("%d backings" % int(one("SELECT COUNT(*) FROM backings WHERE id > %d" % b0)))

    # Votes: never by the backing's own writer (977 * 2 < members).
    for lo in range(b0 + 1, b1 + 1, 5 * chunk):
        hi = min(b1, lo + 5 * chunk - 1)
        run("""INSERT INTO votes (backing_id, user_id, created_at)
SELECT b.id, %d + 1 + (b.user_id - %d - 1 + v.seq * 977) %% %d,
       LEAST(@now, b.created_at + INTERVAL v.seq HOUR)
FROM backings b JOIN seq_1_to_2 v ON v.seq <= b.votes WHERE b.id BETWEEN %d AND %d""" % (
            u0, u0, m, lo, hi))
    done("%d votes" % int(one("SELECT COUNT(*) FROM votes v WHERE v.backing_id > %d" % b0)))

    # The ledger, without the per-row trigger; the totals after.
    db("DROP TRIGGER points_counted")
    for lo in range(p0 + 1, p0 + n + 1, 5 * chunk):
        hi = min(p0 + n, lo + 5 * chunk - 1)
        run("""INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at)
SELECT user_id, 'post', id, 0, 2, created_at FROM posts WHERE id BETWEEN %d AND %d""" % (lo, hi))
    for lo in range(b0 + 1, b1 + 1, 5 * chunk):
        hi = min(b1, lo + 5 * chunk - 1)
        run("""INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at)
SELECT b.user_id, 'backing', b.id, 0, 5, b.created_at FROM backings b JOIN posts p ON p.id = b.post_id
WHERE b.id BETWEEN %d AND %d AND b.user_id <> p.user_id""" % (lo, hi))
        run("""INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at)
SELECT user_id, 'best', id, 0, 10, created_at FROM backings
WHERE id BETWEEN %d AND %d AND is_best = 1""" % (lo, hi))
        run("""INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at)
SELECT b.user_id, 'vote', b.id, v.user_id, 1, v.created_at FROM backings b
JOIN votes v ON v.backing_id = b.id WHERE b.id BETWEEN %d AND %d""" % (lo, hi))
    done("%d points" % int(one("SELECT COUNT(*) FROM points")))
    run("DELETE FROM member_totals;\n" + totals_sql())
    db("SET SESSION sql_mode = %s; %s" % (q(trigger_mode), trigger_sql))
    done("%d member totals" % int(one("SELECT COUNT(*) FROM member_totals")))
    rules = [("first_post", "posts", 1), ("first_backing", "backings", 1),
             ("ten_backings", "backings", 10), ("fifty_backings", "backings", 50),
             ("first_best", "best", 1), ("five_best", "best", 5), ("ten_votes", "votes", 10)]
    run("INSERT IGNORE INTO badges (user_id, badge) " + " UNION ALL ".join(
        "SELECT user_id, '%s' FROM member_totals WHERE kind = 'all' AND %s >= %d" % r
        for r in rules))
    done("badges")

    for lo in range(b0 + 1, b1 + 1, 5 * chunk):
        hi = min(b1, lo + 5 * chunk - 1)
        run("""INSERT INTO notifications (user_id, kind, post_id, backing_id, actor_id, created_at, read_at)
SELECT p.user_id, 'backing', p.id, b.id, b.user_id, b.created_at,
       IF(b.created_at < @now - INTERVAL 2 DAY, b.created_at + INTERVAL 1 DAY, NULL)
FROM backings b JOIN posts p ON p.id = b.post_id
WHERE b.id BETWEEN %d AND %d AND b.user_id <> p.user_id ORDER BY b.id""" % (lo, hi))
        run("""INSERT INTO notifications (user_id, kind, post_id, backing_id, actor_id, created_at, read_at)
SELECT b.user_id, 'best', p.id, b.id, p.user_id, b.created_at, b.created_at + INTERVAL 1 DAY
FROM backings b JOIN posts p ON p.id = b.post_id
WHERE b.id BETWEEN %d AND %d AND b.is_best = 1 ORDER BY b.id""" % (lo, hi))
    done("%d notifications" % int(one("SELECT COUNT(*) FROM notifications")))

    for alter in later:
        db(alter)
    done("full-text, ledger and ranking indexes")
    db("ANALYZE TABLE users, posts, backings, votes, points, member_totals, notifications")
    done("analyze")
    return time.monotonic() - began, u0
