/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MR_TYPE_CAMPAIGNS_PAGE (mr_campaigns_page_get_type ())
G_DECLARE_FINAL_TYPE (MrCampaignsPage, mr_campaigns_page, MR, CAMPAIGNS_PAGE, GtkWidget)

void mr_campaigns_page_set_model (MrCampaignsPage *self,
                                  GListModel      *model);

G_END_DECLS
