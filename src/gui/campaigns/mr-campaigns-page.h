/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-store.h"

G_BEGIN_DECLS

#define MR_TYPE_CAMPAIGNS_PAGE (mr_campaigns_page_get_type ())
G_DECLARE_FINAL_TYPE (MrCampaignsPage, mr_campaigns_page, MR, CAMPAIGNS_PAGE, GtkWidget)

/* The store the page changes; when none was set, mr_campaigns_page_set_model () takes
 * the one of the window the page is in. */
void        mr_campaigns_page_set_store    (MrCampaignsPage *self,
                                            MrStore         *store);
/* The store's campaigns (mr_store_get_campaigns ()). */
void        mr_campaigns_page_set_model    (MrCampaignsPage *self,
                                            GListModel      *model);
MrCampaign *mr_campaigns_page_get_shown    (MrCampaignsPage *self);
/* Shows @campaign beside the list, selecting it there when the list shows it. */
void        mr_campaigns_page_show_campaign (MrCampaignsPage *self,
                                             MrCampaign      *campaign);

G_END_DECLS
