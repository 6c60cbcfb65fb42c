/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-base-chart.h"

G_BEGIN_DECLS

#define MR_TYPE_FOLLOWER_CHART (mr_follower_chart_get_type ())
G_DECLARE_FINAL_TYPE (MrFollowerChart, mr_follower_chart, MR, FOLLOWER_CHART, MrBaseChart)

/* The follower history with its jumps marked; a jump's tooltip gives its evidence. */
GtkWidget *mr_follower_chart_new         (void);
/* @days: (element-type MrFollowerDay) (nullable): oldest first;
 * @spikes: (element-type MrSpike) (nullable): as MrGrowth finds them. Both are
 * referenced, not copied. */
void       mr_follower_chart_set_history (MrFollowerChart *self,
                                          GArray          *days,
                                          GPtrArray       *spikes);

G_END_DECLS
