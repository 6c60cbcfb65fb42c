/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-growth"

#include "config.h"

#include <math.h>

#include "mr-growth.h"

/* Hand-made follower histories: day 0 is 1 January 2025. */

#define SPIKE_INDEX 50   /* 20 February 2025 */

static guint32
day_of (guint index)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2025);
  return g_date_get_julian (&date) + index;
}

/* Noon UTC of a day, for posts. */
static gint64
noon_of (guint index)
{
  GDate epoch;

  g_date_clear (&epoch, 1);
  g_date_set_dmy (&epoch, 1, G_DATE_JANUARY, 1970);
  return (gint64) (day_of (index) - g_date_get_julian (&epoch)) * 86400 + 12 * 3600;
}

/* A history of n_days from daily gains (gains[0] is ignored), shifted so that the count
 * on day `anchor` is `anchor_followers`. */
static GArray *
history_from_gains (const gint64 *gains,
                    guint         n_days,
                    guint         anchor,
                    gint64        anchor_followers)
{
  GArray *history = g_array_sized_new (FALSE, FALSE, sizeof (MrFollowerDay), n_days);
  gint64 followers = 0, shift;

  for (guint i = 0; i < n_days; i++)
    {
      MrFollowerDay day = { day_of (i), followers += (i > 0 ? gains[i] : 0) };

      g_array_append_val (history, day);
    }
  shift = anchor_followers - g_array_index (history, MrFollowerDay, anchor).followers;
  for (guint i = 0; i < n_days; i++)
    g_array_index (history, MrFollowerDay, i).followers += shift;

  return history;
}

/* 80 days of 20–26 new followers a day with one jump of `spike` on SPIKE_INDEX, the day
 * before it at 50,000 followers. */
static GArray *
history_with_spike (gint64 spike)
{
  gint64 gains[80];

  for (guint i = 0; i < G_N_ELEMENTS (gains); i++)
    gains[i] = 20 + i % 7;
  gains[SPIKE_INDEX] = spike;

  return history_from_gains (gains, G_N_ELEMENTS (gains), SPIKE_INDEX - 1, 50000);
}

/* Views around 10,000 and profile views around 500 a day; on the spike's days views
 * reach `views_then` and profile views `profile_views_then`. Likes and the rest are
 * not in the export. */
static GArray *
activity_around_spike (gint64 views_then,
                       gint64 profile_views_then)
{
  GArray *activity = g_array_new (FALSE, FALSE, sizeof (MrDailyActivity));

  for (guint i = 0; i < 80; i++)
    {
      gboolean then = i + 1 >= SPIKE_INDEX && i <= SPIKE_INDEX + 1;
      MrDailyActivity day = {
        day_of (i),
        then ? views_then : 10000 - 300 + (gint64) (i % 3) * 300,
        then ? profile_views_then : 500,
        MR_METRIC_UNKNOWN, MR_METRIC_UNKNOWN, MR_METRIC_UNKNOWN,
      };

      g_array_append_val (activity, day);
    }
  return activity;
}

static MrGrowth *
compute (GArray *history,
         GArray *activity,
         GArray *posts)
{
  return mr_growth_compute ((const MrFollowerDay *) (gpointer) history->data, history->len,
                            activity != NULL ? (const MrDailyActivity *) (gpointer) activity->data : NULL,
                            activity != NULL ? activity->len : 0,
                            posts != NULL ? (const MrPostStats *) (gpointer) posts->data : NULL,
                            posts != NULL ? posts->len : 0);
}

static const MrFlag *
find_flag (const MrGrowth *growth,
           const char     *code)
{
  for (guint i = 0; i < growth->flags->len; i++)
    {
      const MrFlag *flag = g_ptr_array_index (growth->flags, i);

      if (g_str_equal (flag->code, code))
        return flag;
    }
  return NULL;
}

static guint
count_flags (const MrGrowth *growth,
             const char     *prefix)
{
  guint n = 0;

  for (guint i = 0; i < growth->flags->len; i++)
    n += g_str_has_prefix (((const MrFlag *) g_ptr_array_index (growth->flags, i))->code, prefix);
  return n;
}

static const MrSpike *
only_spike (const MrGrowth *growth)
{
  g_assert_cmpuint (growth->spikes->len, ==, 1);
  return g_ptr_array_index (growth->spikes, 0);
}

/* Fast but steady growth: most days gain more than 1 % of the audience, so the share
 * alone would call them spikes; the baseline does not. One real jump in the same noise
 * is still found. */
static void
test_steady_noise (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GArray) history = NULL;
  g_autoptr(MrGrowth) growth = NULL;
  g_autoptr(MrGrowth) with_jump = NULL;
  gint64 gains[60];
  guint above_share = 0;

  for (guint i = 0; i < G_N_ELEMENTS (gains); i++)
    gains[i] = g_rand_int_range (rand, 150, 351);
  history = history_from_gains (gains, G_N_ELEMENTS (gains), 0, 5000);
  for (guint i = 1; i < history->len; i++)
    above_share += gains[i] * 100 >= g_array_index (history, MrFollowerDay, i - 1).followers;
  g_assert_cmpuint (above_share, >, history->len / 2);

  growth = compute (history, NULL, NULL);
  g_assert_cmpuint (growth->spikes->len, ==, 0);
  g_assert_cmpuint (count_flags (growth, "growth-spike"), ==, 0);
  g_assert_true (growth->has_score);
  g_assert_cmpfloat (growth->score, ==, 100.0);
  g_assert_cmpstr (growth->score_reason, ==, "Steady follower growth, no sudden jumps in 59 days of history.");

  g_array_free (history, TRUE);
  gains[40] = 1500;
  history = history_from_gains (gains, G_N_ELEMENTS (gains), 0, 5000);
  with_jump = compute (history, NULL, NULL);
  g_assert_cmpuint (only_spike (with_jump)->day, ==, day_of (40));
  g_assert_cmpint (only_spike (with_jump)->gain, ==, 1500);
}

/* Views and profile views rose on the same days: organic. */
static void
test_spike_organic (void)
{
  g_autoptr(GArray) history = history_with_spike (4200);
  g_autoptr(GArray) activity = activity_around_spike (41000, 1000);
  g_autoptr(MrGrowth) growth = compute (history, activity, NULL);
  const MrSpike *spike = only_spike (growth);

  g_assert_cmpint (spike->kind, ==, MR_SPIKE_GAIN);
  g_assert_cmpuint (spike->day, ==, day_of (SPIKE_INDEX));
  g_assert_cmpint (spike->gain, ==, 4200);
  g_assert_cmpfloat_with_epsilon (spike->share, 8.4, 1e-9);
  g_assert_cmpint (spike->verdict, ==, MR_SPIKE_ORGANIC);
  g_assert_cmpstr (mr_spike_verdict_to_string (spike->verdict), ==, "organic");
  g_assert_cmpfloat_with_epsilon (spike->activity_ratio, 4.1, 1e-9);
  g_assert_cmpstr (spike->evidence, ==,
                   "On 20 February 2025, followers rose by 4,200 (8.4 % of the audience) while "
                   "views rose to 4.1 times their usual level: growth like this follows content "
                   "that reached new people.");

  g_assert_nonnull (find_flag (growth, "growth-spike-organic"));
  g_assert_cmpint (find_flag (growth, "growth-spike-organic")->severity, ==, MR_SEVERITY_INFO);
  g_assert_null (find_flag (growth, "growth-spike-suspicious"));
  g_assert_cmpfloat (growth->score, ==, 100.0);
  g_assert_cmpstr (growth->score_reason, ==, "Steady growth; 1 jump came with a rise in views or engagement.");
}

/* The same jump while views and profile views stayed flat: suspicious. */
static void
test_spike_suspicious (void)
{
  g_autoptr(GArray) history = history_with_spike (4200);
  g_autoptr(GArray) activity = activity_around_spike (11000, 520);
  g_autoptr(MrGrowth) growth = compute (history, activity, NULL);
  const MrSpike *spike = only_spike (growth);
  const MrFlag *flag;

  g_assert_cmpint (spike->verdict, ==, MR_SPIKE_SUSPICIOUS);
  g_assert_cmpstr (mr_spike_verdict_to_string (spike->verdict), ==, "suspicious");
  g_assert_cmpfloat_with_epsilon (spike->activity_ratio, 1.1, 1e-9);
  g_assert_cmpstr (spike->evidence, ==,
                   "On 20 February 2025, followers rose by 4,200 (8.4 % of the audience) while "
                   "views and profile views did not rise: bought followers look like this.");

  flag = find_flag (growth, "growth-spike-suspicious");
  g_assert_nonnull (flag);
  g_assert_cmpint (flag->severity, ==, MR_SEVERITY_ALERT);
  g_assert_cmpstr (flag->message, ==, spike->evidence);
  g_assert_cmpfloat (growth->score, ==, 65.0);
  g_assert_cmpstr (growth->score_reason, ==, "1 follower jump without the views or engagement to explain it.");
}

/* Without any activity the jump cannot be called organic; DESIGN.md's JSON has no
 * third verdict, so it is exported as suspicious, and the sentence says why. */
static void
test_spike_unverified (void)
{
  g_autoptr(GArray) history = history_with_spike (4200);
  g_autoptr(MrGrowth) growth = compute (history, NULL, NULL);
  const MrSpike *spike = only_spike (growth);

  g_assert_cmpint (spike->verdict, ==, MR_SPIKE_UNVERIFIED);
  g_assert_cmpstr (mr_spike_verdict_to_string (spike->verdict), ==, "suspicious");
  g_assert_true (isnan (spike->activity_ratio));
  g_assert_true (g_str_has_suffix (spike->evidence,
                                   "but there are no views, profile views or posts from around "
                                   "those days to check it against: without that evidence it is "
                                   "not called organic."));
  g_assert_cmpint (find_flag (growth, "growth-spike-unverified")->severity, ==, MR_SEVERITY_WARNING);
  g_assert_null (find_flag (growth, "growth-spike-suspicious"));
  g_assert_cmpfloat (growth->score, ==, 85.0);
}

/* Two days missing before the jump: the three days are judged as one step, at 1,415 a
 * day, and the sentence gives the span. */
static void
test_spike_across_gap (void)
{
  g_autoptr(GArray) history = history_with_spike (4200);
  g_autoptr(GArray) activity = activity_around_spike (41000, 1000);
  g_autoptr(MrGrowth) growth = NULL;
  const MrSpike *spike;

  g_array_remove_range (history, SPIKE_INDEX - 2, 2);
  growth = compute (history, activity, NULL);
  spike = only_spike (growth);
  g_assert_cmpuint (spike->n_days, ==, 3);
  g_assert_cmpint (spike->gain, ==, 4200 + 26 + 20);
  g_assert_cmpint (spike->followers_before, ==, 50000 - 26 - 20);
  g_assert_cmpint (spike->verdict, ==, MR_SPIKE_ORGANIC);
  g_assert_true (g_str_has_prefix (spike->evidence,
                                   "Between 17 February 2025 and 20 February 2025, followers rose by "
                                   "4,246 (8.5 % of the audience) while views rose to 4.1 times"));
}

/* After a month without counts there is no baseline until a week of counts has come
 * in again: a jump three days after the gap is not judged, one ten days after is. */
static void
test_baseline_after_gap (void)
{
  gint64 gains[100];
  g_autoptr(GArray) early = NULL;
  g_autoptr(GArray) late = NULL;
  g_autoptr(MrGrowth) early_growth = NULL;
  g_autoptr(MrGrowth) late_growth = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (gains); i++)
    gains[i] = 20 + i % 5;
  gains[83] = 2000;
  early = history_from_gains (gains, G_N_ELEMENTS (gains), 0, 30011);
  g_array_remove_range (early, 40, 40);
  early_growth = compute (early, NULL, NULL);
  g_assert_cmpuint (early_growth->spikes->len, ==, 0);

  gains[83] = 20;
  gains[90] = 2000;
  late = history_from_gains (gains, G_N_ELEMENTS (gains), 0, 30011);
  g_array_remove_range (late, 40, 40);
  late_growth = compute (late, NULL, NULL);
  g_assert_cmpuint (only_spike (late_growth)->day, ==, day_of (90));
}

/* Posts are evidence too: a post that drew far more views than usual on the day. */
static void
test_spike_posts (void)
{
  g_autoptr(GArray) history = history_with_spike (4200);
  g_autoptr(GArray) posts = g_array_new (FALSE, TRUE, sizeof (MrPostStats));
  g_autoptr(MrGrowth) organic = NULL;
  g_autoptr(MrGrowth) flat = NULL;
  g_autoptr(MrGrowth) earlier = NULL;

  for (guint i = 2; i < 80; i += 3)
    {
      MrPostStats post = { noon_of (i), 5000, MR_METRIC_UNKNOWN, 400, 12, 5, 9 };

      g_array_append_val (posts, post);
    }
  flat = compute (history, NULL, posts);
  g_assert_cmpint (only_spike (flat)->verdict, ==, MR_SPIKE_SUSPICIOUS);
  g_assert_true (strstr (only_spike (flat)->evidence, "while posts did not rise") != NULL);

  /* The post on the spike's day (index 50 = 2 + 3 × 16) went viral. */
  g_array_index (posts, MrPostStats, 16).views = 60000;
  organic = compute (history, NULL, posts);
  g_assert_cmpint (only_spike (organic)->verdict, ==, MR_SPIKE_ORGANIC);
  g_assert_true (strstr (only_spike (organic)->evidence, "a post from those days drew 12 times the usual views") != NULL);

  /* A post that went viral two days before the jump brought it: organic too. */
  g_array_index (posts, MrPostStats, 16).views = 5000;
  g_array_index (posts, MrPostStats, 15).published_at += 86400;   /* day 48 */
  g_array_index (posts, MrPostStats, 15).views = 60000;
  earlier = compute (history, NULL, posts);
  g_assert_cmpint (only_spike (earlier)->verdict, ==, MR_SPIKE_ORGANIC);
}

/* A round 5,000 on top of the usual 12 a day: a package. */
static void
test_round_number (void)
{
  gint64 gains[60];
  g_autoptr(GArray) history = NULL;
  g_autoptr(GArray) displayed = NULL;
  g_autoptr(GArray) uneven = NULL;
  g_autoptr(MrGrowth) growth = NULL;
  g_autoptr(MrGrowth) growth_displayed = NULL;
  g_autoptr(MrGrowth) growth_uneven = NULL;
  const MrSpike *spike;

  for (guint i = 0; i < G_N_ELEMENTS (gains); i++)
    gains[i] = 12;
  gains[40] = 5012;
  history = history_from_gains (gains, G_N_ELEMENTS (gains), 39, 20137);
  growth = compute (history, NULL, NULL);
  spike = only_spike (growth);
  g_assert_cmpint (spike->round_amount, ==, 5000);
  /* Unverified by activity, but the round number is a sign of its own. */
  g_assert_cmpint (spike->verdict, ==, MR_SPIKE_SUSPICIOUS);
  g_assert_true (g_str_has_suffix (spike->evidence,
                                   "The jump comes to a round 5,000 followers, the size in which "
                                   "bought followers are sold."));
  g_assert_cmpstr (find_flag (growth, "growth-round-number")->message, ==,
                   "On 10 February 2025 the follower count jumped by a round 5,000. Bought "
                   "followers are sold in round packages, so a jump like this deserves a closer look.");
  g_assert_cmpint (find_flag (growth, "growth-spike-suspicious")->severity, ==, MR_SEVERITY_ALERT);

  gains[40] = 4987;
  uneven = history_from_gains (gains, G_N_ELEMENTS (gains), 39, 20137);
  growth_uneven = compute (uneven, NULL, NULL);
  g_assert_cmpint (only_spike (growth_uneven)->round_amount, ==, 0);
  g_assert_cmpint (only_spike (growth_uneven)->verdict, ==, MR_SPIKE_UNVERIFIED);
  g_assert_null (find_flag (growth_uneven, "growth-round-number"));

  /* Counts rounded for display ("20.1K") make every difference round: not a sign. */
  for (guint i = 0; i < G_N_ELEMENTS (gains); i++)
    gains[i] = 100;
  gains[40] = 5000;
  displayed = history_from_gains (gains, G_N_ELEMENTS (gains), 39, 20100);
  growth_displayed = compute (displayed, NULL, NULL);
  g_assert_cmpint (only_spike (growth_displayed)->round_amount, ==, 0);
  g_assert_null (find_flag (growth_displayed, "growth-round-number"));
}

/* 80 days: +15 a day, a jump on day 40, then 100 a day lost for four weeks. */
static GArray *
history_gain_then_loss (gint64 jump)
{
  gint64 gains[80];

  for (guint i = 0; i < G_N_ELEMENTS (gains); i++)
    gains[i] = i > 40 && i <= 68 ? -100 : 15;
  gains[40] = jump;
  return history_from_gains (gains, G_N_ELEMENTS (gains), 39, 20003);
}

static void
test_gain_then_loss (void)
{
  g_autoptr(GArray) history = history_gain_then_loss (3120);
  g_autoptr(GArray) activity = g_array_new (FALSE, FALSE, sizeof (MrDailyActivity));
  g_autoptr(GArray) both_history = history_gain_then_loss (5015);
  g_autoptr(MrGrowth) growth = NULL;
  g_autoptr(MrGrowth) both = NULL;
  const MrSpike *spike;

  for (guint i = 0; i < 80; i++)
    {
      MrDailyActivity day = { day_of (i), i == 40 ? 30000 : 10000, 500, -1, -1, -1 };

      g_array_append_val (activity, day);
    }

  /* Views tripled, so the jump itself looks organic; the loss is one sign against it. */
  growth = compute (history, activity, NULL);
  spike = only_spike (growth);
  g_assert_cmpint (spike->verdict, ==, MR_SPIKE_ORGANIC);
  g_assert_cmpuint (spike->lost_after_days, ==, 28);
  g_assert_cmpfloat_with_epsilon (spike->lost_share, 2800.0 / 3120.0 * 100.0, 1e-9);
  g_assert_cmpstr (find_flag (growth, "growth-gain-then-loss")->message, ==,
                   "Of the 3,120 followers gained on 10 February 2025, 2,800 were gone again 28 "
                   "days later. Bought accounts are often removed or stop following within weeks, "
                   "so the real audience is smaller than the jump suggested.");
  g_assert_cmpint (find_flag (growth, "growth-gain-then-loss")->severity, ==, MR_SEVERITY_WARNING);
  g_assert_cmpfloat (growth->score, ==, 90.0);
  /* The steady loss is no drop: no single day loses 1 % of the audience. */
  g_assert_null (find_flag (growth, "growth-drop"));

  /* A round 5,000 (on top of the usual 15) that melts away: two signs outweigh the views. */
  both = compute (both_history, activity, NULL);
  spike = only_spike (both);
  g_assert_cmpint (spike->round_amount, ==, 5000);
  g_assert_cmpint (spike->verdict, ==, MR_SPIKE_SUSPICIOUS);
  g_assert_true (g_str_has_suffix (spike->evidence,
                                   "Real attention does not explain a round jump that disappears "
                                   "again: bought followers may have been added on top."));
  g_assert_cmpfloat (both->score, ==, 65.0);
}

static void
test_drop (void)
{
  gint64 gains[80];
  g_autoptr(GArray) history = NULL;
  g_autoptr(GArray) after_jump = NULL;
  g_autoptr(GArray) activity = activity_around_spike (10000, 500);
  g_autoptr(MrGrowth) growth = NULL;
  g_autoptr(MrGrowth) purge = NULL;
  const MrSpike *spike;

  for (guint i = 0; i < G_N_ELEMENTS (gains); i++)
    gains[i] = 25;
  gains[SPIKE_INDEX] = -1500;
  history = history_from_gains (gains, G_N_ELEMENTS (gains), SPIKE_INDEX - 1, 30000);
  growth = compute (history, NULL, NULL);
  spike = only_spike (growth);
  g_assert_cmpint (spike->kind, ==, MR_SPIKE_DROP);
  g_assert_cmpint (spike->gain, ==, -1500);
  g_assert_cmpfloat_with_epsilon (spike->share, 5.0, 1e-9);
  g_assert_cmpstr (mr_spike_verdict_to_string (spike->verdict), ==, "suspicious");
  g_assert_cmpstr (spike->evidence, ==,
                   "On 20 February 2025, followers fell by 1,500 (5 % of the audience). Platforms "
                   "remove fake and inactive accounts in purges like this; a loss this size can "
                   "also follow a controversy.");
  g_assert_cmpint (find_flag (growth, "growth-drop")->severity, ==, MR_SEVERITY_WARNING);
  g_assert_cmpfloat (growth->score, ==, 90.0);
  g_assert_cmpstr (growth->score_reason, ==, "1 sudden loss of followers.");

  /* A jump that views did not explain on day 30, taken away again on day 50. */
  gains[30] = 3000;
  gains[SPIKE_INDEX] = -2500;
  after_jump = history_from_gains (gains, G_N_ELEMENTS (gains), SPIKE_INDEX - 1, 30000);
  purge = compute (after_jump, activity, NULL);
  g_assert_cmpuint (purge->spikes->len, ==, 2);
  spike = g_ptr_array_index (purge->spikes, 1);
  g_assert_cmpint (spike->kind, ==, MR_SPIKE_DROP);
  g_assert_cmpint (spike->verdict, ==, MR_SPIKE_SUSPICIOUS);
  g_assert_true (strstr (spike->evidence, "It follows the jump of 31 January 2025 that activity did not explain") != NULL);
  g_assert_cmpfloat (purge->score, ==, 55.0);
}

static void
test_history_short (void)
{
  gint64 gains[40];
  g_autoptr(GArray) history = NULL;
  g_autoptr(MrGrowth) growth = NULL;
  g_autoptr(MrGrowth) too_short = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (gains); i++)
    gains[i] = 30;
  history = history_from_gains (gains, G_N_ELEMENTS (gains), 0, 8000);
  growth = compute (history, NULL, NULL);
  g_assert_false (growth->short_window.has_value);
  g_assert_cmpuint (growth->short_window.covered_days, ==, 39);
  g_assert_true (isnan (growth->short_window.percent_per_30_days));
  g_assert_false (growth->long_window.has_value);
  g_assert_cmpstr (find_flag (growth, "growth-history-short")->message, ==,
                   "The follower history spans only 39 days: growth over 3 months needs 90 days, "
                   "and jumps before the history began cannot be checked.");
  g_assert_true (growth->has_score);

  g_array_set_size (history, 20);
  too_short = compute (history, NULL, NULL);
  g_assert_false (too_short->has_score);
  g_assert_true (isnan (too_short->score));
  g_assert_cmpstr (too_short->score_reason, ==, "Only 19 days of follower history, too little to judge.");
}

/* Counts unknown before tracking began, given newest first: not a jump from zero. */
static void
test_unknown_before_tracking (void)
{
  g_autoptr(GArray) history = g_array_new (FALSE, FALSE, sizeof (MrFollowerDay));
  g_autoptr(MrGrowth) growth = NULL;

  for (guint i = 150; i > 0; i--)
    {
      guint index = i - 1;
      MrFollowerDay day = { day_of (index), index < 30 ? MR_METRIC_UNKNOWN : 12000 + (gint64) (index - 30) * 20 };

      g_array_append_val (history, day);
    }

  /* A later import corrects the newest day: the later count wins. */
  {
    MrFollowerDay corrected = { day_of (149), 12000 + 119 * 20 + 3 };

    g_array_append_val (history, corrected);
  }

  growth = compute (history, NULL, NULL);
  g_assert_cmpuint (growth->spikes->len, ==, 0);
  g_assert_cmpuint (growth->first_day, ==, day_of (30));
  g_assert_cmpint (growth->followers, ==, 12000 + 119 * 20 + 3);
  g_assert_true (growth->short_window.has_value);
  /* (1,800 + 3) over 90 days */
  g_assert_cmpfloat_with_epsilon (growth->short_window.followers_per_30_days, 601.0, 1e-9);
  g_assert_false (growth->long_window.has_value);
  g_assert_cmpuint (growth->long_window.covered_days, ==, 119);
  g_assert_null (find_flag (growth, "growth-history-short"));
  g_assert_cmpfloat (growth->score, ==, 100.0);
}

static void
test_per_30_days (void)
{
  g_autoptr(GArray) history = g_array_new (FALSE, FALSE, sizeof (MrFollowerDay));
  g_autoptr(MrGrowth) growth = NULL;
  g_autoptr(MrGrowth) sparse = NULL;
  MrFollowerDay points[] = {
    { day_of (0), 9000 }, { day_of (35), 9500 }, { day_of (95), 10400 },
  };

  /* 200 days at 20 a day: 10,000 → 13,980. */
  for (guint i = 0; i < 200; i++)
    {
      MrFollowerDay day = { day_of (i), 10000 + (gint64) i * 20 };

      g_array_append_val (history, day);
    }
  growth = compute (history, NULL, NULL);
  g_assert_cmpint (growth->short_window.start_followers, ==, 12180);
  g_assert_cmpint (growth->short_window.end_followers, ==, 13980);
  g_assert_cmpfloat_with_epsilon (growth->short_window.followers_per_30_days, 600.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (growth->short_window.percent_per_30_days, 600.0 / 12180.0 * 100.0, 1e-9);
  g_assert_cmpint (growth->long_window.start_followers, ==, 10380);
  g_assert_cmpfloat_with_epsilon (growth->long_window.percent_per_30_days, 600.0 / 10380.0 * 100.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (growth->long_window.percent_per_30_days, 5.780, 1e-3);

  /* Three counts: the window starts at the count 95 days back (within a week of 90), and
   * 1,400 over 95 days is 442.1 per 30 days, 4.91 % of 9,000. */
  sparse = mr_growth_compute (points, G_N_ELEMENTS (points), NULL, 0, NULL, 0);
  g_assert_true (sparse->short_window.has_value);
  g_assert_cmpuint (sparse->short_window.start_day, ==, day_of (0));
  g_assert_cmpfloat_with_epsilon (sparse->short_window.followers_per_30_days, 1400.0 * 30.0 / 95.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (sparse->short_window.percent_per_30_days, 4.912, 1e-3);
  g_assert_false (sparse->long_window.has_value);
  g_assert_cmpuint (sparse->long_window.covered_days, ==, 95);
  /* Three counts cannot date a jump. */
  g_assert_false (sparse->has_score);
  g_assert_nonnull (find_flag (sparse, "growth-history-sparse"));
}

static void
test_no_history (void)
{
  g_autoptr(MrGrowth) growth = mr_growth_compute (NULL, 0, NULL, 0, NULL, 0);

  g_assert_false (growth->has_score);
  g_assert_cmpint (growth->followers, ==, MR_METRIC_UNKNOWN);
  g_assert_false (growth->short_window.has_value);
  g_assert_cmpuint (growth->spikes->len, ==, 0);
  g_assert_cmpuint (growth->flags->len, ==, 1);
  g_assert_cmpint (find_flag (growth, "growth-history-missing")->severity, ==, MR_SEVERITY_INFO);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/growth/steady-noise", test_steady_noise);
  g_test_add_func ("/growth/spike-organic", test_spike_organic);
  g_test_add_func ("/growth/spike-suspicious", test_spike_suspicious);
  g_test_add_func ("/growth/spike-unverified", test_spike_unverified);
  g_test_add_func ("/growth/spike-across-gap", test_spike_across_gap);
  g_test_add_func ("/growth/spike-posts", test_spike_posts);
  g_test_add_func ("/growth/baseline-after-gap", test_baseline_after_gap);
  g_test_add_func ("/growth/round-number", test_round_number);
  g_test_add_func ("/growth/gain-then-loss", test_gain_then_loss);
  g_test_add_func ("/growth/drop", test_drop);
  g_test_add_func ("/growth/history-short", test_history_short);
  g_test_add_func ("/growth/unknown-before-tracking", test_unknown_before_tracking);
  g_test_add_func ("/growth/per-30-days", test_per_30_days);
  g_test_add_func ("/growth/no-history", test_no_history);

  return g_test_run ();
}
