"""
The access table: every route of every executable (read from the route
tables in cgi-bin/*/main.c, so a route without a row here fails), asked
with GET and with POST, by anonymous, by a user of each role, and by an
unrelated user of the same role, each answer's status asserted exactly.

The principals: anon; for each role R, "R" (who owns the role's things:
his posts, his backings, the report of his post) and "R'" (another user of
role R, who owns none of them); and two more support persons who own
nothing, each with one right an admin gives (sql/017): "counsellor'mod"
(may moderate) and "counsellor'lead" (lead: reads every conversation).
Every "#" and "*" is filled with R's thing (anon is shown the member's).
A POST carries the page's own CSRF token and a form that would be carried
out (the fields a browser sends), so a refusal is a refusal of the user,
not of the form.

An expectation reads "<status> <who>:<status> ...", later words winning:
  who:    anon, user (logged in), own (R), peer (R' and the two with a
          right), mod (admin, counsellor'mod), nonmod (a user not a
          moderator), staff (who works the inbox: counsellor, admin), lead
          (who reads every conversation: admin, counsellor'lead), a role
          name (R, R' and, for counsellor, the two with a right), other
          (the two with a right: peers who wrote nothing), or one
          principal ("admin'"); "a+b" is both.
  status: a number; "login" is 303 to /account/login?next=...; a 303 is
          never to the login page. A "!" marks a row of finding 8 of
          issue 8 (someone else's hidden or pending post answers 404, as
          if it did not exist): the target, which the current code may
          not reach yet (it answered 403).
"""
import re
import secrets

from opbak import Browser, sql
from post_helpers import back, one, premod, write_post
from probe_helpers import PASSWORD, ROLES, routes, session, user
from goals_helpers import goals_things, GOALS_ROWS

# A support person's rights (core/auth.h AUTH_RIGHT_...), by principal.
RIGHTS = {"counsellor'mod": "may_moderate", "counsellor'lead": "inbox_lead"}
# The goals part (cgi-bin/goals, sql/023) adds one: "member'rel", a member
# who is the close relative of "member" (the participant); to the
# community's routes he is a peer like any other.
RELATIVE = "member'rel"
PRINCIPALS = ["anon"] + [p for r in ROLES for p in (r, r + "'")] + list(RIGHTS) + [RELATIVE]
MODS = ("admin", "counsellor'mod")  # core/auth.h: AUTH_MODERATORS
STAFF = ("counsellor", "admin")  # cgi-bin/inbox/inbox.h: INBOX_STAFF
LEADS = ("admin", "counsellor'lead")  # cgi-bin/inbox/inbox.h: INBOX_LEADS
FINDING_8 = "finding 8: someone else's hidden or pending post must answer 404 (the target)"


def role_of(who):
    return None if who == "anon" else who.split("'")[0]


def selects(sel, who):
    def atom(a):
        r = role_of(who)
        mod = r in MODS or who in MODS
        return {"anon": who == "anon", "user": who != "anon", "own": who in ROLES,
                "peer": "'" in who, "mod": mod, "staff": r in STAFF,
                "lead": r in LEADS or who in LEADS, "other": who in RIGHTS,
                "nonmod": r is not None and not mod,
                "relative": who == RELATIVE}.get(a, a == r or a == who)
    return all(atom(a) for a in sel.split("+"))


def expected(spec, who):
    """The status (and whether it is a finding-8 target) spec gives who."""
    words = spec.split()
    status = words[0]
    for w in words[1:]:
        sel, _, st = w.partition(":")
        assert st, "bad expectation word %r in %r" % (w, spec)
        if selects(sel, who):
            status = st
    return status.rstrip("!"), status.endswith("!")


class Ctx:
    """The principals, and each role owner's things."""

    def __init__(self):
        self.b, self.handle, self.id = {"anon": Browser()}, {}, {}
        self.b["anon"].get("/account/login")
        for who in PRINCIPALS[1:]:
            self.b[who], self.handle[who], self.id[who] = user(role_of(who), prefix="at")
        for who, right in RIGHTS.items():  # read with each request's session
            sql("UPDATE users SET %s = 1 WHERE id = ?" % right, self.id[who])
        self.obj = {}
        for r in ROLES:
            o = self.obj[r] = {}
            o["visible"] = self.post(r, "visible")
            o["hidden"] = self.post(r, "hidden")
            o["pending"] = self.post(r, "pending")
            o["backing"] = back(self.b[r + "'"], o["visible"])
            o["hidden_backing"] = back(self.b[r + "'"], o["visible"])
            sql("UPDATE backings SET status = 'hidden' WHERE id = ?", o["hidden_backing"])
        for r in ROLES:
            self.obj[r]["report"] = self.report(r)
            self.obj[r]["question"] = self.question(r)
            # one a support person of the demo (no principal) has
            self.obj[r]["claimed_question"] = self.question(
                r, claimed_by=int(one("SELECT id FROM users WHERE handle = 'karim_sp'")))
            self.obj[r]["publishable"] = self.publishable(r)
        self.goals = goals_things(self)
        _, _, self.victim = user("member", prefix="at_v")  # whose role the admin sets
        _, _, self.sp_victim = user("counsellor", prefix="at_v")  # whose rights he sets
        self.topics = []

    def article(self, status="draft", fresh=False):
        """The draft every principal is shown at /editor/<id>; fresh: a
        new article of status of its own (a write that succeeds on it)."""
        if not fresh and getattr(self, "_article", None):
            return self._article
        rows = sql("INSERT INTO articles (slug, title, summary, body, body_html, topic_id, "
                   "status, published_at) SELECT ?, 'Access article', 'For the access table.', "
                   "'Text.', '<p>Text.</p>', id, ?, IF(? = 'published', NOW(), NULL) "
                   "FROM topics WHERE slug = 'friends'; SELECT LAST_INSERT_ID()",
                   "at-" + secrets.token_hex(4), status, status)
        aid = int(rows[-1][0])
        if not fresh:
            self._article = aid
        return aid

    def episode(self, status="draft", fresh=False):
        """The draft episode every principal is shown at /editor/episodes/<id>
        (sql/021), with audio; fresh: a new one of status of its own."""
        if not fresh and getattr(self, "_episode", None):
            return self._episode
        rows = sql("INSERT INTO episodes (slug, guid, title, description, description_html, "
                   "audio_path, audio_type, audio_bytes, duration_s, status, published_at) "
                   "VALUES (?, UUID(), 'Access episode', 'For the access table.', "
                   "'<p>For the access table.</p>', 'audio/at.mp3', 'audio/mpeg', 1000, 10, ?, "
                   "IF(? = 'published', NOW(), NULL)); SELECT LAST_INSERT_ID()",
                   "at-" + secrets.token_hex(4), status, status)
        eid = int(rows[-1][0])
        if not fresh:
            self._episode = eid
        return eid

    def owner(self, who):
        return "member" if who == "anon" else role_of(who)

    def post(self, role, status):
        post_id = write_post(self.b[role])
        if status != "visible":
            sql("UPDATE posts SET status = ? WHERE id = ?", status, post_id)
        return post_id

    def report(self, role):
        """A fresh open report of a fresh visible post of role's owner."""
        post_id = self.post(role, "visible")
        sql("INSERT INTO reports (reporter_id, post_id, reason) VALUES (?, ?, 'spam')",
            self.id[role + "'"], post_id)
        return int(one("SELECT MAX(id) FROM reports WHERE post_id = ?", post_id))

    def question(self, role, claimed_by=None):
        """A fresh new question by role's owner (claimed by the user
        claimed_by when given), put in as /post/ask stores one."""
        rows = sql("INSERT INTO questions (member_id, subject, body) VALUES (?, 'Access', "
                   "'How do I tell my parents that school is too much?'); "
                   "SELECT LAST_INSERT_ID()", self.id[role])
        qid = int(rows[-1][0])
        if claimed_by:
            sql("UPDATE questions SET claimed_by = ?, claimed_at = NOW(), status = 'claimed' "
                "WHERE id = ?", claimed_by, qid)
        return qid

    def publishable(self, role):
        """A fresh question of role's owner that he allowed to be published
        and a support person answered (cgi-bin/inbox/publish.c)."""
        qid = self.question(role)
        sql("UPDATE questions SET allow_publish = 1, status = 'answered' WHERE id = ?; "
            "INSERT INTO question_messages (question_id, author_id, kind, body, body_html) "
            "SELECT @p0, id, 'message', 'Talk to them.', '<p>Talk to them.</p>' FROM users "
            "WHERE handle = 'sofie_sp'", qid)
        return qid

    def clone(self, who):
        """A browser of its own for who: logging in or out there leaves
        who's own session as it was."""
        if who == "anon":
            b = Browser()
            b.get("/account/login")
            return b
        return session(self.id[who])


# What a POST sends: fields(ctx, who, id) -> dict; id is the "#"/query target.
def f_post(ctx, who, _):
    return {"title": "An access question " + secrets.token_hex(3), "topic": "friends",
            "body": "What would you do? I do not know where to start."}


def f_report(ctx, who, post_id):
    fields = {"reason": "spam", "note": ""}
    if post_id:
        fields["post"] = str(post_id)
    return fields


def f_ask(ctx, who, post_id):
    fields = {"counsellor": "any", "subject": "School",
              "body": "How do I tell my parents that school is too much?"}
    if post_id:
        fields["post"] = str(post_id)
    return fields


def f_register(ctx, who, _):
    return {"handle": "at_" + secrets.token_hex(4), "password": PASSWORD, "password2": PASSWORD,
            "birth_date": "2005-04-01"}


def f_login(ctx, who, _):
    return {"handle": ctx.handle["member" if who == "anon" else who], "password": PASSWORD}


def f_password(ctx, who, _):
    return {"current": PASSWORD, "new": "another long password", "new2": "another long password"}


def f_topic(ctx, who, _):
    slug = "at-" + secrets.token_hex(3)
    ctx.topics.append(slug)
    return {"slug": slug, "name": "Access topic", "description": "", "position": "9000"}


def f_settings(ctx, who, _):
    now = dict(sql("SELECT name, value FROM settings WHERE name LIKE 'premod%'"))
    fields = {"premod_start": now["premod_start"], "premod_end": now["premod_end"]}
    if now["premod_enabled"] == "1":
        fields["premod_enabled"] = "1"
    return fields


class Row:
    """One address of the table (a pattern, and which thing fills it),
    with what GET and POST get from each principal."""

    def __init__(self, pattern, target=None, get="405", post="405", fields=None,
                 fresh_user=False, own_session=False, fresh=None, query=None, empty=False):
        self.pattern, self.target = pattern, target
        self.spec = {"GET": get, "POST": post}
        self.fields = fields or (lambda ctx, who, _: {})
        self.fresh_user = fresh_user  # each success on a user of his own (password, delete)
        self.own_session = own_session  # a session of its own (login, logout, register)
        self.fresh = fresh  # fresh(ctx, who) -> a new "#" for a POST that succeeds
        self.query = query  # "post": the target goes in ?post= (and the form)
        self.empty = empty  # the POST sends the CSRF token and no field

    def name(self):
        what = [w for w in (self.target, "empty form" if self.empty else None) if w]
        return self.pattern + (" [%s]" % ", ".join(what) if what else "")

    def target_id(self, ctx, who):
        if self.target is None:
            return None
        if self.target == "article":  # an article's id (sql/020): one draft for all
            return ctx.article()
        if self.target == "episode":  # an episode's id (sql/021): one draft for all
            return ctx.episode()
        if self.target in ("episode-slug", "later-episode-slug"):  # sql/demo/podcast.sql
            return {"episode-slug": "two-homes", "later-episode-slug": "exam-nerves"}[self.target]
        if self.target in ("article-slug", "draft-slug"):  # the demo's (sql/demo/articles.sql)
            return {"article-slug": "when-your-parents-split-up",
                    "draft-slug": "sleep-screens-and-mood"}[self.target]
        if self.target == "victim":  # an account the admin opens (/admin/users/<id>)
            return ctx.victim
        if self.target in ctx.goals:  # the participant's (the member's), for everyone
            return ctx.goals[self.target]
        if self.target in ("slug", "no-slug", "handle"):
            return {"slug": "friends", "no-slug": "no-such-topic-here",
                    "handle": ctx.handle.get(ctx.owner(who), "")}[self.target]
        return ctx.obj[ctx.owner(who)][self.target]

    def request(self, ctx, who, method):
        b = ctx.b[who]
        target = self.target_id(ctx, who)
        success = not expected(self.spec[method], who)[0].startswith("4")
        if method == "POST" and success and who != "anon":
            if self.fresh_user:
                b, _, _ = user(role_of(who), prefix="at_f")
            if self.fresh:
                target = self.fresh(ctx, who)
        if method == "POST" and self.own_session:
            b = ctx.clone(who)
        path = self.pattern
        if self.query:
            path += "?%s=%d" % (self.query, target) if target else ""
        elif isinstance(target, tuple):  # one id for each "#", in order
            for t in target:
                path = re.sub(r"[#*]", str(t), path, count=1)
        elif target is not None:
            path = re.sub(r"[#*]", str(target), path)
        if method == "GET":
            return path, b.get(path)
        return path, b.post(path, {} if self.empty else self.fields(ctx, who, target))


def fresh_post(status):
    return lambda ctx, who: ctx.post(role_of(who), status)


def fresh_report(ctx, who):
    return ctx.report(role_of(who))


def hidden_by_report(ctx, role):
    """A fresh post of role's owner, hidden from a report (as /mod/<report>/hide
    leaves it): (post id, report id)."""
    post_id = ctx.post(role, "hidden")
    sql("INSERT INTO reports (reporter_id, post_id, reason, status, handled_at) "
        "VALUES (?, ?, 'spam', 'hidden', NOW())", ctx.id[role + "'"], post_id)
    return post_id, int(one("SELECT MAX(id) FROM reports WHERE post_id = ?", post_id))


def fresh_question(ctx, who):
    """A new question of who's owner: each write that succeeds on one of
    its own (a claim, a close) leaves the shared one as it was."""
    return ctx.question(role_of(who))


def fresh_claimed(ctx, who):
    """A question of who's owner that who has claimed (he may unassign it)."""
    return ctx.question(role_of(who), claimed_by=ctx.id[who])


def f_message(ctx, who, _):
    return {"body": "Thank you, I will try to tell him tonight."}


def f_handover(ctx, who, _):
    return {"to": "sofie_sp"}  # a support person of the demo, never a principal


def f_publish(ctx, who, _):
    return {"title": "Access, published", "topic": "family",
            "body": "How do I tell my parents that school is too much?",
            "answer": "Tell them on a quiet evening, and say what would help."}


def fresh_publishable(ctx, who):
    """A publishable question of who's owner (each one is published once)."""
    return ctx.publishable(role_of(who))


def f_saved_reply(ctx, who, _):
    return {"title": "Access reply", "body": "Thank you for writing.", "shared": "1"}


def fresh_saved_reply(ctx, who):
    """A personal saved reply of who's (he may delete it)."""
    rows = sql("INSERT INTO saved_replies (owner_id, author_id, title, body) "
               "VALUES (?, ?, 'Access', 'Thank you.'); SELECT LAST_INSERT_ID()",
               ctx.id[who], ctx.id[who])
    return int(rows[-1][0])


def fresh_reviewable(ctx, who):
    """A post its author may ask a moderator to look at again."""
    return hidden_by_report(ctx, role_of(who))[0]


def fresh_review(ctx, who):
    """The report that hid a post whose author asked for a new look."""
    post_id, report_id = hidden_by_report(ctx, role_of(who))
    sql("INSERT INTO review_requests (post_id, author_id) VALUES (?, ?)",
        post_id, ctx.id[role_of(who)])
    return report_id


def f_article(ctx, who, _):
    return {"title": "Access article " + secrets.token_hex(3), "slug": "",
            "summary": "For the access table.", "topic": "friends", "body": "Text."}


def fresh_article(status):
    return lambda ctx, who: ctx.article(status, fresh=True)


def f_show(ctx, who, _):
    return {"title": "Opbak: the podcast", "description": "The access table's show.",
            "author": "The Opbak team", "owner_name": "Opbak", "owner_email": "",
            "language": "en", "category": "Health & Fitness/Mental Health",
            "copyright": "(c) Opbak", "locked": "1"}


def f_episode(ctx, who, _):
    return {"title": "Access episode " + secrets.token_hex(3), "slug": "",
            "description": "For the access table.", "topic": "", "season": "",
            "episode_number": "", "episode_type": "full", "chapters": ""}


def fresh_episode(status):
    return lambda ctx, who: ctx.episode(status, fresh=True)


POST_VARIANTS = ("visible", "hidden", "pending")
ROWS = [
    # account
    Row("/account", get="303 anon:login"),
    Row("/account/register", get="303 anon:200", post="303", fields=f_register, own_session=True),
    Row("/account/login", get="303 anon:200", post="303", fields=f_login, own_session=True),
    Row("/account/logout", post="303", own_session=True),
    Row("/account/settings", get="200 anon:login"),
    Row("/account/settings/profile", post="303 anon:403",
        fields=lambda ctx, who, _: {"bio": "Plays handball."}),
    Row("/account/settings/password", post="303 anon:403", fields=f_password, fresh_user=True),
    # "" = as the browser asks: no principal's pages change language.
    Row("/account/settings/language", post="303 anon:403", fields=lambda ctx, who, _: {"lang": ""}),
    Row("/account/language", get="400"),  # without ?to=: which language?
    # the old way out: its page sends to /account/privacy/erase, its POST is gone
    Row("/account/delete", get="303 anon:login"),
    Row("/admin/users", get="403 anon:login admin:200"),
    Row("/admin/users/role", post="403 admin:303",
        fields=lambda ctx, who, _: {"user": str(ctx.victim), "role": "coach"}),
    Row("/admin/users/rights", post="403 admin:303",
        fields=lambda ctx, who, _: {"user": str(ctx.sp_victim), "moderate": "1"}),
    # rights are a support person's: a member has none to set
    Row("/admin/users/rights", post="403 admin:409",
        fields=lambda ctx, who, _: {"user": str(ctx.victim), "lead": "1"}),
    Row("/admin/topics", get="403 anon:login admin:200", post="403 admin:303", fields=f_topic),
    # your data (issue 14): each his own, so every user gets his page; the
    # export is made in its row, so each user has one to download after
    Row("/account/privacy", get="200 anon:login"),
    Row("/account/privacy/export", get="200 anon:login", post="303 anon:403"),
    Row("/account/privacy/export.json", get="200 anon:login"),
    Row("/account/privacy/export.html", get="200 anon:login"),
    Row("/account/privacy/erase", get="200 anon:login", post="200 anon:403",  # "erased"
        fields=lambda ctx, who, _: {"mode": "all", "password": PASSWORD}, fresh_user=True),
    Row("/account/privacy/looked", get="200 anon:login"),
    Row("/account/privacy/consents", get="200 anon:login"),
    # his posts out of the feeds: every user has posts (or none) to take out
    Row("/account/privacy/consents/withdraw", post="303 anon:403",
        fields=lambda ctx, who, _: {"kind": "feeds"}),
    Row("/admin/users/#", "victim", get="403 anon:login admin:200"),
    Row("/admin/retention", get="403 anon:login admin:200", post="403 admin:303",
        fields=lambda ctx, who, _: {"inbox_retention_days": "180", "retention_audit_days": "730",
                                    "retention_throttle_minutes": "15",
                                    "retention_notifications_days": "90",
                                    "retention_inactive_days": "1095"}),
    # feed
    Row("/", get="200"),
    Row("/feed.xml", get="200"),
    Row("/t/*", "slug", get="200"),
    Row("/t/*", "no-slug", get="404"),
    Row("/t/*/feed.xml", "slug", get="200"),
    Row("/t/*/feed.xml", "no-slug", get="404"),
    Row("/p/#", "visible", get="200"),
    Row("/p/#", "hidden", get="404 own:200 mod:200"),
    Row("/p/#", "pending", get="404 own:200 mod:200"),
    Row("/u/*", "handle", get="200"),
    Row("/search", get="200"),
    Row("/leaderboard", get="200"),
    Row("/notifications", get="200 anon:login"),
    # post: writing
    Row("/post/new", get="200 anon:login", post="303 anon:403", fields=f_post),
    Row("/post/deleted", get="200"),
    Row("/post/report", get="404 anon:login", post="404 anon:403", fields=f_report),
    Row("/post/report", "visible", query="post", get="200 anon:login", post="303 anon:403",
        fields=f_report),
    Row("/post/report", "hidden", query="post", get="404 anon:login", post="404 anon:403",
        fields=f_report),
    Row("/post/report", "pending", query="post", get="404 anon:login", post="404 anon:403",
        fields=f_report),
    Row("/post/ask", get="200 anon:login", post="303 anon:403", fields=f_ask),
    Row("/post/ask", "visible", query="post", get="200 peer:403 anon:login",
        post="303 peer:403 anon:403", fields=f_ask),
    Row("/post/ask", "hidden", query="post", get="404 anon:login", post="404 anon:403",
        fields=f_ask),
    Row("/post/ask", "pending", query="post", get="200 peer:403 peer+nonmod:404! anon:login",
        post="303 peer:403 peer+nonmod:404! anon:403", fields=f_ask),
]
for v in POST_VARIANTS:
    oracle = "" if v == "visible" else " peer+nonmod:404!"
    ROWS += [
        Row("/post/#/edit", v, get="200 peer:403%s anon:login" % oracle,
            post="303 peer:403%s anon:403" % oracle, fields=f_post),
        Row("/post/#/delete", v, get="200 peer:403%s anon:login" % oracle,
            post="303 peer:403%s anon:403" % oracle, fresh=fresh_post(v)),
        Row("/post/#/back", v, get="303",
            post=("303" if v == "visible" else "404") + " anon:403",
            fields=lambda ctx, who, _: {"body": "Talk to him after training."}),
    ]
ROWS += [
    # asking a moderator to look again at a hidden post: its author only (a
    # post hidden from a report; one hidden otherwise, or shown, has nothing
    # to ask about)
    Row("/post/#/review", "hidden", post="404 own:303 anon:403", fresh=fresh_reviewable,
        fields=lambda ctx, who, _: {"note": "Please look again."}),
    Row("/post/#/review", "visible", post="404 anon:403",
        fields=lambda ctx, who, _: {"note": "Please look again."}),
    # (the two with a right, and the relative, are peers who wrote no
    # backing: they vote)
    Row("/post/backing/#/vote", "backing", post="303 peer:403 other:303 relative:303 anon:403"),
    # a hidden backing is not there to be voted for or chosen, for anyone
    Row("/post/backing/#/vote", "hidden_backing", post="404 anon:403"),
    Row("/post/backing/#/best", "backing", post="303 peer:403 anon:403"),
    Row("/post/backing/#/best", "hidden_backing", post="404 anon:403"),
    # moderation
    Row("/mod", get="403 anon:login mod:200"),
    Row("/mod/settings", get="403 anon:login admin:200", post="403 admin:303", fields=f_settings),
    Row("/mod/feedback", get="403 anon:login admin:200"),
    Row("/mod/item/approve", "pending", post="403 mod:303", fresh=fresh_post("pending"),
        fields=lambda ctx, who, post_id: {"kind": "post", "id": str(post_id)}),
    Row("/mod/item/hide", "pending", post="403 mod:303", fresh=fresh_post("pending"),
        fields=lambda ctx, who, post_id: {"kind": "post", "id": str(post_id)}),
    Row("/mod/#/hide", "report", post="403 mod:303", fresh=fresh_report),
    Row("/mod/#/restore", "report", post="403 mod:303", fresh=fresh_report),
    Row("/mod/#/dismiss", "report", post="403 mod:303", fresh=fresh_report),
    Row("/mod/#/keep", "report", post="403 mod:303", fresh=fresh_review),
    Row("/feedback", get="200", post="303",
        fields=lambda ctx, who, _: {"kind": "good", "body": "This site helped me a lot."}),
    # inbox: a member's side is his own (anyone else's question does not
    # exist: 404); the support persons' side is the staff's, for a question
    # in the pool; one a colleague has is a lead's (or an admin's) to read
    # and add a note to, and not there for the others (404; a write on it
    # is told who has it, 409)
    Row("/ask", get="200 anon:login"),
    Row("/ask/#", "question", get="200 peer:404 anon:login"),
    Row("/ask/#/reply", "question", post="303 peer:404 anon:403", fields=f_message),
    Row("/ask/#/close", "question", post="303 peer:404 anon:403", fresh=fresh_question),
    Row("/inbox", get="403 anon:login staff:200"),
    Row("/inbox/stats", get="403 anon:login staff:200"),
    Row("/inbox/#", "question", get="403 anon:login staff:200"),
    Row("/inbox/#", "claimed_question", get="403 anon:login staff:404 lead:200"),
    Row("/inbox/#/note", "claimed_question", post="403 staff:409 lead:303", fields=f_message),
    Row("/inbox/#/claim", "claimed_question", post="403 staff:409"),
    Row("/inbox/#/reply", "claimed_question", post="403 staff:409", fields=f_message),
    Row("/inbox/#/claim", "question", post="403 staff:303", fresh=fresh_question),
    Row("/inbox/#/unassign", "question", post="403 staff:303", fresh=fresh_claimed),
    Row("/inbox/#/reply", "question", post="403 staff:303", fresh=fresh_question,
        fields=f_message),
    Row("/inbox/#/note", "question", post="403 staff:303", fields=f_message),
    Row("/inbox/#/close", "question", post="403 staff:303", fresh=fresh_question),
    Row("/inbox/#/handover", "question", post="403 staff:303", fresh=fresh_claimed,
        fields=f_handover),
    Row("/inbox/replies", get="403 anon:login staff:200", post="403 staff:303",
        fields=f_saved_reply),
    # "#" is a saved reply: who's own fresh one where he may delete it; the
    # others are refused by role before any id is read
    Row("/inbox/replies/#/delete", "question", post="403 staff:303", fresh=fresh_saved_reply),
    # live updates (core/live.h): nginx asks these before a browser may
    # follow a conversation (204: yes; no body); refusals as the pages',
    # but never a redirect to the login page (an EventSource cannot log
    # in). Typing writes nothing: 204 where the question may be read.
    Row("/ask/#/live", "question", get="204 peer:404 anon:403"),
    Row("/inbox/#/live", "question", get="403 staff:204"),
    Row("/inbox/#/live", "claimed_question", get="403 staff:404 lead:204"),
    Row("/inbox/#/typing", "question", post="403 staff:204"),
    Row("/inbox/#/typing", "claimed_question", post="403 staff:404 lead:204"),
    # who answers: public; saying one is available is the staff's
    Row("/support", get="200"),
    Row("/inbox/available", post="403 staff:303", fields=lambda ctx, who, _: {"hours": "2"}),
    # articles: public pages; the editor's desk is the editors' and admins'
    Row("/articles", get="200"),
    Row("/articles/feed.xml", get="200"),
    Row("/articles/*", "article-slug", get="200"),
    Row("/articles/*", "draft-slug", get="404"),
    Row("/editor", get="403 anon:login editor:200 admin:200"),
    Row("/editor/new", get="403 anon:login editor:200 admin:200",
        post="403 editor:303 admin:303", fields=f_article),
    Row("/editor/#", "article", get="403 anon:login editor:200 admin:200",
        post="403 editor:303 admin:303", fields=f_article),
    Row("/editor/#/preview", "article", get="403 anon:login editor:200 admin:200"),
    Row("/editor/#/publish", "article", post="403 editor:303 admin:303",
        fresh=fresh_article("draft")),
    Row("/editor/#/schedule", "article", post="403 editor:303 admin:303",
        fresh=fresh_article("draft"),
        fields=lambda ctx, who, _: {"at": "2099-06-01T10:00"}),
    Row("/editor/#/unpublish", "article", post="403 editor:303 admin:303",
        fresh=fresh_article("published")),
    Row("/editor/#/delete", "article", get="403 anon:login editor:200 admin:200",
        post="403 editor:303 admin:303", fresh=fresh_article("draft")),
    # the podcast (sql/021): public pages and feed; the show and the
    # episodes at the desk are the editors' and admins' (as articles)
    Row("/podcast", get="200"),
    Row("/podcast/feed.xml", get="200"),
    Row("/podcast/*", "episode-slug", get="200"),
    Row("/podcast/*", "later-episode-slug", get="404"),
    Row("/podcast/*/chapters.json", "episode-slug", get="200"),
    Row("/podcast/*/chapters.json", "later-episode-slug", get="404"),
    Row("/editor/show", get="403 anon:login editor:200 admin:200",
        post="403 editor:303 admin:303", fields=f_show),
    Row("/editor/episodes/new", get="403 anon:login editor:200 admin:200",
        post="403 editor:303 admin:303", fields=f_episode),
    Row("/editor/episodes/#", "episode", get="403 anon:login editor:200 admin:200",
        post="403 editor:303 admin:303", fields=f_episode),
    Row("/editor/episodes/#/preview", "episode", get="403 anon:login editor:200 admin:200"),
    Row("/editor/episodes/#/publish", "episode", post="403 editor:303 admin:303",
        fresh=fresh_episode("draft")),
    Row("/editor/episodes/#/schedule", "episode", post="403 editor:303 admin:303",
        fresh=fresh_episode("draft"),
        fields=lambda ctx, who, _: {"at": "2099-06-01T10:00"}),
    Row("/editor/episodes/#/unpublish", "episode", post="403 editor:303 admin:303",
        fresh=fresh_episode("published")),
    Row("/editor/episodes/#/delete", "episode", get="403 anon:login editor:200 admin:200",
        post="403 editor:303 admin:303", fresh=fresh_episode("draft")),
    # publishing an answered question: the staff's, only where the member
    # allowed it (a question without his consent is 403 for everyone)
    Row("/inbox/#/publish", "publishable", get="403 anon:login staff:200", post="403 staff:303",
        fresh=fresh_publishable, fields=f_publish),
    Row("/inbox/#/publish", "question", get="403 anon:login", post="403", fields=f_publish),
]


# A form sent empty (only its CSRF token): 400 where the form needs a field
# and the user may send it; who may not is refused as before.
ROWS += [
    Row("/account/register", get="303 anon:200", post="400", own_session=True, empty=True),
    Row("/account/login", get="303 anon:200", post="400", own_session=True, empty=True),
    Row("/account/settings/profile", post="303 anon:403", empty=True),  # every field optional
    Row("/account/settings/password", post="400 anon:403", empty=True),
    Row("/account/settings/language", post="303 anon:403", empty=True),  # "" is a choice
    Row("/account/privacy/erase", get="200 anon:login", post="400 anon:403", empty=True),  # no choice
    Row("/admin/users/role", post="403 admin:400", empty=True),
    Row("/admin/users/rights", post="403 admin:400", empty=True),
    Row("/admin/topics", get="403 anon:login admin:200", post="403 admin:400", empty=True),
    Row("/post/new", get="200 anon:login", post="400 anon:403", empty=True),
    Row("/post/ask", get="200 anon:login", post="400 anon:403", empty=True),
    Row("/post/#/edit", "visible", get="200 peer:403 anon:login", post="400 peer:403 anon:403",
        empty=True),
    Row("/post/#/back", "visible", get="303", post="400 anon:403", empty=True),
    Row("/mod/settings", get="403 anon:login admin:200", post="403 admin:400", empty=True),
    Row("/mod/item/approve", "pending", post="403 mod:400", empty=True),
    Row("/mod/item/hide", "pending", post="403 mod:400", empty=True),
    Row("/feedback", get="200", post="400", empty=True),
    Row("/ask/#/reply", "question", post="400 peer:404 anon:403", empty=True),
    Row("/inbox/#/reply", "question", post="403 staff:400", empty=True),
    Row("/inbox/#/note", "question", post="403 staff:400", empty=True),
    Row("/inbox/replies", get="403 anon:login staff:200", post="403 staff:400", empty=True),
    Row("/inbox/available", post="403 staff:400", empty=True),
    Row("/editor/new", get="403 anon:login editor:200 admin:200",
        post="403 editor:400 admin:400", empty=True),
    Row("/editor/#", "article", get="403 anon:login editor:200 admin:200",
        post="403 editor:400 admin:400", empty=True),
    Row("/editor/#/schedule", "article", post="403 editor:400 admin:400", empty=True),
    Row("/editor/show", get="403 anon:login editor:200 admin:200",
        post="403 editor:400 admin:400", empty=True),
    Row("/editor/episodes/new", get="403 anon:login editor:200 admin:200",
        post="403 editor:400 admin:400", empty=True),
    Row("/editor/episodes/#", "episode", get="403 anon:login editor:200 admin:200",
        post="403 editor:400 admin:400", empty=True),
    Row("/editor/episodes/#/schedule", "episode", post="403 editor:400 admin:400", empty=True),
    # uploads (cgi-bin/media/uploads.c): a form without its file is 400 for
    # who may upload (tests/http/test_uploads.py sends files)
    Row("/editor/episodes/#/audio", "episode", post="403 editor:400 admin:400", empty=True),
    Row("/editor/episodes/#/image", "episode", post="403 editor:400 admin:400", empty=True),
    Row("/editor/episodes/#/transcript", "episode", post="403 editor:400 admin:400", empty=True),
    Row("/editor/show/artwork", post="403 editor:400 admin:400", empty=True),
    Row("/editor/articles/#/cover", "article", post="403 editor:400 admin:400", empty=True),
    Row("/inbox/#/publish", "publishable", get="403 anon:login staff:200", post="403 staff:400",
        empty=True),
]

ROWS += GOALS_ROWS(Row)


def table():
    return {(r.method, r.pattern) for r in routes()}


def test_every_route_has_a_row_and_every_row_a_route():
    declared = table()
    assert len(declared) >= 45, declared  # the tables were read
    patterns = {p for _, p in declared}
    rows = {r.pattern for r in ROWS}
    assert patterns == rows, "routes without a row: %s; rows for no route: %s" % (
        sorted(patterns - rows), sorted(rows - patterns))
    # a method the table does not declare for a pattern answers 405 to all;
    # a declared one does not (a new method on a known address needs its row)
    for r in ROWS:
        for method in ("GET", "POST"):
            if (method, r.pattern) in declared:
                assert r.spec[method] != "405", "%s %s is a route: its row needs what it " \
                    "answers" % (method, r.name())
            else:
                assert r.spec[method] == "405", "%s %s is no route: 405, not %r" % (
                    method, r.name(), r.spec[method])


def check(row, who, method, path, r):
    want, oracle = expected(row.spec[method], who)
    got = str(r.status)
    loc = r.header("location") or ""
    to_login = r.status == 303 and loc.startswith("/account/login?next=")
    if want == "login":
        ok = to_login
    elif want == "303":
        ok = r.status == 303 and not to_login
    else:
        ok = got == want
    if ok:
        return None
    shown = got + (" to " + loc if r.status in (301, 302, 303) else "")
    return "%-12s %-4s %-38s %-30s want %-5s got %s%s" % (
        who, method, row.name(), path, want, shown,
        "   <- " + FINDING_8 if oracle else "")


def test_every_route_answers_each_principal_as_the_table_says():
    with premod(covering=False):  # nothing written here is held for the night
        ctx = Ctx()
        problems, n = [], 0
        for row in ROWS:
            for method in ("GET", "POST"):
                for who in PRINCIPALS:
                    path, r = row.request(ctx, who, method)
                    n += 1
                    p = check(row, who, method, path, r)
                    if p:
                        problems.append(p)
    sql("DELETE FROM topics WHERE slug LIKE 'at-%' AND name = 'Access topic'")
    print("# access table: %d addresses (%d routes) x %d principals x 2 methods = %d requests"
          % (len(ROWS), len(table()), len(PRINCIPALS), n))
    oracle = [p for p in problems if FINDING_8 in p]
    if oracle:
        print("# %d of the failures are finding 8's target rows" % len(oracle))
    assert not problems, "%d of %d answers were not as the table says:\n%s" % (
        len(problems), n, "\n".join(problems))
