/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-store.h"

G_BEGIN_DECLS

#define MR_TYPE_MOMENT_ROW (mr_moment_row_get_type ())
G_DECLARE_FINAL_TYPE (MrMomentRow, mr_moment_row, MR, MOMENT_ROW, GtkListBoxRow)

/* One moment: what spiked and why, what to do (Respond, Dismiss, Edit) while it is open
 * or just overdue, with the time left; afterwards how long the answer took. Follows the
 * moment's changes; the time left moves with mr_moment_row_set_now (). */
GtkWidget *mr_moment_row_new        (MrMoment    *moment,
                                     MrStore     *store,
                                     GDateTime   *now);
MrMoment  *mr_moment_row_get_moment (MrMomentRow *self);
void       mr_moment_row_set_now    (MrMomentRow *self,
                                     GDateTime   *now);

/* Whether @moment still waits for an answer at @now: open, or overdue by less than a
 * day (expired, and still answerable, late). */
gboolean   mr_moment_is_pending     (MrMoment    *moment,
                                     GDateTime   *now);

G_END_DECLS
