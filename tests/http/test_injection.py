"""
The injection corpus: SQL metacharacters, quotes, NUL, overlong and
invalid UTF-8, right-to-left overrides and XSS payloads (tags, event
handlers, javascript: URLs, SVG, attribute breakouts, entity tricks) into
every form field and every query parameter of every page. The fields are
read from the field tables the route tables name (cgi-bin/*/main.c and
the handlers' TEXT_FIELD/ID_FIELD/... tables), so a new field is covered
without a word here; a new form route needs a case below (the test says
so).

Each answer: never a 5xx; a form either stores exactly what was typed (the
database is asked) or refuses clearly (400/403/404/409/429 with its
message); and no answer, nor the pages that show what was stored (the
post, the lists, the RSS feeds, the moderators' and admin's pages),
carries markup from input: the HTML is parsed (probe_helpers.
markup_from_input), not grepped. Every payload carries a marker, so what
came from input is told from the site's own markup.
"""
import html
import secrets
import urllib.parse
import xml.etree.ElementTree as ET

from goals_helpers import goals_injection_cases, goals_query_targets, goals_shown
from opbak import Browser, hexed, sql
from post_helpers import one, premod, write_post
from probe_helpers import (PASSWORD, field_tables, form_body, has_message, markup_from_input,
                           quote, routes, user)

RUN = "zqx" + secrets.token_hex(3)  # every payload's marker starts so

# {M} becomes the payload's marker (RUN and its number).
PAYLOADS = [
    # SQL: quotes, comments, a tautology, a second statement, LIKE wildcards
    "{M}' OR '1'='1",
    '{M}" OR "1"="1" -- ',
    "{M}'; DROP TABLE users; -- ",
    "{M}') UNION SELECT password_hash FROM users #",
    "{M}\\'; SELECT SLEEP(3); /*",
    "{M} 100% _x_ `tick` ;",
    "'\"{M}\"'",
    # bytes as they come: NUL, overlong "/", invalid UTF-8, CR LF
    b"{M}\x00after-nul",
    b"{M}\xc0\xaf..\xc0\xafetc",
    b"{M}\xff\xfe",
    "{M}\r\nSet-Cookie: {M}=1",
    # right-to-left override, zero width
    "{M}\u202egnp.exe",
    "{M}\u200b\u200b\u200b",
    # XSS: tags, handlers, URLs, SVG, breakouts, entity tricks
    "<script>alert('{M}')</script>",
    "<img src=x onerror=alert('{M}')>",
    "<svg onload=alert('{M}')>",
    "<svg><script>alert('{M}')</script></svg>",
    '"><script>{M}</script>',
    "' autofocus onfocus='alert(\"{M}\")",
    '" autofocus onfocus="alert(\'{M}\')',
    "<a href=\"javascript:alert('{M}')\">{M}</a>",
    "javascript:alert('{M}')",
    "[{M}](javascript:alert(1)) [x](JaVaScRiPt:alert('{M}'))",
    "<iframe src=\"javascript:alert('{M}')\"></iframe>",
    "&lt;script&gt;alert('{M}')&lt;/script&gt;",
    "&#x3C;script&#x3E;alert('{M}')&#x3C;/script&#x3E;",
    "<scr<script>ipt>alert('{M}')</script>",
    "<{M} x=1>",
    "<div style=\"background:url(javascript:alert('{M}'))\">",
    "</textarea><script>{M}</script>",
    "</title><svg onload=alert('{M}')>",
    "<!--{M}--><script>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('{M}')>",
    "<base href=\"//{M}.example/\">",
    "{{{M}}} {{#{M}}}x{{/{M}}} {{>{M}}}",
    "%3Cscript%3E{M}%3C/script%3E",
    "//{M}.example/%2F..",
]
PADDING = " and a few more words to reach what the field needs"


def payload(i, min_chars):
    """Payload i with its marker, long enough for the field's minimum."""
    p = PAYLOADS[i]
    m = "%s%02d" % (RUN, i)
    if isinstance(p, bytes):
        p = p.replace(b"{M}", m.encode())
        while len(p.decode("utf-8", "replace")) < min_chars:
            p += PADDING.encode()
    else:
        p = p.replace("{M}", m)
        while len(p) < min_chars:
            p += PADDING
    return p


def text_of(p):
    """The stored text a payload must be, or None (bytes that are not
    UTF-8 text cannot be stored as typed: they must be refused)."""
    if isinstance(p, bytes):
        try:
            p = p.decode("utf-8")
        except UnicodeDecodeError:
            return None
    return p


REFUSED = (400, 403, 404, 409, 413, 429)


class Ctx:
    def __init__(self):
        # a staff user writes (no per-account caps on staff); a counsellor's
        # profile has every field; an admin reads every page
        self.writer, self.writer_handle, self.writer_id = user("admin", prefix="inj")
        self.admin, _, self.admin_id = user("admin", prefix="inj")
        self.counsellor, self.c_handle, self.c_id = user("counsellor", prefix="inj")
        self.pw_user, self.pw_handle, self.pw_id = user("member", prefix="inj")
        self.post = write_post(self.writer)  # the one edited
        self.visible = write_post(self.writer)  # backed and reported
        self.topic = int(self.new_topic())
        # the inbox: the writer's own question (he writes in it as its
        # member) and a member's (the admin answers and notes on it)
        self.ask_q = self.question(self.writer_id)
        self.desk_q = self.question(self.pw_id)
        self.admin_q = self.question(self.admin_id)  # the query corpus reads it
        # articles (cgi-bin/media): a draft of nobody's the admin edits
        rows = sql("INSERT INTO articles (slug, title, summary, body, body_html, topic_id) "
                   "SELECT ?, 'Injection', 'A summary for the list.', 'Text.', '<p>Text.</p>', "
                   "id FROM topics WHERE slug = 'friends'; SELECT LAST_INSERT_ID()",
                   "inj-" + secrets.token_hex(4))
        self.article = int(rows[-1][0])
        # the podcast (sql/021): a draft episode with audio the admin edits
        rows = sql("INSERT INTO episodes (slug, guid, title, description, description_html, "
                   "audio_path, audio_type, audio_bytes, duration_s) VALUES (?, UUID(), "
                   "'Injection', 'Text.', '<p>Text.</p>', 'audio/inj.mp3', 'audio/mpeg', 1000, "
                   "10); SELECT LAST_INSERT_ID()", "inj-" + secrets.token_hex(4))
        self.episode = int(rows[-1][0])

    def question(self, member_id):
        rows = sql("INSERT INTO questions (member_id, subject, body) VALUES (?, 'Injection', "
                   "'How do I tell my parents that school is too much?'); "
                   "SELECT LAST_INSERT_ID()", member_id)
        return int(rows[-1][0])

    def new_topic(self):
        slug = "inj-" + secrets.token_hex(3)
        sql("INSERT INTO topics (slug, name, description, position) "
            "VALUES (?, 'Injection', '', 9999)", slug)
        self.slug = slug
        return one("SELECT id FROM topics WHERE slug = ?", slug)


def latest(table, column, owner_column, owner_id, extra=""):
    """HEX of column of the newest row of table that owner wrote."""
    rows = sql("SELECT HEX(%s) FROM %s WHERE %s = ? %s ORDER BY id DESC LIMIT 1"
               % (column, table, owner_column, extra), owner_id)
    return rows[0][0] if rows and rows[0] else None


def forget_failures():
    """Wrong passwords in the corpus are recorded like any; the throttle
    must not hold the next request (nor the next test)."""
    sql("DELETE FROM login_failures")


# A case per form route: case(ctx) -> (browser (None: a new anonymous one
# for each request), path (None: the pattern), base fields,
# {field: stored(ctx, field) -> HEX of where it went, or None: not kept as typed}),
def ruled(stored):
    """A field whose rule (a pseudonym's, a topic address's characters)
    refuses every payload: where it would be kept, were one accepted."""
    stored.ruled = True
    return stored


def case_register(ctx):
    return (None, "/account/register",
            {"handle": "inj_" + secrets.token_hex(3), "password": PASSWORD, "password2": PASSWORD,
             "birth_date": "2005-04-01"},
            {"handle": ruled(lambda c, f: one("SELECT HEX(handle) FROM users ORDER BY id DESC "
                                              "LIMIT 1")),
             "password": None, "password2": None,
             "birth_date": None})


def case_login(ctx):
    return (None, "/account/login", {"handle": ctx.pw_handle, "password": PASSWORD, "next": "/"},
            {"handle": None, "password": None, "next": None})


def case_profile(ctx):
    return (ctx.counsellor, "/account/settings/profile", {"bio": "Climbs on weekends."},
            {"bio": lambda c, f: latest("users", "bio", "id", c.c_id),
             "life_experience": lambda c, f: latest("users", "life_experience", "id", c.c_id)})


def case_password(ctx):
    return (ctx.pw_user, "/account/settings/password",
            {"current": PASSWORD, "new": "another long password", "new2": "another long password"},
            {"current": None, "new": None, "new2": None})


def case_language(ctx):
    # A choice: anything but a shipped code is refused (400), nothing kept.
    return (ctx.writer, "/account/settings/language", {"lang": ""}, {})


def case_erase(ctx):
    # a wrong password (or a choice that is none): refused, nothing erased
    return (ctx.pw_user, "/account/privacy/erase",
            {"mode": "all", "password": "not the password at all"},
            {"password": None, "mode": None})


def case_withdraw(ctx):
    # a choice and an id: no text, so anything but a kind of consent is refused
    return (ctx.writer, "/account/privacy/consents/withdraw", {"kind": "feeds"}, {})


RETENTION = ("inbox_retention_days", "retention_audit_days", "retention_throttle_minutes",
             "retention_notifications_days", "retention_inactive_days")


def case_retention(ctx):
    # whole numbers in a range: every payload refused with the form refilled
    now = dict(sql("SELECT name, value FROM settings WHERE name IN (%s)"
                   % ", ".join("'%s'" % n for n in RETENTION)))
    return (ctx.admin, "/admin/retention", now, {n: None for n in RETENTION})


def case_role(ctx):
    return (ctx.admin, "/admin/users/role", {"user": str(ctx.pw_id), "role": "member"}, {})


def case_rights(ctx):
    return (ctx.admin, "/admin/users/rights", {"user": str(ctx.c_id), "moderate": "1"}, {})


def case_topic(ctx):
    return (ctx.admin, "/admin/topics",
            {"id": str(ctx.topic), "name": "Injection", "description": "", "position": "9999"},
            {"name": lambda c, f: latest("topics", "name", "id", c.topic),
             "description": lambda c, f: latest("topics", "description", "id", c.topic),
             # its words in Danish and Swedish (sql/013)
             **{name: lambda c, f: topic_text(c.topic, f.name)
                for name in ("name_da", "description_da", "name_sv", "description_sv")},
             # only a new topic takes a slug: one without an id
             "slug": ruled(lambda c, f: one("SELECT HEX(slug) FROM topics ORDER BY id DESC "
                                            "LIMIT 1"))})


def topic_text(topic, field):
    """HEX of a topic's word in a language, field as the form names it
    (name_da: topic_texts.name where lang = 'da')."""
    column, lang = field.rsplit("_", 1)
    return one("SELECT HEX(%s) FROM topic_texts WHERE topic_id = ? AND lang = ?" % column,
               topic, lang)


def topic_fields(field, fields):
    if field == "slug":
        fields = dict(fields)
        del fields["id"]
    return fields


def post_fields():
    return {"title": "A question about the corpus", "topic": "friends",
            "body": "What would you do? I do not know where to start.", "public": "1"}


def case_new(ctx):
    return (ctx.writer, "/post/new", post_fields(),
            {"title": lambda c, f: latest("posts", "title", "user_id", c.writer_id),
             "body": lambda c, f: latest("posts", "body", "user_id", c.writer_id)})


def case_edit(ctx):
    return (ctx.writer, "/post/%d/edit" % ctx.post, post_fields(),
            {"title": lambda c, f: latest("posts", "title", "id", c.post),
             "body": lambda c, f: latest("posts", "body", "id", c.post)})


def case_back(ctx):
    return (ctx.writer, "/post/%d/back" % ctx.visible, {"body": "Talk to him after training."},
            {"body": lambda c, f: latest("backings", "body", "user_id", c.writer_id)})


def case_review(ctx):
    # the writer's post, hidden from a report; each stored request is
    # deleted after it is checked (one_payload), so the next one may ask
    ctx.hidden = write_post(ctx.writer)
    sql("UPDATE posts SET status = 'hidden' WHERE id = ?", ctx.hidden)
    sql("INSERT INTO reports (reporter_id, post_id, reason, status, handled_at) "
        "VALUES (?, ?, 'spam', 'hidden', NOW())", ctx.pw_id, ctx.hidden)
    return (ctx.writer, "/post/%d/review" % ctx.hidden, {"note": ""},
            {"note": lambda c, f: one("SELECT HEX(note) FROM review_requests WHERE post_id = ?",
                                      c.hidden)})


def case_report(ctx):
    return (ctx.writer, "/post/report", {"post": str(ctx.visible), "reason": "spam", "note": ""},
            {"note": lambda c, f: latest("reports", "note", "reporter_id", c.writer_id)})


def case_ask(ctx):
    return (ctx.writer, "/post/ask",
            {"counsellor": "any", "subject": "School and my parents",
             "body": "How do I tell my parents that school is too much?"},
            {"subject": lambda c, f: latest("questions", "subject", "member_id", c.writer_id),
             "body": lambda c, f: latest("questions", "body", "member_id", c.writer_id)})


def message_in(kind):
    """Where an inbox form keeps its text: the newest message of kind."""
    return lambda c, f: latest("question_messages", "body", "question_id",
                               c.ask_q if kind == "member" else c.desk_q,
                               "AND kind = '%s'" % ("note" if kind == "note" else "message"))


def case_ask_reply(ctx):
    return (ctx.writer, "/ask/%d/reply" % ctx.ask_q, {"body": "Thank you, that helps a lot."},
            {"body": message_in("member")})


def case_desk_reply(ctx):
    return (ctx.admin, "/inbox/%d/reply" % ctx.desk_q, {"body": "Tell him when you are calm."},
            {"body": message_in("message")})


def case_note(ctx):
    return (ctx.admin, "/inbox/%d/note" % ctx.desk_q, {"body": "Follow up after the weekend."},
            {"body": message_in("note")})


def case_handover(ctx):
    # A handle: anything but a colleague's is refused (400, the form
    # kept), nothing kept. The question is the admin's (he hands it over).
    ctx.handover_q = ctx.question(ctx.pw_id)
    sql("UPDATE questions SET claimed_by = ?, claimed_at = NOW(), status = 'claimed' "
        "WHERE id = ?", ctx.admin_id, ctx.handover_q)
    return (ctx.admin, "/inbox/%d/handover" % ctx.handover_q, {"to": "no_such_colleague"}, {})


def case_publish(ctx):
    # A member's question he allowed to be published, answered: the admin
    # publishes it; after each publish it is made publishable again
    # (one_payload). The post is the reserved account's, the answer the
    # admin's backing (cgi-bin/inbox/publish.c).
    ctx.publish_q = ctx.question(ctx.pw_id)
    ctx.publish_from = int(one("SELECT IFNULL(MAX(id), 0) FROM posts"))
    ctx.anonym_id = int(one("SELECT id FROM users WHERE handle = 'anonym'"))
    sql("UPDATE questions SET allow_publish = 1 WHERE id = ?; "
        "INSERT INTO question_messages (question_id, author_id, kind, body, body_html) "
        "VALUES (@p0, ?, 'message', 'Talk to them.', '<p>Talk to them.</p>')",
        ctx.publish_q, ctx.admin_id)
    ctx.admin.get("/inbox/%d/publish" % ctx.publish_q)
    return (ctx.admin, "/inbox/%d/publish" % ctx.publish_q,
            {"title": "School is too much", "topic": "friends",
             "body": "How do I tell my parents that school is too much?",
             "answer": "Tell them on a quiet evening."},
            {"title": lambda c, f: latest("posts", "title", "user_id", c.anonym_id),
             "body": lambda c, f: latest("posts", "body", "user_id", c.anonym_id),
             "answer": lambda c, f: latest("backings", "body", "user_id", c.admin_id),
             "topic": None})


def case_saved_reply(ctx):
    # shared, so the admin reads them on the pages below
    return (ctx.counsellor, "/inbox/replies",
            {"title": "Welcome back", "body": "Thank you for writing.", "shared": "1"},
            {"title": lambda c, f: latest("saved_replies", "title", "author_id", c.c_id),
             "body": lambda c, f: latest("saved_replies", "body", "author_id", c.c_id)})


def case_available(ctx):
    # A choice: anything but off, 2, 4 or 8 is refused (400), nothing kept.
    return (ctx.counsellor, "/inbox/available", {"hours": "2"}, {})


def case_mod_settings(ctx):
    now = dict(sql("SELECT name, value FROM settings WHERE name LIKE 'premod%'"))
    fields = {"premod_start": now["premod_start"], "premod_end": now["premod_end"]}
    if now["premod_enabled"] == "1":
        fields["premod_enabled"] = "1"
    return (ctx.admin, "/mod/settings", fields, {"premod_start": None, "premod_end": None})


def case_item(ctx):
    return (ctx.admin, None, {"kind": "post", "id": str(ctx.visible)}, {})


def article_column(column, newest=False):
    """Where an article form keeps a field: the admin's newest article (a
    new one), or the draft he edits."""
    if newest:
        return lambda c, f: latest("articles", column, "author_id", c.admin_id)
    return lambda c, f: latest("articles", column, "id", c.article)


ARTICLE = {"title": "An injection article", "slug": "", "summary": "A summary for the list.",
           "topic": "friends", "body": "Talk to someone you trust."}


def case_article_new(ctx):
    # each one made is deleted after its check (one_payload): the next one
    # gets the same address
    ctx.admin.get("/editor/new")
    return (ctx.admin, "/editor/new", dict(ARTICLE),
            {"title": article_column("title", True), "summary": article_column("summary", True),
             "body": article_column("body", True),
             "slug": ruled(article_column("slug", True)), "topic": None})


def case_article_save(ctx):
    ctx.admin.get("/editor/%d" % ctx.article)
    return (ctx.admin, "/editor/%d" % ctx.article, dict(ARTICLE, slug=""),
            {"title": article_column("title"), "summary": article_column("summary"),
             "body": article_column("body"), "slug": ruled(article_column("slug")),
             "topic": None})


def case_article_schedule(ctx):
    # a day and a time: anything else is refused (400), nothing kept
    return (ctx.admin, "/editor/%d/schedule" % ctx.article, {"at": "2099-06-01T10:00"}, {})


def show_column(column):
    return lambda c, f: one("SELECT HEX(%s) FROM podcast_show WHERE id = 1" % column)


SHOW = {"title": "Opbak: the podcast", "description": "The show's description.",
        "author": "The Opbak team", "owner_name": "Opbak", "owner_email": "",
        "language": "en", "category": "Society & Culture/Relationships",
        "copyright": "(c) Opbak"}


def case_show(ctx):
    ctx.admin.get("/editor/show")
    return (ctx.admin, "/editor/show", dict(SHOW),
            {"title": show_column("title"), "description": show_column("description"),
             "author": show_column("author"), "owner_name": show_column("owner_name"),
             "copyright": show_column("copyright"), "owner_email": ruled(show_column("owner_email")),
             "category": ruled(show_column("category")), "language": None})


def episode_column(column, newest=False):
    if newest:
        return lambda c, f: latest("episodes", column, "author_id", c.admin_id)
    return lambda c, f: latest("episodes", column, "id", c.episode)


EPISODE = {"title": "An injection episode", "slug": "", "description": "Talk to someone.",
           "topic": "", "season": "", "episode_number": "", "episode_type": "full",
           "chapters": ""}


def episode_stored(newest):
    return {"title": episode_column("title", newest),
            "description": episode_column("description", newest),
            "slug": ruled(episode_column("slug", newest)),
            "chapters": ruled(episode_column("chapters", newest)),
            "season": ruled(episode_column("season", newest)),
            "episode_number": ruled(episode_column("episode_number", newest)),
            "topic": None, "episode_type": None}


def case_episode_new(ctx):
    ctx.admin.get("/editor/episodes/new")
    return (ctx.admin, "/editor/episodes/new", dict(EPISODE), episode_stored(True))


def case_episode_save(ctx):
    ctx.admin.get("/editor/episodes/%d" % ctx.episode)
    return (ctx.admin, "/editor/episodes/%d" % ctx.episode, dict(EPISODE), episode_stored(False))


def case_episode_schedule(ctx):
    return (ctx.admin, "/editor/episodes/%d/schedule" % ctx.episode, {"at": "2099-06-01T10:00"},
            {})


def case_feedback(ctx):
    return (ctx.writer, "/feedback", {"kind": "good", "body": "This site helped me a lot."},
            {"body": lambda c, f: latest("feedback", "body", "user_id", c.writer_id)})


CASES = {
    "/account/register": case_register,
    "/account/login": case_login,
    "/account/settings/profile": case_profile,
    "/account/settings/password": case_password,
    "/account/settings/language": case_language,
    "/account/privacy/erase": case_erase,
    "/account/privacy/consents/withdraw": case_withdraw,
    "/admin/retention": case_retention,
    "/admin/users/role": case_role,
    "/admin/users/rights": case_rights,
    "/admin/topics": case_topic,
    "/post/new": case_new,
    "/post/#/edit": case_edit,
    "/post/#/back": case_back,
    "/post/#/review": case_review,
    "/post/report": case_report,
    "/post/ask": case_ask,
    "/mod/settings": case_mod_settings,
    "/mod/item/approve": case_item,
    "/mod/item/hide": case_item,
    "/feedback": case_feedback,
    "/ask/#/reply": case_ask_reply,
    "/inbox/#/reply": case_desk_reply,
    "/inbox/#/note": case_note,
    "/inbox/#/handover": case_handover,
    "/inbox/replies": case_saved_reply,
    "/inbox/available": case_available,
    "/inbox/#/publish": case_publish,
    "/editor/new": case_article_new,
    "/editor/#": case_article_save,
    "/editor/#/schedule": case_article_schedule,
    "/editor/show": case_show,
    "/editor/episodes/new": case_episode_new,
    "/editor/episodes/#": case_episode_save,
    "/editor/episodes/#/schedule": case_episode_schedule,
}
# Pages that show what the corpus stored, read after it (as the admin).
SHOWN = ["/", "/t/friends", "/search?q=" + RUN, "/mod", "/mod/feedback", "/admin/topics",
         "/leaderboard", "/notifications", "/support", "/editor", "/editor/show", "/podcast"]
FEEDS = ["/feed.xml", "/t/friends/feed.xml", "/podcast/feed.xml"]


def form_routes():
    return [r for r in routes() if r.method == "POST" and r.form]


def query_routes():
    return [r for r in routes() if r.query]


def corpus_fields():
    tables = field_tables()
    form = [(r, f) for r in form_routes() for f in tables[r.form]]
    query = [(r, f) for r in query_routes() for f in tables[r.query]]
    return form, query


def location_problem(r):
    loc = r.header("location")
    if loc is None:
        return None
    if any(c in loc for c in "\r\n\0"):
        return "a Location that breaks the header: %r" % loc
    if not loc.startswith("/") or loc.startswith("//") or loc.startswith("/\\"):
        return "a redirect off the site: %r" % loc
    return None


def answer_problems(what, r):
    out = []
    if r.status >= 500:
        out.append("%s: %d" % (what, r.status))
    p = location_problem(r)
    if p:
        out.append("%s: %s" % (what, p))
    if any(RUN in v and ("\r" in v or "\n" in v) for _, v in r.headers) or \
            any(RUN in k or (k == "set-cookie" and v.startswith(RUN)) for k, v in r.headers):
        out.append("%s: a header from input" % what)
    ctype = r.header("content-type") or ""
    if "html" in ctype:
        out += ["%s: %s" % (what, f) for f in markup_from_input(r.text, RUN)]
    return out


def send(b, path, pairs):
    return b.request("POST", path, body=form_body(pairs),
                     headers={"Content-Type": "application/x-www-form-urlencoded"})


def test_the_markup_check_sees_markup_from_input_and_not_text():
    """The checker itself: each payload written into a page raw is seen,
    escaped it is not (else the corpus below would prove nothing)."""
    page = '<!doctype html><html><head><title>%s</title></head><body><p>%s</p>' \
           '<input name="q" value="%s"><textarea>%s</textarea></body></html>'
    unseen = []
    for i in range(len(PAYLOADS)):
        p = text_of(payload(i, 0))
        if p is None:
            continue
        esc = html.escape(p, quote=True)
        assert not markup_from_input(page % (esc, esc, esc, esc), RUN), p
        raw = "<p>%s</p><p><input value='%s'></p><p><input value=\"%s\"></p>" % (p, p, p)
        if "<" in p or "'" in p or '"' in p:
            if not markup_from_input(page % ("t", raw, "v", "x"), RUN):
                unseen.append(p)
    # quotes and text alone are no markup (SQL payloads, entity tricks)
    harmless = [u for u in unseen if "<" not in u and " on" not in u]
    assert len(unseen) == len(harmless), "raw markup the check did not see: %s" % (
        sorted(set(unseen) - set(harmless)))


def test_every_form_route_has_a_case():
    posts = {r.pattern for r in form_routes()}
    assert len(posts) >= 15, posts  # the tables were read
    cases = {**CASES, **goals_injection_cases()}
    assert posts == set(cases), "form routes without a case: %s; cases for no route: %s" % (
        sorted(posts - set(cases)), sorted(set(cases) - posts))


def one_payload(ctx, route, field, case, p):
    """Send payload p in field of route's form (the case's other fields
    as they are): the problems with the answer, and whether p was kept."""
    b, path, base, stored = case
    path = path or route.pattern
    fields = dict(topic_fields(field.name, base) if route.pattern == "/admin/topics" else base)
    fields[field.name] = p
    if b is None:  # joining and logging in change the browser: a new one each
        b = Browser()
        b.get(route.pattern)
    r = send(b, path, list(fields.items()) + [("csrf", b.csrf)])
    what = "POST %s %s=%r" % (path, field.name, p)
    problems = answer_problems(what, r)
    kept = False
    if 200 <= r.status < 400:
        want = text_of(p)
        if want is not None and "FIELD_MULTILINE" in field.flags:
            want = want.replace("\r\n", "\n")  # form.h: CRLF becomes LF
        if not field.text:
            problems.append("%s: %s is no text, yet %r was accepted" % (what, field.name, p))
        elif field.name not in stored:
            problems.append("%s: accepted (%d), and this test does not know where %s is kept: "
                            "add it to the case" % (what, r.status, field.name))
        elif stored[field.name]:
            got = stored[field.name](ctx, field)
            kept = want is not None and got == hexed(want)
            if not kept:
                problems.append("%s: accepted (%d) but stored as %r" % (
                    what, r.status, bytes.fromhex(got or "").decode("utf-8", "replace")))
        loc = r.header("location")
        if loc and loc.startswith("/") and not loc.startswith("//"):
            problems += answer_problems("  the page it led to, " + loc, b.get(loc))
    elif r.status in REFUSED:
        if not has_message(r):
            problems.append("%s: refused (%d) without a message" % (what, r.status))
    else:
        problems.append("%s: answered %d" % (what, r.status))
    if route.pattern == "/post/#/review" and r.status == 303:
        sql("DELETE FROM review_requests WHERE post_id = ?", ctx.hidden)  # one per post
    if route.pattern == "/inbox/#/publish" and r.status == 303:
        # published once: publishable again for the next payload
        sql("UPDATE questions SET published_post_id = NULL WHERE id = ?", ctx.publish_q)
    if route.pattern == "/editor/new" and r.status == 303:
        sql("DELETE FROM articles WHERE author_id = ?", ctx.admin_id)  # its address is free again
    if route.pattern == "/editor/episodes/new" and r.status == 303:
        sql("DELETE FROM episodes WHERE author_id = ?", ctx.admin_id)
    if route.pattern == "/post/report" and r.status == 303:
        # dismissed, so the next report is stored, not merged with this one
        sql("UPDATE reports SET status = 'dismissed', handled_at = NOW() WHERE reporter_id = ?",
            ctx.writer_id)
    return problems, kept


PASSWORD_CHECKS = ("/account/login", "/account/settings/password", "/account/privacy/erase")


def test_the_corpus_through_every_form_field_is_stored_as_typed_or_refused_and_never_markup():
    form, _ = corpus_fields()
    problems, n = [], 0
    kept = {}  # (pattern, field) -> payloads stored as typed
    with premod(covering=False):
        ctx = Ctx()
        cases = {pattern: case(ctx) for pattern, case in
                 {**CASES, **goals_injection_cases()}.items()}
        for route, field in form:
            for i in range(len(PAYLOADS)):
                got, ok = one_payload(ctx, route, field, cases[route.pattern],
                                      payload(i, field.min or 0))
                problems += got
                n += 1
                kept[route.pattern, field.name] = kept.get((route.pattern, field.name), 0) + ok
                if route.pattern in PASSWORD_CHECKS and n % 4 == 0:
                    forget_failures()
        forget_failures()
        # what was stored, where others read it
        for page in SHOWN + ["/u/" + ctx.writer_handle, "/u/" + ctx.c_handle,
                             "/p/%d" % ctx.post, "/p/%d" % ctx.visible, "/t/" + ctx.slug,
                             "/inbox", "/inbox/%d" % ctx.ask_q, "/inbox/%d" % ctx.desk_q,
                             "/inbox/replies"]:
            r = ctx.admin.get(page)
            problems += answer_problems("GET " + page, r)
            if r.status != 200:
                problems.append("GET %s: %d" % (page, r.status))
        for b, page in goals_shown():  # the goals part's pages, each as who sees it
            r = b.get(page)
            problems += answer_problems("GET " + page, r)
            if r.status != 200:
                problems.append("GET %s: %d" % (page, r.status))
        for feed in FEEDS:
            problems += feed_problems(feed, Browser().get(feed))
    cleanup(ctx)
    # a field that keeps text must have kept some of the corpus, or the
    # checks above saw only refusals and proved little
    for route, field in form:
        stored = cases[route.pattern][3].get(field.name)
        if stored and not hasattr(stored, "ruled") and not kept[route.pattern, field.name]:
            problems.append("%s %s stored none of the corpus" % (route.pattern, field.name))
    print("# injection corpus, forms: %d payloads x %d form fields = %d requests, %d stored as "
          "typed, the rest refused" % (len(PAYLOADS), len(form), n, sum(kept.values())))
    assert not problems, "%d problems:\n%s" % (len(problems), "\n".join(problems[:80]))


def feed_problems(path, r):
    """An RSS feed is XML (escaped, or it would not parse) and the HTML in
    each description is as clean as a page."""
    out = []
    if r.status != 200:
        return ["GET %s: %d" % (path, r.status)]
    try:
        root = ET.fromstring(r.body)
    except ET.ParseError as e:
        return ["GET %s: not well-formed XML (%s)" % (path, e)]
    for el in root.iter():
        if RUN in el.tag or any(RUN in k for k in el.attrib):
            out.append("GET %s: an XML element or attribute from input: %s" % (path, el.tag))
        if el.tag == "description" and el.text:
            out += ["GET %s: in a description: %s" % (path, f)
                    for f in markup_from_input(el.text, RUN)]
        if el.tag == "link" and el.text and not el.text.startswith("http"):
            out.append("GET %s: a link that is not the site's: %r" % (path, el.text))
    return out


def cleanup(ctx):
    """Nothing of the corpus stays where other tests look."""
    sql("UPDATE posts SET status = 'hidden' WHERE user_id = ?", ctx.writer_id)
    sql("DELETE FROM topics WHERE id = ? OR (slug LIKE 'inj-%' AND name = 'Injection')", ctx.topic)
    sql("DELETE FROM topics WHERE HEX(slug) LIKE ?", "%" + RUN.encode().hex().upper() + "%")
    sql("UPDATE reports SET status = 'dismissed', handled_at = NOW() WHERE reporter_id = ?",
            ctx.writer_id)
    sql("DELETE FROM saved_replies WHERE author_id = ?", ctx.c_id)
    sql("DELETE FROM articles WHERE id = ? OR author_id = ?", ctx.article, ctx.admin_id)
    sql("DELETE FROM episodes WHERE id = ? OR author_id = ?", ctx.episode, ctx.admin_id)
    # the show as the demo has it (sql/demo/podcast.sql)
    sql("UPDATE podcast_show SET title = 'Opbak: the podcast', description = 'Young men talk "
        "about what often comes up.', author = 'The Opbak team', owner_name = 'Opbak', "
        "copyright = '(c) 2026 Opbak' WHERE id = 1")
    if hasattr(ctx, "publish_from"):  # the corpus published from the inbox
        sql("UPDATE posts SET status = 'hidden' WHERE user_id = ? AND id > ?",
            ctx.anonym_id, ctx.publish_from)


def query_target(route, ctx):
    fill = {"/p/#": str(ctx.visible), "/t/*": "friends", "/u/*": ctx.writer_handle,
            "/ask/#": str(ctx.admin_q), "/inbox/#": str(ctx.desk_q),
            "/editor/#": str(ctx.article), "/editor/episodes/#": str(ctx.episode),
            **goals_query_targets()}
    if "#" in route.pattern or "*" in route.pattern:
        assert route.pattern in fill, "a query route with a pattern this test cannot fill: " \
            "%s (add it to query_target)" % route.pattern
        return fill[route.pattern]
    return None


def test_the_corpus_through_every_query_parameter_never_fails_and_is_never_markup():
    _, query = corpus_fields()
    problems, n = [], 0
    ctx = Ctx()
    anon = Browser()
    for route, field in query:
        target = query_target(route, ctx)
        path = route.pattern.replace("#", target or "").replace("*", target or "")
        for i in range(len(PAYLOADS)):
            p = payload(i, 0)
            url = "%s?%s=%s" % (path, urllib.parse.quote(field.name), quote(p))
            for who, b in (("admin", ctx.admin), ("anonymous", anon)):
                r = b.get(url)
                n += 1
                what = "GET %s as %s" % (url, who)
                problems += answer_problems(what, r)
                if not field.text and r.status == 200:
                    problems.append("%s: %s is no text, yet %r was taken" % (what, field.name, p))
                if r.status in REFUSED and not has_message(r):
                    problems.append("%s: refused (%d) without a message" % (what, r.status))
    cleanup(ctx)
    print("# injection corpus, queries: %d payloads x %d query parameters x 2 users = %d requests"
          % (len(PAYLOADS), len(query), n))
    assert not problems, "%d problems:\n%s" % (len(problems), "\n".join(problems[:80]))


def test_the_corpus_in_every_path_segment_never_fails_and_is_never_markup():
    """A "*" (slug, handle) or "#" (id) of a route pattern, filled with each
    payload: a 404 (or a refusal) with a message, never a 5xx, never markup."""
    patterns = sorted({r.pattern for r in routes() if "*" in r.pattern or "#" in r.pattern})
    assert len(patterns) >= 8, patterns
    admin, _, _ = user("admin", prefix="inj")
    problems, n = [], 0
    for pattern in patterns:
        for i in range(len(PAYLOADS)):
            p = payload(i, 0)
            seg = quote(p)
            path = pattern.replace("*", seg).replace("#", seg)
            for method in ("GET", "POST"):
                r = admin.get(path) if method == "GET" else admin.post(path, {})
                n += 1
                what = "%s %s" % (method, path)
                problems += answer_problems(what, r)
                if r.status < 400 and "#" in pattern:
                    problems.append("%s: %d for an id that is no id" % (what, r.status))
                if r.status in REFUSED + (405,) and not has_message(r):
                    problems.append("%s: refused (%d) without a message" % (what, r.status))
    print("# injection corpus, path segments: %d payloads x %d patterns x 2 methods = %d requests"
          % (len(PAYLOADS), len(patterns), n))
    assert not problems, "%d problems:\n%s" % (len(problems), "\n".join(problems[:80]))
