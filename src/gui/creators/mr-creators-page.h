/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MR_TYPE_CREATORS_PAGE (mr_creators_page_get_type ())
G_DECLARE_FINAL_TYPE (MrCreatorsPage, mr_creators_page, MR, CREATORS_PAGE, GtkWidget)

void mr_creators_page_set_model (MrCreatorsPage *self,
                                 GListModel     *model);

G_END_DECLS
