/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-metric-card.h"
#include "mr-store.h"

G_BEGIN_DECLS

#define MR_TYPE_CAMPAIGN_KPIS (mr_campaign_kpis_get_type ())
G_DECLARE_FINAL_TYPE (MrCampaignKpis, mr_campaign_kpis, MR, CAMPAIGN_KPIS, GtkWidget)

/* A campaign's KPIs at a glance: a card per KPI (DESIGN.md §4) with its value, its
 * target and a mark against it, the sentence behind it; then each member's fee,
 * revenue, CTR, CPA and ROAS with the Scale up / Review hint. Cards wrap on a phone. */
GtkWidget    *mr_campaign_kpis_new         (void);
/* Copies what it shows: @figures may be freed after the call. @figures NULL clears. */
void          mr_campaign_kpis_set_figures (MrCampaignKpis          *self,
                                            MrCampaign              *campaign,
                                            const MrCampaignFigures *figures);
/* Where the members' names come from; without it, from the store of the window the
 * widget is in. */
void          mr_campaign_kpis_set_store   (MrCampaignKpis          *self,
                                            MrStore                 *store);
MrMetricCard *mr_campaign_kpis_get_card    (MrCampaignKpis          *self,
                                            MrKpiKind                kind);
/* The word of the card's mark ("On target"), NULL when the KPI has no target or no
 * value. */
const char   *mr_campaign_kpis_get_mark    (MrCampaignKpis          *self,
                                            MrKpiKind                kind);

G_END_DECLS
