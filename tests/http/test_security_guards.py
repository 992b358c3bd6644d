"""
test_security_guards.py - issue 8, finding 3: the guards read a member's
text as readers will see it (Markdown rendered, character references
decoded, Unicode look-alikes normalised), not only as typed. Each bypass
the probe found is refused with the message of its kind, quoting what a
reader would see; a reference link written with references is still a
link for a new member; crisis words written so are still found; ordinary
text with '&' and Markdown passes; staff stay exempt as before.
"""
from opbak import sql, unescape
from post_helpers import SOFIE, by_day, member, one, staff, user_id, write_post

E_MAIL = 'This looks like an e-mail address: "%s"'
PHONE = 'This looks like a phone number: "%s"'
SOCIAL = 'This looks like a social-media name: "%s"'
NO_LINKS = "New members can add links after their first 24 hours"


def posts_of(handle):
    return int(one("SELECT COUNT(*) FROM posts WHERE user_id = ?", user_id(handle)))


def refused_post(b, fields, message):
    """Send a new post; it must come back 400 with message next to a
    field and the text kept."""
    b.get("/post/new")
    r = b.post("/post/new", dict({"title": "About my weekend", "topic": "friends",
                                  "body": "Nothing much happened."}, **fields))
    assert r.status == 400, r
    page = unescape(r.text)
    assert message in page, page
    words = " ".join(page.split())
    for value in fields.values():
        assert " ".join(value.split()) in words  # kept, as typed (line breaks aside)
    return page


@by_day
def test_contact_details_written_with_character_references_are_refused():
    b, handle = member("ref", days_old=3)
    refused_post(b, {"body": "Mail me: kid&#64;example.com"}, E_MAIL % "kid@example.com")
    refused_post(b, {"body": "Ring 2&#48; 12 34 56 tonight"}, PHONE % "20 12 34 56")
    refused_post(b, {"body": "sn&#97;pchat: kid_2009"}, SOCIAL % "snapchat: kid_2009")
    refused_post(b, {"body": "call 2*0* 12 34 56"}, PHONE % "20 12 34 56")
    refused_post(b, {"body": "[write](mailto:kid&#64;example.com)"}, E_MAIL % "kid@example.com")
    assert posts_of(handle) == 0


@by_day
def test_fullwidth_at_and_digits_are_refused_in_body_and_title():
    b, handle = member("wide", days_old=3)
    refused_post(b, {"body": "kid＠example.com"}, E_MAIL % "kid@example.com")
    refused_post(b, {"body": "２０ １２ ３４ ５６"}, PHONE % "20 12 34 56")
    refused_post(b, {"title": "kid＠example.com"}, E_MAIL % "kid@example.com")
    page = refused_post(b, {"title": "２０ １２ ３４ ５６"}, PHONE % "20 12 34 56")
    assert 'id="title-error">This looks like a phone number' in page
    refused_post(b, {"body": "20\u200b12\u200b34\u200b56"}, PHONE % "20123456")
    assert posts_of(handle) == 0


@by_day
def test_a_title_is_read_as_the_escaped_text_it_is_shown_as():
    b, handle = member("title", days_old=3)
    # A title shows "&#64;" as typed, so no reader sees an address there.
    post_id = write_post(b, title="What does kid&#64;x mean")
    assert one("SELECT title FROM posts WHERE id = ?", post_id) == "What does kid&#64;x mean"
    assert "What does kid&amp;#64;x mean" in b.get("/p/%d" % post_id).text


@by_day
def test_a_backing_is_read_as_readers_see_it_too():
    author, _ = member("author")
    post_id = write_post(author)
    helper, _ = member("helper", days_old=3)
    helper.get("/")
    r = helper.post("/post/%d/back" % post_id, {"body": "Add me, sn&#97;pchat: kid_2009"})
    assert r.status == 400 and SOCIAL % "snapchat: kid_2009" in unescape(r.text)
    assert int(one("SELECT COUNT(*) FROM backings WHERE post_id = ?", post_id)) == 0


@by_day
def test_a_new_member_cannot_hide_a_link_in_a_reference_written_with_references():
    b, handle = member("newlink")
    refused_post(b, {"body": "see [this][1]\n\n[1]: &#47;&#47;evil&#46;example"}, NO_LINKS)
    refused_post(b, {"body": "see [this]\n\n[this]: //evil.example"}, NO_LINKS)
    refused_post(b, {"body": "![cat](//evil.example/cat.png)"}, NO_LINKS)
    refused_post(b, {"body": "go to <irc://evil.example>"}, NO_LINKS)
    refused_post(b, {"body": "ｈｔｔｐｓ：／／evil.example"}, NO_LINKS)
    assert posts_of(handle) == 0
    # After his first day the same link is his to post.
    sql("UPDATE users SET created_at = NOW() - INTERVAL 2 DAY WHERE handle = ?", handle)
    post_id = write_post(b, body="see [this][1]\n\n[1]: &#47;&#47;evil&#46;example")
    assert 'href="//evil.example"' in one("SELECT body_html FROM posts WHERE id = ?", post_id)


@by_day
def test_ordinary_text_with_ampersands_and_markdown_is_not_refused():
    b, handle = member("plain")
    body = ("Tom & Jerry &amp; me, 3 < 4 &lt;3\n\n**I** *feel* `ok` today, "
            "2019 &ndash; 2020 were hard.\n\n> my friends are all on Snapchat\n\n"
            "1. first\n2. second")
    post_id = write_post(b, title="Me & my brother <3", body=body)
    html = one("SELECT body_html FROM posts WHERE id = ?", post_id)
    assert "Tom &amp; Jerry &amp; me" in html and "<strong>I</strong>" in html
    assert one("SELECT crisis FROM posts WHERE id = ?", post_id) == "0"


@by_day
def test_crisis_words_written_with_references_or_fullwidth_letters_are_found():
    b, _ = member("crisis", days_old=3)
    for body in ("I think about sel&#118;mord every night",
                 "I think about ｓｅｌｖｍｏｒｄ every night",
                 "sometimes I want to *die*... I want to d&#105;e"):
        post_id = write_post(b, body=body)
        assert one("SELECT crisis FROM posts WHERE id = ?", post_id) == "1", body


@by_day
def test_staff_are_still_exempt_from_the_contact_guard():
    author, _ = member("asks")
    post_id = write_post(author)
    sofie = staff(SOFIE)
    sofie.get("/p/%d" % post_id)
    for body in ("Ring Børnetelefonen on 116 111 or 2&#48; 12 34 56 any time.",
                 "Write to us: hjaelp&#64;example.org"):
        r = sofie.post("/post/%d/back" % post_id, {"body": body})
        assert r.status == 303, r
