/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-import-item.h"

G_BEGIN_DECLS

struct _MrImportItem
{
  GObject               parent_instance;

  GFile                *file;
  char                 *display_name;
  char                 *directory;       /* the set it belongs to */
  gboolean              named;           /* given by the user, not found in a folder */
  MrImportItemState     state;
  const MrImportFormat *format;
  gboolean              restore;
  char                 *message;
  gboolean              foreign;         /* no export at all (not one that is broken) */

  MrPlatform            platform;
  char                 *handle;
  gboolean              handle_from_file;
  char                 *account_name;

  guint64               rows;
  char                  first_day[11];
  char                  last_day[11];
  char                 *checksum;        /* when scanned */
  GDate                 export_date;
  GDate                 period_start;
  GDate                 period_end;
  gboolean              period_guessed;
  char                **headers;         /* a creator list's header row; else NULL */
  int                  *columns;         /* per header field: its roster column, or -1 */
  char                 *mapping;         /* those columns in words */
};

void mr_import_item_set_state (MrImportItem      *self,
                               MrImportItemState  state,
                               const char        *message);
/* Keeps the header row of creator list @file and the columns guessed for it. */
void mr_import_item_take_roster (MrImportItem      *self,
                                 MrImportFile      *file);

G_END_DECLS
