/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-metrics"

#include "config.h"

#include <math.h>

#include "mr-application.h"
#include "mr-bench.h"
#include "mr-bench-data.h"
#include "mr-store.h"
#include "mr-vetting.h"

/* How long the metrics of 10,000 creators take: 100 posts and 180 days of follower
 * history and daily activity each, generated from a fixed seed so every run measures
 * the same work. Only the computation is timed, not the generation. Prints a line per
 * run, then the table and `metrics_10k_seconds=<median>` (target: under 1 s).
 *
 * Then the same as the app does it when it opens the big database (mr-bench-data.h):
 * the store opened (every creator and account loaded), and every creator's metrics
 * computed from the posts and history it reads back from SQLite:
 * `store_open_seconds` and `store_metrics_10k_seconds`. MR_BENCH_DATABASE names a
 * database made before; without it, one is generated (and removed) first. */

#define N_CREATORS  10000
#define N_POSTS     100
#define N_DAYS      180
#define N_RUNS      5
#define N_STORE_RUNS 3

typedef struct
{
  MrPlatform       platform;
  gint64           followers;
  MrPostStats      posts[N_POSTS];
  MrFollowerDay    history[N_DAYS];
  MrDailyActivity  activity[N_DAYS];
  int              checklist[5];
} Creator;

static void
generate (Creator *creator,
          GRand   *rand,
          guint32  first_day,
          gint64   now)
{
  static const MrPlatform platforms[] = {
    MR_PLATFORM_TIKTOK, MR_PLATFORM_INSTAGRAM, MR_PLATFORM_YOUTUBE,
  };
  double followers = g_rand_double_range (rand, 500, 2000000);
  double rate = g_rand_double_range (rand, 0.01, 0.12);

  creator->platform = platforms[g_rand_int_range (rand, 0, G_N_ELEMENTS (platforms))];

  for (guint d = 0; d < N_DAYS; d++)
    {
      double gain = followers * g_rand_double_range (rand, -0.001, 0.004);

      /* One creator in twenty buys a block of followers once. */
      if (d == 120 && g_rand_int_range (rand, 0, 20) == 0)
        gain += followers * 0.2;
      followers += gain;
      creator->history[d] = (MrFollowerDay) { first_day + d, (gint64) followers };
      creator->activity[d] = (MrDailyActivity) {
        .day = first_day + d,
        .views = (gint64) (followers * g_rand_double_range (rand, 0.2, 0.6)),
        .profile_views = (gint64) (followers * g_rand_double_range (rand, 0.005, 0.02)),
        .likes = (gint64) (followers * rate * g_rand_double_range (rand, 0.5, 1.5)),
        .comments = (gint64) (followers * rate * 0.03),
        .shares = (gint64) (followers * rate * 0.01),
      };
    }
  creator->followers = (gint64) followers;

  for (guint p = 0; p < N_POSTS; p++)
    {
      gint64 likes = (gint64) (followers * rate * g_rand_double_range (rand, 0.3, 1.7));

      creator->posts[p] = (MrPostStats) {
        .published_at = now - (gint64) p * g_rand_int_range (rand, 1, 4) * 86400
                        - g_rand_int_range (rand, 0, 86400),
        .views = likes * g_rand_int_range (rand, 8, 30),
        .reach = likes * g_rand_int_range (rand, 5, 15),
        .likes = likes,
        .comments = likes * g_rand_int_range (rand, 1, 6) / 100,
        .shares = likes / 50,
        .saves = likes / 30,
      };
    }

  for (guint c = 0; c < G_N_ELEMENTS (creator->checklist); c++)
    creator->checklist[c] = g_rand_int_range (rand, -1, 6);
}

static double
run (const Creator           *creators,
     const MrVettingSettings *settings,
     gint64                   now,
     double                  *checksum)
{
  double start = mr_bench_now ();

  *checksum = 0;
  for (guint i = 0; i < N_CREATORS; i++)
    {
      g_autoptr(MrVetting) vetting = NULL;
      MrVettingInput input;

      mr_vetting_input_init (&input);
      input.platform = creators[i].platform;
      input.followers = creators[i].followers;
      input.posts = creators[i].posts;
      input.n_posts = N_POSTS;
      input.history = creators[i].history;
      input.n_history = N_DAYS;
      input.activity = creators[i].activity;
      input.n_activity = N_DAYS;
      input.checklist = creators[i].checklist;
      input.n_checklist = G_N_ELEMENTS (creators[i].checklist);
      input.now = now;

      vetting = mr_vetting_compute (&input, settings);
      if (!isnan (vetting->score->score))
        *checksum += vetting->score->score;
    }

  return mr_bench_now () - start;
}

static void
measure_store (MrBenchReport *report)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("microreach-bench-metrics-XXXXXX", &error);
  g_autofree char *path = NULL;
  double open_seconds[N_STORE_RUNS], metrics_seconds[N_STORE_RUNS];

  if (dir == NULL || (path = mr_bench_data_get (dir, &error)) == NULL)
    g_error ("%s", error->message);

  for (guint r = 0; r < N_STORE_RUNS; r++)
    {
      g_autoptr(MrStore) store = NULL;
      double start = mr_bench_now ();

      if ((store = mr_store_open (path, &error)) == NULL)
        g_error ("%s", error->message);
      open_seconds[r] = mr_bench_now () - start;

      start = mr_bench_now ();
      if (!mr_store_set_vetting_settings (store, MR_TIER_SCHEME_DEFAULT, NULL, NULL, &error))
        g_error ("%s", error->message);
      metrics_seconds[r] = mr_bench_now () - start;
      g_print ("store run %u: opened in %.3f s, metrics of %u creators in %.3f s\n", r + 1,
               open_seconds[r], g_list_model_get_n_items (mr_store_get_creators (store)),
               metrics_seconds[r]);
    }

  mr_bench_report_add (report, "store_open_seconds", "%.3f",
                       mr_bench_median (open_seconds, N_STORE_RUNS), "s", NAN,
                       "the big database opened, creators and accounts loaded (median)");
  mr_bench_report_add (report, "store_metrics_10k_seconds", "%.3f",
                       mr_bench_median (metrics_seconds, N_STORE_RUNS), "s", 1.0,
                       "every creator's metrics, read from the big database (median)");
  mr_bench_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);
  g_autoptr(MrBenchmarks) benchmarks = mr_benchmarks_new ();
  g_autofree Creator *creators = g_new0 (Creator, N_CREATORS);
  g_autoptr(MrBenchReport) report = mr_bench_report_new ();
  MrVettingSettings settings = {
    .tier_scheme = MR_TIER_SCHEME_DEFAULT,
    .benchmarks = benchmarks,
    .currency = "EUR",
  };
  /* A fixed "today": 2026-11-22 12:00 UTC, the day after the generated history ends. */
  const gint64 now = 1795348800;
  GDate today;
  double seconds[N_RUNS];
  double checksum = 0;

  setvbuf (stdout, NULL, _IOLBF, 0);
  mr_application_init_i18n ();
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 22, G_DATE_NOVEMBER, 2026);
  for (guint i = 0; i < N_CREATORS; i++)
    generate (&creators[i], rand, g_date_get_julian (&today) - N_DAYS, now);

  for (guint r = 0; r < N_RUNS; r++)
    {
      seconds[r] = run (creators, &settings, now, &checksum);
      g_print ("run %u: metrics for %d creators in %.3f s (mean score %.2f)\n",
               r + 1, N_CREATORS, seconds[r], checksum / N_CREATORS);
    }

  mr_bench_report_add (report, "metrics_10k_seconds", "%.3f",
                       mr_bench_median (seconds, N_RUNS), "s", 1.0,
                       "vetting metrics of 10,000 creators, computed (median)");
  measure_store (report);
  mr_bench_report_print (report);

  return 0;
}
