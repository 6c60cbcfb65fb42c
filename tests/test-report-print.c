/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-report-print"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "mr-application.h"
#include "mr-import-plan.h"
#include "mr-report-actions.h"
#include "mr-test-util.h"
#include "mr-test-widgets.h"
#include "mr-window.h"

/* The window's side of the report: Print… lays out and draws the same pages as the PDF
 * (through GtkPrintOperation, as "Print to File" does), and the window's actions open
 * the save dialog with the report's name, write the PDF there, and open the print
 * dialog. */

#define SETTLE_MS 300
#define WAIT_MS   10000

static char *
pdf_text (const char *pdf)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  const char *argv[] = { program, "-raw", pdf, "-", NULL };
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  if (program == NULL)
    g_error ("pdftotext is needed to read the report: install poppler-utils (build-aux/dev test does)");
  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (process));
  return out;
}

static void
import_year (MrStore *store)
{
  g_autoptr(MrImportPlan) plan = mr_import_plan_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *year = g_test_build_filename (G_TEST_DIST, "data", "tiktok", "year", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (year);

  g_assert_true (mr_import_plan_add_files (plan, &folder, 1, NULL, &error));
  g_assert_true (mr_import_plan_scan (plan, MR_IMPORT_SCAN_QUICK, mr_store_get_handle (store),
                                      NULL, NULL, NULL, &error));
  g_assert_true (mr_import_plan_run (plan, mr_store_get_handle (store), NULL, NULL, NULL, &error));
  g_assert_true (mr_store_reload (store, &error));
  g_assert_no_error (error);
}

static MrCreator *
first_creator (MrStore *store)
{
  GListModel *creators = mr_store_get_creators (store);

  g_assert_cmpuint (g_list_model_get_n_items (creators), >, 0);
  return g_list_model_get_item (creators, 0);
}

static guint
count_pages (const char *text)
{
  guint n = 0;

  /* pdftotext ends every page with a form feed. */
  for (const char *p = text; (p = strchr (p, '\f')) != NULL; p++)
    n++;
  return n;
}

/* Printing to a file writes the pages Export PDF… writes, word for word. */
static void
test_print_matches_pdf (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *db = g_build_filename (dir, "print.db", NULL);
  g_autofree char *exported = g_build_filename (dir, "exported.pdf", NULL);
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr(MrStore) store = mr_test_open_store (db);
  g_autoptr(MrCreator) creator = NULL;
  g_autoptr(MrReport) report = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GFile) file = g_file_new_for_path (exported);
  g_autoptr(GError) error = NULL;
  g_autofree char *exported_text = NULL;
  g_autofree char *printed_text = NULL;
  GtkPrintOperationResult result;

  import_year (store);
  creator = first_creator (store);

  report = mr_report_new (store, &creator, 1, &error);
  g_assert_no_error (error);
  g_assert_true (mr_report_write_pdf_file (report, file, MR_REPORT_PAPER_A4, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&report, mr_report_free);

  report = mr_report_new (store, &creator, 1, &error);
  g_assert_no_error (error);
  operation = mr_report_print_operation_new (g_steal_pointer (&report));
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_allow_async (operation, FALSE);
  gtk_print_operation_set_export_filename (operation, printed);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  exported_text = pdf_text (exported);
  printed_text = pdf_text (printed);
  g_assert_cmpuint (count_pages (printed_text), >, 1);
  g_assert_cmpuint (count_pages (printed_text), ==, count_pages (exported_text));
  g_assert_cmpstr (printed_text, ==, exported_text);
  g_assert_nonnull (strstr (printed_text, "@sanne.fietst"));

  mr_test_remove_temp_dir (dir);
}

/* ── The window's actions ───────────────────────────────────────────────────────── */

/* The PDF is written on a worker thread: it is done when its trailer is there. */
static gboolean
wait_for_pdf (const char *path)
{
  for (guint waited = 0; waited < WAIT_MS; waited += 50)
    {
      g_autofree char *contents = NULL;
      gsize length;

      if (g_file_get_contents (path, &contents, &length, NULL) &&
          g_strstr_len (contents + (length > 64 ? length - 64 : 0), -1, "%%EOF") != NULL)
        return TRUE;
      mr_test_settle (50);
    }
  return FALSE;
}

static void
check_actions (MrWindow *window)
{
  const struct { const char *name; const char *type; } expected[] = {
    { "win.export-report", "x" },
    { "win.print-report", "x" },
    { "win.export-reports", "ax" },
    { "win.print-reports", "ax" },
    { "win.export-campaign-report", "x" },
    { "win.print-campaign-report", "x" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      gboolean found = FALSE;
      const GVariantType *type;
      const char *name, *property;
      GType owner;

      for (guint j = 0; gtk_widget_class_query_action (GTK_WIDGET_GET_CLASS (window), j, &owner,
                                                       &name, &type, &property); j++)
        if (g_str_equal (name, expected[i].name))
          {
            g_assert_true (g_variant_type_equal (type, G_VARIANT_TYPE (expected[i].type)));
            found = TRUE;
          }
      g_assert_true (found);
    }
}

/* Export PDF… suggests "<creator> – vetting report.pdf" and writes it where asked. */
static void
check_export (MrWindow   *window,
              MrCreator  *creator,
              const char *dir)
{
  /* In the user's language, as the catalogue has it. */
  g_autofree char *expected_name = g_strdup_printf (_("%s – vetting report.pdf"),
                                                    mr_creator_get_name (creator));
  g_autofree char *path = g_build_filename (dir, "saved.pdf", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserDialog *chooser;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-report", "x",
                              mr_creator_get_id (creator));
  mr_test_settle (SETTLE_MS);
  chooser = mr_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)), ==,
                   GTK_FILE_CHOOSER_ACTION_SAVE);
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (name, ==, expected_name);

  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "saved.pdf");
  mr_test_settle (SETTLE_MS);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  g_assert_true (wait_for_pdf (path));
  mr_test_settle (SETTLE_MS);
  g_assert_null (mr_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, mr_creator_get_name (creator)));
}

/* A selection makes one document; its name says how many creators it holds. */
static void
check_export_selection (MrWindow *window,
                        GPtrArray *creators)
{
  g_autofree gint64 *ids = g_new (gint64, creators->len);
  g_autoptr(GVariant) target = NULL;
  g_autofree char *expected_name = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserDialog *chooser;

  for (guint i = 0; i < creators->len; i++)
    ids[i] = mr_creator_get_id (g_ptr_array_index (creators, i));
  expected_name = g_strdup_printf (ngettext ("Vetting report of %u creator.pdf",
                                             "Vetting reports of %u creators.pdf", creators->len),
                                   creators->len);

  target = g_variant_ref_sink (g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, ids,
                                                          creators->len, sizeof (gint64)));
  gtk_widget_activate_action_variant (GTK_WIDGET (window), "win.export-reports", target);
  mr_test_settle (SETTLE_MS);
  chooser = mr_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (name, ==, expected_name);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  mr_test_settle (SETTLE_MS);
  g_assert_null (mr_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
}

/* Print… opens the print dialog; cancelling it prints nothing and says nothing. The
 * dialog's type is looked up by name: its header is not in GTK's own package. */
static void
check_print_dialog (MrWindow  *window,
                    MrCreator *creator)
{
  GType dialog_type;
  GtkWindow *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.print-report", "x",
                              mr_creator_get_id (creator));
  dialog_type = g_type_from_name ("GtkPrintUnixDialog");
  g_assert_cmpuint (dialog_type, !=, 0);
  for (guint waited = 0;
       (dialog = mr_test_find_toplevel (dialog_type)) == NULL && waited < WAIT_MS;
       waited += 50)
    mr_test_settle (50);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  mr_test_settle (SETTLE_MS);
  g_assert_null (mr_test_find_toplevel (dialog_type));
  g_assert_null (mr_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

/* Once the file is known, the PDF is written off the main thread and says so. */
static void
check_export_to_file (MrWindow   *window,
                      MrCreator  *creator,
                      const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "direct.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  MrReport *report = mr_report_new (mr_window_get_store (window), &creator, 1, &error);

  g_assert_no_error (error);
  mr_report_actions_export_to_file (window, report, file);
  g_assert_true (wait_for_pdf (path));
  mr_test_settle (SETTLE_MS);
  g_assert_null (mr_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, mr_creator_get_name (creator)));
}

/* A file that cannot be written: the dialog says why. */
static void
check_export_fails_clearly (MrWindow   *window,
                            MrCreator  *creator,
                            const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "no-such-folder", "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  MrReport *report = mr_report_new (mr_window_get_store (window), &creator, 1, &error);
  AdwMessageDialog *dialog = NULL;

  g_assert_no_error (error);
  mr_report_actions_export_to_file (window, report, file);
  for (guint waited = 0;
       (dialog = mr_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) == NULL && waited < WAIT_MS;
       waited += 50)
    mr_test_settle (50);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "no-such-folder"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* ── The campaign report ────────────────────────────────────────────────────────── */

/* A campaign with @creator as its one member, a fee and a day of results. */
static MrCampaign *
add_campaign (MrStore   *store,
              MrCreator *creator)
{
  g_autoptr(MrCampaign) campaign = mr_campaign_new ("Zomer 2026");
  g_autoptr(MrCampaignMember) member = mr_campaign_member_new (mr_creator_get_id (creator));
  MrResultRow row = { "2026-11-12", 40000, -1, 1000, 50, 2000, 3200 };
  g_autoptr(GError) error = NULL;

  mr_campaign_set_brand (campaign, "Fietsfabriek");
  mr_campaign_set_budget (campaign, 1000);
  g_assert_true (mr_store_add_campaign (store, campaign, &error));
  mr_campaign_member_set_fee (member, 800);
  g_assert_true (mr_store_add_member (store, campaign, member, &error));
  g_assert_true (mr_store_save_result (store, member, &row, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&campaign);
}

/* Export PDF… of a campaign suggests "<campaign> – campaign report.pdf" and writes the
 * campaign's report where asked. */
static void
check_export_campaign (MrWindow   *window,
                       MrCampaign *campaign,
                       const char *dir)
{
  g_autofree char *expected_name = g_strdup_printf (_("%s – campaign report.pdf"),
                                                    mr_campaign_get_name (campaign));
  g_autofree char *path = g_build_filename (dir, "campaign.pdf", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserDialog *chooser;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-campaign-report", "x",
                              mr_campaign_get_id (campaign));
  mr_test_settle (SETTLE_MS);
  chooser = mr_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (name, ==, expected_name);

  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "campaign.pdf");
  mr_test_settle (SETTLE_MS);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  g_assert_true (wait_for_pdf (path));
  mr_test_settle (SETTLE_MS);
  g_assert_null (mr_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_null (mr_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  text = pdf_text (path);
  g_assert_true (g_str_has_prefix (text, _("Campaign report")));
  g_assert_nonnull (strstr (text, "Zomer 2026"));
  g_assert_nonnull (strstr (text, "Fietsfabriek"));
}

/* Without the save dialog: the campaign's PDF written off the main thread, and its
 * Print… opening the print dialog over the window. */
static void
check_campaign_without_dialogs (MrWindow   *window,
                                MrCampaign *campaign,
                                const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "campaign-direct.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  MrReport *report = mr_report_new_for_campaign (mr_window_get_store (window), campaign, &error);
  GType dialog_type = g_type_from_name ("GtkPrintUnixDialog");
  GtkWindow *dialog;

  g_assert_no_error (error);
  mr_report_actions_export_to_file (window, report, file);
  g_assert_true (wait_for_pdf (path));
  mr_test_settle (SETTLE_MS);
  g_assert_null (mr_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Zomer 2026"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.print-campaign-report", "x",
                              mr_campaign_get_id (campaign));
  for (guint waited = 0;
       (dialog = mr_test_find_toplevel (dialog_type)) == NULL && waited < WAIT_MS;
       waited += 50)
    mr_test_settle (50);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  mr_test_settle (SETTLE_MS);
  g_assert_null (mr_test_find_toplevel (dialog_type));

  /* A campaign that is gone opens nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-campaign-report", "x", (gint64) 9999);
  mr_test_settle (SETTLE_MS);
  g_assert_null (mr_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_null (mr_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

typedef struct
{
  const char *dir;
  gboolean    dialogs;   /* the save dialogs too */
  gboolean    checked;
} Context;

static void
on_activate (GApplication *app,
             Context      *context)
{
  MrWindow *window = MR_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_autoptr(GPtrArray) selection = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(MrCreator) creator = NULL;
  g_autoptr(MrCampaign) campaign = NULL;

  mr_test_settle (SETTLE_MS);
  import_year (mr_window_get_store (window));
  creator = first_creator (mr_window_get_store (window));
  campaign = add_campaign (mr_window_get_store (window), creator);
  g_ptr_array_add (selection, g_object_ref (creator));
  g_ptr_array_add (selection, mr_test_add_creator (mr_window_get_store (window), "Daan de Boer",
                                                   "daan.fietst"));

  check_actions (window);
  check_export_to_file (window, creator, context->dir);
  check_export_fails_clearly (window, creator, context->dir);
  check_print_dialog (window, creator);
  check_campaign_without_dialogs (window, campaign, context->dir);
  if (context->dialogs)
    {
      check_export (window, creator, context->dir);
      check_export_selection (window, selection);
      check_export_campaign (window, campaign, context->dir);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  context->checked = TRUE;
}

static void
run_window (gboolean dialogs)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *db = g_build_filename (dir, "window.db", NULL);
  g_autoptr(MrApplication) app = mr_application_new ();
  Context context = { dir, dialogs, FALSE };

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  mr_application_set_database_path (app, db);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), &context);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_true (context.checked);
  g_assert_finalize_object (g_steal_pointer (&app));
  mr_test_remove_temp_dir (dir);
}

static void
test_window_actions (void)
{
  run_window (FALSE);
}

/* GTK 4.8's file chooser keeps memory LeakSanitizer reports (its sidebar's cloud
 * providers, its folder queries): under AddressSanitizer the save dialog is left to
 * the builds without it. */
static void
test_save_dialog (void)
{
#ifdef __SANITIZE_ADDRESS__
  g_test_skip ("GTK's file chooser leaks under LeakSanitizer");
#else
  run_window (TRUE);
#endif
}

int
main (int   argc,
      char *argv[])
{
  mr_application_init_i18n ();
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/report-print/print-matches-pdf", test_print_matches_pdf);
  g_test_add_func ("/report-print/window-actions", test_window_actions);
  g_test_add_func ("/report-print/save-dialog", test_save_dialog);

  return g_test_run ();
}
