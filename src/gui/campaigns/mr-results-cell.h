/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-results-item.h"

G_BEGIN_DECLS

#define MR_TYPE_RESULTS_CELL (mr_results_cell_get_type ())
G_DECLARE_FINAL_TYPE (MrResultsCell, mr_results_cell, MR, RESULTS_CELL, GtkWidget)

/* One figure of the results editor: an entry that shows the item's figure, and emits
 * "edited" with the text when the user commits it (Enter, or leaving the cell); Escape
 * puts back what is stored. A refused figure stays as typed, marked as an error with
 * its reason as the tooltip. */
GtkWidget      *mr_results_cell_new       (MrResultsField  field);

MrResultsField  mr_results_cell_get_field (MrResultsCell  *self);
MrResultsItem  *mr_results_cell_get_item  (MrResultsCell  *self);
void            mr_results_cell_set_item  (MrResultsCell  *self,
                                           MrResultsItem  *item);
GtkEditable    *mr_results_cell_get_entry (MrResultsCell  *self);

G_END_DECLS
