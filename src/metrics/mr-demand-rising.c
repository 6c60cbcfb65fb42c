/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-demand-rising"

#include "config.h"

#include <math.h>

#include "mr-demand-rising.h"

gboolean
mr_demand_snapshots_consecutive (const MrDemandSnapshot *before,
                                 const MrDemandSnapshot *after)
{
  g_return_val_if_fail (before != NULL && after != NULL, FALSE);

  return before->first_day <= before->last_day && after->first_day <= after->last_day &&
         (gint64) before->last_day + 1 == (gint64) after->first_day;
}

gboolean
mr_demand_find_rise (const MrDemandSnapshot *before,
                     const MrDemandSnapshot *after,
                     const MrDemandSettings *settings,
                     MrDemandSpike          *spike)
{
  double days_before, days_after, rate_before, rate_after, expected, z;

  g_return_val_if_fail (before != NULL && after != NULL, FALSE);
  g_return_val_if_fail (settings != NULL && spike != NULL, FALSE);

  if (!mr_demand_snapshots_consecutive (before, after) ||
      isnan (before->count) || isnan (after->count) ||
      after->count < MAX (MR_DEMAND_RISING_MIN_COUNT, settings->min_volume))
    return FALSE;

  days_before = (double) before->last_day - before->first_day + 1;
  days_after = (double) after->last_day - after->first_day + 1;
  rate_before = MAX (before->count, 0) / days_before;
  rate_after = after->count / days_after;
  if (rate_after < MR_DEMAND_RISING_MIN_RATIO * rate_before)
    return FALSE;

  /* Counts scatter like a Poisson variable: their spread is the square root of what
   * was expected. */
  expected = rate_before * days_after;
  z = (after->count - expected) / sqrt (MAX (expected, 1.0));
  if (z <= settings->k)
    return FALSE;

  *spike = (MrDemandSpike) {
    .first_day = after->first_day,
    .last_day = after->last_day,
    .peak_day = after->last_day,
    .recent_mean = rate_after,
    .baseline_mean = rate_before,
    .baseline_sd = sqrt (MAX (expected, 1.0)) / days_after,
    .z = z,
  };
  return TRUE;
}
