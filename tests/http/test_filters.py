"""
The front page and every topic list their posts three ways (issue 10):
newest (the plain address), those nobody has backed up yet
(?show=unanswered) and the most backed (?show=backed), chosen with plain
links above the list, the current one marked. Each pages by key: newest
and unanswered by ?before=<id>, most backed by the count and the id of
the last row (?backings=&before=). Posts waiting for a moderator or
hidden by one are in none of them; a filter that does not exist is
refused, naming the field.
"""
import html
import re

from opbak import Browser, sql, visitor
from post_helpers import SOFIE, back, by_day, premod, staff, write_post
from test_feed import fresh_topic, held_post, hide, main_of, older_link, person, post_ids


def filter_links(text):
    """The filter links above the list: [(href, label, current)]."""
    nav = text.split('<nav class="tabs" aria-label="Which posts">', 1)[1].split("</nav>", 1)[0]
    return [(html.unescape(href), label, bool(cur)) for href, cur, label in
            re.findall(r'<li><a href="([^"]*)"( aria-current="page")?>([^<]*)</a></li>', nav)]


def heading(text):
    return re.search(r'<h2 id="(?:newest|posts)-title">([^<]*)</h2>', text).group(1)


def set_backings(counts):
    """Time travel for the order of most backed: {post id: backing_count}."""
    for pid, n in counts.items():
        sql("UPDATE posts SET backing_count = ? WHERE id = ?", n, pid)


@by_day
def test_unanswered_lists_visible_posts_nobody_has_backed_yet_newest_first():
    author, _, _ = person("fl")
    helper, _, _ = person("flh")
    slug = fresh_topic()
    quiet = write_post(author, title="Nobody answered yet", topic=slug)
    backed = write_post(author, title="Someone backed this", topic=slug)
    waiting = write_post(author, title="Its backing waits for a moderator", topic=slug)
    taken = write_post(author, title="Its backing was hidden", topic=slug)
    back(helper, backed)
    with premod(covering=True):  # the backing is held: nobody sees it, so no answer yet
        back(helper, waiting)
    hide(taken, back(helper, taken))  # shown, then taken down: no answer either
    pending = held_post(author, title="Held at night", topic=slug)
    hidden = write_post(author, title="Hidden by a moderator", topic=slug)
    hide(hidden)
    assert sql("SELECT id, backing_count FROM posts WHERE id IN (?, ?, ?, ?) ORDER BY id",
               quiet, backed, waiting, taken) == [
        [str(quiet), "0"], [str(backed), "1"], [str(waiting), "0"], [str(taken), "0"]]

    r = author.get("/t/%s?show=unanswered" % slug)
    assert r.status == 200
    assert post_ids(r.text) == [taken, waiting, quiet]
    assert heading(r.text) == "Posts nobody has backed up yet"
    assert filter_links(r.text) == [("/t/" + slug, "Newest", False),
                                    ("/t/%s?show=unanswered" % slug, "Unanswered", True),
                                    ("/t/%s?show=backed" % slug, "Most backed", False)]
    # the front page too, as a member sees it and as a visitor does
    mine = {quiet, backed, waiting, taken, pending, hidden}
    home = author.get("/?show=unanswered")
    assert [i for i in post_ids(home.text) if i in mine] == [taken, waiting, quiet]
    anon = visitor("/?show=unanswered", lambda a: taken in post_ids(a.text))
    assert [i for i in post_ids(anon.text) if i in mine] == [taken, waiting, quiet]
    # the held and the hidden post are in no list, for a visitor or their author
    for who in (author, Browser()):
        for path in ("/t/" + slug, "/t/%s?show=unanswered" % slug, "/t/%s?show=backed" % slug):
            shown = post_ids(who.get(path).text)
            assert pending not in shown and hidden not in shown, path
    # newest has all four shown posts; most backed puts the backed one first
    assert post_ids(author.get("/t/" + slug).text) == [taken, waiting, backed, quiet]
    assert post_ids(author.get("/t/%s?show=backed" % slug).text) == [backed, taken, waiting,
                                                                        quiet]
    # backed up later, it leaves the unanswered list on the next page view
    back(helper, quiet)
    assert post_ids(author.get("/t/%s?show=unanswered" % slug).text) == [taken, waiting]


@by_day
def test_unanswered_pages_by_key():
    author, _, _ = person("fl")
    slug = fresh_topic()
    ids = [write_post(author, title="Unanswered number %02d" % i, topic=slug) for i in range(22)]
    first = author.get("/t/%s?show=unanswered" % slug)
    assert post_ids(first.text) == list(reversed(ids))[:20]
    link = older_link(first.text)
    assert link == "/t/%s?show=unanswered&before=%d" % (slug, ids[2])
    second = author.get(link)
    assert post_ids(second.text) == [ids[1], ids[0]]
    assert heading(second.text) == "Older posts nobody has backed up yet"
    assert older_link(second.text) is None
    assert "There are no older posts." in author.get(
        "/t/%s?show=unanswered&before=%d" % (slug, ids[0])).text


@by_day
def test_most_backed_orders_by_backings_then_newest_and_pages_through_ties():
    author, _, _ = person("fl")
    slug = fresh_topic()
    ids = [write_post(author, title="Backed number %02d" % i, topic=slug) for i in range(23)]
    counts = {pid: i % 4 for i, pid in enumerate(ids)}  # ties of 5 or 6 posts each
    set_backings(counts)
    want = sorted(ids, key=lambda pid: (-counts[pid], -pid))

    first = author.get("/t/%s?show=backed" % slug)
    assert first.status == 200
    assert post_ids(first.text) == want[:20]
    assert heading(first.text) == "Most backed posts"
    assert [c for _, _, c in filter_links(first.text)] == [False, False, True]
    # the 20th row is in the middle of the posts with no backing: the
    # next page starts after it by count and id, none repeated, none lost
    last = want[19]
    assert counts[last] == 0 and counts[want[20]] == 0
    link = older_link(first.text)
    assert link == "/t/%s?show=backed&backings=0&before=%d" % (slug, last)
    assert "More posts</a>" in first.text
    second = author.get(link)
    assert post_ids(second.text) == want[20:]
    assert heading(second.text) == "More of the most backed posts"
    assert older_link(second.text) is None
    # a cursor in the middle of a count: the rest of that count, then fewer
    mid = want[3]
    rest = author.get("/t/%s?show=backed&backings=%d&before=%d" % (slug, counts[mid], mid))
    assert post_ids(rest.text) == want[4:24]
    # the backing count is on each row
    assert "3 backings" in first.text.split('<a href="/p/%d">' % want[0], 1)[1].split("</li>")[0]
    assert "There are no more posts." in author.get(
        "/t/%s?show=backed&backings=0&before=%d" % (slug, want[-1])).text


@by_day
def test_the_front_page_lists_the_most_backed_first():
    author, _, _ = person("fl")
    a, b, c = (write_post(author, title="Front page, most backed %d" % i) for i in range(3))
    try:
        # more backings than any other post of the test database has
        set_backings({a: 1000002, b: 1000001, c: 1000001})
        r = author.get("/?show=backed")
        assert post_ids(r.text)[:3] == [a, c, b]
        anon = visitor("/?show=backed", lambda x: post_ids(x.text)[:3] == [a, c, b])
        assert post_ids(anon.text)[:3] == [a, c, b]
        assert 'aria-current="page">Most backed</a>' in anon.text
        link = older_link(r.text)
        if link:  # more than a page of posts in the database: the cursor keeps the filter
            assert link.startswith("/?show=backed&backings=")
            assert not set(post_ids(author.get(link).text)) & set(post_ids(r.text))
    finally:
        set_backings({a: 0, b: 0, c: 0})


def test_newest_is_the_plain_address_and_each_filter_its_own_page():
    b, _, _ = person("fl")
    plain = b.get("/")
    assert filter_links(plain.text) == [("/", "Newest", True),
                                        ("/?show=unanswered", "Unanswered", False),
                                        ("/?show=backed", "Most backed", False)]
    assert heading(plain.text) == "Newest posts"
    assert heading(b.get("/?show=newest").text) == "Newest posts"
    # an empty choice is no choice, as an unselected <select> sends it
    assert heading(b.get("/?show=").text) == "Newest posts"
    # the worker's kept piece and nginx's copy are each per filter
    for path, title in (("/?show=unanswered", "Posts nobody has backed up yet"),
                        ("/?show=backed", "Most backed posts"), ("/", "Newest posts")):
        assert heading(b.get(path).text) == title, path
        assert heading(Browser().get(path).text) == title, path
    topic = b.get("/t/family?show=backed")
    assert heading(topic.text) == "Most backed posts"
    assert 'aria-current="page" lang="en">Family</a>' in topic.text  # the topic stays marked


def test_a_filter_that_does_not_exist_is_400_naming_the_field():
    for path in ("/?show=oldest", "/t/family?show=BACKED", "/?show=backed%00"):
        r = Browser().get(path)
        assert r.status == 400, path
        assert "The posts to show" in main_of(r), path
    r = Browser().get("/?show=oldest")
    assert "The posts to show must be one of: “newest”, “unanswered”, “backed”" in r.text
    for cursor in ("backings=-1&before=5", "backings=x&before=5", "backings=1&before=0x5"):
        r = Browser().get("/?show=backed&" + cursor)
        assert r.status == 400 and "The place in the list" in main_of(r), cursor
    assert Browser().get("/t/no-such-topic?show=backed").status == 404
