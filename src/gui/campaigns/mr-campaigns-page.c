/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-campaigns-page"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "mr-campaign.h"
#include "mr-campaigns-page.h"
#include "mr-list-state.h"
#include "mr-window.h"

struct _MrCampaignsPage
{
  GtkWidget    parent_instance;

  GtkStack    *stack;
  GtkListView *list_view;
};

G_DEFINE_FINAL_TYPE (MrCampaignsPage, mr_campaigns_page, GTK_TYPE_WIDGET)

/* The fields of the "New Campaign" dialog; the campaign editor of the campaigns view
 * takes over from there. */
typedef struct
{
  MrCampaignsPage *page;
  AdwEntryRow     *name_row;
  AdwEntryRow     *brand_row;
  AdwComboRow     *kind_row;
} NewCampaign;

static void
new_campaign_free (gpointer  user_data,
                   GClosure *closure)
{
  NewCampaign *data = user_data;

  g_clear_object (&data->page);
  g_free (data);
}

void
mr_campaigns_page_set_model (MrCampaignsPage *self,
                             GListModel      *model)
{
  g_return_if_fail (MR_IS_CAMPAIGNS_PAGE (self));

  mr_list_state_bind (self->stack, self->list_view, model);
}

static MrWindow *
get_window (MrCampaignsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return MR_IS_WINDOW (root) ? MR_WINDOW (root) : NULL;
}

static void
on_new_campaign_response (AdwMessageDialog *dialog,
                          const char       *response,
                          NewCampaign      *data)
{
  MrWindow *window = get_window (data->page);
  g_autoptr(MrCampaign) campaign = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *currency = NULL;
  const char *brand;

  if (g_strcmp0 (response, "create") != 0 || window == NULL)
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (data->name_row))));
  brand = gtk_editable_get_text (GTK_EDITABLE (data->brand_row));
  settings = g_settings_new (APP_ID);
  currency = g_settings_get_string (settings, "default-currency");

  campaign = mr_campaign_new (name);
  mr_campaign_set_brand (campaign, brand[0] != '\0' ? brand : NULL);
  mr_campaign_set_kind (campaign, adw_combo_row_get_selected (data->kind_row) == 0
                                  ? MR_CAMPAIGN_KIND_PILOT : MR_CAMPAIGN_KIND_LONG_TERM);
  mr_campaign_set_currency (campaign, currency);

  if (!mr_store_add_campaign (mr_window_get_store (window), campaign, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The campaign was not created: %s"),
                                                  error->message);

      mr_window_add_toast (window, adw_toast_new (message));
    }
}

static void
on_name_changed (GtkEditable      *name_row,
                 AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (name_row)));

  adw_message_dialog_set_response_enabled (dialog, "create", name[0] != '\0');
}

static void
new_campaign_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MrCampaignsPage *self = MR_CAMPAIGNS_PAGE (widget);
  const char * const kinds[] = {
    mr_campaign_kind_get_label (MR_CAMPAIGN_KIND_PILOT),
    mr_campaign_kind_get_label (MR_CAMPAIGN_KIND_LONG_TERM),
    NULL
  };
  g_autoptr(GtkStringList) kind_labels = gtk_string_list_new (kinds);
  NewCampaign *data = g_new0 (NewCampaign, 1);
  GtkWidget *dialog;
  GtkWidget *list;

  data->page = g_object_ref (self);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  data->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (data->name_row), _("Name"));
  adw_entry_row_set_activates_default (data->name_row, TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (data->name_row));

  data->brand_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (data->brand_row), _("Brand"));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (data->brand_row));

  data->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (data->kind_row), _("Kind"));
  adw_combo_row_set_model (data->kind_row, G_LIST_MODEL (kind_labels));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (data->kind_row));

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("New Campaign"),
                                   _("Pilots test a few creators before you commit budget; "
                                     "long-term campaigns scale the partnerships that work."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "create", _("C_reate"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "create",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "create", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "create");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_signal_connect (data->name_row, "changed", G_CALLBACK (on_name_changed), dialog);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_new_campaign_response),
                         data, new_campaign_free, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (data->name_row));
}

static void
mr_campaigns_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MR_TYPE_CAMPAIGNS_PAGE);

  G_OBJECT_CLASS (mr_campaigns_page_parent_class)->dispose (object);
}

static void
mr_campaigns_page_class_init (MrCampaignsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_campaigns_page_dispose;

  g_type_ensure (MR_TYPE_CAMPAIGN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/campaigns/mr-campaigns-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MrCampaignsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignsPage, list_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "campaigns.new", NULL, new_campaign_action);
}

static void
mr_campaigns_page_init (MrCampaignsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
