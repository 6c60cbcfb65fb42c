/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include "mr-application.h"
#include "mr-benchmarks-page.h"
#include "mr-campaign.h"
#include "mr-campaign-editor.h"
#include "mr-import-columns-row.h"
#include "mr-import-dialog.h"
#include "mr-preferences-window.h"
#include "mr-test-util.h"
#include "mr-test-widgets.h"
#include "mr-window.h"

/* Opens the real window under Xvfb and checks what the user sees: three pages with their
 * titles in the user's language, each with its empty state, switching between them,
 * lists replacing empty states, and the window size remembered. */

typedef struct
{
  const char *name;
  const char *title;
  const char *empty_title;
} PageExpectation;

/* Longer than the page's crossfade, so only one of its children is mapped. */
#define SETTLE_MS 400

static const PageExpectation pages_en[] = {
  { "creators", "Creators", "No Creators Yet" },
  { "campaigns", "Campaigns", "No Campaigns Yet" },
  { "moments", "Micro-moments", "No Micro-moments Yet" },
};

static const PageExpectation pages_nl[] = {
  { "creators", "Makers", "Nog geen makers" },
  { "campaigns", "Campagnes", "Nog geen campagnes" },
  { "moments", "Micromomenten", "Nog geen micromomenten" },
};

static const PageExpectation *
expected_pages (void)
{
  return g_str_has_prefix (g_getenv ("LANGUAGE"), "nl") ? pages_nl : pages_en;
}

static AdwStatusPage *
find_mapped_status_page (GtkWidget *widget)
{
  if (ADW_IS_STATUS_PAGE (widget) && gtk_widget_get_mapped (widget))
    return ADW_STATUS_PAGE (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwStatusPage *found = find_mapped_status_page (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
check_pages (MrWindow *window)
{
  const PageExpectation *expected = expected_pages ();
  AdwViewStack *stack = mr_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK);
  g_autoptr(GtkSelectionModel) pages = NULL;

  g_assert_nonnull (stack);
  pages = adw_view_stack_get_pages (stack);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, 3);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      AdwStatusPage *status;

      g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, expected[i].name);
      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, expected[i].title);

      /* Switch the way the keyboard does (Alt+1…3). */
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", expected[i].name);
      mr_test_settle (SETTLE_MS);
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, expected[i].name);
      g_assert_true (gtk_widget_get_mapped (adw_view_stack_page_get_child (page)));

      status = find_mapped_status_page (adw_view_stack_page_get_child (page));
      g_assert_nonnull (status);
      g_assert_cmpstr (adw_status_page_get_title (status), ==, expected[i].empty_title);
    }
}

static void
check_list_replaces_empty_state (MrWindow *window)
{
  MrStore *store = mr_window_get_store (window);
  AdwViewStack *stack = mr_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK);
  GtkWidget *page = adw_view_stack_get_child_by_name (stack, "campaigns");
  g_autoptr(MrCampaign) campaign = mr_campaign_new ("Zomerpilot");
  g_autoptr(GError) error = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "campaigns");
  mr_test_settle (SETTLE_MS);
  g_assert_nonnull (find_mapped_status_page (page));

  g_assert_true (mr_store_add_campaign (store, campaign, &error));
  g_assert_no_error (error);
  mr_test_settle (SETTLE_MS);
  g_assert_null (find_mapped_status_page (page));
  g_assert_true (gtk_widget_get_mapped (mr_test_find_descendant (page, GTK_TYPE_LIST_VIEW)));

  g_assert_true (mr_store_remove_campaign (store, campaign, &error));
  g_assert_no_error (error);
  mr_test_settle (SETTLE_MS);
  g_assert_nonnull (find_mapped_status_page (page));
}

static void
close_toplevel (GType type)
{
  GtkWindow *window = mr_test_find_toplevel (type);

  g_assert_nonnull (window);
  gtk_window_close (window);
  mr_test_settle (SETTLE_MS);
  g_assert_null (mr_test_find_toplevel (type));
}

static gboolean
has_row_with_subtitle (GtkWidget  *widget,
                       const char *subtitle)
{
  if (ADW_IS_ACTION_ROW (widget) &&
      g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), subtitle) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_row_with_subtitle (child, subtitle))
      return TRUE;

  return FALSE;
}

/* Every entry of the primary menu opens its window; Preferences shows where the data
 * lives and changes the currency that new campaigns start with. */
static void
check_menu_windows (MrWindow *window)
{
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GPtrArray) combo_rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();
  g_autoptr(GVariant) edits = NULL;
  MrBenchmarksPage *benchmarks;
  GtkSpinButton *tiktok_nano, *response;
  g_autoptr(MrCreator) creator = mr_creator_new ("Mila Koster");
  g_autoptr(MrAccount) account = mr_account_new (MR_PLATFORM_TIKTOK, "mila.maakt");
  g_autoptr(GError) error = NULL;
  g_autofree char *scheme = NULL;
  g_autofree char *chosen = NULL;
  g_autofree char *sensitivity = NULL;
  MrPreferencesWindow *preferences;
  AdwComboRow *tiers, *currency;

  mr_account_set_followers (account, 7000);
  g_list_store_append (G_LIST_STORE (mr_creator_get_accounts (creator)), account);
  g_assert_true (mr_store_add_creator (mr_window_get_store (window), creator, &error));
  g_assert_no_error (error);

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  mr_test_settle (SETTLE_MS);
  preferences = mr_test_find_toplevel (MR_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preferences)) == GTK_WINDOW (window));
  g_assert_true (has_row_with_subtitle (GTK_WIDGET (preferences),
                                        mr_store_get_path (mr_window_get_store (window))));
  mr_test_collect (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW, combo_rows);
  g_assert_cmpuint (combo_rows->len, ==, 3);
  tiers = g_ptr_array_index (combo_rows, 0);
  currency = g_ptr_array_index (combo_rows, 1);

  /* Spike sensitivity, normal (k = 2) until set low (k = 3). */
  g_assert_cmpuint (adw_combo_row_get_selected (g_ptr_array_index (combo_rows, 2)), ==, 1);
  adw_combo_row_set_selected (g_ptr_array_index (combo_rows, 2), 2);
  sensitivity = g_settings_get_string (settings, "spike-sensitivity");
  g_assert_cmpstr (sensitivity, ==, "low");

  /* HypeAuditor's tiers make 7,000 followers micro (5k–20k) instead of nano. */
  g_assert_cmpstr (mr_creator_get_tier (creator), ==, "nano");
  g_assert_cmpuint (adw_combo_row_get_selected (tiers), ==, 0);
  adw_combo_row_set_selected (tiers, 2);
  scheme = g_settings_get_string (settings, "tier-scheme");
  g_assert_cmpstr (scheme, ==, "hypeauditor");
  mr_test_settle (SETTLE_MS);
  g_assert_cmpstr (mr_creator_get_tier (creator), ==, "micro");
  adw_combo_row_set_selected (tiers, 0);
  mr_test_settle (SETTLE_MS);
  g_assert_cmpstr (mr_creator_get_tier (creator), ==, "nano");

  g_assert_cmpuint (adw_combo_row_get_selected (currency), ==, 0);
  adw_combo_row_set_selected (currency, 1);
  chosen = g_settings_get_string (settings, "default-currency");
  g_assert_cmpstr (chosen, ==, "USD");

  /* The micro-moments' response window: a day unless the marketer says otherwise. */
  response = mr_test_find_descendant (GTK_WIDGET (preferences), GTK_TYPE_SPIN_BUTTON);
  g_assert_cmpfloat (gtk_spin_button_get_value (response), ==, 24);
  gtk_spin_button_set_value (response, 6);
  g_assert_cmpint (g_settings_get_int (settings, "moment-response-hours"), ==, 6);
  g_settings_reset (settings, "moment-response-hours");

  /* The benchmarks page: TikTok's nano benchmark (7.5 %) edited to 10 % reaches the
   * settings and the creator's comparison; Restore Defaults brings 7.5 % back. */
  benchmarks = mr_test_find_descendant (GTK_WIDGET (preferences), MR_TYPE_BENCHMARKS_PAGE);
  g_assert_nonnull (benchmarks);
  mr_test_collect (GTK_WIDGET (benchmarks), GTK_TYPE_SPIN_BUTTON, spins);
  g_assert_cmpuint (spins->len, ==, 5 * 6);
  tiktok_nano = g_ptr_array_index (spins, 1);
  g_assert_cmpfloat (gtk_spin_button_get_value (tiktok_nano), ==, 7.5);
  g_assert_cmpfloat (mr_creator_get_vetting (creator)->benchmark->benchmark, ==, 7.5);
  gtk_spin_button_set_value (tiktok_nano, 10.0);
  edits = g_settings_get_value (settings, "benchmarks");
  g_assert_cmpuint (g_variant_n_children (edits), ==, 1);
  mr_test_settle (SETTLE_MS);
  g_assert_cmpfloat (mr_creator_get_vetting (creator)->benchmark->benchmark, ==, 10.0);
  gtk_widget_activate_action (GTK_WIDGET (benchmarks), "benchmarks.restore-defaults", NULL);
  g_assert_cmpfloat (gtk_spin_button_get_value (tiktok_nano), ==, 7.5);
  mr_test_settle (SETTLE_MS);
  g_assert_cmpfloat (mr_creator_get_vetting (creator)->benchmark->benchmark, ==, 7.5);
  close_toplevel (MR_TYPE_PREFERENCES_WINDOW);
  g_assert_true (mr_store_remove_creator (mr_window_get_store (window), creator, &error));
  g_assert_no_error (error);

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  mr_test_settle (SETTLE_MS);
  g_assert_nonnull (mr_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW));
  close_toplevel (ADW_TYPE_ABOUT_WINDOW);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  mr_test_settle (SETTLE_MS);
  g_assert_nonnull (mr_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));
  close_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
}

/* The Campaigns empty state's button opens the campaign editor: nothing can be created
 * without a name; with one, the campaign is stored in the currency chosen in
 * Preferences. */
static void
check_new_campaign (MrWindow *window)
{
  MrStore *store = mr_window_get_store (window);
  AdwViewStack *stack = mr_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK);
  GtkWidget *page = adw_view_stack_get_child_by_name (stack, "campaigns");
  GListModel *campaigns = mr_store_get_campaigns (store);
  g_autoptr(MrCampaign) created = NULL;
  g_autoptr(GError) error = NULL;
  MrCampaignEditor *editor;
  AdwEntryRow *name;

  g_assert_cmpuint (g_list_model_get_n_items (campaigns), ==, 0);
  gtk_widget_activate_action (page, "campaigns.new", NULL);
  mr_test_settle (SETTLE_MS);
  editor = mr_test_find_toplevel (MR_TYPE_CAMPAIGN_EDITOR);
  g_assert_nonnull (editor);
  g_assert_false (mr_campaign_editor_can_save (editor));

  /* The name is the editor's first row. */
  name = mr_test_find_descendant (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (name);
  gtk_editable_set_text (GTK_EDITABLE (name), "   ");
  g_assert_false (mr_campaign_editor_can_save (editor));
  gtk_editable_set_text (GTK_EDITABLE (name), " Herfstpilot ");
  g_assert_true (mr_campaign_editor_can_save (editor));

  gtk_widget_activate_action (GTK_WIDGET (editor), "campaign-editor.save", NULL);
  mr_test_settle (SETTLE_MS);
  g_assert_null (mr_test_find_toplevel (MR_TYPE_CAMPAIGN_EDITOR));

  g_assert_cmpuint (g_list_model_get_n_items (campaigns), ==, 1);
  created = g_list_model_get_item (campaigns, 0);
  g_assert_cmpstr (mr_campaign_get_name (created), ==, "Herfstpilot");
  g_assert_cmpint (mr_campaign_get_kind (created), ==, MR_CAMPAIGN_KIND_PILOT);
  g_assert_cmpstr (mr_campaign_get_currency (created), ==, "USD");
  g_assert_cmpint (mr_campaign_get_id (created), >, 0);

  g_assert_true (mr_store_remove_campaign (store, created, &error));
  g_assert_no_error (error);
}

static void
check_size_is_saved (MrWindow *window)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  gtk_window_set_default_size (GTK_WINDOW (window), 820, 610);
  mr_test_settle (SETTLE_MS);
  gtk_window_close (GTK_WINDOW (window));
  mr_test_settle (SETTLE_MS);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 820);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 610);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

/* The pages' list models must go with the window, not live on in the store's signals. */
static GObject *page_selections[3];

static void
watch_page_selections (MrWindow *window)
{
  const char *names[] = { "creators", "campaigns", "moments" };
  AdwViewStack *stack = mr_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *page = adw_view_stack_get_child_by_name (stack, names[i]);
      GtkListView *list = mr_test_find_descendant (page, GTK_TYPE_LIST_VIEW);

      page_selections[i] = G_OBJECT (gtk_list_view_get_model (list));
      g_assert_nonnull (page_selections[i]);
      g_object_add_weak_pointer (page_selections[i], (gpointer *) &page_selections[i]);
    }
}

static void
on_activate (GApplication *app,
             gboolean     *checked)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  int width, height;

  g_assert_true (MR_IS_WINDOW (window));
  mr_test_settle (SETTLE_MS);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));

  /* The size of the last session comes back. */
  gtk_window_get_default_size (window, &width, &height);
  g_assert_cmpint (width, ==, 780);
  g_assert_cmpint (height, ==, 560);
  check_pages (MR_WINDOW (window));
  /* After each page was shown: the Moments page lists its audiences when it first shows. */
  watch_page_selections (MR_WINDOW (window));
  check_list_replaces_empty_state (MR_WINDOW (window));
  check_menu_windows (MR_WINDOW (window));
  check_new_campaign (MR_WINDOW (window));
  check_size_is_saved (MR_WINDOW (window));

  *checked = TRUE;
}

static void
test_window_pages (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "window.db", NULL);
  g_autoptr(MrApplication) app = mr_application_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  gboolean checked = FALSE;

  g_settings_set_int (settings, "window-width", 780);
  g_settings_set_int (settings, "window-height", 560);

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  mr_application_set_database_path (MR_APPLICATION (app), path);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), &checked);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_true (checked);

  g_assert_finalize_object (g_steal_pointer (&app));
  for (guint i = 0; i < G_N_ELEMENTS (page_selections); i++)
    g_assert_null (page_selections[i]);
  mr_test_remove_temp_dir (dir);
}

static void
on_activate_refused (GApplication *app,
                     const char   *path)
{
  AdwMessageDialog *dialog;

  mr_test_settle (SETTLE_MS);
  g_assert_null (mr_test_find_toplevel (MR_TYPE_WINDOW));
  dialog = mr_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), path));

  /* Its only answer quits; a click would also close the dialog. */
  adw_message_dialog_response (dialog, "quit");
  gtk_window_close (GTK_WINDOW (dialog));
}

/* A file that is not a Microreach database: the window explains, quits when asked, and
 * leaves the file exactly as it was. */
static void
test_window_refuses_foreign_file (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "notes.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  const char contents[] = "Dit is geen database, maar een boodschappenlijst.\n";
  g_autoptr(MrApplication) app = mr_application_new ();
  g_autofree char *after = NULL;
  gsize length;

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  mr_application_set_database_path (MR_APPLICATION (app), path);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_refused), path);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);

  g_assert_true (g_file_get_contents (path, &after, &length, NULL));
  g_assert_cmpstr (after, ==, contents);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_finalize_object (g_steal_pointer (&app));
  mr_test_remove_temp_dir (dir);
}

static gboolean
dialog_ready (gpointer data)
{
  MrImportDialog *dialog = mr_test_find_toplevel (MR_TYPE_IMPORT_DIALOG);

  return dialog != NULL && mr_import_plan_is_ready (mr_import_dialog_get_plan (dialog)) &&
         gtk_widget_get_mapped (mr_test_find_descendant (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX));
}

static gboolean
dialog_gone (gpointer data)
{
  return mr_test_find_toplevel (MR_TYPE_IMPORT_DIALOG) == NULL;
}

static gboolean
has_creators (gpointer data)
{
  return g_list_model_get_n_items (mr_store_get_creators (data)) > 0;
}

/* Drops @file on @window and waits for the confirmation to show it. */
static MrImportDialog *
drop_file (MrWindow *window,
           GFile    *file)
{
  GSList list = { file, NULL };
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (&list));
  g_signal_emit_by_name (mr_window_get_drop_target (window), "drop", &value, 10.0, 10.0,
                         &accepted);
  g_assert_true (accepted);

  mr_test_wait_until (dialog_ready, NULL, 20000, "the import dialog to be ready");
  return mr_test_find_toplevel (MR_TYPE_IMPORT_DIALOG);
}

/* Drops tests/data/@path on @window and waits for the confirmation to show it. */
static MrImportDialog *
drop (MrWindow   *window,
      const char *path)
{
  g_autofree char *full = g_test_build_filename (G_TEST_DIST, "data", path, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (full);

  return drop_file (window, file);
}

static int
count_rows (GtkListBox *rows)
{
  int n = 0;

  while (gtk_list_box_get_row_at_index (rows, n) != NULL)
    n++;
  return n;
}

/* A folder of TikTok Studio files dropped on the window: the confirmation lists them,
 * confirming fills the Creators page, and Undo empties it again. */
static void
on_activate_drop (GApplication *app,
                  gboolean     *checked)
{
  MrWindow *window = mr_test_find_toplevel (MR_TYPE_WINDOW);
  MrStore *store = mr_window_get_store (window);
  MrImportDialog *dialog;
  g_autoptr(MrImportPlan) plan = NULL;

  mr_test_settle (SETTLE_MS);
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_creators (store)), ==, 0);

  dialog = drop (window, "tiktok/studio-set");
  plan = g_object_ref (mr_import_dialog_get_plan (dialog));
  g_assert_cmpint (count_rows (mr_test_find_descendant (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX)),
                   ==, 7);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.confirm", NULL);
  mr_test_wait_until (dialog_gone, NULL, 20000, "the import dialog to close");
  mr_test_wait_until (has_creators, store, 5000, "the creators to be stored");
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_creators (store)), ==, 1);
  g_assert_cmpint (mr_import_plan_get_batch_id (plan), >, 0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-import", "x",
                              mr_import_plan_get_batch_id (plan));
  mr_test_settle (SETTLE_MS);
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_creators (store)), ==, 0);

  gtk_window_close (GTK_WINDOW (window));
  *checked = TRUE;
}

/* A folder of notes with one export among them: the confirmation lists the export, and
 * one sentence says the notes are left out, rather than a row for each. */
static void
on_activate_drop_notes (GApplication *app,
                        gboolean     *checked)
{
  MrWindow *window = mr_test_find_toplevel (MR_TYPE_WINDOW);
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *seed = g_test_build_filename (G_TEST_DIST, "data", "instagram",
                                                 "content-en.csv", NULL);
  g_autofree char *export = g_build_filename (dir, "content.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  const char *sentence = NULL;
  MrImportDialog *dialog;

  g_assert_true (g_file_get_contents (seed, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (export, contents, -1, NULL));
  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *name = g_strdup_printf ("note-%u.txt", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_true (g_file_set_contents (path, "Shopping: bread, milk\n", -1, NULL));
    }
  mr_test_settle (SETTLE_MS);

  dialog = drop_file (window, folder);
  g_assert_cmpint (count_rows (mr_test_find_descendant (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX)),
                   ==, 1);
  mr_test_collect (GTK_WIDGET (dialog), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), "“note-0.txt”") != NULL)
      sentence = gtk_label_get_text (g_ptr_array_index (labels, i));
  g_assert_nonnull (sentence);
  g_assert_nonnull (strstr (sentence, "8 "));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL);
  mr_test_wait_until (dialog_gone, NULL, 20000, "the import dialog to close");
  gtk_window_close (GTK_WINDOW (window));
  mr_test_remove_temp_dir (dir);
  *checked = TRUE;
}

/* The row of header @title among the rows of @expander, and its drop-down. */
static GtkDropDown *
find_chooser (GtkWidget  *expander,
              const char *title)
{
  GtkWidget *row = mr_test_find_row (expander, ADW_TYPE_ACTION_ROW, title);

  return row != NULL ? mr_test_find_descendant (row, GTK_TYPE_DROP_DOWN) : NULL;
}

static MrCreator *
find_creator (MrStore    *store,
              const char *name)
{
  GListModel *creators = mr_store_get_creators (store);

  for (guint i = 0; i < g_list_model_get_n_items (creators); i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (creators, i);

      if (g_strcmp0 (mr_creator_get_name (creator), name) == 0)
        return creator;
    }
  return NULL;
}

/* A creator list dropped on the window: its row opens to the columns as guessed; the
 * user reads "Land" as the niche (which "Categorie" then gives up), and the creators
 * are stored that way. */
static void
on_activate_roster (GApplication *app,
                    gboolean     *checked)
{
  MrWindow *window = mr_test_find_toplevel (MR_TYPE_WINDOW);
  MrStore *store = mr_window_get_store (window);
  MrImportDialog *dialog;
  GtkWidget *row;
  GtkDropDown *country, *niche;
  MrCreator *creator;

  mr_test_settle (SETTLE_MS);
  dialog = drop (window, "roster/creators-nl.csv");
  row = mr_test_find_descendant (GTK_WIDGET (dialog), MR_TYPE_IMPORT_COLUMNS_ROW);
  g_assert_nonnull (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  mr_test_settle (SETTLE_MS);

  country = find_chooser (row, "Land");
  niche = find_chooser (row, "Categorie");
  g_assert_nonnull (country);
  g_assert_nonnull (niche);
  /* The row opens with an animation, slower under the sanitizers: up to 10 s. */
  for (guint i = 0; i < 25 && !gtk_widget_get_mapped (GTK_WIDGET (country)); i++)
    mr_test_settle (SETTLE_MS);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (country)));
  g_assert_cmpuint (gtk_drop_down_get_selected (niche), >, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (country), >, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (country), !=,
                    gtk_drop_down_get_selected (niche));

  gtk_drop_down_set_selected (country, gtk_drop_down_get_selected (niche));
  g_assert_cmpuint (gtk_drop_down_get_selected (niche), ==, 0);
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)),
                            "Land → niche"));
  g_assert_null (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)),
                         "Categorie"));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.confirm", NULL);
  mr_test_wait_until (dialog_gone, NULL, 20000, "the import dialog to close");
  mr_test_wait_until (has_creators, store, 5000, "the creators to be stored");
  creator = find_creator (store, "Lotte Jansen");
  g_assert_nonnull (creator);
  g_assert_cmpstr (mr_creator_get_niche (creator), ==, "Nederland");
  g_assert_null (mr_creator_get_country (creator));

  gtk_window_close (GTK_WINDOW (window));
  *checked = TRUE;
}

static void
run_window (GCallback on_activate)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "drop.db", NULL);
  g_autoptr(MrApplication) app = mr_application_new ();
  gboolean checked = FALSE;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  mr_application_set_database_path (MR_APPLICATION (app), path);
  g_signal_connect_after (app, "activate", on_activate, &checked);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_true (checked);
  g_assert_finalize_object (g_steal_pointer (&app));
  mr_test_remove_temp_dir (dir);
}

static void
test_window_drop_import (void)
{
  run_window (G_CALLBACK (on_activate_drop));
}

static void
test_window_drop_notes (void)
{
  run_window (G_CALLBACK (on_activate_drop_notes));
}

static void
test_window_roster_columns (void)
{
  run_window (G_CALLBACK (on_activate_roster));
}

int
main (int   argc,
      char *argv[])
{
  mr_application_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/window/pages", test_window_pages);
  g_test_add_func ("/window/refuses-foreign-file", test_window_refuses_foreign_file);
  g_test_add_func ("/window/drop-import", test_window_drop_import);
  g_test_add_func ("/window/drop-notes", test_window_drop_notes);
  g_test_add_func ("/window/roster-columns", test_window_roster_columns);

  return g_test_run ();
}
