#!/usr/bin/env bash
# AdwToast reads its title as Pango markup, and libadwaita 1.2 cannot be told not to:
# every toast is made by mr_feedback_toast_new (), which escapes the text it is given.
set -u
src="$1/src"
hits=$(grep -rnE --include='*.c' '\badw_toast_(new|new_format|set_title)\b' "$src" |
       grep -v "^$src/gui/widgets/mr-feedback.c:")
if [ -n "$hits" ]; then
  printf '%s\n%s\n' 'Make toasts with mr_feedback_toast_new (), which shows the text as written:' \
    "$hits" >&2
  exit 1
fi
echo "toasts ok"
