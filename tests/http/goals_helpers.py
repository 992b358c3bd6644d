"""
The goals part (cgi-bin/goals, sql/023) in the access table
(test_access_table.py): the things every principal is shown, and the rows.

The participant is the table's "member"; his coach is "coach", his linked
employer (who consented) is "employer", his close relative "member'rel".
"coach'", "employer'" and every other principal are unrelated to him.
Every "#" is the participant's thing, whoever asks (the table's other
rows fill it with each principal's own).

Who, in the rows' words: "member+own" is the participant, "coach+own" his
coach, "employer+own" his employer, "relative" his close relative.
"""
import hashlib
import re
import secrets

from opbak import sql
from probe_helpers import user

P = "member+own"
COACH = "coach+own"
EMPLOYER = "employer+own"


def one_id(query, *params):
    rows = sql(query + "; SELECT LAST_INSERT_ID()", *params)
    return int(rows[-1][0])


def item(participant, level=1, parent=None, goal=None, status="active", agreed=1, personal=0,
         created_by=None, title="Access goal", shared=("employer", "relative")):
    """A goal item as the pages store one (goal_id: itself for a goal)."""
    iid = one_id("INSERT INTO goal_items (participant_id, goal_id, parent_id, level, title, "
                 "description, due_date, status, agreed, personal, created_by, done_at, "
                 "shared_employer_at, shared_relative_at) VALUES (?, ?, ?, ?, ?, 'For the "
                 "access table.', CURDATE() + INTERVAL 3 DAY, ?, ?, ?, ?, "
                 "IF(? = 'done', NOW(), NULL), IF(?, NOW(), NULL), IF(?, NOW(), NULL))",
                 participant, goal, parent, level, title, status, agreed, personal, created_by,
                 status, int("employer" in shared and level == 1),
                 int("relative" in shared and level == 1))
    if goal is None:
        sql("UPDATE goal_items SET goal_id = id WHERE id = ?", iid)
    return iid


def chat(participant, other, kind):
    cid = one_id("INSERT INTO chats (participant_id, other_id, kind) VALUES (?, ?, ?)",
                 participant, other, kind)
    sql("INSERT INTO chat_members (chat_id, user_id) VALUES (?, ?), (?, ?)",
        cid, participant, cid, other)
    return cid


def employer_link(participant, employer, consent=True):
    return one_id("INSERT INTO employer_links (participant_id, employer_id, placement, "
                  "consent_at) VALUES (?, ?, 'Access placement', IF(?, NOW(), NULL))",
                  participant, employer, int(consent))


def relative_code(participant):
    """A fresh one-time code of participant's, as people.c stores one."""
    code = "".join(secrets.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(10))
    sql("INSERT INTO relatives (participant_id, code_hash, code_expires_at) "
        "VALUES (?, ?, NOW() + INTERVAL 7 DAY)", participant, hashlib.sha256(code.encode()).hexdigest())
    return code


def goals_things(ctx):
    """Set up the participant ("member") and his people; return his things."""
    p = ctx.id["member"]
    prog = one_id("INSERT INTO programmes (name) VALUES (?)", "Access " + secrets.token_hex(4))
    sql("INSERT INTO coaches (user_id, programme_id) VALUES (?, ?), (?, ?)",
        ctx.id["coach"], prog, ctx.id["coach'"], prog)
    sql("INSERT INTO participants (user_id, programme_id, coach_id) VALUES (?, ?, ?)",
        p, prog, ctx.id["coach"])
    sql("INSERT INTO coach_history (participant_id, coach_id) VALUES (?, ?)", p, ctx.id["coach"])
    employer_link(p, ctx.id["employer"])
    sql("INSERT INTO relatives (participant_id, relative_id, joined_at) VALUES (?, ?, NOW())",
        p, ctx.id["member'rel"])
    goal = item(p, created_by=ctx.id["coach"])
    t = {
        "participant": p,
        "goal": goal,
        "personal": item(p, agreed=0, personal=1, created_by=p, title="Access personal",
                         shared=()),
        "proposed": item(p, status="proposed", agreed=0, created_by=ctx.id["coach"]),
        "done_sub": item(p, level=2, parent=goal, goal=goal, status="done",
                         created_by=ctx.id["coach"]),
        "checklist": one_id("INSERT INTO checklists (participant_id, title) "
                            "VALUES (?, 'Access morning')", p),
        "indicator": one_id("INSERT INTO indicators (participant_id, name) "
                            "VALUES (?, 'Access energy')", p),
        "coach_chat": chat(p, ctx.id["coach"], "coach"),
        "employer_chat": chat(p, ctx.id["employer"], "employer"),
        "programme": prog,
        "calendar-wrong": "%d-1-%s.ics" % (p, "0" * 64),
    }
    t["checklist_item"] = one_id("INSERT INTO checklist_items (checklist_id, text) "
                                 "VALUES (?, 'Brush teeth')", t["checklist"])
    _, _, other_employer = user("employer", prefix="at_ge")
    t["proposed_link"] = employer_link(p, other_employer, consent=False)
    t["link"] = (p, employer_link(p, user("employer", prefix="at_ge")[2]))
    t["relative_row"] = one_id("INSERT INTO relatives (participant_id, code_hash, "
                               "code_expires_at) VALUES (?, ?, NOW() + INTERVAL 7 DAY)",
                               p, secrets.token_hex(32))
    # the feed's secret address, as the participant's page shows it
    page = ctx.b["member"].get("/goals/calendar").text
    m = re.search(r"/goals/calendar/([0-9]+-[0-9]+-[0-9a-f]{64}\.ics)", page)
    t["calendar"] = m.group(1) if m else "no-address-on-the-page"
    return t


# ---- fresh things for a POST that succeeds (each on one of its own)
def fresh_item(**kw):
    def make(ctx, who):
        p = ctx.goals["participant"]
        return item(p, created_by=p, **kw)
    return make


def fresh_activity(ctx, who):
    g = ctx.goals["goal"]
    return item(ctx.goals["participant"], level=3, parent=ctx.goals["done_sub"], goal=g,
                agreed=0, personal=0, created_by=ctx.goals["participant"], shared=())


def fresh_proposed(ctx, who):
    return item(ctx.goals["participant"], status="proposed", agreed=0,
                created_by=ctx.id["coach"], shared=())


def fresh_agreed(ctx, who):
    return item(ctx.goals["participant"], created_by=ctx.id["coach"], shared=())


def fresh_checklist(ctx, who):
    return one_id("INSERT INTO checklists (participant_id, title) VALUES (?, 'Access list')",
                  ctx.goals["participant"])


def fresh_indicator(ctx, who):
    return one_id("INSERT INTO indicators (participant_id, name) VALUES (?, 'Access mood')",
                  ctx.goals["participant"])


def fresh_proposed_link(ctx, who):
    return employer_link(ctx.goals["participant"], user("employer", prefix="at_ge")[2],
                         consent=False)


def fresh_link(ctx, who):
    p = ctx.goals["participant"]
    return (p, employer_link(p, user("employer", prefix="at_ge")[2]))


def fresh_relative_row(ctx, who):
    return one_id("INSERT INTO relatives (participant_id, code_hash, code_expires_at) "
                  "VALUES (?, ?, NOW() + INTERVAL 7 DAY)", ctx.goals["participant"],
                  secrets.token_hex(32))


# ---- what the forms send
def f_item(ctx, who, _):
    return {"title": "Call the job centre " + secrets.token_hex(2),
            "description": "Ask about the trial.", "due_date": "2030-03-04",
            "due_time": "10:30", "remind": "15"}


def f_body(ctx, who, _):
    return {"body": "Good work this week, keep going."}


def f_tick(ctx, who, _):
    return {"item": str(ctx.goals["checklist_item"])}


def f_remove(ctx, who, checklist):
    return {"item": str(one_id("INSERT INTO checklist_items (checklist_id, text) "
                               "VALUES (?, 'Access item')", checklist))}


def f_new_employer(ctx, who, _):
    return {"employer": user("employer", prefix="at_ge")[1], "placement": "Workshop trainee",
            "consent": "1"}


def f_new_coach(ctx, who, _):
    return {"handle": user("coach", prefix="at_gc")[1]}


def f_assign(ctx, who, _):
    return {"participant": user("member", prefix="at_gp")[1], "coach": ctx.handle["coach'"]}


def f_code(ctx, who, _):
    """A code of a participant of its own: joining him relates no
    principal to the table's participant."""
    _, _, someone = user("member", prefix="at_gr")
    sql("INSERT INTO participants (user_id) VALUES (?)", someone)
    return {"code": relative_code(someone)}


def GOALS_ROWS(Row):
    """The goals executable's rows, for test_access_table.py's ROWS."""
    mine = "404 anon:login %s:200" % P  # a participant's own page
    mine_post = "404 anon:403 %s:303" % P
    coach_get = "403 anon:login coach:404 %s:200" % COACH
    coach_post = "403 coach:404 %s:303" % COACH
    return [
        # the participant: everyone logged in keeps goals of his own
        Row("/goals", get="200 anon:login"),
        Row("/goals/all", get="200 anon:login"),
        Row("/goals/progress", get="200 anon:login"),
        Row("/goals/new", get="200 anon:login", post="303 anon:403", fields=f_item),
        Row("/goals/new", "goal", query="parent", get=mine, post=mine_post, fields=f_item),
        Row("/goals/#", "goal", get=mine),
        Row("/goals/#", "personal", get=mine),
        Row("/goals/#/edit", "personal", get=mine, post=mine_post, fields=f_item),
        # agreed with his coach: changed only together
        Row("/goals/#/edit", "goal", get="404 anon:login %s:409" % P,
            post="404 anon:403 %s:409" % P, fields=f_item),
        Row("/goals/#/done", "personal", post=mine_post, fresh=fresh_activity),
        Row("/goals/#/status", "personal", post=mine_post,
            fields=lambda ctx, who, _: {"status": "on_hold"}),
        Row("/goals/#/accept", "proposed", post=mine_post, fresh=fresh_proposed),
        Row("/goals/#/change", "goal", post=mine_post, fresh=fresh_agreed,
            fields=lambda ctx, who, _: {"change_request": "Could the date be a week later?"}),
        Row("/goals/#/share", "goal", post=mine_post,
            fields=lambda ctx, who, _: {"employer": "1", "relative": "1"}),
        Row("/goals/#/delete", "personal", post=mine_post, fresh=fresh_item(agreed=0, personal=1)),
        # checklists, indicators, the calendar
        Row("/goals/checklists", get="200 anon:login", post="303 anon:403",
            fields=lambda ctx, who, _: {"title": "Morning", "reset": "daily"}),
        Row("/goals/checklists/#", "checklist", get=mine),
        Row("/goals/checklists/#/add", "checklist", post=mine_post,
            fields=lambda ctx, who, _: {"text": "Eat breakfast"}),
        Row("/goals/checklists/#/tick", "checklist", post=mine_post, fields=f_tick),
        Row("/goals/checklists/#/remove", "checklist", post=mine_post, fields=f_remove),
        Row("/goals/checklists/#/reset", "checklist", post=mine_post),
        Row("/goals/checklists/#/delete", "checklist", post=mine_post, fresh=fresh_checklist),
        Row("/goals/indicators", get="200 anon:login", post="303 anon:403",
            fields=lambda ctx, who, _: {"name": "Energy"}),
        Row("/goals/indicators/#", "indicator", get=mine),
        Row("/goals/indicators/#/rate", "indicator", post=mine_post,
            fields=lambda ctx, who, _: {"rating": "4"}),
        Row("/goals/indicators/#/share", "indicator", post=mine_post,
            fields=lambda ctx, who, _: {"shared": "1"}),
        Row("/goals/indicators/#/delete", "indicator", post=mine_post, fresh=fresh_indicator),
        # the feed: its address is its secret, whoever asks (no login)
        Row("/goals/calendar/*", "calendar", get="200"),
        Row("/goals/calendar/*", "calendar-wrong", get="404"),
        Row("/goals/calendar", get="200 anon:login", post="303 anon:403"),
        # his people
        Row("/goals/people", get="200 anon:login"),
        Row("/goals/people/employer/#/consent", "proposed_link", post=mine_post,
            fresh=fresh_proposed_link),
        Row("/goals/people/employer/#/end", "proposed_link", post=mine_post,
            fresh=fresh_proposed_link),
        # the code is shown once, on the answer itself
        Row("/goals/people/relative", post="200 anon:403"),
        Row("/goals/people/relative/#/end", "relative_row", post=mine_post,
            fresh=fresh_relative_row),
        # the coach: his participants only
        Row("/coach", get="403 anon:login coach:200"),
        Row("/coach/p/#", "participant", get=coach_get),
        Row("/coach/p/#/propose", "participant", get=coach_get, post=coach_post, fields=f_item),
        Row("/coach/item/#", "goal", get=coach_get),
        Row("/coach/item/#", "personal", get="403 anon:login coach:404"),
        Row("/coach/item/#/edit", "goal", get=coach_get, post=coach_post, fresh=fresh_agreed,
            fields=f_item),
        Row("/coach/item/#/edit", "personal", get="403 anon:login coach:404",
            post="403 coach:404", fields=f_item),
        Row("/coach/item/#/feedback", "done_sub", post=coach_post, fields=f_body),
        Row("/coach/p/#/employer", "participant", post=coach_post, fields=f_new_employer),
        Row("/coach/p/#/employer/#/end", "link", post=coach_post, fresh=fresh_link),
        # an admin: programmes, coaches, who coaches whom
        Row("/coach/programmes", get="403 anon:login admin:200", post="403 admin:303",
            fields=lambda ctx, who, _: {"name": "Access " + secrets.token_hex(4),
                                        "description": ""}),
        Row("/coach/programmes/#", "programme", get="403 anon:login admin:200"),
        Row("/coach/programmes/#/coach", "programme", post="403 admin:303", fields=f_new_coach),
        Row("/coach/programmes/#/assign", "programme", post="403 admin:303", fields=f_assign),
        # the employer: participants linked with their consent, shared goals only
        Row("/employer", get="403 anon:login employer:200"),
        Row("/employer/p/#", "participant", get="403 anon:login employer:404 %s:200" % EMPLOYER),
        Row("/employer/item/#/comment", "goal", post="403 employer:404 %s:303" % EMPLOYER,
            fields=f_body),
        Row("/employer/item/#/comment", "personal", post="403 employer:404", fields=f_body),
        # the close relative: anyone who entered the participant's code
        Row("/supporter", get="200 anon:login"),
        Row("/supporter/join", post="303 anon:403", fields=f_code),
        Row("/supporter/p/#", "participant", get="404 anon:login relative:200"),
        Row("/supporter/p/#/encourage", "participant", post="404 anon:403 relative:303",
            fields=f_body),
        # chat: the two sides of each conversation, nobody else
        Row("/chat", get="200 anon:login"),
        Row("/chat/#", "coach_chat", get="404 anon:login %s:200 %s:200" % (P, COACH),
            post="404 anon:403 %s:303 %s:303" % (P, COACH), fields=f_body),
        Row("/chat/#", "employer_chat", get="404 anon:login %s:200 %s:200" % (P, EMPLOYER),
            post="404 anon:403 %s:303 %s:303" % (P, EMPLOYER), fields=f_body),
        Row("/chat/#/live", "coach_chat", get="404 anon:403 %s:204 %s:204" % (P, COACH)),
        Row("/chat/#/live", "employer_chat", get="404 anon:403 %s:204 %s:204" % (P, EMPLOYER)),
        # forms sent empty: 400 where the sender may send them
        Row("/goals/new", get="200 anon:login", post="400 anon:403", empty=True),
        Row("/goals/#/edit", "personal", get=mine, post="404 anon:403 %s:400" % P, empty=True),
        Row("/goals/checklists", get="200 anon:login", post="400 anon:403", empty=True),
        Row("/goals/indicators", get="200 anon:login", post="400 anon:403", empty=True),
        Row("/coach/p/#/propose", "participant", get=coach_get,
            post="403 coach:404 %s:400" % COACH, empty=True),
        Row("/coach/item/#/feedback", "done_sub", post="403 coach:404 %s:400" % COACH,
            empty=True),
        Row("/coach/programmes", get="403 anon:login admin:200", post="403 admin:400", empty=True),
        Row("/supporter/join", post="400 anon:403", empty=True),
        Row("/chat/#", "coach_chat", get="404 anon:login %s:200 %s:200" % (P, COACH),
            post="404 anon:403 %s:400 %s:400" % (P, COACH), empty=True),
    ]


# ---- test_csrf.py: a request each goals POST route carries out
class World:
    """A participant with a coach, a linked employer and a close relative,
    each logged in (browsers), made once for the CSRF cases."""
    _it = None

    @classmethod
    def get(cls):
        if cls._it is None:
            cls._it = cls()
        return cls._it

    def __init__(self):
        self.p, self.p_handle, self.p_id = user("member", prefix="gw_p")
        self.coach, self.coach_handle, self.coach_id = user("coach", prefix="gw_c")
        self.employer, _, self.employer_id = user("employer", prefix="gw_e")
        self.relative, _, self.relative_id = user("member", prefix="gw_r")
        self.admin, _, _ = user("admin", prefix="gw_a")
        self.programme = one_id("INSERT INTO programmes (name) VALUES (?)",
                                "World " + secrets.token_hex(4))
        sql("INSERT INTO coaches (user_id, programme_id) VALUES (?, ?)", self.coach_id,
            self.programme)
        sql("INSERT INTO participants (user_id, programme_id, coach_id) VALUES (?, ?, ?)",
            self.p_id, self.programme, self.coach_id)
        employer_link(self.p_id, self.employer_id)
        sql("INSERT INTO relatives (participant_id, relative_id, joined_at) "
            "VALUES (?, ?, NOW())", self.p_id, self.relative_id)
        self.coach_chat = chat(self.p_id, self.coach_id, "coach")

    def item(self, **kw):
        kw.setdefault("created_by", self.coach_id)
        return item(self.p_id, **kw)

    def page(self, b, path):
        """Fetch the form's page first (its token in b.csrf)."""
        r = b.get(path)
        assert r.status == 200, (path, r.status)
        return b


def _w():
    return World.get()


def _p(path):
    w = _w()
    return w.page(w.p, "/goals")


GOALS_CSRF_CASES = {
    "/goals/new": lambda: (_p(0), "/goals/new", f_item(None, None, None)),
    "/goals/#/edit": lambda: (_p(0), "/goals/%d/edit" % _w().item(agreed=0, personal=1,
                                                                 created_by=_w().p_id),
                              f_item(None, None, None)),
    "/goals/#/done": lambda: (_p(0), "/goals/%d/done" % _w().item(), {}),
    "/goals/#/status": lambda: (_p(0), "/goals/%d/status" % _w().item(), {"status": "on_hold"}),
    "/goals/#/accept": lambda: (_p(0), "/goals/%d/accept" % _w().item(status="proposed",
                                                                     agreed=0), {}),
    "/goals/#/change": lambda: (_p(0), "/goals/%d/change" % _w().item(),
                                {"change_request": "A week later, please."}),
    "/goals/#/share": lambda: (_p(0), "/goals/%d/share" % _w().item(shared=()),
                               {"employer": "1"}),
    "/goals/#/delete": lambda: (_p(0), "/goals/%d/delete" % _w().item(agreed=0, personal=1,
                                                                     created_by=_w().p_id), {}),
    "/goals/checklists": lambda: (_p(0), "/goals/checklists",
                                  {"title": "Evening", "reset": "manual"}),
    "/goals/checklists/#/add": lambda: (_p(0), "/goals/checklists/%d/add" % _checklist(),
                                        {"text": "Lock the door"}),
    "/goals/checklists/#/tick": lambda: _checklist_item("tick"),
    "/goals/checklists/#/remove": lambda: _checklist_item("remove"),
    "/goals/checklists/#/reset": lambda: _checklist_item("reset"),
    "/goals/checklists/#/delete": lambda: (_p(0), "/goals/checklists/%d/delete" % _checklist(),
                                           {}),
    "/goals/indicators": lambda: (_p(0), "/goals/indicators", {"name": "Sleep"}),
    "/goals/indicators/#/rate": lambda: (_p(0), "/goals/indicators/%d/rate" % _indicator(),
                                         {"rating": "3"}),
    "/goals/indicators/#/share": lambda: (_p(0), "/goals/indicators/%d/share" % _indicator(),
                                          {"shared": "1"}),
    "/goals/indicators/#/delete": lambda: (_p(0), "/goals/indicators/%d/delete" % _indicator(),
                                           {}),
    "/goals/calendar": lambda: (_p(0), "/goals/calendar", {}),
    "/goals/people/employer/#/consent": lambda: (
        _p(0), "/goals/people/employer/%d/consent" % employer_link(
            _w().p_id, user("employer", prefix="gw_e")[2], consent=False), {}),
    "/goals/people/employer/#/end": lambda: (
        _p(0), "/goals/people/employer/%d/end" % employer_link(
            _w().p_id, user("employer", prefix="gw_e")[2]), {}),
    "/goals/people/relative": lambda: (_p(0), "/goals/people/relative", {}),
    "/goals/people/relative/#/end": lambda: (
        _p(0), "/goals/people/relative/%d/end" % one_id(
            "INSERT INTO relatives (participant_id, code_hash, code_expires_at) "
            "VALUES (?, ?, NOW() + INTERVAL 7 DAY)", _w().p_id, secrets.token_hex(32)), {}),
    "/coach/p/#/propose": lambda: (_coach(), "/coach/p/%d/propose" % _w().p_id,
                                   f_item(None, None, None)),
    "/coach/item/#/edit": lambda: (_coach(), "/coach/item/%d/edit" % _w().item(),
                                   f_item(None, None, None)),
    "/coach/item/#/feedback": lambda: (_coach(), "/coach/item/%d/feedback" % _done_sub(),
                                       f_body(None, None, None)),
    "/coach/p/#/employer": lambda: (_coach(), "/coach/p/%d/employer" % _w().p_id,
                                    f_new_employer(None, None, None)),
    "/coach/p/#/employer/#/end": lambda: (
        _coach(), "/coach/p/%d/employer/%d/end" % (_w().p_id, employer_link(
            _w().p_id, user("employer", prefix="gw_e")[2])), {}),
    "/coach/programmes": lambda: (_admin(), "/coach/programmes",
                                  {"name": "Forged " + secrets.token_hex(4), "description": ""}),
    "/coach/programmes/#/coach": lambda: (_admin(), "/coach/programmes/%d/coach" % _w().programme,
                                          f_new_coach(None, None, None)),
    "/coach/programmes/#/assign": lambda: (
        _admin(), "/coach/programmes/%d/assign" % _w().programme,
        {"participant": user("member", prefix="gw_q")[1], "coach": _w().coach_handle}),
    "/employer/item/#/comment": lambda: (
        _w().page(_w().employer, "/employer"), "/employer/item/%d/comment" % _w().item(),
        f_body(None, None, None)),
    "/supporter/join": lambda: (_w().page(_w().relative, "/supporter"), "/supporter/join",
                                f_code(None, None, None)),
    "/supporter/p/#/encourage": lambda: (
        _w().page(_w().relative, "/supporter"), "/supporter/p/%d/encourage" % _w().p_id,
        f_body(None, None, None)),
    "/chat/#": lambda: (_p(0), "/chat/%d" % _w().coach_chat, f_body(None, None, None)),
}


def _coach():
    return _w().page(_w().coach, "/coach")


def _admin():
    return _w().page(_w().admin, "/coach/programmes")


def _checklist():
    return one_id("INSERT INTO checklists (participant_id, title) VALUES (?, 'World list')",
                  _w().p_id)


def _checklist_item(action):
    c = _checklist()
    i = one_id("INSERT INTO checklist_items (checklist_id, text, done_on) "
               "VALUES (?, 'Shoes', CURDATE())", c)
    return (_p(0), "/goals/checklists/%d/%s" % (c, action),
            {} if action == "reset" else {"item": str(i)})


def _indicator():
    return one_id("INSERT INTO indicators (participant_id, name) VALUES (?, 'World energy')",
                  _w().p_id)


def _done_sub():
    goal = _w().item()
    return _w().item(level=2, parent=goal, goal=goal, status="done")


# ---- test_injection.py: a case per goals form route, as its cases are:
# case(ctx) -> (browser, path, base fields, {field: stored(ctx, field) ->
# HEX of where it went}). The world is the CSRF cases' (logged-in sides).
def _latest(table, column, where, value):
    rows = sql("SELECT HEX(%s) FROM %s WHERE %s = ? ORDER BY id DESC LIMIT 1"
               % (column, table, where), value)
    return rows[0][0] if rows and rows[0] else None


def _ruled(stored):
    stored.ruled = True  # the field's rule refuses every payload (a handle, a code, a date)
    return stored


def _nowhere(c, f):
    return None


def goals_injection_cases():
    w = _w()
    own = w.item(agreed=0, personal=1, created_by=w.p_id)
    agreed = w.item()
    checklist = _checklist()
    checklist_item = one_id("INSERT INTO checklist_items (checklist_id, text) "
                            "VALUES (?, 'Shoes')", checklist)
    indicator = _indicator()
    done_sub = _done_sub()
    goal = w.item()
    p, coach, employer, relative = w.p_id, w.coach_id, w.employer_id, w.relative_id

    def item_stored(where, value):
        return {"title": lambda c, f: _latest("goal_items", "title", where, value),
                "description": lambda c, f: _latest("goal_items", "description", where, value),
                "due_date": _ruled(_nowhere), "due_time": _ruled(_nowhere)}

    def P():
        return _p(0)

    item_base = {"title": "Call the job centre", "description": "Ask about the trial.",
                 "due_date": "2030-03-04", "due_time": "10:30", "remind": "15"}
    body = {"body": "Good work this week, keep going."}
    return {
        "/goals/new": lambda ctx: (P(), None, item_base, item_stored("participant_id", p)),
        "/goals/#/edit": lambda ctx: (P(), "/goals/%d/edit" % own, item_base,
                                      item_stored("id", own)),
        "/goals/#/done": lambda ctx: (P(), "/goals/%d/done" % own, {}, {}),
        "/goals/#/status": lambda ctx: (P(), "/goals/%d/status" % own, {"status": "active"}, {}),
        "/goals/#/change": lambda ctx: (
            P(), "/goals/%d/change" % agreed, {"change_request": "A week later, please."},
            {"change_request": lambda c, f: _latest("goal_items", "change_request", "id",
                                                    agreed)}),
        "/goals/#/share": lambda ctx: (P(), "/goals/%d/share" % goal, {"employer": "1"}, {}),
        "/goals/checklists": lambda ctx: (
            P(), None, {"title": "Evening", "reset": "daily"},
            {"title": lambda c, f: _latest("checklists", "title", "participant_id", p)}),
        "/goals/checklists/#/add": lambda ctx: (
            P(), "/goals/checklists/%d/add" % checklist, {"text": "Lock the door"},
            {"text": lambda c, f: _latest("checklist_items", "text", "checklist_id", checklist)}),
        "/goals/checklists/#/tick": lambda ctx: (
            P(), "/goals/checklists/%d/tick" % checklist, {"item": str(checklist_item)}, {}),
        "/goals/checklists/#/remove": lambda ctx: (
            P(), "/goals/checklists/%d/remove" % checklist, {"item": "4294967295"}, {}),
        "/goals/indicators": lambda ctx: (
            P(), None, {"name": "Sleep"},
            {"name": lambda c, f: _latest("indicators", "name", "participant_id", p)}),
        "/goals/indicators/#/rate": lambda ctx: (
            P(), "/goals/indicators/%d/rate" % indicator, {"rating": "3"}, {}),
        "/goals/indicators/#/share": lambda ctx: (
            P(), "/goals/indicators/%d/share" % indicator, {"shared": "1"}, {}),
        "/coach/p/#/propose": lambda ctx: (_coach(), "/coach/p/%d/propose" % p, item_base,
                                           item_stored("created_by", coach)),
        "/coach/item/#/edit": lambda ctx: (_coach(), "/coach/item/%d/edit" % agreed, item_base,
                                           item_stored("id", agreed)),
        "/coach/item/#/feedback": lambda ctx: (
            _coach(), "/coach/item/%d/feedback" % done_sub, body,
            {"body": lambda c, f: _latest("goal_comments", "body", "author_id", coach)}),
        # an employer's handle: anything else is refused; the placement is
        # kept with the first link (then 409: a link is open)
        "/coach/p/#/employer": lambda ctx: (
            _coach(), "/coach/p/%d/employer" % p, f_new_employer(None, None, None),
            {"employer": _ruled(_nowhere),
             "placement": lambda c, f: _latest("employer_links", "placement", "participant_id",
                                               p)}),
        "/coach/programmes": lambda ctx: (
            # a name of its own: the description's first payload is kept
            # (then 409: the name is taken)
            _admin(), None, {"name": "Injection " + secrets.token_hex(4), "description": ""},
            {"name": lambda c, f: _latest("programmes", "name", "1", 1),
             "description": lambda c, f: _latest("programmes", "description", "1", 1)}),
        "/coach/programmes/#/coach": lambda ctx: (
            _admin(), "/coach/programmes/%d/coach" % w.programme, {"handle": "no_such_coach"},
            {"handle": _ruled(_nowhere)}),
        "/coach/programmes/#/assign": lambda ctx: (
            _admin(), "/coach/programmes/%d/assign" % w.programme,
            {"participant": "no_such_member", "coach": w.coach_handle},
            {"participant": _ruled(_nowhere), "coach": _ruled(_nowhere)}),
        "/employer/item/#/comment": lambda ctx: (
            w.page(w.employer, "/employer"), "/employer/item/%d/comment" % goal, body,
            {"body": lambda c, f: _latest("goal_comments", "body", "author_id", employer)}),
        "/supporter/join": lambda ctx: (w.page(w.relative, "/supporter"), None,
                                        {"code": "NOTACODE22"}, {"code": _ruled(_nowhere)}),
        "/supporter/p/#/encourage": lambda ctx: (
            w.page(w.relative, "/supporter"), "/supporter/p/%d/encourage" % p, body,
            {"body": lambda c, f: _latest("goal_comments", "body", "author_id", relative)}),
        "/chat/#": lambda ctx: (
            P(), "/chat/%d" % w.coach_chat, body,
            {"body": lambda c, f: _latest("chat_messages", "body", "author_id", p)}),
    }


def goals_query_targets():
    """Ids for the query routes' patterns (test_injection.py query_target)."""
    w = _w()
    return {"/coach/p/#/propose": str(w.p_id), "/chat/#": str(w.coach_chat),
            "/coach/programmes/#": str(w.programme)}


def goals_shown():
    """(browser, page): where the goals part shows what the corpus stored."""
    w = _w()
    return [(w.p, "/goals"), (w.p, "/goals/all"), (w.p, "/goals/progress"),
            (w.p, "/goals/checklists"), (w.p, "/goals/indicators"), (w.p, "/goals/people"),
            (w.p, "/chat"), (w.p, "/chat/%d" % w.coach_chat), (w.p, "/notifications"),
            (w.coach, "/coach"), (w.coach, "/coach/p/%d" % w.p_id),
            (w.employer, "/employer/p/%d" % w.p_id), (w.relative, "/supporter/p/%d" % w.p_id),
            (w.admin, "/coach/programmes"), (w.admin, "/coach/programmes/%d" % w.programme)]
