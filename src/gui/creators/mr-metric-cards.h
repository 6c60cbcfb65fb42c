/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-metric-card.h"
#include "mr-vetting.h"

G_BEGIN_DECLS

typedef enum
{
  MR_METRIC_TIER,
  MR_METRIC_ENGAGEMENT,
  MR_METRIC_BENCHMARK,
  MR_METRIC_GROWTH,
  MR_METRIC_POSTS_PER_WEEK,
  MR_METRIC_COMMENTS_PER_LIKE,
  MR_METRIC_SAVES_PER_LIKE,
  MR_METRIC_PRICE,
  MR_METRIC_CPE,
  MR_N_METRICS
} MrMetricKind;

#define MR_TYPE_METRIC_CARDS (mr_metric_cards_get_type ())
G_DECLARE_FINAL_TYPE (MrMetricCards, mr_metric_cards, MR, METRIC_CARDS, GtkWidget)

/* The metric cards of a creator's page, in a grid that puts two to four on a row, and
 * one on a phone. Every number, formula and sentence comes from the MrVetting. */
GtkWidget    *mr_metric_cards_new      (void);
/* @vetting NULL shows every card as not known. @scheme names the tiers. */
void          mr_metric_cards_show     (MrMetricCards   *self,
                                        const MrVetting *vetting,
                                        MrTierScheme     scheme);
MrMetricCard *mr_metric_cards_get_card (MrMetricCards   *self,
                                        MrMetricKind     kind);

G_END_DECLS
