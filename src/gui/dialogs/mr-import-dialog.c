/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-feedback.h"
#include "mr-import-columns-row.h"
#include "mr-import-dialog.h"
#include "mr-import-plan.h"

/* Lists what a drop or a choice of files holds, lets the user say whose statistics the
 * files that do not say it are and which columns of a creator list are read, and
 * imports them in a worker thread with its own database connection: progress, Cancel
 * that leaves nothing, then a toast with Undo. */

typedef enum {
  STAGE_SCAN,
  STAGE_REVIEW,
  STAGE_RUN,
  STAGE_DONE,
} Stage;

struct _MrImportDialog
{
  AdwWindow       parent_instance;

  MrWindow       *window;
  MrImportPlan   *plan;
  GCancellable   *cancellable;
  Stage           stage;
  int             progress;      /* per mille, written by the worker */
  guint           progress_source;

  GtkStack       *stack;
  AdwStatusPage  *busy_page;
  GtkProgressBar *progress_bar;
  GtkLabel       *review_label;
  GtkListBox     *list;
};

G_DEFINE_FINAL_TYPE (MrImportDialog, mr_import_dialog, ADW_TYPE_WINDOW)

/* ── The worker ──────────────────────────────────────────────────────────────────── */

static void
on_progress (double   fraction,
             gpointer user_data)
{
  MrImportDialog *self = user_data;

  g_atomic_int_set (&self->progress, (int) (fraction * 1000));
}

static gboolean
update_progress (gpointer user_data)
{
  MrImportDialog *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar,
                                 g_atomic_int_get (&self->progress) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
work (GTask        *task,
      gpointer      source_object,
      gpointer      task_data,
      GCancellable *cancellable)
{
  MrImportDialog *self = source_object;
  sqlite3 *db = task_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->stage == STAGE_SCAN)
    ok = mr_import_plan_scan (self->plan, MR_IMPORT_SCAN_FULL, db, on_progress, self,
                              cancellable, &error);
  else
    ok = mr_import_plan_run (self->plan, db, on_progress, self, cancellable, &error);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void on_work_done (GObject *source, GAsyncResult *result, gpointer user_data);

static void
close_connection (gpointer db)
{
  sqlite3_close (db);
}

static void
start_work (MrImportDialog *self,
            Stage           stage)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  db = mr_store_open_connection (mr_window_get_store (self->window), &error);
  if (db == NULL)
    {
      mr_window_add_toast (self->window, mr_feedback_toast_new (error->message));
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  self->stage = stage;
  g_atomic_int_set (&self->progress, 0);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  adw_status_page_set_title (self->busy_page, stage == STAGE_SCAN ? _("Reading Files")
                                                                 : _("Importing"));
  gtk_stack_set_visible_child_name (self->stack, "busy");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.confirm", FALSE);
  if (self->progress_source == 0)
    self->progress_source = g_timeout_add (100, update_progress, self);

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, on_work_done, NULL);
  g_task_set_source_tag (task, start_work);
  g_task_set_task_data (task, db, close_connection);
  g_task_run_in_thread (task, work);
}

/* ── Review ──────────────────────────────────────────────────────────────────────── */

static void
update_ready (MrImportDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.confirm",
                                 self->stage == STAGE_REVIEW &&
                                 mr_import_plan_is_ready (self->plan));
}

static const char *
icon_for (MrImportItem *item)
{
  switch (mr_import_item_get_state (item))
    {
    case MR_IMPORT_ITEM_READY:
      return "emblem-ok-symbolic";
    case MR_IMPORT_ITEM_NEEDS_CREATOR:
      return "avatar-default-symbolic";
    case MR_IMPORT_ITEM_DUPLICATE:
      return "emblem-default-symbolic";
    case MR_IMPORT_ITEM_UNRECOGNIZED:
    default:
      return "dialog-warning-symbolic";
    }
}

static void
update_row (GtkWidget    *row,
            MrImportItem *item)
{
  g_autofree char *description = mr_import_item_describe (item);
  g_autofree char *escaped = g_markup_escape_text (description, -1);

  if (ADW_IS_EXPANDER_ROW (row))
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), escaped);
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
}

static void
update_icon (MrImportItem *item,
             GParamSpec   *pspec,
             GtkImage     *icon)
{
  gtk_image_set_from_icon_name (icon, icon_for (item));
}

static void
on_handle_changed (GtkEditable  *entry,
                   MrImportItem *item)
{
  mr_import_item_set_handle (item, gtk_editable_get_text (entry));
}

static void
on_item_changed (MrImportItem   *item,
                 GParamSpec     *pspec,
                 GtkWidget      *row)
{
  MrImportDialog *self = MR_IMPORT_DIALOG (gtk_widget_get_root (GTK_WIDGET (row)));

  update_row (row, item);
  if (self != NULL)
    update_ready (self);
}

static GtkWidget *
create_entry (MrImportItem *item)
{
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *label = NULL;
  const char *handle = mr_import_item_get_handle (item);

  if (handle != NULL)
    {
      g_autofree char *text = g_strconcat ("@", handle, NULL);

      gtk_editable_set_text (GTK_EDITABLE (entry), text);
    }
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("@handle"));
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 10);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  /* Translators: %s is a file name; the entry takes the account's @handle */
  label = g_strdup_printf (_("Account of %s"), mr_import_item_get_display_name (item));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_handle_changed), item, 0);
  return entry;
}

/* A creator list that will be imported expands to its columns; a file the import skips
 * has none to confirm. */
static GtkWidget *
create_bare_row (MrImportItem *item,
                 GtkWidget    *icon)
{
  GtkWidget *row;

  if (mr_import_item_get_headers (item) != NULL &&
      mr_import_item_get_state (item) == MR_IMPORT_ITEM_READY)
    {
      row = mr_import_columns_row_new (item);
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), icon);
      return row;
    }

  row = adw_action_row_new ();
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  if (mr_import_item_get_handle_editable (item))
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_entry (item));
  return row;
}

static GtkWidget *
create_row (gpointer item_pointer,
            gpointer user_data)
{
  MrImportItem *item = item_pointer;
  g_autofree char *title = g_markup_escape_text (mr_import_item_get_display_name (item), -1);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *row = create_bare_row (item, icon);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  update_icon (item, NULL, GTK_IMAGE (icon));
  g_signal_connect_object (item, "notify::state", G_CALLBACK (update_icon), icon, 0);

  update_row (row, item);
  g_signal_connect_object (item, "notify::state", G_CALLBACK (on_item_changed), row, 0);
  g_signal_connect_object (item, "notify::handle", G_CALLBACK (on_item_changed), row, 0);
  g_signal_connect_object (item, "notify::mapping", G_CALLBACK (on_item_changed), row, 0);
  return row;
}

static void
show_review (MrImportDialog *self)
{
  GListModel *items = mr_import_plan_get_items (self->plan);
  guint n = g_list_model_get_n_items (items), n_ready = 0, n_need = 0;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *left_out = mr_import_plan_describe_left_out (self->plan);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MrImportItem) item = g_list_model_get_item (items, i);

      n_ready += mr_import_item_get_state (item) == MR_IMPORT_ITEM_READY;
      n_need += mr_import_item_get_state (item) == MR_IMPORT_ITEM_NEEDS_CREATOR;
    }
  /* A folder of thousands of other files is one sentence, not a row each. */
  if (n > 0 || left_out == NULL)
    g_string_printf (text, ngettext ("%u of %u file can be imported.",
                                     "%u of %u files can be imported.", n), n_ready, n);
  if (left_out != NULL)
    g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", left_out);
  if (n_need > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("Some files do not say whose statistics they hold: type the "
                               "account’s @handle next to them."));
    }
  gtk_label_set_text (self->review_label, text->str);

  gtk_list_box_bind_model (self->list, items, create_row, self, NULL);
  self->stage = STAGE_REVIEW;
  gtk_stack_set_visible_child_name (self->stack, "review");
  update_ready (self);
}

static void
on_work_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  MrImportDialog *self = MR_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  Stage stage = self->stage;

  g_clear_handle_id (&self->progress_source, g_source_remove);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      self->stage = STAGE_DONE;
      /* A failure is told in a dialog: its message names the file and the line, and
       * ends in what to do, more than a toast shows. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          if (stage == STAGE_RUN)
            mr_window_add_toast (self->window,
                                 mr_feedback_toast_new (_("Import cancelled: nothing was changed")));
        }
      else if (stage == STAGE_RUN)
        {
          mr_feedback_error (GTK_WIDGET (self->window), _("Nothing Was Imported"),
                             error->message);
          /* Found on the import's own connection: the window offers the backup. */
          if (g_error_matches (error, MR_STORE_ERROR, MR_STORE_ERROR_CORRUPT))
            mr_store_mark_damaged (mr_window_get_store (self->window));
        }
      else
        mr_feedback_error (GTK_WIDGET (self->window), _("Could Not Read the Files"),
                           error->message);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  if (stage == STAGE_SCAN)
    {
      show_review (self);
      return;
    }

  self->stage = STAGE_DONE;
  mr_window_import_finished (self->window, self->plan);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ── Actions ─────────────────────────────────────────────────────────────────────── */

static void
confirm_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MrImportDialog *self = MR_IMPORT_DIALOG (widget);

  if (self->stage == STAGE_REVIEW && mr_import_plan_is_ready (self->plan))
    start_work (self, STAGE_RUN);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MrImportDialog *self = MR_IMPORT_DIALOG (widget);

  if (self->stage == STAGE_SCAN || self->stage == STAGE_RUN)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
mr_import_dialog_close_request (GtkWindow *window)
{
  MrImportDialog *self = MR_IMPORT_DIALOG (window);

  /* The worker must finish (or roll back) first; its end closes the window. */
  if (self->stage == STAGE_SCAN || self->stage == STAGE_RUN)
    {
      g_cancellable_cancel (self->cancellable);
      return TRUE;
    }
  return FALSE;
}

static void
mr_import_dialog_dispose (GObject *object)
{
  MrImportDialog *self = MR_IMPORT_DIALOG (object);

  g_clear_handle_id (&self->progress_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), MR_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (mr_import_dialog_parent_class)->dispose (object);
}

static void
mr_import_dialog_finalize (GObject *object)
{
  MrImportDialog *self = MR_IMPORT_DIALOG (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->window);

  G_OBJECT_CLASS (mr_import_dialog_parent_class)->finalize (object);
}

static void
mr_import_dialog_class_init (MrImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = mr_import_dialog_dispose;
  object_class->finalize = mr_import_dialog_finalize;
  window_class->close_request = mr_import_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/dialogs/mr-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MrImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, MrImportDialog, busy_page);
  gtk_widget_class_bind_template_child (widget_class, MrImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, MrImportDialog, review_label);
  gtk_widget_class_bind_template_child (widget_class, MrImportDialog, list);

  gtk_widget_class_install_action (widget_class, "import.confirm", NULL, confirm_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
}

static void
mr_import_dialog_init (MrImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->plan = mr_import_plan_new ();
}

MrImportDialog *
mr_import_dialog_new (MrWindow    *window,
                      GFile      **files,
                      guint        n_files,
                      const char  *creator)
{
  MrImportDialog *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (MR_IS_WINDOW (window), NULL);
  g_return_val_if_fail (files != NULL && n_files > 0, NULL);

  self = g_object_new (MR_TYPE_IMPORT_DIALOG, "transient-for", window, NULL);
  self->window = g_object_ref (window);
  mr_import_plan_set_creator (self->plan, creator);
  if (!mr_import_plan_add_files (self->plan, files, n_files, NULL, &error))
    {
      mr_window_add_toast (window, mr_feedback_toast_new (error->message));
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  start_work (self, STAGE_SCAN);
  return self;
}

MrImportPlan *
mr_import_dialog_get_plan (MrImportDialog *self)
{
  g_return_val_if_fail (MR_IS_IMPORT_DIALOG (self), NULL);
  return self->plan;
}
