/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-campaign-widgets"

#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mr-application.h"
#include "mr-campaign-kpis.h"
#include "mr-metrics-types.h"
#include "mr-results-cell.h"
#include "mr-results-editor.h"
#include "mr-results-item.h"
#include "mr-test-util.h"

/* The campaign's KPI cards and member table, and the results editor, under Xvfb in the
 * user's language, on a temporary database. The "Spring" campaign gives the figures of
 * the issue: spend 800, revenue 3,200, CTR 2.5 %, CPM 8, CPA 16, ROAS 4.0 and ROI 300 %;
 * Lotte returns 8.7 times her fee (Scale up), Daan 1.2 times his (Review). "Pilot" is
 * below its targets; "Empty" has a fee and no results. */

#define SETTLE_MS 300

typedef struct
{
  char             *dir;
  MrStore          *store;
  MrCampaign       *spring;
  MrCampaign       *pilot;
  MrCampaign       *empty;
  MrCampaign       *no_members;
  MrCampaignMember *lotte;          /* Spring's members, owned by the campaign */
  MrCampaignMember *daan;
  GtkWindow        *window;
} Fixture;

static gboolean
in_dutch (void)
{
  return g_str_has_prefix (g_getenv ("LANGUAGE"), "nl");
}

/* What the user reads, in their language. */
static const char *
T (const char *english,
   const char *dutch)
{
  return in_dutch () ? dutch : english;
}

/* ── The fixture ────────────────────────────────────────────────────────────────── */

static MrCampaign *
add_campaign (MrStore    *store,
              const char *name,
              double      budget)
{
  g_autoptr(GError) error = NULL;
  MrCampaign *campaign = mr_campaign_new (name);

  mr_campaign_set_currency (campaign, "EUR");
  mr_campaign_set_budget (campaign, budget);
  g_assert_true (mr_store_add_campaign (store, campaign, &error));
  g_assert_no_error (error);
  return campaign;
}

/* Returns: (transfer none): the member, which the campaign keeps. */
static MrCampaignMember *
add_member (MrStore    *store,
            MrCampaign *campaign,
            MrCreator  *creator,
            double      fee)
{
  g_autoptr(MrCampaignMember) member = mr_campaign_member_new (mr_creator_get_id (creator));
  g_autoptr(GError) error = NULL;

  mr_campaign_member_set_fee (member, fee);
  g_assert_true (mr_store_add_member (store, campaign, member, &error));
  g_assert_no_error (error);
  return member;
}

static void
add_result (MrStore          *store,
            MrCampaignMember *member,
            const char       *date,
            gint64            impressions,
            gint64            reach,
            gint64            clicks,
            gint64            conversions,
            gint64            engagements,
            double            revenue)
{
  MrResultRow row = { .impressions = impressions, .reach = reach, .clicks = clicks,
                      .conversions = conversions, .engagements = engagements,
                      .revenue = revenue };
  g_autoptr(GError) error = NULL;

  g_strlcpy (row.date, date, sizeof row.date);
  g_assert_true (mr_store_save_result (store, member, &row, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(MrCreator) lotte = NULL;
  g_autoptr(MrCreator) daan = NULL;
  MrCampaignMember *member;

  fixture->dir = mr_test_make_temp_dir ();
  path = g_build_filename (fixture->dir, "campaigns.db", NULL);
  fixture->store = mr_test_open_store (path);
  lotte = mr_test_add_creator (fixture->store, "Lotte Jansen", "lotte.bakt");
  daan = mr_test_add_creator (fixture->store, "Daan Visser", "daanfietst");

  fixture->spring = add_campaign (fixture->store, "Spring", 1000);
  fixture->lotte = add_member (fixture->store, fixture->spring, lotte, 300);
  fixture->daan = add_member (fixture->store, fixture->spring, daan, 500);
  add_result (fixture->store, fixture->lotte, "2025-03-03", 40000, 30000, 1000, 30, 3000, 2600);
  add_result (fixture->store, fixture->daan, "2025-03-03", 30000, 25000, 750, 12, 1000, 300);
  add_result (fixture->store, fixture->daan, "2025-03-04", 30000, MR_METRIC_UNKNOWN, 750, 8, 1000, 300);

  fixture->pilot = add_campaign (fixture->store, "Pilot", NAN);
  member = add_member (fixture->store, fixture->pilot, daan, 500);
  add_result (fixture->store, member, "2025-02-10", 50000, 40000, 500, 5, 2000, 300);

  fixture->empty = add_campaign (fixture->store, "Empty", NAN);
  add_member (fixture->store, fixture->empty, lotte, 400);
  add_member (fixture->store, fixture->empty, daan, NAN);

  fixture->no_members = add_campaign (fixture->store, "No members", NAN);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  mr_test_settle (50);
  g_clear_object (&fixture->spring);
  g_clear_object (&fixture->pilot);
  g_clear_object (&fixture->empty);
  g_clear_object (&fixture->no_members);
  g_clear_object (&fixture->store);
  mr_test_remove_temp_dir (fixture->dir);
  g_free (fixture->dir);
}

/* The KPIs scroll inside the window as on the campaign page; the editor scrolls itself. */
static void
show (Fixture   *fixture,
      GtkWidget *widget,
      int        width)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, width, 860);
  if (MR_IS_RESULTS_EDITOR (widget))
    gtk_window_set_child (fixture->window, widget);
  else
    {
      GtkWidget *scrolled = gtk_scrolled_window_new ();

      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                      GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), widget);
      gtk_window_set_child (fixture->window, scrolled);
    }
  gtk_window_present (fixture->window);
  mr_test_settle (SETTLE_MS);
}

/* ── Finding what the user sees ─────────────────────────────────────────────────── */

typedef gboolean (*Match) (GtkWidget *widget, gconstpointer data);

static void
collect (GtkWidget     *widget,
         Match          match,
         gconstpointer  data,
         GPtrArray     *found)
{
  if (match (widget, data))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, match, data, found);
}

static GtkWidget *
find (GtkWidget     *root,
      Match          match,
      gconstpointer  data)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (root, match, data, found);
  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

static gboolean
is_type (GtkWidget     *widget,
         gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static gboolean
is_label_with_class (GtkWidget     *widget,
                     gconstpointer  css_class)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, css_class);
}

static gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text);
}

static gboolean
is_button_with_label (GtkWidget     *widget,
                      gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* What a screen reader hears of @widget. (GTK's assertion macro quotes its arguments
 * into a format string: the expected text goes in a variable, "%" and all.) */
static void
assert_accessible (gpointer                 widget,
                   GtkAccessibleProperty    property,
                   const char              *expected)
{
  gtk_test_accessible_assert_property (widget, property, expected);
}

/* ── The KPIs ───────────────────────────────────────────────────────────────────── */

static MrCampaignKpis *
show_kpis (Fixture    *fixture,
           MrCampaign *campaign,
           int         width)
{
  GtkWidget *kpis = mr_campaign_kpis_new ();
  g_autoptr(GError) error = NULL;
  MrCampaignFigures *figures = mr_store_compute_campaign (fixture->store, campaign, &error);

  g_assert_no_error (error);
  mr_campaign_kpis_set_store (MR_CAMPAIGN_KPIS (kpis), fixture->store);
  mr_campaign_kpis_set_figures (MR_CAMPAIGN_KPIS (kpis), campaign, figures);
  /* The caller's figures go before the widget is ever drawn: it keeps its own copy. */
  mr_campaign_figures_free (figures);
  show (fixture, kpis, width);

  return MR_CAMPAIGN_KPIS (kpis);
}

static void
assert_card (MrCampaignKpis *kpis,
             MrKpiKind       kind,
             const char     *value,
             const char     *detail,
             const char     *mark)
{
  MrMetricCard *card = mr_campaign_kpis_get_card (kpis, kind);

  g_assert_cmpstr (mr_metric_card_get_value (card), ==, value);
  g_assert_cmpstr (mr_metric_card_get_detail (card), ==, detail);
  g_assert_cmpstr (mr_campaign_kpis_get_mark (kpis, kind), ==, mark);
  /* The sentence is what the card's popover and tooltip say. */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (card)), ==,
                   mr_metric_card_get_sentence (card));
}

/* The card as a screen reader hears it, after its name and value. */
static void
assert_described (MrCampaignKpis *kpis,
                  MrKpiKind       kind,
                  const char     *description)
{
  GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (mr_campaign_kpis_get_card (kpis, kind)));

  g_assert_true (GTK_IS_BUTTON (button));
  assert_accessible (button, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
}

static GtkListBoxRow *
member_row (MrCampaignKpis *kpis,
            int             index)
{
  GtkWidget *list = find (GTK_WIDGET (kpis), is_type, GSIZE_TO_POINTER (GTK_TYPE_LIST_BOX));

  g_assert_nonnull (list);
  return gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index);
}

static void
assert_hint (GtkListBoxRow *row,
             const char    *word,
             const char    *sentence)
{
  GtkWidget *badge = find (GTK_WIDGET (row), is_label_with_class, "recommendation-badge");

  if (word == NULL)
    {
      g_assert_null (badge);
      return;
    }
  g_assert_nonnull (badge);
  g_assert_true (gtk_widget_get_mapped (badge));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (badge)), ==, word);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (badge), ==, sentence);
}

static void
assert_shows (GtkListBoxRow *row,
              const char    *text)
{
  GtkWidget *label = find (GTK_WIDGET (row), is_label_with_text, text);

  if (label == NULL)
    g_error ("the member row shows no “%s”", text);
  g_assert_true (gtk_widget_get_mapped (label));
}

static void
test_kpis_on_target (Fixture       *fixture,
                     gconstpointer  data)
{
  MrCampaignKpis *kpis = show_kpis (fixture, fixture->spring, 1100);
  const char *on = T ("On target", "Doel gehaald");
  const char *below = T ("Below target", "Onder doel");
  GtkListBoxRow *lotte, *daan;

  assert_card (kpis, MR_KPI_SPEND, "EUR 800", T ("Budget EUR 1,000", "Budget EUR 1.000"), NULL);
  assert_card (kpis, MR_KPI_REVENUE, T ("EUR 3,200", "EUR 3.200"),
               T ("From 3 result rows", "Uit 3 resultaatregels"), NULL);
  assert_card (kpis, MR_KPI_CTR, T ("2.5 %", "2,5%"), T ("Target 2–5 %", "Doel 2–5%"), on);
  assert_card (kpis, MR_KPI_CPM, "EUR 8", T ("Per 1,000 impressions", "Per 1.000 vertoningen"), NULL);
  assert_card (kpis, MR_KPI_CPE, T ("EUR 0.16", "EUR 0,16"), T ("Per engagement", "Per engagement"), NULL);
  assert_card (kpis, MR_KPI_CPA, "EUR 16", T ("Per conversion", "Per conversie"), NULL);
  assert_card (kpis, MR_KPI_ROAS, T ("4.0 : 1", "4,0 : 1"), T ("Target ≥ 3 : 1", "Doel ≥ 3 : 1"), on);
  assert_card (kpis, MR_KPI_ROI, T ("300 %", "300%"), T ("Target ≥ 0 %", "Doel ≥ 0%"), on);

  g_assert_cmpstr (mr_metric_card_get_sentence (mr_campaign_kpis_get_card (kpis, MR_KPI_ROAS)), ==,
                   T ("A ROAS of 4 (revenue 4 times the spend) meets the target of 3.",
                      "Een ROAS van 4 (omzet 4 keer de uitgaven) haalt het doel van 3."));
  assert_described (kpis, MR_KPI_ROAS,
                    T ("On target. Target ≥ 3 : 1. A ROAS of 4 (revenue 4 times the spend) meets "
                       "the target of 3.",
                       "Doel gehaald. Doel ≥ 3 : 1. Een ROAS van 4 (omzet 4 keer de uitgaven) "
                       "haalt het doel van 3."));
  assert_described (kpis, MR_KPI_CPA,
                    T ("Per conversion. EUR 16 for every conversion.",
                       "Per conversie. EUR 16 per conversie."));

  lotte = member_row (kpis, 0);
  daan = member_row (kpis, 1);
  g_assert_null (member_row (kpis, 2));
  assert_shows (lotte, "Lotte Jansen");
  assert_shows (lotte, "EUR 300");
  assert_shows (lotte, T ("EUR 2,600", "EUR 2.600"));
  assert_shows (lotte, "EUR 10");
  assert_shows (lotte, T ("8.7 : 1", "8,7 : 1"));
  assert_shows (lotte, on);
  assert_hint (lotte, T ("Scale up", "Opschalen"),
               T ("Scale up: above the ROAS target at a cost per engagement below the "
                  "campaign’s median.",
                  "Opschalen: boven het ROAS-doel, met kosten per engagement onder de mediaan "
                  "van de campagne."));
  assert_accessible (lotte, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       T ("Lotte Jansen, Fee EUR 300, Revenue EUR 2,600, CTR 2.5 %, "
                                          "CPA EUR 10, ROAS 8.7 : 1, On target",
                                          "Lotte Jansen, Vergoeding EUR 300, Omzet EUR 2.600, CTR 2,5%, "
                                          "CPA EUR 10, ROAS 8,7 : 1, Doel gehaald"));

  assert_shows (daan, "Daan Visser");
  assert_shows (daan, "EUR 500");
  assert_shows (daan, "EUR 25");
  assert_shows (daan, T ("1.2 : 1", "1,2 : 1"));
  assert_shows (daan, below);
  assert_hint (daan, T ("Review", "Herzien"),
               T ("Review: the return is under half the ROAS target.",
                  "Herzien: het rendement is minder dan de helft van het ROAS-doel."));
}

static void
test_kpis_below_target (Fixture       *fixture,
                        gconstpointer  data)
{
  MrCampaignKpis *kpis = show_kpis (fixture, fixture->pilot, 1100);
  const char *below = T ("Below target", "Onder doel");
  GtkListBoxRow *daan = member_row (kpis, 0);

  /* 500 clicks on 50,000 impressions; 300 back on a fee of 500; no budget set. */
  assert_card (kpis, MR_KPI_SPEND, "EUR 500", "", NULL);
  assert_card (kpis, MR_KPI_CTR, T ("1 %", "1%"), T ("Target 2–5 %", "Doel 2–5%"), below);
  assert_card (kpis, MR_KPI_ROAS, T ("0.6 : 1", "0,6 : 1"), T ("Target ≥ 3 : 1", "Doel ≥ 3 : 1"),
               below);
  assert_card (kpis, MR_KPI_ROI, T ("-40 %", "-40%"), T ("Target ≥ 0 %", "Doel ≥ 0%"), below);
  assert_described (kpis, MR_KPI_CTR,
                    T ("Below target. Target 2–5 %. A CTR of 1 % is below the 2–5 % band: the "
                       "content or its link does not make people click.",
                       "Onder doel. Doel 2–5%. Een CTR van 1% ligt onder de band van 2–5 %: de "
                       "content of de link zet mensen niet aan tot klikken."));

  assert_shows (daan, below);
  assert_hint (daan, T ("Review", "Herzien"),
               T ("Review: the return is under half the ROAS target.",
                  "Herzien: het rendement is minder dan de helft van het ROAS-doel."));
}

static void
test_kpis_missing (Fixture       *fixture,
                   gconstpointer  data)
{
  MrCampaignKpis *kpis = show_kpis (fixture, fixture->empty, 360);
  const MrKpiKind unknown[] = { MR_KPI_REVENUE, MR_KPI_CTR, MR_KPI_CPM, MR_KPI_CPE,
                                MR_KPI_CPA, MR_KPI_ROAS, MR_KPI_ROI };
  GtkListBoxRow *daan;

  /* Only Lotte's fee is known: it is the spend, and the card says a fee is missing. */
  assert_card (kpis, MR_KPI_SPEND, "EUR 400",
               T ("1 member has no fee yet", "1 lid heeft nog geen vergoeding"), NULL);
  assert_card (kpis, MR_KPI_REVENUE, "—", T ("No revenue entered yet.", "Nog geen omzet ingevoerd."),
               NULL);
  assert_card (kpis, MR_KPI_CTR, "—",
               T ("No clicks or impressions entered yet.", "Nog geen klikken of vertoningen ingevoerd."),
               NULL);
  assert_card (kpis, MR_KPI_CPA, "—",
               T ("No cost or conversions entered yet.", "Nog geen kosten of conversies ingevoerd."),
               NULL);
  assert_card (kpis, MR_KPI_ROAS, "—", T ("No revenue entered yet.", "Nog geen omzet ingevoerd."),
               NULL);
  assert_described (kpis, MR_KPI_ROAS, T ("No revenue entered yet.", "Nog geen omzet ingevoerd."));
  /* Never a zero that looks like a result. */
  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    g_assert_cmpstr (mr_metric_card_get_value (mr_campaign_kpis_get_card (kpis, unknown[i])), ==, "—");

  /* A member without a fee: a dash, and the reason when it is asked for. */
  daan = member_row (kpis, 1);
  assert_shows (daan, "Daan Visser");
  assert_hint (daan, NULL, NULL);
  assert_accessible (daan, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       T ("Daan Visser, Fee —, Revenue —, CTR —, CPA —, ROAS —",
                                          "Daan Visser, Vergoeding —, Omzet —, CTR —, CPA —, ROAS —"));
  assert_accessible (daan, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       T ("No fee or cost entered yet. No revenue entered yet. "
                                          "No clicks or impressions entered yet. No cost or "
                                          "conversions entered yet.",
                                          "Nog geen vergoeding of kosten ingevoerd. Nog geen omzet "
                                          "ingevoerd. Nog geen klikken of vertoningen ingevoerd. "
                                          "Nog geen kosten of conversies ingevoerd."));

  /* Cleared: nothing left of the campaign. */
  mr_campaign_kpis_set_figures (kpis, NULL, NULL);
  mr_test_settle (50);
  for (guint i = 0; i < MR_N_KPIS; i++)
    {
      g_assert_cmpstr (mr_metric_card_get_value (mr_campaign_kpis_get_card (kpis, i)), ==, "—");
      g_assert_null (mr_campaign_kpis_get_mark (kpis, i));
    }
  g_assert_null (member_row (kpis, 0));
}

/* On a phone the cards wrap: one per row, all of them as wide as the window allows. */
static void
test_kpis_narrow (Fixture       *fixture,
                  gconstpointer  data)
{
  MrCampaignKpis *kpis = show_kpis (fixture, fixture->spring, 360);
  graphene_point_t spend, revenue;

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (mr_campaign_kpis_get_card (kpis, MR_KPI_SPEND)),
                                           GTK_WIDGET (kpis), &GRAPHENE_POINT_INIT (0, 0), &spend));
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (mr_campaign_kpis_get_card (kpis, MR_KPI_REVENUE)),
                                           GTK_WIDGET (kpis), &GRAPHENE_POINT_INIT (0, 0), &revenue));
  g_assert_cmpfloat (spend.x, ==, revenue.x);
  g_assert_cmpfloat (revenue.y, >, spend.y);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (kpis)), <=, 360);
}

/* ── The results editor ─────────────────────────────────────────────────────────── */

static MrResultsEditor *
show_editor (Fixture    *fixture,
             MrCampaign *campaign)
{
  GtkWidget *editor = mr_results_editor_new ();

  mr_results_editor_set_campaign (MR_RESULTS_EDITOR (editor), fixture->store, campaign);
  show (fixture, editor, 1100);
  return MR_RESULTS_EDITOR (editor);
}

static gboolean
is_results_stack (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "table") != NULL;
}

static const char *
visible_page (MrResultsEditor *editor)
{
  GtkWidget *stack = find (GTK_WIDGET (editor), is_results_stack, NULL);

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static MrResultsItem *
row_at (MrResultsEditor *editor,
        guint            index)
{
  GListModel *rows = mr_results_editor_get_rows (editor);
  MrResultsItem *item = g_list_model_get_item (rows, index);

  g_object_unref (item);
  return item;
}

typedef struct
{
  MrResultsItem  *item;
  MrResultsField  field;
} CellKey;

static gboolean
is_cell (GtkWidget     *widget,
         gconstpointer  data)
{
  const CellKey *key = data;

  return MR_IS_RESULTS_CELL (widget) &&
         mr_results_cell_get_item (MR_RESULTS_CELL (widget)) == key->item &&
         mr_results_cell_get_field (MR_RESULTS_CELL (widget)) == key->field;
}

static MrResultsCell *
cell_of (MrResultsEditor *editor,
         MrResultsItem   *item,
         MrResultsField   field)
{
  CellKey key = { item, field };
  GtkWidget *cell = find (GTK_WIDGET (editor), is_cell, &key);

  g_assert_nonnull (cell);
  return MR_RESULTS_CELL (cell);
}

/* Types into a cell and presses Enter. */
static void
type_into (MrResultsCell *cell,
           const char    *text)
{
  GtkEditable *entry = mr_results_cell_get_entry (cell);

  gtk_widget_grab_focus (GTK_WIDGET (entry));
  gtk_editable_set_text (entry, text);
  g_signal_emit_by_name (entry, "activate");
  mr_test_settle (50);
}

/* The member's stored row of @date; FALSE when there is none. */
static gboolean
stored_row (Fixture          *fixture,
            MrCampaignMember *member,
            const char       *date,
            MrResultRow      *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = mr_store_list_results (fixture->store, mr_campaign_member_get_id (member),
                                                  &error);

  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (g_array_index (rows, MrResultRow, i).date, date))
      {
        *out = g_array_index (rows, MrResultRow, i);
        return TRUE;
      }
  return FALSE;
}

static GtkWidget *
add_popover (MrResultsEditor *editor)
{
  GtkWidget *button = find (GTK_WIDGET (editor), is_type, GSIZE_TO_POINTER (GTK_TYPE_MENU_BUTTON));

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  mr_test_settle (SETTLE_MS);
  return GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
}

static void
add_row (MrResultsEditor *editor,
         guint            member_index,
         int              year,
         int              month,
         int              day)
{
  GtkWidget *popover = add_popover (editor);
  GtkWidget *drop_down = find (popover, is_type, GSIZE_TO_POINTER (GTK_TYPE_DROP_DOWN));
  GtkWidget *calendar = find (popover, is_type, GSIZE_TO_POINTER (GTK_TYPE_CALENDAR));
  GtkWidget *add = find (popover, is_button_with_label, T ("Add", "Toevoegen"));
  g_autoptr(GDateTime) date = g_date_time_new_local (year, month, day, 12, 0, 0);

  g_assert_nonnull (add);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), member_index);
  gtk_calendar_select_day (GTK_CALENDAR (calendar), date);
  gtk_widget_activate (add);
  mr_test_settle (SETTLE_MS);
}

static const char *
revenue_title (MrResultsEditor *editor)
{
  GtkWidget *view = find (GTK_WIDGET (editor), is_type, GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW));
  GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (view));
  /* Day, creator, five counts, then revenue. */
  g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 7);

  return gtk_column_view_column_get_title (column);
}

static void
test_results_shown (Fixture       *fixture,
                    gconstpointer  data)
{
  MrResultsEditor *editor = show_editor (fixture, fixture->spring);
  MrResultsItem *item;

  g_assert_cmpstr (visible_page (editor), ==, "table");
  g_assert_cmpuint (g_list_model_get_n_items (mr_results_editor_get_rows (editor)), ==, 3);

  /* By day, then by creator: Daan before Lotte on 3 March. */
  g_assert_cmpstr (mr_results_item_get_creator_name (row_at (editor, 0)), ==, "Daan Visser");
  g_assert_cmpstr (mr_results_item_get_creator_name (row_at (editor, 1)), ==, "Lotte Jansen");
  g_assert_cmpstr (mr_results_item_get_date (row_at (editor, 2)), ==, "2025-03-04");

  /* The figures as the user writes them, and a dash (no zero) where reach is not known. */
  item = row_at (editor, 1);
  g_assert_cmpstr (gtk_editable_get_text (mr_results_cell_get_entry (cell_of (editor, item, MR_RESULTS_FIELD_IMPRESSIONS))),
                   ==, T ("40,000", "40.000"));
  g_assert_cmpstr (gtk_editable_get_text (mr_results_cell_get_entry (cell_of (editor, item, MR_RESULTS_FIELD_REVENUE))),
                   ==, T ("2,600", "2.600"));
  item = row_at (editor, 2);
  g_assert_cmpstr (gtk_editable_get_text (mr_results_cell_get_entry (cell_of (editor, item, MR_RESULTS_FIELD_REACH))),
                   ==, "");
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (mr_results_cell_get_entry (cell_of (editor, item, MR_RESULTS_FIELD_REACH)))),
                   ==, "—");
  assert_accessible (mr_results_cell_get_entry (cell_of (editor, item, MR_RESULTS_FIELD_CLICKS)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       T ("Clicks, Daan Visser, 4 March 2025",
                                          "Klikken, Daan Visser, 4 maart 2025"));

  /* Revenue is in the campaign's currency, and follows it. */
  g_assert_cmpstr (revenue_title (editor), ==, T ("Revenue (EUR)", "Omzet (EUR)"));
  mr_campaign_set_currency (fixture->spring, "USD");
  g_assert_cmpstr (revenue_title (editor), ==, T ("Revenue (USD)", "Omzet (USD)"));
}

static void
test_results_empty (Fixture       *fixture,
                    gconstpointer  data)
{
  MrResultsEditor *editor = show_editor (fixture, fixture->empty);
  GtkWidget *button = find (GTK_WIDGET (editor), is_type, GSIZE_TO_POINTER (GTK_TYPE_MENU_BUTTON));

  g_assert_cmpstr (visible_page (editor), ==, "empty");
  g_assert_nonnull (find (GTK_WIDGET (editor), is_label_with_text,
                          T ("No Results Yet", "Nog geen resultaten")));
  g_assert_true (gtk_widget_get_sensitive (button));

  mr_results_editor_set_campaign (editor, fixture->store, fixture->no_members);
  mr_test_settle (SETTLE_MS);
  g_assert_cmpstr (visible_page (editor), ==, "no-members");
  g_assert_false (gtk_widget_get_sensitive (button));
}

static gboolean
has_focus (Fixture   *fixture,
           GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
test_results_add_and_edit (Fixture       *fixture,
                           gconstpointer  data)
{
  MrResultsEditor *editor = show_editor (fixture, fixture->spring);
  GtkWidget *first;
  MrResultsItem *item;
  MrResultRow row;

  /* Lotte is the campaign's first member; the row lands after the others, by day. */
  add_row (editor, 0, 2025, 3, 5);
  g_assert_cmpuint (g_list_model_get_n_items (mr_results_editor_get_rows (editor)), ==, 4);
  item = row_at (editor, 3);
  g_assert_cmpstr (mr_results_item_get_creator_name (item), ==, "Lotte Jansen");
  g_assert_cmpstr (mr_results_item_get_date (item), ==, "2025-03-05");
  g_assert_true (stored_row (fixture, fixture->lotte, "2025-03-05", &row));
  g_assert_cmpint (row.clicks, ==, MR_METRIC_UNKNOWN);
  g_assert_true (isnan (row.revenue));

  /* The cursor waits in the new row's first figure (once the row is drawn: a slow run,
   * under the sanitizers, takes a few frames more). */
  first = GTK_WIDGET (cell_of (editor, item, MR_RESULTS_FIELD_IMPRESSIONS));
  for (guint i = 0; i < 100 && !has_focus (fixture, first); i++)
    mr_test_settle (50);
  g_assert_true (has_focus (fixture, first));

  type_into (cell_of (editor, item, MR_RESULTS_FIELD_IMPRESSIONS), T ("12,000", "12.000"));
  type_into (cell_of (editor, item, MR_RESULTS_FIELD_CLICKS), "310");
  type_into (cell_of (editor, item, MR_RESULTS_FIELD_REVENUE), T ("1,250.50", "1.250,50"));
  g_assert_true (stored_row (fixture, fixture->lotte, "2025-03-05", &row));
  g_assert_cmpint (row.impressions, ==, 12000);
  g_assert_cmpint (row.clicks, ==, 310);
  g_assert_cmpfloat_with_epsilon (row.revenue, 1250.5, 1e-9);
  g_assert_cmpint (row.reach, ==, MR_METRIC_UNKNOWN);
  g_assert_cmpstr (gtk_editable_get_text (mr_results_cell_get_entry (cell_of (editor, item, MR_RESULTS_FIELD_REVENUE))),
                   ==, T ("1,250.5", "1.250,5"));

  /* Emptied, the figure is not known again: not zero. */
  type_into (cell_of (editor, item, MR_RESULTS_FIELD_CLICKS), "");
  g_assert_true (stored_row (fixture, fixture->lotte, "2025-03-05", &row));
  g_assert_cmpint (row.clicks, ==, MR_METRIC_UNKNOWN);

  /* A second row for the same creator and day is refused, and says so. */
  add_row (editor, 0, 2025, 3, 5);
  g_assert_cmpuint (g_list_model_get_n_items (mr_results_editor_get_rows (editor)), ==, 4);
  g_assert_nonnull (find (GTK_WIDGET (add_popover (editor)), is_label_with_text,
                          T ("Lotte Jansen already has a row for 5 March 2025: change its figures "
                             "in the table, or choose another day.",
                             "Lotte Jansen heeft al een regel voor 5 maart 2025: pas de cijfers in "
                             "de tabel aan, of kies een andere dag.")));
}

static void
test_results_invalid (Fixture       *fixture,
                      gconstpointer  data)
{
  MrResultsEditor *editor = show_editor (fixture, fixture->spring);
  MrResultsItem *item = row_at (editor, 1);
  MrResultsCell *clicks = cell_of (editor, item, MR_RESULTS_FIELD_CLICKS);
  GtkWidget *entry = GTK_WIDGET (mr_results_cell_get_entry (clicks));
  GtkWidget *revealer = find (GTK_WIDGET (editor), is_type, GSIZE_TO_POINTER (GTK_TYPE_REVEALER));
  MrResultRow row;

  /* Not a number, and a decimal written the other language's way: neither is stored. */
  type_into (clicks, "12x");
  g_assert_true (stored_row (fixture, fixture->lotte, "2025-03-03", &row));
  g_assert_cmpint (row.clicks, ==, 1000);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "12x");
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_nonnull (find (revealer, is_label_with_text,
                          T ("Clicks of Lotte Jansen on 3 March 2025 not saved",
                             "Klikken van Lotte Jansen op 3 maart 2025 niet opgeslagen")));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (entry), ==,
                   T ("“12x” is not a whole number: write it like 1,250, or leave it empty when "
                      "it is not known.",
                      "“12x” is geen geheel getal: schrijf het als 1.250, of laat het leeg als het "
                      "niet bekend is."));

  /* Saving another figure leaves the message of the refused one. */
  type_into (cell_of (editor, item, MR_RESULTS_FIELD_IMPRESSIONS), T ("40,500", "40.500"));
  g_assert_true (stored_row (fixture, fixture->lotte, "2025-03-03", &row));
  g_assert_cmpint (row.impressions, ==, 40500);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_true (gtk_widget_has_css_class (entry, "error"));

  type_into (clicks, T ("1.5", "1,5"));
  g_assert_true (stored_row (fixture, fixture->lotte, "2025-03-03", &row));
  g_assert_cmpint (row.clicks, ==, 1000);
  g_assert_true (gtk_widget_has_css_class (entry, "error"));

  /* The store's own check: more clicks than impressions is refused too. */
  type_into (clicks, T ("50,000", "50.000"));
  g_assert_true (stored_row (fixture, fixture->lotte, "2025-03-03", &row));
  g_assert_cmpint (row.clicks, ==, 1000);
  g_assert_nonnull (find (revealer, is_label_with_text,
                          T ("More clicks than impressions: check the two figures.",
                             "Meer klikken dan vertoningen: controleer de twee cijfers.")));

  /* Corrected, it is stored and the marks go. */
  type_into (clicks, "900");
  g_assert_true (stored_row (fixture, fixture->lotte, "2025-03-03", &row));
  g_assert_cmpint (row.clicks, ==, 900);
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
}

/* As if Escape were pressed in the cell's entry. */
static void
press_escape (GtkWidget *entry)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (entry);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Escape, 0, 0, &handled);
    }
  g_assert_true (handled);
}

/* Tab goes from figure to figure; leaving a changed cell saves it, Escape takes it back. */
static void
test_results_keyboard (Fixture       *fixture,
                       gconstpointer  data)
{
  MrResultsEditor *editor = show_editor (fixture, fixture->spring);
  MrResultsItem *item = row_at (editor, 1);
  GtkEditable *impressions = mr_results_cell_get_entry (cell_of (editor, item, MR_RESULTS_FIELD_IMPRESSIONS));
  GtkEditable *reach = mr_results_cell_get_entry (cell_of (editor, item, MR_RESULTS_FIELD_REACH));
  MrResultRow row;

  gtk_widget_grab_focus (GTK_WIDGET (impressions));
  gtk_editable_set_text (impressions, T ("41,000", "41.000"));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_FORWARD));
  mr_test_settle (50);
  g_assert_true (has_focus (fixture, GTK_WIDGET (reach)));
  g_assert_true (stored_row (fixture, fixture->lotte, "2025-03-03", &row));
  g_assert_cmpint (row.impressions, ==, 41000);

  /* Escape puts back what is stored; nothing is saved when the cell is left. */
  gtk_editable_set_text (reach, "5");
  press_escape (GTK_WIDGET (reach));
  mr_test_settle (50);
  g_assert_cmpstr (gtk_editable_get_text (reach), ==, T ("30,000", "30.000"));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_FORWARD));
  mr_test_settle (50);
  g_assert_true (stored_row (fixture, fixture->lotte, "2025-03-03", &row));
  g_assert_cmpint (row.reach, ==, 30000);
}

typedef struct
{
  gint64      member_id;
  const char *date;
} RowKey;

static gboolean
is_delete_button (GtkWidget     *widget,
                  gconstpointer  data)
{
  const RowKey *key = data;
  GVariant *target;
  gint64 member_id;
  const char *date;

  if (!GTK_IS_BUTTON (widget) ||
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "results.remove") != 0)
    return FALSE;
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
  g_variant_get (target, "(x&s)", &member_id, &date);
  return member_id == key->member_id && g_str_equal (date, key->date);
}

static void
test_results_delete_undo (Fixture       *fixture,
                          gconstpointer  data)
{
  MrResultsEditor *editor = show_editor (fixture, fixture->spring);
  RowKey key = { mr_campaign_member_get_id (fixture->daan), "2025-03-04" };
  GtkWidget *button = find (GTK_WIDGET (editor), is_delete_button, &key);
  GtkWidget *undo;
  MrResultRow row;

  g_assert_nonnull (button);
  assert_accessible (button, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       T ("Delete the row of Daan Visser on 4 March 2025",
                                          "Regel van Daan Visser op 4 maart 2025 verwijderen"));
  gtk_widget_activate (button);
  mr_test_settle (SETTLE_MS);
  g_assert_false (stored_row (fixture, fixture->daan, "2025-03-04", &row));
  g_assert_cmpuint (g_list_model_get_n_items (mr_results_editor_get_rows (editor)), ==, 2);
  g_assert_nonnull (find (GTK_WIDGET (editor), is_label_with_text,
                          T ("Deleted the row of Daan Visser on 4 March 2025",
                             "Regel van Daan Visser op 4 maart 2025 verwijderd")));

  undo = find (GTK_WIDGET (editor), is_button_with_label, T ("_Undo", "_Ongedaan maken"));
  g_assert_nonnull (undo);
  gtk_widget_activate (undo);
  mr_test_settle (SETTLE_MS);
  g_assert_true (stored_row (fixture, fixture->daan, "2025-03-04", &row));
  g_assert_cmpint (row.impressions, ==, 30000);
  g_assert_cmpint (row.reach, ==, MR_METRIC_UNKNOWN);
  g_assert_cmpint (row.conversions, ==, 8);
  g_assert_cmpfloat (row.revenue, ==, 300);
  g_assert_cmpuint (g_list_model_get_n_items (mr_results_editor_get_rows (editor)), ==, 3);
  g_assert_cmpstr (mr_results_item_get_date (row_at (editor, 2)), ==, "2025-03-04");
}

/* A result saved elsewhere (an import, another view) shows up without a restart. */
static void
test_results_follow_store (Fixture       *fixture,
                           gconstpointer  data)
{
  MrResultsEditor *editor = show_editor (fixture, fixture->spring);

  add_result (fixture->store, fixture->lotte, "2025-03-01", 1000, 900, 20, 1, 50, 40);
  mr_test_settle (SETTLE_MS);
  g_assert_cmpuint (g_list_model_get_n_items (mr_results_editor_get_rows (editor)), ==, 4);
  g_assert_cmpstr (mr_results_item_get_date (row_at (editor, 0)), ==, "2025-03-01");

  /* Another campaign's results are not this editor's business. */
  mr_results_editor_set_campaign (editor, fixture->store, fixture->pilot);
  mr_test_settle (SETTLE_MS);
  g_assert_cmpuint (g_list_model_get_n_items (mr_results_editor_get_rows (editor)), ==, 1);
  add_result (fixture->store, fixture->lotte, "2025-03-02", 1000, 900, 20, 1, 50, 40);
  mr_test_settle (SETTLE_MS);
  g_assert_cmpuint (g_list_model_get_n_items (mr_results_editor_get_rows (editor)), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  mr_application_init_i18n ();
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/campaign-widgets/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("kpis/on-target", test_kpis_on_target);
  ADD ("kpis/below-target", test_kpis_below_target);
  ADD ("kpis/missing", test_kpis_missing);
  ADD ("kpis/narrow", test_kpis_narrow);
  ADD ("results/shown", test_results_shown);
  ADD ("results/empty", test_results_empty);
  ADD ("results/add-and-edit", test_results_add_and_edit);
  ADD ("results/invalid", test_results_invalid);
  ADD ("results/keyboard", test_results_keyboard);
  ADD ("results/delete-undo", test_results_delete_undo);
  ADD ("results/follow-store", test_results_follow_store);

#undef ADD

  return g_test_run ();
}
