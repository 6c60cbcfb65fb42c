/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-metrics-types.h"

G_BEGIN_DECLS

#define MR_TYPE_FLAG_LIST (mr_flag_list_get_type ())
G_DECLARE_FINAL_TYPE (MrFlagList, mr_flag_list, MR, FLAG_LIST, GtkWidget)

/* What the metrics noticed about a creator: one row per flag, its severity as an icon
 * (and in words for screen readers), its sentence beside it. */
GtkWidget  *mr_flag_list_new      (void);
/* @flags (element-type MrFlag) (nullable): in the order given, most severe first. */
void        mr_flag_list_show     (MrFlagList *self,
                                   GPtrArray  *flags);
GtkListBox *mr_flag_list_get_list (MrFlagList *self);

G_END_DECLS
