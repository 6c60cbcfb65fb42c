/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mr-demand.h"

G_BEGIN_DECLS

/* Search Console gives a query's figures for a whole period, export by export: no daily
 * series to take a baseline from. A query rises when the later of two consecutive
 * periods (DESIGN.md §4) saw it far more often a day than the earlier one. */
typedef struct
{
  guint32 first_day;      /* the period, GDate Julian days, both included */
  guint32 last_day;
  double  count;          /* impressions (or clicks) over the whole period; 0 when absent */
} MrDemandSnapshot;

/* "Rose sharply": at least doubled a day… */
#define MR_DEMAND_RISING_MIN_RATIO 2.0
/* …and seen this often in the later period: a query shown 12 times a month says
 * nothing, however fast it grew. */
#define MR_DEMAND_RISING_MIN_COUNT 50.0

/* Whether @after begins the day after @before ends. */
gboolean mr_demand_snapshots_consecutive (const MrDemandSnapshot *before,
                                          const MrDemandSnapshot *after);
/* Whether @after (consecutive to @before) rose sharply: its daily rate at least
 * MR_DEMAND_RISING_MIN_RATIO times the earlier one, above what the earlier rate predicts
 * by more than k standard deviations of a count (√ of the prediction, at least 1), and at
 * least MR_DEMAND_RISING_MIN_COUNT (or the settings' minimum volume) in all. A rise fills
 * @spike as a spike of the later period: its days, the daily rates as recent and baseline
 * means, and z. */
gboolean mr_demand_find_rise             (const MrDemandSnapshot *before,
                                          const MrDemandSnapshot *after,
                                          const MrDemandSettings *settings,
                                          MrDemandSpike          *spike);

G_END_DECLS
