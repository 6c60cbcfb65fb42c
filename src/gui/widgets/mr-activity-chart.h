/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-base-chart.h"
#include "mr-chart-activity.h"

G_BEGIN_DECLS

#define MR_TYPE_ACTIVITY_CHART (mr_activity_chart_get_type ())
G_DECLARE_FINAL_TYPE (MrActivityChart, mr_activity_chart, MR, ACTIVITY_CHART, MrBaseChart)

/* When the audience is active, by weekday and hour, beside the platform's advice. */
GtkWidget *mr_activity_chart_new      (void);
/* @data: (transfer full) (nullable) */
void       mr_activity_chart_set_data (MrActivityChart     *self,
                                       MrChartActivityData *data);

G_END_DECLS
