/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mr-enums.h"

G_BEGIN_DECLS

/* A creator's size class on one platform (DESIGN.md §4). MR_TIER_NONE means "no tier":
 * the follower count is not known. It has no id, so it is null in JSON. */
typedef enum
{
  MR_TIER_NONE = -1,
  MR_TIER_EMERGING,
  MR_TIER_NANO,
  MR_TIER_MICRO,
  MR_TIER_MID,
  MR_TIER_MACRO,
  MR_TIER_MEGA,
} MrTier;

#define MR_N_TIERS (MR_TIER_MEGA + 1)

/* Where the tiers start. The chosen scheme is a setting; the default has an Instagram
 * override (micro 5k–50k there). */
typedef enum
{
  MR_TIER_SCHEME_DEFAULT,       /* "default" */
  MR_TIER_SCHEME_SMALL_MICRO,   /* "micro-1k-10k" */
  MR_TIER_SCHEME_HYPEAUDITOR,   /* "hypeauditor" */
} MrTierScheme;

/* An upper bound that does not exist: the top tier of a scheme is open-ended. */
#define MR_TIER_NO_LIMIT (-1)

/* _to_string () gives the stable id (JSON, settings); _from_string () accepts it in any
 * ASCII case; _get_label () is for people. */
const char   *mr_tier_to_string             (MrTier        tier);
gboolean      mr_tier_from_string           (const char   *s,
                                             MrTier       *out);
const char   *mr_tier_get_label             (MrTier        tier);
const char   *mr_tier_get_group_label       (MrTier        tier);
char         *mr_tier_format_group          (MrTier        tier,
                                             MrPlatform    platform);

const char   *mr_tier_scheme_to_string      (MrTierScheme  scheme);
gboolean      mr_tier_scheme_from_string    (const char   *s,
                                             MrTierScheme *out);
const char   *mr_tier_scheme_get_label      (MrTierScheme  scheme);

MrTier        mr_tier_for_followers         (MrTierScheme  scheme,
                                             MrPlatform    platform,
                                             gint64        followers);
gboolean      mr_tier_get_range             (MrTierScheme  scheme,
                                             MrPlatform    platform,
                                             MrTier        tier,
                                             gint64       *out_min,
                                             gint64       *out_max);
char         *mr_tier_describe              (MrTierScheme  scheme,
                                             MrPlatform    platform,
                                             MrTier        tier);

/* "10,000–99,999 followers": @tier's range on @platform without its name; NULL when the
 * scheme has no such tier. */
char         *mr_tier_describe_range        (MrTierScheme  scheme,
                                             MrPlatform    platform,
                                             MrTier        tier);

G_END_DECLS
