"""
A post's first words under its title in the lists (issue 10): on the
front page, in its topic, on its author's profile and in search, a
reader sees the beginning of the body as plain text on one line, the
Markdown marks gone, cut at a word with "…" when there is more; a
member's HTML never gets through, escaped or not.
"""
import re

from opbak import visitor
from post_helpers import by_day, write_post
from test_feed import person, word


def excerpt_of(page, pid):
    row = page.split('<a href="/p/%d">' % pid, 1)[1].split("</li>", 1)[0]
    m = re.search(r'<p class="excerpt">(.*?)</p>', row, re.S)
    assert m, row
    return m.group(1)


@by_day
def test_every_list_shows_the_beginning_of_the_body_as_plain_text():
    b, handle, _ = person("ex")
    tag = word()
    body = ("# %s at home\n\nMy *dad* and I **argue** about <b>everything</b>, "
            "every [evening](https://example.org).\n\n" % tag) + "More words follow here. " * 20
    pid = write_post(b, title="Arguing " + tag, body=body, topic="family")
    want = "%s at home My dad and I argue about everything, every evening. More words" % tag
    for path in ("/", "/t/family", "/u/" + handle, "/search?q=" + tag):
        page = b.get(path).text  # a member: at once
        text = excerpt_of(page, pid)
        assert text.startswith(want), (path, text)
        assert text.endswith("…") and len(text.encode()) <= 180 + 3, (path, text)
        assert "<b>" not in text and "&lt;b&gt;" not in text and "*" not in text, (path, text)
    page = visitor("/", lambda r: '<a href="/p/%d">' % pid in r.text).text  # and a visitor
    assert excerpt_of(page, pid).startswith(want)


@by_day
def test_a_short_body_is_shown_whole_and_escaped():
    b, _, _ = person("ex")
    pid = write_post(b, body="Is 3 < 5 & \"quotes\" fine? Yes.")
    text = excerpt_of(b.get("/").text, pid)
    assert text == "Is 3 &lt; 5 &amp; &quot;quotes&quot; fine? Yes."
