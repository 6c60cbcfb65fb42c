/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-growth.h"

G_BEGIN_DECLS

/* The activity a spike's verdict is judged by. */
typedef enum
{
  MR_GROWTH_EVIDENCE_VIEWS,
  MR_GROWTH_EVIDENCE_PROFILE_VIEWS,
  MR_GROWTH_EVIDENCE_ENGAGEMENT,     /* the account's daily likes + comments + shares */
  MR_GROWTH_EVIDENCE_POSTS,          /* the posts published on the spike's days */
  MR_GROWTH_N_EVIDENCE
} MrGrowthEvidence;

typedef struct
{
  gboolean          any_measured;
  gboolean          measured[MR_GROWTH_N_EVIDENCE];
  double            ratio[MR_GROWTH_N_EVIDENCE];   /* × the usual level */
  double            best_ratio;                    /* NAN when nothing was measured */
  MrGrowthEvidence  best;
  gboolean          posts_on_views;                /* else on likes, comments, … */
} MrGrowthActivity;

void      mr_growth_check_activity     (MrGrowthActivity      *check,
                                        guint32                from_day,
                                        guint32                to_day,
                                        const MrDailyActivity *activity,
                                        gsize                  n_activity,
                                        const MrPostStats     *posts,
                                        gsize                  n_posts);

char     *mr_growth_describe_gain      (const MrSpike          *spike,
                                        const MrGrowthActivity *check);
char     *mr_growth_describe_drop      (const MrSpike          *spike,
                                        const MrSpike          *cause);
void      mr_growth_add_spike_flags    (MrGrowth               *growth);
void      mr_growth_add_history_flags  (MrGrowth               *growth,
                                        guint                   history_days,
                                        guint                   n_judged);

gboolean  mr_growth_spike_lost_most    (const MrSpike          *spike);

G_END_DECLS
