/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One thing a campaign member promised to deliver ("1 Reel", "2 stories"), with the
 * day it is due and whether it was delivered. */

#define MR_TYPE_DELIVERABLE (mr_deliverable_get_type ())

G_DECLARE_FINAL_TYPE (MrDeliverable, mr_deliverable, MR, DELIVERABLE, GObject)

MrDeliverable *mr_deliverable_new           (const char    *title);

gint64         mr_deliverable_get_id        (MrDeliverable *self);
void           mr_deliverable_set_id        (MrDeliverable *self,
                                             gint64         id);
gint64         mr_deliverable_get_member_id (MrDeliverable *self);
void           mr_deliverable_set_member_id (MrDeliverable *self,
                                             gint64         member_id);
const char    *mr_deliverable_get_title     (MrDeliverable *self);
void           mr_deliverable_set_title     (MrDeliverable *self,
                                             const char    *title);
/* YYYY-MM-DD, or NULL when no day was agreed. */
const char    *mr_deliverable_get_due_date  (MrDeliverable *self);
void           mr_deliverable_set_due_date  (MrDeliverable *self,
                                             const char    *due_date);
gboolean       mr_deliverable_get_done      (MrDeliverable *self);
void           mr_deliverable_set_done      (MrDeliverable *self,
                                             gboolean       done);

G_END_DECLS
