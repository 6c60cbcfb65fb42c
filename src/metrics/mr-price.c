/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-price"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-number-format.h"
#include "mr-price.h"

typedef struct
{
  MrPlatform platform;
  MrTier     tier;
  double     min;
  double     max;
} TierRange;

/* The seed's fees per post. It gives them for micro and macro on these three platforms
 * only; elsewhere the estimate is the per-1,000-followers rule alone, because widening
 * a seed's range to tiers or platforms it does not speak of would be our guess passed
 * off as its advice. The ranges are keyed by tier, so they follow the chosen tier
 * scheme. */
static const TierRange tier_ranges[] = {
  { MR_PLATFORM_INSTAGRAM, MR_TIER_MICRO, 100, 1000 },
  { MR_PLATFORM_TIKTOK, MR_TIER_MICRO, 50, 800 },
  { MR_PLATFORM_YOUTUBE, MR_TIER_MICRO, 200, 5000 },
  { MR_PLATFORM_INSTAGRAM, MR_TIER_MACRO, 5000, 25000 },
  { MR_PLATFORM_TIKTOK, MR_TIER_MACRO, 3000, 15000 },
  { MR_PLATFORM_YOUTUBE, MR_TIER_MACRO, 10000, 50000 },
};

/* The seed's fee range per post for the platform and tier; FALSE where it gives none. */
gboolean
mr_price_get_tier_range (MrPlatform  platform,
                         MrTier      tier,
                         double     *out_min,
                         double     *out_max)
{
  g_return_val_if_fail ((guint) platform <= MR_PLATFORM_OTHER, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (tier_ranges); i++)
    {
      if (tier_ranges[i].platform == platform && tier_ranges[i].tier == tier)
        {
          if (out_min != NULL)
            *out_min = tier_ranges[i].min;
          if (out_max != NULL)
            *out_max = tier_ranges[i].max;
          return TRUE;
        }
    }

  return FALSE;
}

/* "EUR 80–160", or "EUR 15,000" when both ends are the same. */
static char *
format_money_range (const char *currency,
                    double      min,
                    double      max)
{
  g_autofree char *min_text = mr_format_money (min);
  g_autofree char *max_text = mr_format_money (max);

  if (g_str_equal (min_text, max_text))
    {
      /* Translators: an amount of money; %1$s is a currency code such as EUR, %2$s the
       * amount. */
      return g_strdup_printf (C_("money", "%1$s %2$s"), currency, min_text);
    }

  /* Translators: a range of money; %1$s is a currency code such as EUR, %2$s and %3$s
   * the lowest and highest amount. */
  return g_strdup_printf (C_("money range", "%1$s %2$s–%3$s"), currency, min_text, max_text);
}

static char *
explain (const MrPriceEstimate *estimate,
         MrPlatform             platform,
         MrTier                 tier,
         gboolean               has_range,
         double                 range_min,
         double                 range_max)
{
  g_autofree char *per_1000_min = mr_format_money (MR_PRICE_PER_1000_MIN);
  g_autofree char *per_1000_max = mr_format_money (MR_PRICE_PER_1000_MAX);
  g_autofree char *raw_text = format_money_range (estimate->currency, estimate->raw_min, estimate->raw_max);
  g_autofree char *rule = NULL;
  g_autofree char *group = NULL;
  g_autofree char *range_text = NULL;
  g_autofree char *final_text = NULL;

  /* Translators: %1$s and %2$s are fees per 1,000 followers (10 and 20), %3$s the
   * resulting range such as "EUR 80–160". */
  rule = g_strdup_printf (_("%1$s–%2$s per 1,000 followers: %3$s"),
                          per_1000_min, per_1000_max, raw_text);
  group = mr_tier_format_group (tier, platform);

  if (!has_range)
    {
      /* Translators: %1$s is "10–20 per 1,000 followers: EUR 80–160", %2$s a group of
       * creators such as "TikTok nano-influencers". */
      return g_strdup_printf (_("%1$s; there is no typical fee range for %2$s to compare with."),
                              rule, group);
    }

  range_text = format_money_range (estimate->currency, range_min, range_max);
  if (!estimate->clamped)
    {
      /* Translators: %1$s is "10–20 per 1,000 followers: EUR 80–160", %2$s a group of
       * creators such as "Instagram micro-influencers", %3$s their typical fee range
       * such as "EUR 100–1,000". */
      return g_strdup_printf (_("%1$s; within the typical range for %2$s (%3$s)."),
                              rule, group, range_text);
    }

  final_text = format_money_range (estimate->currency, estimate->min, estimate->max);
  /* Translators: %1$s is "10–20 per 1,000 followers: EUR 80–160", %2$s a group of
   * creators such as "Instagram micro-influencers", %3$s their typical fee range such
   * as "EUR 100–1,000", %4$s the estimate kept within it, such as "EUR 100–160". */
  return g_strdup_printf (_("%1$s; kept within the typical range for %2$s (%3$s): %4$s."),
                          rule, group, range_text, final_text);
}

/* The fee per post for an account with followers on platform in tier (from
 * mr_tier_for_followers () with the user's scheme), in currency (the caller's setting,
 * MR_PRICE_DEFAULT_CURRENCY unless changed). Without a follower count, or with none at
 * all, there is no estimate: a fee of zero would be a made-up number. */
MrPriceEstimate *
mr_price_estimate (MrPlatform  platform,
                   MrTier      tier,
                   gint64      followers,
                   const char *currency)
{
  MrPriceEstimate *estimate;
  double range_min = NAN, range_max = NAN;
  gboolean has_range;

  g_return_val_if_fail ((guint) platform <= MR_PLATFORM_OTHER, NULL);
  g_return_val_if_fail (tier >= MR_TIER_NONE && tier <= MR_TIER_MEGA, NULL);
  g_return_val_if_fail (currency != NULL && currency[0] != '\0', NULL);

  estimate = g_new0 (MrPriceEstimate, 1);
  estimate->currency = g_strdup (currency);
  estimate->raw_min = estimate->raw_max = NAN;
  estimate->min = estimate->max = NAN;

  if (followers <= 0)
    {
      estimate->explanation = g_strdup (followers < 0
                                        ? _("No price estimate: the follower count is not known.")
                                        : _("No price estimate: the account has no followers."));
      return estimate;
    }

  estimate->has_value = TRUE;
  estimate->raw_min = MR_PRICE_PER_1000_MIN * (double) followers / 1000.0;
  estimate->raw_max = MR_PRICE_PER_1000_MAX * (double) followers / 1000.0;
  estimate->min = estimate->raw_min;
  estimate->max = estimate->raw_max;

  has_range = mr_price_get_tier_range (platform, tier, &range_min, &range_max);
  if (has_range)
    {
      estimate->min = CLAMP (estimate->raw_min, range_min, range_max);
      estimate->max = CLAMP (estimate->raw_max, range_min, range_max);
      estimate->clamped = estimate->min != estimate->raw_min || estimate->max != estimate->raw_max;
    }

  estimate->explanation = explain (estimate, platform, tier, has_range, range_min, range_max);

  return estimate;
}

void
mr_price_estimate_free (MrPriceEstimate *estimate)
{
  if (estimate == NULL)
    return;

  g_free (estimate->currency);
  g_free (estimate->explanation);
  g_free (estimate);
}

/* CPE = fee ÷ engagements. FALSE, and no value, when either is unknown (negative or
 * NAN) or there are no engagements to divide by. */
gboolean
mr_price_cost_per_engagement (double  fee,
                              double  engagements,
                              double *out_cpe)
{
  g_return_val_if_fail (out_cpe != NULL, FALSE);

  if (!isfinite (fee) || fee < 0.0 || !isfinite (engagements) || engagements <= 0.0)
    return FALSE;

  *out_cpe = fee / engagements;
  return TRUE;
}

/* The CPE the estimate implies: the middle of the estimated fee over the engagements
 * a post can be expected to earn (the mean per post of the engagement result, in its
 * variant: plain or extended). */
gboolean
mr_price_estimate_get_cpe (const MrPriceEstimate *estimate,
                           const MrEngagement    *engagement,
                           double                *out_cpe)
{
  g_return_val_if_fail (estimate != NULL, FALSE);
  g_return_val_if_fail (engagement != NULL, FALSE);
  g_return_val_if_fail (out_cpe != NULL, FALSE);

  if (!estimate->has_value || !engagement->has_value)
    return FALSE;

  return mr_price_cost_per_engagement ((estimate->min + estimate->max) / 2.0,
                                       engagement->mean_engagements, out_cpe);
}
