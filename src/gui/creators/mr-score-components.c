/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-score-components"

#include "config.h"

#include <math.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "mr-number-format.h"
#include "mr-score-components.h"

struct _MrScoreComponents
{
  GtkWidget   parent_instance;

  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (MrScoreComponents, mr_score_components, GTK_TYPE_WIDGET)

GtkWidget *
mr_score_components_new (void)
{
  return g_object_new (MR_TYPE_SCORE_COMPONENTS, NULL);
}

GtkListBox *
mr_score_components_get_list (MrScoreComponents *self)
{
  g_return_val_if_fail (MR_IS_SCORE_COMPONENTS (self), NULL);

  return self->list;
}

/* The labels are written to sit inside a sentence ("from engagement quality and …");
 * as a row's title they start with a capital. */
static char *
capitalise (const char *text)
{
  gunichar first = g_utf8_get_char (text);
  char buffer[8];
  int length = g_unichar_to_utf8 (g_unichar_totitle (first), buffer);

  buffer[length] = '\0';
  return g_strconcat (buffer, g_utf8_next_char (text), NULL);
}

static GtkWidget *
points_widget (const char *points,
               const char *caption)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *value = gtk_label_new (points);
  GtkWidget *under = gtk_label_new (caption);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (value), 1.0);
  gtk_label_set_xalign (GTK_LABEL (under), 1.0);
  gtk_widget_add_css_class (value, "heading");
  gtk_widget_add_css_class (value, "numeric");
  gtk_widget_add_css_class (under, "caption");
  gtk_widget_add_css_class (under, "dim-label");
  gtk_box_append (GTK_BOX (box), value);
  gtk_box_append (GTK_BOX (box), under);

  return box;
}

static GtkWidget *
component_row (const MrVetting  *v,
               MrScoreComponent  component)
{
  const MrScore *score = v->score;
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  g_autofree char *title = capitalise (mr_score_component_get_label (component));
  g_autofree char *points = NULL;
  g_autofree char *weight = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *accessible = NULL;
  const char *reason;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  if (score->left_out[component])
    {
      reason = mr_vetting_get_left_out_reason (v, component);
      adw_action_row_add_suffix (row, points_widget ("—", C_("score component", "left out")));
      /* Translators: read aloud: a score component and why it is left out. */
      accessible = g_strdup_printf (_("%1$s: left out. %2$s"), title, reason != NULL ? reason : "");
    }
  else
    {
      reason = score->reasons[component];
      if (reason == NULL && component == MR_SCORE_CHECKLIST)
        reason = _("The mean of your checklist ratings; a 5 counts as 100 points.");
      points = mr_format_decimal (score->values[component], 0);
      weight = mr_format_percent (round (score->weights[component] * 100.0));
      /* Translators: under a component's points: its share of the score, such as "33 %". */
      caption = g_strdup_printf (_("weight %s"), weight);
      adw_action_row_add_suffix (row, points_widget (points, caption));
      /* Translators: read aloud: a score component, its points and its weight. */
      accessible = g_strdup_printf (_("%1$s: %2$s points, weight %3$s. %4$s"),
                                    title, points, weight, reason != NULL ? reason : "");
    }

  if (reason != NULL)
    adw_action_row_set_subtitle (row, reason);
  gtk_widget_set_name (GTK_WIDGET (row), mr_score_component_get_label (component));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  return GTK_WIDGET (row);
}

void
mr_score_components_show (MrScoreComponents *self,
                          const MrVetting   *vetting)
{
  GtkListBoxRow *row;

  g_return_if_fail (MR_IS_SCORE_COMPONENTS (self));

  while ((row = gtk_list_box_get_row_at_index (self->list, 0)) != NULL)
    gtk_list_box_remove (self->list, GTK_WIDGET (row));

  if (vetting == NULL)
    return;

  /* Used components first, then what was left out. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < MR_N_SCORE_COMPONENTS; i++)
      {
        gboolean used = vetting->score->weights[i] > 0.0;

        if ((pass == 0 && used) || (pass == 1 && vetting->score->left_out[i]))
          gtk_list_box_append (self->list, component_row (vetting, i));
      }
}

static void
mr_score_components_dispose (GObject *object)
{
  MrScoreComponents *self = MR_SCORE_COMPONENTS (object);

  if (self->list != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->list));
  self->list = NULL;

  G_OBJECT_CLASS (mr_score_components_parent_class)->dispose (object);
}

static void
mr_score_components_class_init (MrScoreComponentsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mr_score_components_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
mr_score_components_init (MrScoreComponents *self)
{
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Score components"), -1);
  gtk_widget_set_parent (GTK_WIDGET (self->list), GTK_WIDGET (self));
}
