/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-base-chart.h"
#include "mr-chart-engagement.h"

G_BEGIN_DECLS

#define MR_TYPE_ENGAGEMENT_CHART (mr_engagement_chart_get_type ())
G_DECLARE_FINAL_TYPE (MrEngagementChart, mr_engagement_chart, MR, ENGAGEMENT_CHART, MrBaseChart)

/* The engagement rate of each post as a bar, with their median; a bar's tooltip shows
 * the post. */
GtkWidget *mr_engagement_chart_new       (void);
/* Copies @posts (oldest first) and their captions; @benchmark in %, NAN for none. */
void       mr_engagement_chart_set_posts (MrEngagementChart *self,
                                          const MrChartPost *posts,
                                          gsize              n_posts,
                                          double             benchmark);

G_END_DECLS
