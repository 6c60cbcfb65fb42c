/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-engagement"

#include "config.h"

#include <math.h>

#include "mr-benchmarks.h"
#include "mr-engagement.h"

/* Engagement rates and their comparison with the benchmarks, with the numbers worked
 * out by hand in the comments. */

#define DAY (G_GINT64_CONSTANT (24) * 60 * 60)
/* 2024-06-01 00:00 UTC */
#define NOW G_GINT64_CONSTANT (1717200000)

static MrPostStats
post (gint64 days_ago,
      gint64 likes,
      gint64 comments)
{
  MrPostStats p = {
    .published_at = NOW - days_ago * DAY,
    .views = MR_METRIC_UNKNOWN,
    .reach = MR_METRIC_UNKNOWN,
    .likes = likes,
    .comments = comments,
    .shares = MR_METRIC_UNKNOWN,
    .saves = MR_METRIC_UNKNOWN,
  };

  return p;
}

/* The seed: 500 likes + 800 comments on 2,000 followers → 65 %. */
static void
test_seed_example (void)
{
  MrPostStats posts[] = { post (0, 500, 800) };
  g_autoptr(MrEngagement) engagement = NULL;
  g_autoptr(MrEngagement) roster = NULL;

  engagement = mr_engagement_for_posts (posts, G_N_ELEMENTS (posts), 2000,
                                        MR_ENGAGEMENT_BY_FOLLOWERS, FALSE, 0);
  g_assert_true (engagement->has_value);
  g_assert_cmpfloat_with_epsilon (engagement->rate, 65.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (engagement->median, 65.0, 1e-9);
  g_assert_cmpuint (engagement->n_posts, ==, 1);
  g_assert_cmpuint (engagement->n_skipped, ==, 0);
  g_assert_cmpfloat_with_epsilon (engagement->mean_engagements, 1300.0, 1e-9);
  g_assert_cmpstr (mr_engagement_basis_to_string (engagement->basis), ==, "followers");
  g_assert_cmpstr (engagement->explanation, ==,
                   "Mean of 1 post from the 90 days up to the newest post, (likes + comments) ÷ followers.");

  roster = mr_engagement_for_averages (500, 800, 2000);
  g_assert_true (roster->has_value);
  g_assert_cmpfloat_with_epsilon (roster->rate, 65.0, 1e-9);
  g_assert_false (roster->has_median);
  g_assert_true (isnan (roster->median));
  g_assert_cmpstr (roster->explanation, ==,
                   "From the roster’s average likes and comments per post, (likes + comments) ÷ followers.");
}

/* The same post on every basis; each result names its formula. */
static void
test_variants (void)
{
  MrPostStats p = post (0, 500, 800);
  g_autoptr(MrEngagement) extended = NULL;
  g_autoptr(MrEngagement) by_reach = NULL;
  g_autoptr(MrEngagement) by_views = NULL;

  p.shares = 120;
  p.saves = 80;
  p.reach = 5200;
  p.views = 13000;

  /* (500 + 800 + 120 + 80) / 2,000 = 75 % */
  extended = mr_engagement_for_posts (&p, 1, 2000, MR_ENGAGEMENT_BY_FOLLOWERS, TRUE, NOW);
  g_assert_cmpfloat_with_epsilon (extended->rate, 75.0, 1e-9);
  g_assert_true (extended->extended);
  g_assert_nonnull (strstr (extended->explanation, "(likes + comments + shares + saves) ÷ followers"));

  /* 1,300 / 5,200 = 25 %; followers play no part */
  by_reach = mr_engagement_for_posts (&p, 1, MR_METRIC_UNKNOWN, MR_ENGAGEMENT_BY_REACH, FALSE, NOW);
  g_assert_cmpfloat_with_epsilon (by_reach->rate, 25.0, 1e-9);
  g_assert_nonnull (strstr (by_reach->explanation, "(likes + comments) ÷ reach"));

  /* 1,300 / 13,000 = 10 % */
  by_views = mr_engagement_for_posts (&p, 1, 2000, MR_ENGAGEMENT_BY_VIEWS, FALSE, NOW);
  g_assert_cmpfloat_with_epsilon (by_views->rate, 10.0, 1e-9);
  g_assert_cmpstr (mr_engagement_basis_to_string (by_views->basis), ==, "views");
}

/* Zero or unknown followers: no value, never a division by zero or a zero rate. */
static void
test_no_followers (void)
{
  MrPostStats posts[] = { post (0, 500, 800), post (3, 10, 2) };
  gint64 follower_counts[] = { 0, MR_METRIC_UNKNOWN };

  for (guint i = 0; i < G_N_ELEMENTS (follower_counts); i++)
    {
      g_autoptr(MrEngagement) engagement = NULL;
      g_autoptr(MrEngagement) roster = NULL;

      engagement = mr_engagement_for_posts (posts, G_N_ELEMENTS (posts), follower_counts[i],
                                            MR_ENGAGEMENT_BY_FOLLOWERS, FALSE, NOW);
      g_assert_false (engagement->has_value);
      g_assert_true (isnan (engagement->rate));
      g_assert_true (isnan (engagement->mean_engagements));
      g_assert_cmpuint (engagement->n_posts, ==, 0);
      g_assert_true (g_str_has_prefix (engagement->explanation, "No engagement rate: "));

      roster = mr_engagement_for_averages (500, 800, follower_counts[i]);
      g_assert_false (roster->has_value);
      g_assert_true (isnan (roster->rate));
    }
}

/* Unknown counts and zero views leave a post out and say so; no made-up zeros. */
static void
test_unknown_figures (void)
{
  MrPostStats posts[] = { post (0, 40, 10), post (1, MR_METRIC_UNKNOWN, 5), post (2, 60, 40) };
  MrPostStats unseen = post (0, 5, 1);
  g_autoptr(MrEngagement) engagement = NULL;
  g_autoptr(MrEngagement) by_views = NULL;
  g_autoptr(MrEngagement) roster = NULL;

  /* (50 / 1,000 + 100 / 1,000) / 2 = 7.5 %, not (5 + 0.5 + 10) / 3 */
  engagement = mr_engagement_for_posts (posts, G_N_ELEMENTS (posts), 1000,
                                        MR_ENGAGEMENT_BY_FOLLOWERS, FALSE, NOW);
  g_assert_cmpfloat_with_epsilon (engagement->rate, 7.5, 1e-9);
  g_assert_cmpuint (engagement->n_posts, ==, 2);
  g_assert_cmpuint (engagement->n_skipped, ==, 1);
  g_assert_cmpstr (engagement->explanation, ==,
                   "Mean of 2 posts from the last 90 days, (likes + comments) ÷ followers. "
                   "1 post was left out because its date or the figures for this rate are not known.");

  /* Extended needs shares and saves, which these posts do not carry. */
  g_clear_pointer (&engagement, mr_engagement_free);
  engagement = mr_engagement_for_posts (posts, G_N_ELEMENTS (posts), 1000,
                                        MR_ENGAGEMENT_BY_FOLLOWERS, TRUE, NOW);
  g_assert_false (engagement->has_value);
  g_assert_cmpuint (engagement->n_skipped, ==, 3);

  unseen.views = 0;
  by_views = mr_engagement_for_posts (&unseen, 1, 1000, MR_ENGAGEMENT_BY_VIEWS, FALSE, NOW);
  g_assert_false (by_views->has_value);
  g_assert_true (isnan (by_views->rate));

  roster = mr_engagement_for_averages (MR_METRIC_UNKNOWN, 12, 5000);
  g_assert_false (roster->has_value);
}

/* The window: the last 90 days before "now", posts after it and older ones left out. */
static void
test_window_days (void)
{
  MrPostStats posts[] = {
    post (-1, 900, 0),    /* after "now": not in the window */
    post (0, 10, 0),      /* 1 % */
    post (30, 20, 0),     /* 2 % */
    post (90, 30, 0),     /* exactly 90 days: in the window, 3 % */
    post (91, 900, 0),    /* too old */
    post (400, 900, 0),
  };
  MrPostStats undated = post (0, 900, 0);
  g_autoptr(MrEngagement) engagement = NULL;
  g_autoptr(MrEngagement) newest = NULL;
  g_autoptr(MrEngagement) with_undated = NULL;
  g_autoptr(MrEngagement) none = NULL;
  g_autoptr(MrEngagement) empty = NULL;

  /* (1 + 2 + 3) / 3 = 2 % */
  engagement = mr_engagement_for_posts (posts, G_N_ELEMENTS (posts), 1000,
                                        MR_ENGAGEMENT_BY_FOLLOWERS, FALSE, NOW);
  g_assert_cmpfloat_with_epsilon (engagement->rate, 2.0, 1e-9);
  g_assert_cmpuint (engagement->n_posts, ==, 3);
  g_assert_cmpuint (engagement->n_skipped, ==, 0);

  /* Without a "now", the newest post (one day after NOW) sets the window: the post of
   * 90 days before NOW is 91 days old then. (90 + 1 + 2) / 3 = 31 % */
  newest = mr_engagement_for_posts (posts, G_N_ELEMENTS (posts), 1000,
                                    MR_ENGAGEMENT_BY_FOLLOWERS, FALSE, 0);
  g_assert_cmpuint (newest->n_posts, ==, 3);
  g_assert_cmpfloat_with_epsilon (newest->rate, 31.0, 1e-9);
  /* … and the explanation does not pretend those are the last 90 days. */
  g_assert_cmpstr (newest->explanation, ==,
                   "Mean of 3 posts from the 90 days up to the newest post, (likes + comments) ÷ followers.");

  /* A post without a date cannot be placed: skipped, not counted. */
  undated.published_at = 0;
  with_undated = mr_engagement_for_posts (&undated, 1, 1000, MR_ENGAGEMENT_BY_FOLLOWERS, FALSE, NOW);
  g_assert_false (with_undated->has_value);
  g_assert_cmpuint (with_undated->n_skipped, ==, 1);

  /* Only old posts: no rate, and the sentence says why. */
  none = mr_engagement_for_posts (&posts[4], 2, 1000, MR_ENGAGEMENT_BY_FOLLOWERS, FALSE, NOW);
  g_assert_false (none->has_value);
  g_assert_cmpstr (none->explanation, ==, "No engagement rate: there are no posts from the last 90 days.");

  empty = mr_engagement_for_posts (NULL, 0, 1000, MR_ENGAGEMENT_BY_FOLLOWERS, FALSE, NOW);
  g_assert_false (empty->has_value);
}

/* At most the 50 newest posts, whatever order they come in. */
static void
test_window_posts (void)
{
  MrPostStats posts[60];
  g_autoptr(MrEngagement) engagement = NULL;

  /* Oldest first: 10 posts of 50–59 days ago at 90 %, then 50 of 0–49 days at 10 %. */
  for (guint i = 0; i < G_N_ELEMENTS (posts); i++)
    {
      gint64 days_ago = 59 - i;

      posts[i] = post (days_ago, days_ago >= 50 ? 900 : 100, 0);
    }

  engagement = mr_engagement_for_posts (posts, G_N_ELEMENTS (posts), 1000,
                                        MR_ENGAGEMENT_BY_FOLLOWERS, FALSE, NOW);
  g_assert_cmpuint (engagement->n_posts, ==, MR_ENGAGEMENT_MAX_POSTS);
  g_assert_cmpuint (engagement->n_posts, ==, 50);
  g_assert_cmpfloat_with_epsilon (engagement->rate, 10.0, 1e-9);
  g_assert_cmpstr (engagement->explanation, ==,
                   "Mean of 50 posts from the last 90 days, (likes + comments) ÷ followers.");
}

/* One viral post pulls the mean, not the median. */
static void
test_median_and_mean (void)
{
  MrPostStats posts[] = {
    post (1, 20, 0), post (2, 30, 0), post (3, 40, 0), post (4, 50, 0), post (5, 800, 60),
  };
  MrPostStats even[] = { post (1, 20, 0), post (2, 30, 0), post (3, 40, 0), post (4, 900, 0) };
  g_autoptr(MrEngagement) engagement = NULL;
  g_autoptr(MrEngagement) even_engagement = NULL;

  /* 2, 3, 4, 5 and 86 %: mean 100 / 5 = 20 %, median 4 % */
  engagement = mr_engagement_for_posts (posts, G_N_ELEMENTS (posts), 1000,
                                        MR_ENGAGEMENT_BY_FOLLOWERS, FALSE, NOW);
  g_assert_cmpfloat_with_epsilon (engagement->rate, 20.0, 1e-9);
  g_assert_true (engagement->has_median);
  g_assert_cmpfloat_with_epsilon (engagement->median, 4.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (engagement->mean_engagements, 200.0, 1e-9);

  /* 2, 3, 4 and 90 %: median (3 + 4) / 2 = 3.5 % */
  even_engagement = mr_engagement_for_posts (even, G_N_ELEMENTS (even), 1000,
                                             MR_ENGAGEMENT_BY_FOLLOWERS, FALSE, NOW);
  g_assert_cmpfloat_with_epsilon (even_engagement->median, 3.5, 1e-9);
}

static void
test_basis_ids (void)
{
  const char *ids[] = { "followers", "reach", "views" };
  MrEngagementBasis basis;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_assert_cmpstr (mr_engagement_basis_to_string ((MrEngagementBasis) i), ==, ids[i]);
      g_assert_true (mr_engagement_basis_from_string (ids[i], &basis));
      g_assert_cmpint (basis, ==, (MrEngagementBasis) i);
    }
  g_assert_false (mr_engagement_basis_from_string ("impressions", &basis));
  g_assert_cmpstr (mr_engagement_basis_get_label (MR_ENGAGEMENT_BY_VIEWS), ==, "By views");

  /* The benchmarks are rates by followers, so that is the rate a creator is judged by. */
  for (MrPlatform platform = MR_PLATFORM_TIKTOK; platform <= MR_PLATFORM_OTHER; platform++)
    g_assert_cmpint (mr_engagement_primary_basis (platform), ==, MR_ENGAGEMENT_BY_FOLLOWERS);
}

/* DESIGN.md §4's figures, and no invented ones. */
static void
test_benchmark_defaults (void)
{
  struct {
    MrPlatform platform;
    MrTier     tier;
    double     rate;   /* 0: no benchmark */
  } cases[] = {
    { MR_PLATFORM_INSTAGRAM, MR_TIER_MICRO, 6.0 },
    { MR_PLATFORM_TIKTOK, MR_TIER_MICRO, 18.0 },
    { MR_PLATFORM_INSTAGRAM, MR_TIER_NANO, 3.65 },
    { MR_PLATFORM_INSTAGRAM, MR_TIER_EMERGING, 3.65 },
    { MR_PLATFORM_INSTAGRAM, MR_TIER_MID, 0 },
    { MR_PLATFORM_TIKTOK, MR_TIER_NANO, 7.5 },
    { MR_PLATFORM_TIKTOK, MR_TIER_EMERGING, 7.5 },
    { MR_PLATFORM_TIKTOK, MR_TIER_MID, 0 },
    { MR_PLATFORM_INSTAGRAM, MR_TIER_MEGA, 1.77 },
    { MR_PLATFORM_TIKTOK, MR_TIER_MEGA, 2.88 },
    { MR_PLATFORM_INSTAGRAM, MR_TIER_MACRO, 0 },
    { MR_PLATFORM_TIKTOK, MR_TIER_MACRO, 0 },
    { MR_PLATFORM_YOUTUBE, MR_TIER_MICRO, 0 },
    { MR_PLATFORM_BLUESKY, MR_TIER_NANO, 0 },
    { MR_PLATFORM_OTHER, MR_TIER_MICRO, 0 },
  };
  g_autoptr(MrBenchmarks) benchmarks = mr_benchmarks_new ();
  double rate;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean found = mr_benchmarks_lookup (benchmarks, cases[i].platform, cases[i].tier,
                                             MR_ENGAGEMENT_BY_FOLLOWERS, &rate);

      g_test_message ("%s %s", mr_platform_to_string (cases[i].platform),
                      mr_tier_to_string (cases[i].tier));
      g_assert_cmpint (found, ==, cases[i].rate > 0);
      if (found)
        g_assert_cmpfloat_with_epsilon (rate, cases[i].rate, 1e-9);
    }

  /* The seeds give no rates by views or reach, and no tier has no benchmark. */
  g_assert_false (mr_benchmarks_lookup (benchmarks, MR_PLATFORM_TIKTOK, MR_TIER_MICRO,
                                        MR_ENGAGEMENT_BY_VIEWS, &rate));
  g_assert_false (mr_benchmarks_lookup (benchmarks, MR_PLATFORM_INSTAGRAM, MR_TIER_MICRO,
                                        MR_ENGAGEMENT_BY_REACH, &rate));
  g_assert_false (mr_benchmarks_lookup (benchmarks, MR_PLATFORM_TIKTOK, MR_TIER_NONE,
                                        MR_ENGAGEMENT_BY_FOLLOWERS, &rate));
}

/* Edits, copies, and the round trip through the settings value. */
static void
test_benchmark_edits (void)
{
  g_autoptr(MrBenchmarks) benchmarks = mr_benchmarks_new ();
  g_autoptr(MrBenchmarks) copy = NULL;
  g_autoptr(MrBenchmarks) restored = NULL;
  g_autoptr(MrBenchmarks) tolerant = NULL;
  g_autoptr(GVariant) untouched = NULL;
  g_autoptr(GVariant) edits = NULL;
  g_autoptr(GVariant) foreign = NULL;
  g_autofree char *text = NULL;
  double rate;

  /* A table nobody edited is stored as no edits at all. */
  untouched = g_variant_ref_sink (mr_benchmarks_to_variant (benchmarks));
  g_assert_cmpuint (g_variant_n_children (untouched), ==, 0);

  copy = mr_benchmarks_copy (benchmarks);
  mr_benchmarks_set (benchmarks, MR_PLATFORM_YOUTUBE, MR_TIER_MICRO, MR_ENGAGEMENT_BY_VIEWS, 4.2);
  mr_benchmarks_set (benchmarks, MR_PLATFORM_TIKTOK, MR_TIER_MICRO, MR_ENGAGEMENT_BY_FOLLOWERS, 15.0);
  mr_benchmarks_unset (benchmarks, MR_PLATFORM_INSTAGRAM, MR_TIER_MICRO, MR_ENGAGEMENT_BY_FOLLOWERS);

  g_assert_true (mr_benchmarks_lookup (benchmarks, MR_PLATFORM_YOUTUBE, MR_TIER_MICRO,
                                       MR_ENGAGEMENT_BY_VIEWS, &rate));
  g_assert_cmpfloat_with_epsilon (rate, 4.2, 1e-9);
  g_assert_false (mr_benchmarks_lookup (benchmarks, MR_PLATFORM_INSTAGRAM, MR_TIER_MICRO,
                                        MR_ENGAGEMENT_BY_FOLLOWERS, &rate));

  /* The copy kept the defaults. */
  g_assert_true (mr_benchmarks_lookup (copy, MR_PLATFORM_TIKTOK, MR_TIER_MICRO,
                                       MR_ENGAGEMENT_BY_FOLLOWERS, &rate));
  g_assert_cmpfloat_with_epsilon (rate, 18.0, 1e-9);

  edits = g_variant_ref_sink (mr_benchmarks_to_variant (benchmarks));
  g_assert_true (g_variant_is_of_type (edits, G_VARIANT_TYPE (MR_BENCHMARKS_VARIANT_TYPE_STRING)));
  text = g_variant_print (edits, FALSE);
  g_assert_cmpstr (text, ==,
                   "[('tiktok', 'micro', 'followers', 15.0), "
                   "('instagram', 'micro', 'followers', 0.0), "
                   "('youtube', 'micro', 'views', 4.2000000000000002)]");

  restored = mr_benchmarks_new_from_variant (edits);
  g_assert_true (mr_benchmarks_lookup (restored, MR_PLATFORM_TIKTOK, MR_TIER_MICRO,
                                       MR_ENGAGEMENT_BY_FOLLOWERS, &rate));
  g_assert_cmpfloat_with_epsilon (rate, 15.0, 1e-9);
  g_assert_true (mr_benchmarks_lookup (restored, MR_PLATFORM_YOUTUBE, MR_TIER_MICRO,
                                       MR_ENGAGEMENT_BY_VIEWS, &rate));
  g_assert_cmpfloat_with_epsilon (rate, 4.2, 1e-9);
  g_assert_false (mr_benchmarks_lookup (restored, MR_PLATFORM_INSTAGRAM, MR_TIER_MICRO,
                                        MR_ENGAGEMENT_BY_FOLLOWERS, &rate));
  g_assert_true (mr_benchmarks_lookup (restored, MR_PLATFORM_INSTAGRAM, MR_TIER_MEGA,
                                       MR_ENGAGEMENT_BY_FOLLOWERS, &rate));
  g_assert_cmpfloat_with_epsilon (rate, 1.77, 1e-9);

  /* A value from another version: what is not understood is skipped, the rest holds. */
  foreign = g_variant_ref_sink (g_variant_new_parsed ("[('threads', 'micro', 'followers', 5.0), "
                                                       "('tiktok', 'giga', 'followers', 1.0), "
                                                       "('tiktok', 'nano', 'followers', -3.0), "
                                                       "('instagram', 'nano', 'followers', 4.5)]"));
  tolerant = mr_benchmarks_new_from_variant (foreign);
  g_assert_true (mr_benchmarks_lookup (tolerant, MR_PLATFORM_INSTAGRAM, MR_TIER_NANO,
                                       MR_ENGAGEMENT_BY_FOLLOWERS, &rate));
  g_assert_cmpfloat_with_epsilon (rate, 4.5, 1e-9);
  g_assert_true (mr_benchmarks_lookup (tolerant, MR_PLATFORM_TIKTOK, MR_TIER_NANO,
                                       MR_ENGAGEMENT_BY_FOLLOWERS, &rate));
  g_assert_cmpfloat_with_epsilon (rate, 7.5, 1e-9);
}

static MrEngagement *
rate_of (double rate)
{
  /* 1,000 followers: the likes are the rate × 10. */
  MrPostStats p = post (0, (gint64) round (rate * 10.0), 0);

  return mr_engagement_for_posts (&p, 1, 1000, MR_ENGAGEMENT_BY_FOLLOWERS, FALSE, NOW);
}

typedef struct
{
  MrPlatform  platform;
  MrTier      tier;
  double      rate;
  double      ratio;
  const char *sentence;
  const char *flag;        /* code, or NULL */
  MrSeverity  severity;
} ComparisonCase;

static void
test_benchmark_comparison (void)
{
  const ComparisonCase cases[] = {
    /* 37.8 / 18 = 2.1 */
    { MR_PLATFORM_TIKTOK, MR_TIER_MICRO, 37.8, 2.1,
      "2.1× the typical rate for TikTok micro-influencers (18 %).", NULL, 0 },
    /* 6.1 / 6 ≈ 1.02 */
    { MR_PLATFORM_INSTAGRAM, MR_TIER_MICRO, 6.1, 6.1 / 6.0,
      "About the typical rate for Instagram micro-influencers (6 %).", NULL, 0 },
    /* 3 / 6 = 0.5: half, and not yet far below */
    { MR_PLATFORM_INSTAGRAM, MR_TIER_MICRO, 3.0, 0.5,
      "Half the typical rate for Instagram micro-influencers (6 %).", NULL, 0 },
    /* 5.4 / 7.5 = 0.72 */
    { MR_PLATFORM_TIKTOK, MR_TIER_NANO, 5.4, 0.72,
      "72 % of the typical rate for TikTok nano-influencers (7.5 %).", NULL, 0 },
    /* 52.2 / 18 = 2.9: high, but under the 3× threshold */
    { MR_PLATFORM_TIKTOK, MR_TIER_MICRO, 52.2, 2.9,
      "2.9× the typical rate for TikTok micro-influencers (18 %).", NULL, 0 },
    /* 54 / 18 = 3: flagged for review */
    { MR_PLATFORM_TIKTOK, MR_TIER_MICRO, 54.0, 3.0,
      "3× the typical rate for TikTok micro-influencers (18 %).",
      "engagement-far-above-benchmark", MR_SEVERITY_WARNING },
    /* 5.4 / 18 = 0.3: far below */
    { MR_PLATFORM_TIKTOK, MR_TIER_MICRO, 5.4, 0.3,
      "30 % of the typical rate for TikTok micro-influencers (18 %).",
      "engagement-far-below-benchmark", MR_SEVERITY_INFO },
    /* 5.9 / 2.88 ≈ 2.05 for a mega account */
    { MR_PLATFORM_TIKTOK, MR_TIER_MEGA, 5.9, 5.9 / 2.88,
      "2× the typical rate for TikTok mega-influencers (2.88 %).", NULL, 0 },
  };
  g_autoptr(MrBenchmarks) benchmarks = mr_benchmarks_new ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const ComparisonCase *c = &cases[i];
      g_autoptr(MrEngagement) engagement = rate_of (c->rate);
      g_autoptr(MrBenchmarkComparison) comparison = NULL;

      comparison = mr_benchmarks_compare (benchmarks, c->platform, c->tier, engagement);
      g_assert_true (comparison->has_benchmark);
      g_assert_true (comparison->has_ratio);
      g_assert_cmpfloat_with_epsilon (comparison->ratio, c->ratio, 1e-9);
      g_assert_cmpstr (comparison->sentence, ==, c->sentence);
      if (c->flag == NULL)
        {
          g_assert_null (comparison->flag);
          continue;
        }
      g_assert_nonnull (comparison->flag);
      g_assert_cmpstr (comparison->flag->code, ==, c->flag);
      g_assert_cmpint (comparison->flag->severity, ==, c->severity);
    }
}

/* The seed's 65 % on 2,000 Instagram followers (nano) is 17.8× the 3.65 % norm: a
 * flag for review that says what was seen and why it matters, not praise. */
static void
test_far_above_flag (void)
{
  MrPostStats posts[] = { post (0, 500, 800) };
  g_autoptr(MrBenchmarks) benchmarks = mr_benchmarks_new ();
  g_autoptr(MrEngagement) engagement = NULL;
  g_autoptr(MrBenchmarkComparison) comparison = NULL;

  engagement = mr_engagement_for_posts (posts, 1, 2000, MR_ENGAGEMENT_BY_FOLLOWERS, FALSE, 0);
  comparison = mr_benchmarks_compare (benchmarks, MR_PLATFORM_INSTAGRAM, MR_TIER_NANO, engagement);

  g_assert_cmpfloat_with_epsilon (comparison->benchmark, 3.65, 1e-9);
  g_assert_cmpfloat_with_epsilon (comparison->ratio, 65.0 / 3.65, 1e-9);
  g_assert_cmpstr (comparison->sentence, ==,
                   "18× the typical rate for Instagram nano-influencers (3.65 %).");
  g_assert_nonnull (comparison->flag);
  g_assert_cmpstr (comparison->flag->code, ==, "engagement-far-above-benchmark");
  g_assert_cmpstr (mr_severity_to_string (comparison->flag->severity), ==, "warning");
  g_assert_cmpstr (comparison->flag->message, ==,
                   "An engagement rate of 65 % is 18× the typical rate for Instagram "
                   "nano-influencers (3.65 %). Rates this far above the norm often come from "
                   "engagement pods, giveaways or a very small or bought audience: read the "
                   "comments and check the follower growth before relying on it.");
}

/* Where no comparison can be made, the sentence says why and there is no ratio. */
static void
test_no_comparison (void)
{
  g_autoptr(MrBenchmarks) benchmarks = mr_benchmarks_new ();
  g_autoptr(MrEngagement) engagement = rate_of (4.0);
  g_autoptr(MrEngagement) no_rate = NULL;
  g_autoptr(MrEngagement) by_views = NULL;
  g_autoptr(MrEngagement) extended = NULL;
  g_autoptr(MrBenchmarkComparison) youtube = NULL;
  g_autoptr(MrBenchmarkComparison) no_tier = NULL;
  g_autoptr(MrBenchmarkComparison) without_rate = NULL;
  g_autoptr(MrBenchmarkComparison) views = NULL;
  g_autoptr(MrBenchmarkComparison) extended_comparison = NULL;
  MrPostStats p = post (0, 40, 0);

  youtube = mr_benchmarks_compare (benchmarks, MR_PLATFORM_YOUTUBE, MR_TIER_MICRO, engagement);
  g_assert_false (youtube->has_benchmark);
  g_assert_false (youtube->has_ratio);
  g_assert_true (isnan (youtube->ratio));
  g_assert_null (youtube->flag);
  g_assert_cmpstr (youtube->sentence, ==,
                   "No typical engagement rate by followers is set for YouTube micro-influencers; "
                   "you can add one in Preferences.");

  no_tier = mr_benchmarks_compare (benchmarks, MR_PLATFORM_TIKTOK, MR_TIER_NONE, engagement);
  g_assert_false (no_tier->has_benchmark);
  g_assert_false (no_tier->has_ratio);

  /* Unknown followers: the benchmark is known and shown, but there is nothing to divide. */
  no_rate = mr_engagement_for_posts (&p, 1, MR_METRIC_UNKNOWN, MR_ENGAGEMENT_BY_FOLLOWERS, FALSE, NOW);
  without_rate = mr_benchmarks_compare (benchmarks, MR_PLATFORM_TIKTOK, MR_TIER_MICRO, no_rate);
  g_assert_true (without_rate->has_benchmark);
  g_assert_cmpfloat_with_epsilon (without_rate->benchmark, 18.0, 1e-9);
  g_assert_false (without_rate->has_ratio);
  g_assert_null (without_rate->flag);

  /* A rate by views is not held against a rate by followers. */
  p.views = 1000;
  by_views = mr_engagement_for_posts (&p, 1, 1000, MR_ENGAGEMENT_BY_VIEWS, FALSE, NOW);
  views = mr_benchmarks_compare (benchmarks, MR_PLATFORM_TIKTOK, MR_TIER_MICRO, by_views);
  g_assert_false (views->has_benchmark);
  g_assert_cmpstr (views->sentence, ==,
                   "No typical engagement rate by views is set for TikTok micro-influencers; "
                   "you can add one in Preferences.");

  p.shares = 500;
  p.saves = 500;
  extended = mr_engagement_for_posts (&p, 1, 1000, MR_ENGAGEMENT_BY_FOLLOWERS, TRUE, NOW);
  g_assert_cmpfloat_with_epsilon (extended->rate, 104.0, 1e-9);
  extended_comparison = mr_benchmarks_compare (benchmarks, MR_PLATFORM_TIKTOK, MR_TIER_MICRO, extended);
  g_assert_true (extended_comparison->has_benchmark);
  g_assert_false (extended_comparison->has_ratio);
  g_assert_null (extended_comparison->flag);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/engagement/seed-example", test_seed_example);
  g_test_add_func ("/engagement/variants", test_variants);
  g_test_add_func ("/engagement/no-followers", test_no_followers);
  g_test_add_func ("/engagement/unknown-figures", test_unknown_figures);
  g_test_add_func ("/engagement/window-days", test_window_days);
  g_test_add_func ("/engagement/window-posts", test_window_posts);
  g_test_add_func ("/engagement/median-and-mean", test_median_and_mean);
  g_test_add_func ("/engagement/basis-ids", test_basis_ids);
  g_test_add_func ("/benchmarks/defaults", test_benchmark_defaults);
  g_test_add_func ("/benchmarks/edits", test_benchmark_edits);
  g_test_add_func ("/benchmarks/comparison", test_benchmark_comparison);
  g_test_add_func ("/benchmarks/far-above-flag", test_far_above_flag);
  g_test_add_func ("/benchmarks/no-comparison", test_no_comparison);

  return g_test_run ();
}
