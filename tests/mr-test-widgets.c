/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-test-widgets"

#include "config.h"

#include "mr-test-widgets.h"

void
mr_test_collect (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    mr_test_collect (child, type, found);
}

gpointer
mr_test_find_descendant (GtkWidget *widget,
                         GType      type)
{
  return mr_test_find_named (widget, type, NULL);
}

/* A NULL @name matches any widget: mr_test_find_descendant (). */
gpointer
mr_test_find_named (GtkWidget  *widget,
                    GType       type,
                    const char *name)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (name == NULL || g_strcmp0 (gtk_widget_get_name (widget), name) == 0))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found = mr_test_find_named (child, type, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

gpointer
mr_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

gpointer
mr_test_find_row (GtkWidget  *widget,
                  GType       type,
                  const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  g_assert_true (g_type_is_a (type, ADW_TYPE_PREFERENCES_ROW));
  mr_test_collect (widget, type, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label,
             gboolean    mapped_only)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  mr_test_collect (widget, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if ((!mapped_only || gtk_widget_get_mapped (button)) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), label) == 0)
        return button;
    }
  return NULL;
}

GtkWidget *
mr_test_find_button (GtkWidget  *widget,
                     const char *label)
{
  return find_button (widget, label, FALSE);
}

GtkWidget *
mr_test_find_mapped_button (GtkWidget  *widget,
                            const char *label)
{
  return find_button (widget, label, TRUE);
}

GtkWidget *
mr_test_get_button (GtkWidget  *widget,
                    const char *label)
{
  GtkWidget *button = find_button (widget, label, FALSE);

  if (button == NULL)
    g_error ("no button “%s”", label);
  return button;
}

gboolean
mr_test_has_mapped_label (GtkWidget  *widget,
                          const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) inscriptions = g_ptr_array_new ();

  mr_test_collect (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (labels, i)) &&
        g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;

  /* Lists show their text in inscriptions. */
  mr_test_collect (widget, GTK_TYPE_INSCRIPTION, inscriptions);
  for (guint i = 0; i < inscriptions->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (inscriptions, i)) &&
        g_strcmp0 (gtk_inscription_get_text (g_ptr_array_index (inscriptions, i)), text) == 0)
      return TRUE;

  return FALSE;
}

gboolean
mr_test_is_shown (GtkWidget *widget)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
      return FALSE;
  return TRUE;
}

/* Polls rather than blocks, so that a condition changed without waking the main context
 * (by work on another thread) is seen too. */
void
mr_test_wait_until (MrTestCondition  condition,
                    gpointer         data,
                    guint            timeout_ms,
                    const char      *what)
{
  gint64 end = g_get_monotonic_time () + timeout_ms * G_TIME_SPAN_MILLISECOND;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > end)
        g_error ("timed out after %u ms waiting for %s", timeout_ms, what);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}
