/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-deliverable.h"

G_BEGIN_DECLS

#define MR_TYPE_DELIVERABLE_ROW (mr_deliverable_row_get_type ())
G_DECLARE_FINAL_TYPE (MrDeliverableRow, mr_deliverable_row, MR, DELIVERABLE_ROW, GtkListBoxRow)

/* One deliverable in the member editor: what, the day it is due and whether it is
 * done, as typed (nothing is stored until the editor saves). @deliverable is NULL for a
 * new one. Emits MrDeliverableRow::changed and MrDeliverableRow::remove. */
GtkWidget     *mr_deliverable_row_new             (MrDeliverable    *deliverable);
MrDeliverable *mr_deliverable_row_get_deliverable (MrDeliverableRow *self);
/* Trimmed; NULL when empty. */
char          *mr_deliverable_row_dup_title       (MrDeliverableRow *self);
char          *mr_deliverable_row_dup_due_date    (MrDeliverableRow *self);
gboolean       mr_deliverable_row_get_done        (MrDeliverableRow *self);
/* Whether the row says nothing at all: a new row left empty is not stored. */
gboolean       mr_deliverable_row_is_blank        (MrDeliverableRow *self);
/* Checks the row, shows what is wrong under it; TRUE when it can be stored. */
gboolean       mr_deliverable_row_check           (MrDeliverableRow *self);

G_END_DECLS
