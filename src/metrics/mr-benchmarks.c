/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-benchmarks"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-benchmarks.h"
#include "mr-number-format.h"

#define N_PLATFORMS (MR_PLATFORM_OTHER + 1)

struct _MrBenchmarks
{
  /* NAN: no benchmark. */
  double rates[N_PLATFORMS][MR_N_TIERS][MR_N_ENGAGEMENT_BASES];
};

typedef struct
{
  MrPlatform platform;
  MrTier     tier;
  double     rate;
} DefaultRate;

/* DESIGN.md §4's figures, all rates by followers, keyed on the default scheme's tiers
 * (the seeds' own; the chosen scheme only changes the tier shown). Micro and mega have
 * figures of their own; "accounts under 100k" covers emerging and nano. Mid and macro
 * (100k–10M) get none: no figure the seeds give describes them.
 * YouTube, Bluesky, Mastodon and other platforms have no published figure in the seeds,
 * and a guessed one would make every comparison on them a guess; their cells are empty
 * until the user fills them in, and the comparison says there is no benchmark. The
 * seeds give no figures by reach or by views either. */
static const DefaultRate default_rates[] = {
  { MR_PLATFORM_INSTAGRAM, MR_TIER_EMERGING, 3.65 },
  { MR_PLATFORM_INSTAGRAM, MR_TIER_NANO, 3.65 },
  { MR_PLATFORM_INSTAGRAM, MR_TIER_MICRO, 6.0 },
  { MR_PLATFORM_INSTAGRAM, MR_TIER_MEGA, 1.77 },
  { MR_PLATFORM_TIKTOK, MR_TIER_EMERGING, 7.5 },
  { MR_PLATFORM_TIKTOK, MR_TIER_NANO, 7.5 },
  { MR_PLATFORM_TIKTOK, MR_TIER_MICRO, 18.0 },
  { MR_PLATFORM_TIKTOK, MR_TIER_MEGA, 2.88 },
};

static gboolean
key_is_valid (MrPlatform        platform,
              MrTier            tier,
              MrEngagementBasis basis)
{
  return (guint) platform < N_PLATFORMS &&
         tier >= MR_TIER_EMERGING && tier < MR_N_TIERS &&
         (guint) basis < MR_N_ENGAGEMENT_BASES;
}

static void
fill_defaults (MrBenchmarks *benchmarks)
{
  for (guint p = 0; p < N_PLATFORMS; p++)
    for (guint t = 0; t < MR_N_TIERS; t++)
      for (guint b = 0; b < MR_N_ENGAGEMENT_BASES; b++)
        benchmarks->rates[p][t][b] = NAN;

  for (guint i = 0; i < G_N_ELEMENTS (default_rates); i++)
    {
      const DefaultRate *d = &default_rates[i];

      benchmarks->rates[d->platform][d->tier][MR_ENGAGEMENT_BY_FOLLOWERS] = d->rate;
    }
}

/* A table holding the defaults. */
MrBenchmarks *
mr_benchmarks_new (void)
{
  MrBenchmarks *benchmarks = g_new (MrBenchmarks, 1);

  fill_defaults (benchmarks);

  return benchmarks;
}

MrBenchmarks *
mr_benchmarks_copy (const MrBenchmarks *benchmarks)
{
  g_return_val_if_fail (benchmarks != NULL, NULL);

  return g_memdup2 (benchmarks, sizeof *benchmarks);
}

void
mr_benchmarks_free (MrBenchmarks *benchmarks)
{
  g_free (benchmarks);
}

/* FALSE when the cell is empty (or tier is MR_TIER_NONE): there is no benchmark. */
gboolean
mr_benchmarks_lookup (const MrBenchmarks *benchmarks,
                      MrPlatform          platform,
                      MrTier              tier,
                      MrEngagementBasis   basis,
                      double             *out_rate)
{
  double rate;

  g_return_val_if_fail (benchmarks != NULL, FALSE);

  if (tier == MR_TIER_NONE)
    return FALSE;

  g_return_val_if_fail (key_is_valid (platform, tier, basis), FALSE);

  rate = benchmarks->rates[platform][tier][basis];
  if (isnan (rate))
    return FALSE;

  if (out_rate != NULL)
    *out_rate = rate;
  return TRUE;
}

/* rate is the typical engagement rate in %, above zero. */
void
mr_benchmarks_set (MrBenchmarks      *benchmarks,
                   MrPlatform         platform,
                   MrTier             tier,
                   MrEngagementBasis  basis,
                   double             rate)
{
  g_return_if_fail (benchmarks != NULL);
  g_return_if_fail (key_is_valid (platform, tier, basis));
  g_return_if_fail (isfinite (rate) && rate > 0.0);

  benchmarks->rates[platform][tier][basis] = rate;
}

void
mr_benchmarks_unset (MrBenchmarks      *benchmarks,
                     MrPlatform         platform,
                     MrTier             tier,
                     MrEngagementBasis  basis)
{
  g_return_if_fail (benchmarks != NULL);
  g_return_if_fail (key_is_valid (platform, tier, basis));

  benchmarks->rates[platform][tier][basis] = NAN;
}

static gboolean
same_rate (double a,
           double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

/* The user's edits: only the cells that differ from the defaults, a rate of 0 for a
 * default the user removed. Kept that way in GSettings (default []), a user who never
 * edited a cell gets a corrected default in a later version. Floating reference. */
GVariant *
mr_benchmarks_to_variant (const MrBenchmarks *benchmarks)
{
  g_autoptr(MrBenchmarks) defaults = mr_benchmarks_new ();
  GVariantBuilder builder;

  g_return_val_if_fail (benchmarks != NULL, NULL);

  g_variant_builder_init (&builder, G_VARIANT_TYPE (MR_BENCHMARKS_VARIANT_TYPE_STRING));
  for (guint p = 0; p < N_PLATFORMS; p++)
    for (guint t = 0; t < MR_N_TIERS; t++)
      for (guint b = 0; b < MR_N_ENGAGEMENT_BASES; b++)
        {
          double rate = benchmarks->rates[p][t][b];

          if (same_rate (rate, defaults->rates[p][t][b]))
            continue;

          g_variant_builder_add (&builder, "(sssd)",
                                 mr_platform_to_string ((MrPlatform) p),
                                 mr_tier_to_string ((MrTier) t),
                                 mr_engagement_basis_to_string ((MrEngagementBasis) b),
                                 isnan (rate) ? 0.0 : rate);
        }

  return g_variant_builder_end (&builder);
}

/* The defaults with the edits of mr_benchmarks_to_variant () applied. Entries this
 * version does not know (a platform or tier added later, a negative rate) are skipped,
 * so that a setting written by another version never loses the whole table. */
MrBenchmarks *
mr_benchmarks_new_from_variant (GVariant *edits)
{
  MrBenchmarks *benchmarks;
  GVariantIter iter;
  const char *platform_id, *tier_id, *basis_id;
  double rate;

  g_return_val_if_fail (edits != NULL, NULL);
  g_return_val_if_fail (g_variant_is_of_type (edits, G_VARIANT_TYPE (MR_BENCHMARKS_VARIANT_TYPE_STRING)), NULL);

  benchmarks = mr_benchmarks_new ();

  g_variant_iter_init (&iter, edits);
  while (g_variant_iter_next (&iter, "(&s&s&sd)", &platform_id, &tier_id, &basis_id, &rate))
    {
      MrPlatform platform;
      MrTier tier;
      MrEngagementBasis basis;

      if (!mr_platform_from_string (platform_id, &platform) ||
          !mr_tier_from_string (tier_id, &tier) || tier == MR_TIER_NONE ||
          !mr_engagement_basis_from_string (basis_id, &basis) ||
          !isfinite (rate) || rate < 0.0)
        {
          g_debug ("Skipping benchmark entry (%s, %s, %s, %g)", platform_id, tier_id, basis_id, rate);
          continue;
        }

      benchmarks->rates[platform][tier][basis] = rate > 0.0 ? rate : NAN;
    }

  return benchmarks;
}

static char *
no_benchmark_sentence (MrEngagementBasis  basis,
                       const char        *audience)
{
  switch (basis)
    {
    case MR_ENGAGEMENT_BY_FOLLOWERS:
      /* Translators: %s is a group of creators such as "YouTube micro-influencers". */
      return g_strdup_printf (_("No typical engagement rate by followers is set for %s; you can add one in Preferences."),
                              audience);
    case MR_ENGAGEMENT_BY_REACH:
      /* Translators: %s is a group of creators such as "Instagram micro-influencers". */
      return g_strdup_printf (_("No typical engagement rate by reach is set for %s; you can add one in Preferences."),
                              audience);
    case MR_ENGAGEMENT_BY_VIEWS:
      /* Translators: %s is a group of creators such as "TikTok micro-influencers". */
      return g_strdup_printf (_("No typical engagement rate by views is set for %s; you can add one in Preferences."),
                              audience);
    default:
      g_assert_not_reached ();
    }
}

/* A ratio as people say it: "2.1×" up to ten, whole numbers above. */
static char *
format_ratio (double ratio)
{
  return mr_format_decimal (ratio, ratio < 10.0 ? 1 : 0);
}

static char *
ratio_sentence (double      ratio,
                const char *audience,
                const char *benchmark_text)
{
  g_autofree char *number = NULL;

  if (ratio >= 1.05)
    {
      number = format_ratio (ratio);
      /* Translators: %1$s is a ratio such as 2.1, %2$s a group of creators such as
       * "TikTok micro-influencers", %3$s their typical rate such as "18 %". */
      return g_strdup_printf (_("%1$s× the typical rate for %2$s (%3$s)."),
                              number, audience, benchmark_text);
    }

  if (ratio >= 0.95)
    {
      /* Translators: %1$s is a group of creators such as "TikTok micro-influencers",
       * %2$s their typical rate such as "18 %". */
      return g_strdup_printf (_("About the typical rate for %1$s (%2$s)."),
                              audience, benchmark_text);
    }

  if (ratio >= 0.5 && ratio < 0.55)
    {
      /* Translators: %1$s is a group of creators such as "TikTok micro-influencers",
       * %2$s their typical rate such as "18 %". */
      return g_strdup_printf (_("Half the typical rate for %1$s (%2$s)."),
                              audience, benchmark_text);
    }

  number = mr_format_percent (round (ratio * 100.0));
  /* Translators: %1$s is a share such as "70 %", %2$s a group of creators such as
   * "TikTok micro-influencers", %3$s their typical rate such as "18 %". */
  return g_strdup_printf (_("%1$s of the typical rate for %2$s (%3$s)."),
                          number, audience, benchmark_text);
}

static MrFlag *
ratio_flag (double      rate,
            double      ratio,
            const char *audience,
            const char *benchmark_text)
{
  g_autofree char *rate_text = NULL;
  g_autofree char *ratio_text = NULL;

  if (ratio < MR_BENCHMARK_FAR_ABOVE_RATIO && ratio >= MR_BENCHMARK_FAR_BELOW_RATIO)
    return NULL;

  rate_text = mr_format_percent (rate);

  if (ratio >= MR_BENCHMARK_FAR_ABOVE_RATIO)
    {
      ratio_text = format_ratio (ratio);
      return mr_flag_new_printf ("engagement-far-above-benchmark", MR_SEVERITY_WARNING,
                                 /* Translators: %1$s is a rate such as "65 %", %2$s a ratio such as 17.8,
                                  * %3$s a group of creators such as "Instagram nano-influencers", %4$s
                                  * their typical rate such as "3.65 %". */
                                 _("An engagement rate of %1$s is %2$s× the typical rate for %3$s (%4$s). "
                                   "Rates this far above the norm often come from engagement pods, giveaways "
                                   "or a very small or bought audience: read the comments and check the "
                                   "follower growth before relying on it."),
                                 rate_text, ratio_text, audience, benchmark_text);
    }

  return mr_flag_new_printf ("engagement-far-below-benchmark", MR_SEVERITY_INFO,
                             /* Translators: %1$s is a rate such as "1.2 %", %2$s a group of creators
                              * such as "TikTok micro-influencers", %3$s their typical rate such as "18 %". */
                             _("An engagement rate of %1$s is under half the typical rate for %2$s (%3$s). "
                               "Few followers react to the posts, so a post reaches fewer people than the "
                               "follower count suggests; the audience may be inactive or partly bought."),
                             rate_text, audience, benchmark_text);
}

/* The creator's rate against the benchmark for the platform, the tier and the rate's
 * basis. The benchmark is looked up even without a rate, so that it can be shown. An
 * extended rate (with shares and saves) is not compared: the typical rates count likes
 * and comments only, and comparing the two would flatter every creator. */
MrBenchmarkComparison *
mr_benchmarks_compare (const MrBenchmarks *benchmarks,
                       MrPlatform          platform,
                       MrTier              tier,
                       const MrEngagement *engagement)
{
  MrBenchmarkComparison *comparison;
  g_autofree char *audience = NULL;
  g_autofree char *benchmark_text = NULL;

  g_return_val_if_fail (benchmarks != NULL, NULL);
  g_return_val_if_fail ((guint) platform < N_PLATFORMS, NULL);
  g_return_val_if_fail (tier >= MR_TIER_NONE && tier < MR_N_TIERS, NULL);
  g_return_val_if_fail (engagement != NULL, NULL);

  comparison = g_new0 (MrBenchmarkComparison, 1);
  comparison->benchmark = NAN;
  comparison->ratio = NAN;

  if (tier == MR_TIER_NONE)
    {
      comparison->sentence = g_strdup (_("No benchmark: without a follower count the tier is not known."));
      return comparison;
    }

  audience = mr_tier_format_group (tier, platform);
  comparison->has_benchmark = mr_benchmarks_lookup (benchmarks, platform, tier, engagement->basis,
                                                    &comparison->benchmark);
  if (!comparison->has_benchmark)
    {
      comparison->sentence = no_benchmark_sentence (engagement->basis, audience);
      return comparison;
    }

  if (!engagement->has_value)
    {
      comparison->sentence = g_strdup (_("No comparison with the typical rate: there is no engagement rate."));
      return comparison;
    }

  if (engagement->extended)
    {
      comparison->sentence = g_strdup (_("No comparison with the typical rate: it counts likes and comments only, "
                                         "and this rate adds shares and saves."));
      return comparison;
    }

  comparison->has_ratio = TRUE;
  comparison->ratio = engagement->rate / comparison->benchmark;
  benchmark_text = mr_format_percent (comparison->benchmark);
  comparison->sentence = ratio_sentence (comparison->ratio, audience, benchmark_text);
  comparison->flag = ratio_flag (engagement->rate, comparison->ratio, audience, benchmark_text);

  return comparison;
}

void
mr_benchmark_comparison_free (MrBenchmarkComparison *comparison)
{
  if (comparison == NULL)
    return;

  g_free (comparison->sentence);
  g_clear_pointer (&comparison->flag, mr_flag_free);
  g_free (comparison);
}
