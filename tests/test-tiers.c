/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-tiers"

#include "config.h"

#include "mr-number-format.h"
#include "mr-tiers.h"

/* Tiers as a marketer reads them: which class an account falls in, on each side of
 * every boundary of every scheme, and how the ranges are written out. */

typedef struct
{
  gint64      followers;
  const char *tier;
} Boundary;

typedef struct
{
  MrTierScheme    scheme;
  MrPlatform      platform;
  const Boundary *boundaries;
  guint           n_boundaries;
} SchemeCase;

/* Default scheme, every platform but Instagram: nano 1k, micro 10k, mid 100k, macro 1M,
 * mega 10M. */
static const Boundary default_boundaries[] = {
  { 0, "emerging" }, { 999, "emerging" }, { 1000, "nano" },
  { 9999, "nano" }, { 10000, "micro" },
  { 99999, "micro" }, { 100000, "mid" },
  { 999999, "mid" }, { 1000000, "macro" },
  { 9999999, "macro" }, { 10000000, "mega" },
  { G_GINT64_CONSTANT (500000000), "mega" },
};

/* Default scheme on Instagram: micro is 5k–50k. */
static const Boundary instagram_boundaries[] = {
  { 0, "emerging" }, { 999, "emerging" }, { 1000, "nano" },
  { 4999, "nano" }, { 5000, "micro" },
  { 9999, "micro" }, { 10000, "micro" },
  { 49999, "micro" }, { 50000, "mid" },
  { 99999, "mid" }, { 100000, "mid" },
  { 999999, "mid" }, { 1000000, "macro" },
  { 9999999, "macro" }, { 10000000, "mega" },
};

/* "micro-1k-10k": no nano; micro 1k, mid 10k, macro 100k, mega 1M, on every platform. */
static const Boundary small_micro_boundaries[] = {
  { 0, "emerging" }, { 999, "emerging" }, { 1000, "micro" },
  { 4999, "micro" }, { 5000, "micro" },
  { 9999, "micro" }, { 10000, "mid" },
  { 99999, "mid" }, { 100000, "macro" },
  { 999999, "macro" }, { 1000000, "mega" },
  { 9999999, "mega" }, { 10000000, "mega" },
};

/* HypeAuditor: nano 1k, micro 5k, mid 20k, macro 100k, mega 1M, on every platform. */
static const Boundary hypeauditor_boundaries[] = {
  { 0, "emerging" }, { 999, "emerging" }, { 1000, "nano" },
  { 4999, "nano" }, { 5000, "micro" },
  { 9999, "micro" }, { 10000, "micro" },
  { 19999, "micro" }, { 20000, "mid" },
  { 99999, "mid" }, { 100000, "macro" },
  { 999999, "macro" }, { 1000000, "mega" },
  { 10000000, "mega" },
};

#define CASE(scheme, platform, table) { scheme, platform, table, G_N_ELEMENTS (table) }

static const SchemeCase scheme_cases[] = {
  CASE (MR_TIER_SCHEME_DEFAULT, MR_PLATFORM_TIKTOK, default_boundaries),
  CASE (MR_TIER_SCHEME_DEFAULT, MR_PLATFORM_YOUTUBE, default_boundaries),
  CASE (MR_TIER_SCHEME_DEFAULT, MR_PLATFORM_BLUESKY, default_boundaries),
  CASE (MR_TIER_SCHEME_DEFAULT, MR_PLATFORM_MASTODON, default_boundaries),
  CASE (MR_TIER_SCHEME_DEFAULT, MR_PLATFORM_OTHER, default_boundaries),
  CASE (MR_TIER_SCHEME_DEFAULT, MR_PLATFORM_INSTAGRAM, instagram_boundaries),
  CASE (MR_TIER_SCHEME_SMALL_MICRO, MR_PLATFORM_TIKTOK, small_micro_boundaries),
  CASE (MR_TIER_SCHEME_SMALL_MICRO, MR_PLATFORM_INSTAGRAM, small_micro_boundaries),
  CASE (MR_TIER_SCHEME_HYPEAUDITOR, MR_PLATFORM_TIKTOK, hypeauditor_boundaries),
  CASE (MR_TIER_SCHEME_HYPEAUDITOR, MR_PLATFORM_INSTAGRAM, hypeauditor_boundaries),
  CASE (MR_TIER_SCHEME_HYPEAUDITOR, MR_PLATFORM_YOUTUBE, hypeauditor_boundaries),
};

static void
test_boundaries (gconstpointer data)
{
  const SchemeCase *c = data;

  for (guint i = 0; i < c->n_boundaries; i++)
    {
      MrTier tier = mr_tier_for_followers (c->scheme, c->platform, c->boundaries[i].followers);

      g_test_message ("%" G_GINT64_FORMAT " followers", c->boundaries[i].followers);
      g_assert_cmpstr (mr_tier_to_string (tier), ==, c->boundaries[i].tier);
    }
}

/* Without a follower count there is no tier, and it is null in JSON. */
static void
test_unknown_followers (void)
{
  for (MrTierScheme scheme = MR_TIER_SCHEME_DEFAULT; scheme <= MR_TIER_SCHEME_HYPEAUDITOR; scheme++)
    {
      MrTier tier = mr_tier_for_followers (scheme, MR_PLATFORM_INSTAGRAM, -1);

      g_assert_cmpint (tier, ==, MR_TIER_NONE);
      g_assert_null (mr_tier_to_string (tier));
    }
  g_assert_cmpstr (mr_tier_get_label (MR_TIER_NONE), ==, "No tier");
}

/* Every range a sentence shows agrees with the tier an account at either end gets,
 * and the next follower is in the next tier. */
static void
test_ranges_agree (void)
{
  for (MrTierScheme scheme = MR_TIER_SCHEME_DEFAULT; scheme <= MR_TIER_SCHEME_HYPEAUDITOR; scheme++)
    for (MrPlatform platform = MR_PLATFORM_TIKTOK; platform <= MR_PLATFORM_OTHER; platform++)
      {
        guint n_used = 0;

        for (MrTier tier = MR_TIER_EMERGING; tier <= MR_TIER_MEGA; tier++)
          {
            gint64 min, max;

            if (!mr_tier_get_range (scheme, platform, tier, &min, &max))
              continue;
            n_used++;

            g_assert_cmpint (mr_tier_for_followers (scheme, platform, min), ==, tier);
            if (max == MR_TIER_NO_LIMIT)
              {
                g_assert_cmpint (tier, ==, MR_TIER_MEGA);
                continue;
              }
            g_assert_cmpint (max, >, min);
            g_assert_cmpint (mr_tier_for_followers (scheme, platform, max), ==, tier);
            g_assert_cmpint (mr_tier_for_followers (scheme, platform, max + 1), >, tier);
          }

        /* The micro-1k-10k scheme has no nano tier; the others use all six. */
        g_assert_cmpuint (n_used, ==, scheme == MR_TIER_SCHEME_SMALL_MICRO ? 5 : 6);
      }
}

static void
test_describe (void)
{
  struct {
    MrTierScheme scheme;
    MrPlatform   platform;
    MrTier       tier;
    const char  *text;
  } cases[] = {
    { MR_TIER_SCHEME_DEFAULT, MR_PLATFORM_TIKTOK, MR_TIER_MICRO, "Micro (10,000–99,999 followers)" },
    { MR_TIER_SCHEME_DEFAULT, MR_PLATFORM_INSTAGRAM, MR_TIER_MICRO, "Micro (5,000–49,999 followers)" },
    { MR_TIER_SCHEME_DEFAULT, MR_PLATFORM_INSTAGRAM, MR_TIER_NANO, "Nano (1,000–4,999 followers)" },
    { MR_TIER_SCHEME_DEFAULT, MR_PLATFORM_YOUTUBE, MR_TIER_EMERGING, "Emerging (under 1,000 followers)" },
    { MR_TIER_SCHEME_DEFAULT, MR_PLATFORM_YOUTUBE, MR_TIER_MEGA, "Mega (10,000,000 followers or more)" },
    { MR_TIER_SCHEME_SMALL_MICRO, MR_PLATFORM_TIKTOK, MR_TIER_MICRO, "Micro (1,000–9,999 followers)" },
    { MR_TIER_SCHEME_HYPEAUDITOR, MR_PLATFORM_TIKTOK, MR_TIER_MID, "Mid (20,000–99,999 followers)" },
    { MR_TIER_SCHEME_HYPEAUDITOR, MR_PLATFORM_TIKTOK, MR_TIER_MEGA, "Mega (1,000,000 followers or more)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = mr_tier_describe (cases[i].scheme, cases[i].platform, cases[i].tier);

      g_assert_cmpstr (text, ==, cases[i].text);
    }

  /* A tier the scheme does not have has no range to describe. */
  g_assert_null (mr_tier_describe (MR_TIER_SCHEME_SMALL_MICRO, MR_PLATFORM_TIKTOK, MR_TIER_NANO));
  g_assert_false (mr_tier_get_range (MR_TIER_SCHEME_DEFAULT, MR_PLATFORM_TIKTOK, MR_TIER_NONE, NULL, NULL));
}

static void
test_ids (void)
{
  const char *tier_ids[] = { "emerging", "nano", "micro", "mid", "macro", "mega" };
  const char *scheme_ids[] = { "default", "micro-1k-10k", "hypeauditor" };
  MrTier tier;
  MrTierScheme scheme;
  g_autofree char *group = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (tier_ids); i++)
    {
      g_autofree char *upper = g_ascii_strup (tier_ids[i], -1);

      g_assert_cmpstr (mr_tier_to_string ((MrTier) i), ==, tier_ids[i]);
      g_assert_true (mr_tier_from_string (upper, &tier));
      g_assert_cmpint (tier, ==, (MrTier) i);
    }
  g_assert_true (mr_tier_from_string (NULL, &tier));
  g_assert_cmpint (tier, ==, MR_TIER_NONE);
  g_assert_false (mr_tier_from_string ("giga", &tier));

  for (guint i = 0; i < G_N_ELEMENTS (scheme_ids); i++)
    {
      g_assert_cmpstr (mr_tier_scheme_to_string ((MrTierScheme) i), ==, scheme_ids[i]);
      g_assert_true (mr_tier_scheme_from_string (scheme_ids[i], &scheme));
      g_assert_cmpint (scheme, ==, (MrTierScheme) i);
      g_assert_nonnull (mr_tier_scheme_get_label (scheme));
    }
  g_assert_false (mr_tier_scheme_from_string ("modash", &scheme));
  g_assert_false (mr_tier_scheme_from_string (NULL, &scheme));

  g_assert_cmpstr (mr_tier_get_label (MR_TIER_MICRO), ==, "Micro");
  group = mr_tier_format_group (MR_TIER_MICRO, MR_PLATFORM_TIKTOK);
  g_assert_cmpstr (group, ==, "TikTok micro-influencers");
}

/* The numbers in every sentence: grouped thousands, no trailing zeros. */
static void
test_number_format (void)
{
  struct {
    double      value;
    guint       decimals;
    const char *text;
  } decimals[] = {
    { 65.0, 2, "65" }, { 3.65, 2, "3.65" }, { 7.5, 2, "7.5" }, { 2.104, 1, "2.1" },
    { 12.3456, 2, "12.35" }, { 1234567.5, 0, "1,234,568" }, { -0.001, 2, "0" },
    { -2500.26, 1, "-2,500.3" },
  };
  struct {
    gint64      value;
    const char *text;
  } counts[] = {
    { 0, "0" }, { 999, "999" }, { 1000, "1,000" }, { 99999, "99,999" },
    { 10000000, "10,000,000" }, { -12345, "-12,345" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (decimals); i++)
    {
      g_autofree char *text = mr_format_decimal (decimals[i].value, decimals[i].decimals);

      g_assert_cmpstr (text, ==, decimals[i].text);
    }

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autofree char *text = mr_format_count (counts[i].value);

      g_assert_cmpstr (text, ==, counts[i].text);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (scheme_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/tiers/boundaries/%s/%s",
                                               mr_tier_scheme_to_string (scheme_cases[i].scheme),
                                               mr_platform_to_string (scheme_cases[i].platform));

      g_test_add_data_func (path, &scheme_cases[i], test_boundaries);
    }
  g_test_add_func ("/tiers/unknown-followers", test_unknown_followers);
  g_test_add_func ("/tiers/ranges-agree", test_ranges_agree);
  g_test_add_func ("/tiers/describe", test_describe);
  g_test_add_func ("/tiers/ids", test_ids);
  g_test_add_func ("/tiers/number-format", test_number_format);

  return g_test_run ();
}
