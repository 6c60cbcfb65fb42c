/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-campaign.h"

G_BEGIN_DECLS

#define MR_TYPE_CAMPAIGN_ROW (mr_campaign_row_get_type ())
G_DECLARE_FINAL_TYPE (MrCampaignRow, mr_campaign_row, MR, CAMPAIGN_ROW, GtkWidget)

/* A campaign in the list: its name, brand and kind, its dates and how many creators
 * take part, kept up to date while the campaign changes. */
MrCampaign *mr_campaign_row_get_campaign (MrCampaignRow *self);
void        mr_campaign_row_set_campaign (MrCampaignRow *self,
                                          MrCampaign    *campaign);

G_END_DECLS
