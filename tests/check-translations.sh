#!/usr/bin/env bash
# The Dutch translation is complete against the sources, and every file with
# translatable strings is listed in po/POTFILES.in.
set -u
cd "$1" || exit 1
status=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

grep -v '^\s*#' po/POTFILES.in | sed '/^\s*$/d' > "$tmp/files"

while read -r f; do
  [ -f "$f" ] || { echo "po/POTFILES.in lists $f, which does not exist" >&2; status=1; }
done < "$tmp/files"

missing=$( { grep -rlE '\b(N?C?_|ngettext)\s*\(\s*"' src --include='*.c'; \
             grep -rl 'translatable="yes"' src data; } | sort -u | while read -r f; do
             grep -qxF "$f" "$tmp/files" || echo "$f"; done)
if [ -n "$missing" ]; then
  echo "translatable files missing from po/POTFILES.in: $missing" >&2
  status=1
fi

xgettext --from-code=UTF-8 -f "$tmp/files" -o "$tmp/all.pot" \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 --add-comments || exit 1
msgmerge --quiet -o "$tmp/nl.po" po/nl.po "$tmp/all.pot" || exit 1
stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$tmp/nl.po" 2>&1) || status=1
echo "nl: $stats"
case "$stats" in
  *untranslated*|*fuzzy*)
    echo "po/nl.po is not complete; run: meson compile -C _build microreach-update-po" >&2
    status=1 ;;
esac
exit $status
