/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-chart.h"
#include "mr-growth.h"
#include "mr-metrics-types.h"

G_BEGIN_DECLS

/* The follower history as a line over the days, its jumps marked by verdict: organic
 * (a circle), suspicious (a diamond), not checked (a hollow diamond) and drops (a
 * triangle), with a legend of the marks it shows. */

typedef struct
{
  const MrFollowerDay  *days;       /* oldest first; days without a count are skipped */
  gsize                 n_days;
  const MrSpike *const *spikes;     /* e.g. MrGrowth's spikes->pdata; may be NULL */
  guint                 n_spikes;
} MrChartFollowersData;

/* Two known counts on different days: anything less is no line. */
gboolean    mr_chart_followers_has_data    (const MrChartFollowersData *data);
void        mr_chart_followers_draw        (cairo_t                    *cr,
                                            const MrChartStyle         *style,
                                            const cairo_rectangle_t    *area,
                                            const MrChartFollowersData *data);
/* A spike's mark near (x, y), else the day under x within the plot. */
gboolean    mr_chart_followers_hit_test    (const MrChartStyle         *style,
                                            const cairo_rectangle_t    *area,
                                            const MrChartFollowersData *data,
                                            double                      x,
                                            double                      y,
                                            MrChartHit                 *hit);
/* "Followers rose from 12,400 to 15,900 between 1 March and 31 August 2025; 1
 * suspicious jump on 14 July." */
char       *mr_chart_followers_describe    (const MrChartFollowersData *data);
/* What a spike's mark stands for: "Suspicious jump", "Sudden drop", … */
const char *mr_chart_followers_spike_label (const MrSpike              *spike);

G_END_DECLS
