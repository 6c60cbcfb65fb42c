/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-base-chart.h"
#include "mr-campaign.h"
#include "mr-campaign-figures.h"
#include "mr-chart-budget.h"

G_BEGIN_DECLS

#define MR_TYPE_BUDGET_CHART (mr_budget_chart_get_type ())
G_DECLARE_FINAL_TYPE (MrBudgetChart, mr_budget_chart, MR, BUDGET_CHART, MrBaseChart)

/* A campaign's spend against its budget, and the spend split across tiers with the
 * advised share for micro-influencers marked; as tall as it needs. Its title is
 * "Budget" until the caller sets another. */
GtkWidget *mr_budget_chart_new         (void);
/* Copies what it shows of @figures, in @campaign's currency; the caller keeps and frees
 * @figures. Both NULL: the chart has nothing to show. */
void       mr_budget_chart_set_figures (MrBudgetChart           *self,
                                        MrCampaign              *campaign,
                                        const MrCampaignFigures *figures);

G_END_DECLS
