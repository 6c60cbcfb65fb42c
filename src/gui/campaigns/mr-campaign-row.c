/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-campaign-row"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-campaign-format.h"
#include "mr-campaign-row.h"

struct _MrCampaignRow
{
  GtkWidget   parent_instance;

  MrCampaign *campaign;

  GtkWidget  *box;
  GtkLabel   *name_label;
  GtkLabel   *archived_label;
  GtkLabel   *about_label;
  GtkLabel   *when_label;
};

G_DEFINE_FINAL_TYPE (MrCampaignRow, mr_campaign_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CAMPAIGN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (MrCampaignRow *self)
{
  g_autoptr(GPtrArray) about = g_ptr_array_new ();
  g_autoptr(GPtrArray) when = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *about_text = NULL;
  g_autofree char *when_text = NULL;
  g_autofree char *dates = NULL;
  const char *brand;
  guint n_members;

  if (self->campaign == NULL)
    return;

  gtk_label_set_text (self->name_label, mr_campaign_get_name (self->campaign));
  gtk_widget_set_visible (GTK_WIDGET (self->archived_label), mr_campaign_get_archived (self->campaign));

  brand = mr_campaign_get_brand (self->campaign);
  if (brand != NULL)
    g_ptr_array_add (about, (gpointer) brand);
  g_ptr_array_add (about, (gpointer) mr_campaign_kind_get_label (mr_campaign_get_kind (self->campaign)));
  g_ptr_array_add (about, NULL);
  about_text = g_strjoinv (" · ", (char **) about->pdata);
  gtk_label_set_text (self->about_label, about_text);

  dates = mr_campaign_format_dates (self->campaign);
  if (dates != NULL)
    g_ptr_array_add (when, g_steal_pointer (&dates));
  n_members = g_list_model_get_n_items (mr_campaign_get_members (self->campaign));
  if (n_members == 0)
    g_ptr_array_add (when, g_strdup (_("no creators yet")));
  else
    /* Translators: how many creators take part in a campaign, in the campaign list. */
    g_ptr_array_add (when, g_strdup_printf (ngettext ("%u creator", "%u creators", n_members), n_members));
  g_ptr_array_add (when, NULL);
  when_text = g_strjoinv (" · ", (char **) when->pdata);
  gtk_label_set_text (self->when_label, when_text);
}

static void
on_members_changed (MrCampaignRow *self)
{
  update (self);
}

MrCampaign *
mr_campaign_row_get_campaign (MrCampaignRow *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN_ROW (self), NULL);

  return self->campaign;
}

void
mr_campaign_row_set_campaign (MrCampaignRow *self,
                              MrCampaign    *campaign)
{
  g_return_if_fail (MR_IS_CAMPAIGN_ROW (self));
  g_return_if_fail (campaign == NULL || MR_IS_CAMPAIGN (campaign));

  if (self->campaign == campaign)
    return;

  if (self->campaign != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->campaign, self);
      g_signal_handlers_disconnect_by_data (mr_campaign_get_members (self->campaign), self);
    }
  g_set_object (&self->campaign, campaign);
  if (campaign != NULL)
    {
      g_signal_connect_swapped (campaign, "notify", G_CALLBACK (update), self);
      g_signal_connect_swapped (mr_campaign_get_members (campaign), "items-changed",
                                G_CALLBACK (on_members_changed), self);
    }
  update (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMPAIGN]);
}

static GtkLabel *
add_label (GtkWidget  *box,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* The list keeps its width whatever the names: the campaign gets the rest. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 32);
  gtk_label_set_width_chars (GTK_LABEL (label), 24);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return GTK_LABEL (label);
}

static void
mr_campaign_row_dispose (GObject *object)
{
  MrCampaignRow *self = MR_CAMPAIGN_ROW (object);

  mr_campaign_row_set_campaign (self, NULL);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (mr_campaign_row_parent_class)->dispose (object);
}

static void
mr_campaign_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MrCampaignRow *self = MR_CAMPAIGN_ROW (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      g_value_set_object (value, self->campaign);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_campaign_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MrCampaignRow *self = MR_CAMPAIGN_ROW (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN:
      mr_campaign_row_set_campaign (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_campaign_row_class_init (MrCampaignRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_campaign_row_dispose;
  object_class->get_property = mr_campaign_row_get_property;
  object_class->set_property = mr_campaign_row_set_property;

  properties[PROP_CAMPAIGN] =
    g_param_spec_object ("campaign", NULL, NULL, MR_TYPE_CAMPAIGN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "mr-campaign-row");
}

static void
mr_campaign_row_init (MrCampaignRow *self)
{
  GtkWidget *title_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_top (self->box, 8);
  gtk_widget_set_margin_bottom (self->box, 8);
  gtk_widget_set_margin_start (self->box, 6);
  gtk_widget_set_margin_end (self->box, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  gtk_box_append (GTK_BOX (self->box), title_box);
  self->name_label = add_label (title_box, "heading");
  gtk_widget_set_hexpand (GTK_WIDGET (self->name_label), TRUE);
  self->archived_label = add_label (title_box, "caption");
  /* Translators: a tag beside an archived campaign's name. */
  gtk_label_set_text (self->archived_label, _("Archived"));
  gtk_label_set_ellipsize (self->archived_label, PANGO_ELLIPSIZE_NONE);
  gtk_label_set_width_chars (self->archived_label, -1);
  gtk_label_set_max_width_chars (self->archived_label, -1);
  gtk_widget_add_css_class (GTK_WIDGET (self->archived_label), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->archived_label), FALSE);

  self->about_label = add_label (self->box, "dim-label");
  self->when_label = add_label (self->box, "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->when_label), "dim-label");
}
