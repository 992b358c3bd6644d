"""
Topics in the reader's language (sql/013 topic_texts, cgi-bin/account/
admin_topics.c): the nine topics the site ships have Danish and Swedish
names and descriptions; a reader who chose a language (the opbak_lang
cookie) sees them on the topic page, on a post's page, in the lists, in
the writing form and in the topic's feed. An admin gives a topic its
words in each language; a language without its own words shows the
default (English) ones.
"""
import re
import secrets
import time

from opbak import Browser, sql
from post_helpers import ADMIN, SOFIE, by_day, member, premod, staff, write_post
from test_feed import fresh_topic, person, support_person

FRIENDS = {"en": ("Friends", "Friendship, loneliness, being left out, bullying."),
           "da": ("Venner", "Venskab, ensomhed, at blive holdt udenfor, mobning."),
           "sv": ("Vänner", "Vänskap, ensamhet, att hamna utanför, mobbning.")}
FAMILY = {"en": "Family", "da": "Familie", "sv": "Familj"}


def reader(lang):
    """A visitor who chose lang with the footer's switch (its cookie)."""
    b = Browser()
    b.cookies["opbak_lang"] = lang
    return b


def english_admin():
    """The admin, reading his pages in English whatever the site's default."""
    b = staff(ADMIN)
    b.cookies["opbak_lang"] = "en"
    return b


def topic_link(page, slug):
    """The words of every link to /t/<slug> on the page."""
    return re.findall(r'<a href="/t/%s"[^>]*>([^<]*)</a>' % re.escape(slug), page)


def admin_saves(admin, tid, **fields):
    """The admin saves topic tid's card with these fields (the rest as
    the card shows them now)."""
    page = admin.get("/admin/topics").text
    card = page[page.index('name="id" value="%s"' % tid):]
    card = card[:card.index("</form>")]
    form = dict(re.findall(r'name="([a-z_]+)" value="([^"]*)"', card))
    form = {k: v.replace("&amp;", "&") for k, v in form.items() if k != "csrf"}
    form.update(fields)
    return admin.post("/admin/topics", form)


def seen(b, path, ready, seconds=5):
    """What b gets at path once ready(text) holds (an anonymous page may
    be nginx's copy of a second ago)."""
    deadline = time.monotonic() + seconds
    while True:
        text = b.get(path).text
        if ready(text) or time.monotonic() > deadline:
            return text
        time.sleep(0.1)


# ---- the shipped topics in each language -------------------------------------

def test_the_same_topic_page_names_its_topic_in_danish_swedish_and_english():
    for lang in ("da", "sv", "en", "da"):
        name, description = FRIENDS[lang]
        r = reader(lang).get("/t/friends")
        assert r.status == 200, r
        assert '<html lang="%s"' % lang in r.text
        # each marked as the language it is in
        assert '<h1 lang="%s">%s</h1>' % (lang, name) in r.text, (lang, r)
        assert '<p class="lead" lang="%s">%s</p>' % (lang, description) in r.text, (lang, r)
        assert "<title>%s" % name in r.text
        # the list of every topic on the page, too
        assert topic_link(r.text, "family") == [FAMILY[lang]]


@by_day
def test_a_post_page_and_the_lists_name_its_topic_in_the_readers_language():
    b, _, _ = person("tx")
    pid = write_post(b, title="Home is loud " + secrets.token_hex(3), topic="family")
    for lang in ("da", "sv", "en"):
        r = reader(lang).get("/p/%d" % pid)
        assert r.status == 200, r
        assert topic_link(r.text, "family") == [FAMILY[lang]], (lang, r)
        front = seen(reader(lang), "/", lambda t: "/p/%d" % pid in t)
        row = front[front.index('href="/p/%d"' % pid):]
        assert topic_link(row[:row.index("</li>")], "family") == [FAMILY[lang]], lang


def test_the_writing_form_offers_the_topics_in_the_writers_language():
    b, _ = member("tx")
    for lang in ("da", "sv", "en"):
        b.cookies["opbak_lang"] = lang
        r = b.get("/post/new")
        assert r.status == 200, r
        assert ('<option value="friends" lang="%s">%s</option>' % (lang, FRIENDS[lang][0])
                in r.text), (lang, r)


def test_a_moderator_sees_a_held_posts_topic_in_his_language():
    with premod(covering=True):
        b, _, _ = person("tx")
        title = "Held at night " + secrets.token_hex(3)
        pid = write_post(b, title=title, topic="family")
        mod = staff(SOFIE)
        for lang in ("sv", "da"):
            mod.cookies["opbak_lang"] = lang
            page = mod.get("/mod?posts_after=%d" % (pid - 1)).text
            held = page[page.index(title):]
            assert (' · <span lang="%s">%s</span> · ' % (lang, FAMILY[lang])
                    in held[:held.index("</p>")]), lang


def test_a_support_persons_topics_are_named_in_the_readers_language():
    b, handle, _ = support_person("tx")
    family = sql("SELECT id FROM topics WHERE slug = 'family'")[0][0]
    friends = sql("SELECT id FROM topics WHERE slug = 'friends'")[0][0]
    b.cookies["opbak_lang"] = "da"
    b.get("/account/settings")
    r = b.post("/account/settings/profile", [("bio", ""), ("life_experience", "Football."),
                                             ("topic", family), ("topic", friends)])
    assert r.status == 303, r
    # his settings, in his language: the boxes he ticked, by their Danish names
    page = b.get("/account/settings").text
    assert re.search(r'value="%s" checked> <span lang="da">Familie</span></label>' % family, page), page
    assert re.search(r'value="%s"> <span lang="da">Sex og krop</span></label>' % sql(
        "SELECT id FROM topics WHERE slug = 'sex-and-body'")[0][0], page)
    # his profile, in each reader's
    for lang in ("sv", "en", "da"):
        page = reader(lang).get("/u/" + handle).text
        assert topic_link(page, "family") == [FAMILY[lang]], lang
        assert topic_link(page, "friends") == [FRIENDS[lang][0]], lang


def test_a_topics_feed_is_titled_in_the_readers_language():
    r = reader("sv").get("/t/friends/feed.xml")
    assert r.status == 200, r
    assert "Vänner" in r.text and FRIENDS["sv"][1] in r.text


# ---- an admin gives a topic its words ----------------------------------------

def test_an_admin_names_a_topic_in_danish_and_a_danish_reader_sees_it():
    slug = fresh_topic()
    tid = sql("SELECT id FROM topics WHERE slug = ?", slug)[0][0]
    da, sv, en = reader("da"), reader("sv"), reader("en")
    # no Danish words yet: the Danish reader gets the default ones, marked
    # as English
    assert '<h1 lang="en">Topic %s</h1>' % slug in da.get("/t/" + slug).text
    admin = english_admin()
    r = admin_saves(admin, tid, name_da="Emne " + slug, description_da="Om " + slug)
    assert r.status == 303, r
    page = seen(da, "/t/" + slug, lambda t: "Emne " + slug in t)
    assert '<h1 lang="da">Emne %s</h1>' % slug in page and "Om " + slug in page
    assert topic_link(seen(da, "/", lambda t: "Emne " + slug in t), slug) == ["Emne " + slug]
    # Swedish has none of its own: the default words, as English
    for other in (sv, en):
        page = other.get("/t/" + slug).text
        assert '<h1 lang="en">Topic %s</h1>' % slug in page and "About " + slug in page
    # the admin's form shows what he saved
    card = admin.get("/admin/topics").text
    assert 'name="name_da" value="Emne %s"' % slug in card
    assert 'name="name_sv" value=""' in card


def test_a_danish_name_without_a_description_shows_the_default_description():
    slug = fresh_topic()
    tid = sql("SELECT id FROM topics WHERE slug = ?", slug)[0][0]
    assert admin_saves(english_admin(), tid, name_da="Kun navn " + slug).status == 303
    page = seen(reader("da"), "/t/" + slug, lambda t: "Kun navn " + slug in t)
    # the name in Danish, the description the default one, each marked so
    assert '<h1 lang="da">Kun navn %s</h1>' % slug in page
    assert '<p class="lead" lang="en">About %s' % slug in page


def test_emptying_a_languages_words_brings_back_the_default():
    slug = fresh_topic()
    tid = sql("SELECT id FROM topics WHERE slug = ?", slug)[0][0]
    admin = english_admin()
    assert admin_saves(admin, tid, name_sv="Ämne " + slug).status == 303
    assert "Ämne " + slug in seen(reader("sv"), "/t/" + slug, lambda t: "Ämne " + slug in t)
    assert admin_saves(admin, tid, name_sv="", description_sv="").status == 303
    page = seen(reader("sv"), "/t/" + slug, lambda t: "Ämne " + slug not in t)
    assert '<h1 lang="en">Topic %s</h1>' % slug in page
    assert sql("SELECT COUNT(*) FROM topic_texts WHERE topic_id = ?", int(tid)) == [["0"]]


def test_a_new_topic_comes_with_its_danish_and_swedish_words():
    slug = "t-" + secrets.token_hex(4)
    admin = english_admin()
    admin.get("/admin/topics")
    r = admin.post("/admin/topics", {"slug": slug, "name": "Money " + slug, "description": "",
                                     "name_da": "Penge " + slug, "description_da": "",
                                     "name_sv": "Pengar " + slug, "description_sv": "",
                                     "position": "1000"})
    assert r.status == 303, r
    for lang, name in (("da", "Penge "), ("sv", "Pengar "), ("en", "Money ")):
        page = seen(reader(lang), "/t/" + slug, lambda t, n=name: n + slug in t)
        assert '<h1 lang="%s">%s%s</h1>' % (lang, name, slug) in page, lang


def test_a_one_letter_danish_name_is_refused_with_the_form_kept():
    slug = fresh_topic()
    tid = sql("SELECT id FROM topics WHERE slug = ?", slug)[0][0]
    admin = english_admin()
    r = admin_saves(admin, tid, name="Kept " + slug, name_da="E", description_sv="Behållen")
    assert r.status == 400, r
    assert "Name in Danish is too short" in r.text
    assert 'name="name_da" value="E" maxlength="60" lang="da" aria-describedby=' in r.text
    assert 'aria-invalid="true"' in r.text
    assert 'value="Kept %s"' % slug in r.text and 'value="Behållen"' in r.text
    # nothing was saved
    assert sql("SELECT name FROM topics WHERE id = ?", int(tid)) == [["Topic " + slug]]
    assert sql("SELECT COUNT(*) FROM topic_texts WHERE topic_id = ?", int(tid)) == [["0"]]


def test_a_danish_name_over_the_limit_is_refused():
    slug = fresh_topic()
    tid = sql("SELECT id FROM topics WHERE slug = ?", slug)[0][0]
    r = admin_saves(english_admin(), tid, name_da="æ" * 61)
    assert r.status == 400 and "Name in Danish is too long" in r.text, r


def test_words_for_a_topic_that_does_not_exist_change_nothing():
    admin = english_admin()
    admin.get("/admin/topics")
    for tid in ("60000", "4000000000"):  # no topic; more than any topic id can be
        r = admin.post("/admin/topics", {"id": tid, "name": "Nothing", "description": "",
                                         "name_da": "Intet", "position": "10"})
        assert r.status == 303, r
    assert sql("SELECT COUNT(*) FROM topic_texts WHERE name = 'Intet'") == [["0"]]
