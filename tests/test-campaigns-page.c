/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-campaigns-page"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "mr-add-members-dialog.h"
#include "mr-application.h"
#include "mr-campaign-editor.h"
#include "mr-campaign-format.h"
#include "mr-campaign-row.h"
#include "mr-campaign-view.h"
#include "mr-campaigns-page.h"
#include "mr-candidate-row.h"
#include "mr-deliverable-row.h"
#include "mr-member-editor.h"
#include "mr-member-row.h"
#include "mr-number-format.h"
#include "mr-test-util.h"
#include "mr-test-widgets.h"
#include "mr-window.h"

/* The Campaigns page under Xvfb, driven as a marketer would: a campaign built from
 * nothing through its dialogs (the editor refusing what it cannot store, creators
 * picked from the roster, fees agreed, a status moved along), archived out of the list
 * and back, deleted and brought back by Undo with everything in it; a member removed
 * with results and restored; and the page and its dialogs at 360 pixels. */

#define SETTLE_MS 250

typedef void (*CheckFunc) (MrWindow *window);

static char *fixture_dir;

/* ── The fixture database: three creators, nothing else ──────────────────────────── */

static void
add_creator (MrStore    *store,
             const char *name,
             const char *niche,
             MrPlatform  platform,
             const char *handle,
             gint64      followers)
{
  g_autoptr(MrCreator) creator = mr_creator_new (name);
  g_autoptr(MrAccount) account = mr_account_new (platform, handle);
  g_autoptr(GError) error = NULL;

  mr_creator_set_niche (creator, niche);
  mr_account_set_followers (account, followers);
  g_list_store_append (G_LIST_STORE (mr_creator_get_accounts (creator)), account);
  g_assert_true (mr_store_add_creator (store, creator, &error));
  g_assert_no_error (error);
}

static void
make_fixture (const char *path)
{
  g_autoptr(MrStore) store = mr_test_open_store (path);

  add_creator (store, "Lötte Jansen", "Bakken", MR_PLATFORM_TIKTOK, "lotte.bakt", 12000);
  add_creator (store, "Daan Visser", "Fietsen", MR_PLATFORM_INSTAGRAM, "daanfietst", 8900);
  add_creator (store, "Noor Bakker", "Eten", MR_PLATFORM_INSTAGRAM, "noorbakt", 4300);
}

/* ── Finding things on screen ────────────────────────────────────────────────────── */

/* The visible error under a field of @dialog: the first label in the error style. */
static const char *
shown_error (GtkWidget *dialog)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  mr_test_collect (dialog, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "error") &&
        gtk_widget_get_mapped (g_ptr_array_index (labels, i)))
      return gtk_label_get_text (g_ptr_array_index (labels, i));
  return NULL;
}

/* The entry row of @dialog whose title is @title (in the user's language). */
static GtkEditable *
entry_row (GtkWidget  *dialog,
           const char *title)
{
  GtkEditable *row = mr_test_find_row (dialog, ADW_TYPE_ENTRY_ROW, title);

  if (row == NULL)
    g_error ("no entry row “%s”", title);
  return row;
}

static const char *
tr (const char *text)
{
  return g_dgettext (GETTEXT_PACKAGE, text);
}

static MrCampaignsPage *
get_page (MrWindow *window)
{
  return mr_test_find_descendant (GTK_WIDGET (window), MR_TYPE_CAMPAIGNS_PAGE);
}

static MrCampaignView *
get_view (MrWindow *window)
{
  return mr_test_find_descendant (GTK_WIDGET (get_page (window)), MR_TYPE_CAMPAIGN_VIEW);
}

/* The list of campaigns (the page holds other lists: the results' table). */
static GtkListView *
get_list (MrWindow *window)
{
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();

  mr_test_collect (GTK_WIDGET (get_page (window)), GTK_TYPE_LIST_VIEW, lists);
  for (guint i = 0; i < lists->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (lists, i), "navigation-sidebar"))
      return g_ptr_array_index (lists, i);
  g_error ("no campaign list");
}

/* The campaigns the list shows, in its order, as "A, B". */
static char *
listed_campaigns (MrWindow *window)
{
  GtkListView *list = get_list (window);
  GListModel *rows = G_LIST_MODEL (gtk_list_view_get_model (list));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MrCampaign) campaign = g_list_model_get_item (rows, i);

      g_ptr_array_add (names, (gpointer) mr_campaign_get_name (campaign));
    }
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (char **) names->pdata);
}

static gint64
query (MrWindow   *window,
       const char *sql,
       gint64      id)
{
  return mr_test_query_int (mr_store_get_handle (mr_window_get_store (window)), sql, id);
}

static MrCampaign *
only_campaign (MrWindow *window)
{
  GListModel *campaigns = mr_store_get_campaigns (mr_window_get_store (window));
  g_autoptr(MrCampaign) campaign = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (campaigns), ==, 1);
  campaign = g_list_model_get_item (campaigns, 0);
  return campaign;
}

static MrMemberRow *
member_row (MrWindow   *window,
            const char *creator)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  MrStore *store = mr_window_get_store (window);

  mr_test_collect (GTK_WIDGET (get_view (window)), MR_TYPE_MEMBER_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      MrCampaignMember *member = mr_member_row_get_member (g_ptr_array_index (rows, i));

      if (g_strcmp0 (mr_creator_get_name (mr_member_find_creator (store, member)), creator) == 0)
        return g_ptr_array_index (rows, i);
    }
  return NULL;
}

static void
show_campaigns (MrWindow *window)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "campaigns");
  mr_test_settle (SETTLE_MS);
}

/* ── Building a campaign ─────────────────────────────────────────────────────────── */

/* New Campaign: the editor refuses a campaign without a name and one that ends before it
 * starts, saying why under the dates, and keeps what was typed; then it stores it. */
static MrCampaign *
create_campaign (MrWindow *window)
{
  GtkWidget *page = GTK_WIDGET (get_page (window));
  g_autofree char *budget = mr_format_count (1000);
  MrCampaignEditor *editor;
  MrCampaign *campaign;
  const char *error;

  gtk_widget_activate_action (page, "campaigns.new", NULL);
  mr_test_settle (SETTLE_MS);
  editor = mr_test_find_toplevel (MR_TYPE_CAMPAIGN_EDITOR);
  g_assert_nonnull (editor);
  g_assert_false (mr_campaign_editor_can_save (editor));

  gtk_editable_set_text (entry_row (GTK_WIDGET (editor), tr ("Name")), "Zomerpilot");
  gtk_editable_set_text (entry_row (GTK_WIDGET (editor), tr ("Brand")), "Brandpunt Koffie");
  gtk_editable_set_text (entry_row (GTK_WIDGET (editor), tr ("Budget")), budget);
  g_assert_true (mr_campaign_editor_can_save (editor));

  gtk_editable_set_text (entry_row (GTK_WIDGET (editor), tr ("Start")), "2024-06-10");
  gtk_editable_set_text (entry_row (GTK_WIDGET (editor), tr ("End")), "2024-06-01");
  mr_test_settle (100);
  error = shown_error (GTK_WIDGET (editor));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error, "2024"));
  g_assert_false (mr_campaign_editor_can_save (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "campaign-editor.save", NULL);
  mr_test_settle (SETTLE_MS);
  g_assert_true (mr_test_find_toplevel (MR_TYPE_CAMPAIGN_EDITOR) == editor);
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_campaigns (mr_window_get_store (window))), ==, 0);

  gtk_editable_set_text (entry_row (GTK_WIDGET (editor), tr ("Start")), "2024-06-01");
  gtk_editable_set_text (entry_row (GTK_WIDGET (editor), tr ("End")), "2024-06-30");
  mr_test_settle (100);
  g_assert_null (shown_error (GTK_WIDGET (editor)));
  g_assert_true (mr_campaign_editor_can_save (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "campaign-editor.save", NULL);
  mr_test_settle (SETTLE_MS);
  g_assert_null (mr_test_find_toplevel (MR_TYPE_CAMPAIGN_EDITOR));

  campaign = only_campaign (window);
  g_assert_cmpstr (mr_campaign_get_name (campaign), ==, "Zomerpilot");
  g_assert_cmpfloat (mr_campaign_get_budget (campaign), ==, 1000);
  g_assert_cmpstr (mr_campaign_get_currency (campaign), ==, "USD");
  g_assert_cmpfloat (mr_campaign_get_target_roas (campaign), ==, 3.0);
  g_assert_cmpstr (mr_campaign_get_end_date (campaign), ==, "2024-06-30");
  g_assert_true (mr_campaigns_page_get_shown (get_page (window)) == campaign);
  g_assert_true (mr_campaign_view_get_campaign (get_view (window)) == campaign);
  return campaign;
}

static void
search_roster (MrAddMembersDialog *dialog,
               const char         *text)
{
  GtkEditable *entry = mr_test_find_descendant (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY);

  gtk_editable_set_text (entry, text);
  mr_test_settle (SETTLE_MS);
}

/* The dialog's list after a search: a row per creator found. */
static guint
n_found (MrAddMembersDialog *dialog)
{
  GtkListView *list = mr_test_find_descendant (GTK_WIDGET (dialog), GTK_TYPE_LIST_VIEW);

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list)));
}

/* Add Creators: the roster searched by name without minding case or accents, and by
 * handle; the ticks stay while the search changes; Add stores both, invited. */
static void
add_two_members (MrWindow   *window,
                 MrCampaign *campaign)
{
  MrAddMembersDialog *dialog;
  GtkListView *list;
  g_autofree char *label = NULL;

  gtk_widget_activate_action (GTK_WIDGET (get_page (window)), "campaigns.add-members", NULL);
  mr_test_settle (SETTLE_MS);
  dialog = mr_test_find_toplevel (MR_TYPE_ADD_MEMBERS_DIALOG);
  g_assert_nonnull (dialog);
  list = mr_test_find_descendant (GTK_WIDGET (dialog), GTK_TYPE_LIST_VIEW);
  g_assert_cmpuint (n_found (dialog), ==, 3);

  search_roster (dialog, "LOTTE");
  g_assert_cmpuint (n_found (dialog), ==, 1);
  g_signal_emit_by_name (list, "activate", 0);
  search_roster (dialog, "@daanfiets");
  g_assert_cmpuint (n_found (dialog), ==, 1);
  g_signal_emit_by_name (list, "activate", 0);
  search_roster (dialog, "");
  g_assert_cmpuint (n_found (dialog), ==, 3);
  g_assert_cmpuint (mr_add_members_dialog_get_n_chosen (dialog), ==, 2);

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Add %u Creator", "_Add %u Creators", 2), 2);
  g_assert_nonnull (mr_test_find_mapped_button (GTK_WIDGET (dialog), label));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "add-members.add", NULL);
  mr_test_settle (SETTLE_MS);
  g_assert_null (mr_test_find_toplevel (MR_TYPE_ADD_MEMBERS_DIALOG));

  g_assert_cmpuint (g_list_model_get_n_items (mr_campaign_get_members (campaign)), ==, 2);
  g_assert_cmpint (query (window, "SELECT count(*) FROM campaign_member WHERE campaign_id = ?1"
                                  "  AND status = 'invited' AND fee IS NULL AND account_id IS NOT NULL",
                          mr_campaign_get_id (campaign)), ==, 2);
  g_assert_nonnull (member_row (window, "Lötte Jansen"));
  g_assert_nonnull (member_row (window, "Daan Visser"));
  g_assert_null (member_row (window, "Noor Bakker"));
}

/* A member's fee through its editor: a fee that is no number is refused, with why. */
static void
set_fee (MrWindow   *window,
         const char *creator,
         double      fee)
{
  g_autofree char *fee_title = g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "Fee in %s"), "USD");
  g_autofree char *text = mr_format_decimal (fee, 2);
  MrMemberEditor *editor;
  GtkEditable *fee_row;

  g_signal_emit_by_name (member_row (window, creator), "edit");
  mr_test_settle (SETTLE_MS);
  editor = mr_test_find_toplevel (MR_TYPE_MEMBER_EDITOR);
  g_assert_nonnull (editor);

  fee_row = entry_row (GTK_WIDGET (editor), fee_title);
  gtk_editable_set_text (fee_row, "three hundred");
  g_assert_false (mr_member_editor_can_save (editor));
  g_assert_nonnull (shown_error (GTK_WIDGET (editor)));
  gtk_editable_set_text (fee_row, text);
  g_assert_true (mr_member_editor_can_save (editor));

  gtk_widget_activate_action (GTK_WIDGET (editor), "member-editor.save", NULL);
  mr_test_settle (SETTLE_MS);
  g_assert_null (mr_test_find_toplevel (MR_TYPE_MEMBER_EDITOR));
}

/* A deliverable with a day that is no date cannot be saved; with a real one it is
 * stored, and the member's row says when it is due. */
static void
add_deliverable (MrWindow   *window,
                 const char *creator)
{
  MrMemberEditor *editor;
  MrDeliverableRow *row;
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();

  g_signal_emit_by_name (member_row (window, creator), "edit");
  mr_test_settle (SETTLE_MS);
  editor = mr_test_find_toplevel (MR_TYPE_MEMBER_EDITOR);
  gtk_widget_activate_action (GTK_WIDGET (editor), "member-editor.add-deliverable", NULL);
  row = mr_test_find_descendant (GTK_WIDGET (editor), MR_TYPE_DELIVERABLE_ROW);
  g_assert_nonnull (row);
  mr_test_collect (GTK_WIDGET (row), GTK_TYPE_ENTRY, entries);
  g_assert_cmpuint (entries->len, ==, 2);

  gtk_editable_set_text (g_ptr_array_index (entries, 0), "1 Reel");
  gtk_editable_set_text (g_ptr_array_index (entries, 1), "30-6-2030");
  g_assert_false (mr_member_editor_can_save (editor));
  gtk_editable_set_text (g_ptr_array_index (entries, 1), "2030-06-30");
  g_assert_true (mr_member_editor_can_save (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "member-editor.save", NULL);
  mr_test_settle (SETTLE_MS);
  g_assert_null (mr_test_find_toplevel (MR_TYPE_MEMBER_EDITOR));
}

static void
check_build (MrWindow *window)
{
  g_autofree char *spend = NULL;
  g_autofree char *due = NULL;
  g_autofree char *day = NULL;
  MrCampaign *campaign;
  MrMemberRow *row;
  GtkDropDown *status;
  GDate date;

  show_campaigns (window);
  campaign = create_campaign (window);
  add_two_members (window, campaign);

  set_fee (window, "Lötte Jansen", 300);
  set_fee (window, "Daan Visser", 500);
  g_assert_cmpint (query (window, "SELECT sum(fee) FROM campaign_member WHERE campaign_id = ?1",
                          mr_campaign_get_id (campaign)), ==, 800);
  mr_test_settle (SETTLE_MS);
  /* The figures follow the fees: "2 creators · USD 800 of USD 1,000 spent". */
  spend = mr_campaign_format_money (800, "USD");
  g_assert_nonnull (strstr (mr_campaign_view_get_status (get_view (window)), spend));

  add_deliverable (window, "Daan Visser");
  g_assert_cmpint (query (window, "SELECT count(*) FROM campaign_deliverable WHERE title = '1 Reel'"
                                  "  AND due_date = '2030-06-30' AND done = 0", 0), ==, 1);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 30, 6, 2030);
  day = mr_format_day (g_date_get_julian (&date), TRUE);
  due = g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "%1$s due %2$s"), "1 Reel", day);
  mr_campaign_view_show_page (get_view (window), "members");
  mr_test_settle (SETTLE_MS);
  g_assert_true (mr_test_has_mapped_label (GTK_WIDGET (member_row (window, "Daan Visser")), due));

  /* The status drop-down stores the change at once; the row moves to its group. */
  row = member_row (window, "Lötte Jansen");
  status = mr_test_find_descendant (GTK_WIDGET (row), GTK_TYPE_DROP_DOWN);
  gtk_drop_down_set_selected (status, MR_MEMBER_STATUS_CONFIRMED);
  mr_test_settle (SETTLE_MS);
  g_assert_cmpint (query (window, "SELECT count(*) FROM campaign_member m JOIN creator c ON c.id = m.creator_id"
                                  "  WHERE c.name = 'Lötte Jansen' AND m.status = 'confirmed'", 0), ==, 1);
  row = member_row (window, "Lötte Jansen");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)));
  g_assert_cmpuint (gtk_drop_down_get_selected (mr_test_find_descendant (GTK_WIDGET (row),
                                                                         GTK_TYPE_DROP_DOWN)),
                    ==, MR_MEMBER_STATUS_CONFIRMED);
}

/* Archive: the campaign leaves the default list but keeps everything; "Archived" shows
 * it again. Delete takes it with its members; Undo brings all of it back. */
static void
check_archive_delete (MrWindow *window)
{
  GtkWidget *page = GTK_WIDGET (get_page (window));
  MrCampaign *campaign;
  GtkWidget *undo;
  gint64 id;

  show_campaigns (window);
  campaign = create_campaign (window);
  add_two_members (window, campaign);
  set_fee (window, "Lötte Jansen", 300);
  set_fee (window, "Daan Visser", 500);
  id = mr_campaign_get_id (campaign);
  {
    g_autofree char *listed = listed_campaigns (window);

    g_assert_cmpstr (listed, ==, "Zomerpilot");
  }

  gtk_widget_activate_action (page, "campaigns.archive", NULL);
  mr_test_settle (SETTLE_MS);
  g_assert_cmpint (query (window, "SELECT archived FROM campaign WHERE id = ?1", id), ==, 1);
  {
    g_autofree char *listed = listed_campaigns (window);

    g_assert_cmpstr (listed, ==, "");
  }
  g_assert_true (mr_test_has_mapped_label (page, tr ("Every Campaign Is Archived")));

  g_object_set (page, "show-archived", TRUE, NULL);
  mr_test_settle (SETTLE_MS);
  {
    g_autofree char *listed = listed_campaigns (window);

    g_assert_cmpstr (listed, ==, "Zomerpilot");
  }
  gtk_widget_activate_action (page, "campaigns.archive", NULL);
  mr_test_settle (SETTLE_MS);
  g_assert_cmpint (query (window, "SELECT archived FROM campaign WHERE id = ?1", id), ==, 0);
  g_object_set (page, "show-archived", FALSE, NULL);

  gtk_widget_activate_action (page, "campaigns.delete", NULL);
  /* Long enough for the deletion's toast to have replaced the archiving's. */
  mr_test_settle (2 * SETTLE_MS);
  g_assert_cmpint (query (window, "SELECT count(*) FROM campaign", 0), ==, 0);
  g_assert_cmpint (query (window, "SELECT count(*) FROM campaign_member", 0), ==, 0);
  g_assert_null (mr_campaigns_page_get_shown (get_page (window)));

  undo = mr_test_find_mapped_button (GTK_WIDGET (window), tr ("_Undo"));
  g_assert_nonnull (undo);
  gtk_widget_activate (undo);
  mr_test_settle (SETTLE_MS);
  g_assert_cmpint (query (window, "SELECT count(*) FROM campaign WHERE id = ?1", id), ==, 1);
  g_assert_cmpint (query (window, "SELECT sum(fee) FROM campaign_member WHERE campaign_id = ?1", id), ==, 800);
  {
    g_autofree char *listed = listed_campaigns (window);

    g_assert_cmpstr (listed, ==, "Zomerpilot");
  }
  campaign = only_campaign (window);
  g_assert_true (mr_campaigns_page_get_shown (get_page (window)) == campaign);
  g_assert_cmpuint (g_list_model_get_n_items (mr_campaign_get_members (campaign)), ==, 2);
}

/* A member with results is only removed after a question that says what goes with it;
 * Undo adds it again with its fee and every day of results. */
static void
check_remove_member (MrWindow *window)
{
  MrStore *store = mr_window_get_store (window);
  g_autoptr(GError) error = NULL;
  MrResultRow result = { "2024-06-10", 20000, 15000, 500, 12, 1100, 800.0 };
  AdwMessageDialog *question;
  MrCampaign *campaign;
  MrMemberRow *row;
  GtkWidget *undo;

  show_campaigns (window);
  campaign = create_campaign (window);
  add_two_members (window, campaign);
  set_fee (window, "Lötte Jansen", 300);
  mr_campaign_view_show_page (get_view (window), "members");
  row = member_row (window, "Lötte Jansen");
  g_assert_true (mr_store_save_result (store, mr_member_row_get_member (row), &result, &error));
  g_assert_no_error (error);

  g_signal_emit_by_name (row, "remove");
  mr_test_settle (SETTLE_MS);
  question = mr_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (question), "Lötte Jansen"));
  g_signal_emit_by_name (question, "response", "remove");
  gtk_window_close (GTK_WINDOW (question));
  mr_test_settle (SETTLE_MS);
  g_assert_null (member_row (window, "Lötte Jansen"));
  g_assert_cmpint (query (window, "SELECT count(*) FROM campaign_result", 0), ==, 0);

  undo = mr_test_find_mapped_button (GTK_WIDGET (window), tr ("_Undo"));
  g_assert_nonnull (undo);
  gtk_widget_activate (undo);
  mr_test_settle (SETTLE_MS);
  g_assert_nonnull (member_row (window, "Lötte Jansen"));
  g_assert_cmpint (query (window, "SELECT count(*) FROM campaign_result WHERE revenue = 800", 0), ==, 1);
  g_assert_cmpint (query (window, "SELECT fee FROM campaign_member m JOIN creator c ON c.id = m.creator_id"
                                  "  WHERE c.name = 'Lötte Jansen'", 0), ==, 300);
  g_assert_cmpuint (g_list_model_get_n_items (mr_campaign_get_members (campaign)), ==, 2);
}

/* At 360 pixels the list fills the window; a campaign opens on a tap, Back returns, and
 * the dialogs fit too. */
static void
check_narrow (MrWindow *window)
{
  GtkWidget *page = GTK_WIDGET (get_page (window));
  AdwLeaflet *leaflet;
  GtkListView *list;
  MrCampaignEditor *editor;
  MrAddMembersDialog *dialog;
  int minimum = 0;

  show_campaigns (window);
  create_campaign (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  mr_campaigns_page_show_campaign (get_page (window), NULL);
  mr_test_settle (SETTLE_MS);

  leaflet = mr_test_find_descendant (page, ADW_TYPE_LEAFLET);
  list = get_list (window);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
  gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  g_signal_emit_by_name (list, "activate", 0);
  mr_test_settle (SETTLE_MS);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "campaign");
  gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  gtk_widget_activate_action (page, "campaigns.edit", NULL);
  mr_test_settle (SETTLE_MS);
  editor = mr_test_find_toplevel (MR_TYPE_CAMPAIGN_EDITOR);
  g_assert_nonnull (editor);
  gtk_widget_measure (gtk_window_get_child (GTK_WINDOW (editor)), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  gtk_window_close (GTK_WINDOW (editor));

  gtk_widget_activate_action (page, "campaigns.add-members", NULL);
  mr_test_settle (SETTLE_MS);
  dialog = mr_test_find_toplevel (MR_TYPE_ADD_MEMBERS_DIALOG);
  g_assert_nonnull (dialog);
  gtk_widget_measure (gtk_window_get_child (GTK_WINDOW (dialog)), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  gtk_window_close (GTK_WINDOW (dialog));
  mr_test_settle (SETTLE_MS);

  gtk_widget_activate_action (page, "campaigns.back", NULL);
  mr_test_settle (SETTLE_MS);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
}

/* Amounts are read the way the user's language writes them. */
static void
check_amounts (void)
{
  g_autofree char *thousand = mr_format_decimal (1250.5, 2);
  double value = 0;

  g_assert_true (mr_campaign_parse_amount (thousand, &value));
  g_assert_cmpfloat (value, ==, 1250.5);
  g_assert_true (mr_campaign_parse_amount ("EUR 800", &value));
  g_assert_cmpfloat (value, ==, 800);
  g_assert_true (mr_campaign_parse_amount ("1.250,50", &value));
  g_assert_cmpfloat (value, ==, 1250.5);
  g_assert_true (mr_campaign_parse_amount ("1,250.50", &value));
  g_assert_cmpfloat (value, ==, 1250.5);
  g_assert_false (mr_campaign_parse_amount ("12a5", &value));
  g_assert_false (mr_campaign_parse_amount ("", &value));
  g_assert_false (mr_campaign_parse_amount ("-300", &value));
  g_assert_false (mr_campaign_parse_amount ("1.2.3,4.5", &value));

  g_assert_true (mr_campaign_parse_date ("2024-02-29", NULL));
  g_assert_false (mr_campaign_parse_date ("2023-02-29", NULL));
  g_assert_false (mr_campaign_parse_date ("1-6-2024", NULL));
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
  path = g_build_filename (fixture_dir, "campaigns.db", NULL);
  make_fixture (path);

  g_settings_set_int (settings, "window-width", 1280);
  g_settings_set_int (settings, "window-height", 800);
  g_settings_set_string (settings, "default-currency", "USD");
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  mr_application_set_database_path (MR_APPLICATION (app), path);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), (gpointer) data);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&app));
  mr_test_remove_temp_dir (fixture_dir);
  g_clear_pointer (&fixture_dir, g_free);
}

int
main (int   argc,
      char *argv[])
{
  mr_application_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/campaigns-page/amounts", check_amounts);
  g_test_add_data_func ("/campaigns-page/build", check_build, run_window);
  g_test_add_data_func ("/campaigns-page/archive-delete", check_archive_delete, run_window);
  g_test_add_data_func ("/campaigns-page/remove-member", check_remove_member, run_window);
  g_test_add_data_func ("/campaigns-page/narrow", check_narrow, run_window);

  return g_test_run ();
}
