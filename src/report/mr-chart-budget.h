/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-campaign-figures.h"
#include "mr-chart.h"

G_BEGIN_DECLS

/* A campaign's money: the spend (the fees entered) against the budget, with what is
 * left or how far it went over, in words; then the spend split across tiers as bars,
 * the micro-influencers' bar marked with the seeds' advised 60–70 % band
 * (MR_MICRO_SHARE_MIN … MR_MICRO_SHARE_MAX), and a sentence that says where the split
 * stands. As tall as its bars and sentences need.
 *
 * Shares are of the spend whose tier is known, as mr_campaign_figures_get_micro_share ()
 * takes them; the spend on members of no known tier is shown beside them, never mixed
 * in. A share is judged as it is shown, rounded to a whole percent, so that "70 %" is
 * never called above a 60–70 % band. */

typedef struct _MrChartBudgetData MrChartBudgetData;

/* Hits: group MR_CHART_BUDGET_SPEND (index 0) is the spend bar; group
 * MR_CHART_BUDGET_TIERS a tier's row, its index the MrTier, or MR_N_TIERS for the row
 * of the spend whose tier is not known. */
#define MR_CHART_BUDGET_SPEND 0
#define MR_CHART_BUDGET_TIERS 1

/* Copies what the chart shows of @figures; @currency is a code such as "EUR". */
MrChartBudgetData *mr_chart_budget_data_new       (const MrCampaignFigures *figures,
                                                   const char              *currency);
void               mr_chart_budget_data_free      (MrChartBudgetData       *data);

/* TRUE: even a campaign without fees has a budget line to draw, and says that no fees
 * were entered. */
gboolean           mr_chart_budget_has_data       (const MrChartBudgetData *data);
double             mr_chart_budget_get_height     (const MrChartStyle      *style,
                                                   double                   width,
                                                   const MrChartBudgetData *data);
void               mr_chart_budget_draw           (cairo_t                 *cr,
                                                   const MrChartStyle      *style,
                                                   const cairo_rectangle_t *area,
                                                   const MrChartBudgetData *data);
gboolean           mr_chart_budget_hit_test       (const MrChartStyle      *style,
                                                   const cairo_rectangle_t *area,
                                                   const MrChartBudgetData *data,
                                                   double                   x,
                                                   double                   y,
                                                   MrChartHit              *hit);
/* A tooltip's text for what mr_chart_budget_hit_test () found. */
char              *mr_chart_budget_explain        (const MrChartBudgetData *data,
                                                   const MrChartHit        *hit);

/* "EUR 800 spent of the EUR 1,000 budget: EUR 200 left.", "… EUR 150 over budget.",
 * "No fees entered yet." */
char              *mr_chart_budget_describe_spend (const MrChartBudgetData *data);
/* "62 % on micro-influencers: within the advised 60–70 %." (or below, above); NULL
 * when no spend has a known tier. */
char              *mr_chart_budget_describe_micro (const MrChartBudgetData *data);
/* Everything the chart says, in sentences: for screen readers. */
char              *mr_chart_budget_describe       (const MrChartBudgetData *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrChartBudgetData, mr_chart_budget_data_free)

G_END_DECLS
