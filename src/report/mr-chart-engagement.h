/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-chart.h"
#include "mr-engagement.h"
#include "mr-metrics-types.h"

G_BEGIN_DECLS

/* One bar per post, oldest on the left, with the median of the bars as a line and,
 * when given, the benchmark for the creator's platform and tier as a dashed one. When
 * the bars would be thinner than two units, only the newest posts that fit are drawn. */

typedef struct
{
  gint64      published_at;   /* Unix time, UTC */
  double      rate;           /* engagement rate in % */
  const char *caption;        /* may be NULL */
} MrChartPost;

typedef struct
{
  const MrChartPost *posts;      /* oldest first */
  gsize              n_posts;
  double             benchmark;  /* in %; NAN for none */
} MrChartEngagementData;

/* At most this many of the newest posts: the window the engagement rate is taken over. */
#define MR_CHART_ENGAGEMENT_MAX_POSTS MR_ENGAGEMENT_MAX_POSTS

/* The rates of the newest @max_posts posts that have one, oldest first; @captions (one
 * per post, or NULL) must outlive the result. */
GArray   *mr_chart_engagement_posts_new (const MrPostStats           *posts,
                                         const char *const           *captions,
                                         gsize                        n_posts,
                                         gint64                       followers,
                                         MrEngagementBasis            basis,
                                         gboolean                     extended,
                                         guint                        max_posts);

/* Two posts with a rate: one bar has no median worth a line. */
gboolean  mr_chart_engagement_has_data  (const MrChartEngagementData *data);
double    mr_chart_engagement_median    (const MrChartEngagementData *data);
void      mr_chart_engagement_draw      (cairo_t                     *cr,
                                         const MrChartStyle          *style,
                                         const cairo_rectangle_t     *area,
                                         const MrChartEngagementData *data);
/* The post whose bar (its whole column) lies under (x, y). */
gboolean  mr_chart_engagement_hit_test  (const MrChartStyle          *style,
                                         const cairo_rectangle_t     *area,
                                         const MrChartEngagementData *data,
                                         double                       x,
                                         double                       y,
                                         MrChartHit                  *hit);
/* "Engagement on 12 posts between 3 March and 30 August 2025: median 4.1 %, highest
 * 9.8 % on 14 July." */
char     *mr_chart_engagement_describe  (const MrChartEngagementData *data);

G_END_DECLS
