/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-results-import-dialog"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mr-application.h"
#include "mr-import-results.h"
#include "mr-results-import-dialog.h"
#include "mr-test-util.h"
#include "mr-test-widgets.h"
#include "mr-window.h"

/* Importing a campaign's results file in the window, in the user's language: the rows
 * found per member and the one that fits nobody, a column chosen by hand, the file
 * that cannot be read, and the toast whose Undo takes the import back. */

#define TIMEOUT_MS 5000

typedef struct {
  char       *dir;
  MrWindow   *window;
  MrStore    *store;
  MrCampaign *campaign;
  gboolean    checked;
} Fixture;

static Fixture fixture;

static gpointer
child (MrResultsImportDialog *dialog,
       const char            *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (dialog), MR_TYPE_RESULTS_IMPORT_DIALOG,
                                        name);
}

static gboolean
on_page (MrResultsImportDialog *dialog,
         const char            *page)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (child (dialog, "stack")), page) == 0;
}

/* Runs the main loop until @dialog shows @page (NULL: until no dialog is left). */
static void
wait_for (MrResultsImportDialog *dialog,
          const char            *page)
{
  gint64 end = g_get_monotonic_time () + TIMEOUT_MS * G_TIME_SPAN_MILLISECOND;

  while (page != NULL ? !on_page (dialog, page)
                      : mr_test_find_toplevel (MR_TYPE_RESULTS_IMPORT_DIALOG) != NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
    }
  mr_test_settle (100);
}

static MrResultsImportDialog *
open_dialog (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  MrResultsImportDialog *dialog = mr_results_import_dialog_new (GTK_WINDOW (fixture.window),
                                                                fixture.store,
                                                                fixture.campaign, file);

  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static char *
data_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "campaign", name, NULL);
}

static gint64
count_results (void)
{
  return mr_test_query_int (mr_store_get_handle (fixture.store),
                            "SELECT count(*) FROM campaign_result", 0);
}

/* "3 rows for 2 members", as the user's language says it. */
static char *
expected_summary (guint rows,
                  guint members)
{
  g_autofree char *r = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row", "%u rows", rows),
                                        rows);
  g_autofree char *m = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u member", "%u members",
                                                     members), members);

  return g_strdup_printf (g_dpgettext2 (GETTEXT_PACKAGE, "results import", "%s for %s"), r, m);
}

static void
on_results_changed (MrStore *store,
                    gint64   campaign_id,
                    gint64  *changed)
{
  *changed = campaign_id;
}

static void
check_import_and_undo (void)
{
  g_autofree char *path = data_file ("results-handles.csv");
  MrResultsImportDialog *dialog = open_dialog (path);
  g_autofree char *summary = expected_summary (3, 2);
  g_autofree char *line = g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "Line %u · %s"), 5,
                                           "@nobody_here");
  GtkWidget *unmatched;
  GtkWidget *undo;
  gint64 changed = 0;
  gulong handler;

  wait_for (dialog, "review");
  g_assert_cmpstr (gtk_label_get_text (child (dialog, "summary_label")), ==, summary);
  g_assert_false (gtk_widget_get_visible (child (dialog, "problem_label")));
  g_assert_true (gtk_widget_get_sensitive (child (dialog, "import_button")));

  /* The row that fits nobody is there, with its line and why. */
  unmatched = mr_test_find_row (child (dialog, "unmatched_group"), ADW_TYPE_ACTION_ROW, line);
  g_assert_nonnull (unmatched);
  g_assert_true (gtk_widget_get_mapped (unmatched));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (unmatched)),
                            "@nobody_here"));
  g_assert_nonnull (mr_test_find_row (child (dialog, "members_group"), ADW_TYPE_ACTION_ROW,
                                      "Daan Visser"));

  handler = g_signal_connect (fixture.store, "results-changed", G_CALLBACK (on_results_changed),
                              &changed);
  gtk_widget_activate (child (dialog, "import_button"));
  wait_for (dialog, NULL);
  g_signal_handler_disconnect (fixture.store, handler);
  g_assert_cmpint (changed, ==, mr_campaign_get_id (fixture.campaign));
  g_assert_cmpint (count_results (), ==, 3);

  undo = mr_test_find_mapped_button (GTK_WIDGET (fixture.window),
                                     g_dgettext (GETTEXT_PACKAGE, "_Undo"));
  g_assert_nonnull (undo);
  /* "clicked" at once: activating a button presses it for a quarter of a second first. */
  g_signal_emit_by_name (undo, "clicked");
  mr_test_settle (200);
  g_assert_cmpint (count_results (), ==, 0);
}

/* A header we do not know: the dialog says which column to choose, and choosing it
 * is all it takes. Cancel leaves everything as it was. */
static void
check_choose_column (void)
{
  g_autofree char *path = g_build_filename (fixture.dir, "taps.csv", NULL);
  MrResultsImportDialog *dialog;
  AdwComboRow *periode;

  g_assert_true (g_file_set_contents (path, "Periode;Influencer;Taps\n"
                                            "5-3-2026;Daan Visser;7\n", -1, NULL));
  dialog = open_dialog (path);
  wait_for (dialog, "review");
  g_assert_true (gtk_widget_get_visible (child (dialog, "problem_label")));
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "import_button")));

  periode = ADW_COMBO_ROW (mr_test_find_row (child (dialog, "columns_group"), ADW_TYPE_COMBO_ROW,
                                             "Periode"));
  g_assert_nonnull (periode);
  g_assert_cmpuint (adw_combo_row_get_selected (periode), ==, 0);
  adw_combo_row_set_selected (periode, 1 + MR_RESULTS_COLUMN_DATE);
  mr_test_settle (100);
  /* Taps are still not read as anything. */
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "import_button")));
  adw_combo_row_set_selected (ADW_COMBO_ROW (mr_test_find_row (child (dialog, "columns_group"),
                                                               ADW_TYPE_COMBO_ROW, "Taps")),
                              1 + MR_RESULTS_COLUMN_CLICKS);
  mr_test_settle (100);
  g_assert_false (gtk_widget_get_visible (child (dialog, "problem_label")));
  g_assert_true (gtk_widget_get_sensitive (child (dialog, "import_button")));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "results.cancel", NULL);
  wait_for (dialog, NULL);
  g_assert_cmpint (count_results (), ==, 0);
}

static void
check_unreadable (void)
{
  g_autofree char *path = g_build_filename (fixture.dir, "empty.csv", NULL);
  MrResultsImportDialog *dialog;
  AdwStatusPage *page;

  g_assert_true (g_file_set_contents (path, "\n", -1, NULL));
  dialog = open_dialog (path);
  wait_for (dialog, "unreadable");
  page = child (dialog, "unreadable_page");
  g_assert_nonnull (strstr (adw_status_page_get_description (page), "empty.csv:1:"));
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "import_button")));
  g_assert_cmpstr (gtk_button_get_label (child (dialog, "cancel_button")), ==,
                   g_dgettext (GETTEXT_PACKAGE, "_Close"));
  gtk_window_close (GTK_WINDOW (dialog));
  wait_for (dialog, NULL);
}

static void
add_members (void)
{
  g_autoptr(MrCreator) lotte = mr_test_add_creator (fixture.store, "Lotte Jansen", "lottejansen");
  g_autoptr(MrCreator) daan = mr_creator_new ("Daan Visser");
  g_autoptr(MrAccount) instagram = mr_account_new (MR_PLATFORM_INSTAGRAM, "daanfietst");
  g_autoptr(MrCampaignMember) first = mr_campaign_member_new (mr_creator_get_id (lotte));
  g_autoptr(MrCampaignMember) second = NULL;
  g_autoptr(GError) error = NULL;

  g_list_store_append (G_LIST_STORE (mr_creator_get_accounts (daan)), instagram);
  g_assert_true (mr_store_add_creator (fixture.store, daan, &error));
  fixture.campaign = mr_campaign_new ("Koffie pilot");
  g_assert_true (mr_store_add_campaign (fixture.store, fixture.campaign, &error));
  g_assert_true (mr_store_add_member (fixture.store, fixture.campaign, first, &error));
  second = mr_campaign_member_new (mr_creator_get_id (daan));
  g_assert_true (mr_store_add_member (fixture.store, fixture.campaign, second, &error));
  g_assert_no_error (error);
}

static void
on_activate (GApplication *app)
{
  mr_test_settle (300);
  fixture.window = mr_test_find_toplevel (MR_TYPE_WINDOW);
  g_assert_nonnull (fixture.window);
  fixture.store = mr_window_get_store (fixture.window);
  add_members ();

  check_import_and_undo ();
  check_choose_column ();
  check_unreadable ();

  g_clear_object (&fixture.campaign);
  fixture.checked = TRUE;
  gtk_window_destroy (GTK_WINDOW (fixture.window));
}

static void
test_dialog (void)
{
  g_autofree char *path = NULL;
  g_autoptr(MrApplication) app = mr_application_new ();

  fixture.dir = mr_test_make_temp_dir ();
  path = g_build_filename (fixture.dir, "results.db", NULL);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  mr_application_set_database_path (MR_APPLICATION (app), path);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), NULL);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_true (fixture.checked);

  g_assert_finalize_object (g_steal_pointer (&app));
  mr_test_remove_temp_dir (fixture.dir);
  g_clear_pointer (&fixture.dir, g_free);
}

int
main (int   argc,
      char *argv[])
{
  mr_application_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/results-import-dialog/import-choose-undo", test_dialog);

  return g_test_run ();
}
