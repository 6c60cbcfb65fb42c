/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-creator.h"

G_BEGIN_DECLS

/* One row of the roster: the creator shown at a position of the list, which changes
 * when a search or a sort puts another creator there. */
#define MR_TYPE_ROSTER_SLOT (mr_roster_slot_get_type ())
G_DECLARE_FINAL_TYPE (MrRosterSlot, mr_roster_slot, MR, ROSTER_SLOT, GObject)

MrCreator     *mr_roster_slot_get_creator    (MrRosterSlot      *self);
gboolean       mr_roster_slot_is_near_screen (MrRosterSlot      *self);

/* The roster's rows for a GtkColumnView: a selection model over the same positions as
 * @selection (creators, filtered and sorted), whose items are slots that stay in place
 * while the creators in them change.
 *
 * GTK 4.8 throws away the row of every item that leaves a list and builds a new row,
 * with all its cells, for every item that enters it, so each search keystroke over a
 * long roster rebuilt every visible row. Here a search changes which creator a slot
 * holds, and a row shows what its slot holds: the rows stay, only their text changes,
 * and rows come and go only at the end of the list. Selecting goes to @selection,
 * which keeps track of the creators selected as the list changes. */
#define MR_TYPE_ROSTER_SLOTS (mr_roster_slots_get_type ())
G_DECLARE_FINAL_TYPE (MrRosterSlots, mr_roster_slots, MR, ROSTER_SLOTS, GObject)

MrRosterSlots *mr_roster_slots_new        (GtkSelectionModel *selection);
void           mr_roster_slots_set_screen (MrRosterSlots     *self,
                                           guint              first_shown,
                                           guint              n_per_screen);
void           mr_roster_slots_hold_back  (MrRosterSlots     *self);
gboolean       mr_roster_slots_grow       (MrRosterSlots     *self,
                                           guint              n_more);

G_END_DECLS
