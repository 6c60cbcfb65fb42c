/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-kpi"

#include "config.h"

#include <math.h>
#include <string.h>

#include "mr-kpi.h"

static void
compute (const MrKpiInput *in,
         MrKpiSet         *out)
{
  MrKpiTargets targets;

  mr_kpi_targets_init (&targets);
  mr_kpi_compute (in, &targets, out);
}

/* DESIGN.md §4: 500 spent, 40,000 impressions, 1,000 clicks, 25 conversions, 2,000
 * engagements and 2,000 in revenue. */
static void
test_formulas (void)
{
  MrKpiInput in;
  MrKpiSet set = { 0 };

  mr_kpi_input_init (&in);
  in.spend = 500;
  in.revenue = 2000;
  in.impressions = 40000;
  in.clicks = 1000;
  in.conversions = 25;
  in.engagements = 2000;
  compute (&in, &set);

  g_assert_cmpfloat_with_epsilon (set.kpis[MR_KPI_CTR].value, 2.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (set.kpis[MR_KPI_CPM].value, 12.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (set.kpis[MR_KPI_CPE].value, 0.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (set.kpis[MR_KPI_CPA].value, 20, 1e-9);
  g_assert_cmpfloat_with_epsilon (set.kpis[MR_KPI_ROAS].value, 4, 1e-9);
  g_assert_cmpfloat_with_epsilon (set.kpis[MR_KPI_ROI].value, 300, 1e-9);
  g_assert_cmpint (set.kpis[MR_KPI_CTR].judgement, ==, MR_KPI_ON_TARGET);
  g_assert_cmpint (set.kpis[MR_KPI_ROAS].judgement, ==, MR_KPI_ON_TARGET);
  g_assert_cmpstr (set.kpis[MR_KPI_ROAS].sentence, ==,
                   "A ROAS of 4 (revenue 4 times the spend) meets the target of 3.");
  g_assert_cmpstr (set.kpis[MR_KPI_CTR].sentence, ==, "A CTR of 2.5 % is within the 2–5 % band.");
  g_assert_cmpstr (set.kpis[MR_KPI_CPE].sentence, ==, "0.25 for every engagement.");
  mr_kpi_set_clear (&set);
}

/* With the campaign's currency, every amount in a sentence says which money it is. */
static void
test_currency (void)
{
  MrKpiTargets targets;
  MrKpiInput in;
  MrKpiSet set = { 0 };

  mr_kpi_targets_init (&targets);
  g_strlcpy (targets.currency, "EUR", sizeof targets.currency);
  mr_kpi_input_init (&in);
  in.spend = 500;
  in.revenue = 2000;
  in.impressions = 40000;
  in.engagements = 2000;
  mr_kpi_compute (&in, &targets, &set);

  g_assert_cmpstr (set.kpis[MR_KPI_SPEND].sentence, ==, "EUR 500 spent.");
  g_assert_cmpstr (set.kpis[MR_KPI_REVENUE].sentence, ==, "EUR 2,000 in revenue.");
  g_assert_cmpstr (set.kpis[MR_KPI_CPM].sentence, ==, "EUR 12.50 for every 1,000 impressions.");
  g_assert_cmpstr (set.kpis[MR_KPI_CPE].sentence, ==, "EUR 0.25 for every engagement.");
  mr_kpi_set_clear (&set);
}

/* Below the targets is marked so, with a sentence that says what it means. */
static void
test_off_target (void)
{
  MrKpiInput in;
  MrKpiSet set = { 0 };

  mr_kpi_input_init (&in);
  in.spend = 1000;
  in.revenue = 800;
  in.impressions = 100000;
  in.clicks = 900;
  compute (&in, &set);

  g_assert_cmpint (set.kpis[MR_KPI_CTR].judgement, ==, MR_KPI_OFF_TARGET);
  g_assert_nonnull (strstr (set.kpis[MR_KPI_CTR].sentence, "below the 2–5 % band"));
  g_assert_cmpint (set.kpis[MR_KPI_ROAS].judgement, ==, MR_KPI_OFF_TARGET);
  g_assert_cmpint (set.kpis[MR_KPI_ROI].judgement, ==, MR_KPI_OFF_TARGET);
  g_assert_cmpfloat_with_epsilon (set.kpis[MR_KPI_ROI].value, -20, 1e-9);
  mr_kpi_set_clear (&set);
}

/* Missing inputs give no value and say why: never a zero that looks like a result. */
static void
test_missing (void)
{
  MrKpiInput in;
  MrKpiSet set = { 0 };

  mr_kpi_input_init (&in);
  in.spend = 300;
  in.impressions = 0;
  compute (&in, &set);

  for (guint k = MR_KPI_REVENUE; k < MR_N_KPIS; k++)
    {
      g_assert_false (set.kpis[k].has_value);
      g_assert_true (isnan (set.kpis[k].value));
      g_assert_nonnull (set.kpis[k].sentence);
      g_assert_cmpint (set.kpis[k].judgement, ==, MR_KPI_NO_TARGET);
    }
  g_assert_true (set.kpis[MR_KPI_SPEND].has_value);
  g_assert_cmpstr (set.kpis[MR_KPI_ROAS].sentence, ==, "No revenue entered yet.");
  mr_kpi_set_clear (&set);
}

/* Scale up the member above target with the cheapest engagement; review the one that
 * returns under half the target; the rest neither. */
static void
test_hints (void)
{
  const struct { double spend, revenue; gint64 engagements; MrKpiHint hint; } members[] = {
    { 400, 2000, 4000, MR_KPI_HINT_SCALE_UP },   /* ROAS 5, CPE 0.10 */
    { 400, 1600, 1000, MR_KPI_HINT_NONE },       /* ROAS 4, CPE 0.40: above the median */
    { 400, 1000, 2000, MR_KPI_HINT_NONE },       /* ROAS 2.5, CPE 0.20 */
    { 400, 400, 500, MR_KPI_HINT_REVIEW },       /* ROAS 1, CPE 0.80 */
    { 400, NAN, 800, MR_KPI_HINT_NONE },         /* no revenue: no judgement */
  };
  MrKpiSet sets[G_N_ELEMENTS (members)] = { 0 };
  MrKpiHint hints[G_N_ELEMENTS (members)];
  MrKpiTargets targets;

  mr_kpi_targets_init (&targets);
  for (gsize i = 0; i < G_N_ELEMENTS (members); i++)
    {
      MrKpiInput in;

      mr_kpi_input_init (&in);
      in.spend = members[i].spend;
      in.revenue = members[i].revenue;
      in.engagements = members[i].engagements;
      mr_kpi_compute (&in, &targets, &sets[i]);
    }
  mr_kpi_hints (sets, G_N_ELEMENTS (members), &targets, hints);
  for (gsize i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_assert_cmpint (hints[i], ==, members[i].hint);
      mr_kpi_set_clear (&sets[i]);
    }
  g_assert_nonnull (mr_kpi_hint_describe (MR_KPI_HINT_SCALE_UP));
  g_assert_null (mr_kpi_hint_describe (MR_KPI_HINT_NONE));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kpi/formulas", test_formulas);
  g_test_add_func ("/kpi/currency", test_currency);
  g_test_add_func ("/kpi/off-target", test_off_target);
  g_test_add_func ("/kpi/missing", test_missing);
  g_test_add_func ("/kpi/hints", test_hints);

  return g_test_run ();
}
