"""
Safety for minors: members report what worries them, words about suicide
or self-harm reach a counsellor first, night posts wait for an adult, and
the moderators (admins and counsellors) hide, restore, dismiss and
approve, each action recorded and undoable. Members cannot moderate.
"""
from opbak import Browser, sql, unescape
from post_helpers import (ADMIN, KARIM, SOFIE, back, by_day, member, one, premod, set_premod, staff,
                          user_id, write_post)


def count(query, *params):
    return int(one(query, *params))


def report(b, post_id, reason, backing_id=None, note=""):
    fields = {"post": str(post_id), "reason": reason, "note": note}
    if backing_id:
        fields["backing"] = str(backing_id)
    b.get("/post/report?post=%d" % post_id)
    return b.post("/post/report", fields)


def open_reports(post_id):
    return sql("SELECT reason, priority, IFNULL(reporter_id, 'auto'), status FROM reports "
               "WHERE post_id = ? ORDER BY id", post_id)


@by_day
def test_a_member_reports_a_backing_that_bullies_and_it_reaches_the_queue():
    author, _ = member()
    post_id = write_post(author, title="Nobody sits with me at lunch")
    bully, bully_handle = member()
    backing_id = back(bully, post_id, "Maybe because you are a loser.")
    reporter, reporter_handle = member()

    form = reporter.get("/post/report?post=%d&backing=%d" % (post_id, backing_id))
    assert form.status == 200
    assert "You are reporting a backing by %s" % bully_handle in unescape(form.text)
    assert 'value="sexual_minors"' in form.text and 'value="personal_info"' in form.text

    r = reporter.post("/post/report", {"post": str(post_id), "backing": str(backing_id),
                                       "reason": "bullying", "note": "He does this a lot."})
    assert r.status == 303 and r.header("location") == "/p/%d?reported=1#b%d" % (post_id, backing_id)
    assert sql("SELECT reason, priority, note, status, backing_id FROM reports WHERE reporter_id = ?",
               user_id(reporter_handle)) == [["bullying", "0", "He does this a lot.", "open", str(backing_id)]]

    # the same report again is thanked for, not stored twice
    r = reporter.post("/post/report", {"post": str(post_id), "backing": str(backing_id),
                                       "reason": "bullying", "note": ""})
    assert r.status == 303
    assert count("SELECT COUNT(*) FROM reports WHERE reporter_id = ?", user_id(reporter_handle)) == 1

    # a reason that is not on the list, a note too long: the form again, kept
    r = reporter.post("/post/report", {"post": str(post_id), "reason": "boring", "note": "my note"})
    assert r.status == 400 and "Choose one of the reasons in the list." in r.text and "my note" in r.text
    r = reporter.post("/post/report", {"post": str(post_id), "reason": "spam", "note": "n" * 501})
    assert r.status == 400 and "is too long: 501 characters, at most 500" in r.text

    sofie = staff(SOFIE)
    queue = sofie.get("/mod")
    assert queue.status == 200
    text = unescape(queue.text)
    assert "Maybe because you are a loser." in text and "He does this a lot." in text
    assert "Reported by %s" % reporter_handle in text


@by_day
def test_members_cannot_open_or_act_in_the_moderation_queue():
    b, _ = member()
    r = b.get("/mod")
    assert r.status == 403 and "does not have access" in r.text
    assert b.get("/mod/settings").status == 403
    assert b.get("/mod/feedback").status == 403
    author, _ = member()
    post_id = write_post(author)
    report(b, post_id, "spam")
    rid = int(one("SELECT id FROM reports WHERE post_id = ?", post_id))
    assert b.post("/mod/%d/hide" % rid).status == 403
    assert b.post("/mod/item/approve", {"kind": "post", "id": str(post_id)}).status == 403
    assert one("SELECT status FROM posts WHERE id = ?", post_id) == "visible"
    assert one("SELECT status FROM reports WHERE id = ?", rid) == "open"
    # a support person an admin let moderate does (Sofie); one who only
    # answers questions does not (Karim: test_staff_rights.py); the
    # site's settings and feedback are the admins'
    sofie = staff(SOFIE)
    assert sofie.get("/mod").status == 200
    assert sofie.get("/mod/settings").status == 403
    assert sofie.get("/mod/feedback").status == 403
    karim = staff(KARIM)
    assert karim.get("/mod").status == 403
    assert karim.post("/mod/%d/hide" % rid).status == 403
    assert one("SELECT status FROM reports WHERE id = ?", rid) == "open"
    guest = Browser()
    assert guest.get("/mod").status == 303  # to the login page


@by_day
def test_words_about_suicide_flag_the_post_and_top_the_queue():
    author, _ = member()
    ordinary = write_post(author, title="Spam here maybe")
    reporter, _ = member()
    report(reporter, ordinary, "spam")
    minor_danger = write_post(author, title="Photos someone sent")
    report(reporter, minor_danger, "sexual_minors", note="He is 14")

    b, handle = member(birth="2011-01-10")
    post_id = write_post(b, title="I cannot go on", body="Some nights I want to kill myself.")
    assert one("SELECT crisis FROM posts WHERE id = ?", post_id) == "1"
    assert open_reports(post_id) == [["self_harm", "2", "auto", "open"]]
    # the crisis box is on his own page (the feed's), for him only
    assert "Livslinien" in b.get("/p/%d" % post_id).text

    # backings are checked too
    helper, _ = member()
    backing_id = back(helper, ordinary, "Same here, I cut myself when it gets bad.")
    assert one("SELECT crisis FROM backings WHERE id = ?", backing_id) == "1"
    assert sql("SELECT reason, priority FROM reports WHERE backing_id = ?", backing_id) == [["self_harm", "2"]]

    # support persons write about it to help: not a crisis
    sofie = staff(SOFIE)
    help_id = back(sofie, post_id, "Thank you for telling us. If you want to kill yourself tonight, call 112.")
    assert one("SELECT crisis FROM backings WHERE id = ?", help_id) == "0"

    queue = unescape(sofie.get("/mod").text)
    crisis_at = queue.index("Some nights I want to kill myself.")
    minors_at = queue.index("He is 14")
    spam_at = queue.index("Spam or advertising")
    assert crisis_at < spam_at and minors_at < spam_at  # both priority 2, oldest first
    assert "Found automatically: words about suicide or self-harm" in queue


@by_day
def test_an_edit_that_speaks_of_self_harm_reaches_a_counsellor_once():
    b, _ = member()
    post_id = write_post(b, title="School is hard")
    assert open_reports(post_id) == []
    edit = {"title": "School is hard", "topic": "school-and-work",
            "body": "I have started to cut myself after school."}
    assert b.post("/post/%d/edit" % post_id, edit).status == 303
    assert one("SELECT crisis FROM posts WHERE id = ?", post_id) == "1"
    assert open_reports(post_id) == [["self_harm", "2", "auto", "open"]]
    edit["body"] += " Every day."
    assert b.post("/post/%d/edit" % post_id, edit).status == 303
    assert len(open_reports(post_id)) == 1  # one waiting report is enough


@by_day
def test_hiding_a_post_is_recorded_told_to_the_author_and_can_be_undone():
    author, author_handle = member()
    post_id = write_post(author, title="Rate my girlfriend")
    reporter, _ = member()
    another, _ = member()
    report(reporter, post_id, "bullying")
    report(another, post_id, "other", note="Not nice")
    rid = int(sql("SELECT id FROM reports WHERE post_id = ? ORDER BY id", post_id)[0][0])
    admin = staff(ADMIN)
    admin_id = user_id("admin")

    admin.get("/mod")
    r = admin.post("/mod/%d/hide" % rid)
    assert r.status == 303 and r.header("location") == "/mod?done=hidden"
    assert "Hidden. The author was told." in admin.get(r.header("location")).text
    assert one("SELECT status FROM posts WHERE id = ?", post_id) == "hidden"
    # both members' reports are handled by the one action
    assert sql("SELECT status, handled_by, handled_at IS NOT NULL FROM reports WHERE post_id = ?",
               post_id) == [["hidden", str(admin_id), "1"]] * 2
    assert sql("SELECT actor_id, target_id, detail FROM audit_log WHERE action = 'mod.hide' "
               "AND target_id = ?", user_id(author_handle)) == \
        [[str(admin_id), str(user_id(author_handle)), "report %d: post %d" % (rid, post_id)]]
    assert sql("SELECT kind, actor_id FROM notifications WHERE user_id = ?", user_id(author_handle)) == \
        [["hidden", "NULL"]]

    # gone for others, explained to its author; nobody can back it now
    assert reporter.get("/p/%d" % post_id).status == 404
    assert "hidden by a moderator" in author.get("/p/%d" % post_id).text
    assert reporter.post("/post/%d/back" % post_id, {"body": "Hello"}).status == 404

    # a second click on the same report is told it was handled
    r = admin.post("/mod/%d/hide" % rid)
    assert r.status == 409 and "Already handled" in r.text

    queue = admin.get("/mod").text
    assert 'action="/mod/%d/restore"' % rid in queue  # under "handled lately"
    r = admin.post("/mod/%d/restore" % rid)
    assert r.status == 303 and r.header("location") == "/mod?done=restored"
    assert one("SELECT status FROM posts WHERE id = ?", post_id) == "visible"
    assert sql("SELECT DISTINCT status FROM reports WHERE post_id = ?", post_id) == [["restored"]]
    assert count("SELECT COUNT(*) FROM audit_log WHERE action = 'mod.restore' AND target_id = ?",
                 user_id(author_handle)) == 1
    assert reporter.get("/p/%d" % post_id).status == 200


@by_day
def test_dismissing_a_report_changes_nothing_but_the_report():
    author, _ = member()
    post_id = write_post(author, title="What to wear for prom")
    helper, _ = member()
    backing_id = back(helper, post_id, "A dark suit, and shoes you can dance in.")
    reporter, _ = member()
    report(reporter, post_id, "spam", backing_id=backing_id)
    rid = int(one("SELECT id FROM reports WHERE backing_id = ?", backing_id))
    sofie = staff(SOFIE)  # a support person who may moderate
    sofie.get("/mod")
    r = sofie.post("/mod/%d/dismiss" % rid)
    assert r.status == 303 and r.header("location") == "/mod?done=dismissed"
    assert sql("SELECT status, handled_by FROM reports WHERE id = ?", rid) == \
        [["dismissed", str(user_id(SOFIE[0]))]]
    assert one("SELECT status FROM backings WHERE id = ?", backing_id) == "visible"
    assert one("SELECT backing_count FROM posts WHERE id = ?", post_id) == "1"
    assert count("SELECT COUNT(*) FROM audit_log WHERE action = 'mod.dismiss' AND detail = ?",
                 "report %d: backing %d on post %d" % (rid, backing_id, post_id)) == 1
    assert sofie.post("/mod/%d/dismiss" % rid).status == 409
    assert sofie.post("/mod/999999999/hide").status == 404


def test_at_night_posts_and_backings_wait_for_a_moderator():
    author, author_handle = member()
    with premod(covering=False):
        day_post = write_post(author, title="Written by day")
    with premod(covering=True) as admin:
        night, night_handle = member()
        form = night.get("/post/new")
        assert "At night a moderator reads new posts" in form.text
        post_id = write_post(night, title="Cannot sleep again")
        assert one("SELECT status FROM posts WHERE id = ?", post_id) == "pending"
        assert count("SELECT COUNT(*) FROM points WHERE reason = 'post' AND ref_id = ?", post_id) == 0
        # he sees it, waiting; nobody else does
        assert "waiting for approval" in night.get("/p/%d" % post_id).text
        assert author.get("/p/%d" % post_id).status == 404

        backing_id = back(night, day_post, "Get up and read a book until you are tired.")
        assert one("SELECT status FROM backings WHERE id = ?", backing_id) == "pending"
        assert one("SELECT backing_count FROM posts WHERE id = ?", day_post) == "0"
        assert count("SELECT COUNT(*) FROM notifications WHERE user_id = ?", user_id(author_handle)) == 0

        # support persons are awake and trusted: not held
        sofie = staff(SOFIE)
        support_id = back(sofie, day_post, "Write down what keeps you awake, then let it rest.")
        assert one("SELECT status FROM backings WHERE id = ?", support_id) == "visible"

        queue = unescape(admin.get("/mod").text)
        assert "Cannot sleep again" in queue and "Get up and read a book until you are tired." in queue

        r = admin.post("/mod/item/approve", {"kind": "post", "id": str(post_id)})
        assert r.status == 303 and r.header("location") == "/mod?done=approved"
        assert one("SELECT status FROM posts WHERE id = ?", post_id) == "visible"
        assert one("SELECT points FROM points WHERE reason = 'post' AND ref_id = ?", post_id) == "2"
        assert sql("SELECT kind FROM notifications WHERE user_id = ? AND post_id = ?",
                   user_id(night_handle), post_id) == [["approved"]]
        assert author.get("/p/%d" % post_id).status == 200

        r = admin.post("/mod/item/approve", {"kind": "backing", "id": str(backing_id)})
        assert r.status == 303
        assert one("SELECT status FROM backings WHERE id = ?", backing_id) == "visible"
        assert one("SELECT backing_count FROM posts WHERE id = ?", day_post) == "2"
        assert one("SELECT points FROM points WHERE reason = 'backing' AND ref_id = ?", backing_id) == "5"
        # the post's author hears of it as if it were just written
        assert sql("SELECT kind, actor_id FROM notifications WHERE user_id = ? AND backing_id = ?",
                   user_id(author_handle), backing_id) == [["backing", str(user_id(night_handle))]]
        assert count("SELECT COUNT(*) FROM audit_log WHERE action = 'mod.approve' AND target_id = ?",
                     user_id(night_handle)) == 2
        assert admin.post("/mod/item/approve", {"kind": "post", "id": str(post_id)}).status == 409

        # refused: stays out of sight, and he is told
        refused = write_post(night, title="Another one at night")
        r = admin.post("/mod/item/hide", {"kind": "post", "id": str(refused)})
        assert r.status == 303 and r.header("location") == "/mod?done=refused"
        assert one("SELECT status FROM posts WHERE id = ?", refused) == "hidden"
        assert sql("SELECT kind FROM notifications WHERE user_id = ? AND post_id = ?",
                   user_id(night_handle), refused) == [["hidden"]]
    # by day again, the same member's post is shown at once
    with premod(covering=False):
        assert one("SELECT status FROM posts WHERE id = ?", write_post(night)) == "visible"


def test_an_edit_at_night_holds_a_visible_post_again():
    b, handle = member()
    with premod(covering=False):
        post_id = write_post(b, title="Harmless by day")
    with premod(covering=True):
        r = b.post("/post/%d/edit" % post_id, {"title": "Changed at night", "topic": "friends",
                                               "body": "Different now"})
        assert r.status == 303
        assert one("SELECT status FROM posts WHERE id = ?", post_id) == "pending"
        assert count("SELECT COUNT(*) FROM points WHERE reason = 'post' AND ref_id = ?", post_id) == 0


def settings_audit_since(audit_id):
    return sql("SELECT actor_id, target_id, detail FROM audit_log WHERE action = 'mod.settings' "
               "AND id > ? ORDER BY id", audit_id)


def test_only_admins_change_the_night_hours_and_bad_hours_are_refused():
    admin = staff(ADMIN)
    before = sql("SELECT name, value FROM settings WHERE name LIKE 'premod%' ORDER BY name")
    last_audit = count("SELECT IFNULL(MAX(id), 0) FROM audit_log")
    page = admin.get("/mod/settings")
    assert page.status == 200 and "Europe/Copenhagen" in page.text
    r = set_premod(admin, True, 24, 9)
    assert r.status == 400 and "From hour must be a whole hour from 0 to 23." in r.text
    assert 'value="24"' in r.text
    r = set_premod(admin, True, "x", "-1")
    assert r.status == 400 and "Until hour" in r.text
    r = set_premod(admin, True, 5, 5)
    assert r.status == 400 and "nothing would be held" in r.text
    assert sql("SELECT name, value FROM settings WHERE name LIKE 'premod%' ORDER BY name") == before

    sofie = staff(SOFIE)
    sofie.get("/mod")
    assert sofie.post("/mod/settings", {"premod_start": "1", "premod_end": "2"}).status == 403
    assert sql("SELECT name, value FROM settings WHERE name LIKE 'premod%' ORDER BY name") == before
    assert settings_audit_since(last_audit) == []  # what was refused left no record

    # switching it off and on again: each change audited once, by the
    # admin, with the values before and after
    values = dict(before)
    hours = "%s-%s" % (values["premod_start"], values["premod_end"])
    r = set_premod(admin, False, values["premod_start"], values["premod_end"])
    assert r.status == 303 and "Saved." in admin.get("/mod/settings?saved=1").text
    assert one("SELECT value FROM settings WHERE name = 'premod_enabled'") == "0"
    admin_id = str(user_id("admin"))
    off = [admin_id, "NULL", "premod %s %s -> 0 %s" % (values["premod_enabled"], hours, hours)]
    assert settings_audit_since(last_audit) == [off]
    r = set_premod(admin, values["premod_enabled"] == "1", values["premod_start"], values["premod_end"])
    assert r.status == 303
    assert sql("SELECT name, value FROM settings WHERE name LIKE 'premod%' ORDER BY name") == before
    back_on = [admin_id, "NULL", "premod 0 %s -> %s %s" % (hours, values["premod_enabled"], hours)]
    assert settings_audit_since(last_audit) == [off, back_on]


@by_day
def test_a_report_of_something_not_shown_is_404_and_stores_nothing():
    author, _ = member()
    post_id = write_post(author)
    sql("UPDATE posts SET status = 'hidden' WHERE id = ?", post_id)
    reporter, handle = member()
    assert reporter.get("/post/report?post=%d" % post_id).status == 404
    assert report(reporter, post_id, "spam").status == 404
    assert report(reporter, 999999999, "spam").status == 404
    assert count("SELECT COUNT(*) FROM reports WHERE reporter_id = ?", user_id(handle)) == 0
