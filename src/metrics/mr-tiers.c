/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-number-format.h"
#include "mr-tiers.h"

static const char * const tier_ids[] = {
  "emerging", "nano", "micro", "mid", "macro", "mega",
};
static const char * const tier_labels[] = {
  NC_("tier", "Emerging"), NC_("tier", "Nano"), NC_("tier", "Micro"),
  NC_("tier", "Mid"), NC_("tier", "Macro"), NC_("tier", "Mega"),
};
/* For sentences that name the creators of a tier: "the typical rate for TikTok
 * micro-influencers". */
static const char * const tier_group_labels[] = {
  NC_("tier group", "emerging creators"), NC_("tier group", "nano-influencers"),
  NC_("tier group", "micro-influencers"), NC_("tier group", "mid-tier influencers"),
  NC_("tier group", "macro-influencers"), NC_("tier group", "mega-influencers"),
};

static const char * const scheme_ids[] = {
  "default", "micro-1k-10k", "hypeauditor",
};
static const char * const scheme_labels[] = {
  NC_("tier scheme", "Standard (micro 10,000–100,000; on Instagram 5,000–50,000)"),
  NC_("tier scheme", "Micro from 1,000 to 10,000"),
  NC_("tier scheme", "HypeAuditor (micro 5,000–20,000)"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (tier_ids) == MR_N_TIERS);
G_STATIC_ASSERT (G_N_ELEMENTS (tier_labels) == MR_N_TIERS);
G_STATIC_ASSERT (G_N_ELEMENTS (tier_group_labels) == MR_N_TIERS);
G_STATIC_ASSERT (G_N_ELEMENTS (scheme_ids) == MR_TIER_SCHEME_HYPEAUDITOR + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (scheme_labels) == G_N_ELEMENTS (scheme_ids));

/* A tier the scheme does not use; the tiers it does use have ascending lower bounds. */
#define UNUSED (-1)
/* A row that holds for every platform without a row of its own. */
#define ANY_PLATFORM (-1)

typedef struct
{
  MrTierScheme scheme;
  int          platform;
  gint64       lower[MR_N_TIERS];   /* followers from which the tier starts */
} TierRow;

/* The schemes as data. A tier runs from its lower bound up to, not including, the next
 * used tier's lower bound; the top tier is open-ended. So "mega ≥ 10M" and
 * HypeAuditor's "mega > 1M" both start exactly at their bound: 1,000,000 followers is
 * mega there, as 10,000 is micro in the default scheme.
 *
 * "micro-1k-10k" follows the seed that calls 1k–10k micro: there is no nano tier, and
 * every tier above micro moves down one power of ten with it (mid 10k–100k, macro
 * 100k–1M, mega ≥ 1M), so the tiers stay a decade wide each and its upper end agrees
 * with HypeAuditor's. Below 1,000 is emerging in every scheme. */
static const TierRow tier_rows[] = {
  { MR_TIER_SCHEME_DEFAULT, MR_PLATFORM_INSTAGRAM,
    { 0, 1000, 5000, 50000, 1000000, 10000000 } },
  { MR_TIER_SCHEME_DEFAULT, ANY_PLATFORM,
    { 0, 1000, 10000, 100000, 1000000, 10000000 } },
  { MR_TIER_SCHEME_SMALL_MICRO, ANY_PLATFORM,
    { 0, UNUSED, 1000, 10000, 100000, 1000000 } },
  { MR_TIER_SCHEME_HYPEAUDITOR, ANY_PLATFORM,
    { 0, 1000, 5000, 20000, 100000, 1000000 } },
};

static const TierRow *
find_row (MrTierScheme scheme,
          MrPlatform   platform)
{
  for (guint i = 0; i < G_N_ELEMENTS (tier_rows); i++)
    {
      const TierRow *row = &tier_rows[i];

      if (row->scheme == scheme &&
          (row->platform == (int) platform || row->platform == ANY_PLATFORM))
        return row;
    }

  g_return_val_if_reached (NULL);
}

static gboolean
tier_is_valid (MrTier tier)
{
  return tier >= MR_TIER_EMERGING && tier <= MR_TIER_MEGA;
}

static gboolean
scheme_is_valid (MrTierScheme scheme)
{
  return (guint) scheme <= MR_TIER_SCHEME_HYPEAUDITOR;
}

/* NULL for MR_TIER_NONE: JSON null. */
const char *
mr_tier_to_string (MrTier tier)
{
  if (tier == MR_TIER_NONE)
    return NULL;

  g_return_val_if_fail (tier_is_valid (tier), NULL);

  return tier_ids[tier];
}

/* NULL reads back as MR_TIER_NONE, as mr_tier_to_string () writes it. */
gboolean
mr_tier_from_string (const char *s,
                     MrTier     *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (s == NULL)
    {
      *out = MR_TIER_NONE;
      return TRUE;
    }

  if (!mr_enum_id_find (tier_ids, G_N_ELEMENTS (tier_ids), s, &value))
    return FALSE;

  *out = (MrTier) value;
  return TRUE;
}

const char *
mr_tier_get_label (MrTier tier)
{
  if (tier == MR_TIER_NONE)
    return C_("tier", "No tier");

  g_return_val_if_fail (tier_is_valid (tier), NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "tier", tier_labels[tier]);
}

/* The creators of a tier as a group ("micro-influencers"); MR_TIER_NONE has none. */
const char *
mr_tier_get_group_label (MrTier tier)
{
  g_return_val_if_fail (tier_is_valid (tier), NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "tier group", tier_group_labels[tier]);
}

/* The creators of a tier on a platform, for sentences: "TikTok micro-influencers". */
char *
mr_tier_format_group (MrTier     tier,
                      MrPlatform platform)
{
  g_return_val_if_fail (tier_is_valid (tier), NULL);
  g_return_val_if_fail ((guint) platform <= MR_PLATFORM_OTHER, NULL);

  /* Translators: %1$s is a platform such as TikTok, %2$s a group of creators such as
   * "micro-influencers". Reorder as needed ("%2$s op %1$s"). */
  return g_strdup_printf (C_("creators on a platform", "%1$s %2$s"),
                          mr_platform_get_label (platform), mr_tier_get_group_label (tier));
}

const char *
mr_tier_scheme_to_string (MrTierScheme scheme)
{
  g_return_val_if_fail (scheme_is_valid (scheme), NULL);

  return scheme_ids[scheme];
}

gboolean
mr_tier_scheme_from_string (const char   *s,
                            MrTierScheme *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!mr_enum_id_find (scheme_ids, G_N_ELEMENTS (scheme_ids), s, &value))
    return FALSE;

  *out = (MrTierScheme) value;
  return TRUE;
}

const char *
mr_tier_scheme_get_label (MrTierScheme scheme)
{
  g_return_val_if_fail (scheme_is_valid (scheme), NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "tier scheme", scheme_labels[scheme]);
}

/* MR_TIER_NONE when followers is unknown (negative, such as MR_METRIC_UNKNOWN): an
 * account without a count has no size to class, and guessing one would skew the
 * benchmark and the price that follow from the tier. Zero followers is emerging. */
MrTier
mr_tier_for_followers (MrTierScheme scheme,
                       MrPlatform   platform,
                       gint64       followers)
{
  const TierRow *row;
  MrTier tier = MR_TIER_EMERGING;

  g_return_val_if_fail (scheme_is_valid (scheme), MR_TIER_NONE);
  g_return_val_if_fail ((guint) platform <= MR_PLATFORM_OTHER, MR_TIER_NONE);

  if (followers < 0)
    return MR_TIER_NONE;

  row = find_row (scheme, platform);
  for (int t = MR_TIER_EMERGING; t <= MR_TIER_MEGA; t++)
    {
      if (row->lower[t] != UNUSED && followers >= row->lower[t])
        tier = (MrTier) t;
    }

  return tier;
}

/* The followers a tier spans in a scheme on a platform: from *out_min up to and
 * including *out_max, which is MR_TIER_NO_LIMIT for the top tier. FALSE when the
 * scheme has no such tier (nano in "micro-1k-10k", or MR_TIER_NONE). */
gboolean
mr_tier_get_range (MrTierScheme  scheme,
                   MrPlatform    platform,
                   MrTier        tier,
                   gint64       *out_min,
                   gint64       *out_max)
{
  const TierRow *row;
  gint64 max = MR_TIER_NO_LIMIT;

  g_return_val_if_fail (scheme_is_valid (scheme), FALSE);
  g_return_val_if_fail ((guint) platform <= MR_PLATFORM_OTHER, FALSE);

  if (!tier_is_valid (tier))
    return FALSE;

  row = find_row (scheme, platform);
  if (row->lower[tier] == UNUSED)
    return FALSE;

  for (int t = tier + 1; t <= MR_TIER_MEGA; t++)
    {
      if (row->lower[t] != UNUSED)
        {
          max = row->lower[t] - 1;
          break;
        }
    }

  if (out_min != NULL)
    *out_min = row->lower[tier];
  if (out_max != NULL)
    *out_max = max;

  return TRUE;
}

/* "Micro (10,000–99,999 followers)"; NULL when the scheme has no such tier. */
char *
mr_tier_describe (MrTierScheme scheme,
                  MrPlatform   platform,
                  MrTier       tier)
{
  g_autofree char *min_text = NULL;
  g_autofree char *max_text = NULL;
  gint64 min, max;

  if (!mr_tier_get_range (scheme, platform, tier, &min, &max))
    return NULL;

  if (min == 0)
    {
      max_text = mr_format_count (max + 1);
      /* Translators: a tier and its followers, such as "Emerging (under 1,000 followers)". */
      return g_strdup_printf (_("%s (under %s followers)"), mr_tier_get_label (tier), max_text);
    }

  min_text = mr_format_count (min);
  if (max == MR_TIER_NO_LIMIT)
    {
      /* Translators: a tier and its followers, such as "Mega (10,000,000 followers or more)". */
      return g_strdup_printf (_("%s (%s followers or more)"), mr_tier_get_label (tier), min_text);
    }

  max_text = mr_format_count (max);
  /* Translators: a tier and its followers, such as "Micro (10,000–99,999 followers)". */
  return g_strdup_printf (_("%s (%s–%s followers)"), mr_tier_get_label (tier), min_text, max_text);
}

char *
mr_tier_describe_range (MrTierScheme scheme,
                        MrPlatform   platform,
                        MrTier       tier)
{
  g_autofree char *min_text = NULL;
  g_autofree char *max_text = NULL;
  gint64 min, max;

  if (!mr_tier_get_range (scheme, platform, tier, &min, &max))
    return NULL;

  if (min <= 0)
    {
      max_text = mr_format_count (max + 1);
      /* Translators: %s is a number of followers. */
      return g_strdup_printf (_("Under %s followers"), max_text);
    }

  min_text = mr_format_count (min);
  if (max == MR_TIER_NO_LIMIT)
    /* Translators: %s is a number of followers. */
    return g_strdup_printf (_("%s followers or more"), min_text);

  max_text = mr_format_count (max);
  /* Translators: %1$s and %2$s are numbers of followers. */
  return g_strdup_printf (_("%1$s–%2$s followers"), min_text, max_text);
}
