/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-campaign-report"

#include "config.h"

#include <math.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "mr-account.h"
#include "mr-application.h"
#include "mr-chart-budget.h"
#include "mr-report.h"
#include "mr-store.h"
#include "mr-test-pdf.h"
#include "mr-test-util.h"

/* The campaign report as a reader gets it (the PDF's own text, from pdftotext), the
 * budget chart's sentences and drawing, and --report= choosing between creators and
 * campaigns. The figures are worked out by hand:
 *
 *   Lotte (TikTok, 25,000 followers: micro)  fee 500, two days of results:
 *     60,000 impressions, 1,500 clicks, 30 conversions, 3,000 engagements, revenue 2,400
 *   Daan (TikTok, 5,000 followers: nano)     fee 300, one day:
 *     40,000 impressions, 1,000 clicks, 20 conversions, 1,500 engagements, revenue 800
 *
 *   campaign: spend 800, revenue 3,200, CTR 2,500 / 100,000 = 2.5 %, CPM 800 / 100 = 8,
 *   CPA 800 / 50 = 16, ROAS 4, ROI 300 %; micro 500 / 800 = 62.5 %, shown as 63 %,
 *   within 60–70 %; budget 1,000, so 200 left.
 *   Lotte: ROAS 4.8, CPE 0.167; Daan: ROAS 2.67, CPE 0.2. The median CPE is 0.183:
 *   Lotte is above the target at a lower CPE, so "Scale up". */

static void
run_report (MrTestRun        *run,
            const char *language,
            const char *database,
            const char *name,
            const char *pdf)
{
  g_autofree char *database_arg = g_strconcat ("--database=", database, NULL);
  g_autofree char *report_arg = g_strconcat ("--report=", name, NULL);
  g_autofree char *output_arg = g_strconcat ("--output=", pdf, NULL);
  const char *argv[] = { g_getenv ("MICROREACH_BIN"), database_arg, report_arg, output_arg, NULL };

  mr_test_run_program (run, language, argv);
}

static void
assert_one_line (const char *text)
{
  const char *newline;

  g_assert_true (g_str_has_prefix (text, "microreach: "));
  newline = strchr (text, '\n');
  g_assert_nonnull (newline);
  g_assert_cmpstr (newline + 1, ==, "");
}

/* ── The campaign ───────────────────────────────────────────────────────────────── */

static MrCreator *
add_creator (MrStore    *store,
             const char *name,
             const char *handle,
             gint64      followers)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MrAccount) account = mr_account_new (MR_PLATFORM_TIKTOK, handle);
  MrCreator *creator = mr_creator_new (name);

  mr_account_set_followers (account, followers);
  g_list_store_append (G_LIST_STORE (mr_creator_get_accounts (creator)), account);
  g_assert_true (mr_store_add_creator (store, creator, &error));
  g_assert_no_error (error);
  return creator;
}

static MrCampaign *
add_campaign (MrStore    *store,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  MrCampaign *campaign = mr_campaign_new (name);

  mr_campaign_set_brand (campaign, "Fietsfabriek");
  mr_campaign_set_goal (campaign, MR_CAMPAIGN_GOAL_CONVERSIONS);
  mr_campaign_set_kind (campaign, MR_CAMPAIGN_KIND_PILOT);
  mr_campaign_set_start_date (campaign, "2026-11-01");
  mr_campaign_set_end_date (campaign, "2026-11-30");
  mr_campaign_set_budget (campaign, 1000);
  mr_campaign_set_currency (campaign, "EUR");
  mr_campaign_set_notes (campaign, "Pilot before the spring launch: scale what works.");
  g_assert_true (mr_store_add_campaign (store, campaign, &error));
  g_assert_no_error (error);
  return campaign;
}

static MrCampaignMember *
add_member (MrStore    *store,
            MrCampaign *campaign,
            MrCreator  *creator,
            double      fee,
            const char *promo_code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MrAccount) account = g_list_model_get_item (mr_creator_get_accounts (creator), 0);
  MrCampaignMember *member = mr_campaign_member_new (mr_creator_get_id (creator));

  mr_campaign_member_set_account_id (member, mr_account_get_id (account));
  mr_campaign_member_set_fee (member, fee);
  mr_campaign_member_set_promo_code (member, promo_code);
  mr_campaign_member_set_status (member, MR_MEMBER_STATUS_PUBLISHED);
  g_assert_true (mr_store_add_member (store, campaign, member, &error));
  g_assert_no_error (error);
  return member;
}

static void
add_result (MrStore          *store,
            MrCampaignMember *member,
            const char       *date,
            gint64            impressions,
            gint64            clicks,
            gint64            conversions,
            gint64            engagements,
            double            revenue)
{
  g_autoptr(GError) error = NULL;
  MrResultRow row = { .impressions = impressions, .reach = -1, .clicks = clicks,
                      .conversions = conversions, .engagements = engagements, .revenue = revenue };

  g_strlcpy (row.date, date, sizeof row.date);
  g_assert_true (mr_store_save_result (store, member, &row, &error));
  g_assert_no_error (error);
}

static void
add_deliverable (MrStore          *store,
                 MrCampaignMember *member,
                 const char       *title,
                 const char       *due,
                 gboolean          done)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MrDeliverable) deliverable = mr_deliverable_new (title);

  mr_deliverable_set_due_date (deliverable, due);
  mr_deliverable_set_done (deliverable, done);
  g_assert_true (mr_store_add_deliverable (store, member, deliverable, &error));
  g_assert_no_error (error);
}

/* The campaign of the comment at the top, with a creator whose name shares a word with
 * it, for --report= to tell apart. */
static MrCampaign *
build_campaign (MrStore *store)
{
  g_autoptr(MrCreator) lotte = add_creator (store, "Lotte Bakker", "lotte.bakt", 25000);
  g_autoptr(MrCreator) daan = add_creator (store, "Daan de Boer", "daan.fietst", 5000);
  g_autoptr(MrCreator) sanne = add_creator (store, "Sanne Zomer", "sanne.zomer", 40000);
  MrCampaign *campaign = add_campaign (store, "Zomer 2026");
  g_autoptr(MrCampaignMember) lotte_member = add_member (store, campaign, lotte, 500, "LOTTE10");
  g_autoptr(MrCampaignMember) daan_member = add_member (store, campaign, daan, 300, NULL);

  add_result (store, lotte_member, "2026-11-11", 40000, 1000, 20, 2000, 1500);
  add_result (store, lotte_member, "2026-11-12", 20000, 500, 10, 1000, 900);
  add_result (store, daan_member, "2026-11-10", 40000, 1000, 20, 1500, 800);
  add_deliverable (store, lotte_member, "1 Reel about the commute", "2026-11-05", TRUE);
  add_deliverable (store, lotte_member, "2 stories with the code", NULL, FALSE);
  add_deliverable (store, daan_member, "1 TikTok video", "2020-01-15", FALSE);
  return campaign;
}

static char *
build_database (const char *dir)
{
  char *db = g_build_filename (dir, "campaign.db", NULL);
  g_autoptr(MrStore) store = mr_test_open_store (db);

  g_object_unref (build_campaign (store));
  return db;
}

/* ── The report ─────────────────────────────────────────────────────────────────── */

static void
test_report_contents (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *db = g_build_filename (dir, "campaign.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "zomer.pdf", NULL);
  g_autoptr(MrStore) store = mr_test_open_store (db);
  g_autoptr(MrCampaign) campaign = build_campaign (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(MrReport) report = mr_report_new_for_campaign (store, campaign, &error);
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  g_autofree char *name = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *bbox = NULL;

  g_assert_no_error (error);
  name = mr_report_get_file_name (report);
  g_assert_cmpstr (name, ==, "Zomer 2026 – campaign report.pdf");
  g_assert_true (mr_report_write_pdf_file (report, file, MR_REPORT_PAPER_A4, NULL, &error));
  g_assert_no_error (error);

  raw = mr_test_pdf_text (pdf, "-raw");
  bbox = mr_test_pdf_text (pdf, "-bbox");
  g_assert_true (g_str_has_prefix (raw, "Campaign report"));
  mr_test_assert_shows (raw, "Zomer 2026");
  mr_test_assert_shows (raw, "Fietsfabriek · Pilot");
  mr_test_assert_shows (raw, "1 November 2026 – 30 November 2026");
  mr_test_assert_shows (raw, "ROAS ≥ 3 : 1 · CTR 2–5 %");
  mr_test_assert_shows (raw, "Results up to\n12 November 2026");

  /* The KPIs as the campaign page's cards write them, each with its target and mark. */
  mr_test_assert_shows (raw, "EUR 800 Budget EUR 1,000 Within budget");
  mr_test_assert_shows (raw, "EUR 3,200 — —");
  mr_test_assert_shows (raw, "2.5 % 2–5 % On target A CTR of 2.5 % is within the 2–5 % band.");
  mr_test_assert_shows (raw, "EUR 8 — —");
  mr_test_assert_shows (raw, "EUR 0.18 — —");
  mr_test_assert_shows (raw, "EUR 16 — —");
  mr_test_assert_shows (raw, "4.0 : 1 ≥ 3 : 1 On target");
  mr_test_assert_shows (raw, "300 % ≥ 0 % On target");
  mr_test_assert_shows (raw, "EUR 800 spent of the EUR 1,000 budget: EUR 200 left.");
  mr_test_assert_shows (raw, "100,000 impressions, 2,500 clicks, 50 conversions and 4,500 engagements");

  /* The budget chart's words: what is left, and the micro share against the advice. */
  mr_test_assert_shows (raw, "EUR 200 left");
  mr_test_assert_shows (raw, "63 % on micro-influencers: within the advised 60–70 %.");
  mr_test_assert_shows (raw, "EUR 500 · 63 %");
  mr_test_assert_shows (raw, "EUR 300 · 38 %");

  /* The members, with their results; Lotte's hint and what it means. */
  mr_test_assert_shows (raw, "Lotte Bakker TikTok @lotte.bakt · Micro Published "
                     "500 60,000 1,500 30 2,400 2.5 % 16.67 4.8 : 1 Scale up");
  mr_test_assert_shows (raw, "Daan de Boer TikTok @daan.fietst · Nano Published "
                     "300 40,000 1,000 20 800 2.5 % 15 2.7 : 1 —");
  mr_test_assert_shows (raw, "All members 800 100,000 2,500 50 3,200 2.5 % 16 4.0 : 1");
  mr_test_assert_shows (raw, "Scale up: above the ROAS target");

  /* Deliverables: done, still open, and overdue; the promo code. */
  mr_test_assert_shows (raw, "1 Reel about the commute 5 November 2026 Done");
  mr_test_assert_shows (raw, "2 stories with the code No day agreed Open");
  mr_test_assert_shows (raw, "Code: LOTTE10");
  mr_test_assert_shows (raw, "1 TikTok video 15 January 2020 Overdue");
  mr_test_assert_shows (raw, "Pilot before the spring launch: scale what works.");

  /* The footer names the campaign. */
  mr_test_assert_shows (raw, "Zomer 2026");
  mr_test_assert_within_margins (bbox, 1);
  mr_test_remove_temp_dir (dir);
}

/* A campaign without members or fees still makes a report that says so. */
static void
test_report_empty_campaign (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *db = g_build_filename (dir, "empty.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "empty.pdf", NULL);
  g_autoptr(MrStore) store = mr_test_open_store (db);
  g_autoptr(MrCampaign) campaign = mr_campaign_new ("<b>Herfst</b> & \"winter\" %s");
  g_autoptr(GError) error = NULL;
  g_autoptr(MrReport) report = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  g_autofree char *text = NULL;

  g_assert_true (mr_store_add_campaign (store, campaign, &error));
  g_assert_no_error (error);
  report = mr_report_new_for_campaign (store, campaign, &error);
  g_assert_no_error (error);
  g_assert_true (mr_report_write_pdf_file (report, file, MR_REPORT_PAPER_LETTER, NULL, &error));
  g_assert_no_error (error);

  text = mr_test_pdf_text (pdf, "-raw");
  mr_test_assert_shows (text, "<b>Herfst</b> & \"winter\" %s");
  mr_test_assert_shows (text, "No results entered yet");
  mr_test_assert_shows (text, "No fees entered yet");
  mr_test_assert_shows (text, "No members yet");
  g_assert_false (mr_test_shows (text, "Deliverables"));
  g_assert_false (mr_test_shows (text, "micro-influencers:"));
  mr_test_remove_temp_dir (dir);
}

/* The Dutch report: its words, and numbers written the Dutch way. */
static void
test_report_dutch (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *db = build_database (dir);
  g_autofree char *pdf = g_build_filename (dir, "zomer-nl.pdf", NULL);
  g_autofree char *text = NULL;
  g_auto(MrTestRun) run = { 0 };

  run_report (&run, "nl", db, "campaign:Zomer 2026", pdf);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  text = mr_test_pdf_text (pdf, "-raw");
  g_assert_true (g_str_has_prefix (text, "Campagnerapport"));
  mr_test_assert_shows (text, "2,5 %");
  mr_test_assert_shows (text, "100.000 vertoningen");
  mr_test_assert_shows (text, "63% naar micro-influencers: binnen de aangeraden 60–70%.");
  mr_test_assert_shows (text, "Resultaten tot en met\n12 november 2026");
  mr_test_assert_shows (text, "Doel gehaald");
  mr_test_assert_shows (text, "Opschalen");
  mr_test_assert_shows (text, "Te laat");
  mr_test_remove_temp_dir (dir);
}

/* ── The budget chart ───────────────────────────────────────────────────────────── */

/* Figures as mr_store_compute_campaign () leaves them, for the chart alone: one
 * member for each amount above zero, with that fee. */
static MrCampaignFigures *
figures_new (double budget,
             double micro,
             double nano,
             double unknown)
{
  const struct { MrTier tier; double fee; } fees[] = {
    { MR_TIER_MICRO, micro }, { MR_TIER_NANO, nano }, { MR_TIER_NONE, unknown },
  };
  MrCampaignFigures *figures = g_new0 (MrCampaignFigures, 1);

  mr_kpi_targets_init (&figures->targets);
  mr_kpi_input_init (&figures->input);
  figures->budget = budget;
  figures->members = g_new0 (MrMemberFigures, G_N_ELEMENTS (fees));
  for (guint i = 0; i < G_N_ELEMENTS (fees); i++)
    {
      MrMemberFigures *member;

      if (fees[i].fee <= 0)
        continue;
      member = &figures->members[figures->n_members++];
      mr_kpi_input_init (&member->input);
      member->input.spend = fees[i].fee;
      member->tier = fees[i].tier;
      figures->input.spend = isnan (figures->input.spend) ? fees[i].fee : figures->input.spend + fees[i].fee;
      if (fees[i].tier == MR_TIER_NONE)
        figures->spend_without_tier += fees[i].fee;
      else
        figures->spend_by_tier[fees[i].tier] += fees[i].fee;
    }
  return figures;
}

static MrChartBudgetData *
data_new (double budget,
          double micro,
          double nano,
          double unknown)
{
  g_autoptr(MrCampaignFigures) figures = figures_new (budget, micro, nano, unknown);

  return mr_chart_budget_data_new (figures, "EUR");
}

static void
assert_micro (double      micro,
              double      nano,
              const char *expected)
{
  g_autoptr(MrChartBudgetData) data = data_new (NAN, micro, nano, 0);
  g_autofree char *sentence = mr_chart_budget_describe_micro (data);

  g_assert_cmpstr (sentence, ==, expected);
}

static void
assert_spend (double      budget,
              double      spend,
              const char *expected)
{
  g_autoptr(MrChartBudgetData) data = data_new (budget, spend, 0, 0);
  g_autofree char *sentence = mr_chart_budget_describe_spend (data);

  g_assert_cmpstr (sentence, ==, expected);
}

static void
test_chart_sentences (void)
{
  g_autoptr(MrChartBudgetData) unknown = data_new (1000, 500, 0, 300);
  g_autoptr(MrChartBudgetData) all_unknown = data_new (1000, 0, 0, 300);
  g_autoptr(MrChartBudgetData) none = data_new (NAN, 0, 0, 0);
  g_autofree char *unknown_text = mr_chart_budget_describe (unknown);
  g_autofree char *all_unknown_text = mr_chart_budget_describe (all_unknown);
  g_autofree char *none_micro = mr_chart_budget_describe_micro (none);
  g_autofree char *all_unknown_micro = mr_chart_budget_describe_micro (all_unknown);

  assert_micro (500, 300, "63 % on micro-influencers: within the advised 60–70 %.");
  assert_micro (280, 520, "35 % on micro-influencers: below the advised 60–70 %.");
  assert_micro (720, 80, "90 % on micro-influencers: above the advised 60–70 %.");
  /* Judged as shown: 70.4 % reads "70 %", inside the band; 70.6 % reads "71 %". */
  assert_micro (704, 296, "70 % on micro-influencers: within the advised 60–70 %.");
  assert_micro (706, 294, "71 % on micro-influencers: above the advised 60–70 %.");
  assert_micro (596, 404, "60 % on micro-influencers: within the advised 60–70 %.");
  assert_micro (0, 300, "0 % on micro-influencers: below the advised 60–70 %.");

  assert_spend (1000, 800, "EUR 800 spent of the EUR 1,000 budget: EUR 200 left.");
  assert_spend (1000, 1150, "EUR 1,150 spent of the EUR 1,000 budget: EUR 150 over budget.");
  assert_spend (NAN, 800, "EUR 800 spent; no budget set.");
  assert_spend (NAN, 0, "No fees entered yet.");
  assert_spend (1000, 0, "No fees entered yet; the budget is EUR 1,000.");
  g_assert_null (none_micro);

  /* Spend of no known tier is named, never counted in the shares. */
  g_assert_nonnull (strstr (unknown_text, "100 % on micro-influencers: above the advised 60–70 %."));
  g_assert_nonnull (strstr (unknown_text, "EUR 300 went to members whose tier is not known"));
  g_assert_nonnull (strstr (unknown_text, "Spend by tier: Micro 100 %."));
  g_assert_null (all_unknown_micro);
  g_assert_nonnull (strstr (all_unknown_text, "The tiers of the members with a fee are not known"));
  g_assert_true (g_str_has_prefix (all_unknown_text, "EUR 300 spent of the EUR 1,000 budget: EUR 700 left."));
}

typedef struct
{
  cairo_surface_t      *surface;
  cairo_t              *cr;
  PangoContext         *context;
  PangoFontDescription *font;
  MrChartStyle          style;
} Canvas;

#define CANVAS_WIDTH  480
#define CANVAS_HEIGHT 400

static void
canvas_init (Canvas *canvas)
{
  canvas->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, CANVAS_WIDTH, CANVAS_HEIGHT);
  canvas->cr = cairo_create (canvas->surface);
  canvas->context = pango_cairo_create_context (canvas->cr);
  canvas->font = pango_font_description_from_string ("Cantarell 9");
  mr_chart_palette_init (&canvas->style.palette, FALSE);
  canvas->style.context = canvas->context;
  canvas->style.font = canvas->font;
  cairo_set_source_rgb (canvas->cr, 1, 1, 1);
  cairo_paint (canvas->cr);
}

static void
canvas_clear (Canvas *canvas)
{
  pango_font_description_free (canvas->font);
  g_object_unref (canvas->context);
  cairo_destroy (canvas->cr);
  cairo_surface_destroy (canvas->surface);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Canvas, canvas_clear)

static gboolean
pixel_is (Canvas             *canvas,
          int                 x,
          int                 y,
          const MrChartColor *color)
{
  guint32 pixel;

  cairo_surface_flush (canvas->surface);
  pixel = *(guint32 *) (cairo_image_surface_get_data (canvas->surface) +
                        y * cairo_image_surface_get_stride (canvas->surface) + x * 4);
  return fabs (((pixel >> 16) & 0xff) / 255.0 - color->red) < 0.02 &&
         fabs (((pixel >> 8) & 0xff) / 255.0 - color->green) < 0.02 &&
         fabs ((pixel & 0xff) / 255.0 - color->blue) < 0.02;
}

/* Down the middle of the chart, the first point that hits @group and @index. */
static gboolean
find_hit (const MrChartStyle      *style,
          const MrChartBudgetData *data,
          guint                    group,
          guint                    index,
          MrChartHit              *hit)
{
  cairo_rectangle_t area = { 0, 0, CANVAS_WIDTH, CANVAS_HEIGHT };

  for (double y = 0; y < CANVAS_HEIGHT; y += 1)
    if (mr_chart_budget_hit_test (style, &area, data, CANVAS_WIDTH / 2, y, hit) &&
        hit->group == group && hit->index == index)
      return TRUE;
  return FALSE;
}

/* The end of the spend bar: the track where money is left, the alert colour where the
 * spend went over the budget. The tooltips say what a bar is. */
static void
test_chart_drawing (void)
{
  g_autoptr(MrChartBudgetData) under = data_new (1000, 500, 300, 0);
  g_autoptr(MrChartBudgetData) over = data_new (1000, 850, 300, 0);
  g_autoptr(MrChartBudgetData) none = data_new (1000, 0, 0, 0);
  cairo_rectangle_t area = { 0, 0, CANVAS_WIDTH, CANVAS_HEIGHT };
  g_auto(Canvas) canvas = { 0 };
  g_autofree char *tip = NULL;
  MrChartHit hit;
  double height;

  canvas_init (&canvas);
  height = mr_chart_budget_get_height (&canvas.style, CANVAS_WIDTH, under);
  g_assert_cmpfloat (height, >, 100);
  g_assert_cmpfloat (height, <, CANVAS_HEIGHT);
  /* Without fees there is no split to draw: only the budget line. */
  g_assert_cmpfloat (mr_chart_budget_get_height (&canvas.style, CANVAS_WIDTH, none), <, height / 2);

  g_assert_true (find_hit (&canvas.style, under, MR_CHART_BUDGET_SPEND, 0, &hit));
  tip = mr_chart_budget_explain (under, &hit);
  g_assert_cmpstr (tip, ==, "EUR 800 spent of the EUR 1,000 budget: EUR 200 left.");

  mr_chart_budget_draw (canvas.cr, &canvas.style, &area, under);
  {
    int y = (int) (hit.area.y + hit.area.height / 2);

    g_assert_true (pixel_is (&canvas, 20, y, &canvas.style.palette.accent));
    g_assert_true (pixel_is (&canvas, CANVAS_WIDTH - 20, y, &canvas.style.palette.grid));

    cairo_set_source_rgb (canvas.cr, 1, 1, 1);
    cairo_paint (canvas.cr);
    mr_chart_budget_draw (canvas.cr, &canvas.style, &area, over);
    g_assert_true (pixel_is (&canvas, 20, y, &canvas.style.palette.accent));
    g_assert_true (pixel_is (&canvas, CANVAS_WIDTH - 20, y, &canvas.style.palette.warning));
  }

  /* The tier rows: each explains its money and share. */
  g_assert_true (find_hit (&canvas.style, under, MR_CHART_BUDGET_TIERS, MR_TIER_MICRO, &hit));
  g_clear_pointer (&tip, g_free);
  tip = mr_chart_budget_explain (under, &hit);
  g_assert_cmpstr (tip, ==, "Micro: EUR 500 for 1 member, 63 % of the spend with a known tier");
  g_assert_true (find_hit (&canvas.style, under, MR_CHART_BUDGET_TIERS, MR_TIER_NANO, &hit));
  g_clear_pointer (&tip, g_free);
  tip = mr_chart_budget_explain (under, &hit);
  g_assert_cmpstr (tip, ==, "Nano: EUR 300 for 1 member, 38 % of the spend with a known tier");
  g_assert_false (find_hit (&canvas.style, under, MR_CHART_BUDGET_TIERS, MR_TIER_MACRO, &hit));
}

/* ── --report= ──────────────────────────────────────────────────────────────────── */

static void
test_cli_finds_campaign (void)
{
  const struct { const char *query; const char *expected; } cases[] = {
    { "Zomer 2026", "Campaign report" },
    { "ZOMER 2026", "Campaign report" },
    { "mer 20", "Campaign report" },
    { "campaign:Zomer", "Campaign report" },
    { "Campaign:zomer 2026", "Campaign report" },
    { "creator:Zomer", "Vetting report" },
    { "creator:@sanne.zomer", "Vetting report" },
  };
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *db = build_database (dir);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *pdf = g_build_filename (dir, "found.pdf", NULL);
      g_autofree char *text = NULL;
      g_auto(MrTestRun) run = { 0 };

      run_report (&run, NULL, db, cases[i].query, pdf);
      g_assert_cmpstr (run.err, ==, "");
      g_assert_cmpint (run.status, ==, 0);
      text = mr_test_pdf_text (pdf, "-raw");
      g_assert_true (g_str_has_prefix (text, cases[i].expected));
      mr_test_assert_shows (text, g_str_equal (cases[i].expected, "Vetting report") ? "Sanne Zomer" : "Zomer 2026");
      g_assert_cmpint (g_remove (pdf), ==, 0);
    }
  mr_test_remove_temp_dir (dir);
}

static void
test_cli_ambiguous (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *db = build_database (dir);
  g_autofree char *pdf = g_build_filename (dir, "zomer.pdf", NULL);
  g_auto(MrTestRun) run = { 0 };
  g_auto(MrTestRun) campaigns = { 0 };

  /* A creator's name and a campaign's both hold it. */
  run_report (&run, NULL, db, "Zomer", pdf);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line (run.err);
  g_assert_cmpstr (run.err, ==, "microreach: “Zomer” matches both a creator and a campaign; "
                                "use --report=creator:Zomer or --report=campaign:Zomer\n");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  /* Two campaigns: the full name says which. */
  {
    g_autoptr(MrStore) store = mr_test_open_store (db);
    g_autoptr(MrCampaign) other = add_campaign (store, "Zomer 2025");
  }
  run_report (&campaigns, NULL, db, "campaign:zomer 20", pdf);
  g_assert_cmpint (campaigns.status, ==, 1);
  assert_one_line (campaigns.err);
  g_assert_true (g_str_has_prefix (campaigns.err, "microreach: “zomer 20” matches 2 campaigns: "));
  g_assert_nonnull (strstr (campaigns.err, "Zomer 2025"));
  g_assert_true (g_str_has_suffix (campaigns.err, "; give its full name\n"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  mr_test_remove_temp_dir (dir);
}

static void
test_cli_unknown (void)
{
  const struct { const char *query; const char *message; } cases[] = {
    { "Winter", "microreach: No creator or campaign is called “Winter”, and no creator has it as a handle.\n" },
    { "campaign:Lotte", "microreach: No campaign is called “Lotte”.\n" },
    { "creator:Zomer 2026", "microreach: No creator is called “Zomer 2026” or has it as a handle.\n" },
  };
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *db = build_database (dir);
  g_autofree char *pdf = g_build_filename (dir, "nothing.pdf", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(MrTestRun) run = { 0 };

      run_report (&run, NULL, db, cases[i].query, pdf);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.err, ==, cases[i].message);
      g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
    }
  mr_test_remove_temp_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  mr_application_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/campaign-report/contents", test_report_contents);
  g_test_add_func ("/campaign-report/empty-campaign", test_report_empty_campaign);
  g_test_add_func ("/campaign-report/dutch", test_report_dutch);
  g_test_add_func ("/campaign-report/chart/sentences", test_chart_sentences);
  g_test_add_func ("/campaign-report/chart/drawing", test_chart_drawing);
  g_test_add_func ("/campaign-report/cli/finds-campaign", test_cli_finds_campaign);
  g_test_add_func ("/campaign-report/cli/ambiguous", test_cli_ambiguous);
  g_test_add_func ("/campaign-report/cli/unknown", test_cli_unknown);

  return g_test_run ();
}
