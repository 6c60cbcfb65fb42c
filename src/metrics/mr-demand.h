/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One point of a search series: a day (GDate Julian day number; for a weekly or monthly
 * series the period's first day) and its volume (clicks, impressions, Trends interest). */
typedef struct
{
  guint32 day;
  double  value;
} MrDemandPoint;

typedef struct
{
  double k;               /* how many standard deviations above the baseline: 2, or 1.5 or 3 */
  guint  recent_days;     /* the window judged: 7 */
  guint  baseline_days;   /* the trailing window it is judged against: 56 */
  double min_volume;      /* the recent mean must reach this: a rise from 1 to 3 is noise */
} MrDemandSettings;

#define MR_DEMAND_DEFAULT_K 2.0
#define MR_DEMAND_DEFAULT_RECENT_DAYS 7
#define MR_DEMAND_DEFAULT_BASELINE_DAYS 56
/* Points the baseline needs before anything is judged against it. */
#define MR_DEMAND_MIN_BASELINE_POINTS 4

/* A stretch of time in which demand stood out (DESIGN.md §4): windows in a row whose
 * mean exceeded the baseline's mean + k·σ, told by the one that stood out most. */
typedef struct
{
  guint32 first_day;        /* the first day of the first window that stood out */
  guint32 last_day;         /* the last day of the last one */
  guint32 peak_day;         /* the last day of the window that stood out most */
  double  recent_mean;      /* of that window */
  double  baseline_mean;
  double  baseline_sd;      /* as used: never below the noise of counts, √mean */
  double  z;                /* (recent_mean − baseline_mean) / baseline_sd */
} MrDemandSpike;

void    mr_demand_settings_init   (MrDemandSettings       *settings);
/* Every spike in @points (sorted by day, one point per day at most), oldest first. */
GArray *mr_demand_find_spikes     (const MrDemandPoint    *points,
                                   gsize                   n_points,
                                   const MrDemandSettings *settings);
/* Whether @spike reaches into the recent window before @today (Julian day): only such a
 * spike opens a moment; older ones are history. */
gboolean mr_demand_spike_is_recent (const MrDemandSpike     *spike,
                                    guint32                  today,
                                    const MrDemandSettings  *settings);
/* "Searches for “fietsband plakken” rose to 3.4 times their usual level (mean 41 a
 * day against 12) in the week to 14 July 2026." */
char   *mr_demand_spike_describe  (const MrDemandSpike    *spike,
                                   const char             *series);

G_END_DECLS
