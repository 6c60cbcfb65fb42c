/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-roster"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "mr-application.h"
#include "mr-compare-window.h"
#include "mr-creator-editor.h"
#include "mr-creator-editor-account.h"
#include "mr-creators-page.h"
#include "mr-number-format.h"
#include "mr-roster-cell.h"
#include "mr-roster-handle.h"
#include "mr-roster-slots.h"
#include "mr-test-util.h"
#include "mr-test-widgets.h"
#include "mr-window.h"

/* The Creators page under Xvfb, against a database of four creators: what the roster
 * lists, how search, filters and sorting narrow and order it, deleting with Undo (every
 * row back), adding a creator by hand, comparing, and the narrow layout. */

#define SETTLE_MS 400

typedef void (*CheckFunc) (MrWindow *window);

typedef struct
{
  char   *dir;
  gint64  lotte_account;
  gint64  lotte;
} Fixture;

static Fixture fixture;

/* ── The fixture database ────────────────────────────────────────────────────────── */

static gint64
add_creator (MrStore         *store,
             const char      *name,
             const char      *niche,
             MrCreatorStatus  status,
             MrPlatform       platform,
             const char      *handle,
             gint64           followers,
             gint64          *creator_id)
{
  g_autoptr(MrCreator) creator = mr_creator_new (name);
  g_autoptr(MrAccount) account = mr_account_new (platform, handle);
  g_autoptr(GError) error = NULL;

  mr_creator_set_niche (creator, niche);
  mr_creator_set_status (creator, status);
  mr_account_set_followers (account, followers);
  g_list_store_append (G_LIST_STORE (mr_creator_get_accounts (creator)), account);
  g_assert_true (mr_store_add_creator (store, creator, &error));
  g_assert_no_error (error);

  if (creator_id != NULL)
    *creator_id = mr_creator_get_id (creator);
  return mr_account_get_id (account);
}

static void
exec (sqlite3    *db,
      const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* Ten posts a week apart, each with @likes and @comments. */
static void
add_posts (sqlite3 *db,
           gint64   account_id,
           int      likes,
           int      comments)
{
  for (int i = 0; i < 10; i++)
    {
      g_autofree char *sql = g_strdup_printf (
        "INSERT INTO post (account_id, external_id, published_at, likes, comments)"
        "  VALUES (%" G_GINT64_FORMAT ", 'post-%d', '2024-%02d-%02dT18:00:00Z', %d, %d)",
        account_id, i, 3 + i / 4, 1 + (i % 4) * 7, likes, comments);

      exec (db, sql);
    }
}

/* Lotte, Daan and Femke have posts (engagement 9 %, 4 % and 1 %), Noor has none.
 * Lotte has everything a deletion takes along; Femke takes part in a campaign. */
static void
make_fixture (const char *path)
{
  g_autoptr(MrStore) store = mr_test_open_store (path);
  sqlite3 *db = mr_store_get_handle (store);
  gint64 daan, femke, noor, femke_id;
  g_autofree char *sql = NULL;

  fixture.lotte_account = add_creator (store, "Lotte Jansen", "Bakken", MR_CREATOR_STATUS_VETTING,
                                       MR_PLATFORM_TIKTOK, "lotte.bakt", 12000, &fixture.lotte);
  daan = add_creator (store, "Daan Visser", "Fietsen", MR_CREATOR_STATUS_PROSPECT,
                      MR_PLATFORM_INSTAGRAM, "daanfietst", 8900, NULL);
  femke = add_creator (store, "Femke de Vries", "Mode", MR_CREATOR_STATUS_ACTIVE,
                       MR_PLATFORM_YOUTUBE, "femkekleedt", 120000, &femke_id);
  noor = add_creator (store, "Noor Bakker", "Eten", MR_CREATOR_STATUS_PROSPECT,
                      MR_PLATFORM_INSTAGRAM, "noorbakt", 4300, NULL);
  g_assert_cmpint (noor, >, 0);

  add_posts (db, fixture.lotte_account, 1000, 80);
  add_posts (db, daan, 340, 16);
  add_posts (db, femke, 1100, 100);

  sql = g_strdup_printf (
    "WITH RECURSIVE d (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 29)"
    "  INSERT INTO follower_snapshot (account_id, day, followers)"
    "  SELECT %1$" G_GINT64_FORMAT ", date ('2024-04-01', '+' || n || ' days'), 11000 + n * 30 FROM d;"
    "INSERT INTO daily_stat (account_id, day, views, likes) VALUES"
    "  (%1$" G_GINT64_FORMAT ", '2024-04-01', 5000, 300), (%1$" G_GINT64_FORMAT ", '2024-04-02', 6100, 340);"
    "INSERT INTO audience (account_id, dimension, bucket, share) VALUES"
    "  (%1$" G_GINT64_FORMAT ", 'gender', 'female', 0.7), (%1$" G_GINT64_FORMAT ", 'territory', 'NL', 0.8);"
    "INSERT INTO activity (account_id, weekday, hour, active_followers) VALUES"
    "  (%1$" G_GINT64_FORMAT ", 1, 19, 800), (%1$" G_GINT64_FORMAT ", 2, 20, 950);"
    "INSERT INTO account_total (account_id, metric, value) VALUES (%1$" G_GINT64_FORMAT ", 'views', 90000);"
    "INSERT INTO import_log (file_name, content_hash, format, row_count, imported_at, account_id)"
    "  VALUES ('FollowerHistory.csv', 'abc123', 'tiktok-follower-history', 30,"
    "          '2024-05-01T10:00:00Z', %1$" G_GINT64_FORMAT ");"
    "INSERT INTO checklist (creator_id, criterion, rating, note)"
    "  VALUES (%2$" G_GINT64_FORMAT ", 'brand-fit', 4, 'Bakt met onze bloem');"
    "INSERT INTO moment (title, detected_at, respond_by, creator_id)"
    "  VALUES ('Koekjesweek', '2024-05-01T10:00:00Z', '2024-05-02T10:00:00Z', %2$" G_GINT64_FORMAT ");"
    "INSERT INTO campaign (name) VALUES ('Zomerpilot');"
    "INSERT INTO campaign_member (campaign_id, creator_id, fee)"
    "  VALUES (last_insert_rowid (), %3$" G_GINT64_FORMAT ", 250);",
    fixture.lotte_account, fixture.lotte, femke_id);
  exec (db, sql);
}

/* What is stored about Lotte, table by table, in one string to compare. */
static char *
count_lotte_rows (MrWindow *window)
{
  sqlite3 *db = mr_store_get_handle (mr_window_get_store (window));
  static const char * const account_tables[] = {
    "post", "follower_snapshot", "daily_stat", "audience", "activity", "account_total", "import_log",
  };
  GString *counts = g_string_new (NULL);

  g_string_append_printf (counts, "creator %" G_GINT64_FORMAT,
                          mr_test_query_int (db, "SELECT count(*) FROM creator WHERE id = ?1",
                                             fixture.lotte));
  g_string_append_printf (counts, " account %" G_GINT64_FORMAT,
                          mr_test_query_int (db, "SELECT count(*) FROM account WHERE id = ?1",
                                             fixture.lotte_account));
  for (guint i = 0; i < G_N_ELEMENTS (account_tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE account_id = ?1",
                                              account_tables[i]);

      g_string_append_printf (counts, " %s %" G_GINT64_FORMAT, account_tables[i],
                              mr_test_query_int (db, sql, fixture.lotte_account));
    }
  g_string_append_printf (counts, " checklist %" G_GINT64_FORMAT,
                          mr_test_query_int (db, "SELECT count(*) FROM checklist WHERE creator_id = ?1",
                                             fixture.lotte));
  g_string_append_printf (counts, " moment %" G_GINT64_FORMAT,
                          mr_test_query_int (db, "SELECT count(*) FROM moment WHERE creator_id = ?1",
                                             fixture.lotte));
  g_string_append_printf (counts, " likes %" G_GINT64_FORMAT,
                          mr_test_query_int (db, "SELECT total (likes) FROM post WHERE account_id = ?1",
                                             fixture.lotte_account));
  return g_string_free (counts, FALSE);
}

/* ── Finding what the user sees ──────────────────────────────────────────────────── */

static GtkWidget *
find_icon_button (GtkWidget  *widget,
                  const char *icon_name)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  mr_test_collect (widget, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_icon_name (g_ptr_array_index (buttons, i)), icon_name) == 0)
      return g_ptr_array_index (buttons, i);
  return NULL;
}

/* The status page on screen that offers a way out (a button). */
static AdwStatusPage *
find_mapped_status_page (GtkWidget *widget)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();

  mr_test_collect (widget, ADW_TYPE_STATUS_PAGE, pages);
  for (guint i = 0; i < pages->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (pages, i)) &&
        mr_test_find_descendant (g_ptr_array_index (pages, i), GTK_TYPE_BUTTON) != NULL)
      return g_ptr_array_index (pages, i);
  return NULL;
}

static MrCreatorsPage *
get_page (MrWindow *window)
{
  return mr_test_find_descendant (GTK_WIDGET (window), MR_TYPE_CREATORS_PAGE);
}

static GtkColumnView *
get_column_view (MrWindow *window)
{
  return mr_test_find_descendant (GTK_WIDGET (get_page (window)), GTK_TYPE_COLUMN_VIEW);
}

static GtkSelectionModel *
get_rows (MrWindow *window)
{
  return gtk_column_view_get_model (get_column_view (window));
}

/* Lets the list settle: the search's delay, the layout. */
static void
settle_list (MrWindow *window)
{
  mr_test_settle (SETTLE_MS);
  mr_test_settle (100);
}

/* The names the roster lists, top to bottom, as one string ("A, B, C"); each of them
 * must also be on screen as a row's name cell. */
static char *
listed_names (MrWindow *window)
{
  GListModel *rows = G_LIST_MODEL (get_rows (window));
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  mr_test_collect (GTK_WIDGET (get_column_view (window)), MR_TYPE_ROSTER_CELL, cells);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MrRosterSlot) slot = g_list_model_get_item (rows, i);
      MrCreator *creator = mr_roster_slot_get_creator (slot);
      gboolean drawn = FALSE;

      for (guint j = 0; j < cells->len && !drawn; j++)
        drawn = gtk_widget_get_mapped (g_ptr_array_index (cells, j)) &&
                mr_roster_cell_get_creator (g_ptr_array_index (cells, j)) == creator;
      g_assert_true (drawn);
      g_ptr_array_add (names, (gpointer) mr_creator_get_name (creator));
    }
  g_ptr_array_add (names, NULL);

  return g_strjoinv (", ", (char **) names->pdata);
}

static void
assert_listed (MrWindow   *window,
               const char *expected)
{
  g_autofree char *names = NULL;

  settle_list (window);
  names = listed_names (window);
  g_assert_cmpstr (names, ==, expected);
}

static MrCreator *
listed_creator (MrWindow   *window,
                const char *name,
                guint      *position)
{
  GListModel *rows = G_LIST_MODEL (get_rows (window));

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MrRosterSlot) slot = g_list_model_get_item (rows, i);
      MrCreator *creator = mr_roster_slot_get_creator (slot);

      if (g_strcmp0 (mr_creator_get_name (creator), name) == 0)
        {
          if (position != NULL)
            *position = i;
          return creator;
        }
    }
  return NULL;
}

static void
select_only (MrWindow   *window,
             const char *name)
{
  guint position = 0;

  g_assert_nonnull (listed_creator (window, name, &position));
  gtk_selection_model_select_item (get_rows (window), position, TRUE);
}

/* ── The cases ───────────────────────────────────────────────────────────────────── */

/* Every creator of the database is a row, in the order of names; a screen reader
 * reaches each by name, and the numbers read as the user's language writes them. */
static void
check_list (MrWindow *window)
{
  g_autofree char *followers = mr_format_count (12000);
  g_autofree char *rate = mr_format_decimal (9.0, 1);
  g_autofree char *percent = g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "%s %%"), rate);

  assert_listed (window, "Daan Visser, Femke de Vries, Lotte Jansen, Noor Bakker");
  g_assert_true (mr_test_has_mapped_label (GTK_WIDGET (get_page (window)), followers));
  g_assert_true (mr_test_has_mapped_label (GTK_WIDGET (get_page (window)), percent));
}

static void
search_for (MrWindow   *window,
            const char *text)
{
  GtkWidget *bar = mr_test_find_descendant (GTK_WIDGET (get_page (window)), GTK_TYPE_SEARCH_BAR);
  GtkSearchEntry *entry = mr_test_find_descendant (bar, GTK_TYPE_SEARCH_ENTRY);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

/* Search narrows by name, by handle and by niche, ignoring case and accents; a search
 * without results says so, and its button brings everyone back. */
static void
check_search (MrWindow *window)
{
  GtkWidget *page = GTK_WIDGET (get_page (window));
  GtkWidget *search_button = find_icon_button (page, "system-search-symbolic");
  GtkSearchBar *bar = mr_test_find_descendant (page, GTK_TYPE_SEARCH_BAR);
  AdwStatusPage *status;

  gtk_widget_activate (GTK_WIDGET (search_button));
  mr_test_settle (SETTLE_MS);
  g_assert_true (gtk_search_bar_get_search_mode (bar));

  search_for (window, "LÖTTE");
  assert_listed (window, "Lotte Jansen");
  search_for (window, "@daanfiets");
  assert_listed (window, "Daan Visser");
  search_for (window, "mode");
  assert_listed (window, "Femke de Vries");
  search_for (window, "bakker eten");
  assert_listed (window, "Noor Bakker");
  search_for (window, "ba");
  assert_listed (window, "Lotte Jansen, Noor Bakker");

  search_for (window, "koffiebrander");
  assert_listed (window, "");
  status = find_mapped_status_page (page);
  g_assert_nonnull (status);
  gtk_widget_activate (mr_test_find_descendant (GTK_WIDGET (status), GTK_TYPE_BUTTON));
  assert_listed (window, "Daan Visser, Femke de Vries, Lotte Jansen, Noor Bakker");
  g_assert_false (gtk_search_bar_get_search_mode (bar));
}

/* The filter menu's choices, within a facet any of them, across facets all of them. */
static void
check_filters (MrWindow *window)
{
  GtkWidget *page = GTK_WIDGET (get_page (window));

  gtk_widget_activate_action (page, "roster.platform-instagram", NULL);
  assert_listed (window, "Daan Visser, Noor Bakker");
  gtk_widget_activate_action (page, "roster.platform-tiktok", NULL);
  assert_listed (window, "Daan Visser, Lotte Jansen, Noor Bakker");
  gtk_widget_activate_action (page, "roster.status-vetting", NULL);
  assert_listed (window, "Lotte Jansen");
  gtk_widget_activate_action (page, "roster.status-vetting", NULL);
  /* Micro on Instagram starts at 5,000 followers, on TikTok at 10,000. */
  gtk_widget_activate_action (page, "roster.tier-micro", NULL);
  assert_listed (window, "Daan Visser, Lotte Jansen");

  gtk_widget_activate_action (page, "creators.clear-filters", NULL);
  assert_listed (window, "Daan Visser, Femke de Vries, Lotte Jansen, Noor Bakker");
}

/* The engagement column, clicked once and twice: highest last, then first; Noor, who
 * has no rate yet, stays at the bottom either way. */
static void
check_sort (MrWindow *window)
{
  GtkColumnView *view = get_column_view (window);
  GListModel *columns = gtk_column_view_get_columns (view);
  g_autoptr(GtkColumnViewColumn) engagement = g_list_model_get_item (columns, MR_ROSTER_COLUMN_ENGAGEMENT);
  g_autoptr(GtkColumnViewColumn) score = g_list_model_get_item (columns, MR_ROSTER_COLUMN_SCORE);

  gtk_column_view_sort_by_column (view, engagement, GTK_SORT_ASCENDING);
  assert_listed (window, "Femke de Vries, Daan Visser, Lotte Jansen, Noor Bakker");
  gtk_column_view_sort_by_column (view, engagement, GTK_SORT_DESCENDING);
  assert_listed (window, "Lotte Jansen, Daan Visser, Femke de Vries, Noor Bakker");

  /* Scores follow the same rule: Noor has none. */
  gtk_column_view_sort_by_column (view, score, GTK_SORT_DESCENDING);
  settle_list (window);
  {
    g_autofree char *names = listed_names (window);

    g_assert_true (g_str_has_suffix (names, ", Noor Bakker"));
  }

  gtk_column_view_sort_by_column (view, NULL, GTK_SORT_ASCENDING);
  assert_listed (window, "Daan Visser, Femke de Vries, Lotte Jansen, Noor Bakker");
}

/* Delete (the Delete key's action on the selection) takes Lotte and all her rows; the
 * toast's Undo brings every row back, under the same ids, and the list shows her. */
static void
check_delete_undo (MrWindow *window)
{
  GtkWidget *page = GTK_WIDGET (get_page (window));
  g_autofree char *before = count_lotte_rows (window);
  g_autofree char *after = NULL;
  g_autofree char *restored = NULL;
  GtkWidget *undo;
  MrCreator *lotte;

  g_assert_true (g_str_has_prefix (before, "creator 1 account 1 post 10 follower_snapshot 30 "
                                           "daily_stat 2 audience 2 activity 2 account_total 1 "
                                           "import_log 1 checklist 1 moment 1"));

  select_only (window, "Lotte Jansen");
  lotte = g_object_ref (listed_creator (window, "Lotte Jansen", NULL));
  gtk_widget_activate_action (page, "creators.delete-selected", NULL);
  assert_listed (window, "Daan Visser, Femke de Vries, Noor Bakker");
  after = count_lotte_rows (window);
  g_assert_cmpstr (after, ==, "creator 0 account 0 post 0 follower_snapshot 0 daily_stat 0 "
                              "audience 0 activity 0 account_total 0 import_log 0 checklist 0 "
                              "moment 0 likes 0");

  undo = mr_test_find_button (GTK_WIDGET (window), g_dgettext (GETTEXT_PACKAGE, "_Undo"));
  g_assert_nonnull (undo);
  g_assert_true (gtk_widget_get_mapped (undo));
  gtk_widget_activate (undo);
  assert_listed (window, "Daan Visser, Femke de Vries, Lotte Jansen, Noor Bakker");

  restored = count_lotte_rows (window);
  g_assert_cmpstr (restored, ==, before);
  g_assert_true (listed_creator (window, "Lotte Jansen", NULL) == lotte);
  g_assert_cmpint (mr_creator_get_id (lotte), ==, fixture.lotte);
  g_assert_false (isnan (mr_creator_get_engagement_rate (lotte)));
  g_object_unref (lotte);
}

/* Femke's campaign results must not go with her: the page says why, and she stays. */
static void
check_delete_refused (MrWindow *window)
{
  GtkWidget *page = GTK_WIDGET (get_page (window));
  AdwMessageDialog *dialog;

  select_only (window, "Femke de Vries");
  gtk_widget_activate_action (page, "creators.delete-selected", NULL);
  mr_test_settle (SETTLE_MS);
  dialog = mr_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Zomerpilot"));
  gtk_window_close (GTK_WINDOW (dialog));
  assert_listed (window, "Daan Visser, Femke de Vries, Lotte Jansen, Noor Bakker");
}

static GtkWidget *
first_account_row (MrCreatorEditor *editor)
{
  return mr_test_find_descendant (GTK_WIDGET (editor), MR_TYPE_CREATOR_EDITOR_ACCOUNT);
}

static void
type_handle (MrCreatorEditor *editor,
             guint            platform,
             const char      *handle)
{
  GtkWidget *row = first_account_row (editor);

  gtk_drop_down_set_selected (mr_test_find_descendant (row, GTK_TYPE_DROP_DOWN), platform);
  gtk_editable_set_text (GTK_EDITABLE (mr_test_find_descendant (row, GTK_TYPE_ENTRY)), handle);
}

/* The visible error text under the handle, or NULL. */
static const char *
handle_error (MrCreatorEditor *editor)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  mr_test_collect (first_account_row (editor), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "error") &&
        gtk_widget_get_visible (g_ptr_array_index (labels, i)))
      return gtk_label_get_text (g_ptr_array_index (labels, i));
  return NULL;
}

/* Add Creator (Ctrl+N's action): a handle the platform would not allow is refused with
 * the reason under it, as is one already in Microreach; a good one is stored. */
static void
check_add (MrWindow *window)
{
  MrCreatorEditor *editor;
  AdwEntryRow *name;
  MrCreator *sara;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-creator", NULL);
  mr_test_settle (SETTLE_MS);
  editor = mr_test_find_toplevel (MR_TYPE_CREATOR_EDITOR);
  g_assert_nonnull (editor);
  g_assert_false (mr_creator_editor_can_save (editor));

  name = mr_test_find_descendant (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (name), "Sara Smit");
  g_assert_true (mr_creator_editor_can_save (editor));

  type_handle (editor, MR_PLATFORM_INSTAGRAM, "sara smit!");
  g_assert_nonnull (handle_error (editor));
  g_assert_false (mr_creator_editor_can_save (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  mr_test_settle (SETTLE_MS);
  g_assert_true (mr_test_find_toplevel (MR_TYPE_CREATOR_EDITOR) == editor);

  type_handle (editor, MR_PLATFORM_TIKTOK, "a.handle.far.too.long.for.tiktok");
  g_assert_nonnull (handle_error (editor));
  type_handle (editor, MR_PLATFORM_INSTAGRAM, "@DaanFietst");
  g_assert_nonnull (strstr (handle_error (editor), "Daan Visser"));
  g_assert_false (mr_creator_editor_can_save (editor));

  /* A pasted profile link names the platform and the handle. */
  type_handle (editor, MR_PLATFORM_INSTAGRAM, "https://www.tiktok.com/@sara.smit");
  g_assert_null (handle_error (editor));
  g_assert_cmpuint (gtk_drop_down_get_selected (mr_test_find_descendant (first_account_row (editor),
                                                                         GTK_TYPE_DROP_DOWN)),
                    ==, MR_PLATFORM_TIKTOK);
  g_assert_true (mr_creator_editor_can_save (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  mr_test_settle (SETTLE_MS);
  g_assert_null (mr_test_find_toplevel (MR_TYPE_CREATOR_EDITOR));

  assert_listed (window, "Daan Visser, Femke de Vries, Lotte Jansen, Noor Bakker, Sara Smit");
  sara = listed_creator (window, "Sara Smit", NULL);
  g_assert_cmpint (mr_creator_get_id (sara), >, 0);
  g_assert_cmpstr (mr_account_get_handle (mr_creator_get_primary_account (sara)), ==, "sara.smit");
}

static void
check_handles (void)
{
  static const struct {
    MrPlatform  platform;
    const char *text;
    const char *stored;   /* NULL: refused */
  } cases[] = {
    { MR_PLATFORM_INSTAGRAM, "@sanne.cooks", "sanne.cooks" },
    { MR_PLATFORM_INSTAGRAM, "sanne..cooks", NULL },
    { MR_PLATFORM_INSTAGRAM, ".sanne", NULL },
    { MR_PLATFORM_INSTAGRAM, "abcdefghijabcdefghijabcdefghij", "abcdefghijabcdefghijabcdefghij" },
    { MR_PLATFORM_INSTAGRAM, "abcdefghijabcdefghijabcdefghijk", NULL },
    { MR_PLATFORM_TIKTOK, "lotte_bakt", "lotte_bakt" },
    { MR_PLATFORM_TIKTOK, "abcdefghijabcdefghijabcde", NULL },
    { MR_PLATFORM_TIKTOK, "lotte.", NULL },
    { MR_PLATFORM_YOUTUBE, "@noor-bakt", "noor-bakt" },
    { MR_PLATFORM_YOUTUBE, "no", NULL },
    { MR_PLATFORM_BLUESKY, "@Kai.bsky.social", "kai.bsky.social" },
    { MR_PLATFORM_BLUESKY, "kai", NULL },
    { MR_PLATFORM_MASTODON, "@ruben@mastodon.social", "ruben@mastodon.social" },
    { MR_PLATFORM_MASTODON, "ruben", NULL },
    { MR_PLATFORM_OTHER, "lotte bakt", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      MrPlatform platform = cases[i].platform;
      g_autofree char *message = NULL;
      g_autofree char *stored = mr_roster_handle_check (cases[i].text, &platform, &message);

      g_assert_cmpstr (stored, ==, cases[i].stored);
      g_assert_true ((message == NULL) == (stored != NULL));
    }
}

/* Two creators picked (Ctrl+click) make Compare available; it shows both, with their
 * scores. One alone is nothing to compare. */
static void
check_compare (MrWindow *window)
{
  GtkWidget *page = GTK_WIDGET (get_page (window));
  MrCreator *lotte, *daan;
  guint position = 0;
  GtkWindow *compare;
  g_autofree char *lotte_score = NULL;
  g_autofree char *daan_score = NULL;

  select_only (window, "Lotte Jansen");
  gtk_widget_activate_action (page, "creators.compare", NULL);
  mr_test_settle (SETTLE_MS);
  g_assert_null (mr_test_find_toplevel (MR_TYPE_COMPARE_WINDOW));
  lotte = listed_creator (window, "Lotte Jansen", NULL);
  daan = listed_creator (window, "Daan Visser", &position);
  gtk_selection_model_select_item (get_rows (window), position, FALSE);

  gtk_widget_activate_action (page, "creators.compare", NULL);
  mr_test_settle (SETTLE_MS);
  compare = mr_test_find_toplevel (MR_TYPE_COMPARE_WINDOW);
  g_assert_nonnull (compare);

  lotte_score = mr_format_decimal (mr_creator_get_score (lotte), 0);
  daan_score = mr_format_decimal (mr_creator_get_score (daan), 0);
  g_assert_true (mr_test_has_mapped_label (GTK_WIDGET (compare), "Lotte Jansen"));
  g_assert_true (mr_test_has_mapped_label (GTK_WIDGET (compare), "Daan Visser"));
  g_assert_true (mr_test_has_mapped_label (GTK_WIDGET (compare), lotte_score));
  g_assert_true (mr_test_has_mapped_label (GTK_WIDGET (compare), daan_score));
  gtk_window_close (compare);
  mr_test_settle (SETTLE_MS);
}

/* At 360 pixels the roster fills the window; opening a creator goes to their page, and
 * Back returns. */
static void
check_narrow (MrWindow *window)
{
  GtkWidget *page = GTK_WIDGET (get_page (window));
  AdwLeaflet *leaflet = mr_test_find_descendant (page, ADW_TYPE_LEAFLET);
  guint position = 0;
  int minimum = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  settle_list (window);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "roster");
  /* The page fits 360 pixels (the window's title buttons are the desktop's choice). */
  gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  g_assert_nonnull (listed_creator (window, "Daan Visser", &position));
  g_signal_emit_by_name (get_column_view (window), "activate", position);
  mr_test_settle (SETTLE_MS);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "creator");

  gtk_widget_activate_action (page, "creators.back", NULL);
  mr_test_settle (SETTLE_MS);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "roster");
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

  fixture.dir = mr_test_make_temp_dir ();
  path = g_build_filename (fixture.dir, "roster.db", NULL);
  make_fixture (path);

  g_settings_set_int (settings, "window-width", 1280);
  g_settings_set_int (settings, "window-height", 800);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  mr_application_set_database_path (MR_APPLICATION (app), path);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), (gpointer) data);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
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

  g_test_add_data_func ("/roster/list", check_list, run_window);
  g_test_add_data_func ("/roster/search", check_search, run_window);
  g_test_add_data_func ("/roster/filters", check_filters, run_window);
  g_test_add_data_func ("/roster/sort", check_sort, run_window);
  g_test_add_data_func ("/roster/delete-undo", check_delete_undo, run_window);
  g_test_add_data_func ("/roster/delete-refused", check_delete_refused, run_window);
  g_test_add_func ("/roster/handles", check_handles);
  g_test_add_data_func ("/roster/add", check_add, run_window);
  g_test_add_data_func ("/roster/compare", check_compare, run_window);
  g_test_add_data_func ("/roster/narrow", check_narrow, run_window);

  return g_test_run ();
}
