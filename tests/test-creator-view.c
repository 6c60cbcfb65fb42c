/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-creator-view"

#include "config.h"

#include <math.h>
#include <json-glib/json-glib.h>

#include "mr-application.h"
#include "mr-checklist-group.h"
#include "mr-creator-view.h"
#include "mr-flag-list.h"
#include "mr-import-dialog.h"
#include "mr-import-plan.h"
#include "mr-metric-cards.h"
#include "mr-number-format.h"
#include "mr-score-components.h"
#include "mr-score-view.h"
#include "mr-test-util.h"
#include "mr-test-widgets.h"
#include "mr-window.h"

/* The creator's page in the real window, over a database with a TikTok Studio export
 * (Lotte, tests/data/tiktok/studio-set) and a creator nothing is known about yet (Mila):
 * what a marketer reads there, what they change there, in English and in Dutch, on a
 * wide window and on a 360 px phone. */

#define SETTLE_MS 300

typedef struct
{
  char          *dir;
  char          *path;
  MrWindow      *window;
  MrStore       *store;
  MrCreatorView *view;
  MrCreator     *lotte;
  MrCreator     *mila;
} Fixture;

typedef void (*TestBody) (Fixture *fixture);

static gboolean
in_dutch (void)
{
  return g_str_has_prefix (g_getenv ("LANGUAGE"), "nl");
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

static MrMetricCard *
card (Fixture      *fixture,
      MrMetricKind  kind)
{
  return mr_metric_cards_get_card (mr_test_find_descendant (GTK_WIDGET (fixture->view),
                                                            MR_TYPE_METRIC_CARDS),
                                   kind);
}

static void
import_studio_set (MrStore *store)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "tiktok", "studio-set", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  g_autoptr(MrImportPlan) plan = mr_import_plan_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (mr_import_plan_add_files (plan, &folder, 1, NULL, &error));
  g_assert_true (mr_import_plan_scan (plan, MR_IMPORT_SCAN_QUICK, mr_store_get_handle (store),
                                      NULL, NULL, NULL, &error));
  g_assert_true (mr_import_plan_run (plan, mr_store_get_handle (store), NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (mr_store_reload (store, &error));
  g_assert_no_error (error);
}

static void
on_activate (GApplication *app,
             TestBody      body)
{
  Fixture fixture = { NULL };
  AdwViewStack *stack;

  fixture.window = MR_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  fixture.store = mr_window_get_store (fixture.window);
  fixture.path = g_strdup (mr_store_get_path (fixture.store));
  import_studio_set (fixture.store);
  fixture.lotte = find_creator (fixture.store, "@lotte.bakt");
  g_assert_nonnull (fixture.lotte);
  fixture.mila = mr_test_add_creator (fixture.store, "Mila Koster", "mila.maakt");

  /* The page sits in the window, as the Creators page will hold it. */
  fixture.view = MR_CREATOR_VIEW (mr_creator_view_new ());
  mr_creator_view_set_store (fixture.view, fixture.store);
  stack = mr_test_find_descendant (GTK_WIDGET (fixture.window), ADW_TYPE_VIEW_STACK);
  adw_view_stack_add_named (stack, GTK_WIDGET (fixture.view), "creator-test");
  adw_view_stack_set_visible_child_name (stack, "creator-test");
  mr_creator_view_set_creator (fixture.view, fixture.lotte);
  mr_test_settle (SETTLE_MS);

  body (&fixture);

  g_object_unref (fixture.mila);
  g_free (fixture.path);
  gtk_window_close (GTK_WINDOW (fixture.window));
}

static void
run (gconstpointer data)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "view.db", NULL);
  g_autoptr(MrApplication) app = mr_application_new ();

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  mr_application_set_database_path (app, path);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), (gpointer) data);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);

  g_assert_finalize_object (g_steal_pointer (&app));
  mr_test_remove_temp_dir (dir);
}

/* `microreach --export-json` over the same database, parsed. */
static JsonObject *
export_creator (const char *database,
                const char *name)
{
  g_autofree char *option = g_strconcat ("--database=", database, NULL);
  const char *argv[] = { g_getenv ("MICROREACH_BIN"), option, "--export-json", NULL };
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  JsonArray *creators;

  g_assert_nonnull (argv[0]);
  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (process));
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);

  creators = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "creators");
  for (guint i = 0; i < json_array_get_length (creators); i++)
    {
      JsonObject *creator = json_array_get_object_element (creators, i);

      if (g_strcmp0 (json_object_get_string_member (creator, "name"), name) == 0)
        return json_object_ref (creator);
    }

  g_assert_not_reached ();
}

/* The headline number is the export's, formatted for the reader's language. */
static void
test_engagement_as_exported (Fixture *fixture)
{
  g_autoptr(JsonObject) exported = export_creator (fixture->path, "@lotte.bakt");
  JsonObject *metrics = json_object_get_object_member (exported, "metrics");
  double rate = json_object_get_double_member (metrics, "engagement_rate");
  g_autofree char *expected = mr_format_percent (rate);
  g_autofree char *score = mr_format_decimal (json_object_get_double_member (metrics, "score"), 0);
  const char *shown = mr_metric_card_get_value (card (fixture, MR_METRIC_ENGAGEMENT));
  MrScoreView *score_view = mr_test_find_descendant (GTK_WIDGET (fixture->view),
                                                     MR_TYPE_SCORE_VIEW);

  g_assert_cmpfloat (rate, >, 0.0);
  g_assert_cmpstr (shown, ==, expected);
  /* Dutch reads 130,94 %, English 130.94 %. */
  g_assert_nonnull (strchr (shown, in_dutch () ? ',' : '.'));
  g_assert_null (strchr (shown, in_dutch () ? '.' : ','));
  g_assert_cmpstr (mr_score_view_get_score (score_view), ==, score);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (card (fixture, MR_METRIC_ENGAGEMENT))));
}

/* As a user would: a card is scrolled into sight before it is clicked. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (widget, scroller, &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + point.y - 24);
  mr_test_settle (100);
}

/* Every card explains itself: clicking it opens the popover with a formula and a
 * sentence, for a creator with figures and for one without. */
static void
check_popovers (Fixture *fixture)
{
  for (MrMetricKind kind = 0; kind < MR_N_METRICS; kind++)
    {
      MrMetricCard *c = card (fixture, kind);
      GtkPopover *popover = mr_metric_card_get_popover (c);

      g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
      scroll_to (GTK_WIDGET (c));
      g_signal_emit_by_name (mr_test_find_descendant (GTK_WIDGET (c), GTK_TYPE_BUTTON), "clicked");
      mr_test_settle (100);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (popover)));
      g_assert_cmpuint (strlen (mr_metric_card_get_formula (c)), >, 10);
      g_assert_cmpuint (strlen (mr_metric_card_get_sentence (c)), >, 10);
      g_assert_cmpuint (mr_metric_card_get_n_inputs (c), >, 0);
      gtk_popover_popdown (popover);
      mr_test_settle (50);
    }
}

static void
test_popovers_explain (Fixture *fixture)
{
  check_popovers (fixture);
  mr_creator_view_set_creator (fixture->view, fixture->mila);
  mr_test_settle (SETTLE_MS);
  check_popovers (fixture);
}

/* Nothing is known about Mila: no number looks like a result, and each says why. */
static void
test_unknown_shows_dash (Fixture *fixture)
{
  MrVetting *vetting = mr_creator_get_vetting (fixture->mila);
  MrScoreView *score_view = mr_test_find_descendant (GTK_WIDGET (fixture->view),
                                                     MR_TYPE_SCORE_VIEW);

  mr_creator_view_set_creator (fixture->view, fixture->mila);
  mr_test_settle (SETTLE_MS);

  g_assert_cmpstr (mr_metric_card_get_value (card (fixture, MR_METRIC_ENGAGEMENT)), ==, "—");
  g_assert_cmpstr (mr_metric_card_get_detail (card (fixture, MR_METRIC_ENGAGEMENT)), ==,
                   vetting->engagement->explanation);
  for (MrMetricKind kind = 0; kind < MR_N_METRICS; kind++)
    {
      g_assert_cmpstr (mr_metric_card_get_value (card (fixture, kind)), ==, "—");
      g_assert_cmpuint (strlen (mr_metric_card_get_detail (card (fixture, kind))), >, 10);
    }
  g_assert_cmpstr (mr_score_view_get_score (score_view), ==, "—");
  g_assert_cmpstr (mr_score_view_get_badge (score_view), ==,
                   mr_recommendation_get_label (MR_RECOMMENDATION_NONE));
}

/* The flags of the vetting, each with its sentence, most severe first. */
static void
test_flags_listed (Fixture *fixture)
{
  MrVetting *vetting = mr_creator_get_vetting (fixture->lotte);
  GtkListBox *list = mr_flag_list_get_list (mr_test_find_descendant (GTK_WIDGET (fixture->view),
                                                                     MR_TYPE_FLAG_LIST));
  g_autoptr(JsonObject) exported = export_creator (fixture->path, "@lotte.bakt");
  JsonArray *flags = json_object_get_array_member (json_object_get_object_member (exported, "metrics"), "flags");

  g_assert_cmpuint (vetting->flags->len, >=, 2);
  g_assert_cmpuint (json_array_get_length (flags), ==, vetting->flags->len);
  for (guint i = 0; i < vetting->flags->len; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, (int) i);
      JsonObject *flag = json_array_get_object_element (flags, i);
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();

      g_assert_nonnull (row);
      g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (row)), ==, json_object_get_string_member (flag, "code"));
      mr_test_collect (GTK_WIDGET (row), GTK_TYPE_LABEL, labels);
      g_assert_cmpstr (gtk_label_get_text (g_ptr_array_index (labels, 0)), ==,
                       json_object_get_string_member (flag, "message"));
      g_assert_nonnull (mr_test_find_descendant (GTK_WIDGET (row), GTK_TYPE_IMAGE));
    }
  g_assert_null (gtk_list_box_get_row_at_index (list, (int) vetting->flags->len));
  /* The alert (no post for months) comes before the rest. */
  g_assert_cmpint (((MrFlag *) g_ptr_array_index (vetting->flags, 0))->severity, ==, MR_SEVERITY_ALERT);
}

/* A rating is stored at once and counts in the score the page shows; a note too. */
static void
test_checklist_saved (Fixture *fixture)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);
  GtkDropDown *brand_fit = mr_test_find_named (view, GTK_TYPE_DROP_DOWN, "brand-fit");
  AdwEntryRow *note = mr_test_find_named (view, ADW_TYPE_ENTRY_ROW, "brand-fit-note");
  MrScoreView *score_view = mr_test_find_descendant (view, MR_TYPE_SCORE_VIEW);
  MrScoreComponents *components = mr_test_find_descendant (view, MR_TYPE_SCORE_COMPONENTS);
  sqlite3 *db = mr_store_get_handle (fixture->store);
  gint64 id = mr_creator_get_id (fixture->lotte);
  double before = mr_creator_get_score (fixture->lotte);
  g_autofree char *shown = NULL;

  g_assert_nonnull (brand_fit);
  g_assert_nonnull (note);
  g_assert_true (mr_creator_get_vetting (fixture->lotte)->score->left_out[MR_SCORE_CHECKLIST]);
  g_assert_nonnull (mr_test_find_named (GTK_WIDGET (components), ADW_TYPE_ACTION_ROW,
                                        mr_score_component_get_label (MR_SCORE_CHECKLIST)));

  /* Item 0 is "not rated": item 2 is a rating of 1 (poor), which pulls the score down. */
  gtk_drop_down_set_selected (brand_fit, 2);
  g_assert_cmpint (mr_test_query_int (db, "SELECT rating FROM checklist WHERE creator_id = ?1 AND criterion = 'brand-fit'", id), ==, 1);
  g_assert_false (mr_creator_get_vetting (fixture->lotte)->score->left_out[MR_SCORE_CHECKLIST]);
  g_assert_cmpfloat (mr_creator_get_score (fixture->lotte), <, before);
  shown = mr_format_decimal (mr_creator_get_score (fixture->lotte), 0);
  g_assert_cmpstr (mr_score_view_get_score (score_view), ==, shown);

  gtk_editable_set_text (GTK_EDITABLE (note), "Past collabs with  rivals");
  g_signal_emit_by_name (note, "apply");
  g_assert_cmpint (mr_test_query_int (db, "SELECT note = 'Past collabs with  rivals' FROM checklist WHERE creator_id = ?1 AND criterion = 'brand-fit'", id), ==, 1);
  g_assert_cmpint (mr_test_query_int (db, "SELECT rating FROM checklist WHERE creator_id = ?1 AND criterion = 'brand-fit'", id), ==, 1);

  /* Back to not rated, without a note: nothing of it is kept, the score is as before. */
  gtk_drop_down_set_selected (brand_fit, 0);
  gtk_editable_set_text (GTK_EDITABLE (note), "");
  g_signal_emit_by_name (note, "apply");
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM checklist WHERE creator_id = ?1", id), ==, 0);
  g_assert_cmpfloat (mr_creator_get_score (fixture->lotte), ==, before);

  /* Shown again, the page reads what was stored. */
  gtk_drop_down_set_selected (brand_fit, 6);
  mr_creator_view_set_creator (fixture->view, fixture->mila);
  mr_creator_view_set_creator (fixture->view, fixture->lotte);
  g_assert_cmpuint (gtk_drop_down_get_selected (brand_fit), ==, 6);
}

static void
test_status_saved (Fixture *fixture)
{
  GtkDropDown *status = mr_test_find_named (GTK_WIDGET (fixture->view), GTK_TYPE_DROP_DOWN,
                                             "status");
  GListModel *choices = gtk_drop_down_get_model (status);
  gint64 id = mr_creator_get_id (fixture->lotte);

  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, MR_CREATOR_STATUS_ALUMNI + 1);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), MR_CREATOR_STATUS_PROSPECT), ==,
                   in_dutch () ? "Kandidaat" : "Prospect");
  g_assert_cmpuint (gtk_drop_down_get_selected (status), ==, MR_CREATOR_STATUS_PROSPECT);

  gtk_drop_down_set_selected (status, MR_CREATOR_STATUS_APPROVED);
  g_assert_cmpint (mr_creator_get_status (fixture->lotte), ==, MR_CREATOR_STATUS_APPROVED);
  g_assert_cmpint (mr_test_query_int (mr_store_get_handle (fixture->store),
                                      "SELECT status = 'approved' FROM creator WHERE id = ?1", id), ==, 1);

  /* A change made elsewhere shows here. */
  mr_creator_set_status (fixture->lotte, MR_CREATOR_STATUS_ACTIVE);
  /* The page refreshes when idle: slower under the sanitizers, so up to 10 s. */
  for (guint i = 0; i < 25 && gtk_drop_down_get_selected (status) != MR_CREATOR_STATUS_ACTIVE; i++)
    mr_test_settle (SETTLE_MS);
  g_assert_cmpuint (gtk_drop_down_get_selected (status), ==, MR_CREATOR_STATUS_ACTIVE);
}

static gboolean
import_dialog_ready (gpointer data)
{
  MrImportDialog *dialog = mr_test_find_toplevel (MR_TYPE_IMPORT_DIALOG);

  return dialog != NULL && mr_import_plan_is_ready (mr_import_dialog_get_plan (dialog));
}

/* An export that names no account, dropped on Mila's page, is hers. */
static void
test_drop_attaches (Fixture *fixture)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "tiktok", "overview-nl.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GSList list = { file, NULL };
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;
  MrImportDialog *dialog;
  g_autoptr(MrImportItem) item = NULL;

  mr_creator_view_set_creator (fixture->view, fixture->mila);
  mr_test_settle (SETTLE_MS);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (&list));
  g_signal_emit_by_name (mr_creator_view_get_drop_target (fixture->view), "drop", &value, 10.0, 10.0,
                         &accepted);
  g_assert_true (accepted);
  mr_test_wait_until (import_dialog_ready, NULL, 20000, "the import dialog to be ready");

  dialog = mr_test_find_toplevel (MR_TYPE_IMPORT_DIALOG);
  item = g_list_model_get_item (mr_import_plan_get_items (mr_import_dialog_get_plan (dialog)), 0);
  g_assert_cmpint (mr_import_item_get_state (item), ==, MR_IMPORT_ITEM_READY);
  g_assert_cmpstr (mr_import_item_get_handle (item), ==, "mila.maakt");

  gtk_window_close (GTK_WINDOW (dialog));
  mr_test_settle (SETTLE_MS);
  g_assert_null (mr_test_find_toplevel (MR_TYPE_IMPORT_DIALOG));
}

static void
test_empty_state (Fixture *fixture)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();
  gboolean mapped = FALSE;

  GtkStack *stack = mr_test_find_descendant (GTK_WIDGET (fixture->view), GTK_TYPE_STACK);
  gint64 until;

  mr_creator_view_set_creator (fixture->view, NULL);
  /* The crossfade takes as many frames as a busy software renderer needs. */
  until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  do
    mr_test_settle (50);
  while (gtk_stack_get_transition_running (stack) && g_get_monotonic_time () < until);
  mr_test_collect (GTK_WIDGET (fixture->view), ADW_TYPE_STATUS_PAGE, pages);
  for (guint i = 0; i < pages->len; i++)
    mapped |= gtk_widget_get_mapped (g_ptr_array_index (pages, i));
  g_assert_true (mapped);
  g_assert_false (gtk_widget_get_mapped (mr_test_find_descendant (GTK_WIDGET (fixture->view),
                                                                  MR_TYPE_METRIC_CARDS)));

  /* A creator deleted elsewhere leaves the page too. */
  mr_creator_view_set_creator (fixture->view, fixture->mila);
  g_assert_true (mr_store_remove_creator (fixture->store, fixture->mila, NULL));
  g_assert_null (mr_creator_view_get_creator (fixture->view));
}

/* On a 360 px phone: nothing wants more room than there is, every widget gets at least
 * what it asks for (no clipped text), and the cards stand one per row. */
static void
test_narrow (Fixture *fixture)
{
  GtkWidget *window = gtk_window_new ();
  MrCreatorView *view = MR_CREATOR_VIEW (mr_creator_view_new ());
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
  MrMetricCards *cards;
  int minimum, natural;
  double previous_y = -1.0;

  mr_creator_view_set_store (view, fixture->store);
  mr_creator_view_set_creator (view, fixture->lotte);
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  gtk_window_present (GTK_WINDOW (window));
  /* Mapped and laid out: slower under the sanitizers, so up to 10 s. */
  for (guint i = 0; i < 25 && gtk_widget_get_width (GTK_WIDGET (view)) == 0; i++)
    mr_test_settle (SETTLE_MS);
  mr_test_settle (SETTLE_MS);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), ==, 360);

  mr_test_collect (GTK_WIDGET (view), GTK_TYPE_WIDGET, widgets);
  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);

      if (!gtk_widget_get_mapped (widget) || GTK_IS_NATIVE (widget) ||
          gtk_widget_get_ancestor (widget, GTK_TYPE_POPOVER) != NULL)
        continue;
      gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_assert_cmpint (minimum, <=, 360);

      /* Text gets the width it needs: it wraps or ellipsizes rather than being cut. */
      if (GTK_IS_LABEL (widget))
        {
          graphene_rect_t bounds;

          g_assert_true (gtk_widget_compute_bounds (widget, widget, &bounds));
          g_assert_cmpfloat (minimum, <=, bounds.size.width + gtk_widget_get_margin_start (widget) +
                                          gtk_widget_get_margin_end (widget) + 0.5);
        }
    }

  cards = mr_test_find_descendant (GTK_WIDGET (view), MR_TYPE_METRIC_CARDS);
  for (MrMetricKind kind = 0; kind < MR_N_METRICS; kind++)
    {
      graphene_point_t point;

      g_assert_true (gtk_widget_compute_point (GTK_WIDGET (mr_metric_cards_get_card (cards, kind)),
                                               GTK_WIDGET (view), &GRAPHENE_POINT_INIT (0, 0), &point));
      g_assert_cmpfloat (point.y, >, previous_y);
      previous_y = point.y;
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
add_test (const char *name,
          TestBody    body)
{
  g_autofree char *path = g_strconcat ("/creator-view/", name, NULL);

  g_test_add_data_func (path, (gconstpointer) body, run);
}

int
main (int   argc,
      char *argv[])
{
  mr_application_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  add_test ("engagement-as-exported", test_engagement_as_exported);
  add_test ("popovers-explain", test_popovers_explain);
  add_test ("unknown-shows-dash", test_unknown_shows_dash);
  add_test ("flags-listed", test_flags_listed);
  add_test ("checklist-saved", test_checklist_saved);
  add_test ("status-saved", test_status_saved);
  add_test ("drop-attaches", test_drop_attaches);
  add_test ("empty-state", test_empty_state);
  add_test ("narrow", test_narrow);

  return g_test_run ();
}
