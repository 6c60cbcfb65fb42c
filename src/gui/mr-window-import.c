/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-window-import"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-feedback.h"
#include "mr-import-dialog.h"
#include "mr-import-writer.h"
#include "mr-window-private.h"

/* How statistics come in: Import… and Import Folder… (file choosers, portal-friendly),
 * a drop anywhere on the window, files given to the application. All go through the
 * confirmation dialog; its result comes back here as a toast with Undo. */

void
mr_window_import_files (MrWindow  *self,
                        GFile    **files,
                        int        n_files)
{
  g_return_if_fail (MR_IS_WINDOW (self));
  g_return_if_fail (n_files == 0 || files != NULL);

  if (n_files <= 0)
    return;

  mr_window_import_files_for_creator (self, files, n_files, NULL);
}

void
mr_window_import_files_for_creator (MrWindow    *self,
                                    GFile      **files,
                                    int          n_files,
                                    const char  *creator)
{
  MrImportDialog *dialog;

  g_return_if_fail (MR_IS_WINDOW (self));

  if (n_files <= 0)
    return;
  dialog = mr_import_dialog_new (self, files, (guint) n_files, creator);
  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

/* A toast saying @summary (plain text, never markup), with Undo for the import batch
 * @batch_id when there is one (0: nothing was stored). @undo_action is "win.undo-import",
 * or "win.undo-refresh" for a refresh's batch: the same undo, told in its own words. */
void
mr_window_add_import_toast (MrWindow   *self,
                            const char *summary,
                            gint64      batch_id,
                            const char *undo_action)
{
  AdwToast *toast = mr_feedback_toast_new (summary);

  if (batch_id > 0)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, undo_action);
      adw_toast_set_action_target_value (toast, g_variant_new_int64 (batch_id));
      adw_toast_set_timeout (toast, 10);
    }
  mr_window_add_toast (self, toast);
}

void
mr_window_import_finished (MrWindow     *self,
                           MrImportPlan *plan)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  gint64 batch_id;

  g_return_if_fail (MR_IS_WINDOW (self));
  g_return_if_fail (MR_IS_IMPORT_PLAN (plan));

  if (!mr_store_reload (self->store, &error))
    {
      mr_window_add_import_toast (self, error->message, 0, NULL);
      return;
    }
  mr_moments_page_detect (self->moments_page);

  summary = mr_import_plan_describe_result (plan);
  batch_id = mr_import_plan_get_batch_id (plan);
  if (batch_id > 0 &&
      g_list_model_get_n_items (mr_store_get_creators (self->store)) > 0 &&
      mr_import_plan_get_counts (plan)->search == 0)
    adw_view_stack_set_visible_child_name (self->stack, "creators");
  mr_window_add_import_toast (self, summary, batch_id, "win.undo-import");
}

static void
undo_import_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MrWindow *self = MR_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!mr_import_undo (mr_store_get_handle (self->store), g_variant_get_int64 (parameter),
                       &error) ||
      !mr_store_reload (self->store, &error))
    {
      mr_window_add_toast (self, mr_feedback_toast_new (error->message));
      return;
    }
  mr_window_add_toast (self, mr_feedback_toast_new (g_str_equal (action_name, "win.undo-refresh")
                                                    ? _("Refresh undone")
                                                    : _("Import undone")));
}

/* ── File choosers ───────────────────────────────────────────────────────────────── */

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     MrWindow        *self)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) array = NULL;
  guint n;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      n = g_list_model_get_n_items (files);
      array = g_ptr_array_new_full (n, g_object_unref);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      mr_window_import_files (self, (GFile **) array->pdata, (int) array->len);
    }

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            gboolean        all)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  if (all)
    gtk_file_filter_add_pattern (filter, "*");
  else
    {
      gtk_file_filter_add_mime_type (filter, "text/csv");
      gtk_file_filter_add_mime_type (filter, "application/json");
      gtk_file_filter_add_suffix (filter, "csv");
      gtk_file_filter_add_suffix (filter, "json");
    }
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
open_chooser (MrWindow             *self,
              GtkFileChooserAction  action)
{
  gboolean folders = action == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER;

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  self->chooser = gtk_file_chooser_native_new (folders ? _("Import a Folder of Statistics")
                                                       : _("Import Statistics"),
                                               GTK_WINDOW (self), action,
                                               _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
  if (!folders)
    {
      add_filter (GTK_FILE_CHOOSER (self->chooser), _("Exported statistics (CSV, JSON)"), FALSE);
      add_filter (GTK_FILE_CHOOSER (self->chooser), _("All files"), TRUE);
    }
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_chooser (MR_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
import_folder_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  open_chooser (MR_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
}

/* ── Drag and drop ───────────────────────────────────────────────────────────────── */

static GdkDragAction
on_drop_enter (GtkDropTarget *target,
               double         x,
               double         y,
               MrWindow      *self)
{
  gtk_widget_set_visible (self->drop_highlight, TRUE);
  return GDK_ACTION_COPY;
}

static void
on_drop_leave (GtkDropTarget *target,
               MrWindow      *self)
{
  gtk_widget_set_visible (self->drop_highlight, FALSE);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         MrWindow      *self)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  GSList *list;

  gtk_widget_set_visible (self->drop_highlight, FALSE);
  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  /* The list is ours, its files are the value's. */
  list = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);
  g_slist_free (list);
  if (files->len == 0)
    return FALSE;
  mr_window_import_files (self, (GFile **) files->pdata, (int) files->len);
  return TRUE;
}

GtkDropTarget *
mr_window_get_drop_target (MrWindow *self)
{
  g_return_val_if_fail (MR_IS_WINDOW (self), NULL);
  return self->drop_target;
}

void
mr_window_class_init_import (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.import-folder", NULL, import_folder_action);
  gtk_widget_class_install_action (widget_class, "win.undo-import", "x", undo_import_action);
  gtk_widget_class_install_action (widget_class, "win.undo-refresh", "x", undo_import_action);
}

void
mr_window_init_import (MrWindow *self)
{
  self->drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (self->drop_target, "enter", G_CALLBACK (on_drop_enter), self);
  g_signal_connect (self->drop_target, "leave", G_CALLBACK (on_drop_leave), self);
  g_signal_connect (self->drop_target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->drop_target));
}
