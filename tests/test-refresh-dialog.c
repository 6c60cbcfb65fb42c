/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-refresh-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "mr-application.h"
#include "mr-creators-page.h"
#include "mr-number-format.h"
#include "mr-public-data-page.h"
#include "mr-preferences-window.h"
#include "mr-refresh-dialog.h"
#include "mr-secret.h"
#include "mr-test-keyring.h"
#include "mr-test-server.h"
#include "mr-roster-slots.h"
#include "mr-test-util.h"
#include "mr-test-widgets.h"
#include "mr-window.h"

/* Refresh Public Data as the marketer meets it, against a local stand-in for Bluesky:
 * the dialog's progress and its list of accounts with what became of each (one found,
 * one unknown), the numbers in the store and Undo; Cancel on a server that never
 * answers; and the YouTube key in Preferences, which goes to the keyring (a private
 * one the test starts on a private session bus) and never to the settings. */

#define SETTLE_MS 200
#define WAIT_MS 8000

#define BSKY_PROFILE "/xrpc/app.bsky.actor.getProfile"
#define BSKY_FEED "/xrpc/app.bsky.feed.getAuthorFeed"

#define BSKY_POST(rkey, text, time, likes) \
  "{\"post\": {\"uri\": \"at://did:plc:lotte/app.bsky.feed.post/" rkey "\"," \
  " \"author\": {\"did\": \"did:plc:lotte\", \"handle\": \"lotte.bsky.social\"}," \
  " \"record\": {\"$type\": \"app.bsky.feed.post\", \"text\": \"" text "\"," \
  " \"createdAt\": \"" time "\"}," \
  " \"likeCount\": " likes ", \"replyCount\": 2, \"repostCount\": 1, \"quoteCount\": 0}}"

typedef void (*CheckFunc) (MrWindow *window);

static char *fixture_dir;
static MrTestServer *bluesky;

/* ── Fixture: Lotte (TikTok and Bluesky), Ghost (a Bluesky handle nobody has) and
 *    Noor (Instagram only) ──────────────────────────────────────────────────────── */

static void
make_fixture (const char *path)
{
  g_autoptr(MrStore) store = mr_test_open_store (path);
  g_autoptr(MrCreator) lotte = mr_test_add_creator (store, "Lotte Jansen", "lotte.bakt");
  g_autoptr(MrCreator) ghost = mr_test_add_creator (store, "Ghost", NULL);
  g_autoptr(MrCreator) noor = mr_test_add_creator (store, "Noor Bakker", NULL);

  mr_test_add_account (store, lotte, MR_PLATFORM_BLUESKY, "lotte.bsky.social");
  mr_test_add_account (store, ghost, MR_PLATFORM_BLUESKY, "ghost.bsky.social");
  mr_test_add_account (store, noor, MR_PLATFORM_INSTAGRAM, "noorbakt");
}

static void
serve_lotte (MrTestServer *server)
{
  mr_test_server_route (server, BSKY_PROFILE "?actor=lotte.bsky.social", 200,
    "{\"did\": \"did:plc:lotte\", \"handle\": \"lotte.bsky.social\", \"displayName\": \"Lotte\","
    " \"followersCount\": 4321, \"followsCount\": 210, \"postsCount\": 2}");
  mr_test_server_route (server, BSKY_FEED "?actor=lotte.bsky.social", 200,
    "{\"feed\": ["
    BSKY_POST ("3a1", "Appeltaart", "2026-11-20T10:00:00Z", "120") ","
    BSKY_POST ("3a2", "Zuurdesem", "2026-11-18T09:00:00Z", "90")
    "]}");
}

/* ── Words and conditions ────────────────────────────────────────────────────────── */

/* The row's title as the user reads it: "Lotte · @lotte.bsky.social (Bluesky)". */
static char *
row_title (const MrRefreshEntry *entry)
{
  g_autofree char *account = mr_refresh_entry_describe_account (entry);

  g_assert_nonnull (entry->creator_name);
  return g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "%s · %s"), entry->creator_name, account);
}

static const char *
tr (const char *text)
{
  return g_dgettext (GETTEXT_PACKAGE, text);
}

static char *
progress_text (guint done,
               guint n)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u account", "%u of %u accounts", n),
                          done, n);
}

static gboolean
widget_visible (gpointer widget)
{
  return gtk_widget_get_visible (widget);
}

static gboolean
dialog_gone (gpointer data)
{
  return mr_test_find_toplevel (MR_TYPE_REFRESH_DIALOG) == NULL;
}

static gboolean
undo_shown (gpointer data)
{
  return mr_test_find_mapped_button (data, g_dgettext (GETTEXT_PACKAGE, "_Undo")) != NULL;
}

static gboolean
refresh_undone_shown (gpointer data)
{
  return mr_test_has_mapped_label (data, g_dgettext (GETTEXT_PACKAGE, "Refresh undone"));
}

static gboolean
requests_reach (gpointer data)
{
  return bluesky->requests->len >= GPOINTER_TO_UINT (data);
}

static void
on_progress_text (GtkProgressBar *bar,
                  GParamSpec     *pspec,
                  GPtrArray      *texts)
{
  g_ptr_array_add (texts, g_strdup (gtk_progress_bar_get_text (bar)));
}

static gboolean
has_text (GPtrArray  *texts,
          const char *text)
{
  for (guint i = 0; i < texts->len; i++)
    if (g_strcmp0 (g_ptr_array_index (texts, i), text) == 0)
      return TRUE;
  return FALSE;
}

static MrAccount *
stored_account (MrWindow   *window,
                const char *handle)
{
  GListModel *creators = mr_store_get_creators (mr_window_get_store (window));

  for (guint i = 0; i < g_list_model_get_n_items (creators); i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (creators, i);
      GListModel *accounts = mr_creator_get_accounts (creator);

      for (guint j = 0; j < g_list_model_get_n_items (accounts); j++)
        {
          g_autoptr(MrAccount) account = g_list_model_get_item (accounts, j);

          if (g_strcmp0 (mr_account_get_handle (account), handle) == 0)
            return account;
        }
    }
  g_error ("no account @%s", handle);
}

static gint64
count_posts (MrWindow   *window,
             const char *handle)
{
  g_autoptr(GError) error = NULL;
  gint64 n = mr_store_count_posts (mr_window_get_store (window),
                                   mr_account_get_id (stored_account (window, handle)), &error);

  g_assert_no_error (error);
  return n;
}

/* ── The cases ───────────────────────────────────────────────────────────────────── */

/* With nothing selected, Ctrl+R's action refreshes every creator: the progress counts
 * the two Bluesky accounts (Lotte's TikTok and Noor's Instagram are left out, and the
 * dialog says so), then each row names its account and what became of it, in words;
 * the store has Lotte's new numbers, and Undo takes them back. */
static void
check_refresh_all (MrWindow *window)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autofree char *start = progress_text (0, 2);
  g_autofree char *halfway = progress_text (1, 2);
  g_autofree char *count = mr_format_count (4321);
  g_autofree char *followers = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *left_out = NULL;
  MrRefreshDialog *dialog;
  MrRefresh *refresh;
  GtkProgressBar *bar;
  GtkWidget *close_button;
  AdwActionRow *lotte = NULL, *ghost = NULL;
  const MrRefreshEntry *lotte_entry = NULL, *ghost_entry = NULL;
  gint64 batch_id;

  serve_lotte (bluesky);
  g_assert_cmpint (mr_account_get_followers (stored_account (window, "lotte.bsky.social")), <, 0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.refresh-public-data", NULL);
  dialog = mr_test_find_toplevel (MR_TYPE_REFRESH_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  refresh = mr_refresh_dialog_get_refresh (dialog);
  g_assert_cmpuint (mr_refresh_get_n_entries (refresh), ==, 2);

  /* Progress, from the start. */
  bar = mr_test_find_descendant (GTK_WIDGET (dialog), GTK_TYPE_PROGRESS_BAR);
  g_assert_true (mr_test_is_shown (GTK_WIDGET (bar)));
  g_assert_cmpstr (gtk_progress_bar_get_text (bar), ==, start);
  g_signal_connect (bar, "notify::text", G_CALLBACK (on_progress_text), texts);
  close_button = mr_test_get_button (GTK_WIDGET (dialog), tr ("_Close"));
  g_assert_false (gtk_widget_get_visible (close_button));
  g_assert_true (mr_test_is_shown (mr_test_get_button (GTK_WIDGET (dialog), tr ("_Cancel"))));

  mr_test_wait_until (widget_visible, close_button, WAIT_MS, "the refresh to end");
  g_signal_handlers_disconnect_by_func (bar, on_progress_text, texts);
  g_assert_true (has_text (texts, halfway));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));
  mr_test_settle (SETTLE_MS);

  /* One row per account, in words. */
  mr_test_collect (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      const MrRefreshEntry *entry = mr_refresh_get_entry (refresh, i);
      g_autofree char *title = row_title (entry);
      AdwActionRow *row = mr_test_find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, title);

      g_assert_nonnull (row);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)));
      if (g_str_equal (entry->handle, "lotte.bsky.social"))
        {
          lotte = row;
          lotte_entry = entry;
        }
      else
        {
          ghost = row;
          ghost_entry = entry;
        }
    }
  g_assert_nonnull (lotte);
  g_assert_nonnull (ghost);

  g_assert_cmpint (lotte_entry->outcome, ==, MR_REFRESH_UPDATED);
  followers = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s follower", "%s followers", 4321),
                               count);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (lotte), followers));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (lotte), "refresh-failed"));

  g_assert_cmpint (ghost_entry->outcome, ==, MR_REFRESH_FAILED);
  g_assert_error (ghost_entry->error, MR_NET_ERROR, MR_NET_ERROR_NOT_FOUND);
  g_assert_cmpstr (adw_action_row_get_subtitle (ghost), ==, ghost_entry->error->message);
  if (g_str_equal (g_getenv ("LANGUAGE"), "en"))
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ghost), "No such account"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (ghost), "refresh-failed"));
  /* Not colour alone: the row's icon says "Failed" to a screen reader and a pointer. */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (mr_test_find_descendant (GTK_WIDGET (ghost),
                                                                         GTK_TYPE_IMAGE)),
                   ==, g_dpgettext2 (GETTEXT_PACKAGE, "refresh state", "Failed"));

  /* The summary, and the two accounts that were left out. */
  summary = mr_refresh_describe (refresh);
  left_out = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u account was left out: Microreach can refresh "
                                           "only Bluesky, Mastodon and YouTube accounts.",
                                           "%u accounts were left out: Microreach can refresh "
                                           "only Bluesky, Mastodon and YouTube accounts.", 2), 2);
  g_assert_true (mr_test_has_mapped_label (GTK_WIDGET (dialog), summary));
  g_assert_true (mr_test_has_mapped_label (GTK_WIDGET (dialog), left_out));

  /* The store has Lotte's numbers and posts; Ghost's account is as it was. */
  g_assert_cmpint (mr_account_get_followers (stored_account (window, "lotte.bsky.social")),
                   ==, 4321);
  g_assert_cmpint (count_posts (window, "lotte.bsky.social"), ==, 2);
  g_assert_cmpint (mr_account_get_followers (stored_account (window, "ghost.bsky.social")), <, 0);
  batch_id = mr_refresh_get_batch_id (refresh);
  g_assert_cmpint (batch_id, >, 0);

  /* Close: the window's toast offers Undo, the import's undo of the batch, which then
   * says it undid the refresh. */
  gtk_widget_activate (close_button);
  mr_test_wait_until (dialog_gone, NULL, WAIT_MS, "the dialog to close");
  mr_test_wait_until (undo_shown, window, WAIT_MS, "the toast's Undo");
  gtk_widget_activate (mr_test_find_mapped_button (GTK_WIDGET (window),
                                                   g_dgettext (GETTEXT_PACKAGE, "_Undo")));
  mr_test_wait_until (refresh_undone_shown, window, WAIT_MS, "“Refresh undone”");
  g_assert_cmpint (count_posts (window, "lotte.bsky.social"), ==, 0);
  g_assert_cmpint (mr_account_get_followers (stored_account (window, "lotte.bsky.social")), <, 0);
}

/* Selects @name alone in the roster, which shows that creator beside it. */
static void
select_only (MrWindow   *window,
             const char *name)
{
  MrCreatorsPage *page = mr_test_find_descendant (GTK_WIDGET (window), MR_TYPE_CREATORS_PAGE);
  GtkColumnView *column_view = mr_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);
  GtkSelectionModel *selection = gtk_column_view_get_model (column_view);
  gboolean selected = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      g_autoptr(MrRosterSlot) slot = g_list_model_get_item (G_LIST_MODEL (selection), i);
      MrCreator *creator = mr_roster_slot_get_creator (slot);

      if (g_str_equal (mr_creator_get_name (creator), name))
        selected = gtk_selection_model_select_item (selection, i, TRUE);
    }
  g_assert_true (selected);
  mr_test_settle (SETTLE_MS);
}

/* A creator selected in the roster is refreshed alone; on a server that never answers,
 * Cancel stops the refresh at once, the dialog says what became of each account and
 * stays open until the user closes it; nothing was stored. A creator with nothing to
 * refresh gets an empty state that says why. */
static void
check_cancel (MrWindow *window)
{
  MrCreatorsPage *page = mr_test_find_descendant (GTK_WIDGET (window), MR_TYPE_CREATORS_PAGE);
  g_autofree char *start = progress_text (0, 1);
  g_autofree char *account = NULL;
  g_autofree char *outcome = NULL;
  MrRefreshDialog *dialog;
  MrRefresh *refresh;
  GtkProgressBar *bar;
  GtkWidget *close_button;
  AdwStatusPage *empty;
  AdwActionRow *row;

  select_only (window, "Lotte Jansen");

  mr_test_server_route (bluesky, BSKY_PROFILE, 200, "{}")->never = TRUE;
  gtk_widget_activate_action (GTK_WIDGET (window), "win.refresh-public-data", NULL);
  dialog = mr_test_find_toplevel (MR_TYPE_REFRESH_DIALOG);
  g_assert_nonnull (dialog);
  refresh = mr_refresh_dialog_get_refresh (dialog);
  g_assert_cmpuint (mr_refresh_get_n_entries (refresh), ==, 1);
  g_assert_cmpstr (mr_refresh_get_entry (refresh, 0)->handle, ==, "lotte.bsky.social");

  mr_test_wait_until (requests_reach, GUINT_TO_POINTER (1), WAIT_MS, "the request to arrive");
  mr_test_settle (SETTLE_MS);
  bar = mr_test_find_descendant (GTK_WIDGET (dialog), GTK_TYPE_PROGRESS_BAR);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (bar)));
  g_assert_cmpstr (gtk_progress_bar_get_text (bar), ==, start);
  close_button = mr_test_get_button (GTK_WIDGET (dialog), tr ("_Close"));
  g_assert_false (gtk_widget_get_visible (close_button));

  gtk_widget_activate (mr_test_get_button (GTK_WIDGET (dialog), tr ("_Cancel")));
  mr_test_wait_until (widget_visible, close_button, WAIT_MS, "the refresh to stop");
  g_assert_true (mr_test_find_toplevel (MR_TYPE_REFRESH_DIALOG) == dialog);
  g_assert_cmpint (mr_refresh_get_entry (refresh, 0)->outcome, ==, MR_REFRESH_CANCELLED);
  account = row_title (mr_refresh_get_entry (refresh, 0));
  outcome = mr_refresh_entry_describe_outcome (mr_refresh_get_entry (refresh, 0));
  row = mr_test_find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, account);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, outcome);
  g_assert_cmpint (mr_refresh_get_batch_id (refresh), ==, 0);
  g_assert_cmpint (mr_account_get_followers (stored_account (window, "lotte.bsky.social")), <, 0);

  /* Still usable: Close closes it. */
  mr_test_settle (SETTLE_MS);
  gtk_widget_activate (close_button);
  mr_test_wait_until (dialog_gone, NULL, WAIT_MS, "the dialog to close");

  /* The creator page's own button, for a creator on Instagram only: nothing to fetch,
   * and the dialog says which platforms can be refreshed; Escape closes it. */
  select_only (window, "Noor Bakker");
  gtk_widget_activate_action (GTK_WIDGET (page), "creators.refresh", NULL);
  dialog = mr_test_find_toplevel (MR_TYPE_REFRESH_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpuint (mr_refresh_get_n_entries (mr_refresh_dialog_get_refresh (dialog)), ==, 0);
  mr_test_settle (SETTLE_MS);
  empty = mr_test_find_descendant (GTK_WIDGET (dialog), ADW_TYPE_STATUS_PAGE);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (empty)));
  g_assert_cmpstr (adw_status_page_get_title (empty), ==, tr ("Nothing to Refresh"));
  g_assert_nonnull (strstr (adw_status_page_get_description (empty), "Bluesky"));
  g_assert_false (gtk_widget_get_mapped (mr_test_find_descendant (GTK_WIDGET (dialog),
                                                                  GTK_TYPE_PROGRESS_BAR)));
  g_assert_true (gtk_widget_get_mapped (mr_test_get_button (GTK_WIDGET (dialog), tr ("_Close"))));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "refresh.cancel", NULL);
  mr_test_wait_until (dialog_gone, NULL, WAIT_MS, "the dialog to close");
}

/* ── The key in Preferences ──────────────────────────────────────────────────────── */

typedef struct {
  AdwActionRow *row;
  const char   *subtitle;
} Subtitle;

static gboolean
subtitle_is (gpointer data)
{
  Subtitle *expected = data;

  return g_strcmp0 (adw_action_row_get_subtitle (expected->row), expected->subtitle) == 0;
}

static void
wait_for_subtitle (AdwActionRow *row,
                   const char   *subtitle)
{
  Subtitle expected = { row, subtitle };

  mr_test_wait_until (subtitle_is, &expected, WAIT_MS, subtitle);
}

/* No value in the settings holds @key. */
static void
assert_not_in_settings (const char *key)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) names = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  names = g_settings_schema_list_keys (schema);
  g_assert_cmpuint (g_strv_length (names), >, 0);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GVariant) value = g_settings_get_value (settings, names[i]);
      g_autofree char *text = g_variant_print (value, FALSE);

      if (strstr (text, key) != NULL)
        g_error ("the key is in the setting “%s”", names[i]);
    }
}

static MrPublicDataPage *
open_public_data (MrWindow *window)
{
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  MrPreferencesWindow *preferences;
  MrPublicDataPage *page;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = mr_test_find_toplevel (MR_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  page = mr_test_find_descendant (GTK_WIDGET (preferences), MR_TYPE_PUBLIC_DATA_PAGE);
  g_assert_nonnull (page);
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (preferences),
                                           ADW_PREFERENCES_PAGE (page));
  mr_test_settle (SETTLE_MS);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  return page;
}

static void
close_preferences (void)
{
  gtk_window_destroy (mr_test_find_toplevel (MR_TYPE_PREFERENCES_WINDOW));
  mr_test_settle (SETTLE_MS);
}

/* The key typed and applied is stored in the keyring, where a refresh finds it, and in
 * none of the settings; Preferences opened again shows it from the keyring; Remove Key
 * takes it out. */
static void
check_preferences_key (MrWindow *window)
{
  static const char key[] = "AIzaTest-Key_0123456789";
  const char *unavailable = mr_test_keyring_unavailable ();
  MrTestKeyring *keyring = unavailable == NULL ? mr_test_keyring_start () : NULL;
  MrPublicDataPage *page = open_public_data (window);
  AdwActionRow *status = mr_test_find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, tr ("Keyring"));
  GtkEditable *entry = mr_test_find_descendant (GTK_WIDGET (page), ADW_TYPE_PASSWORD_ENTRY_ROW);
  GtkWidget *remove = mr_test_get_button (GTK_WIDGET (page), tr ("_Remove Key"));
  g_autofree char *found = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (status);
  g_assert_nonnull (entry);
  /* Named for a screen reader: the row's title. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (entry)), ==,
                   tr ("YouTube Data API _Key"));

  if (keyring == NULL)
    {
      /* Typed, not applied: nothing may reach a keyring that is not the test's. */
      gtk_editable_set_text (entry, key);
      assert_not_in_settings (key);
      close_preferences ();
      g_test_skip (unavailable);
      return;
    }

  wait_for_subtitle (status, tr ("No key stored: YouTube accounts cannot be refreshed"));
  g_assert_false (gtk_widget_get_sensitive (remove));

  gtk_widget_grab_focus (GTK_WIDGET (entry));
  gtk_editable_set_text (entry, key);
  g_signal_emit_by_name (entry, "apply");
  wait_for_subtitle (status, tr ("Stored in your keyring"));
  g_assert_true (gtk_widget_get_sensitive (remove));
  assert_not_in_settings (key);

  found = mr_secret_lookup_youtube_key_sync (NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found, ==, key);
  close_preferences ();

  /* Opened again, the key comes from the keyring. */
  page = open_public_data (window);
  status = mr_test_find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, tr ("Keyring"));
  entry = mr_test_find_descendant (GTK_WIDGET (page), ADW_TYPE_PASSWORD_ENTRY_ROW);
  wait_for_subtitle (status, tr ("Stored in your keyring"));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, key);

  gtk_widget_activate (mr_test_get_button (GTK_WIDGET (page), tr ("_Remove Key")));
  wait_for_subtitle (status, tr ("No key stored: YouTube accounts cannot be refreshed"));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  g_clear_pointer (&found, g_free);
  found = mr_secret_lookup_youtube_key_sync (NULL, &error);
  g_assert_no_error (error);
  g_assert_null (found);
  close_preferences ();

  mr_test_keyring_stop (keyring);
}

/* ── Running the window ──────────────────────────────────────────────────────────── */

static void
on_activate (GApplication *app,
             CheckFunc     check)
{
  MrWindow *window = MR_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));

  g_assert_nonnull (window);
  mr_test_settle (SETTLE_MS);
  check (window);
  gtk_window_close (GTK_WINDOW (window));
}

static void
run_window (gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autoptr(MrApplication) app = mr_application_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  fixture_dir = mr_test_make_temp_dir ();
  path = g_build_filename (fixture_dir, "refresh.db", NULL);
  make_fixture (path);
  bluesky = mr_test_server_new ("MICROREACH_BLUESKY_URL");

  g_settings_set_int (settings, "window-width", 1280);
  g_settings_set_int (settings, "window-height", 800);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  mr_application_set_database_path (MR_APPLICATION (app), path);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), (gpointer) data);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&app));
  g_clear_pointer (&bluesky, mr_test_server_free);
  mr_test_remove_temp_dir (fixture_dir);
  g_clear_pointer (&fixture_dir, g_free);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  mr_application_init_i18n ();
  g_test_init (&argc, &argv, NULL);
  /* A session bus of the test's own, where nothing is activated: no portal starts the
   * user's keyring, and the test's keyring (see check_preferences_key ()) is the only
   * one. It has no accessibility bus, which GTK would warn about. */
  mr_test_bus_up ();
  g_setenv ("GTK_A11Y", "none", TRUE);

  g_test_add_data_func ("/refresh-dialog/all", check_refresh_all, run_window);
  g_test_add_data_func ("/refresh-dialog/cancel", check_cancel, run_window);
  g_test_add_data_func ("/refresh-dialog/preferences-key", check_preferences_key, run_window);

  status = g_test_run ();
  mr_test_bus_stop ();
  return status;
}
