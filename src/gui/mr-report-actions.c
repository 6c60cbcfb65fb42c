/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-report-actions"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mr-report-actions.h"
#include "mr-feedback.h"

/* The report is read from the store on the main thread (mr_report_new () is quick:
 * a few queries per creator); laying it out and writing the PDF happen on a worker
 * thread, so a long report never stalls the window. */

static void
show_error (MrWindow     *window,
            const char   *heading,
            const GError *error)
{
  mr_feedback_error (GTK_WIDGET (window), heading, error->message);
}

static MrReport *
load_report (MrWindow   *window,
             MrCreator **creators,
             guint       n_creators)
{
  g_autoptr(GError) error = NULL;
  MrReport *report = mr_report_new (mr_window_get_store (window), creators, n_creators, &error);

  if (report == NULL)
    show_error (window, _("Could Not Make the Report"), error);
  return report;
}

static MrReport *
load_campaign_report (MrWindow   *window,
                      MrCampaign *campaign)
{
  g_autoptr(GError) error = NULL;
  MrReport *report = mr_report_new_for_campaign (mr_window_get_store (window), campaign, &error);

  if (report == NULL)
    show_error (window, _("Could Not Make the Report"), error);
  return report;
}

/* ── Export PDF… ────────────────────────────────────────────────────────────────── */

/* What the worker thread gets: the report and where it goes, nothing of GTK's. The
 * window waits on the main thread, as the callback's data. */
typedef struct
{
  MrReport *report;
  GFile    *file;
} Job;

static void
job_free (Job *job)
{
  g_clear_pointer (&job->report, mr_report_free);
  g_clear_object (&job->file);
  g_free (job);
}

/* While the save dialog is open. */
typedef struct
{
  MrWindow             *window;
  MrReport             *report;
  GtkFileChooserNative *chooser;
} Export;

static void
export_free (Export *export)
{
  g_clear_object (&export->window);
  g_clear_pointer (&export->report, mr_report_free);
  if (export->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (export->chooser));
  g_clear_object (&export->chooser);
  g_free (export);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Export, export_free)

static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;

  if (mr_report_write_pdf_file (job->report, job->file, mr_report_paper_get_default (),
                                cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(MrWindow) window = user_data;
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  g_autofree char *uri = NULL;
  AdwToast *toast;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (window, _("Could Not Export the Report"), error);
      return;
    }

  name = g_file_get_basename (job->file);
  uri = g_file_get_uri (job->file);
  /* Translators: a toast; %s is the PDF's file name. */
  message = g_strdup_printf (_("Saved “%s”"), name);
  toast = mr_feedback_toast_new (message);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-report");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  mr_window_add_toast (window, toast);
}

void
mr_report_actions_export_to_file (MrWindow *window,
                                  MrReport *report,
                                  GFile    *file)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (MR_IS_WINDOW (window));
  g_return_if_fail (report != NULL);
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (Job, 1);
  job->report = report;
  job->file = g_object_ref (file);
  task = g_task_new (NULL, NULL, on_written, g_object_ref (window));
  g_task_set_source_tag (task, mr_report_actions_export_to_file);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, write_in_thread);
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  g_autoptr(Export) export = user_data;
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    mr_report_actions_export_to_file (export->window, g_steal_pointer (&export->report), file);
}

/* The save dialog, suggesting the report's name; takes @report. */
static void
choose_file (MrWindow   *window,
             MrReport   *report,
             const char *title)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  Export *export;

  export = g_new0 (Export, 1);
  export->window = g_object_ref (window);
  export->report = report;
  export->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (window), GTK_FILE_CHOOSER_ACTION_SAVE,
                                                 _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (export->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (export->chooser), filter);
  name = mr_report_get_file_name (export->report);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (export->chooser), name);
  g_signal_connect (export->chooser, "response", G_CALLBACK (on_chooser_response), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (export->chooser));
}

void
mr_report_actions_export (MrWindow   *window,
                          MrCreator **creators,
                          guint       n_creators)
{
  MrReport *report;

  g_return_if_fail (MR_IS_WINDOW (window));
  g_return_if_fail (n_creators > 0);

  if ((report = load_report (window, creators, n_creators)) != NULL)
    choose_file (window, report, n_creators == 1 ? _("Export Vetting Report") : _("Export Vetting Reports"));
}

void
mr_report_actions_export_campaign (MrWindow   *window,
                                   MrCampaign *campaign)
{
  MrReport *report;

  g_return_if_fail (MR_IS_WINDOW (window));
  g_return_if_fail (MR_IS_CAMPAIGN (campaign));

  if ((report = load_campaign_report (window, campaign)) != NULL)
    choose_file (window, report, _("Export Campaign Report"));
}

/* ── Print… ─────────────────────────────────────────────────────────────────────── */

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                MrReport          *report)
{
  guint n_pages = mr_report_paginate (report, gtk_print_context_get_cairo_context (context),
                                      gtk_print_context_get_width (context),
                                      gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, (int) n_pages);
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              MrReport          *report)
{
  if (page >= 0 && (guint) page < mr_report_get_n_pages (report))
    mr_report_draw_page (report, gtk_print_context_get_cairo_context (context), (guint) page);
}

static void
report_closure_free (gpointer  data,
                     GClosure *closure)
{
  mr_report_free (data);
}

GtkPrintOperation *
mr_report_print_operation_new (MrReport *report)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autofree char *file_name = mr_report_get_file_name (report);
  char *extension = g_strrstr (file_name, ".pdf");

  /* "Print to File" suggests the name Export PDF… would. */
  if (extension != NULL)
    *extension = '\0';
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, file_name);
  gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_job_name (operation, file_name);
  /* The report keeps its own margins, in points, on the whole sheet. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);

  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), report);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page), report,
                         report_closure_free, 0);
  return operation;
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               MrWindow                *window)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        show_error (window, _("Could Not Print the Report"), error);
    }
}

/* The print dialog for @report, which it takes. */
static void
print_report (MrWindow *window,
              MrReport *report)
{
  g_autoptr(GtkPrintOperation) operation = mr_report_print_operation_new (report);

  /* "done" comes whatever the outcome, errors included; in progress, the operation
   * keeps itself alive until then. */
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), window, 0);
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                           GTK_WINDOW (window), NULL);
}

void
mr_report_actions_print (MrWindow   *window,
                         MrCreator **creators,
                         guint       n_creators)
{
  MrReport *report;

  g_return_if_fail (MR_IS_WINDOW (window));
  g_return_if_fail (n_creators > 0);

  if ((report = load_report (window, creators, n_creators)) != NULL)
    print_report (window, report);
}

void
mr_report_actions_print_campaign (MrWindow   *window,
                                  MrCampaign *campaign)
{
  MrReport *report;

  g_return_if_fail (MR_IS_WINDOW (window));
  g_return_if_fail (MR_IS_CAMPAIGN (campaign));

  if ((report = load_campaign_report (window, campaign)) != NULL)
    print_report (window, report);
}

/* ── The actions ────────────────────────────────────────────────────────────────── */

/* The creators of @ids that are still there, in the order given. */
static GPtrArray *
find_creators (MrWindow     *window,
               const gint64 *ids,
               gsize         n_ids)
{
  GListModel *creators = mr_store_get_creators (mr_window_get_store (window));
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (gsize i = 0; i < n_ids; i++)
    for (guint j = 0; j < g_list_model_get_n_items (creators); j++)
      {
        g_autoptr(MrCreator) creator = g_list_model_get_item (creators, j);

        if (mr_creator_get_id (creator) == ids[i])
          {
            g_ptr_array_add (found, g_steal_pointer (&creator));
            break;
          }
      }
  return found;
}

static void
report_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MrWindow *window = MR_WINDOW (widget);
  gboolean print = g_str_has_prefix (action_name, "win.print-");
  g_autoptr(GPtrArray) creators = NULL;
  const gint64 *ids;
  gint64 id;
  gsize n_ids = 1;

  if (g_variant_is_of_type (parameter, G_VARIANT_TYPE_INT64))
    {
      id = g_variant_get_int64 (parameter);
      ids = &id;
    }
  else
    ids = g_variant_get_fixed_array (parameter, &n_ids, sizeof (gint64));

  creators = find_creators (window, ids, n_ids);
  if (creators->len == 0)
    {
      mr_window_add_toast (window, mr_feedback_toast_new (_("There is no such creator any more")));
      return;
    }

  if (print)
    mr_report_actions_print (window, (MrCreator **) creators->pdata, creators->len);
  else
    mr_report_actions_export (window, (MrCreator **) creators->pdata, creators->len);
}

static void
campaign_report_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MrWindow *window = MR_WINDOW (widget);
  GListModel *campaigns = mr_store_get_campaigns (mr_window_get_store (window));
  gint64 id = g_variant_get_int64 (parameter);

  for (guint i = 0; i < g_list_model_get_n_items (campaigns); i++)
    {
      g_autoptr(MrCampaign) campaign = g_list_model_get_item (campaigns, i);

      if (mr_campaign_get_id (campaign) != id)
        continue;
      if (g_str_equal (action_name, "win.print-campaign-report"))
        mr_report_actions_print_campaign (window, campaign);
      else
        mr_report_actions_export_campaign (window, campaign);
      return;
    }

  mr_window_add_toast (window, mr_feedback_toast_new (_("There is no such campaign any more")));
}

static void
open_report_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

void
mr_report_actions_install (GtkWidgetClass *window_class)
{
  gtk_widget_class_install_action (window_class, "win.export-report", "x", report_action);
  gtk_widget_class_install_action (window_class, "win.print-report", "x", report_action);
  gtk_widget_class_install_action (window_class, "win.export-reports", "ax", report_action);
  gtk_widget_class_install_action (window_class, "win.print-reports", "ax", report_action);
  gtk_widget_class_install_action (window_class, "win.export-campaign-report", "x",
                                   campaign_report_action);
  gtk_widget_class_install_action (window_class, "win.print-campaign-report", "x",
                                   campaign_report_action);
  gtk_widget_class_install_action (window_class, "win.open-report", "s", open_report_action);
}
