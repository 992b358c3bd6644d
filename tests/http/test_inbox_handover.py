"""
Handing a question over to a colleague (cgi-bin/inbox/desk.c,
POST /inbox/<id>/handover, field to = a support person's handle): whoever
has it, a lead support person or an admin, gives it to another support
person; it is his from then (claimed_at), in the state it was in, and the
audit log keeps from whom to whom. Every refusal changes nothing.
"""
from opbak import sql
from post_helpers import ADMIN, KARIM, MAJA, SOFIE, member, staff, user_id
from test_inbox_desk import asker, claim, messages, state


def handovers(q):
    return sql("SELECT actor_id, target_id, detail FROM audit_log "
               "WHERE action = 'inbox.handover' AND detail LIKE ? ORDER BY id",
               "question %d %%" % q)


def claimed_by_sofie():
    """A fresh question, claimed by sofie: (sofie's browser, question id)."""
    _, _, q = asker()
    sofie = staff(SOFIE)
    assert claim(sofie, q).status == 303
    return sofie, q


def test_the_one_who_has_it_hands_it_over_and_the_log_says_from_whom_to_whom():
    sofie, q = claimed_by_sofie()
    sql("UPDATE questions SET claimed_at = NOW() - INTERVAL 2 DAY WHERE id = ?", q)
    page = sofie.get("/inbox/%d" % q).text
    assert 'action="/inbox/%d/handover"' % q in page
    assert '<option value="%s">' % KARIM[0] in page
    assert '<option value="%s">' % SOFIE[0] not in page  # not to himself
    r = sofie.post("/inbox/%d/handover" % q, {"to": KARIM[0]})
    # his now, and no longer hers to read: back to her inbox
    assert r.status == 303 and r.header("location") == "/inbox?view=mine&done=handed_over", r
    after = state(q)
    assert after[0] == "claimed" and int(after[1]) == user_id(KARIM[0])
    assert sql("SELECT claimed_at > NOW() - INTERVAL 1 MINUTE FROM questions WHERE id = ?",
               q)[0][0] in ("1", 1)
    log = handovers(q)
    assert len(log) == 1
    assert int(log[0][0]) == user_id(SOFIE[0])
    assert log[0][2] == "question %d from %s to %s" % (q, SOFIE[0], KARIM[0])
    assert "The question is handed over." in sofie.get(r.header("location")).text
    assert sofie.get("/inbox/%d" % q).status == 404
    # he has it now: he replies; she cannot any more
    karim = staff(KARIM)
    assert "Send reply" in karim.get("/inbox/%d" % q).text
    r = sofie.post("/inbox/%d/reply" % q, {"body": "Still me here."})
    assert r.status == 409 and "karim_sp has this question." in r.text
    assert messages(q) == []


def test_an_answered_question_stays_answered_when_handed_over():
    sofie, q = claimed_by_sofie()
    assert sofie.post("/inbox/%d/reply" % q, {"body": "Talk to him after dinner."}).status == 303
    sofie.get("/inbox/%d" % q)
    assert sofie.post("/inbox/%d/handover" % q, {"to": KARIM[0]}).status == 303
    after = state(q)
    assert after[0] == "answered" and int(after[1]) == user_id(KARIM[0])


def test_an_admin_hands_over_a_question_someone_else_has():
    _, q = claimed_by_sofie()
    admin = staff(ADMIN)
    admin.get("/inbox/%d" % q)
    r = admin.post("/inbox/%d/handover" % q, {"to": KARIM[0]})
    assert r.status == 303 and r.header("location") == "/inbox/%d?done=handed_over" % q, r
    assert int(state(q)[1]) == user_id(KARIM[0])
    assert int(handovers(q)[0][0]) == user_id(ADMIN[0])


def test_a_lead_support_person_hands_over_a_question_someone_else_has():
    _, q = claimed_by_sofie()
    maja = staff(MAJA)
    assert 'action="/inbox/%d/handover"' % q in maja.get("/inbox/%d" % q).text
    r = maja.post("/inbox/%d/handover" % q, {"to": KARIM[0]})
    assert r.status == 303 and r.header("location") == "/inbox/%d?done=handed_over" % q, r
    assert int(state(q)[1]) == user_id(KARIM[0])
    assert int(handovers(q)[0][0]) == user_id(MAJA[0])


def test_a_colleague_who_does_not_have_it_is_refused_409():
    _, q = claimed_by_sofie()
    karim = staff(KARIM)
    assert karim.get("/inbox/%d" % q).status == 404  # not his to read
    before = state(q)
    r = karim.post("/inbox/%d/handover" % q, {"to": KARIM[0]})
    assert r.status == 409 and "sofie_sp has this question." in r.text, r
    assert state(q) == before and handovers(q) == []


def test_an_unclaimed_question_cannot_be_handed_over():
    _, _, q = asker()
    sofie = staff(SOFIE)
    sofie.get("/inbox/%d" % q)
    before = state(q)
    r = sofie.post("/inbox/%d/handover" % q, {"to": KARIM[0]})
    assert r.status == 409 and "it is in the pool" in r.text, r
    assert state(q) == before and handovers(q) == []


def test_a_closed_question_cannot_be_handed_over():
    sofie, q = claimed_by_sofie()
    assert sofie.post("/inbox/%d/close" % q).status == 303
    sofie.get("/inbox/%d" % q)
    before = state(q)
    r = sofie.post("/inbox/%d/handover" % q, {"to": KARIM[0]})
    assert r.status == 409 and "This question is closed." in r.text, r
    assert state(q) == before and handovers(q) == []


def test_an_unknown_colleague_or_no_support_person_is_400_with_the_form_kept():
    sofie, q = claimed_by_sofie()
    _, someone = member("ho")
    before = state(q)
    for to in ("nobody_" + "x" * 8, someone, ADMIN[0], SOFIE[0], ""):
        sofie.get("/inbox/%d" % q)
        r = sofie.post("/inbox/%d/handover" % q, {"to": to})
        assert r.status == 400, (to, r)
        assert 'action="/inbox/%d/handover"' % q in r.text
        assert 'aria-invalid="true"' in r.text
        assert state(q) == before and handovers(q) == []


def test_a_member_cannot_hand_over():
    b, _, q = asker()
    b.get("/ask")
    r = b.post("/inbox/%d/handover" % q, {"to": KARIM[0]})
    assert r.status == 403, r
