/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-chart.h"

G_BEGIN_DECLS

/* Who the audience is: one group of horizontal bars per dimension (gender, ages, top
 * territories, then any other), side by side when there is room, else one under the
 * other. Ages in their own order, the rest largest first; territories beyond the top
 * MR_CHART_AUDIENCE_TOP_TERRITORIES are added up as "Other". */

#define MR_CHART_AUDIENCE_TOP_TERRITORIES 5

typedef struct _MrChartAudienceData MrChartAudienceData;

MrChartAudienceData *mr_chart_audience_data_new     (void);
void                 mr_chart_audience_data_free    (MrChartAudienceData       *data);
/* @dimension and @bucket as the store keeps them ("gender" "female", "territory" "NL",
 * "age" "25-34"); @share a fraction 0–1. */
void                 mr_chart_audience_data_add     (MrChartAudienceData       *data,
                                                     const char                *dimension,
                                                     const char                *bucket,
                                                     double                     share);
/* The groups as drawn: a translated title, and each bar's label and share. */
const char          *mr_chart_audience_get_title    (const MrChartAudienceData *data,
                                                     guint                      group);
const char          *mr_chart_audience_get_bar      (const MrChartAudienceData *data,
                                                     guint                      group,
                                                     guint                      bar,
                                                     double                    *share);

/* A share above zero. */
gboolean             mr_chart_audience_has_data     (const MrChartAudienceData *data);
/* The height the chart needs at @width: it is as tall as its bars. */
double               mr_chart_audience_get_height   (const MrChartStyle        *style,
                                                     double                     width,
                                                     const MrChartAudienceData *data);
void                 mr_chart_audience_draw         (cairo_t                   *cr,
                                                     const MrChartStyle        *style,
                                                     const cairo_rectangle_t   *area,
                                                     const MrChartAudienceData *data);
/* The bar (its whole row) under (x, y): group and index. */
gboolean             mr_chart_audience_hit_test     (const MrChartStyle        *style,
                                                     const cairo_rectangle_t   *area,
                                                     const MrChartAudienceData *data,
                                                     double                     x,
                                                     double                     y,
                                                     MrChartHit                *hit);
/* "Gender: Female 59 %, Male 38 %, Other 3 %; Top territories: NL 62 %, BE 21 %, DE 5 %." */
char                *mr_chart_audience_describe     (const MrChartAudienceData *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrChartAudienceData, mr_chart_audience_data_free)

G_END_DECLS
