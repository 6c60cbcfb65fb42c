/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void mr_list_state_bind (GtkStack    *stack,
                         GtkListView *list_view,
                         GListModel  *model);

G_END_DECLS
