/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The roster's columns, as far as sorting goes. */
typedef enum
{
  MR_ROSTER_COLUMN_NAME,
  MR_ROSTER_COLUMN_PLATFORMS,
  MR_ROSTER_COLUMN_FOLLOWERS,
  MR_ROSTER_COLUMN_TIER,
  MR_ROSTER_COLUMN_ENGAGEMENT,
  MR_ROSTER_COLUMN_SCORE,
  MR_ROSTER_COLUMN_STATUS,
  MR_N_ROSTER_COLUMNS
} MrRosterColumn;

#define MR_TYPE_ROSTER_SORTER (mr_roster_sorter_get_type ())
G_DECLARE_FINAL_TYPE (MrRosterSorter, mr_roster_sorter, MR, ROSTER_SORTER, GtkSorter)

MrRosterSorter *mr_roster_sorter_new               (void);
/* The sorter to give @column's GtkColumnViewColumn: clicking its header sorts by it. */
GtkSorter      *mr_roster_sorter_new_column_sorter (MrRosterColumn  column);
/* Sorts as the headers of @column_view say, once its columns have their sorters. */
void            mr_roster_sorter_follow            (MrRosterSorter *self,
                                                    GtkColumnView  *column_view);

G_END_DECLS
