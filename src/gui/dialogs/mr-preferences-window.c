/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-benchmarks-page.h"
#include "mr-moment-settings.h"
#include "mr-preferences-window.h"
#include "mr-public-data-page.h"
#include "mr-tiers.h"

/* The schemes in the order the Tiers row lists them. */
static const MrTierScheme tier_schemes[] = {
  MR_TIER_SCHEME_DEFAULT,
  MR_TIER_SCHEME_SMALL_MICRO,
  MR_TIER_SCHEME_HYPEAUDITOR,
};

struct _MrPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  MrStore              *store;

  AdwComboRow          *tier_scheme_row;
  AdwComboRow          *currency_row;
  GtkStringList        *currencies;
  AdwActionRow         *database_row;
  GtkSpinButton        *response_hours;
  AdwComboRow          *sensitivity_row;
};

G_DEFINE_FINAL_TYPE (MrPreferencesWindow, mr_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

MrPreferencesWindow *
mr_preferences_window_new (GtkWindow *parent,
                           MrStore   *store)
{
  MrPreferencesWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MR_IS_STORE (store), NULL);

  self = g_object_new (MR_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  adw_action_row_set_subtitle (self->database_row, mr_store_get_path (store));

  return self;
}

static guint
find_currency (MrPreferencesWindow *self,
               const char          *code)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->currencies));

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->currencies, i), code) == 0)
      return i;

  return GTK_INVALID_LIST_POSITION;
}

static void
on_currency_selected (MrPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->currency_row);

  if (selected != GTK_INVALID_LIST_POSITION)
    g_settings_set_string (self->settings, "default-currency",
                           gtk_string_list_get_string (self->currencies, selected));
}

static void
on_tier_scheme_selected (MrPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->tier_scheme_row);

  if (selected < G_N_ELEMENTS (tier_schemes))
    g_settings_set_string (self->settings, "tier-scheme",
                           mr_tier_scheme_to_string (tier_schemes[selected]));
}

static void
setup_tier_schemes (MrPreferencesWindow *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *current = g_settings_get_string (self->settings, "tier-scheme");
  guint selected = 0;

  for (guint i = 0; i < G_N_ELEMENTS (tier_schemes); i++)
    {
      gtk_string_list_append (labels, mr_tier_scheme_get_label (tier_schemes[i]));
      if (g_strcmp0 (current, mr_tier_scheme_to_string (tier_schemes[i])) == 0)
        selected = i;
    }

  adw_combo_row_set_model (self->tier_scheme_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->tier_scheme_row, selected);
  g_signal_connect_swapped (self->tier_scheme_row, "notify::selected",
                            G_CALLBACK (on_tier_scheme_selected), self);
}

static void
on_sensitivity_selected (MrPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->sensitivity_row);

  if (selected < G_N_ELEMENTS (mr_spike_sensitivities))
    g_settings_set_string (self->settings, "spike-sensitivity", mr_spike_sensitivities[selected].id);
}

/* In the order of mr_spike_sensitivities: k = 1.5, 2, 3. */
static void
setup_sensitivities (MrPreferencesWindow *self)
{
  const char * const labels[] = {
    /* Translators: a spike sensitivity: a rise of 1.5 standard deviations opens a moment */
    _("High: more moments, some of them noise"),
    /* Translators: the default spike sensitivity, 2 standard deviations */
    _("Normal"),
    /* Translators: a spike sensitivity: only a rise of 3 standard deviations opens a moment */
    _("Low: only the sharpest spikes"),
    NULL
  };
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);
  g_autofree char *current = g_settings_get_string (self->settings, "spike-sensitivity");
  guint selected = 1;

  G_STATIC_ASSERT (G_N_ELEMENTS (labels) == G_N_ELEMENTS (mr_spike_sensitivities) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (mr_spike_sensitivities); i++)
    if (g_strcmp0 (current, mr_spike_sensitivities[i].id) == 0)
      selected = i;

  adw_combo_row_set_model (self->sensitivity_row, G_LIST_MODEL (model));
  adw_combo_row_set_selected (self->sensitivity_row, selected);
  g_signal_connect_swapped (self->sensitivity_row, "notify::selected",
                            G_CALLBACK (on_sensitivity_selected), self);
}

static void
show_database_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MrPreferencesWindow *self = MR_PREFERENCES_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_path (mr_store_get_path (self->store));
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *uri = g_file_get_uri (folder);

  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
mr_preferences_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MR_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (mr_preferences_window_parent_class)->dispose (object);
}

static void
mr_preferences_window_finalize (GObject *object)
{
  MrPreferencesWindow *self = MR_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mr_preferences_window_parent_class)->finalize (object);
}

static void
mr_preferences_window_class_init (MrPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_preferences_window_dispose;
  object_class->finalize = mr_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/dialogs/mr-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MrPreferencesWindow, tier_scheme_row);
  gtk_widget_class_bind_template_child (widget_class, MrPreferencesWindow, currency_row);
  gtk_widget_class_bind_template_child (widget_class, MrPreferencesWindow, currencies);
  gtk_widget_class_bind_template_child (widget_class, MrPreferencesWindow, database_row);
  gtk_widget_class_bind_template_child (widget_class, MrPreferencesWindow, response_hours);
  gtk_widget_class_bind_template_child (widget_class, MrPreferencesWindow, sensitivity_row);

  gtk_widget_class_install_action (widget_class, "preferences.show-database", NULL,
                                   show_database_action);
}

static void
mr_preferences_window_init (MrPreferencesWindow *self)
{
  g_autofree char *currency = NULL;
  guint position;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  setup_tier_schemes (self);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (mr_benchmarks_page_new (self->settings)));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (mr_public_data_page_new ()));
  currency = g_settings_get_string (self->settings, "default-currency");
  position = find_currency (self, currency);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      gtk_string_list_append (self->currencies, currency);
      position = find_currency (self, currency);
    }
  adw_combo_row_set_selected (self->currency_row, position);
  g_signal_connect_swapped (self->currency_row, "notify::selected",
                            G_CALLBACK (on_currency_selected), self);
  g_settings_bind (self->settings, "moment-response-hours",
                   gtk_spin_button_get_adjustment (self->response_hours), "value",
                   G_SETTINGS_BIND_DEFAULT);
  setup_sensitivities (self);
}
