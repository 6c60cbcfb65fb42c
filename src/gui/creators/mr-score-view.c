/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-score-view"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-number-format.h"
#include "mr-score-badge.h"
#include "mr-score-view.h"

struct _MrScoreView
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkLabel  *score_label;
  GtkLabel  *out_of_label;
  GtkLabel  *badge;
  GtkLabel  *summary_label;
};

G_DEFINE_FINAL_TYPE (MrScoreView, mr_score_view, GTK_TYPE_WIDGET)

GtkWidget *
mr_score_view_new (void)
{
  return g_object_new (MR_TYPE_SCORE_VIEW, NULL);
}

void
mr_score_view_show (MrScoreView   *self,
                    const MrScore *score)
{
  gboolean has_score;
  g_autofree char *number = NULL;
  g_autofree char *accessible = NULL;

  g_return_if_fail (MR_IS_SCORE_VIEW (self));

  has_score = score != NULL && !isnan (score->score);
  number = has_score ? mr_format_decimal (score->score, 0) : g_strdup ("—");
  gtk_label_set_text (self->score_label, number);
  if (has_score)
    gtk_widget_remove_css_class (GTK_WIDGET (self->score_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->score_label), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->out_of_label), has_score);
  mr_score_badge_update (self->badge, score != NULL ? score->recommendation : MR_RECOMMENDATION_NONE);
  gtk_label_set_text (self->summary_label,
                      score != NULL ? score->summary
                                    : _("No score yet: import the creator’s statistics or fill in the checklist."));

  /* Translators: read aloud: the score ("72" or "—"), then the recommendation. */
  accessible = g_strdup_printf (_("Score %1$s of 100: %2$s"), number, gtk_label_get_text (self->badge));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

const char *
mr_score_view_get_score (MrScoreView *self)
{
  g_return_val_if_fail (MR_IS_SCORE_VIEW (self), NULL);

  return gtk_label_get_text (self->score_label);
}

const char *
mr_score_view_get_badge (MrScoreView *self)
{
  g_return_val_if_fail (MR_IS_SCORE_VIEW (self), NULL);

  return gtk_label_get_text (self->badge);
}

const char *
mr_score_view_get_summary (MrScoreView *self)
{
  g_return_val_if_fail (MR_IS_SCORE_VIEW (self), NULL);

  return gtk_label_get_text (self->summary_label);
}

static void
mr_score_view_dispose (GObject *object)
{
  MrScoreView *self = MR_SCORE_VIEW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (mr_score_view_parent_class)->dispose (object);
}

static void
mr_score_view_class_init (MrScoreViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mr_score_view_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
mr_score_view_init (MrScoreView *self)
{
  GtkWidget *number = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  gtk_widget_add_css_class (self->box, "card");
  gtk_widget_add_css_class (self->box, "score-view");
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->score_label = GTK_LABEL (gtk_label_new ("—"));
  gtk_widget_add_css_class (GTK_WIDGET (self->score_label), "score-number");
  gtk_widget_add_css_class (GTK_WIDGET (self->score_label), "numeric");
  self->out_of_label = GTK_LABEL (gtk_label_new (C_("score", "of 100")));
  gtk_widget_add_css_class (GTK_WIDGET (self->out_of_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->out_of_label), "dim-label");
  gtk_widget_set_valign (number, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (number), GTK_WIDGET (self->score_label));
  gtk_box_append (GTK_BOX (number), GTK_WIDGET (self->out_of_label));
  gtk_box_append (GTK_BOX (self->box), number);

  self->badge = GTK_LABEL (mr_score_badge_new ());
  gtk_widget_set_halign (GTK_WIDGET (self->badge), GTK_ALIGN_START);

  self->summary_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->summary_label, TRUE);
  gtk_label_set_wrap_mode (self->summary_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->summary_label, 0.0);

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->badge));
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->summary_label));
  gtk_box_append (GTK_BOX (self->box), texts);

  mr_score_view_show (self, NULL);
}
