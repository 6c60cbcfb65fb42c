/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The criteria of the manual checklist (DESIGN.md §1: what numbers cannot judge), by
 * the stable id the store keeps them under, in the order they are asked. */

guint       mr_checklist_criteria_get_n     (void);
const char *mr_checklist_criteria_get_id    (guint       index);
/* Translated: "Brand fit". */
const char *mr_checklist_criteria_get_label (guint       index);
/* The index of @id, or -1 for a criterion this version does not know. */
int         mr_checklist_criteria_find      (const char *id);

G_END_DECLS
