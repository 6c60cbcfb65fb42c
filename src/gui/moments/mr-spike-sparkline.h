/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-search-series.h"

G_BEGIN_DECLS

#define MR_TYPE_SPIKE_SPARKLINE (mr_spike_sparkline_get_type ())
G_DECLARE_FINAL_TYPE (MrSpikeSparkline, mr_spike_sparkline, MR, SPIKE_SPARKLINE, GtkWidget)

/* A search's demand over time in a line the height of a row, its spikes shaded: an
 * image to assistive technologies, described by how many spikes and when the last. */
GtkWidget *mr_spike_sparkline_new        (void);
/* Copies what it draws from @series; %NULL draws nothing. */
void       mr_spike_sparkline_set_series (MrSpikeSparkline     *self,
                                          const MrSearchSeries *series);

G_END_DECLS
