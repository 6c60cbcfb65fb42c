/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-price"

#include "config.h"

#include <math.h>

#include "mr-price.h"

/* Fair fees per post and the cost per engagement they imply, as a marketer would check
 * them: 10–20 per 1,000 followers, kept within the seed's range for the tier. */

typedef struct
{
  MrPlatform  platform;
  gint64      followers;
  double      raw_min, raw_max;   /* before the range */
  double      min, max;
  gboolean    clamped;
  const char *explanation;
} PriceCase;

static void
test_estimates (void)
{
  const PriceCase cases[] = {
    /* The check: 8,000 followers → 80–160. A TikTok nano account: no range. */
    { MR_PLATFORM_TIKTOK, 8000, 80, 160, 80, 160, FALSE,
      "10–20 per 1,000 followers: EUR 80–160; there is no typical fee range for "
      "TikTok nano-influencers to compare with." },
    /* On Instagram 8,000 is micro (5k–50k), whose fees start at 100. */
    { MR_PLATFORM_INSTAGRAM, 8000, 80, 160, 100, 160, TRUE,
      "10–20 per 1,000 followers: EUR 80–160; kept within the typical range for "
      "Instagram micro-influencers (EUR 100–1,000): EUR 100–160." },
    { MR_PLATFORM_INSTAGRAM, 30000, 300, 600, 300, 600, FALSE,
      "10–20 per 1,000 followers: EUR 300–600; within the typical range for "
      "Instagram micro-influencers (EUR 100–1,000)." },
    /* TikTok micro tops out at 800. */
    { MR_PLATFORM_TIKTOK, 60000, 600, 1200, 600, 800, TRUE, NULL },
    /* YouTube micro starts at 200: both ends are lifted to it. */
    { MR_PLATFORM_YOUTUBE, 10000, 100, 200, 200, 200, TRUE,
      "10–20 per 1,000 followers: EUR 100–200; kept within the typical range for "
      "YouTube micro-influencers (EUR 200–5,000): EUR 200." },
    { MR_PLATFORM_YOUTUBE, 99999, 999.99, 1999.98, 999.99, 1999.98, FALSE, NULL },
    /* Macro: Instagram 5,000–25,000, TikTok 3,000–15,000, YouTube 10,000–50,000. */
    { MR_PLATFORM_INSTAGRAM, 1000000, 10000, 20000, 10000, 20000, FALSE, NULL },
    { MR_PLATFORM_INSTAGRAM, 2000000, 20000, 40000, 20000, 25000, TRUE, NULL },
    { MR_PLATFORM_TIKTOK, 5000000, 50000, 100000, 15000, 15000, TRUE,
      "10–20 per 1,000 followers: EUR 50,000–100,000; kept within the typical range for "
      "TikTok macro-influencers (EUR 3,000–15,000): EUR 15,000." },
    { MR_PLATFORM_YOUTUBE, 1000000, 10000, 20000, 10000, 20000, FALSE, NULL },
    /* Tiers and platforms the seed gives no range for: the rule alone. */
    { MR_PLATFORM_INSTAGRAM, 20000000, 200000, 400000, 200000, 400000, FALSE, NULL },
    { MR_PLATFORM_INSTAGRAM, 500, 5, 10, 5, 10, FALSE, NULL },
    { MR_PLATFORM_BLUESKY, 30000, 300, 600, 300, 600, FALSE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const PriceCase *c = &cases[i];
      MrTier tier = mr_tier_for_followers (MR_TIER_SCHEME_DEFAULT, c->platform, c->followers);
      g_autoptr(MrPriceEstimate) estimate = mr_price_estimate (c->platform, tier, c->followers, "EUR");

      g_test_message ("%s, %" G_GINT64_FORMAT " followers",
                      mr_platform_to_string (c->platform), c->followers);
      g_assert_true (estimate->has_value);
      g_assert_cmpfloat_with_epsilon (estimate->raw_min, c->raw_min, 1e-9);
      g_assert_cmpfloat_with_epsilon (estimate->raw_max, c->raw_max, 1e-9);
      g_assert_cmpfloat_with_epsilon (estimate->min, c->min, 1e-9);
      g_assert_cmpfloat_with_epsilon (estimate->max, c->max, 1e-9);
      g_assert_cmpint (estimate->clamped, ==, c->clamped);
      g_assert_cmpstr (estimate->currency, ==, "EUR");
      if (c->explanation != NULL)
        g_assert_cmpstr (estimate->explanation, ==, c->explanation);
    }
}

/* The ranges follow the tier, so the chosen scheme decides which applies. */
static void
test_scheme_and_currency (void)
{
  MrTier tier = mr_tier_for_followers (MR_TIER_SCHEME_HYPEAUDITOR, MR_PLATFORM_TIKTOK, 8000);
  g_autoptr(MrPriceEstimate) estimate = mr_price_estimate (MR_PLATFORM_TIKTOK, tier, 8000, "USD");
  double min, max;

  /* HypeAuditor calls 8,000 micro: TikTok's 50–800 range holds 80–160 as it is. */
  g_assert_cmpint (tier, ==, MR_TIER_MICRO);
  g_assert_false (estimate->clamped);
  g_assert_cmpstr (estimate->explanation, ==,
                   "10–20 per 1,000 followers: USD 80–160; within the typical range for "
                   "TikTok micro-influencers (USD 50–800).");

  g_assert_true (mr_price_get_tier_range (MR_PLATFORM_YOUTUBE, MR_TIER_MACRO, &min, &max));
  g_assert_cmpfloat (min, ==, 10000);
  g_assert_cmpfloat (max, ==, 50000);
  g_assert_false (mr_price_get_tier_range (MR_PLATFORM_TIKTOK, MR_TIER_MID, &min, &max));
  g_assert_false (mr_price_get_tier_range (MR_PLATFORM_MASTODON, MR_TIER_MICRO, &min, &max));
}

/* No follower count, or none at all: no price, not a price of zero. */
static void
test_no_followers (void)
{
  g_autoptr(MrPriceEstimate) unknown = NULL;
  g_autoptr(MrPriceEstimate) zero = NULL;

  unknown = mr_price_estimate (MR_PLATFORM_INSTAGRAM, MR_TIER_NONE, MR_METRIC_UNKNOWN, "EUR");
  g_assert_false (unknown->has_value);
  g_assert_true (isnan (unknown->min));
  g_assert_true (isnan (unknown->max));
  g_assert_cmpstr (unknown->explanation, ==, "No price estimate: the follower count is not known.");

  zero = mr_price_estimate (MR_PLATFORM_INSTAGRAM, MR_TIER_EMERGING, 0, "EUR");
  g_assert_false (zero->has_value);
  g_assert_true (isnan (zero->min));
}

static void
test_cost_per_engagement (void)
{
  MrPostStats p = {
    .published_at = G_GINT64_CONSTANT (1717200000),
    .views = MR_METRIC_UNKNOWN, .reach = MR_METRIC_UNKNOWN,
    .likes = 350, .comments = 50,
    .shares = MR_METRIC_UNKNOWN, .saves = MR_METRIC_UNKNOWN,
  };
  g_autoptr(MrPriceEstimate) estimate = NULL;
  g_autoptr(MrPriceEstimate) unknown = NULL;
  g_autoptr(MrEngagement) engagement = NULL;
  g_autoptr(MrEngagement) no_engagement = NULL;
  double cpe = -1;

  /* A fee of 130 for 1,300 engagements: 0.10 per engagement. */
  g_assert_true (mr_price_cost_per_engagement (130, 1300, &cpe));
  g_assert_cmpfloat_with_epsilon (cpe, 0.1, 1e-12);

  /* Nothing to divide by, or a figure not known: no value. */
  cpe = -1;
  g_assert_false (mr_price_cost_per_engagement (130, 0, &cpe));
  g_assert_false (mr_price_cost_per_engagement (130, MR_METRIC_UNKNOWN, &cpe));
  g_assert_false (mr_price_cost_per_engagement (MR_METRIC_UNKNOWN, 1300, &cpe));
  g_assert_false (mr_price_cost_per_engagement (NAN, 1300, &cpe));
  g_assert_cmpfloat (cpe, ==, -1);

  /* 8,000 Instagram followers: EUR 100–160, middle 130; 400 engagements a post:
   * 130 / 400 = 0.325 per engagement. */
  estimate = mr_price_estimate (MR_PLATFORM_INSTAGRAM, MR_TIER_MICRO, 8000, "EUR");
  engagement = mr_engagement_for_posts (&p, 1, 8000, MR_ENGAGEMENT_BY_FOLLOWERS, FALSE, 0);
  g_assert_true (mr_price_estimate_get_cpe (estimate, engagement, &cpe));
  g_assert_cmpfloat_with_epsilon (cpe, 0.325, 1e-12);

  no_engagement = mr_engagement_for_posts (&p, 1, MR_METRIC_UNKNOWN, MR_ENGAGEMENT_BY_FOLLOWERS, FALSE, 0);
  g_assert_false (mr_price_estimate_get_cpe (estimate, no_engagement, &cpe));
  unknown = mr_price_estimate (MR_PLATFORM_INSTAGRAM, MR_TIER_NONE, MR_METRIC_UNKNOWN, "EUR");
  g_assert_false (mr_price_estimate_get_cpe (unknown, engagement, &cpe));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/price/estimates", test_estimates);
  g_test_add_func ("/price/scheme-and-currency", test_scheme_and_currency);
  g_test_add_func ("/price/no-followers", test_no_followers);
  g_test_add_func ("/price/cost-per-engagement", test_cost_per_engagement);

  return g_test_run ();
}
