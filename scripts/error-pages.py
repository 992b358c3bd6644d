#!/usr/bin/env python3
"""
error-pages.py - one of nginx's own error pages (nginx/errors/*.html) in
one language, for htdocs/errors/<lang>/. `make` runs it for every page and
every language (en and each po/<lang>.po); nginx picks the visitor's
(nginx/opbak.conf.in, "the language of nginx's own pages").

    scripts/error-pages.py LANG TEMPLATE OUTPUT [CATALOGUE.mo]

The template is plain HTML with the templates' two marks: [[English
text]] is looked up in the compiled catalogue (as core/tmpl.cc does for
the pages: the translation goes in as written, translators write HTML
text) and {{lang}} becomes LANG. Without a catalogue (English), or for a
msgid it has no translation of, the English stays. Translators only touch
po/: scripts/po-extract.sh collects the [[...]] here too.

The page is written next to OUTPUT and renamed over it, so nginx never
serves half a page and two builds at once do not mix their bytes.
"""
import gettext
import os
import re
import sys


def main(argv):
    if len(argv) not in (4, 5):
        sys.stderr.write(__doc__)
        return 2
    lang, template, output = argv[1:4]
    if not re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", lang):
        sys.stderr.write("error-pages: not a language code: %r\n" % lang)
        return 2
    if len(argv) == 5:
        with open(argv[4], "rb") as f:
            catalogue = gettext.GNUTranslations(f)
    else:
        catalogue = gettext.NullTranslations()
    with open(template, encoding="utf-8") as f:
        text = f.read()
    # gettext("") is the catalogue's header: an empty mark stays empty.
    text = re.sub(r"\[\[(.*?)\]\]",
                  lambda m: catalogue.gettext(m.group(1)) if m.group(1) else "",
                  text, flags=re.S)
    text = text.replace("{{lang}}", lang)
    if "[[" in text or "{{" in text:
        sys.stderr.write("error-pages: %s: a mark is not closed\n" % template)
        return 1
    os.makedirs(os.path.dirname(output) or ".", exist_ok=True)
    tmp = "%s.%d.tmp" % (output, os.getpid())
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, output)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
