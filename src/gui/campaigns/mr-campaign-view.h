/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-store.h"

G_BEGIN_DECLS

#define MR_TYPE_CAMPAIGN_VIEW (mr_campaign_view_get_type ())
G_DECLARE_FINAL_TYPE (MrCampaignView, mr_campaign_view, MR, CAMPAIGN_VIEW, GtkWidget)

/* One campaign: what it is, how far its budget goes, and three pages: an Overview of its
 * KPIs against their targets and its budget, its Members by status, and its Results. */
GtkWidget  *mr_campaign_view_new          (void);
void        mr_campaign_view_set_store    (MrCampaignView *self,
                                           MrStore        *store);
MrCampaign *mr_campaign_view_get_campaign (MrCampaignView *self);
void        mr_campaign_view_set_campaign (MrCampaignView *self,
                                           MrCampaign     *campaign);
/* "overview", "members" or "results". */
void        mr_campaign_view_show_page    (MrCampaignView *self,
                                           const char     *name);
/* The line under the campaign's dates, "2 creators · EUR 800 of EUR 1,000 spent". */
const char *mr_campaign_view_get_status   (MrCampaignView *self);

G_END_DECLS
