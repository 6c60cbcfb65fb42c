/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mr-engagement.h"
#include "mr-enums.h"
#include "mr-tiers.h"

G_BEGIN_DECLS

/* A fair fee per post (DESIGN.md §4): MR_PRICE_PER_1000_MIN to MR_PRICE_PER_1000_MAX
 * currency units per 1,000 followers, then kept within the seed's range for the
 * platform and tier where it gives one (micro and macro on Instagram, TikTok and
 * YouTube). */
#define MR_PRICE_PER_1000_MIN 10.0
#define MR_PRICE_PER_1000_MAX 20.0

#define MR_PRICE_DEFAULT_CURRENCY "EUR"

typedef struct
{
  gboolean  has_value;     /* FALSE without a follower count */
  double    raw_min;       /* per 1,000 followers, before the range; NAN without value */
  double    raw_max;
  double    min;           /* the estimate; NAN without value */
  double    max;
  gboolean  clamped;       /* min or max was moved into the tier's range */
  char     *currency;      /* ISO 4217 code, as given */
  char     *explanation;   /* translated: how the estimate came about */
} MrPriceEstimate;

gboolean         mr_price_get_tier_range          (MrPlatform              platform,
                                                   MrTier                  tier,
                                                   double                 *out_min,
                                                   double                 *out_max);
MrPriceEstimate *mr_price_estimate                (MrPlatform              platform,
                                                   MrTier                  tier,
                                                   gint64                  followers,
                                                   const char             *currency);
void             mr_price_estimate_free           (MrPriceEstimate        *estimate);

gboolean         mr_price_cost_per_engagement     (double                  fee,
                                                   double                  engagements,
                                                   double                 *out_cpe);
gboolean         mr_price_estimate_get_cpe        (const MrPriceEstimate  *estimate,
                                                   const MrEngagement     *engagement,
                                                   double                 *out_cpe);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrPriceEstimate, mr_price_estimate_free)

G_END_DECLS
