/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the command line asked for (DESIGN.md §5). Strings are borrowed. */
typedef struct
{
  const char         *database;
  gboolean            export_json;
  gboolean            import;
  gboolean            refresh;
  const char         *report;
  const char         *output;
  const char         *creator;
  const char         *campaign;    /* --import takes results of this campaign */
  const char * const *files;
} MrCommandLine;

gboolean mr_command_line_is_headless (const MrCommandLine *cmd);
int      mr_command_line_check_usage (const MrCommandLine *cmd);
int      mr_command_line_run         (const MrCommandLine *cmd);

G_END_DECLS
