/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-report-actions.h"
#include "mr-window-private.h"


G_DEFINE_FINAL_TYPE (MrWindow, mr_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

MrWindow *
mr_window_new (MrApplication *application,
               MrStore       *store)
{
  g_return_val_if_fail (MR_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (MR_IS_STORE (store), NULL);

  return g_object_new (MR_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

MrStore *
mr_window_get_store (MrWindow *self)
{
  g_return_val_if_fail (MR_IS_WINDOW (self), NULL);

  return self->store;
}

void
mr_window_add_toast (MrWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (MR_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MrWindow *self = MR_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, name);
}

static void
add_creator_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MrWindow *self = MR_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "creators");
  mr_creators_page_add_creator (self->creators_page);
}

static gboolean
mr_window_close_request (GtkWindow *window)
{
  MrWindow *self = MR_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (mr_window_parent_class)->close_request (window);
}

static void
mr_window_constructed (GObject *object)
{
  MrWindow *self = MR_WINDOW (object);

  G_OBJECT_CLASS (mr_window_parent_class)->constructed (object);

  mr_creators_page_set_store (self->creators_page, self->store);
  mr_creators_page_set_model (self->creators_page, mr_store_get_creators (self->store));
  mr_campaigns_page_set_model (self->campaigns_page, mr_store_get_campaigns (self->store));
  mr_moments_page_set_store (self->moments_page, self->store);
}

static void
mr_window_dispose (GObject *object)
{
  MrWindow *self = MR_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), MR_TYPE_WINDOW);

  G_OBJECT_CLASS (mr_window_parent_class)->dispose (object);
}

static void
mr_window_finalize (GObject *object)
{
  MrWindow *self = MR_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mr_window_parent_class)->finalize (object);
}

static void
mr_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MrWindow *self = MR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MrWindow *self = MR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_window_class_init (MrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = mr_window_constructed;
  object_class->dispose = mr_window_dispose;
  object_class->finalize = mr_window_finalize;
  object_class->get_property = mr_window_get_property;
  object_class->set_property = mr_window_set_property;

  window_class->close_request = mr_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         MR_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MR_TYPE_CREATORS_PAGE);
  g_type_ensure (MR_TYPE_CAMPAIGNS_PAGE);
  g_type_ensure (MR_TYPE_MOMENTS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/mr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MrWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MrWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, MrWindow, creators_page);
  gtk_widget_class_bind_template_child (widget_class, MrWindow, campaigns_page);
  gtk_widget_class_bind_template_child (widget_class, MrWindow, moments_page);
  gtk_widget_class_bind_template_child (widget_class, MrWindow, drop_highlight);

  mr_window_class_init_import (widget_class);
  mr_window_class_init_refresh (widget_class);
  mr_report_actions_install (widget_class);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.add-creator", NULL, add_creator_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.add-creator", NULL);
}

static void
mr_window_init (MrWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mr_window_init_import (self);

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}
