#!/bin/sh
# Collect every translatable string into po/opbak.pot:
#   C:         _("...") and N_("...") via xgettext
#   templates: [[...]] in cgi-bin/*/*.tpl and nginx's own error pages
#              (nginx/errors/*.html) via awk (xgettext cannot read them)
# Then merge the template into every po/<lang>.po with msgmerge.
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

xgettext --from-code=UTF-8 --language=C --keyword=_ --keyword=N_ \
	--package-name=opbak --add-comments=TRANSLATORS -o "$tmp/c.pot" \
	cgi-bin/*/*.c cgi-bin/*/*.h

{
	printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
	for f in cgi-bin/*/*.tpl nginx/errors/*.html; do
		awk -v file="$f" '{
			line = $0
			while (match(line, /\[\[[^]]*\]\]/)) {
				s = substr(line, RSTART + 2, RLENGTH - 4)
				gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s)
				printf "#: %s:%d\nmsgid \"%s\"\nmsgstr \"\"\n\n", file, NR, s
				line = substr(line, RSTART + RLENGTH)
			}
		}' "$f"
	done
} >"$tmp/tpl.raw.pot"
msguniq --use-first -o "$tmp/tpl.pot" "$tmp/tpl.raw.pot"

msgcat --use-first -o po/opbak.pot "$tmp/c.pot" "$tmp/tpl.pot"
for po in po/*.po; do
	[ -e "$po" ] || continue
	msgmerge --quiet --update --backup=none "$po" po/opbak.pot
done
echo "po/opbak.pot: $(grep -c '^msgid' po/opbak.pot) strings"
