/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-campaign-kpis.h"

G_BEGIN_DECLS

/* What mr-campaign-kpis.c (the cards) and mr-campaign-kpis-members.c (the table of
 * members) share. */

struct _MrCampaignKpis
{
  GtkWidget     parent_instance;

  MrStore      *store;
  GArray       *members;                /* what the table shows of each member */

  GtkWidget    *box;
  GtkFlowBox   *flow_box;
  GtkListBox   *member_list;
  GtkSizeGroup *stat_widths;            /* every member's figures: one width, one grid */
  MrMetricCard *cards[MR_N_KPIS];
  GtkWidget    *marks[MR_N_KPIS];
  GtkImage     *mark_icons[MR_N_KPIS];
  GtkLabel     *mark_labels[MR_N_KPIS];
};

/* The members' rows: copied out of the figures, then shown. */
GArray     *mr_campaign_kpis_members_new  (void);
void        mr_campaign_kpis_copy_members (MrCampaignKpis          *self,
                                           const MrCampaignFigures *figures,
                                           const char              *currency);
void        mr_campaign_kpis_show_members (MrCampaignKpis          *self);

G_END_DECLS
