/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-markup"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "mr-application.h"
#include "mr-creators-page.h"
#include "mr-import-dialog.h"
#include "mr-member-editor.h"
#include "mr-moment-editor.h"
#include "mr-preferences-window.h"
#include "mr-results-import-dialog.h"
#include "mr-test-util.h"
#include "mr-test-widgets.h"
#include "mr-window.h"

/* Names, niches, currencies, file names and the messages that quote them are the user's
 * text: the window shows them as written, wherever a widget would read Pango markup (a
 * toast's title, a row's title and subtitle, a status page's description). Markup that
 * does not parse makes GTK warn, which G_DEBUG=fatal-warnings turns into a failure. */

#define SETTLE_MS 400
#define TIMEOUT_MS 20000

#define NAME "Tom & Jerry <b>"
#define NICHE "katten & honden <i>"
#define FILE_NAME "Tom & Jerry <b>.csv"

typedef void (*CheckFunc) (MrWindow *window);

typedef struct
{
  char      *dir;
  char      *database;
  MrCreator *creator;
} Fixture;

static Fixture fixture;

/* ── Reading what the user sees ──────────────────────────────────────────────────── */

/* The text of the first label under @widget, shown or not, that holds @part (all of it
 * when @whole), or NULL. The text is what is drawn: markup taken out, entities read. */
static const char *
find_label_text (GtkWidget  *widget,
                 const char *part,
                 gboolean    whole)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  mr_test_collect (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (g_ptr_array_index (labels, i));

      if (whole ? g_str_equal (text, part) : strstr (text, part) != NULL)
        return text;
    }
  return NULL;
}

static gpointer
wait_for_toplevel (GType type)
{
  for (guint i = 0; i < 25 && mr_test_find_toplevel (type) == NULL; i++)
    mr_test_settle (SETTLE_MS);
  g_assert_nonnull (mr_test_find_toplevel (type));
  return mr_test_find_toplevel (type);
}

static void
close_toplevel (GType type)
{
  gtk_window_destroy (mr_test_find_toplevel (type));
  mr_test_settle (SETTLE_MS);
  g_assert_null (mr_test_find_toplevel (type));
}

static MrCampaign *
add_campaign (MrStore    *store,
              const char *currency)
{
  MrCampaign *campaign = mr_campaign_new ("Koffie pilot");
  g_autoptr(MrCampaignMember) member = mr_campaign_member_new (mr_creator_get_id (fixture.creator));
  g_autoptr(GError) error = NULL;

  mr_campaign_set_currency (campaign, currency);
  g_assert_true (mr_store_add_campaign (store, campaign, &error));
  g_assert_true (mr_store_add_member (store, campaign, member, &error));
  g_assert_no_error (error);
  return campaign;
}

/* ── The cases ───────────────────────────────────────────────────────────────────── */

/* The creator chosen in the roster: their name and niche head the page. */
static void
check_creator_view (MrWindow *window)
{
  MrCreatorsPage *page = mr_test_find_descendant (GTK_WIDGET (window), MR_TYPE_CREATORS_PAGE);
  GtkColumnView *view = mr_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);

  gtk_selection_model_select_item (gtk_column_view_get_model (view), 0, TRUE);
  mr_test_settle (SETTLE_MS);
  g_assert_true (mr_test_has_mapped_label (GTK_WIDGET (window), NAME));
  g_assert_true (mr_test_has_mapped_label (GTK_WIDGET (window), NICHE));
}

/* The database's path, here with '&' and '<' in its name, under Storage. */
static void
check_preferences (MrWindow *window)
{
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  MrPreferencesWindow *preferences;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = wait_for_toplevel (MR_TYPE_PREFERENCES_WINDOW);
  mr_test_settle (SETTLE_MS);
  g_assert_nonnull (find_label_text (GTK_WIDGET (preferences), fixture.database, TRUE));
  close_toplevel (MR_TYPE_PREFERENCES_WINDOW);
}

/* A new moment about cats: the creator whose niche mentions them is suggested, by name
 * (a combo row, which reads no markup unless told to). */
static void
check_moment_editor (MrWindow *window)
{
  MrMomentEditor *editor = mr_moment_editor_new (GTK_WINDOW (window), mr_window_get_store (window),
                                                 NULL);
  g_autofree char *suggested = g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "Suggested: %s"),
                                                NAME);
  AdwEntryRow *search;

  gtk_window_present (GTK_WINDOW (editor));
  mr_test_settle (SETTLE_MS);
  /* The search is the editor's first row. */
  search = mr_test_find_descendant (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (search), "katten");
  mr_test_settle (SETTLE_MS);
  g_assert_nonnull (find_label_text (GTK_WIDGET (editor), suggested, TRUE));
  close_toplevel (MR_TYPE_MOMENT_EDITOR);
}

/* A campaign in a currency a file named "E&R <b>": the member's fee says so. */
static void
check_member_editor (MrWindow *window)
{
  MrStore *store = mr_window_get_store (window);
  g_autoptr(MrCampaign) campaign = add_campaign (store, "E&R <b>");
  g_autoptr(MrCampaignMember) member = g_list_model_get_item (mr_campaign_get_members (campaign), 0);
  g_autofree char *fee = g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "Fee in %s"), "E&R <b>");
  MrMemberEditor *editor = mr_member_editor_new (GTK_WINDOW (window), store, campaign, member);

  gtk_window_present (GTK_WINDOW (editor));
  mr_test_settle (SETTLE_MS);
  g_assert_nonnull (find_label_text (GTK_WIDGET (editor), fee, TRUE));
  close_toplevel (MR_TYPE_MEMBER_EDITOR);
}

static gboolean
results_unreadable (gpointer data)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (data, MR_TYPE_RESULTS_IMPORT_DIALOG,
                                                              "stack"));

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "unreadable") == 0;
}

/* A results file that cannot be read: the page that says why names it as it is named. */
static void
check_results_file (MrWindow *window)
{
  MrStore *store = mr_window_get_store (window);
  g_autoptr(MrCampaign) campaign = add_campaign (store, "EUR");
  g_autofree char *path = g_build_filename (fixture.dir, FILE_NAME, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  MrResultsImportDialog *dialog;
  GtkWidget *page;

  g_assert_true (g_file_set_contents (path, "\n", -1, NULL));
  dialog = mr_results_import_dialog_new (GTK_WINDOW (window), store, campaign, file);
  gtk_window_present (GTK_WINDOW (dialog));
  mr_test_wait_until (results_unreadable, dialog, TIMEOUT_MS, "the file to be found unreadable");
  mr_test_settle (SETTLE_MS);
  page = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                   MR_TYPE_RESULTS_IMPORT_DIALOG,
                                                   "unreadable_page"));
  g_assert_nonnull (find_label_text (page, FILE_NAME ":1:", FALSE));
  close_toplevel (MR_TYPE_RESULTS_IMPORT_DIALOG);
}

/* Deleting the creator: the toast names them. */
static void
check_delete_toast (MrWindow *window)
{
  MrCreatorsPage *page = mr_test_find_descendant (GTK_WIDGET (window), MR_TYPE_CREATORS_PAGE);
  GtkColumnView *view = mr_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);
  g_autofree char *deleted = g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "“%s” deleted"), NAME);

  gtk_selection_model_select_item (gtk_column_view_get_model (view), 0, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (page), "creators.delete-selected", NULL);
  mr_test_settle (SETTLE_MS);
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_creators (mr_window_get_store (window))),
                    ==, 0);
  g_assert_true (mr_test_has_mapped_label (GTK_WIDGET (window), deleted));
}

static gboolean
import_dialog_ready (gpointer data)
{
  MrImportDialog *dialog = mr_test_find_toplevel (MR_TYPE_IMPORT_DIALOG);

  return dialog != NULL && mr_import_plan_is_ready (mr_import_dialog_get_plan (dialog));
}

static gboolean
import_dialog_gone (gpointer data)
{
  return mr_test_find_toplevel (MR_TYPE_IMPORT_DIALOG) == NULL;
}

/* TikTok Studio's files dropped together with a file that is no export: nothing is
 * imported, and the dialog that says so quotes the file's name and first line. */
static void
check_import_error_dialog (MrWindow *window)
{
  g_autofree char *studio = g_test_build_filename (G_TEST_DIST, "data", "tiktok", "studio-set",
                                                   NULL);
  g_autofree char *path = g_build_filename (fixture.dir, FILE_NAME, NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (studio);
  g_autoptr(GFile) other = g_file_new_for_path (path);
  GSList second = { other, NULL };
  GSList first = { folder, &second };
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;
  AdwMessageDialog *dialog;
  const char *body;

  g_assert_true (g_file_set_contents (path, "Tom & Jerry <i>, Bugs & Daffy\n", -1, NULL));
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (&first));
  g_signal_emit_by_name (mr_window_get_drop_target (window), "drop", &value, 10.0, 10.0,
                         &accepted);
  g_assert_true (accepted);
  mr_test_wait_until (import_dialog_ready, NULL, TIMEOUT_MS, "the import dialog to be ready");
  mr_test_settle (SETTLE_MS);

  gtk_widget_activate_action (mr_test_find_toplevel (MR_TYPE_IMPORT_DIALOG), "import.confirm",
                              NULL);
  mr_test_wait_until (import_dialog_gone, NULL, TIMEOUT_MS, "the import dialog to close");
  dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_creators (mr_window_get_store (window))),
                    ==, 1);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   g_dgettext (GETTEXT_PACKAGE, "Nothing Was Imported"));
  g_assert_false (adw_message_dialog_get_body_use_markup (dialog));
  body = find_label_text (GTK_WIDGET (dialog), FILE_NAME, FALSE);
  g_assert_nonnull (body);
  g_assert_true (g_str_has_prefix (body, FILE_NAME ":"));
  g_assert_nonnull (strstr (body, "Tom & Jerry <i>, Bugs & Daffy"));
  close_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

/* ── Running the window ──────────────────────────────────────────────────────────── */

static void
on_activate (GApplication *app,
             CheckFunc     check)
{
  MrWindow *window = MR_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  MrStore *store;
  g_autoptr(MrAccount) account = mr_account_new (MR_PLATFORM_TIKTOK, "tomandjerry");
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (window);
  store = mr_window_get_store (window);
  fixture.creator = mr_creator_new (NAME);
  mr_creator_set_niche (fixture.creator, NICHE);
  mr_account_set_followers (account, 12000);
  g_list_store_append (G_LIST_STORE (mr_creator_get_accounts (fixture.creator)), account);
  g_assert_true (mr_store_add_creator (store, fixture.creator, &error));
  g_assert_no_error (error);
  mr_test_settle (SETTLE_MS);

  check (window);
  gtk_window_close (GTK_WINDOW (window));
}

static void
run_window (gconstpointer data)
{
  g_autoptr(MrApplication) app = mr_application_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  fixture.dir = mr_test_make_temp_dir ();
  fixture.database = g_build_filename (fixture.dir, NAME ".db", NULL);
  g_settings_set_int (settings, "window-width", 1280);
  g_settings_set_int (settings, "window-height", 800);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  mr_application_set_database_path (MR_APPLICATION (app), fixture.database);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), (gpointer) data);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_clear_object (&fixture.creator);
  g_assert_finalize_object (g_steal_pointer (&app));
  mr_test_remove_temp_dir (fixture.dir);
  g_clear_pointer (&fixture.dir, g_free);
  g_clear_pointer (&fixture.database, g_free);
}

int
main (int   argc,
      char *argv[])
{
  mr_application_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/markup/creator-view", check_creator_view, run_window);
  g_test_add_data_func ("/markup/preferences", check_preferences, run_window);
  g_test_add_data_func ("/markup/moment-editor", check_moment_editor, run_window);
  g_test_add_data_func ("/markup/member-editor", check_member_editor, run_window);
  g_test_add_data_func ("/markup/results-file", check_results_file, run_window);
  g_test_add_data_func ("/markup/delete-toast", check_delete_toast, run_window);
  g_test_add_data_func ("/markup/import-error-dialog", check_import_error_dialog, run_window);

  return g_test_run ();
}
