"""
The site on a phone's home screen (issue 10): every page names a web app
manifest, a theme colour and an icon for iOS; the manifest is served as
one, starts at the front page in its own window, and every icon it names
is there, a PNG of the size it says (the goals companion relies on this).
"""
import json
import struct

from opbak import Browser


def png_size(body):
    assert body[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", body[16:24])


def test_every_page_names_the_manifest_the_theme_and_an_ios_icon():
    for path in ("/", "/account/login", "/leaderboard"):
        page = Browser().get(path).text
        assert '<link rel="manifest" href="/manifest.webmanifest">' in page, path
        assert '<meta name="theme-color" content="#0a6363">' in page, path
        assert '<link rel="apple-touch-icon" href="/img/icon-180.png">' in page, path
    icon = Browser().get("/img/icon-180.png")
    assert icon.status == 200 and png_size(icon.body) == (180, 180)


def test_the_manifest_opens_the_front_page_in_its_own_window_with_its_icons():
    r = Browser().get("/manifest.webmanifest")
    assert r.status == 200
    assert r.header("content-type").startswith("application/manifest+json")
    m = json.loads(r.body)
    assert m["name"] == "Opbak" and m["short_name"] == "Opbak"
    assert m["start_url"] == "/" and m["display"] == "standalone"
    sizes = set()
    for icon in m["icons"]:
        got = Browser().get(icon["src"])
        assert got.status == 200, icon["src"]
        if icon["type"] == "image/png":
            w, h = png_size(got.body)
            assert icon["sizes"] == "%dx%d" % (w, h), icon
            sizes.add(w)
    assert {192, 512} <= sizes  # what phones ask for
