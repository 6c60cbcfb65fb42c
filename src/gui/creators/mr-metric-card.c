/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-metric-card"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-metric-card.h"

/* The card is a button with its popover beside it, not inside it: a popover must be
 * presented by the widget it is attached to, at every allocation. */
struct _MrMetricCard
{
  GtkWidget   parent_instance;

  char       *title;

  GtkButton  *button;
  GtkLabel   *title_label;
  GtkLabel   *value_label;
  GtkLabel   *detail_label;
  GtkPopover *popover;
  GtkLabel   *popover_title;
  GtkLabel   *formula_label;
  GtkWidget  *inputs_heading;
  GtkGrid    *inputs;
  GtkLabel   *sentence_label;
  guint       n_inputs;
};

G_DEFINE_FINAL_TYPE (MrMetricCard, mr_metric_card, GTK_TYPE_WIDGET)

static const char * const tone_classes[] = {
  [MR_METRIC_TONE_NEUTRAL] = NULL,
  [MR_METRIC_TONE_GOOD] = "success",
  [MR_METRIC_TONE_WARNING] = "warning",
  [MR_METRIC_TONE_BAD] = "error",
};

/* A screen reader hears the card as "Engagement rate: 6.5 %", then the detail. */
static void
update_accessible (MrMetricCard *self)
{
  g_autofree char *name = NULL;

  /* Translators: a metric card read aloud: its title, then its value ("Tier: Micro"). */
  name = g_strdup_printf (C_("metric card", "%1$s: %2$s"),
                          self->title != NULL ? self->title : "",
                          gtk_label_get_text (self->value_label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  gtk_label_get_text (self->detail_label),
                                  -1);
}

GtkWidget *
mr_metric_card_new (const char *title)
{
  MrMetricCard *self;

  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (MR_TYPE_METRIC_CARD, NULL);
  self->title = g_strdup (title);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->popover_title, title);
  update_accessible (self);

  return GTK_WIDGET (self);
}

const char *
mr_metric_card_get_title (MrMetricCard *self)
{
  g_return_val_if_fail (MR_IS_METRIC_CARD (self), NULL);

  return self->title;
}

void
mr_metric_card_set_value (MrMetricCard *self,
                          const char   *value,
                          const char   *detail,
                          MrMetricTone  tone)
{
  g_return_if_fail (MR_IS_METRIC_CARD (self));
  g_return_if_fail (tone <= MR_METRIC_TONE_BAD);

  gtk_label_set_text (self->value_label, value != NULL ? value : "—");
  gtk_label_set_text (self->detail_label, detail != NULL ? detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), detail != NULL && detail[0] != '\0');

  for (guint i = 0; i < G_N_ELEMENTS (tone_classes); i++)
    if (tone_classes[i] != NULL)
      gtk_widget_remove_css_class (GTK_WIDGET (self->value_label), tone_classes[i]);
  if (tone_classes[tone] != NULL && value != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->value_label), tone_classes[tone]);
  /* An unknown value is quiet; its reason is what matters. */
  if (value == NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->value_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->value_label), "dim-label");

  update_accessible (self);
}

const char *
mr_metric_card_get_value (MrMetricCard *self)
{
  g_return_val_if_fail (MR_IS_METRIC_CARD (self), NULL);

  return gtk_label_get_text (self->value_label);
}

const char *
mr_metric_card_get_detail (MrMetricCard *self)
{
  g_return_val_if_fail (MR_IS_METRIC_CARD (self), NULL);

  return gtk_label_get_text (self->detail_label);
}

void
mr_metric_card_set_formula (MrMetricCard *self,
                            const char   *formula)
{
  g_return_if_fail (MR_IS_METRIC_CARD (self));

  gtk_label_set_text (self->formula_label, formula != NULL ? formula : "");
}

const char *
mr_metric_card_get_formula (MrMetricCard *self)
{
  g_return_val_if_fail (MR_IS_METRIC_CARD (self), NULL);

  return gtk_label_get_text (self->formula_label);
}

void
mr_metric_card_set_sentence (MrMetricCard *self,
                             const char   *sentence)
{
  g_return_if_fail (MR_IS_METRIC_CARD (self));

  gtk_label_set_text (self->sentence_label, sentence != NULL ? sentence : "");
}

const char *
mr_metric_card_get_sentence (MrMetricCard *self)
{
  g_return_val_if_fail (MR_IS_METRIC_CARD (self), NULL);

  return gtk_label_get_text (self->sentence_label);
}

void
mr_metric_card_clear_inputs (MrMetricCard *self)
{
  GtkWidget *child;

  g_return_if_fail (MR_IS_METRIC_CARD (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->inputs))) != NULL)
    gtk_grid_remove (self->inputs, child);
  self->n_inputs = 0;
  gtk_widget_set_visible (self->inputs_heading, FALSE);
}

void
mr_metric_card_add_input (MrMetricCard *self,
                          const char   *name,
                          const char   *value)
{
  GtkWidget *name_label;
  GtkWidget *value_label;

  g_return_if_fail (MR_IS_METRIC_CARD (self));
  g_return_if_fail (name != NULL);

  name_label = gtk_label_new (name);
  gtk_label_set_xalign (GTK_LABEL (name_label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (name_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (name_label), 20);
  gtk_widget_set_hexpand (name_label, TRUE);
  gtk_widget_add_css_class (name_label, "dim-label");

  value_label = gtk_label_new (value != NULL ? value : "—");
  gtk_label_set_xalign (GTK_LABEL (value_label), 1.0);
  gtk_label_set_wrap (GTK_LABEL (value_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (value_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (value_label), 18);
  gtk_label_set_justify (GTK_LABEL (value_label), GTK_JUSTIFY_RIGHT);
  gtk_widget_add_css_class (value_label, "numeric");

  gtk_grid_attach (self->inputs, name_label, 0, (int) self->n_inputs, 1, 1);
  gtk_grid_attach (self->inputs, value_label, 1, (int) self->n_inputs, 1, 1);
  self->n_inputs++;
  gtk_widget_set_visible (self->inputs_heading, TRUE);
}

guint
mr_metric_card_get_n_inputs (MrMetricCard *self)
{
  g_return_val_if_fail (MR_IS_METRIC_CARD (self), 0);

  return self->n_inputs;
}

GtkPopover *
mr_metric_card_get_popover (MrMetricCard *self)
{
  g_return_val_if_fail (MR_IS_METRIC_CARD (self), NULL);

  return self->popover;
}

static void
on_clicked (MrMetricCard *self)
{
  gtk_popover_popup (self->popover);
}

static GtkSizeRequestMode
mr_metric_card_get_request_mode (GtkWidget *widget)
{
  return gtk_widget_get_request_mode (GTK_WIDGET (MR_METRIC_CARD (widget)->button));
}

static void
mr_metric_card_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  gtk_widget_measure (GTK_WIDGET (MR_METRIC_CARD (widget)->button), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
mr_metric_card_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  MrMetricCard *self = MR_METRIC_CARD (widget);

  gtk_widget_size_allocate (GTK_WIDGET (self->button),
                            &(GtkAllocation) { 0, 0, width, height }, baseline);
  gtk_popover_present (self->popover);
}

static gboolean
mr_metric_card_focus (GtkWidget        *widget,
                      GtkDirectionType  direction)
{
  /* The popover is a surface of its own, with its own focus; only the button is here. */
  return gtk_widget_child_focus (GTK_WIDGET (MR_METRIC_CARD (widget)->button), direction);
}

static gboolean
mr_metric_card_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (MR_METRIC_CARD (widget)->button));
}

static void
mr_metric_card_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MR_TYPE_METRIC_CARD);

  G_OBJECT_CLASS (mr_metric_card_parent_class)->dispose (object);
}

static void
mr_metric_card_finalize (GObject *object)
{
  MrMetricCard *self = MR_METRIC_CARD (object);

  g_free (self->title);

  G_OBJECT_CLASS (mr_metric_card_parent_class)->finalize (object);
}

static void
mr_metric_card_class_init (MrMetricCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_metric_card_dispose;
  object_class->finalize = mr_metric_card_finalize;
  widget_class->get_request_mode = mr_metric_card_get_request_mode;
  widget_class->measure = mr_metric_card_measure;
  widget_class->size_allocate = mr_metric_card_size_allocate;
  widget_class->focus = mr_metric_card_focus;
  widget_class->grab_focus = mr_metric_card_grab_focus;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/creators/mr-metric-card.ui");
  gtk_widget_class_bind_template_child (widget_class, MrMetricCard, button);
  gtk_widget_class_bind_template_child (widget_class, MrMetricCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, MrMetricCard, value_label);
  gtk_widget_class_bind_template_child (widget_class, MrMetricCard, detail_label);
  gtk_widget_class_bind_template_child (widget_class, MrMetricCard, popover);
  gtk_widget_class_bind_template_child (widget_class, MrMetricCard, popover_title);
  gtk_widget_class_bind_template_child (widget_class, MrMetricCard, formula_label);
  gtk_widget_class_bind_template_child (widget_class, MrMetricCard, inputs_heading);
  gtk_widget_class_bind_template_child (widget_class, MrMetricCard, inputs);
  gtk_widget_class_bind_template_child (widget_class, MrMetricCard, sentence_label);
  gtk_widget_class_bind_template_callback (widget_class, on_clicked);
}

static void
mr_metric_card_init (MrMetricCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (self->inputs_heading, FALSE);
}
