/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-demand"

#include "config.h"

#include <math.h>

#include "mr-demand.h"

/* 1 January 2026 */
#define DAY0 739617

/* A daily series of @n days from DAY0: @base with a fixed wobble, plus @extra on the days
 * from @spike_from for @spike_days. */
static GArray *
series (guint  n,
        double base,
        guint  spike_from,
        guint  spike_days,
        double extra)
{
  GArray *points = g_array_new (FALSE, FALSE, sizeof (MrDemandPoint));
  /* Noise without randomness: the same series every run. */
  static const double wobble[] = { 0.9, 1.1, 1.0, 0.95, 1.05, 1.12, 0.88 };

  for (guint i = 0; i < n; i++)
    {
      MrDemandPoint point = { DAY0 + i, base * wobble[i % G_N_ELEMENTS (wobble)] };

      if (i >= spike_from && i < spike_from + spike_days)
        point.value += extra;
      g_array_append_val (points, point);
    }
  return points;
}

static GArray *
find (GArray *points,
      double  k,
      double  min_volume)
{
  MrDemandSettings settings;

  mr_demand_settings_init (&settings);
  settings.k = k;
  settings.min_volume = min_volume;
  return mr_demand_find_spikes ((MrDemandPoint *) points->data, points->len, &settings);
}

/* Three days of five times the searches stand out, and are one spike, not three. */
static void
test_clear_spike (void)
{
  g_autoptr(GArray) points = series (120, 40, 100, 3, 160);
  g_autoptr(GArray) spikes = find (points, 2, 10);
  MrDemandSpike *spike;

  g_assert_cmpuint (spikes->len, ==, 1);
  spike = &g_array_index (spikes, MrDemandSpike, 0);
  g_assert_cmpuint (spike->first_day, <=, DAY0 + 100);
  g_assert_cmpuint (spike->peak_day, >=, DAY0 + 102);
  g_assert_cmpfloat (spike->recent_mean, >, 2 * spike->baseline_mean);
  g_assert_cmpfloat (spike->z, >, 2);
}

/* A steady climb of a few percent a week is a trend, not a moment. */
static void
test_slow_rise (void)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (MrDemandPoint));
  g_autoptr(GArray) spikes = NULL;

  for (guint i = 0; i < 200; i++)
    {
      MrDemandPoint point = { DAY0 + i, 50 * (1 + i * 0.004) * (i % 2 ? 1.15 : 0.85) };

      g_array_append_val (points, point);
    }
  spikes = find (points, 2, 10);
  g_assert_cmpuint (spikes->len, ==, 0);
}

/* Noise that swings ±12 % around its mean never stands out at k = 2. */
static void
test_noise (void)
{
  g_autoptr(GArray) points = series (365, 80, 0, 0, 0);
  g_autoptr(GArray) spikes = find (points, 2, 10);

  g_assert_cmpuint (spikes->len, ==, 0);
}

/* From one search a day to four is a rise of 300 %, and still nobody is searching. */
static void
test_too_little_volume (void)
{
  g_autoptr(GArray) points = series (90, 1, 80, 5, 3);
  g_autoptr(GArray) spikes = find (points, 2, 10);

  g_assert_cmpuint (spikes->len, ==, 0);
  g_clear_pointer (&spikes, g_array_unref);
  spikes = find (points, 2, 0);
  g_assert_cmpuint (spikes->len, ==, 1);
}

/* k is the preference: a moderate rise stands out at 1.5 but not at 3. */
static void
test_sensitivity (void)
{
  g_autoptr(GArray) points = series (120, 100, 110, 7, 18);
  g_autoptr(GArray) lenient = find (points, 1.5, 10);
  g_autoptr(GArray) strict = find (points, 3, 10);

  g_assert_cmpuint (lenient->len, ==, 1);
  g_assert_cmpuint (strict->len, ==, 0);
}

/* Years of history list every spike; only one reaching into the last week is recent. */
static void
test_recent_window (void)
{
  g_autoptr(GArray) points = series (3 * 365, 30, 200, 4, 200);
  g_autoptr(GArray) spikes = NULL;
  MrDemandSettings settings;
  guint32 today = DAY0 + 3 * 365;

  for (guint i = 3 * 365 - 2; i < 3 * 365; i++)
    g_array_index (points, MrDemandPoint, i).value += 250;
  for (guint i = 700; i < 703; i++)
    g_array_index (points, MrDemandPoint, i).value += 180;

  mr_demand_settings_init (&settings);
  settings.min_volume = 10;
  spikes = mr_demand_find_spikes ((MrDemandPoint *) points->data, points->len, &settings);
  g_assert_cmpuint (spikes->len, ==, 3);
  g_assert_false (mr_demand_spike_is_recent (&g_array_index (spikes, MrDemandSpike, 0),
                                             today, &settings));
  g_assert_false (mr_demand_spike_is_recent (&g_array_index (spikes, MrDemandSpike, 1),
                                             today, &settings));
  g_assert_true (mr_demand_spike_is_recent (&g_array_index (spikes, MrDemandSpike, 2),
                                            today, &settings));
  /* A week later the same spike is history. */
  g_assert_false (mr_demand_spike_is_recent (&g_array_index (spikes, MrDemandSpike, 2),
                                             today + 8, &settings));
}

/* A weekly Trends series: one point a week, the last one far above the others. */
static void
test_weekly (void)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (MrDemandPoint));
  g_autoptr(GArray) spikes = NULL;

  for (guint week = 0; week < 52; week++)
    {
      MrDemandPoint point = { DAY0 + 7 * week, week % 3 ? 22 : 26 };

      if (week == 51)
        point.value = 100;
      g_array_append_val (points, point);
    }
  spikes = find (points, 2, 10);
  g_assert_cmpuint (spikes->len, ==, 1);
  g_assert_cmpuint (g_array_index (spikes, MrDemandSpike, 0).peak_day, ==, DAY0 + 7 * 51);
}

static void
test_describe (void)
{
  MrDemandSpike spike = {
    .peak_day = DAY0 + 194, .recent_mean = 41, .baseline_mean = 12, .baseline_sd = 3, .z = 9
  };
  g_autofree char *text = mr_demand_spike_describe (&spike, "fietsband plakken");

  g_assert_cmpstr (text, ==, "Searches for “fietsband plakken” rose to 3.4 times their usual "
                             "level (an average of 41 against 12) in the days to 14 July 2026.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/demand/clear-spike", test_clear_spike);
  g_test_add_func ("/demand/slow-rise", test_slow_rise);
  g_test_add_func ("/demand/noise", test_noise);
  g_test_add_func ("/demand/too-little-volume", test_too_little_volume);
  g_test_add_func ("/demand/sensitivity", test_sensitivity);
  g_test_add_func ("/demand/recent-window", test_recent_window);
  g_test_add_func ("/demand/weekly", test_weekly);
  g_test_add_func ("/demand/describe", test_describe);

  return g_test_run ();
}
