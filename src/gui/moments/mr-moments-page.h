/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MR_TYPE_MOMENTS_PAGE (mr_moments_page_get_type ())
G_DECLARE_FINAL_TYPE (MrMomentsPage, mr_moments_page, MR, MOMENTS_PAGE, GtkWidget)

void mr_moments_page_set_model (MrMomentsPage *self,
                                GListModel    *model);

G_END_DECLS
