/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MR_TYPE_METRIC_CARD (mr_metric_card_get_type ())
G_DECLARE_FINAL_TYPE (MrMetricCard, mr_metric_card, MR, METRIC_CARD, GtkWidget)

/* How a value reads against what is usual: colours the value, never the only cue. */
typedef enum
{
  MR_METRIC_TONE_NEUTRAL,
  MR_METRIC_TONE_GOOD,
  MR_METRIC_TONE_WARNING,
  MR_METRIC_TONE_BAD,
} MrMetricTone;

/* One number on a creator's page, as a card; clicking it opens a popover with the
 * formula, the inputs with their values and the sentence behind the number. */
GtkWidget   *mr_metric_card_new          (const char   *title);

const char  *mr_metric_card_get_title    (MrMetricCard *self);
/* @value NULL shows "—": the value is not known, and @detail then says why. */
void         mr_metric_card_set_value    (MrMetricCard *self,
                                          const char   *value,
                                          const char   *detail,
                                          MrMetricTone  tone);
const char  *mr_metric_card_get_value    (MrMetricCard *self);
const char  *mr_metric_card_get_detail   (MrMetricCard *self);
void         mr_metric_card_set_formula  (MrMetricCard *self,
                                          const char   *formula);
const char  *mr_metric_card_get_formula  (MrMetricCard *self);
void         mr_metric_card_set_sentence (MrMetricCard *self,
                                          const char   *sentence);
const char  *mr_metric_card_get_sentence (MrMetricCard *self);
void         mr_metric_card_clear_inputs (MrMetricCard *self);
/* @value NULL shows "—". */
void         mr_metric_card_add_input    (MrMetricCard *self,
                                          const char   *name,
                                          const char   *value);
guint        mr_metric_card_get_n_inputs (MrMetricCard *self);
GtkPopover  *mr_metric_card_get_popover  (MrMetricCard *self);

G_END_DECLS
