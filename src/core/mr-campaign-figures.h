/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-campaign.h"
#include "mr-kpi.h"
#include "mr-tiers.h"

G_BEGIN_DECLS

/* A campaign's figures as the page, the report and the JSON export show them: the
 * totals and KPIs of the campaign and of each member (DESIGN.md §4), each member's hint,
 * and the spend split across tiers. Computed by mr_store_compute_campaign (). */

typedef struct
{
  MrCampaignMember *member;       /* a reference */
  MrKpiInput        input;        /* spend = the fee; the rest summed over its results */
  MrKpiSet          kpis;
  MrKpiHint         hint;
  MrTier            tier;         /* of the member's account, else the creator's; NONE
                                   * when the follower count is not known */
  guint             n_results;    /* days with results */
} MrMemberFigures;

typedef struct
{
  MrKpiTargets     targets;       /* the campaign's own */
  MrKpiInput       input;         /* spend = the sum of the fees that are set */
  MrKpiSet         kpis;
  guint            n_members;
  MrMemberFigures *members;       /* in the order of mr_campaign_get_members () */
  guint            n_without_fee; /* members whose fee is not set yet */
  double           budget;        /* NAN when not set */
  double           spend_by_tier[MR_N_TIERS];
  double           spend_without_tier;
} MrCampaignFigures;

/* The share of the spend (0–1) that goes to micro-influencers, of the spend whose tier
 * is known; NAN when nothing with a known tier has a fee. The seeds advise 60–70 %. */
double mr_campaign_figures_get_micro_share (const MrCampaignFigures *figures);
void   mr_campaign_figures_free            (MrCampaignFigures       *figures);

#define MR_MICRO_SHARE_MIN 0.60
#define MR_MICRO_SHARE_MAX 0.70

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrCampaignFigures, mr_campaign_figures_free)

G_END_DECLS
