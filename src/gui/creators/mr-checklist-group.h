/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MR_TYPE_CHECKLIST_GROUP (mr_checklist_group_get_type ())
G_DECLARE_FINAL_TYPE (MrChecklistGroup, mr_checklist_group, MR, CHECKLIST_GROUP, GtkWidget)

/* The manual checklist (DESIGN.md §1): what numbers cannot judge, each criterion rated
 * 0–5 with a note. It edits; whoever shows it stores: on every change it emits
 * ::changed (criterion id, rating 0–5 or -1, note or NULL). Each criterion's drop-down
 * is named after the criterion's id ("brand-fit"), its note row "brand-fit-note". */
GtkWidget  *mr_checklist_group_new         (void);
/* @entries (element-type MrChecklistEntry) (nullable): the stored judgement. */
void        mr_checklist_group_show        (MrChecklistGroup *self,
                                            GPtrArray        *entries);

guint       mr_checklist_get_n_criteria    (void);
/* The stable id stored in the database and the JSON export. */
const char *mr_checklist_get_criterion     (guint             index);
const char *mr_checklist_get_criterion_label (guint           index);

G_END_DECLS
