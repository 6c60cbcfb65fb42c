/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mr-benchmarks.h"
#include "mr-consistency.h"
#include "mr-engagement.h"
#include "mr-enums.h"
#include "mr-growth.h"
#include "mr-metrics-types.h"
#include "mr-price.h"
#include "mr-quality.h"
#include "mr-score.h"
#include "mr-tiers.h"

G_BEGIN_DECLS

/* Everything the metrics say about one creator, from the figures of their primary
 * account: the vetting a marketer reads, each number with its explanation. */

typedef struct
{
  MrTierScheme         tier_scheme;
  const MrBenchmarks  *benchmarks;
  const char          *currency;
} MrVettingSettings;

typedef struct
{
  MrPlatform             platform;
  gint64                 followers;            /* MR_METRIC_UNKNOWN when not known */
  double                 roster_avg_likes;     /* a roster row's averages, NAN without */
  double                 roster_avg_comments;
  const MrPostStats     *posts;
  gsize                  n_posts;
  const MrFollowerDay   *history;
  gsize                  n_history;
  const MrDailyActivity *activity;
  gsize                  n_activity;
  const int             *checklist;            /* ratings 0–5, -1 when not rated */
  gsize                  n_checklist;
  double                 story_completion;     /* %, NAN without */
  double                 audience_match;       /* 0–100 against a campaign target, NAN without */
  gint64                 now;                  /* Unix time: "today"; 0 for the newest post's day */
} MrVettingInput;

typedef struct
{
  MrPlatform             platform;
  gint64                 followers;
  MrTier                 tier;
  MrEngagement          *engagement;     /* never NULL; has_value says whether there is a rate */
  MrBenchmarkComparison *benchmark;      /* never NULL */
  MrGrowth              *growth;
  MrConsistency         *consistency;
  MrQuality             *quality;
  MrPriceEstimate       *price;          /* never NULL; has_value says whether there is one */
  gboolean               has_cpe;
  double                 cpe;            /* NAN without */
  MrScore               *score;
  GPtrArray             *flags;          /* MrFlag, every part's, most severe first */
} MrVetting;

void        mr_vetting_input_init  (MrVettingInput          *input);
MrVetting  *mr_vetting_compute     (const MrVettingInput    *input,
                                    const MrVettingSettings *settings);
MrVetting  *mr_vetting_ref         (MrVetting               *vetting);
void        mr_vetting_unref       (MrVetting               *vetting);

/* Why @component of the score was left out for lack of data, in a sentence. */
const char *mr_vetting_get_left_out_reason (const MrVetting  *vetting,
                                            MrScoreComponent  component);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrVetting, mr_vetting_unref)

G_END_DECLS
