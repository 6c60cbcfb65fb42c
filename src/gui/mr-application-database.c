/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-application-database"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-application-private.h"
#include "mr-feedback.h"
#include "mr-store-backup.h"
#include "mr-vetting-settings.h"

/* The database behind the window: opening it, what the user is told when it cannot be
 * used (damaged, read-only, in use by another program), the daily backup, and putting
 * that backup back. Nothing here deletes or overwrites a file: a damaged database moves
 * aside (mr_store_backup_restore ()). */

/* The daily backup starts this long after the window opens, so that it takes nothing
 * from the start: the first frames, the roster's metrics. It runs in a worker thread. */
#define BACKUP_DELAY_S 10

static MrWindow *
find_window (MrApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (MR_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

static void present_problem (MrApplication *self,
                             const char    *heading,
                             const GError  *error);

/* ── Closing the database before its file is replaced ──────────────────────────── */

/* Runs the step once the store is finalized (its connection closed) and no backup reads
 * the file: a connection still open would write into the file that moved aside, or
 * remove the -wal file of the one put in its place. */
static void
continue_after_close (MrApplication *self)
{
  MrApplicationStep step = self->after_close;

  if (step == NULL || self->store_closing || self->backup_cancellable != NULL)
    return;

  self->after_close = NULL;
  step (self);
  g_application_release (G_APPLICATION (self));
}

static void
continue_after_close_cb (gpointer data)
{
  continue_after_close (data);
}

static void
on_store_finalized (gpointer  data,
                    GObject  *where_the_store_was)
{
  MrApplication *self = data;

  self->store_closing = FALSE;
  /* Not from inside the store's finalization. */
  g_idle_add_once (continue_after_close_cb, self);
}

static void
close_database_then (MrApplication     *self,
                     MrApplicationStep  step)
{
  g_autoptr(GPtrArray) windows = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (self->after_close == NULL);

  /* With no window left, the application would quit. */
  g_application_hold (G_APPLICATION (self));
  self->after_close = step;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    g_ptr_array_add (windows, g_object_ref (l->data));
  for (guint i = 0; i < windows->len; i++)
    gtk_window_close (g_ptr_array_index (windows, i));

  g_clear_handle_id (&self->backup_source, g_source_remove);
  if (self->backup_cancellable != NULL)
    g_cancellable_cancel (self->backup_cancellable);
  g_clear_handle_id (&self->apply_source, g_source_remove);

  if (self->store != NULL)
    {
      self->store_closing = TRUE;
      g_object_weak_ref (G_OBJECT (self->store), on_store_finalized, self);
      g_clear_object (&self->store);
    }

  continue_after_close (self);
}

/* ── The daily backup ────────────────────────────────────────────────────────────── */

static void
on_backup_made (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  MrApplication *self = user_data;
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->backup_cancellable);

  if (mr_store_backup_make_finish (result, &error))
    g_debug ("The daily backup of %s is made", mr_application_get_database_path (self));
  else if (g_error_matches (error, MR_STORE_ERROR, MR_STORE_ERROR_CORRUPT))
    {
      /* The backup before stays; the window offers it. */
      if (self->store != NULL)
        mr_store_mark_damaged (self->store);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
           g_error_matches (error, MR_STORE_ERROR, MR_STORE_ERROR_BUSY))
    g_debug ("No backup this time: %s", error->message);
  else
    {
      MrWindow *window = find_window (self);
      g_autofree char *text = g_strdup_printf (_("No backup was made today: %s"), error->message);

      g_warning ("%s", text);
      if (window != NULL)
        mr_window_add_toast (window, mr_feedback_toast_new (text));
    }

  continue_after_close (self);
  g_application_release (G_APPLICATION (self));
}

static gboolean
start_backup (gpointer data)
{
  MrApplication *self = data;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  self->backup_source = 0;
  if (self->store == NULL || self->backup_cancellable != NULL ||
      !mr_store_backup_is_due (mr_store_get_path (self->store), now))
    return G_SOURCE_REMOVE;

  self->backup_cancellable = g_cancellable_new ();
  g_application_hold (G_APPLICATION (self));
  mr_store_backup_make_async (mr_store_get_path (self->store), self->backup_cancellable,
                              on_backup_made, self);

  return G_SOURCE_REMOVE;
}

void
mr_application_window_removed (MrApplication *self)
{
  /* The last window closed: the application is quitting, and a backup should not keep
   * it waiting. The one it stops is taken at the next start. */
  if (find_window (self) != NULL)
    return;

  g_clear_handle_id (&self->backup_source, g_source_remove);
  if (self->backup_cancellable != NULL)
    g_cancellable_cancel (self->backup_cancellable);
}

/* ── Restoring the backup, opening another database ─────────────────────────────── */

static void
on_restored (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  MrApplication *self = user_data;
  g_autoptr(GDateTime) restored_time = NULL;
  g_autofree char *damaged_path = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;
  MrWindow *window;

  if (!mr_store_backup_restore_finish (result, &restored_time, &damaged_path, &error))
    {
      present_problem (self, _("Cannot Restore the Backup"), error);
      g_application_release (G_APPLICATION (self));
      return;
    }

  window = mr_application_ensure_window (self);
  if (window != NULL)
    {
      when = mr_store_backup_format_time (restored_time);
      if (damaged_path != NULL)
        {
          g_autofree char *base = g_path_get_basename (damaged_path);
          g_autofree char *name = g_filename_display_name (base);

          /* Translators: %s are when the backup was made and a file name. */
          text = g_strdup_printf (_("Backup from %s restored; the damaged file is kept as “%s”"),
                                  when, name);
        }
      else
        text = g_strdup_printf (_("Backup from %s restored"), when);

      gtk_window_present (GTK_WINDOW (window));
      mr_window_add_toast (window, mr_feedback_toast_new (text));
    }
  g_application_release (G_APPLICATION (self));
}

static void
start_restore (MrApplication *self)
{
  g_application_hold (G_APPLICATION (self));
  mr_store_backup_restore_async (mr_application_get_database_path (self), NULL, on_restored, self);
}

static void
restore_backup (MrApplication *self)
{
  close_database_then (self, start_restore);
}

static void
open_again (MrApplication *self)
{
  MrWindow *window = mr_application_ensure_window (self);

  if (window != NULL)
    gtk_window_present (GTK_WINDOW (window));
}

static void
open_chosen (MrApplication *self)
{
  g_autofree char *path = g_steal_pointer (&self->chosen_path);

  mr_application_set_database_path (self, path);
  open_again (self);
}

static void
on_database_chosen (GtkNativeDialog *chooser,
                    int              response,
                    MrApplication   *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);

  if (file != NULL && g_file_peek_path (file) != NULL)
    {
      g_free (self->chosen_path);
      self->chosen_path = g_file_get_path (file);
      close_database_then (self, open_chosen);
    }
  else if (find_window (self) == NULL && self->problem != NULL)
    present_problem (self, self->problem_heading, self->problem);

  g_application_release (G_APPLICATION (self));
}

static void
choose_database (MrApplication *self)
{
  MrWindow *window = find_window (self);

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Open Another Database"),
                                               window != NULL ? GTK_WINDOW (window) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_database_chosen), self);
  /* A native chooser is no window of the application: keep it running meanwhile. */
  g_application_hold (G_APPLICATION (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ── What the user is told ───────────────────────────────────────────────────────── */

typedef struct
{
  MrApplication     *self;
  MrApplicationStep  step;
} Answer;

static void
run_answer (gpointer data)
{
  Answer *answer = data;

  answer->step (answer->self);
  g_application_release (G_APPLICATION (answer->self));
  g_free (answer);
}

static void
on_problem_response (AdwMessageDialog *dialog,
                     const char       *response,
                     MrApplication    *self)
{
  Answer *answer;

  if (g_str_equal (response, "quit"))
    {
      g_application_quit (G_APPLICATION (self));
      return;
    }

  answer = g_new0 (Answer, 1);
  answer->self = self;
  if (g_str_equal (response, "restore"))
    answer->step = restore_backup;
  else if (g_str_equal (response, "open-other"))
    answer->step = choose_database;
  else if (g_str_equal (response, "retry"))
    answer->step = open_again;
  else
    {
      g_free (answer);
      return;
    }

  /* After the dialog has closed; until then, the application must not quit for want
   * of a window. */
  g_application_hold (G_APPLICATION (self));
  g_idle_add_once (run_answer, answer);
}

/* Says why the database cannot be used, in a dialog over the window when there is one
 * (and then "Not Now" keeps it), else on its own (and then "Quit" ends). A damaged
 * database with a backup gets Restore Backup; one in use, Try Again; anything else,
 * Open Another Database. With @heading, restoring the backup failed, and says why. */
static void
present_problem (MrApplication *self,
                 const char    *heading,
                 const GError  *error)
{
  MrWindow *window = find_window (self);
  const char *path = mr_application_get_database_path (self);
  g_autofree char *name = g_filename_display_name (path);
  g_autoptr(GDateTime) backup_time = NULL;
  g_autofree char *body = NULL;
  gboolean damaged, busy;
  GtkWidget *dialog;

  damaged = heading == NULL && g_error_matches (error, MR_STORE_ERROR, MR_STORE_ERROR_CORRUPT);
  busy = heading == NULL && g_error_matches (error, MR_STORE_ERROR, MR_STORE_ERROR_BUSY);
  if (damaged)
    backup_time = mr_store_backup_get_time (path);

  /* What to say again should the user cancel choosing another database. */
  if (error != self->problem)
    {
      g_clear_error (&self->problem);
      self->problem = g_error_copy (error);
      self->problem_heading = heading;
    }

  if (heading != NULL)
    body = g_strdup (error->message);
  else if (damaged && backup_time != NULL)
    {
      g_autofree char *when = mr_store_backup_format_time (backup_time);

      heading = _("The Database Is Damaged");
      /* Translators: the second %s is when the backup was made. */
      body = g_strdup_printf (_("Microreach found damage in “%s”. Its automatic backup from %s can take its place; what changed after that is not in it. The damaged file is kept beside it under a new name."),
                              name, when);
    }
  else if (damaged)
    {
      heading = _("The Database Is Damaged");
      body = g_strdup_printf (_("Microreach found damage in “%s” and has no automatic backup of it yet. Restore a copy of your own, or open another database."),
                              name);
    }
  else if (g_error_matches (error, MR_STORE_ERROR, MR_STORE_ERROR_READ_ONLY))
    {
      heading = _("The Database Is Read-Only");
      body = g_strdup_printf ("%s %s", error->message,
                              _("Microreach saves every change as you make it, so it opens only a database it may write to."));
    }
  else if (busy)
    {
      heading = _("The Database Is in Use");
      body = g_strdup (error->message);
    }
  else
    {
      heading = _("Cannot Open the Database");
      body = g_strdup (error->message);
    }

  dialog = adw_message_dialog_new (window != NULL ? GTK_WINDOW (window) : NULL, heading, body);
  if (window != NULL)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Not Now"));
  else
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "quit", _("_Quit"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog),
                                         window != NULL ? "close" : "quit");

  if (busy)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "retry", _("_Try Again"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "retry",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "retry");
    }
  else
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "open-other",
                                     _("_Open Another Database…"));

  if (damaged && backup_time != NULL)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "restore",
                                       _("_Restore Backup"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
    }

  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect (dialog, "response", G_CALLBACK (on_problem_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
offer_backup (gpointer data)
{
  MrApplication *self = data;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || find_window (self) == NULL)
    return;

  g_set_error_literal (&error, MR_STORE_ERROR, MR_STORE_ERROR_CORRUPT, "");
  present_problem (self, NULL, error);
}

static void
on_store_damaged (MrStore       *store,
                  GParamSpec    *pspec,
                  MrApplication *self)
{
  /* Found in the middle of some store call: answered once that is over. */
  if (mr_store_get_damaged (store))
    g_idle_add_once (offer_backup, self);
}

/* ── Opening ─────────────────────────────────────────────────────────────────────── */

static MrStore *
open_store (MrApplication  *self,
            GError        **error)
{
  g_autoptr(MrStore) store = mr_store_open (mr_application_get_database_path (self), error);

  if (store == NULL)
    return NULL;

  if (mr_store_get_read_only (store))
    {
      mr_store_set_error_from_sqlite (error, mr_store_get_handle (store), SQLITE_READONLY);
      return NULL;
    }

  /* A large roster's list shows at once; its metrics follow from a worker thread. */
  mr_store_set_metrics_in_background (store, TRUE);
  if (!mr_vetting_settings_apply (self->settings, store, error))
    return NULL;

  return g_steal_pointer (&store);
}

MrWindow *
mr_application_ensure_window (MrApplication *self)
{
  MrWindow *window = find_window (self);
  g_autoptr(GError) error = NULL;
  GtkWindow *shown;

  if (window != NULL)
    return window;

  /* The database is closing to be replaced; the step after opens the window. */
  if (self->after_close != NULL)
    return NULL;

  if (self->store == NULL)
    {
      self->store = open_store (self, &error);
      if (self->store == NULL)
        {
          g_debug ("%s", error->message);
          shown = gtk_application_get_active_window (GTK_APPLICATION (self));
          if (shown != NULL)
            gtk_window_present (shown);
          else
            present_problem (self, NULL, error);
          return NULL;
        }
      g_clear_error (&self->problem);
      g_signal_connect_object (self->store, "notify::damaged", G_CALLBACK (on_store_damaged),
                               self, 0);
    }

  window = mr_window_new (self, self->store);
  if (self->backup_source == 0 && self->backup_cancellable == NULL)
    self->backup_source = g_timeout_add_seconds (BACKUP_DELAY_S, start_backup, self);

  return window;
}

void
mr_application_dispose_database (MrApplication *self)
{
  g_clear_handle_id (&self->backup_source, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->backup_cancellable);
  g_clear_pointer (&self->chosen_path, g_free);
  g_clear_error (&self->problem);
}
