/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-creator.h"
#include "mr-store.h"

G_BEGIN_DECLS

#define MR_TYPE_CREATOR_CHARTS (mr_creator_charts_get_type ())
G_DECLARE_FINAL_TYPE (MrCreatorCharts, mr_creator_charts, MR, CREATOR_CHARTS, GtkWidget)

/* A creator's charts: follower history with its spikes, engagement per post, audience,
 * and when the audience is active; each with its heading and an empty state. */
GtkWidget *mr_creator_charts_new  (void);
/* Loads the figures of @creator's primary account from @store; NULL clears. */
void       mr_creator_charts_show (MrCreatorCharts *self,
                                   MrStore         *store,
                                   MrCreator       *creator);

G_END_DECLS
