/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-creator.h"
#include "mr-roster-sorter.h"

G_BEGIN_DECLS

#define MR_TYPE_ROSTER_COLUMN (mr_roster_column_get_type ())
GType mr_roster_column_get_type (void) G_GNUC_CONST;

#define MR_TYPE_ROSTER_CELL (mr_roster_cell_get_type ())
G_DECLARE_FINAL_TYPE (MrRosterCell, mr_roster_cell, MR, ROSTER_CELL, GtkWidget)

/* One cell of the roster: what @column shows of a creator, kept up to date while the
 * creator changes, and named for screen readers ("Followers: 12,400"). */
MrRosterCell       *mr_roster_cell_new         (MrRosterColumn   column);
MrCreator          *mr_roster_cell_get_creator (MrRosterCell    *self);
void                mr_roster_cell_set_creator (MrRosterCell    *self,
                                                MrCreator       *creator);
/* The cells of @column for a GtkColumnView over a roster's slots (MrRosterSlots). */
GtkListItemFactory *mr_roster_cell_factory_new (MrRosterColumn   column);
/* The platform a roster shows for @platform: a symbolic icon name and its label. */
const char         *mr_roster_platform_icon    (MrPlatform       platform);
/* The CSS class of a recommendation's badge, NULL for none. */
const char         *mr_roster_badge_class      (MrRecommendation recommendation);

G_END_DECLS
