/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-score-badge"

#include "config.h"

#include "mr-score-badge.h"

/* style.css colours these: green, amber, red, grey. */
static const char * const badge_classes[] = {
  [MR_RECOMMENDATION_NONE] = "no-score",
  [MR_RECOMMENDATION_RECOMMENDED] = "recommended",
  [MR_RECOMMENDATION_REVIEW] = "review",
  [MR_RECOMMENDATION_NOT_RECOMMENDED] = "not-recommended",
};

GtkWidget *
mr_score_badge_new (void)
{
  GtkWidget *badge = gtk_label_new (NULL);

  gtk_widget_add_css_class (badge, "recommendation-badge");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_label_set_ellipsize (GTK_LABEL (badge), PANGO_ELLIPSIZE_END);
  mr_score_badge_update (GTK_LABEL (badge), MR_RECOMMENDATION_NONE);

  return badge;
}

void
mr_score_badge_update (GtkLabel         *badge,
                       MrRecommendation  recommendation)
{
  g_return_if_fail (GTK_IS_LABEL (badge));
  g_return_if_fail (recommendation <= MR_RECOMMENDATION_NOT_RECOMMENDED);

  for (guint i = 0; i < G_N_ELEMENTS (badge_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (badge), badge_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (badge), badge_classes[recommendation]);
  gtk_label_set_text (badge, mr_recommendation_get_label (recommendation));
}
