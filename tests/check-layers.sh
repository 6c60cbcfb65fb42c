#!/usr/bin/env bash
# DESIGN.md §3: metrics/ is pure (GLib only), core/ never includes GTK, and neither
# reaches up into the layers above it.
set -u
src="$1/src"
status=0

forbid () { # folder, pattern, why
  local hits
  hits=$(grep -rnE --include='*.[ch]' "$2" "$src/$1" 2>/dev/null)
  if [ -n "$hits" ]; then
    printf '%s\n%s\n\n' "src/$1 must not $3:" "$hits" >&2
    status=1
  fi
}

upper_headers () { # folders whose headers a lower layer must not include
  local names=""
  for d in "$@"; do
    for h in $(find "$src/$d" -name '*.h' -printf '%f\n' 2>/dev/null); do
      names="$names|$h"
    done
  done
  echo "${names#|}"
}

forbid metrics '#include *<(gtk|gdk|adwaita|libsoup|sqlite3|cairo|pango|gio/gio)' \
  'include GTK, SQLite, libsoup, cairo or GIO (metrics are pure computations)'
forbid core '#include *<(gtk|gdk|adwaita|libsoup)' 'include GTK or libsoup'
forbid import '#include *<(gtk|gdk|adwaita)' 'include GTK'
forbid net '#include *<(gtk|gdk|adwaita)' 'include GTK'
# The report draws on any cairo_t, a PDF page as well as a widget: cairo and Pango only.
forbid report '#include *<(gtk|gdk|adwaita|libsoup)' 'include GTK or libsoup (it draws on any cairo_t)'

up=$(upper_headers gui)
[ -n "$up" ] && forbid report "#include \"($up)\"" 'include headers of gui/'
up=$(upper_headers gui report import net)
[ -n "$up" ] && forbid core "#include \"($up)\"" 'include headers of gui/, report/, import/ or net/'
# The domain's enums (platforms, statuses) are the one shared vocabulary metrics may use.
up=$(upper_headers gui report import net core | tr '|' '\n' | grep -vx 'mr-enums.h' | paste -sd'|')
[ -n "$up" ] && forbid metrics "#include \"($up)\"" 'include headers of other layers (mr-enums.h aside)'

[ $status -eq 0 ] && echo "layers ok"
exit $status
