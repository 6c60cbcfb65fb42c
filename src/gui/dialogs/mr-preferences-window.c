/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-preferences-window"

#include "config.h"

#include "mr-preferences-window.h"

struct _MrPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  MrStore              *store;

  AdwComboRow          *currency_row;
  GtkStringList        *currencies;
  AdwActionRow         *database_row;
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
  gtk_widget_class_bind_template_child (widget_class, MrPreferencesWindow, currency_row);
  gtk_widget_class_bind_template_child (widget_class, MrPreferencesWindow, currencies);
  gtk_widget_class_bind_template_child (widget_class, MrPreferencesWindow, database_row);

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
}
