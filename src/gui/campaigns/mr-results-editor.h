/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-store.h"

G_BEGIN_DECLS

#define MR_TYPE_RESULTS_EDITOR (mr_results_editor_get_type ())
G_DECLARE_FINAL_TYPE (MrResultsEditor, mr_results_editor, MR, RESULTS_EDITOR, GtkWidget)

/* A campaign's results as an editable table: one row per member and day, by day then
 * creator. Every figure is saved when it is committed (Enter, or leaving its cell);
 * an empty cell is a figure not known, never a zero. Rows are added for a creator and
 * a day, and deleted with Undo. It follows MrStore::results-changed of its campaign.
 * It scrolls on its own: place it where it gets the height, not in a scrolled window. */
GtkWidget  *mr_results_editor_new          (void);
/* @campaign NULL (with or without @store) empties the editor. */
void        mr_results_editor_set_campaign (MrResultsEditor *self,
                                            MrStore         *store,
                                            MrCampaign      *campaign);
/* The rows as shown (element-type MrResultsItem, see mr-results-item.h). */
GListModel *mr_results_editor_get_rows     (MrResultsEditor *self);

G_END_DECLS
