/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-base-chart.h"
#include "mr-chart-audience.h"

G_BEGIN_DECLS

#define MR_TYPE_AUDIENCE_CHART (mr_audience_chart_get_type ())
G_DECLARE_FINAL_TYPE (MrAudienceChart, mr_audience_chart, MR, AUDIENCE_CHART, MrBaseChart)

/* Gender, ages and top territories of the audience as bars; as tall as they need. */
GtkWidget *mr_audience_chart_new      (void);
/* @data: (transfer full) (nullable) */
void       mr_audience_chart_set_data (MrAudienceChart     *self,
                                       MrChartAudienceData *data);

G_END_DECLS
